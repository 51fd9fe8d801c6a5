#include "cfnexport.h"
#include "designformat.h"
#include "document.h"
#include "findingsmodel.h"
#include "isolatedsettings.h"
#include "issuespanel.h"
#include "mainwindow.h"
#include "propertycommand.h"
#include "selection.h"
#include "syntheticdesign.h"
#include "validationengine.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

/// The window as a user meets it, offscreen: the bundled example opens with its
/// outline, edits make it modified, undo and redo work from the menu, and leaving
/// with unsaved changes asks first.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void opensBundledExample();
    void editUndoRedoFromMenu();
    void quitAsksAboutUnsavedChanges_data();
    void quitAsksAboutUnsavedChanges();
    void openRefusesBadFileKeepingDesign();
    void saveWritesAndMarksClean();
    void importsAndExportsCloudFormation();
    void issuesFollowEditsAndSelect();
    void largeDesignLoadsWithoutBlocking();

private:
    static QAction *action(QMainWindow &w, const QString &menu, const QString &text);
    /// Clicks `button` in the next message box that opens.
    static void answerNextMessageBox(QMessageBox::StandardButton button);
};

QAction *TestMainWindow::action(QMainWindow &w, const QString &menuTitle, const QString &text)
{
    for (QAction *m : w.menuBar()->actions()) {
        if (m->text().remove(QLatin1Char('&')) != menuTitle)
            continue;
        for (QAction *a : m->menu()->actions())
            if (a->text().remove(QLatin1Char('&')).startsWith(text))
                return a;
    }
    return nullptr;
}

void TestMainWindow::answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(button)->click();
    });
}

void TestMainWindow::opensBundledExample()
{
    Document document;
    MainWindow window(&document);
    QVERIFY(window.openBundledExample());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(document.design().findVpc(QStringLiteral("vpc-web")));
    QCOMPARE(window.outlineView()->model()->rowCount(), 4); // 2 VPCs, 1 peering, 1 scenario
    QVERIFY(window.windowTitle().startsWith(QLatin1String("peered-web.yaml")));
    QVERIFY(!window.isWindowModified());
    for (const char *name : {"New", "Open", "Save", "Save As", "Quit"})
        QVERIFY2(action(window, QStringLiteral("File"), QLatin1String(name)), name);
    QVERIFY(action(window, QStringLiteral("Edit"), QStringLiteral("Undo")));
    QVERIFY(action(window, QStringLiteral("Edit"), QStringLiteral("Redo")));
}

void TestMainWindow::editUndoRedoFromMenu()
{
    Document document;
    MainWindow window(&document);
    QVERIFY(window.openBundledExample());
    document.undoStack()->push(new ChangePropertyCommand(&document, QStringLiteral("vpc-web"), QStringLiteral("name"),
                                                         QStringLiteral("front")));
    QVERIFY(window.isWindowModified());
    QAction *undo = action(window, QStringLiteral("Edit"), QStringLiteral("Undo"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(document.design().findVpc(QStringLiteral("vpc-web"))->name, QStringLiteral("web"));
    QVERIFY(!window.isWindowModified());
    action(window, QStringLiteral("Edit"), QStringLiteral("Redo"))->trigger();
    QCOMPARE(document.design().findVpc(QStringLiteral("vpc-web"))->name, QStringLiteral("front"));
    // The outline shows the new name.
    const QModelIndex vpc = window.outlineView()->model()->index(0, 0);
    QCOMPARE(vpc.data().toString(), QStringLiteral("vpc-web (front)"));
}

void TestMainWindow::quitAsksAboutUnsavedChanges_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::newRow("cancel keeps the window") << int(QMessageBox::Cancel) << false;
    QTest::newRow("discard closes") << int(QMessageBox::Discard) << true;
}

void TestMainWindow::quitAsksAboutUnsavedChanges()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    Document document;
    MainWindow window(&document);
    QVERIFY(window.openBundledExample());
    window.show();
    document.undoStack()->push(
        new ChangePropertyCommand(&document, QStringLiteral("vpc-web"), QStringLiteral("name"), QStringLiteral("x")));
    answerNextMessageBox(QMessageBox::StandardButton(answer));
    action(window, QStringLiteral("File"), QStringLiteral("Quit"))->trigger();
    QCOMPARE(!window.isVisible(), closes);
    // Nothing modified: no question at all.
    Document clean;
    MainWindow other(&clean);
    QVERIFY(other.openBundledExample());
    other.show();
    action(other, QStringLiteral("File"), QStringLiteral("Quit"))->trigger();
    QVERIFY(!other.isVisible());
}

void TestMainWindow::openRefusesBadFileKeepingDesign()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("vpc-designer: 1\nvpcs: [\n");
    f.close();
    Document document;
    MainWindow window(&document);
    QVERIFY(window.openBundledExample());
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!window.openFile(path));
    QVERIFY(document.design().findVpc(QStringLiteral("vpc-web"))); // what the user had
}

/// File > Import CloudFormation and File > Export CloudFormation, past their dialogs.
void TestMainWindow::importsAndExportsCloudFormation()
{
    QTemporaryDir dir;
    LoadResult example = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    const QString templ = dir.filePath(QStringLiteral("network.cfn.yaml"));
    QString error;
    QVERIFY(CfnExport::save(*example.design, templ, nullptr, nullptr, &error));
    Document document;
    MainWindow window(&document);
    QVERIFY(window.openBundledExample());
    // The actions are in the File menu, with their keys.
    auto *importAction = window.findChild<QAction *>(QStringLiteral("action-import"));
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("action-export-cloudformation"));
    QVERIFY(importAction && exportAction);
    QCOMPARE(importAction->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    // No key does two things (Ctrl+Shift+I was Add an Intent's already).
    QHash<QKeySequence, QString> owner;
    for (const QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcutContext() == Qt::WidgetShortcut || a->shortcutContext() == Qt::WidgetWithChildrenShortcut)
            continue; // a panel's own keys
        for (const QKeySequence &key : a->shortcuts()) {
            QVERIFY2(
                !owner.contains(key) || owner.value(key) == a->objectName(),
                qPrintable(QStringLiteral("%1: %2 and %3").arg(key.toString(), owner.value(key), a->objectName())));
            owner.insert(key, a->objectName());
        }
    }

    QVERIFY(window.importTemplates({templ}));
    QVERIFY(document.design().findVpc(QStringLiteral("vpc-app")));
    QVERIFY(!document.design().findVpc(QStringLiteral("vpc-web"))); // the example is gone
    QVERIFY(document.fileName().isEmpty());                         // a new, unsaved design
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("everything read")),
             qPrintable(window.statusBar()->currentMessage()));

    // Back out: the same template.
    const QString out = dir.filePath(QStringLiteral("again.cfn.yaml"));
    QVERIFY(window.exportCloudFormationTo(out));
    QFile a(templ), b(out);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());

    // A file that is no template is refused, and the design stays.
    const QString bad = dir.filePath(QStringLiteral("notes.yaml"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just: notes\n");
    f.close();
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!window.importTemplates({bad}));
    QVERIFY(document.design().findVpc(QStringLiteral("vpc-app")));
}

void TestMainWindow::saveWritesAndMarksClean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.yaml"));
    Document document;
    MainWindow window(&document);
    QVERIFY(window.openBundledExample());
    document.undoStack()->push(new ChangePropertyCommand(&document, QStringLiteral("vpc-web"), QStringLiteral("name"),
                                                         QStringLiteral("yonder")));
    QVERIFY(window.saveTo(path));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.windowTitle().startsWith(QLatin1String("mine.yaml")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("name: yonder\n"));
    // Re-opening the saved file gives the same design.
    QVERIFY(window.openFile(path));
    QCOMPARE(document.design().findVpc(QStringLiteral("vpc-web"))->name, QStringLiteral("yonder"));
}

void TestMainWindow::issuesFollowEditsAndSelect()
{
    Document document;
    MainWindow window(&document);
    QVERIFY(window.openBundledExample(QStringLiteral("three-tier.yaml")));
    window.show();
    FindingsModel *model = window.issuesPanel()->model();
    QCOMPARE(model->count(Severity::Error), 0);
    // Move the data subnet onto the other one: an overlap appears in the panel.
    document.undoStack()->push(
        new ChangePropertyCommand(&document, QStringLiteral("subnet-data-b"), QStringLiteral("cidr"),
                                  QVariant::fromValue(*Cidr::parse(std::string_view("10.10.20.0/24")))));
    QTRY_VERIFY(model->count(Severity::Error) > 0);
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->finding(r).rule == QLatin1String("subnet-overlap"))
            row = r;
    QVERIFY(row >= 0);
    // Clicking the finding selects its objects; the outline shows them selected.
    QTableView *view = window.issuesPanel()->view();
    const QModelIndex cell = view->model()->index(row, FindingsModel::RuleColumn);
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QCOMPARE(window.selection()->ids(), model->finding(row).objects);
    const QModelIndexList selected = window.outlineView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), model->finding(row).objects.size());
    // Undo: the finding goes.
    document.undoStack()->undo();
    QTRY_COMPARE(model->count(Severity::Error), 0);
}

void TestMainWindow::largeDesignLoadsWithoutBlocking()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.yaml"));
    QString error;
    QVERIFY(DesignFormat::save(*makeSyntheticDesign({400}), path, &error));
    QVERIFY(QFileInfo(path).size() >= MainWindow::BackgroundLoadSize);
    Document document;
    MainWindow window(&document);
    QSignalSpy opened(&window, &MainWindow::designOpened);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(5);
    QVERIFY(window.openFile(path));
    QVERIFY(window.isLoading()); // returned at once; the work goes on elsewhere
    QVERIFY(opened.wait(60000));
    QVERIFY2(ticks > 2, "the event loop kept running while the design loaded");
    QCOMPARE(document.design().vpcs().size(), size_t(400));
    QCOMPARE(document.fileName(), path);
    // The findings came with the design (none for this clean design), and edits are
    // checked incrementally from there.
    QVERIFY(window.engine()->findings().isEmpty());
    document.undoStack()->push(
        new ChangePropertyCommand(&document, QStringLiteral("vpc-0007"), QStringLiteral("cidr-blocks"),
                                  QVariant::fromValue(QList<Cidr>{*Cidr::parse(std::string_view("10.0.0.0/20"))})));
    QVERIFY(!window.engine()->findings().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
