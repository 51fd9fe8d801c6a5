#include "document.h"
#include "mainwindow.h"
#include "propertycommand.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
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
    void opensBundledExample();
    void editUndoRedoFromMenu();
    void quitAsksAboutUnsavedChanges_data();
    void quitAsksAboutUnsavedChanges();
    void openRefusesBadFileKeepingDesign();
    void saveWritesAndMarksClean();

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
    document.undoStack()->push(new ChangePropertyCommand(&document, QStringLiteral("vpc-web"),
                                                         QStringLiteral("name"), QStringLiteral("front")));
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
    document.undoStack()->push(new ChangePropertyCommand(&document, QStringLiteral("vpc-web"),
                                                         QStringLiteral("name"), QStringLiteral("x")));
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

void TestMainWindow::saveWritesAndMarksClean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.yaml"));
    Document document;
    MainWindow window(&document);
    QVERIFY(window.openBundledExample());
    document.undoStack()->push(new ChangePropertyCommand(&document, QStringLiteral("vpc-web"),
                                                         QStringLiteral("name"), QStringLiteral("yonder")));
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
