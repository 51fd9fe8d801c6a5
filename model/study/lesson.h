#pragma once

#include "yamlvalue.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// Study mode (STUDY.md): a lesson is a design file with a `lesson:` section; a challenge
/// is a lesson with goals that the program grades (docs/study.md has the format).
namespace Study {

/// One thing a challenge asks of the learner's design.
struct Goal
{
    enum class Kind { Flow, Finding, Object, Question, Intent };
    Kind kind = Kind::Flow;
    QString id;   // unique in the lesson; questions are answered by it
    QString text; // what is asked, in the learner's words (written in the lesson)
    // Flow: a flow of the challenge's scenarios, run through the learner's design.
    QString flow;
    bool delivered = true;
    // Finding: a rule (and the objects it must name, when given) present or absent.
    QString rule;
    QStringList objects;
    bool present = false;
    // Object: an object by id, or the objects of a kind (by its tag), and how many.
    QString object;
    QString kindTag;
    int atLeast = -1; // -1: no bound
    int atMost = -1;
    // Intent: an intent of the challenge (INTENTS.md), proved over the learner's design,
    // and whether it must hold (true) or be violated.
    QString intent;
    bool holds = true;
    // Question: choices and the index of the right one (0-based), and why it is right.
    QStringList choices;
    int answer = -1;
    QString explanation;
};

/// One step of a lesson: text for the learner and what the window shows with it.
struct Step
{
    QString text;
    QStringList select; // objects to select and focus
    QString scenario;   // switch to simulation mode with this scenario
    double at = -1;     // playback time in seconds (-1: the start)
    QString panel;      // "events", "flow-logs", "issues" or empty
    QString waitFor;    // a goal's id: the step is done when the design meets it
};

struct Lesson
{
    QString title;
    QString topic;      // "basics", "flow-logs", "egress-only", "gateway-endpoints", "interface-endpoints", "peering"
    QStringList covers; // F1-F28
    QString summary;
    std::vector<Step> steps;
    std::vector<Goal> goals;
    QStringList hints;
    /// The findings the lesson's design shows on purpose (a lesson about a mistake).
    QStringList expectedFindings;
    /// The learner's answers to questions, by goal id (kept in the learner's file).
    std::vector<std::pair<QString, int>> answers;
    /// Whether the learner has entered simulation mode (`played: true`): from then on the
    /// answers are kept as they are, since an answer seen played is no prediction.
    bool played = false;

    bool isChallenge() const { return !goals.empty(); }
    bool hasQuestions() const;
    const Goal *goal(const QString &id) const;
    int answerTo(const QString &id) const; // -1: not answered
};

/// The topics in the order the browser lists them, and their names for people.
QStringList topics();
QString topicName(const QString &topic);

/// Reads a `lesson:` section. nullopt with `why` (naming the key) when it does not read.
std::optional<Lesson> parse(const YamlValue &section, QString *why);

/// The section with the learner's answers set (for saving their file).
YamlValue withAnswer(const YamlValue &section, const QString &goalId, int choice);
/// The section marked as played: the predictions are locked.
YamlValue withPlayed(const YamlValue &section);

} // namespace Study
