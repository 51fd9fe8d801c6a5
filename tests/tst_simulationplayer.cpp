// The widget-free player: the run of a scenario, the clock and its steps, and how the run
// follows the design, driven without a panel or a window.

#include "designformat.h"
#include "document.h"
#include "propertycommand.h"
#include "simulationplayer.h"
#include "simulationrun.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <limits>

class TestSimulationPlayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsTheScenarioAtOnce();
    void clockStaysWithinTheRun_data();
    void clockStaysWithinTheRun();
    void playsAndStopsAtTheEnd();
    void stepsFromEventToEvent();
    void followsTheDesign();
    void buildsAheadOnlyWhenAsked();
    void noScenarioNoRun();

private:
    Document *mDocument = nullptr;
    SimulationPlayer *mPlayer = nullptr;
};

void TestSimulationPlayer::init()
{
    mDocument = new Document;
    LoadResult loaded = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(loaded.ok());
    mDocument->reset(std::move(loaded.design), QString());
    mPlayer = new SimulationPlayer(mDocument, nullptr);
}

void TestSimulationPlayer::cleanup()
{
    delete mPlayer;
    delete mDocument;
}

void TestSimulationPlayer::runsTheScenarioAtOnce()
{
    QSignalSpy changed(mPlayer, &SimulationPlayer::runChanged);
    mPlayer->setScenario(QStringLiteral("workday"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(mPlayer->hasRun());
    QCOMPARE(mPlayer->currentRun()->scenario().id, QStringLiteral("workday"));
    QCOMPARE(mPlayer->time(), 0.0);
    QCOMPARE(mPlayer->origin(), double(QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC).toSecsSinceEpoch()));
    // The same scenario again is not run again.
    mPlayer->setScenario(QStringLiteral("workday"));
    QCOMPARE(changed.count(), 1);
}

void TestSimulationPlayer::clockStaysWithinTheRun_data()
{
    QTest::addColumn<double>("asked");
    QTest::addColumn<double>("expected"); // negative: the run's duration
    QTest::newRow("inside") << 42.5 << 42.5;
    QTest::newRow("before the start") << -10.0 << 0.0;
    QTest::newRow("past the end") << 1e9 << -1.0;
    QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << 0.0;
    QTest::newRow("infinite") << std::numeric_limits<double>::infinity() << 0.0;
}

void TestSimulationPlayer::clockStaysWithinTheRun()
{
    QFETCH(double, asked);
    QFETCH(double, expected);
    mPlayer->setScenario(QStringLiteral("workday"));
    QSignalSpy moved(mPlayer, &SimulationPlayer::timeChanged);
    mPlayer->setTime(asked);
    const double want = expected < 0 ? mPlayer->currentRun()->duration() : expected;
    QCOMPARE(mPlayer->time(), want);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.front().front().toDouble(), want);
}

void TestSimulationPlayer::playsAndStopsAtTheEnd()
{
    mPlayer->setScenario(QStringLiteral("workday"));
    const double end = mPlayer->currentRun()->duration();
    QSignalSpy playing(mPlayer, &SimulationPlayer::playingChanged);
    mPlayer->setSpeed(10);
    mPlayer->play();
    QVERIFY(mPlayer->isPlaying());
    QCOMPARE(playing.count(), 1);
    mPlayer->advance(2); // 2 real seconds at 10x
    QCOMPARE(mPlayer->time(), 20.0);
    mPlayer->advance(end); // past the end: it stops there
    QCOMPARE(mPlayer->time(), end);
    QVERIFY(!mPlayer->isPlaying());
    QCOMPARE(playing.count(), 2);
    QCOMPARE(playing.back().front().toBool(), false);
    // Playing again from the end starts over; the ticker moves the clock by itself.
    mPlayer->setSpeed(60);
    mPlayer->play();
    QCOMPARE(mPlayer->time(), 0.0);
    QTRY_VERIFY(mPlayer->time() > 0);
    mPlayer->pause();
    QVERIFY(!mPlayer->isPlaying());
    // A speed that is no speed is 1x.
    mPlayer->setSpeed(std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(mPlayer->speed(), 1.0);
}

void TestSimulationPlayer::stepsFromEventToEvent()
{
    mPlayer->setScenario(QStringLiteral("workday"));
    const SimulationRun *run = mPlayer->currentRun();
    const auto &events = run->events();
    QVERIFY(events.size() > 3);
    int at = mPlayer->stepForward();
    QVERIFY(at >= 0);
    QCOMPARE(mPlayer->time(), events[size_t(at)].time);
    const int second = mPlayer->stepForward();
    QVERIFY(second > at);
    QVERIFY(events[size_t(second)].time > events[size_t(at)].time); // one step per moment
    QCOMPARE(mPlayer->stepBack(), run->eventAtOrBefore(events[size_t(at)].time + 1e-9));
    QCOMPARE(mPlayer->time(), events[size_t(at)].time);
    // At the last event there is no next one.
    mPlayer->setTime(run->duration());
    QCOMPARE(mPlayer->stepForward(), -1);
    mPlayer->setTime(0);
    while (mPlayer->time() <= events.front().time && mPlayer->stepBack() >= 0) {
    }
    QCOMPARE(mPlayer->stepBack(), -1);
}

void TestSimulationPlayer::followsTheDesign()
{
    mPlayer->setScenario(QStringLiteral("workday"));
    const int flowsBefore = int(mPlayer->currentRun()->runs().size());
    // An edit makes the run stale; run() builds the design as it is now.
    mDocument->undoStack()->push(
        new ChangePropertyCommand(mDocument, QStringLiteral("workday"), QStringLiteral("name"), QStringLiteral("x")));
    const SimulationRun *run = mPlayer->run();
    QVERIFY(run && run->isValid());
    QCOMPARE(run->scenario().name, QStringLiteral("x"));
    QCOMPARE(int(run->runs().size()), flowsBefore);
    QVERIFY(!mPlayer->isBuilding());
}

void TestSimulationPlayer::buildsAheadOnlyWhenAsked()
{
    mPlayer->setScenario(QStringLiteral("workday"));
    QSignalSpy changed(mPlayer, &SimulationPlayer::runChanged);
    QSignalSpy building(mPlayer, &SimulationPlayer::building);
    mDocument->undoStack()->push(
        new ChangePropertyCommand(mDocument, QStringLiteral("workday"), QStringLiteral("name"), QStringLiteral("a")));
    QTest::qWait(400); // the rebuild waits 200 ms after an edit; nobody is looking
    QCOMPARE(building.count(), 0);
    QCOMPARE(changed.count(), 0);
    mPlayer->setBuildsAhead(true); // the panel is shown: the stale run is rebuilt on a worker
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(building.count(), 1);
    QCOMPARE(mPlayer->currentRun()->scenario().name, QStringLiteral("a"));
}

void TestSimulationPlayer::noScenarioNoRun()
{
    mPlayer->setScenario(QStringLiteral("no-such-scenario"));
    QVERIFY(!mPlayer->hasRun());
    QCOMPARE(mPlayer->origin(), 0.0);
    mPlayer->setTime(30);
    QCOMPARE(mPlayer->time(), 0.0);
    mPlayer->play();
    QVERIFY(!mPlayer->isPlaying());
    QCOMPARE(mPlayer->stepForward(), -1);
    mPlayer->setActive(true); // without a scene the overlay is nobody's: nothing breaks
    QVERIFY(mPlayer->isActive());
}

QTEST_GUILESS_MAIN(TestSimulationPlayer)
#include "tst_simulationplayer.moc"
