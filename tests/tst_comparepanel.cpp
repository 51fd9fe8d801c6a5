#include "canvasscene.h"
#include "canvasview.h"
#include "comparepanel.h"
#include "designformat.h"
#include "document.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "overlays.h"
#include "selection.h"

#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

/// Compare with File, offscreen with real mouse and key events: the list of what changed
/// from the other file, the canvas's marks (added, changed) and ghosts (removed), edits
/// followed, entries that select, and the end of the comparison.
class TestComparePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init();
    void cleanup();
    void listsAndMarksWhatChanged();
    void followsEditsAndEnds();
    void refusesABadFile();

private:
    /// The entry under a group whose first column is `text`, or null.
    QTreeWidgetItem *entry(const QString &text) const;
    QStringList groups() const;

    Document *mDocument = nullptr;
    MainWindow *mWindow = nullptr;
    ComparePanel *mPanel = nullptr;
};

void TestComparePanel::init()
{
    // The open design let the web tier into the database; it is compared with the file
    // from before that.
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_TEST_DATA "/intents/three-tier-intents-opened.yaml"));
    QVERIFY(r.ok());
    mDocument = new Document(std::move(r.design), QStringLiteral("opened.yaml"));
    mWindow = new MainWindow(mDocument);
    mWindow->resize(1440, 900);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow));
    QAction *compare = mWindow->findChild<QAction *>(QStringLiteral("action-compare"));
    QVERIFY(compare);
    QCOMPARE(compare->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    mPanel = mWindow->comparePanel();
    QVERIFY(!mPanel->isComparing());
    QVERIFY(mWindow->compareWith(QStringLiteral(VPC_TEST_DATA "/intents/three-tier-intents.yaml")));
    QVERIFY(mWindow->dock(QStringLiteral("CompareDock"))->isVisible());
    QTRY_VERIFY(mPanel->result() && !mPanel->isComputing());
}

void TestComparePanel::cleanup()
{
    delete mWindow;
    delete mDocument;
}

QTreeWidgetItem *TestComparePanel::entry(const QString &text) const
{
    const QTreeWidget *list = mPanel->list();
    for (int g = 0; g < list->topLevelItemCount(); ++g)
        for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i)
            if (list->topLevelItem(g)->child(i)->text(0) == text)
                return list->topLevelItem(g)->child(i);
    return nullptr;
}

QStringList TestComparePanel::groups() const
{
    QStringList titles;
    for (int g = 0; g < mPanel->list()->topLevelItemCount(); ++g)
        titles.append(mPanel->list()->topLevelItem(g)->text(0));
    return titles;
}

void TestComparePanel::listsAndMarksWhatChanged()
{
    // What `diff` says, as a list: the two settings changed (and the design's own
    // description), the pairs that gained 5432, the intent whose verdict changed.
    const DesignCompare &d = *mPanel->result();
    QCOMPARE(groups().first(), QStringLiteral("Changed (3)"));
    QVERIFY(groups().contains(QStringLiteral("Reachability (%1)").arg(d.reach.size())));
    QVERIFY(groups().contains(QStringLiteral("Intents (%1)").arg(d.intents.size())));
    QVERIFY(entry(QStringLiteral("sg-db")) && entry(QStringLiteral("acl-data")));
    QVERIFY(d.widensProtected);
    // The canvas marks the changed objects amber, nothing green, no ghosts.
    CanvasScene *scene = mWindow->canvasScene();
    QCOMPARE(scene->mark(QStringLiteral("sg-db")), CanvasScene::Mark::Changed);
    QCOMPARE(scene->mark(QStringLiteral("acl-data")), CanvasScene::Mark::Changed);
    QCOMPARE(scene->mark(QStringLiteral("subnet-data-a")), CanvasScene::Mark::None);
    QVERIFY(scene->comparison()->ghosts().isEmpty());
    // A click on a reachability entry selects its two subnets and says what opened.
    QTreeWidgetItem *gained = entry(QStringLiteral("+ subnet-public-a -> subnet-data-a"));
    QVERIFY(gained);
    QVERIFY(gained->text(1).contains(QLatin1String("5432")));
    QTreeWidget *list = mPanel->list();
    list->scrollToItem(gained);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(gained).center());
    QCOMPARE(mWindow->selection()->ids(),
             (QStringList{QStringLiteral("subnet-public-a"), QStringLiteral("subnet-data-a")}));
    QVERIFY(mWindow->statusBar()->currentMessage().contains(QLatin1String("5432")));
}

void TestComparePanel::followsEditsAndEnds()
{
    CanvasScene *scene = mWindow->canvasScene();
    // Deleting an instance with the Delete key: compared again, it is listed as removed
    // and drawn as a ghost where the other file had it.
    mWindow->selection()->set({QStringLiteral("i-app-b")});
    mWindow->canvas()->setFocus();
    QTest::keyClick(mWindow->canvas(), Qt::Key_Delete);
    QVERIFY(!mDocument->design().find(QStringLiteral("i-app-b")));
    // (with it the flows that named it, which are not drawn: no ghost for them)
    QTRY_VERIFY(entry(QStringLiteral("i-app-b")));
    QTRY_VERIFY(!mPanel->isComputing());
    QTreeWidgetItem *removed = entry(QStringLiteral("i-app-b"));
    QVERIFY(removed);
    QCOMPARE(scene->comparison()->ghosts().size(), 1);
    QCOMPARE(scene->comparison()->ghosts().first().id, QStringLiteral("i-app-b"));
    QVERIFY(!scene->comparison()->ghosts().first().rect.isEmpty());
    // A click on it shows the ghost and says where it went.
    QTreeWidget *list = mPanel->list();
    list->scrollToItem(removed);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(removed).center());
    QVERIFY(mWindow->statusBar()->currentMessage().contains(QLatin1String("i-app-b")));
    // Undo brings it back: no ghost.
    QTest::keySequence(mWindow, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QVERIFY(mDocument->design().find(QStringLiteral("i-app-b")));
    QTRY_VERIFY(!entry(QStringLiteral("i-app-b")));
    QTRY_VERIFY(scene->comparison()->ghosts().isEmpty());
    // Something added is marked green.
    mWindow->selection()->clear();
    QTest::keySequence(mWindow, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)); // Add an Intent
    QTRY_VERIFY(groups().contains(QStringLiteral("Added (1)")));
    QTRY_VERIFY(!mPanel->isComputing());
    const QString added = mPanel->result()->added.front().first;
    QCOMPARE(mPanel->result()->added.front().second, QStringLiteral("intent"));
    QCOMPARE(scene->mark(added), CanvasScene::Mark::Added);
    // End Comparison takes the marks off and closes the dock.
    auto *end = mPanel->findChild<QPushButton *>(QStringLiteral("EndComparison"));
    QVERIFY(end && end->isEnabled());
    QTest::mouseClick(end, Qt::LeftButton);
    QVERIFY(!mPanel->isComparing());
    QCOMPARE(scene->mark(added), CanvasScene::Mark::None);
    QCOMPARE(scene->mark(QStringLiteral("sg-db")), CanvasScene::Mark::None);
    QVERIFY(!mWindow->dock(QStringLiteral("CompareDock"))->isVisible());
    // Further edits compute nothing.
    QTest::keySequence(mWindow, QKeySequence(Qt::CTRL | Qt::Key_Z));
    QTest::qWait(600);
    QVERIFY(!mPanel->isComputing());
    QVERIFY(!mPanel->result());
}

void TestComparePanel::refusesABadFile()
{
    // A file that cannot be read leaves the comparison as it was, with a message box.
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("vpcs: [ {id: \n");
    f.close();
    QTimer::singleShot(0, this, [] {
        // The message box is modal: close it when it shows.
        QTRY_VERIFY(QApplication::activeModalWidget());
        QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape);
    });
    QVERIFY(!mWindow->compareWith(bad));
    QVERIFY(mPanel->isComparing());
    QCOMPARE(mPanel->otherName(), QStringLiteral("three-tier-intents.yaml"));
}

QTEST_MAIN(TestComparePanel)
#include "tst_comparepanel.moc"
