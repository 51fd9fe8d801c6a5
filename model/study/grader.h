#pragma once

#include "lesson.h"

class Design;

namespace Study {

/// How one goal fared in the learner's design.
struct GoalResult
{
    QString id;
    Goal::Kind kind = Goal::Kind::Flow;
    bool met = false;
    QString text; // the goal as the lesson says it
    QString why;  // what is wrong, in the learner's words, with the hop that failed (empty when met)
};

struct Grade
{
    std::vector<GoalResult> goals;
    int met = 0;
    int score = 0; // 0-100: the share of goals met
    bool passed() const { return met == int(goals.size()); }
};

/// Grades `answer` against `challenge` (the challenge's own file: its flows are run
/// through the learner's network, so a learner cannot pass by editing a flow) and
/// `lesson` (parsed from the challenge). Questions are graded from the answers in
/// `answered` (the learner's lesson section).
Grade grade(const Lesson &lesson, const Design &challenge, const Design &answer, const Lesson &answered);

/// Whether the design meets one goal (the lesson pane's wait-for); `why` as in GoalResult.
bool meets(const Goal &goal, const Design &challenge, const Design &design, QString *why = nullptr);

} // namespace Study
