#include "canvasscene.h"
#include "canvasview.h"
#include "contextmenus.h"
#include "document.h"
#include "emptycanvashint.h"
#include "examplewindow.h"
#include "findbar.h"
#include "inspector.h"
#include "isolatedsettings.h"
#include "issuespanel.h"
#include "mainwindow.h"
#include "palettewidget.h"
#include "ruletable.h"
#include "selection.h"
#include "validationengine.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

/// Editing in the window with the keyboard and the mouse, offscreen: the palette by
/// click, double-click and Enter; arrow keys; copy and paste by their keys; Ctrl+Z in
/// an Inspector field; Find; a refused drop; the empty canvas; the standard keys.
class TestWindowEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();
    void paletteEnterAddsInTheSelection();
    void paletteClickAndDoubleClickAddOne();
    void paletteAddRefusedSaysWhy();
    void arrowKeysNudgeInOneUndoStep();
    void pasteByKeysReaddresses();
    void undoInAnInspectorFieldUndoesTheDesign();
    void renameInTheInspectorAndUndo();
    void undoInAFieldThatCannotBeTakenRevertsIt();
    void findByAddress();
    void refusedDropSaysWhyAfterTheRelease();
    void emptyCanvasSaysWhatToDo();
    void standardKeys_data();
    void standardKeys();
    void toolbarHasTheMainActions();
    void addABucketAndWriteItsPolicy();
    void typeAPrefixListAsARouteDestination();
    void addAnIntentPickItsSpacesAndReplayItsWitness();

private:
    void selectPalette(ObjectKind kind);
    QString status() const { return mWindow->statusBar()->currentMessage(); }

    ExampleWindow mExample;
    Document *mDocument = nullptr;
    MainWindow *mWindow = nullptr;
};

void TestWindowEditing::init()
{
    QVERIFY(mExample.open());
    mDocument = mExample.document;
    mWindow = mExample.window;
}

void TestWindowEditing::cleanup()
{
    mExample.close();
}

void TestWindowEditing::selectPalette(ObjectKind kind)
{
    PaletteWidget *palette = mWindow->palette();
    palette->setFocus();
    palette->setCurrentRow(palette->rowOf(kind));
}

void TestWindowEditing::paletteEnterAddsInTheSelection()
{
    mWindow->selection()->set({QStringLiteral("subnet-db-b")});
    selectPalette(ObjectKind::Instance);
    QTest::keyClick(mWindow->palette(), Qt::Key_Return);
    const Subnet *subnet = mDocument->design().findSubnet(QStringLiteral("subnet-db-b"));
    const QString added = mWindow->selection()->current();
    const auto *instance = mDocument->design().find<Instance>(added, ObjectKind::Instance);
    QVERIFY(instance);
    QCOMPARE(instance->subnet, subnet->id);
    QVERIFY(subnet->cidr.contains(instance->privateIp));
    QVERIFY(status().contains(added));
    // A subnet with the subnet selected goes into its VPC, in the same AZ.
    selectPalette(ObjectKind::Subnet);
    mWindow->selection()->set({QStringLiteral("subnet-db-b")});
    QTest::keyClick(mWindow->palette(), Qt::Key_Enter);
    const Subnet *fresh = mDocument->design().findSubnet(mWindow->selection()->current());
    QVERIFY(fresh);
    QCOMPARE(mDocument->design().vpcOf(*fresh)->id, QStringLiteral("vpc-data"));
    QCOMPARE(fresh->az, QStringLiteral("us-east-1b"));
}

void TestWindowEditing::paletteClickAndDoubleClickAddOne()
{
    PaletteWidget *palette = mWindow->palette();
    const QRect row = palette->visualItemRect(palette->item(palette->rowOf(ObjectKind::Vpc)));
    const qsizetype before = mDocument->design().vpcs().size();
    QTest::mouseClick(palette->viewport(), Qt::LeftButton, Qt::NoModifier, row.center());
    QCOMPARE(mDocument->design().vpcs().size(), before + 1);
    const Vpc *added = mDocument->design().findVpc(mWindow->selection()->current());
    QVERIFY(added);
    // It does not overlap the others.
    for (const Vpc *v : mDocument->design().vpcs())
        if (v != added)
            QVERIFY(!v->cidrBlocks.first().overlaps(added->cidrBlocks.first()));
    // A double-click as the window system sends it (press, release, double-click,
    // release): one more object, not two.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QWidget *viewport = palette->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, row.center());
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, row.center());
    QMouseEvent dclick(QEvent::MouseButtonDblClick, row.center(), viewport->mapToGlobal(row.center()), Qt::LeftButton,
                       Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &dclick);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, row.center());
    QCOMPARE(mDocument->design().vpcs().size(), before + 2);
    // QTest's own double-click sends no first release: one more as well.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QTest::mouseDClick(viewport, Qt::LeftButton, Qt::NoModifier, row.center());
    QCOMPARE(mDocument->design().vpcs().size(), before + 3);
}

void TestWindowEditing::paletteAddRefusedSaysWhy()
{
    mWindow->selection()->set({QStringLiteral("vpc-web")});
    selectPalette(ObjectKind::InternetGateway);
    QTest::keyClick(mWindow->palette(), Qt::Key_Return);
    // vpc-web has one; vpc-data takes it.
    const QString added = mWindow->selection()->current();
    QCOMPARE(mDocument->design().findVpc(QStringLiteral("vpc-data"))->internetGateway()->id, added);
    QTest::keyClick(mWindow->palette(), Qt::Key_Return);
    QVERIFY(status().startsWith(QLatin1String("Not added:")));
    QVERIFY(status().contains(QLatin1String("at most one")));
}

void TestWindowEditing::arrowKeysNudgeInOneUndoStep()
{
    CanvasView *canvas = mWindow->canvas();
    mWindow->selection()->set({QStringLiteral("vpc-data")});
    canvas->setFocus();
    const QRectF before = mWindow->canvasScene()->geometry().rect(QStringLiteral("i-db"));
    const int steps = mDocument->undoStack()->count();
    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Right);
    QTest::keyClick(canvas, Qt::Key_Down, Qt::ShiftModifier);
    mWindow->canvasScene()->flush();
    const QRectF after = mWindow->canvasScene()->geometry().rect(QStringLiteral("i-db"));
    QCOMPARE(after.topLeft() - before.topLeft(),
             QPointF(2 * CanvasView::NudgeStep, CanvasView::FarNudgeStep)); // what it holds follows
    QCOMPARE(mDocument->undoStack()->count(), steps + 1);
    // A pause ends the burst: the next nudge is a step of its own.
    canvas->endNudge();
    QTest::keyClick(canvas, Qt::Key_Left);
    QCOMPARE(mDocument->undoStack()->count(), steps + 2);
    mDocument->undoStack()->undo();
    mDocument->undoStack()->undo();
    mWindow->canvasScene()->flush();
    QCOMPARE(mWindow->canvasScene()->geometry().rect(QStringLiteral("i-db")), before);
    // Undo in the middle of a burst ends it: the next nudge is a step of its own, not a
    // merge into the step below (an earlier nudge of the same objects).
    QTest::keyClick(canvas, Qt::Key_Right); // step A
    canvas->endNudge();
    QTest::keyClick(canvas, Qt::Key_Right); // step B, undone at once
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(mDocument->undoStack()->index(), steps + 1);
    QTest::keyClick(canvas, Qt::Key_Down);
    QCOMPARE(mDocument->undoStack()->count(), steps + 2); // A, and the new one
    mDocument->undoStack()->undo();
    mDocument->undoStack()->undo();
    mWindow->canvasScene()->flush();
    QCOMPARE(mWindow->canvasScene()->geometry().rect(QStringLiteral("i-db")), before);
}

void TestWindowEditing::pasteByKeysReaddresses()
{
    mWindow->selection()->set({QStringLiteral("vpc-web")});
    mWindow->canvas()->setFocus();
    QTest::keyClick(mWindow->canvas(), Qt::Key_C, Qt::ControlModifier);
    mWindow->selection()->clear();
    QTest::keyClick(mWindow->canvas(), Qt::Key_V, Qt::ControlModifier);
    const Vpc *copy = mDocument->design().findVpc(QStringLiteral("vpc-web-copy"));
    QVERIFY(copy);
    QCOMPARE(copy->cidrBlocks.first().toString(), QStringLiteral("10.3.0.0/16"));
    QVERIFY(status().contains(QStringLiteral("10.1.0.0/16 → 10.3.0.0/16")));
    // Drawn beside the original, which stays in sight.
    mWindow->canvasScene()->flush();
    const QRectF original = mWindow->canvasScene()->geometry().rect(QStringLiteral("vpc-web"));
    const QRectF pasted = mWindow->canvasScene()->geometry().rect(QStringLiteral("vpc-web-copy"));
    QVERIFY(!original.intersects(pasted));
    // Duplicate (Ctrl+D) of the copy: again a block of its own. And nothing to find.
    QTest::keyClick(mWindow->canvas(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(mDocument->design().findVpc(QStringLiteral("vpc-web-copy-copy")));
    QTRY_COMPARE(mWindow->engine()->findings().size(), 0);
}

void TestWindowEditing::undoInAnInspectorFieldUndoesTheDesign()
{
    mWindow->selection()->set({QStringLiteral("vpc-data")});
    auto *name = qobject_cast<QLineEdit *>(mWindow->inspector()->editor(QStringLiteral("name")));
    QVERIFY(name);
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("warehouse"));
    QCOMPARE(mDocument->design().findVpc(QStringLiteral("vpc-data"))->name,
             QStringLiteral("data")); // typed only
    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    // The field was committed, then the design's undo took it back: the edit is on the
    // redo side of the design's stack, not in the field's own undo.
    QCOMPARE(mDocument->design().findVpc(QStringLiteral("vpc-data"))->name, QStringLiteral("data"));
    QVERIFY(mDocument->undoStack()->canRedo());
    QTest::keyClick(mWindow->canvas(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(mDocument->design().findVpc(QStringLiteral("vpc-data"))->name, QStringLiteral("warehouse"));
}

void TestWindowEditing::renameInTheInspectorAndUndo()
{
    // The id field commits a rename on Ctrl+Z, which redraws the Inspector while the field
    // still handles the key: nothing may be deleted under it.
    mWindow->selection()->set({QStringLiteral("vpc-data")});
    auto *id = qobject_cast<QLineEdit *>(mWindow->inspector()->editor(QStringLiteral("id")));
    QVERIFY(id);
    id->setFocus();
    QTRY_VERIFY(id->hasFocus());
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("vpc-warehouse"));
    QTest::keyClick(id, Qt::Key_Z, Qt::ControlModifier);
    QTest::qWait(20);
    QVERIFY(mDocument->design().findVpc(QStringLiteral("vpc-data")));
    QVERIFY(mDocument->undoStack()->canRedo());
    mDocument->undoStack()->redo();
    QVERIFY(mDocument->design().findVpc(QStringLiteral("vpc-warehouse")));
    QCOMPARE(mWindow->selection()->ids(), QStringList{QStringLiteral("vpc-warehouse")});
    QCOMPARE(mWindow->inspector()->shownId(), QStringLiteral("vpc-warehouse"));
}

void TestWindowEditing::undoInAFieldThatCannotBeTakenRevertsIt()
{
    mWindow->selection()->set({QStringLiteral("subnet-db-b")});
    auto *cidr = qobject_cast<QLineEdit *>(mWindow->inspector()->editor(QStringLiteral("cidr")));
    cidr->setFocus();
    QTRY_VERIFY(cidr->hasFocus());
    cidr->selectAll();
    QTest::keyClicks(cidr, QStringLiteral("10.2.1.0/99"));
    QVERIFY(!cidr->styleSheet().isEmpty()); // marked as wrong
    const int index = mDocument->undoStack()->index();
    QTest::keyClick(cidr, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cidr->text(), QStringLiteral("10.2.1.0/24"));
    QVERIFY(cidr->styleSheet().isEmpty());
    QCOMPARE(mDocument->undoStack()->index(), index); // the design's history untouched
}

void TestWindowEditing::findByAddress()
{
    mWindow->canvas()->setFocus();
    QTest::keyClick(mWindow->canvas(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = mWindow->findBar();
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), QStringLiteral("10.2.0.20"));
    QCOMPARE(mWindow->selection()->ids(), QStringList{QStringLiteral("i-db")});
    // The canvas centres it.
    const QRectF shown = mWindow->canvas()->mapToScene(mWindow->canvas()->viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(mWindow->canvasScene()->geometry().rect(QStringLiteral("i-db"))));
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(mWindow->selection()->ids(), QStringList{QStringLiteral("subnet-db-a")});
    QTest::keyClick(bar->field(), Qt::Key_Return);
    QCOMPARE(mWindow->selection()->ids(), QStringList{QStringLiteral("vpc-data")});
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(mWindow->selection()->ids(), QStringList{QStringLiteral("subnet-db-a")});
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestWindowEditing::refusedDropSaysWhyAfterTheRelease()
{
    // A palette drag of an instance over the empty canvas, released there: Qt ends such a
    // drag with a leave, not a drop. The reason stays in the status bar.
    PaletteWidget *palette = mWindow->palette();
    std::unique_ptr<QMimeData> mime(
        palette->model()->mimeData({palette->model()->index(palette->rowOf(ObjectKind::Instance), 0)}));
    QWidget *viewport = mWindow->canvas()->viewport();
    const QPoint pos =
        mWindow->canvas()->mapFromScene(mWindow->canvasScene()->designBounds().topLeft() + QPointF(5, 5));
    QCursor::setPos(viewport->mapToGlobal(pos));
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(!move.isAccepted());
    QDragLeaveEvent leave;
    QApplication::sendEvent(viewport, &leave);
    QCOMPARE(status(), QStringLiteral("Not added: an instance lives in a VPC; drop it inside one"));
}

void TestWindowEditing::emptyCanvasSaysWhatToDo()
{
    EmptyCanvasHint *hint = mWindow->canvas()->emptyHint();
    QVERIFY(!hint->isVisible());
    mWindow->action(QStringLiteral("action-new"))->trigger();
    QVERIFY(hint->isVisible());
    QVERIFY(mWindow->canvas()->viewport()->rect().contains(hint->geometry()));
    QTest::mouseClick(hint->addVpcButton(), Qt::LeftButton);
    QCOMPARE(mDocument->design().vpcs().size(), size_t(1));
    QTRY_VERIFY(!hint->isVisible());
    mDocument->undoStack()->undo();
    QTRY_VERIFY(hint->isVisible());
    QTest::mouseClick(hint->exampleButton(), Qt::LeftButton);
    QVERIFY(mDocument->design().vpcs().size() > 1);
}

void TestWindowEditing::standardKeys_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("save as") << "action-save-as" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    QTest::newRow("redo, one convention") << "action-redo" << QKeySequence(Qt::CTRL | Qt::Key_Y);
    QTest::newRow("redo, the other") << "action-redo" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    QTest::newRow("zoom in with =") << "action-zoom-in" << QKeySequence(Qt::CTRL | Qt::Key_Equal);
    QTest::newRow("zoom in with +") << "action-zoom-in" << QKeySequence(Qt::CTRL | Qt::Key_Plus);
    QTest::newRow("find") << "action-find" << QKeySequence(Qt::CTRL | Qt::Key_F);
    QTest::newRow("duplicate") << "action-duplicate" << QKeySequence(Qt::CTRL | Qt::Key_D);
    QTest::newRow("simulation mode") << "action-simulation-mode" << QKeySequence(Qt::CTRL | Qt::Key_M);
    QTest::newRow("manual") << "action-manual" << QKeySequence(Qt::Key_F1);
    QTest::newRow("add a bucket") << "action-add-bucket" << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
}

void TestWindowEditing::standardKeys()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, key);
    QAction *a = mWindow->action(action);
    QVERIFY(a);
    QVERIFY2(a->shortcuts().contains(key), qPrintable(key.toString()));
    QCOMPARE(a->shortcutContext(), Qt::WindowShortcut);
    // No other action takes the same key.
    for (QAction *other : mWindow->findChildren<QAction *>())
        if (other != a && other->objectName().startsWith(QLatin1String("action-")))
            QVERIFY2(!other->shortcuts().contains(key), qPrintable(other->objectName()));
}

void TestWindowEditing::toolbarHasTheMainActions()
{
    QToolBar *bar = mWindow->mainToolBar();
    for (const char *name : {"action-new", "action-open", "action-save", "action-undo", "action-redo", "action-fit",
                             "action-simulation-mode", "action-play", "action-export-png"}) {
        QAction *a = mWindow->action(QLatin1String(name));
        QVERIFY2(bar->actions().contains(a), name);
        QVERIFY2(!a->icon().isNull(), name);
        QVERIFY2(!a->toolTip().isEmpty(), name);
    }
    // The save button saves through the real click.
    auto *save = qobject_cast<QToolButton *>(bar->widgetForAction(mWindow->action(QStringLiteral("action-save"))));
    QVERIFY(save);
    QVERIFY(mWindow->action(QStringLiteral("action-save"))->toolTip().contains(QLatin1String("Ctrl+S")));
}

QTEST_MAIN(TestWindowEditing)
#include "tst_windowediting.moc"

void TestWindowEditing::addABucketAndWriteItsPolicy()
{
    // Ctrl+Shift+B adds an S3 bucket beside the VPCs, selected, in the first VPC's region.
    const int index = mDocument->undoStack()->index();
    mWindow->canvas()->setFocus();
    QTest::keySequence(mWindow, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QCOMPARE(mDocument->design().buckets().size(), size_t(1));
    const Bucket *b = mDocument->design().buckets().at(0);
    QCOMPARE(b->region, mDocument->design().vpcs().at(0)->region);
    QCOMPARE(mWindow->selection()->ids(), QStringList{b->id});
    QCOMPARE(mWindow->inspector()->shownId(), b->id);
    // Its policy typed in the inspector is the bucket's, and the validators read it.
    auto *policy = qobject_cast<QPlainTextEdit *>(mWindow->inspector()->editor(QStringLiteral("policy")));
    QVERIFY(policy);
    policy->setFocus();
    QTest::keyClicks(policy, QStringLiteral("Statement: [{Effect: Maybe, Action: \"s3:*\"}]"));
    QTRY_VERIFY(!b->policy.isNull());
    const auto refused = [&] {
        for (const Finding &f : mWindow->engine()->findingsFor(b->id))
            if (f.rule == QLatin1String("policy-invalid"))
                return true;
        return false;
    };
    QTRY_VERIFY(refused());
    // Undo takes it all back, the bucket included.
    while (mDocument->undoStack()->index() > index)
        mDocument->undoStack()->undo();
    QVERIFY(mDocument->design().buckets().empty());
}

void TestWindowEditing::addAnIntentPickItsSpacesAndReplayItsWitness()
{
    // Ctrl+Shift+I adds an intent: from the internet to the first VPC, expecting nothing
    // to get in; the example's web tier serves HTTPS, so the issues list says it fails.
    const int index = mDocument->undoStack()->index();
    mWindow->canvas()->setFocus();
    QTest::keySequence(mWindow, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QCOMPARE(mDocument->design().intents().size(), size_t(1));
    const Intent *intent = mDocument->design().intents().at(0);
    QCOMPARE(intent->from, QStringList{QStringLiteral("internet")});
    QCOMPARE(mWindow->inspector()->shownId(), intent->id);
    // The destination picked from the menu beside the field: the web group.
    auto *to = qobject_cast<QLineEdit *>(mWindow->inspector()->editor(QStringLiteral("to")));
    QVERIFY(to);
    QAction *pick = to->findChild<QAction *>(QStringLiteral("pick-to"));
    QVERIFY(pick);
    to->clear();
    const QString group = QStringLiteral("sg-web");
    QTimer::singleShot(0, this, [group] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction *choice = menu->findChild<QAction *>(QStringLiteral("space-") + group);
        QVERIFY(choice);
        choice->trigger();
        menu->close();
    });
    pick->trigger();
    QTRY_VERIFY(intent->to.contains(group));
    // The space typed: only the web group (one undoable change).
    to->setFocus();
    to->selectAll();
    QTest::keyClicks(to, group);
    QTest::keyClick(to, Qt::Key_Return);
    QCOMPARE(intent->to, QStringList{group});
    const auto violated = [&]() -> std::optional<Finding> {
        for (const Finding &f : mWindow->engine()->findings())
            if (f.rule == QLatin1String("intent-violated") && f.objects.value(0) == intent->id)
                return f;
        return std::nullopt;
    };
    QTRY_VERIFY(violated());
    QVERIFY2(violated()->message.contains(QLatin1String("let in by")), qPrintable(violated()->message));
    // Replay in Simulation: the witness becomes a flow, shown in simulation mode.
    const auto flowsBefore = [&] {
        int n = 0;
        for (const Scenario *s : mDocument->design().scenarios())
            n += int(s->flowList().size());
        return n;
    };
    const int flows = flowsBefore();
    // The issue's context menu offers it (only for a finding with a witness).
    QAction *replay = nullptr;
    std::vector<std::unique_ptr<QMenu>> menus;
    for (int row = 0; row < mWindow->issuesPanel()->view()->model()->rowCount(); ++row) {
        menus.emplace_back(mWindow->contextMenus()->issuesMenu(row, mWindow));
        if (auto *a = menus.back()->findChild<QAction *>(QStringLiteral("ctx-replay-witness")))
            replay = a;
    }
    QVERIFY(replay);
    replay->trigger();
    QVERIFY(mWindow->isSimulationMode());
    QCOMPARE(flowsBefore(), flows + 1);
    bool found = false;
    for (const Scenario *s : mDocument->design().scenarios())
        for (const Flow *f : s->flowList())
            found |= f->from == violated()->witness.from && f->to == violated()->witness.to &&
                     f->port == violated()->witness.port;
    QVERIFY(found);
    QVERIFY2(status().contains(intent->id), qPrintable(status()));
    // Undo takes it all back, the intent included.
    while (mDocument->undoStack()->index() > index)
        mDocument->undoStack()->undo();
    QVERIFY(mDocument->design().intents().empty());
}

void TestWindowEditing::typeAPrefixListAsARouteDestination()
{
    // The route table's first destination typed over as service:dynamodb: one undoable
    // change whose route names the prefix list.
    mWindow->selection()->set({QStringLiteral("rtb-web")});
    QTRY_VERIFY(qobject_cast<RuleTable *>(mWindow->inspector()->editor(QStringLiteral("routes"))));
    auto *routes = qobject_cast<RuleTable *>(mWindow->inspector()->editor(QStringLiteral("routes")));
    QTableWidget *table = routes->table();
    const int index = mDocument->undoStack()->index();
    table->setFocus();
    table->setCurrentCell(0, 0);
    table->editItem(table->item(0, 0));
    auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cell);
    cell->selectAll();
    QTest::keyClicks(cell, QStringLiteral("service:DynamoDB"));
    QTest::keyClick(cell, Qt::Key_Return);
    const auto *rtb = mDocument->design().find<RouteTable>(QStringLiteral("rtb-web"), ObjectKind::RouteTable);
    QTRY_COMPARE(rtb->routes.at(0).prefixList, QStringLiteral("service:dynamodb"));
    QVERIFY(!rtb->routes.at(0).destination.isValid());
    QCOMPARE(mDocument->undoStack()->index(), index + 1);
    mDocument->undoStack()->undo();
    QCOMPARE(rtb->routes.at(0).destinationText(), QStringLiteral("0.0.0.0/0"));
}
