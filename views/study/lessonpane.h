#pragma once

#include "design.h"
#include "grader.h"

#include <QWidget>

#include <memory>

class Design;
class Document;
class QButtonGroup;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

/// The lesson beside the canvas: its steps with Back and Next, what a step waits for, and
/// for a challenge its questions, hints one at a time and the grade of the design as it is.
/// What a step shows (objects, the simulation, a panel) the window does, on stepShown.
class LessonPane : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPane(Document *document, QWidget *parent = nullptr);
    ~LessonPane() override;

    /// Starts a lesson; `original` is its design as shipped (a challenge's flows are taken
    /// from it when grading, whatever the learner changed).
    void start(const QString &id, const Study::Lesson &lesson, std::unique_ptr<Design> original);
    void stop();
    bool isActive() const { return mOriginal != nullptr; }
    QString lessonId() const { return mId; }
    const Study::Lesson &lesson() const { return mLesson; }

    int step() const { return mStep; }
    void setStep(int step);
    /// Whether the current step's wait-for goal is met (true when it waits for nothing).
    bool stepDone() const { return mStepDone; }
    /// Grades the design as it is now and shows the result.
    Study::Grade check();
    /// Shows the next hint (false when all are shown).
    bool showHint();
    /// Answers a question (an undoable change of the design's lesson section); refused once
    /// the simulation has been played.
    void answer(const QString &goalId, int choice);
    /// The window entered simulation mode: a challenge's predictions are locked from now on.
    void simulationEntered();
    /// Whether the challenge's answers are locked (the simulation has been played).
    bool predictionsLocked() const;

    QPushButton *nextButton() const { return mNext; }
    QPushButton *backButton() const { return mBack; }
    QPushButton *checkButton() const { return mCheck; }
    QPushButton *playButton() const { return mPlay; }
    QTextBrowser *textView() const { return mText; }

Q_SIGNALS:
    void stepShown(const Study::Step &step);
    /// A challenge graded, or a lesson's last step reached (score 100).
    void progress(const QString &id, int score);
    void statusMessage(const QString &message);

private:
    void showStep();
    void evaluateWait();
    void buildQuestions();
    void showLock();
    Study::Lesson answered() const;

    Document *mDocument;
    QString mId;
    Study::Lesson mLesson;
    std::unique_ptr<Design> mOriginal;
    int mStep = 0;
    int mHints = 0;
    bool mStepDone = true;

    QLabel *mTitle;
    QLabel *mCounter;
    QTextBrowser *mText;
    QLabel *mWaiting;
    QPushButton *mBack;
    QPushButton *mNext;
    QWidget *mChallenge;
    QPushButton *mPlay;
    QLabel *mLock;
    QVBoxLayout *mQuestions;
    QPushButton *mCheck;
    QPushButton *mHint;
    QTextBrowser *mResults;
    QTimer *mWaitTimer;
    std::vector<QButtonGroup *> mGroups;
};
