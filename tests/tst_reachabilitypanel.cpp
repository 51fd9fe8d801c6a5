#include "designformat.h"
#include "document.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "propertycommand.h"
#include "reachabilitypanel.h"
#include "selection.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

#include <qcustomplot.h>

/// The Reachability panel, offscreen with real mouse events: opened by its key, computed
/// off the UI thread, a cell's protocols and ports, a click that selects the two ends, a
/// double click that replays the witness, the filters and the axes, and edits followed.
class TestReachabilityPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();
    void showsTheMatrixAndFollowsTheMouse();
    void filtersAxesAndEdits();

private:
    int index(const QString &id) const { return int(mPanel->matrix()->rows.indexOf(id)); }

    Document *mDocument = nullptr;
    MainWindow *mWindow = nullptr;
    ReachabilityPanel *mPanel = nullptr;
};

void TestReachabilityPanel::init()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(r.ok());
    mDocument = new Document(std::move(r.design), QStringLiteral("three-tier.yaml"));
    mWindow = new MainWindow(mDocument);
    mWindow->resize(1440, 900);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow));
    // Ctrl+Shift+R shows it; it computes as it comes into view.
    QDockWidget *dock = mWindow->dock(QStringLiteral("ReachabilityDock"));
    QVERIFY(dock && !dock->isVisible());
    QTest::keySequence(mWindow, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QVERIFY(dock->isVisible());
    mPanel = mWindow->reachabilityPanel();
    QTRY_VERIFY(mPanel->matrix() && !mPanel->isComputing());
}

void TestReachabilityPanel::cleanup()
{
    delete mWindow;
    delete mDocument;
}

void TestReachabilityPanel::showsTheMatrixAndFollowsTheMouse()
{
    const ReachMatrix &m = *mPanel->matrix();
    QCOMPARE(m.rows, ReachMatrix::subnets(mDocument->design()));
    const int app = index(QStringLiteral("subnet-app-a")), data = index(QStringLiteral("subnet-data-a"));
    QCOMPARE(mPanel->cellText(app, data), QStringLiteral("subnet-app-a -> subnet-data-a: tcp 5432"));
    QVERIFY(mPanel->cellText(index(QStringLiteral("subnet-public-a")), data).contains(QLatin1String("nothing")));
    // The colour map holds the matrix: the open cell coloured, the closed one not.
    QCPColorMap *map = nullptr;
    for (int i = 0; i < mPanel->plot()->plottableCount(); ++i)
        map = map ? map : qobject_cast<QCPColorMap *>(mPanel->plot()->plottable(i));
    QVERIFY(map);
    QCOMPARE(map->data()->keySize(), int(m.columns.size()));
    QVERIFY(map->data()->cell(data, app) > 0);
    QCOMPARE(map->data()->cell(data, index(QStringLiteral("subnet-public-a"))), 0.0);
    // The mouse: the point over a cell is that cell; a click selects its two subnets.
    mPanel->plot()->replot();
    const QPoint at = mPanel->cellCentre(app, data).toPoint();
    QCOMPARE(mPanel->cellAt(at), QPoint(data, app));
    QTest::mouseMove(mPanel->plot(), at);
    QTest::mouseClick(mPanel->plot(), Qt::LeftButton, {}, at);
    QCOMPARE(mWindow->selection()->ids(),
             (QStringList{QStringLiteral("subnet-app-a"), QStringLiteral("subnet-data-a")}));
    QVERIFY(mWindow->statusBar()->currentMessage().contains(QLatin1String("tcp 5432")));
    // A double click replays a packet that gets through: a flow, in simulation mode.
    const int undo = mDocument->undoStack()->index();
    QTest::mouseDClick(mPanel->plot(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(mWindow->isSimulationMode());
    QVERIFY(mDocument->undoStack()->index() > undo);
    bool replayed = false;
    for (const Scenario *s : mDocument->design().scenarios())
        for (const Flow *f : s->flowList())
            replayed |= f->to == QLatin1String("10.10.20.10") && f->port == 5432;
    QVERIFY(replayed);
}

void TestReachabilityPanel::filtersAxesAndEdits()
{
    const int app = index(QStringLiteral("subnet-app-a")), data = index(QStringLiteral("subnet-data-a"));
    // UDP only: the database port is TCP, so nothing is open from the app tier to the data.
    QVERIFY(mPanel->setFilter(QStringLiteral("udp"), QString()));
    QTRY_VERIFY(!mPanel->isComputing());
    QVERIFY(mPanel->cellText(app, data).contains(QLatin1String("nothing")));
    QVERIFY(!mPanel->setFilter(QStringLiteral("tcp"), QStringLiteral("http")));
    QVERIFY(mPanel->setFilter(QStringLiteral("tcp"), QStringLiteral("5000-6000")));
    QTRY_VERIFY(!mPanel->isComputing());
    QCOMPARE(mPanel->cellText(app, data), QStringLiteral("subnet-app-a -> subnet-data-a: tcp 5432"));
    // An edit is followed: the database group's rule removed, the cell closes.
    auto *db = mDocument->design().find<SecurityGroup>(QStringLiteral("sg-db"), ObjectKind::SecurityGroup);
    QVERIFY(db);
    const QString before = mPanel->cellText(app, data);
    mWindow->selection()->set({QStringLiteral("sg-db")});
    mDocument->undoStack()->push(new ChangePropertyCommand(
        mDocument, QStringLiteral("sg-db"), QStringLiteral("ingress"), QVariant::fromValue(SgRuleList())));
    QTRY_VERIFY(mPanel->cellText(app, data).contains(QLatin1String("nothing")));
    mDocument->undoStack()->undo();
    QTRY_COMPARE(mPanel->cellText(app, data), before);
    // Security groups on the axes: the app group reaches the database group.
    mPanel->setAxis(ReachabilityPanel::Axis::SecurityGroups);
    QTRY_VERIFY(!mPanel->isComputing());
    QCOMPARE(mPanel->matrix()->rows, ReachMatrix::securityGroups(mDocument->design()));
    QCOMPARE(mPanel->cellText(index(QStringLiteral("sg-app")), index(QStringLiteral("sg-db"))),
             QStringLiteral("sg-app -> sg-db: tcp 5432"));
}

QTEST_MAIN(TestReachabilityPanel)
#include "tst_reachabilitypanel.moc"
