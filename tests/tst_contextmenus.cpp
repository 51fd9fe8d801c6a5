#include "canvasscene.h"
#include "canvasview.h"
#include "contextmenus.h"
#include "document.h"
#include "examplewindow.h"
#include "findingsmodel.h"
#include "flowtablemodel.h"
#include "helpwindow.h"
#include "isolatedsettings.h"
#include "issuespanel.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "propertycommand.h"
#include "selection.h"
#include "simulationpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

/// The context menus, as a user meets them: what each kind of object offers, what a
/// right-click opens, and that the entries do what they say.
class TestContextMenus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();
    void entriesPerKind_data();
    void entriesPerKind();
    void rightClickOpensTheMenuOfWhatIsUnder();
    void addSubnetHere();
    void peerWithListsTheOthers();
    void simulateFromHereEntersSimulationMode();
    void copyId();
    void pasteHereOnTheEmptyCanvas();
    void outlineMenu();
    void issuesMenuExplainsTheRule();

private:
    QStringList names(QMenu *menu) const;
    QAction *find(QMenu *menu, const char *name) const;
    QPoint onCanvas(const QString &id) const;
    /// A right-click as the window system delivers it: press, release, context menu.
    static void rightClick(QWidget *widget, const QPoint &pos);

    ExampleWindow mExample;
    Document *mDocument = nullptr;
    MainWindow *mWindow = nullptr;
};

void TestContextMenus::init()
{
    QVERIFY(mExample.open());
    mDocument = mExample.document;
    mWindow = mExample.window;
}

void TestContextMenus::cleanup()
{
    mExample.close();
}

QStringList TestContextMenus::names(QMenu *menu) const
{
    QStringList out;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            out.append(a->objectName());
    return out;
}

QAction *TestContextMenus::find(QMenu *menu, const char *name) const
{
    for (QAction *a : menu->actions())
        if (a->objectName() == QLatin1String(name))
            return a;
    return nullptr;
}

void TestContextMenus::rightClick(QWidget *widget, const QPoint &pos)
{
    QTest::mouseClick(widget, Qt::RightButton, Qt::NoModifier, pos);
    QContextMenuEvent menu(QContextMenuEvent::Mouse, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &menu);
}

QPoint TestContextMenus::onCanvas(const QString &id) const
{
    const QRectF r = mWindow->canvasScene()->geometry().rect(id);
    // A point inside the object and no smaller one: the header of a container.
    const QPointF at = r.height() > 120 ? QPointF(r.left() + r.width() * 0.75, r.top() + 20) : r.center();
    return mWindow->canvas()->mapFromScene(at);
}

void TestContextMenus::entriesPerKind_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("VPC with a gateway") << "vpc-web" << QStringList{"ctx-add-subnet", "ctx-peer",      "ctx-paste-into",
                                                                    "ctx-duplicate",  "ctx-copy",      "ctx-copy-id",
                                                                    "ctx-delete",     "ctx-properties"}
                                        << QStringList{"ctx-add-igw", "ctx-add-instance", "ctx-simulate-from"};
    QTest::newRow("VPC without one") << "vpc-data" << QStringList{"ctx-add-subnet", "ctx-add-igw"} << QStringList{};
    QTest::newRow("subnet") << "subnet-web-a" << QStringList{"ctx-add-instance", "ctx-add-nat",   "ctx-add-endpoint",
                                                             "ctx-paste-into",   "ctx-duplicate", "ctx-delete"}
                            << QStringList{"ctx-add-subnet", "ctx-simulate-from", "ctx-peer"};
    QTest::newRow("instance") << "i-web-a"
                              << QStringList{"ctx-simulate-from", "ctx-simulate-to", "ctx-duplicate", "ctx-copy-id",
                                             "ctx-delete"}
                              << QStringList{"ctx-add-instance", "ctx-add-subnet"};
    QTest::newRow("peering") << "pcx-web-data" << QStringList{"ctx-select-vpcs", "ctx-copy-id", "ctx-delete"}
                             << QStringList{"ctx-duplicate", "ctx-simulate-from"};
    QTest::newRow("security group") << "sg-web" << QStringList{"ctx-duplicate", "ctx-copy-id", "ctx-delete"}
                                    << QStringList{"ctx-simulate-from", "ctx-add-instance"};
    QTest::newRow("the empty canvas") << "" << QStringList{"ctx-paste-here", "ctx-add-vpc", "ctx-fit", "ctx-select-all"}
                                      << QStringList{"ctx-delete", "ctx-duplicate"};
}

void TestContextMenus::entriesPerKind()
{
    QFETCH(QString, id);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    std::unique_ptr<QMenu> menu(mWindow->contextMenus()->canvasMenu(id, QPointF(-500, -500), mWindow));
    const QStringList got = names(menu.get());
    for (const QString &name : present)
        QVERIFY2(got.contains(name), qPrintable(name + QStringLiteral(" missing from ") + got.join(QLatin1Char(' '))));
    for (const QString &name : absent)
        QVERIFY2(!got.contains(name), qPrintable(name + QStringLiteral(" in ") + got.join(QLatin1Char(' '))));
    // Every entry says something and goes through tr().
    for (QAction *a : menu->actions())
        QVERIFY(a->isSeparator() || !a->text().isEmpty());
}

void TestContextMenus::rightClickOpensTheMenuOfWhatIsUnder()
{
    rightClick(mWindow->canvas()->viewport(), onCanvas(QStringLiteral("i-web-b")));
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QCOMPARE(menu->objectName(), QStringLiteral("CanvasMenu"));
    QVERIFY(names(menu).contains(QStringLiteral("ctx-simulate-from")));
    QCOMPARE(mWindow->selection()->ids(), QStringList{QStringLiteral("i-web-b")}); // the menu's object is selected
    menu->close();
    // The menu key opens the selection's menu.
    QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(10, 10),
                          mWindow->canvas()->viewport()->mapToGlobal(QPoint(10, 10)));
    QApplication::sendEvent(mWindow->canvas()->viewport(), &key);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(names(menu).contains(QStringLiteral("ctx-simulate-to")));
    menu->close();
}

void TestContextMenus::addSubnetHere()
{
    // In the us-east-1b column of vpc-data: the subnet goes to that AZ.
    const QRectF column = mWindow->canvasScene()->geometry().rect(QStringLiteral("subnet-db-b"));
    std::unique_ptr<QMenu> menu(mWindow->contextMenus()->canvasMenu(
        QStringLiteral("vpc-data"), QPointF(column.center().x(), column.bottom() + 30), mWindow));
    const qsizetype before = mDocument->design().findVpc(QStringLiteral("vpc-data"))->subnets.size();
    find(menu.get(), "ctx-add-subnet")->trigger();
    const Vpc *vpc = mDocument->design().findVpc(QStringLiteral("vpc-data"));
    QCOMPARE(vpc->subnets.size(), before + 1);
    const Subnet *added = vpc->subnetList().at(vpc->subnets.size() - 1);
    QCOMPARE(added->az, QStringLiteral("us-east-1b"));
    QCOMPARE(mWindow->selection()->ids(), QStringList{added->id});
    mDocument->undoStack()->undo();
    QCOMPARE(mDocument->design().findVpc(QStringLiteral("vpc-data"))->subnets.size(), before);
}

void TestContextMenus::peerWithListsTheOthers()
{
    // A third VPC: vpc-web may peer with it; vpc-data is already its peer.
    mWindow->addObjectAt(ObjectKind::Vpc, {}, QPointF(0, 700));
    const QString third = mWindow->selection()->current();
    std::unique_ptr<QMenu> menu(mWindow->contextMenus()->canvasMenu(QStringLiteral("vpc-web"), QPointF(), mWindow));
    QMenu *peer = find(menu.get(), "ctx-peer")->menu();
    QCOMPARE(peer->actions().size(), 2);
    QAction *data = peer->actions().at(0);
    QAction *fresh = peer->actions().at(1);
    QVERIFY(data->text().contains(QLatin1String("vpc-data")));
    QVERIFY(!data->isEnabled());
    QVERIFY(fresh->text().contains(third));
    fresh->trigger();
    bool peered = false;
    for (const PeeringConnection *p : mDocument->design().peerings())
        peered = peered || p->peerOf(QStringLiteral("vpc-web")) == third;
    QVERIFY(peered);
}

void TestContextMenus::simulateFromHereEntersSimulationMode()
{
    QVERIFY(!mWindow->isSimulationMode());
    std::unique_ptr<QMenu> menu(mWindow->contextMenus()->canvasMenu(QStringLiteral("i-db"), QPointF(), mWindow));
    const int flows = mWindow->simulationPanel()->flows()->rowCount();
    find(menu.get(), "ctx-simulate-from")->trigger();
    QVERIFY(mWindow->isSimulationMode());
    QCOMPARE(mWindow->simulationPanel()->flows()->rowCount(), flows + 1);
    const Scenario *s = mDocument->design().scenarios().at(0);
    const Flow *added = s->flowList().at(s->flows.size() - 1);
    QCOMPARE(added->from, QStringLiteral("i-db"));
    mDocument->undoStack()->undo();
    QCOMPARE(mWindow->simulationPanel()->flows()->rowCount(), flows);
}

void TestContextMenus::copyId()
{
    std::unique_ptr<QMenu> menu(mWindow->contextMenus()->canvasMenu(QStringLiteral("sg-web"), QPointF(), mWindow));
    find(menu.get(), "ctx-copy-id")->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sg-web"));
}

void TestContextMenus::pasteHereOnTheEmptyCanvas()
{
    mWindow->selection()->set({QStringLiteral("vpc-data")});
    mWindow->copySelection();
    std::unique_ptr<QMenu> menu(mWindow->contextMenus()->canvasMenu(QString(), QPointF(200, 900), mWindow));
    QAction *paste = find(menu.get(), "ctx-paste-here");
    QVERIFY(paste->isEnabled());
    paste->trigger();
    mWindow->canvasScene()->flush();
    const QRectF r = mWindow->canvasScene()->geometry().rect(QStringLiteral("vpc-data-copy"));
    QCOMPARE(r.topLeft(), QPointF(200, 900));
    QCOMPARE(mDocument->design().findVpc(QStringLiteral("vpc-data-copy"))->cidrBlocks.first().toString(),
             QStringLiteral("10.3.0.0/16"));
    // Paste and placement are one step.
    mDocument->undoStack()->undo();
    QVERIFY(!mDocument->design().findVpc(QStringLiteral("vpc-data-copy")));
}

void TestContextMenus::outlineMenu()
{
    QTreeView *outline = mWindow->outlineView();
    const QModelIndex row = mWindow->outlineModel()->indexOf(QStringLiteral("sg-web"));
    QVERIFY(row.isValid());
    std::unique_ptr<QMenu> menu(mWindow->contextMenus()->outlineMenu(row, mWindow));
    for (const char *name : {"ctx-go-to", "ctx-duplicate", "ctx-copy-id", "ctx-delete"})
        QVERIFY2(find(menu.get(), name), name);
    find(menu.get(), "ctx-go-to")->trigger();
    QCOMPARE(mWindow->selection()->ids(), QStringList{QStringLiteral("sg-web")});
    // A right-click on a row opens the menu, on that row's object.
    outline->expandAll();
    const QRect rect = outline->visualRect(mWindow->outlineModel()->indexOf(QStringLiteral("i-db")));
    rightClick(outline->viewport(), rect.center());
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QCOMPARE(popup->objectName(), QStringLiteral("OutlineMenu"));
    QCOMPARE(mWindow->selection()->ids(), QStringList{QStringLiteral("i-db")});
    popup->close();
}

void TestContextMenus::issuesMenuExplainsTheRule()
{
    // A subnet outside its VPC: one finding.
    mDocument->undoStack()->push(
        new ChangePropertyCommand(mDocument, QStringLiteral("subnet-db-b"), QStringLiteral("cidr"),
                                  QVariant::fromValue(*Cidr::parse(std::string_view("10.9.1.0/24")))));
    QTRY_VERIFY(mWindow->issuesPanel()->model()->rowCount() > 0);
    std::unique_ptr<QMenu> menu(mWindow->contextMenus()->issuesMenu(0, mWindow));
    QVERIFY(find(menu.get(), "ctx-go-to"));
    find(menu.get(), "ctx-copy-message")->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QLatin1String("subnet-outside-vpc")));
    find(menu.get(), "ctx-explain")->trigger();
    HelpWindow *help = mWindow->help();
    QVERIFY(help->isVisible());
    QCOMPARE(help->currentPage(), QStringLiteral("rule:subnet-outside-vpc"));
    const QString text = help->browser()->toPlainText();
    QVERIFY(text.contains(QLatin1String("10.9.1.0/24")));           // this finding's message
    QVERIFY(text.contains(QLatin1String("inside one of its VPC"))); // what the rule checks
}

QTEST_MAIN(TestContextMenus)
#include "tst_contextmenus.moc"
