#include "autosaver.h"
#include "designformat.h"
#include "document.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "palettewidget.h"
#include "selection.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

/// Recovery copies: a designer with unsaved work is killed (a real child process, sent
/// SIGKILL), and the next start offers the copy and restores it; a clean quit and a save
/// leave none; a running session's copy is not offered to another.
class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void init() { QDir(AutoSaver::folder()).removeRecursively(); }
    void killedDesignerIsRestored();
    void cleanQuitLeavesNoCopy();
    void saveRemovesTheCopy();
    void runningSessionIsNotOffered();
    void discardRemovesTheCopy();

private:
    /// Starts this program as a designer that adds a VPC, waits for its recovery copy and
    /// then `ends` ("kill": waits to be killed; "quit": closes its window).
    static std::unique_ptr<QProcess> startChild(const QString &ends);
    /// Reads the child's output until it says its copy is written (false: it never did).
    static bool waitUntilSaved(QProcess &child, QByteArray &out);
    /// Clicks the button of the recovery prompt that has this text.
    static void answerPrompt(const QString &button);
};

namespace {

/// The child: the window as the designer runs it, its work made with real key events.
int childMain(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VPC Designer Tests"));
    // The parent's folder (isolatedsettings.h): this program's name in the application name.
    QCoreApplication::setApplicationName(QStringLiteral("vpc-designer-") +
                                         QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    const QString ends = QString::fromLocal8Bit(argv[2]);
    Document document;
    MainWindow window(&document);
    window.show();
    window.openBundledExample();
    window.autoSaver()->setInterval(1);
    // A VPC from the palette, as a user adds one: Enter on its entry.
    window.palette()->setFocus();
    window.palette()->setCurrentRow(window.palette()->rowOf(ObjectKind::Vpc));
    QTest::keyClick(window.palette(), Qt::Key_Return);
    std::printf("added %s\n", qPrintable(window.selection()->current()));
    std::fflush(stdout);
    QObject::connect(window.autoSaver(), &AutoSaver::saved, &window, [&](const QString &path) {
        std::printf("saved %s\n", qPrintable(path));
        std::fflush(stdout);
        if (ends == QLatin1String("quit")) {
            // A clean quit: the unsaved work is thrown away when asked.
            QTimer::singleShot(0, &window, [&] {
                QTimer::singleShot(0, [] {
                    if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                        box->button(QMessageBox::Discard)->click();
                });
                window.close();
                app.quit();
            });
        }
    });
    return app.exec();
}

} // namespace

std::unique_ptr<QProcess> TestRecovery::startChild(const QString &ends)
{
    auto child = std::make_unique<QProcess>();
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), ends});
    return child;
}

bool TestRecovery::waitUntilSaved(QProcess &child, QByteArray &out)
{
    while (!out.contains("saved ")) {
        if (!child.waitForReadyRead(20000))
            return false;
        out += child.readAll();
    }
    return true;
}

void TestRecovery::answerPrompt(const QString &button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *b : box->buttons())
            if (b->text().remove(QLatin1Char('&')) == button)
                b->click();
    });
}

void TestRecovery::killedDesignerIsRestored()
{
    auto child = startChild(QStringLiteral("kill"));
    QByteArray out;
    QVERIFY2(waitUntilSaved(*child, out), out.constData());
    const QString added = QString::fromLatin1(out.split('\n').first().mid(6));
    QVERIFY(added.startsWith(QLatin1String("vpc-")));
    child->kill(); // SIGKILL: no clean-up of any kind
    QVERIFY(child->waitForFinished());
    QCOMPARE(child->exitStatus(), QProcess::CrashExit);

    const QList<RecoveryCopy> copies = AutoSaver::orphans();
    QCOMPARE(copies.size(), 1);
    QVERIFY(copies.first().savedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QCOMPARE(copies.first().displayName, QStringLiteral("peered-web.yaml"));

    // The next start offers it; Restore brings the work back, unsaved.
    Document document;
    MainWindow window(&document);
    window.show();
    QVERIFY(window.openBundledExample());
    answerPrompt(QStringLiteral("Restore"));
    window.offerRecovery();
    QVERIFY(document.design().findVpc(added));
    QVERIFY(document.isModified());
    QVERIFY(window.windowTitle().startsWith(QLatin1String("peered-web.yaml")));
    // Taken over by this session: the old copy goes once the session's own is written.
    QTRY_VERIFY(AutoSaver::orphans().isEmpty());
    QVERIFY(window.autoSaver()->sessionId() != copies.first().id);
    QVERIFY(QFileInfo::exists(
        QDir(AutoSaver::folder()).filePath(window.autoSaver()->sessionId() + QStringLiteral(".yaml"))));
}

void TestRecovery::cleanQuitLeavesNoCopy()
{
    auto child = startChild(QStringLiteral("quit"));
    QVERIFY(child->waitForStarted());
    QVERIFY(child->waitForFinished(30000));
    QCOMPARE(child->exitStatus(), QProcess::NormalExit);
    QVERIFY2(child->readAllStandardOutput().contains("saved "), "no copy was made before the quit");
    QVERIFY(AutoSaver::orphans().isEmpty());
    QVERIFY(QDir(AutoSaver::folder()).entryList({QStringLiteral("*.yaml")}, QDir::Files).isEmpty());
}

void TestRecovery::saveRemovesTheCopy()
{
    Document document;
    MainWindow window(&document);
    QVERIFY(window.openBundledExample());
    window.addFromPalette(ObjectKind::Vpc);
    QSignalSpy saved(window.autoSaver(), &AutoSaver::saved);
    window.autoSaver()->saveNow();
    QVERIFY(saved.wait(10000));
    const QString copy = saved.first().first().toString();
    QVERIFY(QFileInfo::exists(copy));
    // The copy is the design: it reads back the same.
    LoadResult r = DesignFormat::load(copy);
    QVERIFY(r.ok());
    QCOMPARE(DesignFormat::write(*r.design), DesignFormat::write(document.design()));
    QTemporaryDir dir;
    QVERIFY(window.saveTo(dir.filePath(QStringLiteral("kept.yaml"))));
    QVERIFY(!QFileInfo::exists(copy));
    // Nothing to copy while nothing changed since the save.
    window.autoSaver()->saveNow();
    QVERIFY(!window.autoSaver()->isBusy());
}

void TestRecovery::runningSessionIsNotOffered()
{
    Document document;
    MainWindow window(&document);
    QVERIFY(window.openBundledExample());
    window.addFromPalette(ObjectKind::Vpc);
    QSignalSpy saved(window.autoSaver(), &AutoSaver::saved);
    window.autoSaver()->saveNow();
    QVERIFY(saved.wait(10000));
    QVERIFY(AutoSaver::orphans().isEmpty()); // its lock is held by a live session
    window.autoSaver()->discard();
}

void TestRecovery::discardRemovesTheCopy()
{
    auto child = startChild(QStringLiteral("kill"));
    QByteArray out;
    QVERIFY2(waitUntilSaved(*child, out), out.constData());
    child->kill();
    child->waitForFinished();
    QCOMPARE(AutoSaver::orphans().size(), 1);
    Document document;
    MainWindow window(&document);
    QVERIFY(window.openBundledExample());
    answerPrompt(QStringLiteral("Discard"));
    window.offerRecovery();
    QVERIFY(!document.isModified());
    QVERIFY(AutoSaver::orphans().isEmpty());
}

int main(int argc, char **argv)
{
    if (argc > 2 && qstrcmp(argv[1], "--child") == 0)
        return childMain(argc, argv);
    QApplication app(argc, argv);
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
