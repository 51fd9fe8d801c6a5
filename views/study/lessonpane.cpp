#include "lessonpane.h"

#include "design.h"
#include "document.h"
#include "propertycommand.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

LessonPane::LessonPane(Document *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mTitle(new QLabel(this)), mCounter(new QLabel(this)),
      mText(new QTextBrowser(this)), mWaiting(new QLabel(this)), mBack(new QPushButton(tr("&Back"), this)),
      mNext(new QPushButton(tr("&Next"), this)), mChallenge(new QWidget(this)),
      mPlay(new QPushButton(tr("&Play the Scenario"), this)), mLock(new QLabel(this)), mQuestions(nullptr),
      mCheck(new QPushButton(tr("&Check My Design"), this)), mHint(new QPushButton(tr("&Hint"), this)),
      mResults(new QTextBrowser(this)), mWaitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("LessonPane"));
    QFont big = mTitle->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    mTitle->setFont(big);
    mTitle->setWordWrap(true);
    mText->setOpenExternalLinks(false);
    mWaiting->setWordWrap(true);
    mBack->setToolTip(tr("The previous step (Alt+Page Up)"));
    mNext->setToolTip(tr("The next step (Alt+Page Down)"));
    mBack->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageUp));
    mNext->setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    mCheck->setToolTip(tr("Grade the design as it is now against the challenge's goals"));
    mHint->setToolTip(tr("Show the next hint, one at a time"));
    mPlay->setToolTip(tr("Switch to simulation mode with this step's scenario (locks your answers)"));
    mPlay->hide();
    mLock->setObjectName(QStringLiteral("PredictionLock"));
    mLock->setWordWrap(true);
    mResults->setObjectName(QStringLiteral("LessonResults"));
    mResults->setMinimumHeight(120);
    mText->setMinimumHeight(80);
    mText->setMaximumHeight(220);
    setMinimumWidth(240);
    mResults->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTitle);
    layout->addWidget(mCounter);
    layout->addWidget(mText, 2);
    layout->addWidget(mWaiting);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mBack);
    buttons->addStretch(1);
    buttons->addWidget(mPlay);
    buttons->addWidget(mNext);
    layout->addLayout(buttons);
    auto *challenge = new QVBoxLayout(mChallenge);
    challenge->setContentsMargins(0, 0, 0, 0);
    challenge->addWidget(mLock);
    mQuestions = new QVBoxLayout;
    challenge->addLayout(mQuestions);
    auto *grade = new QHBoxLayout;
    grade->addWidget(mHint);
    grade->addStretch(1);
    grade->addWidget(mCheck);
    challenge->addLayout(grade);
    challenge->addWidget(mResults, 1);
    layout->addWidget(mChallenge, 1);

    connect(mBack, &QPushButton::clicked, this, [this] { setStep(mStep - 1); });
    connect(mNext, &QPushButton::clicked, this, [this] { setStep(mStep + 1); });
    connect(mCheck, &QPushButton::clicked, this, [this] { check(); });
    connect(mHint, &QPushButton::clicked, this, [this] { showHint(); });
    // A challenge's scenario plays when the learner says so, after the predictions.
    connect(mPlay, &QPushButton::clicked, this, [this] {
        if (isActive())
            Q_EMIT stepShown(mLesson.steps[size_t(mStep)]);
    });
    // What a step waits for is judged again a moment after each edit.
    mWaitTimer->setSingleShot(true);
    mWaitTimer->setInterval(250);
    connect(mWaitTimer, &QTimer::timeout, this, &LessonPane::evaluateWait);
    const auto later = [this] {
        if (isActive())
            mWaitTimer->start();
    };
    connect(mDocument, &Document::objectAdded, this, later);
    connect(mDocument, &Document::objectRemoved, this, later);
    connect(mDocument, &Document::propertyChanged, this, later);
    connect(mDocument, &Document::objectRenamed, this, later);
    connect(mDocument, &Document::designReset, this, later);
    connect(mDocument, &Document::lessonChanged, this, [this] {
        // An undone answer shows as not chosen again.
        if (!isActive())
            return;
        const Study::Lesson now = answered();
        showLock();
        for (QButtonGroup *g : mGroups) {
            const int choice = now.answerTo(g->property("goal").toString());
            QAbstractButton *b = g->button(choice);
            if (b && !b->isChecked())
                b->setChecked(true);
            else if (!b && g->checkedButton()) {
                g->setExclusive(false);
                g->checkedButton()->setChecked(false);
                g->setExclusive(true);
            }
        }
    });
    stop();
}

LessonPane::~LessonPane() = default;

void LessonPane::start(const QString &id, const Study::Lesson &lesson, std::unique_ptr<Design> original)
{
    mId = id;
    mLesson = lesson;
    mOriginal = std::move(original);
    mHints = 0;
    mTitle->setText(mLesson.title);
    mResults->clear();
    mResults->hide();
    mChallenge->setVisible(mLesson.isChallenge());
    mHint->setEnabled(!mLesson.hints.isEmpty());
    buildQuestions();
    showLock();
    mStep = 0;
    showStep();
}

void LessonPane::stop()
{
    mOriginal.reset();
    mId.clear();
    mLesson = {};
    mTitle->setText(tr("No lesson open"));
    mCounter->clear();
    mText->setPlainText(tr("Help > Lessons and Challenges lists the lessons; one opens in a window of its own, "
                           "without touching your design."));
    mWaiting->clear();
    mBack->setEnabled(false);
    mNext->setEnabled(false);
    mPlay->hide();
    mChallenge->hide();
}

void LessonPane::setStep(int step)
{
    if (!isActive() || step < 0 || step >= int(mLesson.steps.size()))
        return;
    mStep = step;
    showStep();
}

void LessonPane::showStep()
{
    const Study::Step &s = mLesson.steps[size_t(mStep)];
    mCounter->setText(tr("Step %1 of %2").arg(mStep + 1).arg(mLesson.steps.size()));
    // The file's line breaks are for its editor; paragraphs are what the learner reads.
    QStringList paragraphs = s.text.split(QStringLiteral("\n\n"));
    for (QString &p : paragraphs)
        p = QStringLiteral("<p>") + p.simplified().toHtmlEscaped() + QStringLiteral("</p>");
    mText->setHtml(paragraphs.join(QString()));
    mBack->setEnabled(mStep > 0);
    evaluateWait();
    // A challenge with questions never plays by itself: the learner predicts first.
    const bool waitForPlay = mLesson.hasQuestions() && !s.scenario.isEmpty();
    mPlay->setVisible(waitForPlay);
    if (waitForPlay) {
        Study::Step shown = s;
        shown.scenario.clear();
        Q_EMIT stepShown(shown);
    } else {
        Q_EMIT stepShown(s);
    }
    if (mStep == int(mLesson.steps.size()) - 1 && !mLesson.isChallenge())
        Q_EMIT progress(mId, 100); // a lesson read to its end is done
}

void LessonPane::evaluateWait()
{
    if (!isActive())
        return;
    const Study::Step &s = mLesson.steps[size_t(mStep)];
    const Study::Goal *goal = s.waitFor.isEmpty() ? nullptr : mLesson.goal(s.waitFor);
    QString why;
    mStepDone = !goal || Study::meets(*goal, *mOriginal, mDocument->design(), &why);
    if (!goal)
        mWaiting->clear();
    else if (mStepDone)
        mWaiting->setText(tr("Done: %1").arg(goal->text));
    else
        mWaiting->setText(tr("To do: %1 (%2)").arg(goal->text, why));
    // A step that waits lets the learner go on only when it is done.
    mNext->setEnabled(mStep + 1 < int(mLesson.steps.size()) && mStepDone);
}

void LessonPane::buildQuestions()
{
    for (QButtonGroup *g : mGroups)
        delete g;
    mGroups.clear();
    while (QLayoutItem *item = mQuestions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Study::Lesson now = answered();
    for (const Study::Goal &g : mLesson.goals) {
        if (g.kind != Study::Goal::Kind::Question)
            continue;
        // The question in a label that wraps (a group box's title would widen the pane).
        auto *box = new QGroupBox(mChallenge);
        box->setObjectName(QStringLiteral("question-") + g.id);
        auto *v = new QVBoxLayout(box);
        auto *question = new QLabel(g.text, box);
        question->setWordWrap(true);
        QFont bold = question->font();
        bold.setBold(true);
        question->setFont(bold);
        v->addWidget(question);
        auto *group = new QButtonGroup(this);
        group->setProperty("goal", g.id);
        for (int i = 0; i < g.choices.size(); ++i) {
            // A radio button does not wrap its text: a label beside it does.
            auto *row = new QHBoxLayout;
            auto *radio = new QRadioButton(box);
            radio->setAccessibleName(g.choices[i]);
            radio->setToolTip(g.choices[i]);
            radio->setChecked(now.answerTo(g.id) == i);
            auto *label = new QLabel(g.choices[i], box);
            label->setWordWrap(true);
            label->setBuddy(radio);
            row->addWidget(radio, 0, Qt::AlignTop);
            row->addWidget(label, 1);
            group->addButton(radio, i);
            v->addLayout(row);
        }
        connect(group, &QButtonGroup::idClicked, this, [this, id = g.id](int choice) { answer(id, choice); });
        mGroups.push_back(group);
        mQuestions->addWidget(box);
    }
}

Study::Lesson LessonPane::answered() const
{
    QString ignored;
    return Study::parse(mDocument->design().lesson, &ignored).value_or(Study::Lesson{});
}

bool LessonPane::predictionsLocked() const
{
    return isActive() && answered().played;
}

void LessonPane::showLock()
{
    const bool locked = predictionsLocked();
    mLock->setVisible(mLesson.hasQuestions());
    mLock->setText(locked ? tr("Your answers are locked: you have played the simulation, so they are no "
                               "longer predictions.")
                          : tr("Answer the questions before you play: entering simulation mode locks them."));
    for (QButtonGroup *g : mGroups)
        for (QAbstractButton *b : g->buttons())
            b->setEnabled(!locked);
}

void LessonPane::simulationEntered()
{
    if (!isActive() || !mLesson.hasQuestions() || predictionsLocked())
        return;
    mDocument->undoStack()->push(
        new ChangeLessonCommand(mDocument, Study::withPlayed(mDocument->design().lesson), tr("Lock the Predictions")));
    Q_EMIT statusMessage(tr("Your answers are locked: the simulation shows what happens"));
}

void LessonPane::answer(const QString &goalId, int choice)
{
    const Study::Lesson now = answered();
    if (now.played) {
        Q_EMIT statusMessage(tr("The answers are locked: the simulation has been played"));
        return;
    }
    if (now.answerTo(goalId) == choice)
        return;
    mDocument->undoStack()->push(new ChangeLessonCommand(
        mDocument, Study::withAnswer(mDocument->design().lesson, goalId, choice), tr("Answer %1").arg(goalId)));
}

Study::Grade LessonPane::check()
{
    if (!isActive() || !mLesson.isChallenge())
        return {};
    const Study::Grade g = Study::grade(mLesson, *mOriginal, mDocument->design(), answered());
    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg(tr("%1 of %2 goals met: %3%").arg(g.met).arg(g.goals.size()).arg(g.score).toHtmlEscaped());
    for (const Study::GoalResult &r : g.goals)
        html += r.met ? QStringLiteral("<li>&#10003; %1</li>").arg(r.text.toHtmlEscaped())
                      : QStringLiteral("<li>&#10007; %1<br/><i>%2</i></li>")
                            .arg(r.text.toHtmlEscaped(), r.why.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    mResults->setHtml(html);
    mResults->show();
    Q_EMIT progress(mId, g.score);
    Q_EMIT statusMessage(g.passed() ? tr("Challenge solved: every goal is met")
                                    : tr("%1 of %2 goals met").arg(g.met).arg(g.goals.size()));
    return g;
}

bool LessonPane::showHint()
{
    if (!isActive() || mHints >= mLesson.hints.size())
        return false;
    ++mHints;
    QString html = QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("Hints").toHtmlEscaped());
    for (int i = 0; i < mHints; ++i)
        html += QStringLiteral("<li>%1</li>").arg(mLesson.hints[i].toHtmlEscaped());
    html += QStringLiteral("</ol>");
    mResults->setHtml(html);
    mResults->show();
    mHint->setEnabled(mHints < mLesson.hints.size());
    return true;
}
