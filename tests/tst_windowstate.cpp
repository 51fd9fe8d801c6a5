#include "appearance.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "designformat.h"
#include "document.h"
#include "flowlogpage.h"
#include "helpwindow.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "packetoverlay.h"
#include "settings.h"
#include "simulationpanel.h"
#include "timelineplot.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

#include <qcustomplot.h>

#include <functional>

/// The window's modes, what it keeps between runs and how it looks, offscreen: the
/// toggle clears every trace of the simulation; the canvas has most of the window;
/// recent files, geometry and zoom survive a restart; dropped files open; a dark
/// palette darkens canvas, overview and timeline; F1 and About.
class TestWindowState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void toggleClearsTheOverlay();
    void flowsHaveVisibleEnds();
    void openingStartsInDesignMode();
    void canvasHasMostOfTheWindow();
    void recentFilesSurviveARestart();
    void geometryAndZoomSurviveARestart();
    void flowLogSplitSurvivesARestart();
    void dropOpens();
    void darkPaletteDarkensCanvasOverviewAndTimeline();
    void helpOnTheFocusedPanel();
    void aboutNamesVersionsAndLicences();

private:
    static double lightness(const QImage &image, const QRect &area);
    QString saveExample(const QString &name) const;

    QTemporaryDir mDir;
};

void TestWindowState::initTestCase()
{
    isolateSettings();
    QVERIFY(mDir.isValid());
}

void TestWindowState::init()
{
    QSettings().clear();
    Appearance::apply(Appearance::Mode::System);
}

void TestWindowState::cleanup()
{
    Appearance::apply(Appearance::Mode::System);
}

QString TestWindowState::saveExample(const QString &name) const
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"));
    const QString path = mDir.filePath(name);
    QString error;
    if (!DesignFormat::save(*r.design, path, &error))
        qWarning() << error;
    return path;
}

double TestWindowState::lightness(const QImage &image, const QRect &area)
{
    double sum = 0;
    int n = 0;
    for (int y = area.top(); y < area.bottom(); y += 7)
        for (int x = area.left(); x < area.right(); x += 7) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++n;
        }
    return n ? sum / n : 0;
}

void TestWindowState::toggleClearsTheOverlay()
{
    Document document;
    MainWindow window(&document);
    window.show();
    QVERIFY(window.openBundledExample());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PacketOverlay *overlay = window.canvasScene()->packets();
    QVERIFY(!overlay->isVisible());
    QVERIFY(window.dock(QStringLiteral("SimulationDock"))->isHidden());
    // The toolbar's toggle, clicked.
    auto *toggle = qobject_cast<QToolButton *>(
        window.mainToolBar()->widgetForAction(window.action(QStringLiteral("action-simulation-mode"))));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(window.isSimulationMode());
    QVERIFY(window.dock(QStringLiteral("SimulationDock"))->isVisible());
    window.simulationPanel()->setTime(1);
    QVERIFY(overlay->isVisible());
    QVERIFY(overlay->packetCount() > 0);
    QVERIFY(overlay->endCount() > 0);
    // And off: nothing of the simulation stays on the canvas.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!window.isSimulationMode());
    QVERIFY(!overlay->isVisible());
    QCOMPARE(overlay->packetCount(), 0);
    QCOMPARE(overlay->endCount(), 0);
    QVERIFY(window.dock(QStringLiteral("SimulationDock"))->isHidden());
    // Playback does not bring it back; the shortcut does.
    window.simulationPanel()->setTime(2);
    QCOMPARE(overlay->packetCount(), 0);
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
    QVERIFY(window.isSimulationMode());
    // Stepping works in simulation mode only, however it was entered.
    QVERIFY(window.action(QStringLiteral("action-step"))->isEnabled());
    window.setSimulationMode(false);
    QVERIFY(!window.action(QStringLiteral("action-step"))->isEnabled());
    window.simulateBetween(QStringLiteral("i-web-a"), QStringLiteral("i-db"));
    QVERIFY(window.action(QStringLiteral("action-step"))->isEnabled());
    QVERIFY(window.action(QStringLiteral("action-step-back"))->isEnabled());
    // Closing the panel leaves the mode.
    window.dock(QStringLiteral("SimulationDock"))->close();
    QTRY_VERIFY(!window.isSimulationMode());
    QVERIFY(!overlay->isVisible());
}

void TestWindowState::flowsHaveVisibleEnds()
{
    Document document;
    MainWindow window(&document);
    window.resize(1440, 900);
    window.show();
    QVERIFY(window.openBundledExample());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setSimulationMode(true);
    window.simulationPanel()->setTime(0.3);
    PacketOverlay *overlay = window.canvasScene()->packets();
    // users-a and ssh-probe come from the internet, web-s3 goes to S3.
    QCOMPARE(overlay->endCount(), 3);
    // They stand inside the canvas's view, whatever it shows.
    QTRY_VERIFY(window.canvas()->showsWholeDesign());
    const QRectF shown = window.canvas()->mapToScene(window.canvas()->viewport()->rect()).boundingRect();
    for (int i = 0; i < overlay->endCount(); ++i)
        QVERIFY(shown.contains(overlay->endRect(i)));
    // Fit leaves them room: the design does not lie under them.
    window.canvas()->fitToWindow();
    for (int i = 0; i < overlay->endCount(); ++i)
        QVERIFY(!overlay->endRect(i).intersects(window.canvasScene()->geometry().bounds()));
    window.canvas()->zoomIn();
    window.canvas()->zoomIn();
    const QRectF zoomed = window.canvas()->mapToScene(window.canvas()->viewport()->rect()).boundingRect();
    QVERIFY(zoomed.contains(overlay->endRect(0)));
}

void TestWindowState::openingStartsInDesignMode()
{
    Document document;
    MainWindow window(&document);
    window.show();
    QVERIFY(window.openBundledExample());
    window.setSimulationMode(true);
    QVERIFY(window.openFile(saveExample(QStringLiteral("again.yaml"))));
    QVERIFY(!window.isSimulationMode());
    QVERIFY(!window.canvasScene()->packets()->isVisible());
}

void TestWindowState::canvasHasMostOfTheWindow()
{
    Document document;
    MainWindow window(&document);
    window.resize(1440, 900);
    window.show();
    QVERIFY(window.openBundledExample());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The docks take their sizes after the first show, in posted events: a first wait, then
    // retries (a fixed 50 ms alone failed once on a busy machine).
    QTest::qWait(50);
    const auto share = [&] { return double(window.canvas()->width() * window.canvas()->height()) / (1440.0 * 900.0); };
    QTRY_VERIFY2(share() >= 0.65, qPrintable(QString::number(share())));
    // The palette shows every entry without scrolling.
    QDockWidget *palette = window.dock(QStringLiteral("PaletteDock"));
    QTRY_VERIFY(palette->widget()->height() >= palette->widget()->sizeHint().height() - 2);
}

void TestWindowState::recentFilesSurviveARestart()
{
    const QString a = saveExample(QStringLiteral("a.yaml"));
    const QString b = saveExample(QStringLiteral("b.yaml"));
    {
        Document document;
        MainWindow window(&document);
        window.show();
        QVERIFY(window.openFile(a));
        QVERIFY(window.openFile(b));
        window.close();
    }
    Document document;
    MainWindow window(&document);
    QMenu *recent = window.action(QStringLiteral("action-recent"))->menu();
    Q_EMIT recent->aboutToShow();
    QStringList entries;
    for (QAction *x : recent->actions())
        if (!x->isSeparator() && x->isEnabled() && !x->toolTip().isEmpty() &&
            x->toolTip().endsWith(QLatin1String(".yaml")))
            entries.append(x->toolTip());
    QCOMPARE(entries, (QStringList{b, a})); // newest first
    // A file that went is pruned.
    QFile::remove(a);
    Q_EMIT recent->aboutToShow();
    entries.clear();
    for (QAction *x : recent->actions())
        if (x->toolTip().endsWith(QLatin1String(".yaml")))
            entries.append(x->toolTip());
    QCOMPARE(entries, QStringList{b});
    // Choosing it opens it.
    recent->actions().first()->trigger();
    QCOMPARE(document.fileName(), b);
}

void TestWindowState::geometryAndZoomSurviveARestart()
{
    const QString path = saveExample(QStringLiteral("zoom.yaml"));
    qreal zoom = 0;
    QRect geometry;
    {
        Document document;
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(700, 500);
        QVERIFY(window.openFile(path));
        window.canvas()->setZoom(0.2); // the whole design in sight: nothing may fit it again
        zoom = window.canvas()->zoom();
        window.dock(QStringLiteral("OverviewDock"))->hide();
        geometry = window.geometry();
        QVERIFY(window.close());
    }
    Document document;
    MainWindow window(&document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), geometry.size());
    QVERIFY(window.dock(QStringLiteral("OverviewDock"))->isHidden());
    QVERIFY(window.openFile(path));
    QTest::qWait(300); // nothing queued after the opening fits it again
    QVERIFY(qAbs(window.canvas()->zoom() - zoom) < 1e-3);
}

void TestWindowState::flowLogSplitSurvivesARestart()
{
    // The timeline dragged narrow beside the records stays narrow in the next run.
    // Each run: a window on the example, in simulation mode, on the flow-log page.
    const auto run = [](const std::function<void(MainWindow &, QSplitter *)> &check) {
        Document document;
        MainWindow window(&document);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openBundledExample());
        window.setSimulationMode(true);
        window.simulationPanel()->tabs()->setCurrentWidget(window.simulationPanel()->flowLogs());
        auto *split = window.simulationPanel()->flowLogs()->findChild<QSplitter *>(QStringLiteral("FlowLogSplit"));
        QVERIFY(split);
        QTRY_VERIFY(split->isVisible());
        check(window, split);
    };
    QList<int> sizes;
    run([&](MainWindow &window, QSplitter *split) {
        const int total = split->sizes().value(0) + split->sizes().value(1);
        split->setSizes({total / 5, total - total / 5});
        sizes = split->sizes();
        window.setSimulationMode(false);
        QVERIFY(window.close());
    });
    QVERIFY(!sizes.isEmpty());
    run([&](MainWindow &, QSplitter *split) { QCOMPARE(split->sizes(), sizes); });
}

void TestWindowState::dropOpens()
{
    const QString path = saveExample(QStringLiteral("dropped.yaml"));
    Document document;
    MainWindow window(&document);
    window.show();
    QVERIFY(window.openBundledExample());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QWidget *viewport = window.canvas()->viewport();
    const QPoint pos(100, 100);
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QTRY_COMPARE(document.fileName(), path);
    // Anything but a design is refused.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(mDir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(pos, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestWindowState::darkPaletteDarkensCanvasOverviewAndTimeline()
{
    Document document;
    MainWindow window(&document);
    window.resize(1440, 900);
    window.show();
    QVERIFY(window.openBundledExample());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage light = window.canvas()->viewport()->grab().toImage();
    QVERIFY(lightness(light, light.rect()) > 0.8);
    Appearance::apply(Appearance::Mode::Dark);
    QTRY_VERIFY(window.canvasScene()->theme().dark);
    const QImage dark = window.canvas()->viewport()->grab().toImage();
    QVERIFY2(lightness(dark, dark.rect()) < 0.3, qPrintable(QString::number(lightness(dark, dark.rect()))));
    // Text stays readable: the theme's text against its fills.
    const CanvasTheme &t = window.canvasScene()->theme();
    const auto contrast = [](const QColor &a, const QColor &b) {
        const auto l = [](const QColor &c) {
            const auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
        };
        const double x = l(a), y = l(b);
        return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
    };
    for (const QColor &fill : {t.background, t.vpcFill, t.publicFill, t.privateFill, t.chipFill})
        QVERIFY2(contrast(t.text, fill) >= 4.5, qPrintable(fill.name()));
    QWidget *overview = window.dock(QStringLiteral("OverviewDock"))->widget();
    window.dock(QStringLiteral("OverviewDock"))->raise();
    QTRY_VERIFY(overview->isVisible());
    const QImage map = overview->grab().toImage();
    QVERIFY(lightness(map, map.rect()) < 0.35);
    window.setSimulationMode(true);
    TimelinePlot *plot = window.simulationPanel()->timeline();
    const QImage plotted = plot->plot()->toPixmap(300, 200).toImage();
    QVERIFY(lightness(plotted, plotted.rect()) < 0.35);
    QVERIFY(plot->plot()->xAxis->tickLabelColor().lightnessF() > 0.7);
    // Exports stay light: they go into documents.
    QTemporaryDir out;
    QVERIFY(window.exportTo(out.filePath(QStringLiteral("d.png"))));
    const QImage exported(out.filePath(QStringLiteral("d.png")));
    QVERIFY(lightness(exported, exported.rect()) > 0.8);
}

void TestWindowState::helpOnTheFocusedPanel()
{
    Document document;
    MainWindow window(&document);
    window.show();
    QVERIFY(window.openBundledExample());
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.canvas()->setFocus();
    QTRY_VERIFY(window.canvas()->hasFocus());
    QTest::keyClick(window.canvas(), Qt::Key_F1);
    HelpWindow *help = window.help();
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(help->currentPage(), QStringLiteral("canvas.md"));
    QVERIFY(help->browser()->toPlainText().contains(QLatin1String("The canvas")));
    window.setSimulationMode(true);
    window.simulationPanel()->setFocus();
    window.helpOnFocus();
    QCOMPARE(help->currentPage(), QStringLiteral("simulation.md"));
    // Every page of the manual is there, and its pictures load.
    for (const QString &page : HelpWindow::pages()) {
        help->showPage(page);
        QVERIFY2(help->browser()->toPlainText().size() > 200, qPrintable(page));
    }
    help->showPage(QStringLiteral("canvas.md"));
    const QVariant picture = help->browser()->loadResource(QTextDocument::ImageResource,
                                                           QUrl(QStringLiteral("screenshots/window-three-tier.png")));
    QVERIFY(picture.isValid());
}

void TestWindowState::aboutNamesVersionsAndLicences()
{
    const QString text = HelpWindow::aboutText();
    for (const char *part : {"Qt " QT_VERSION_STR, "QCustomPlot", "yaml-cpp", "zlib", "LGPL", "GPL", "MIT"})
        QVERIFY2(text.contains(QLatin1String(part)), part);
    Document document;
    MainWindow window(&document);
    QVERIFY(window.action(QStringLiteral("action-about")));
    QVERIFY(window.action(QStringLiteral("action-manual")));
    QStringList menus;
    for (QAction *m : window.menuBar()->actions())
        menus.append(m->text().remove(QLatin1Char('&')));
    QCOMPARE(menus.last(), QStringLiteral("Help"));
}

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
