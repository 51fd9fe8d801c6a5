// MainWindow: the menus, the toolbars and their shortcuts.

#include "mainwindow.h"

#include "autosaver.h"
#include "canvasview.h"
#include "document.h"
#include "findbar.h"
#include "helpwindow.h"
#include "icons.h"
#include "preferencesdialog.h"
#include "selection.h"
#include "settings.h"
#include "simulationpanel.h"
#include "timelineplot.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace {

/// The platform's keys for a standard action, then the other common conventions (Redo
/// is Ctrl+Y on one desktop and Ctrl+Shift+Z on another; users of both expect both).
QList<QKeySequence> keys(QKeySequence::StandardKey standard, std::initializer_list<QKeySequence> also = {})
{
    QList<QKeySequence> out = QKeySequence::keyBindings(standard);
    for (const QKeySequence &k : also)
        if (!out.contains(k))
            out.append(k);
    return out;
}

} // namespace

QAction *MainWindow::makeAction(const QString &text, const char *name, const QString &icon)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QLatin1String(name));
    if (!icon.isEmpty())
        a->setIcon(Icons::actionIcon(icon));
    // Every action works wherever the focus is in this window, not only from its menu.
    a->setShortcutContext(Qt::WindowShortcut);
    addAction(a);
    return a;
}

void MainWindow::createActions()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createSimulationMenu();
    createHelpMenu();
    createToolBars();
    // The tooltip of every action says its shortcut.
    for (QAction *a : findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->menu())
            continue;
        const QString tip = a->toolTip().isEmpty() ? a->text().remove(QLatin1Char('&')) : a->toolTip();
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, a->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = makeAction(tr("&New"), "action-new", QStringLiteral("new"));
    newAction->setShortcuts(keys(QKeySequence::New));
    newAction->setToolTip(tr("A new, empty design"));
    connect(newAction, &QAction::triggered, this, &MainWindow::newDesign);
    QAction *openAction = makeAction(tr("&Open..."), "action-open", QStringLiteral("open"));
    openAction->setShortcuts(keys(QKeySequence::Open));
    openAction->setToolTip(tr("Open a design file"));
    connect(openAction, &QAction::triggered, this, &MainWindow::open);
    file->addAction(newAction);
    file->addAction(openAction);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    mRecentMenu->menuAction()->setObjectName(QStringLiteral("action-recent"));
    connect(mRecentMenu, &QMenu::aboutToShow, this, &MainWindow::refreshRecentMenu);
    refreshRecentMenu();
    QMenu *examples = file->addMenu(tr("Open &Example"));
    for (const char *name : {"peered-web.yaml", "three-tier.yaml"}) {
        const QString example = QLatin1String(name);
        examples->addAction(example, this, [this, example] {
            if (maybeSave())
                openBundledExample(example);
        });
    }
    QAction *compare = makeAction(tr("Compare with &File..."), "action-compare");
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    compare->setToolTip(tr("Show what changed from another design file: objects, reachability and intents"));
    connect(compare, &QAction::triggered, this, &MainWindow::compareWithFile);
    file->addAction(compare);
    QAction *importAction = makeAction(tr("&Import CloudFormation..."), "action-import");
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_I));
    importAction->setToolTip(
        tr("Read CloudFormation templates (YAML or JSON; several are one network) into a new design"));
    connect(importAction, &QAction::triggered, this, &MainWindow::importDialog);
    file->addAction(importAction);
    file->addSeparator();
    QAction *saveAction = makeAction(tr("&Save"), "action-save", QStringLiteral("save"));
    saveAction->setShortcuts(keys(QKeySequence::Save));
    saveAction->setToolTip(tr("Save the design"));
    connect(saveAction, &QAction::triggered, this, &MainWindow::save);
    QAction *saveAsAction = makeAction(tr("Save &As..."), "action-save-as");
    saveAsAction->setShortcuts(keys(QKeySequence::SaveAs, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}));
    connect(saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    file->addAction(saveAction);
    file->addAction(saveAsAction);
    file->addSeparator();
    QAction *exportPng = makeAction(tr("Export &PNG..."), "action-export-png", QStringLiteral("export"));
    exportPng->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportPng->setToolTip(tr("Export the design as a PNG picture: area, scale, title block, legend"));
    connect(exportPng, &QAction::triggered, this, [this] { exportDialog(QStringLiteral("png")); });
    QAction *exportSvg = makeAction(tr("Export S&VG..."), "action-export-svg");
    exportSvg->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportSvg->setToolTip(tr("Export the design as an SVG drawing, text kept as text"));
    connect(exportSvg, &QAction::triggered, this, [this] { exportDialog(QStringLiteral("svg")); });
    QAction *exportPdf = makeAction(tr("Export P&DF..."), "action-export-pdf");
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    exportPdf->setToolTip(tr("Export the design as a PDF document: one page, or tiled over A4, A3 or Letter"));
    connect(exportPdf, &QAction::triggered, this, [this] { exportDialog(QStringLiteral("pdf")); });
    QAction *printAction = makeAction(tr("&Print..."), "action-print");
    printAction->setShortcuts(keys(QKeySequence::Print, {QKeySequence(Qt::CTRL | Qt::Key_P)}));
    printAction->setToolTip(tr("Print the design with its title block and legend, with a preview"));
    connect(printAction, &QAction::triggered, this, &MainWindow::print);
    file->addAction(exportPng);
    file->addAction(exportSvg);
    file->addAction(exportPdf);
    QAction *exportCfn = makeAction(tr("Export &CloudFormation..."), "action-export-cloudformation");
    exportCfn->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    exportCfn->setToolTip(tr("Write a CloudFormation template that creates the design (one per account and region)"));
    connect(exportCfn, &QAction::triggered, this, &MainWindow::exportCloudFormationDialog);
    file->addAction(exportCfn);
    file->addAction(printAction);
    file->addSeparator();
    QAction *preferences = makeAction(tr("Pre&ferences..."), "action-preferences");
    preferences->setShortcuts(keys(QKeySequence::Preferences, {QKeySequence(Qt::CTRL | Qt::Key_Comma)}));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        mAutoSaver->setInterval(Settings::autosaveSeconds());
        for (TimelinePlot *plot : findChildren<TimelinePlot *>())
            plot->setTimeUnits(TimelinePlot::defaultTimeUnits());
    });
    file->addAction(preferences);
    file->addSeparator();
    QAction *quitAction = makeAction(tr("&Quit"), "action-quit");
    quitAction->setShortcuts(keys(QKeySequence::Quit, {QKeySequence(Qt::CTRL | Qt::Key_Q)}));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    file->addAction(quitAction);
}

void MainWindow::refreshRecentMenu()
{
    mRecentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = mRecentMenu->addAction(QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName()),
                                            this, [this, path] {
                                                if (maybeSave())
                                                    openFile(path);
                                            });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (files.isEmpty())
        mRecentMenu->addAction(tr("No recent designs"))->setEnabled(false);
    mRecentMenu->addSeparator();
    QAction *clear = mRecentMenu->addAction(tr("&Clear the List"), this, [this] {
        Settings::clearRecentFiles();
        refreshRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = mDocument->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("action-undo"));
    undo->setIcon(Icons::actionIcon(QStringLiteral("undo")));
    undo->setShortcuts(keys(QKeySequence::Undo));
    QAction *redo = mDocument->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("action-redo"));
    redo->setIcon(Icons::actionIcon(QStringLiteral("redo")));
    redo->setShortcuts(
        keys(QKeySequence::Redo, {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}));
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        edit->addAction(a);
    }
    edit->addSeparator();
    QAction *cut = makeAction(tr("Cu&t"), "action-cut");
    cut->setShortcuts(keys(QKeySequence::Cut));
    connect(cut, &QAction::triggered, this, &MainWindow::cutSelection);
    QAction *copy = makeAction(tr("&Copy"), "action-copy");
    copy->setShortcuts(keys(QKeySequence::Copy));
    connect(copy, &QAction::triggered, this, &MainWindow::copySelection);
    QAction *paste = makeAction(tr("&Paste"), "action-paste");
    paste->setShortcuts(keys(QKeySequence::Paste));
    paste->setToolTip(tr("Paste into the selected VPC or subnet, or beside the originals"));
    connect(paste, &QAction::triggered, this, &MainWindow::paste);
    QAction *duplicate = makeAction(tr("D&uplicate"), "action-duplicate");
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    duplicate->setToolTip(tr("Copy the selection beside itself, with free blocks and addresses"));
    connect(duplicate, &QAction::triggered, this, &MainWindow::duplicateSelection);
    QAction *del = makeAction(tr("&Delete"), "action-delete");
    del->setShortcuts(keys(QKeySequence::Delete, {QKeySequence(Qt::Key_Backspace)}));
    connect(del, &QAction::triggered, this, &MainWindow::deleteSelection);
    QAction *all = makeAction(tr("Select &All"), "action-select-all");
    all->setShortcuts(keys(QKeySequence::SelectAll));
    connect(all, &QAction::triggered, this, &MainWindow::selectAll);
    QAction *find = makeAction(tr("&Find..."), "action-find", QStringLiteral("find"));
    find->setShortcuts(keys(QKeySequence::Find));
    find->setToolTip(tr("Find objects by id, name, CIDR or IP address"));
    connect(find, &QAction::triggered, mFindBar, &FindBar::activate);
    QAction *next = makeAction(tr("Find &Next"), "action-find-next");
    next->setShortcuts(keys(QKeySequence::FindNext));
    connect(next, &QAction::triggered, mFindBar, &FindBar::next);
    QAction *previous = makeAction(tr("Find Pre&vious"), "action-find-previous");
    previous->setShortcuts(keys(QKeySequence::FindPrevious));
    connect(previous, &QAction::triggered, mFindBar, &FindBar::previous);
    for (QAction *a : {cut, copy, paste, duplicate, del})
        edit->addAction(a);
    edit->addSeparator();
    for (QAction *a : {all, find, next, previous})
        edit->addAction(a);
    edit->addSeparator();
    QAction *bucket = makeAction(tr("Add an S3 &Bucket"), "action-add-bucket");
    bucket->setToolTip(tr("Add an S3 bucket that flows can name, with a bucket policy to edit in the inspector"));
    bucket->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(bucket, &QAction::triggered, this, [this] { addObjectAt(ObjectKind::Bucket, {}, std::nullopt); });
    edit->addAction(bucket);
    QAction *intent = makeAction(tr("Add an &Intent"), "action-add-intent");
    intent->setToolTip(tr("Add an intent: what must or must not reach what, proved over every packet"));
    intent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(intent, &QAction::triggered, this, [this] { addObjectAt(ObjectKind::Intent, {}, std::nullopt); });
    edit->addAction(intent);
    const auto update = [=, this] {
        const bool any = !mSelection->ids().isEmpty();
        for (QAction *a : {cut, copy, duplicate, del})
            a->setEnabled(any);
        paste->setEnabled(!mClipboard.isEmpty());
    };
    connect(mSelection, &Selection::changed, this, update);
    update();
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *in = makeAction(tr("Zoom &In"), "action-zoom-in");
    in->setShortcuts(
        keys(QKeySequence::ZoomIn, {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)}));
    connect(in, &QAction::triggered, mCanvas, &CanvasView::zoomIn);
    QAction *out = makeAction(tr("Zoom &Out"), "action-zoom-out");
    out->setShortcuts(keys(QKeySequence::ZoomOut, {QKeySequence(Qt::CTRL | Qt::Key_Minus)}));
    connect(out, &QAction::triggered, mCanvas, &CanvasView::zoomOut);
    QAction *fit = makeAction(tr("&Fit to Window"), "action-fit", QStringLiteral("fit"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setToolTip(tr("Zoom to show the whole design"));
    connect(fit, &QAction::triggered, mCanvas, &CanvasView::fitToWindow);
    QAction *actual = makeAction(tr("&Actual Size"), "action-actual-size");
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(actual, &QAction::triggered, mCanvas, [this] { mCanvas->setZoom(1); });
    for (QAction *a : {in, out, fit, actual})
        view->addAction(a);
    view->addSeparator();
    for (QDockWidget *d : std::as_const(mDocks))
        if (d->objectName() != QLatin1String("SimulationDock"))
            view->addAction(d->toggleViewAction());
    if (QDockWidget *reach = dock(QStringLiteral("ReachabilityDock"))) {
        QAction *toggle = reach->toggleViewAction();
        toggle->setObjectName(QStringLiteral("action-reachability"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        toggle->setToolTip(tr("The reachability matrix: what is open between every two subnets, groups or VPCs"));
    }
}

void MainWindow::createSimulationMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Simulation"));
    mModeAction = makeAction(tr("&Simulation Mode"), "action-simulation-mode", QStringLiteral("simulate"));
    mModeAction->setCheckable(true);
    mModeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    mModeAction->setToolTip(tr("Switch between designing and simulating traffic"));
    connect(mModeAction, &QAction::toggled, this, &MainWindow::setSimulationMode);
    QAction *play = makeAction(tr("&Play"), "action-play", QStringLiteral("play"));
    play->setShortcut(QKeySequence(Qt::Key_F5));
    play->setToolTip(tr("Play the scenario's traffic on the canvas (switches to simulation mode)"));
    connect(play, &QAction::triggered, this, [this] {
        if (!mSimulationMode)
            setSimulationMode(true);
        if (mSimulation->isPlaying())
            mSimulation->pause();
        else
            mSimulation->play();
    });
    connect(mSimulation, &SimulationPanel::playingChanged, this, [play](bool playing) {
        play->setText(playing ? tr("&Pause") : tr("&Play"));
        play->setIcon(Icons::actionIcon(playing ? QStringLiteral("pause") : QStringLiteral("play")));
    });
    QAction *back = makeAction(tr("Step &Back"), "action-step-back", QStringLiteral("stepback"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(back, &QAction::triggered, mSimulation, &SimulationPanel::stepBack);
    QAction *step = makeAction(tr("S&tep"), "action-step", QStringLiteral("step"));
    step->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(step, &QAction::triggered, mSimulation, &SimulationPanel::stepForward);
    for (QAction *a : {mModeAction, play, back, step})
        menu->addAction(a);
    // The steps work in simulation mode only (applyMode keeps them so).
    back->setEnabled(false);
    step->setEnabled(false);
}

void MainWindow::createHelpMenu()
{
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *manual = makeAction(tr("VPC Designer &Manual"), "action-manual", QStringLiteral("help"));
    manual->setShortcuts(keys(QKeySequence::HelpContents, {QKeySequence(Qt::Key_F1)}));
    manual->setToolTip(tr("The manual, on the page about the panel you are in"));
    connect(manual, &QAction::triggered, this, &MainWindow::helpOnFocus);
    QAction *rules = makeAction(tr("Validation &Rules"), "action-rules");
    connect(rules, &QAction::triggered, this, [this] { help()->showPage(QStringLiteral("rules")); });
    QAction *about = makeAction(tr("&About VPC Designer"), "action-about");
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] { HelpWindow::about(this); });
    QAction *aboutQt = makeAction(tr("About &Qt"), "action-about-qt");
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    QAction *lessons = makeAction(tr("&Lessons and Challenges..."), "action-lessons");
    lessons->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    lessons->setToolTip(tr("Lessons that show every fact of the course notes, and challenges the designer grades"));
    connect(lessons, &QAction::triggered, this, &MainWindow::showLessons);
    for (QAction *a : {manual, lessons, rules})
        helpMenu->addAction(a);
    helpMenu->addSeparator();
    helpMenu->addAction(about);
    helpMenu->addAction(aboutQt);
}

void MainWindow::createToolBars()
{
    mToolBar = addToolBar(tr("Main"));
    mToolBar->setObjectName(QStringLiteral("MainToolBar"));
    mToolBar->setIconSize(QSize(20, 20));
    mToolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    const char *const names[] = {"action-new",
                                 "action-open",
                                 "action-save",
                                 nullptr,
                                 "action-undo",
                                 "action-redo",
                                 nullptr,
                                 "action-fit",
                                 "action-find",
                                 nullptr,
                                 "action-simulation-mode",
                                 "action-play",
                                 nullptr,
                                 "action-export-png"};
    for (const char *name : names) {
        if (!name)
            mToolBar->addSeparator();
        else
            mToolBar->addAction(action(QLatin1String(name)));
    }
    // The mode toggle shows its name: it is the switch users look for.
    if (auto *button = mToolBar->widgetForAction(mModeAction))
        static_cast<QToolButton *>(button)->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mPlaybackBar = addToolBar(tr("Playback"));
    mPlaybackBar->setObjectName(QStringLiteral("PlaybackToolBar"));
    mPlaybackBar->setIconSize(QSize(20, 20));
    for (const char *name : {"action-step-back", "action-play", "action-step"})
        mPlaybackBar->addAction(action(QLatin1String(name)));
    mPlaybackBar->hide();
}
