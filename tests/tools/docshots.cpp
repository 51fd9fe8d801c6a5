// Makes the screenshots of docs/window.md with the program's own window, offscreen: design
// mode, simulation mode, the dark appearance, a context menu, the recovery prompt, the
// empty canvas, the find bar, and the canvas's large design. Not a test.
//
//   docshots OUTDIR [window dark context-menu recovery empty large reachability compare export-dialog]

#include "appearance.h"
#include "autosaver.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "comparepanel.h"
#include "contextmenus.h"
#include "designformat.h"
#include "document.h"
#include "exportdialog.h"
#include "findbar.h"
#include "mainwindow.h"
#include "reachabilitypanel.h"
#include "selection.h"
#include "simulationpanel.h"
#include "syntheticdesign.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {

QString gOut;

void save(const QPixmap &picture, const char *name)
{
    const QString path = QDir(gOut).filePath(QLatin1String(name));
    if (!picture.save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

/// A window on a bundled example, shown at the docs' size and settled.
std::unique_ptr<MainWindow> open(Document &document, const QString &example)
{
    auto window = std::make_unique<MainWindow>(&document);
    window->resize(1440, 900);
    window->show();
    if (!example.isEmpty())
        window->openBundledExample(example);
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    QTest::qWait(150);
    window->canvas()->fitToWindow();
    QTest::qWait(50);
    return window;
}

/// The window with a pop-up (menu, message box) drawn where it stands.
QPixmap withPopup(QWidget *window, QWidget *popup)
{
    QPixmap shot = window->grab();
    QPainter p(&shot);
    const QPoint at = popup->mapToGlobal(QPoint(0, 0)) - window->mapToGlobal(QPoint(0, 0));
    p.drawPixmap(at, popup->grab());
    return shot;
}

void designAndSimulation()
{
    Document document;
    auto window = open(document, QStringLiteral("three-tier.yaml"));
    window->selection()->set({QStringLiteral("subnet-app-a")});
    QTest::qWait(50);
    save(window->grab(), "window-design-mode.png");
    window->setSimulationMode(true);
    window->simulationPanel()->run();
    QTest::qWait(100);
    window->simulationPanel()->setTime(1.6);
    QTest::qWait(50);
    save(window->grab(), "window-simulation-mode.png");
}

void dark()
{
    Appearance::apply(Appearance::Mode::Dark);
    Document document;
    auto window = open(document, QStringLiteral("peered-web.yaml"));
    window->setSimulationMode(true);
    window->simulationPanel()->run();
    QTest::qWait(100);
    window->simulationPanel()->setTime(2.2);
    QTest::qWait(50);
    save(window->grab(), "window-dark.png");
    Appearance::apply(Appearance::Mode::System);
}

void contextMenu()
{
    Document document;
    auto window = open(document, QStringLiteral("peered-web.yaml"));
    CanvasView *canvas = window->canvas();
    const QRectF subnet = window->canvasScene()->geometry().rect(QStringLiteral("subnet-web-b"));
    const QPointF at = subnet.center() + QPointF(0, subnet.height() / 4);
    window->selection()->set({QStringLiteral("subnet-web-b")});
    QMenu *menu = window->contextMenus()->canvasMenu(QStringLiteral("subnet-web-b"), at, window.get());
    menu->popup(canvas->viewport()->mapToGlobal(canvas->mapFromScene(at)));
    QTest::qWait(100);
    save(withPopup(window.get(), menu), "context-menu.png");
    menu->close();
    delete menu;
}

void recoveryPrompt()
{
    // A copy as a crashed session leaves it: the design, the note, no lock.
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    r.design->name += QStringLiteral(" (edited)");
    QDir().mkpath(AutoSaver::folder());
    const QString base = QDir(AutoSaver::folder()).filePath(QStringLiteral("docshots"));
    QString error;
    DesignFormat::save(*r.design, base + QStringLiteral(".yaml"), &error);
    QJsonObject meta;
    meta.insert(QStringLiteral("file"), QStringLiteral("/home/ana/designs/three-tier.yaml"));
    meta.insert(QStringLiteral("name"), QStringLiteral("three-tier.yaml"));
    meta.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().addSecs(-240).toString(Qt::ISODateWithMs));
    QSaveFile note(base + QStringLiteral(".json"));
    note.open(QIODevice::WriteOnly);
    note.write(QJsonDocument(meta).toJson());
    note.commit();

    Document document;
    auto window = open(document, QStringLiteral("peered-web.yaml"));
    QTimer::singleShot(300, window.get(), [&window] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        box->move(window->geometry().center() - QPoint(box->width() / 2, box->height() / 2));
        QTest::qWait(50);
        save(withPopup(window.get(), box), "recovery-prompt.png");
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    window->offerRecovery();
}

void emptyAndFind()
{
    Document document;
    auto window = open(document, QString());
    window->action(QStringLiteral("action-new"))->trigger();
    QTest::qWait(100);
    save(window->grab(), "empty-canvas.png");
    window->openBundledExample(QStringLiteral("three-tier.yaml"));
    QTest::qWait(100);
    window->findBar()->activate();
    QTest::keyClicks(window->findBar()->field(), QStringLiteral("10.10.20.10"));
    QTest::qWait(100);
    save(window->grab(), "find-by-address.png");
}

/// A design of 345 VPCs (about 20,000 drawn items), fit to the window.
void largeDesign()
{
    Document document(makeSyntheticDesign({345}), QString());
    auto window = open(document, QString());
    window->canvas()->fitToWindow();
    QTest::qWait(100);
    save(window->grab(), "window-large-design.png");
}

/// An intent broken and the reachability matrix of the three-tier example (docs/intents.md).
void intentsAndReachability()
{
    Document document;
    auto window = open(document, QStringLiteral("three-tier.yaml"));
    window->action(QStringLiteral("action-add-intent"))->trigger();
    window->action(QStringLiteral("action-reachability"))->trigger();
    auto *panel = window->reachabilityPanel();
    if (!QTest::qWaitFor([panel] { return panel->matrix() && !panel->isComputing(); }, 20000))
        std::fprintf(stderr, "the matrix did not come\n");
    QTest::qWait(200);
    save(window->grab(), "reachability.png");
}

/// Compare with File (docs/intents.md): the design that let the web tier into the
/// database, with an instance deleted and an intent added, compared with the file before.
void compareWithFile()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_TEST_DATA "/intents/three-tier-intents-opened.yaml"));
    Document document(std::move(r.design), QStringLiteral("opened.yaml"));
    auto window = open(document, QString());
    window->selection()->set({QStringLiteral("i-app-b")});
    window->action(QStringLiteral("action-delete"))->trigger();
    window->action(QStringLiteral("action-add-intent"))->trigger();
    window->selection()->clear();
    window->compareWith(QStringLiteral(VPC_TEST_DATA "/intents/three-tier-intents.yaml"));
    auto *panel = window->comparePanel();
    if (!QTest::qWaitFor([panel] { return panel->result() && !panel->isComputing(); }, 20000))
        std::fprintf(stderr, "the comparison did not come\n");
    window->canvas()->fitToWindow();
    QTest::qWait(200);
    save(window->grab(), "compare.png");
}

/// File > Export... on the three-tier example (docs/diagrams.md): PDF on A4, title block
/// and legend on.
void exportDialog()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    Document document(std::move(r.design), QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    auto window = open(document, QString());
    QSettings s;
    s.setValue(QStringLiteral("export/title"), true);
    s.setValue(QStringLiteral("export/legend"), true);
    s.setValue(QStringLiteral("export/page"), int(DiagramRenderer::Options::Page::A4));
    ExportDialog dialog(window->canvas()->canvasScene(), QRectF(), {},
                        QDir::home().filePath(QStringLiteral("three-tier.pdf")), window.get());
    dialog.setFormat(QStringLiteral("pdf"));
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        std::fprintf(stderr, "the export dialog did not show\n");
    QTest::qWait(300);
    save(dialog.grab(), "export-dialog.png");
}

} // namespace

int main(int argc, char **argv)
{
    // A desktop-sized offscreen screen (the plugin's own is 800x800).
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" VPC_TEST_DATA "/offscreen/desktop.json");
    QStandardPaths::setTestModeEnabled(true); // the user's settings and recovery folder stay untouched
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VPC Designer Docs"));
    QCoreApplication::setApplicationName(QStringLiteral("vpc-designer"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: docshots OUTDIR\n");
        return 2;
    }
    gOut = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(gOut);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    // docshots OUTDIR [NAME...]: all the pictures, or the named ones only.
    const std::vector<std::pair<const char *, void (*)()>> shots{{"window", designAndSimulation},
                                                                 {"dark", dark},
                                                                 {"context-menu", contextMenu},
                                                                 {"recovery", recoveryPrompt},
                                                                 {"empty", emptyAndFind},
                                                                 {"large", largeDesign},
                                                                 {"reachability", intentsAndReachability},
                                                                 {"compare", compareWithFile},
                                                                 {"export-dialog", exportDialog}};
    QStringList only;
    for (int i = 2; i < argc; ++i)
        only.append(QString::fromLocal8Bit(argv[i]));
    for (const auto &[name, shot] : shots)
        if (only.isEmpty() || only.contains(QLatin1String(name)))
            shot();
    return 0;
}
