#include "designformat.h"
#include "document.h"
#include "isolatedsettings.h"
#include "lessonbrowser.h"
#include "lessonpane.h"
#include "library.h"
#include "mainwindow.h"
#include "selection.h"
#include "settings.h"

#include <QAction>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

/// The lessons in the window: the browser, the pane beside the canvas, every step of every
/// lesson played, a challenge worked through with real clicks, and the learner's own work
/// never replaced.
class TestLessons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();
    void everyStepOfEveryLesson_data();
    void everyStepOfEveryLesson();
    void challengeWorkedThrough();
    void predictionsComeBeforePlaying();
    void browserOpensALesson();
    void workIsNeverReplaced();
    void aPlainDesignHasNoLesson();
    void emptyCanvasOffersLessons();

private:
    std::unique_ptr<Document> mDocument;
    std::unique_ptr<MainWindow> mWindow;
    QStringList mStarted; // what startWindow was asked to start
};

void TestLessons::init()
{
    mDocument = std::make_unique<Document>();
    mWindow = std::make_unique<MainWindow>(mDocument.get());
    mWindow->resize(1440, 900);
    mStarted.clear();
    mWindow->startWindow = [this](const QStringList &arguments) {
        mStarted = arguments;
        return true;
    };
    mWindow->show();
    QVERIFY(mWindow->openBundledExample());
    QVERIFY(QTest::qWaitForWindowExposed(mWindow.get()));
}

void TestLessons::cleanup()
{
    mWindow.reset();
    mDocument.reset();
}

void TestLessons::everyStepOfEveryLesson_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : Study::bundledIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestLessons::everyStepOfEveryLesson()
{
    // Next through every step; what a step names is selected, its scenario is playing. A
    // step that waits for a goal is reached with the challenge's reference answer open.
    QFETCH(QString, id);
    QVERIFY(mWindow->openLesson(id));
    LessonPane *pane = mWindow->lessonPane();
    QVERIFY(pane->isActive());
    QCOMPARE(pane->lessonId(), id);
    QVERIFY(mWindow->dock(QStringLiteral("LessonDock"))->isVisible());
    if (pane->lesson().isChallenge()) {
        LoadResult answer = DesignFormat::load(QStringLiteral(VPC_TEST_DATA "/study/answers/") + id + ".yaml");
        QVERIFY(answer.ok());
        mDocument->reset(std::move(answer.design), QString(), id + ".yaml");
        QVERIFY(pane->isActive());
        QCOMPARE(pane->lessonId(), id); // the bundled one, found by its title
    }
    const int steps = int(pane->lesson().steps.size());
    for (int i = 0; i < steps; ++i) {
        QCOMPARE(pane->step(), i);
        const Study::Step &s = pane->lesson().steps[size_t(i)];
        QVERIFY(!pane->textView()->toPlainText().isEmpty());
        for (const QString &sel : s.select)
            QTRY_VERIFY2(mWindow->selection()->ids().contains(sel), qPrintable(sel));
        if (!s.scenario.isEmpty() && pane->lesson().hasQuestions()) {
            // A challenge waits for the learner's predictions: Play starts the scenario.
            QTRY_VERIFY(pane->playButton()->isVisible());
            QVERIFY(!mWindow->isSimulationMode());
            QTest::mouseClick(pane->playButton(), Qt::LeftButton);
            QTRY_VERIFY(mWindow->isSimulationMode());
            QVERIFY(pane->predictionsLocked());
        } else if (!s.scenario.isEmpty()) {
            QTRY_VERIFY(mWindow->isSimulationMode());
        }
        QTRY_VERIFY2(pane->stepDone(), qPrintable(QStringLiteral("step %1 waits for %2").arg(i + 1).arg(s.waitFor)));
        if (i + 1 < steps) {
            QVERIFY(pane->nextButton()->isEnabled());
            QTest::mouseClick(pane->nextButton(), Qt::LeftButton);
        }
    }
    QVERIFY(!pane->nextButton()->isEnabled());
    QTest::mouseClick(pane->backButton(), Qt::LeftButton);
    QCOMPARE(pane->step(), steps > 1 ? steps - 2 : 0);
    if (!pane->lesson().isChallenge())
        QCOMPARE(Settings::lessonScore(id), 100); // read to its end: done
}

void TestLessons::challengeWorkedThrough()
{
    QVERIFY(mWindow->openLesson(QStringLiteral("challenge-private-egress")));
    LessonPane *pane = mWindow->lessonPane();
    // The first step waits for the update to get out: Next is off until then.
    QTRY_VERIFY(!pane->stepDone());
    QVERIFY(!pane->nextButton()->isEnabled());
    // Checking now tells what is missing.
    QTest::mouseClick(pane->checkButton(), Qt::LeftButton);
    auto *results = pane->findChild<QTextBrowser *>(QStringLiteral("LessonResults"));
    QVERIFY(results->isVisible());
    QVERIFY2(results->toPlainText().contains(QLatin1String("no route for 203.0.113.80")),
             qPrintable(results->toPlainText()));
    QCOMPARE(Settings::lessonScore(QStringLiteral("challenge-private-egress")), 40);
    // A hint, one at a time.
    QVERIFY(pane->showHint());
    QVERIFY(results->toPlainText().contains(QLatin1String("NAT gateway")));
    // The question answered by a click: an undoable change of the file's lesson section.
    auto *box = pane->findChild<QGroupBox *>(QStringLiteral("question-why-not-in"));
    QVERIFY(box);
    const QList<QRadioButton *> choices = box->findChildren<QRadioButton *>();
    QCOMPARE(choices.size(), 3);
    QTest::mouseClick(choices[1], Qt::LeftButton);
    QString why;
    QCOMPARE(Study::parse(mDocument->design().lesson, &why)->answerTo(QStringLiteral("why-not-in")), 1);
    mDocument->undoStack()->undo();
    QCOMPARE(Study::parse(mDocument->design().lesson, &why)->answerTo(QStringLiteral("why-not-in")), -1);
    QVERIFY(!choices[1]->isChecked());
    mDocument->undoStack()->redo();
    QVERIFY(choices[1]->isChecked());
    // The learner builds the answer: the reference design's network, their own answer kept.
    LoadResult answer =
        DesignFormat::load(QStringLiteral(VPC_TEST_DATA "/study/answers/challenge-private-egress.yaml"));
    QVERIFY(answer.ok());
    mDocument->reset(std::move(answer.design), QString(), QStringLiteral("challenge-private-egress.yaml"));
    QTRY_VERIFY(pane->stepDone());
    QVERIFY(pane->nextButton()->isEnabled());
    QCOMPARE(pane->check().score, 100);
    QCOMPARE(Settings::lessonScore(QStringLiteral("challenge-private-egress")), 100);
}

void TestLessons::predictionsComeBeforePlaying()
{
    QVERIFY(mWindow->openLesson(QStringLiteral("challenge-private-egress")));
    LessonPane *pane = mWindow->lessonPane();
    auto *lock = pane->findChild<QLabel *>(QStringLiteral("PredictionLock"));
    QVERIFY(lock->isVisible());
    auto *box = pane->findChild<QGroupBox *>(QStringLiteral("question-why-not-in"));
    const QList<QRadioButton *> choices = box->findChildren<QRadioButton *>();
    QTest::mouseClick(choices[0], Qt::LeftButton);
    QVERIFY(choices[0]->isChecked());
    // Entering simulation mode, by the toolbar's toggle as much as by Play, locks them.
    QAction *mode = mWindow->action(QStringLiteral("action-simulation-mode"));
    QVERIFY(mode);
    mode->trigger();
    QVERIFY(mWindow->isSimulationMode());
    QVERIFY(pane->predictionsLocked());
    QVERIFY(lock->text().contains(QLatin1String("locked")));
    for (QRadioButton *c : choices)
        QVERIFY(!c->isEnabled());
    // A click on a disabled choice changes nothing, and the answer cannot be changed.
    QTest::mouseClick(choices[1], Qt::LeftButton);
    pane->answer(QStringLiteral("why-not-in"), 1);
    QString why;
    QCOMPARE(Study::parse(mDocument->design().lesson, &why)->answerTo(QStringLiteral("why-not-in")), 0);
    QVERIFY(mWindow->statusBar()->currentMessage().contains(QLatin1String("locked")));
    // The lock is written in the file (it reopens locked) and, like every change, undoable.
    QVERIFY(DesignFormat::write(mDocument->design()).contains("played: true"));
    mDocument->undoStack()->undo();
    QVERIFY(!pane->predictionsLocked());
    QTRY_VERIFY(choices[1]->isEnabled());
}

void TestLessons::browserOpensALesson()
{
    Settings::setLessonScore(QStringLiteral("ipv6-egress-only"), 100);
    LessonBrowser browser(mWindow.get());
    QSignalSpy requested(&browser, &LessonBrowser::openRequested);
    QTreeWidget *tree = browser.tree();
    // Topics with their lessons under them; progress shown.
    QCOMPARE(tree->topLevelItemCount(), int(Study::topics().size()));
    QTreeWidgetItem *found = nullptr;
    int lessons = 0;
    for (int t = 0; t < tree->topLevelItemCount(); ++t)
        for (int c = 0; c < tree->topLevelItem(t)->childCount(); ++c) {
            ++lessons;
            QTreeWidgetItem *item = tree->topLevelItem(t)->child(c);
            if (item->data(0, Qt::UserRole).toString() == QLatin1String("ipv6-egress-only"))
                found = item;
        }
    QCOMPARE(lessons, int(Study::bundledIds().size()));
    QVERIFY(found);
    QCOMPARE(found->text(3), QStringLiteral("done"));
    tree->setCurrentItem(found);
    auto *open = browser.findChild<QPushButton *>(QStringLiteral("OpenLesson"));
    QVERIFY(open->isEnabled());
    connect(&browser, &LessonBrowser::openRequested, mWindow.get(), &MainWindow::openLesson);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(mWindow->lessonPane()->lessonId(), QStringLiteral("ipv6-egress-only"));
    // And from the Help menu, with its shortcut.
    QVERIFY(mWindow->action(QStringLiteral("action-lessons")));
    QCOMPARE(mWindow->action(QStringLiteral("action-lessons"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
}

void TestLessons::workIsNeverReplaced()
{
    // An edit makes the window's design the learner's work: a lesson goes elsewhere.
    mWindow->addObjectAt(ObjectKind::Bucket, {}, std::nullopt);
    QVERIFY(mDocument->isModified());
    const QByteArray before = DesignFormat::write(mDocument->design());
    QVERIFY(mWindow->openLesson(QStringLiteral("peering-routes-and-transit")));
    QCOMPARE(mStarted, (QStringList{QStringLiteral("--lesson"), QStringLiteral("peering-routes-and-transit")}));
    QCOMPARE(DesignFormat::write(mDocument->design()), before);
    QVERIFY(!mWindow->lessonPane()->isActive());
}

void TestLessons::aPlainDesignHasNoLesson()
{
    QVERIFY(mWindow->openLesson(QStringLiteral("flow-logs-basics")));
    QVERIFY(mWindow->lessonPane()->isActive());
    QVERIFY(mWindow->openBundledExample(QStringLiteral("three-tier.yaml")));
    QVERIFY(!mWindow->lessonPane()->isActive());
    QVERIFY(!mWindow->dock(QStringLiteral("LessonDock"))->isVisible());
}

void TestLessons::emptyCanvasOffersLessons()
{
    mWindow->action(QStringLiteral("action-new"))->trigger();
    auto *button = mWindow->findChild<QPushButton *>(QStringLiteral("HintLessons"));
    QVERIFY(button);
    QTRY_VERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(mWindow->findChild<LessonBrowser *>());
    QVERIFY(mWindow->findChild<LessonBrowser *>()->isVisible());
}

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
