#include "canvasitems.h"
#include "canvasscene.h"
#include "document.h"
#include "flowtablemodel.h"
#include "gzip.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "packetoverlay.h"
#include "recordtablemodel.h"
#include "selection.h"
#include "simulationpanel.h"
#include "simulationrun.h"
#include "timelineplot.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

/// The simulation panel as a user drives it, offscreen, in the main window on the
/// bundled example: run a scenario, step, play, select an event and a record and see
/// the canvas follow, read the plot's counts, edit flows with undo, import real flow logs
/// and export the simulated ones.
class TestSimulationPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();
    void runsTheScenario();
    void stepsThroughEvents();
    void playsAndShowsPackets();
    void blockedPacketStopsRedAndFlashes();
    void recordSelectionLightsThePath();
    void presentsAPageAtAMoment();
    void plotHoldsTheCounts();
    void plotFollowsCanvasSelection();
    void flowLogPageFiltersCopiesAndResets();
    void editsFlowsWithUndo();
    void importsRealLogsWithBlame();
    void exportsTheSimulatedLogs();

private:
    SimulationPanel *panel() const { return mWindow->simulationPanel(); }
    Document *mDocument = nullptr;
    MainWindow *mWindow = nullptr;
};

void TestSimulationPanel::init()
{
    mDocument = new Document;
    mWindow = new MainWindow(mDocument);
    mWindow->resize(1600, 1000);
    mWindow->show();
    QVERIFY(mWindow->openBundledExample());
    mWindow->setSimulationMode(true);
    QVERIFY(QTest::qWaitForWindowExposed(mWindow));
}

void TestSimulationPanel::cleanup()
{
    delete mWindow;
    delete mDocument;
    mWindow = nullptr;
    mDocument = nullptr;
}

void TestSimulationPanel::runsTheScenario()
{
    QCOMPARE(panel()->scenario(), QStringLiteral("evening"));
    const SimulationRun *run = panel()->run();
    QVERIFY(run && run->isValid());
    QCOMPARE(panel()->flows()->rowCount(), 4);
    const int probe = panel()->flows()->rowOf(QStringLiteral("ssh-probe"));
    QCOMPARE(panel()->flows()->index(probe, FlowTableModel::Verdict).data().toString(), QStringLiteral("dropped"));
    QCOMPARE(panel()->flows()->index(0, FlowTableModel::Verdict).data().toString(), QStringLiteral("delivered"));
    QVERIFY(panel()->eventsView()->topLevelItemCount() > 20);
    QVERIFY(panel()->records()->rowCount() > 0);
}

void TestSimulationPanel::stepsThroughEvents()
{
    const SimulationRun *run = panel()->run();
    panel()->setTime(0);
    QTest::mouseClick(panel()->stepForwardButton(), Qt::LeftButton);
    // The next moment with events (several flows may have events at one moment).
    const double first = panel()->time();
    double expected = -1;
    for (const PacketEvent &e : run->events())
        if (e.time > 1e-9) {
            expected = e.time;
            break;
        }
    QCOMPARE(first, expected);
    QTest::mouseClick(panel()->stepForwardButton(), Qt::LeftButton);
    QVERIFY(panel()->time() > first);
    QTreeWidgetItem *current = panel()->eventsView()->currentItem();
    QVERIFY(current);
    QCOMPARE(current->data(0, Qt::UserRole).toInt(), run->eventAtOrBefore(panel()->time()));
    // The card says what decided, in words: the hop of users-a at the ACL names its rule.
    QVERIFY2(panel()->card()->toPlainText().contains(QLatin1String("users-a")),
             qPrintable(panel()->card()->toPlainText()));
    QVERIFY(panel()->card()->toPlainText().contains(QLatin1String("The whole way")));
    QTest::mouseClick(panel()->stepBackButton(), Qt::LeftButton);
    QCOMPARE(panel()->time(), first);
    // Clicking an event in the list moves playback there and lights its path.
    QTreeWidget *events = panel()->eventsView();
    int blockRow = -1;
    for (int i = 0; i < events->topLevelItemCount(); ++i)
        if (events->topLevelItem(i)->text(5) == QLatin1String("blocks"))
            blockRow = i;
    QVERIFY(blockRow >= 0);
    events->scrollToItem(events->topLevelItem(blockRow));
    QTest::mouseClick(events->viewport(), Qt::LeftButton, {},
                      events->visualItemRect(events->topLevelItem(blockRow)).center());
    QCOMPARE(panel()->time(), run->events()[size_t(blockRow)].time);
    QVERIFY(panel()->card()->toPlainText().contains(QLatin1String("Every setting that blocks it")));
    QVERIFY(panel()->card()->toPlainText().contains(QLatin1String("no rule allows tcp/22")));
    QVERIFY(mWindow->selection()->ids().contains(QStringLiteral("sg-web")));
}

void TestSimulationPanel::playsAndShowsPackets()
{
    panel()->setTime(0);
    QTest::mouseClick(panel()->playButton(), Qt::LeftButton);
    QVERIFY(panel()->isPlaying());
    QTRY_VERIFY(panel()->time() > 0.2);
    QTest::mouseClick(panel()->playButton(), Qt::LeftButton);
    QVERIFY(!panel()->isPlaying());
    // At 20 s the users' requests and the web tier's queries are on their way.
    panel()->setTime(20.3);
    QVERIFY(panel()->overlay()->packetCount() >= 2);
    QCOMPARE(panel()->overlay()->blockedPacketCount(), 0);
    const QList<QPointF> before = panel()->overlay()->packetPositions();
    panel()->advance(0.1);
    QVERIFY(panel()->overlay()->packetPositions() != before); // they move
}

void TestSimulationPanel::blockedPacketStopsRedAndFlashes()
{
    // The SSH probe starts at 300 s and is stopped by sg-web.
    panel()->setTime(301.5);
    QVERIFY(panel()->overlay()->blockedPacketCount() >= 1);
    QCOMPARE(panel()->overlay()->flashCount(), 1);
    const ObjectItem *sg = mWindow->canvasScene()->item(QStringLiteral("sg-web"));
    QVERIFY(sg);
    bool atTheGroup = false;
    for (const QPointF &p : panel()->overlay()->packetPositions())
        atTheGroup |= sg->sceneBoundingRect().contains(p);
    QVERIFY(atTheGroup);
}

void TestSimulationPanel::recordSelectionLightsThePath()
{
    panel()->tabs()->setCurrentWidget(panel()->flowLogs());
    QTableView *view = panel()->recordsView();
    RecordTableModel *records = panel()->records();
    int row = -1;
    for (int r = 0; r < records->rowCount() && row < 0; ++r)
        if (records->index(r, RecordTableModel::Action).data().toString() == QLatin1String("REJECT"))
            row = r;
    QVERIFY(row >= 0);
    view->scrollTo(records->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(records->index(row, 1)).center());
    QCOMPARE(view->currentIndex().row(), row);
    const QStringList ids = mWindow->selection()->ids();
    QVERIFY2(ids.contains(QStringLiteral("i-web-b")) && ids.contains(QStringLiteral("sg-web")),
             qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY(mWindow->canvasScene()->selectedIds().contains(QStringLiteral("i-web-b")));
    // The plot's cursor is at the record's time; playback is within its flow.
    const int record = records->recordAt(row);
    QCOMPARE(panel()->timeline()->cursor(), double(records->startOf(record)));
    QVERIFY(panel()->time() >= 300 && panel()->time() <= 330);
}

void TestSimulationPanel::presentsAPageAtAMoment()
{
    // What the command line's --simulate --tab --at ask of the panel for a picture.
    panel()->present(QStringLiteral("evening"), QStringLiteral("events"), 42.5);
    QCOMPARE(panel()->tabs()->currentIndex(), 0);
    QCOMPARE(panel()->time(), 42.5);
    QVERIFY(panel()->recordsView()->selectionModel()->selectedRows().isEmpty());
    // The timeline and the records are one page, shown for "timeline" and "logs" alike,
    // with the first REJECT of a flow selected and its path lit.
    for (const QString &page : {QStringLiteral("timeline"), QStringLiteral("logs")}) {
        panel()->recordsView()->clearSelection();
        panel()->present(QStringLiteral("evening"), page, std::nullopt);
        QCOMPARE(panel()->tabs()->currentWidget(), panel()->flowLogs());
        QVERIFY(panel()->timeline()->isVisibleTo(panel()) && panel()->recordsView()->isVisibleTo(panel()));
    }
    const QModelIndex current = panel()->recordsView()->currentIndex();
    QVERIFY(current.isValid());
    RecordTableModel *records = panel()->records();
    QCOMPARE(records->index(current.row(), RecordTableModel::Action).data().toString(), QStringLiteral("REJECT"));
    for (int r = 0; r < current.row(); ++r) // none before it
        QVERIFY(records->isAccepted(records->recordAt(r)) || records->flowOf(records->recordAt(r)) < 0);
    QVERIFY(!mWindow->selection()->ids().isEmpty());
    // An unknown page is the first.
    panel()->present(QStringLiteral("evening"), QStringLiteral("nonsense"), std::nullopt);
    QCOMPARE(panel()->tabs()->currentIndex(), 0);
}

void TestSimulationPanel::plotHoldsTheCounts()
{
    const SimulationRun *run = panel()->run();
    qint64 accepted = 0, rejected = 0;
    for (const FlowLogRecord &r : run->capture().records)
        if (r.status == FlowLogRecord::Status::Ok)
            (r.accepted ? accepted : rejected) += r.packets;
    QVERIFY(accepted > 0 && rejected > 0);
    TimelinePlot *plot = panel()->timeline();
    QCOMPARE(plot->plottedPackets(true), double(accepted));
    QCOMPARE(plot->plottedPackets(false), double(rejected));
    // The SSH probe: 30 packets rejected at i-web-b, one per second from 300 s.
    QCOMPARE(rejected, qint64(30));
    // Zoomed into its minute, one bin per window: 30 rejected in the 18:05 window.
    const double t0 = double(run->scenario().start.toSecsSinceEpoch());
    plot->setRange(t0 + 300, t0 + 360);
    QCOMPARE(plot->plottedPackets(false), 30.0);
    QVERIFY(plot->binCount() >= 1 && plot->binCount() <= 2);
    // In bytes: the probe's 30 packets of 100 bytes.
    panel()->flowLogs()->findChild<QComboBox *>(QStringLiteral("measure"))->setCurrentIndex(1);
    QCOMPARE(plot->plottedPackets(false), 3000.0);
    QTemporaryDir dir;
    QVERIFY(plot->savePng(dir.filePath(QStringLiteral("plot.png"))));
    QVERIFY(QFile(dir.filePath(QStringLiteral("plot.png"))).size() > 1000);
}

void TestSimulationPanel::plotFollowsCanvasSelection()
{
    // Selecting an instance on the canvas shows its interface's records and packets.
    mWindow->selection()->set({QStringLiteral("i-web-b")});
    const SimulationRun *run = panel()->run();
    const int iface = run->simulator().network().interfaceOf(QStringLiteral("i-web-b"));
    QCOMPARE(panel()->records()->filterInterface(), iface);
    for (int r = 0; r < panel()->records()->rowCount(); ++r)
        QCOMPARE(panel()->records()->interfaceOf(panel()->records()->recordAt(r)), iface);
    QCOMPARE(panel()->timelineData().packets(false), qint64(30));
}

void TestSimulationPanel::flowLogPageFiltersCopiesAndResets()
{
    FlowLogPage *page = panel()->flowLogs();
    panel()->tabs()->setCurrentWidget(page);
    RecordTableModel *records = panel()->records();
    QTableView *view = panel()->recordsView();
    const int all = records->rowCount();
    // The flow filter keeps the table and the timeline to one flow's records.
    auto *flowBox = page->findChild<QComboBox *>(QStringLiteral("flowFilter"));
    const SimulationRun *run = panel()->run();
    int probe = -1;
    for (size_t f = 0; f < run->runs().size(); ++f)
        if (run->runs()[f].flow->id == QLatin1String("ssh-probe"))
            probe = int(f);
    QVERIFY(probe >= 0);
    flowBox->setCurrentIndex(flowBox->findData(probe));
    QVERIFY(records->rowCount() > 0 && records->rowCount() < all);
    for (int r = 0; r < records->rowCount(); ++r)
        QCOMPARE(records->flowOf(records->recordAt(r)), probe);
    QCOMPARE(panel()->timelineData().packets(true), qint64(0));
    QCOMPARE(panel()->timelineData().packets(false), qint64(30));
    // Ctrl+C copies the chosen record as the table shows it.
    QApplication::clipboard()->clear();
    view->setFocus();
    panel()->selectRecord(records->recordAt(0));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("REJECT")) && copied.contains(QStringLiteral("203.0.113.50")),
             qPrintable(copied));
    QCOMPARE(copied.count(QLatin1Char('\t')), records->columnCount() - 1);
    // The record's context menu shows every record again.
    page->findChild<QComboBox *>(QStringLiteral("action"))->setCurrentIndex(2); // REJECT
    page->findChild<QLineEdit *>(QStringLiteral("address"))->setText(QStringLiteral("203.0.113"));
    QCOMPARE(records->rowCount(), 1);
    bool offered = false;
    QTimer::singleShot(0, this, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            if (a->text() == QLatin1String("Show every record")) {
                offered = true;
                menu->setActiveAction(a);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        menu->close();
    });
    const QPoint at = view->visualRect(records->index(0, 1)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QVERIFY(offered);
    QCOMPARE(records->rowCount(), all);
    QCOMPARE(flowBox->currentIndex(), 0);
}

void TestSimulationPanel::editsFlowsWithUndo()
{
    QUndoStack *undo = mDocument->undoStack();
    const int before = panel()->flows()->rowCount();
    const int steps = undo->count();
    panel()->addFlow();
    QCOMPARE(panel()->flows()->rowCount(), before + 1);
    // Typing a port into the new flow's cell: an undoable edit that the run follows.
    const int row = before;
    QVERIFY(panel()->flows()->setData(panel()->flows()->index(row, FlowTableModel::Port), QStringLiteral("8443"),
                                      Qt::EditRole));
    QCOMPARE(panel()->flows()->index(row, FlowTableModel::Port).data().toString(), QStringLiteral("8443"));
    QVERIFY(!panel()->flows()->setData(panel()->flows()->index(row, FlowTableModel::Port), QStringLiteral("nope"),
                                       Qt::EditRole));
    QCOMPARE(undo->count(), steps + 2);
    QVERIFY(panel()->run()->runs().size() == size_t(before + 1));
    undo->undo();
    QCOMPARE(panel()->flows()->index(row, FlowTableModel::Port).data().toString(), QStringLiteral("443"));
    undo->undo();
    QCOMPARE(panel()->flows()->rowCount(), before);
    QCOMPARE(panel()->run()->runs().size(), size_t(before));
    // Source from the canvas selection.
    panel()->flowsView()->selectRow(0);
    mWindow->selection()->set({QStringLiteral("i-web-b")});
    panel()->takeEndFromSelection(false);
    QCOMPARE(panel()->flows()->index(0, FlowTableModel::To).data().toString(), QStringLiteral("i-web-b"));
    undo->undo();
    QCOMPARE(panel()->flows()->index(0, FlowTableModel::To).data().toString(), QStringLiteral("i-web-a"));
}

void TestSimulationPanel::importsRealLogsWithBlame()
{
    // The AWS documentation's records onto the design they were made from.
    QVERIFY(mWindow->openFile(QStringLiteral(VPC_TEST_DATA "/simulation/aws-rdp.yaml")));
    QTemporaryDir dir;
    QFile plain(QStringLiteral(VPC_TEST_DATA "/simulation/aws-records.log"));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    const QString gz = dir.filePath(QStringLiteral("records.log.gz"));
    QFile out(gz);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(Gzip::compress(plain.readAll()));
    out.close();
    QString error;
    QVERIFY2(panel()->importLogs({gz}, &error), qPrintable(error));
    RecordTableModel *records = panel()->records();
    QVERIFY(records->isImported());
    QCOMPARE(records->rowCount(), 6);
    QString cause;
    for (int r = 0; r < records->rowCount(); ++r)
        if (records->index(r, RecordTableModel::DestinationPort).data().toString() == QLatin1String("3389"))
            cause = records->index(r, RecordTableModel::Cause).data().toString();
    QVERIFY2(cause.startsWith(QLatin1String("sg-web (security-group): ingress: no rule allows tcp/3389")),
             qPrintable(cause));
    QCOMPARE(panel()->timelineData().packets(false), qint64(24)); // the RDP's 20 and the ping answer's 4
    // Back to the simulated logs.
    panel()->showImported(false);
    QVERIFY(!records->isImported());
    panel()->showImported(true);
    QVERIFY(records->isImported());
    // Opening another design drops the imported records before they go: the table
    // shows the new design's simulated ones and still paints.
    QVERIFY(mWindow->openBundledExample());
    QVERIFY(!records->isImported());
    panel()->recordsView()->repaint();
    QVERIFY(records->rowCount() > 0);
    qint64 last = 0;
    for (int r = 0; r < records->rowCount(); ++r) { // shown in time order
        QVERIFY(records->startOf(records->recordAt(r)) >= last);
        last = records->startOf(records->recordAt(r));
    }
}

void TestSimulationPanel::exportsTheSimulatedLogs()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(panel()->exportLogs(dir.path(), &error), qPrintable(error));
    QStringList files;
    for (QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files.append(it.next());
    QVERIFY(files.size() >= 2);
    QVERIFY(std::any_of(files.begin(), files.end(),
                        [](const QString &f) { return f.endsWith(QLatin1String("athena.sql")); }));
    QVERIFY(std::any_of(files.begin(), files.end(), [](const QString &f) {
        return f.contains(QLatin1String("/AWSLogs/111122223333/vpcflowlogs/us-east-1/"));
    }));
}

QTEST_MAIN(TestSimulationPanel)
#include "tst_simulationpanel.moc"
