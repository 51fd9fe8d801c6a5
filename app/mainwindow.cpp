#include "mainwindow.h"

#include "autosaver.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "comparepanel.h"
#include "contextmenus.h"
#include "designloader.h"
#include "document.h"
#include "emptycanvashint.h"
#include "findbar.h"
#include "flowlogpage.h"
#include "helpwindow.h"
#include "inspector.h"
#include "issuespanel.h"
#include "lessonpane.h"
#include "outlinemodel.h"
#include "overviewwidget.h"
#include "packetoverlay.h"
#include "palettewidget.h"
#include "reachabilitypanel.h"
#include "selection.h"
#include "settings.h"
#include "simulationpanel.h"
#include "validationengine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoView>
#include <QVBoxLayout>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {

/// Bumped when the docks change so much that an old saved state would misplace them.
constexpr int StateVersion = 2;
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString FlowLogSplitKey = QStringLiteral("window/flow-log-split");

} // namespace

MainWindow::MainWindow(Document *document, QWidget *parent)
    : QMainWindow(parent), mDocument(document), mEngine(new ValidationEngine(document, this)),
      mSelection(new Selection(this)), mScene(new CanvasScene(document, mEngine, this)),
      mCanvas(new CanvasView(mScene, mSelection)), mOutlineModel(new OutlineModel(document, this)),
      mOutlineView(new QTreeView(this)), mPalette(new PaletteWidget(this)), mLoader(new DesignLoader(this)),
      mAutoSaver(new AutoSaver(document, this)), mContextMenus(new ContextMenus(this))
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    // The canvas with the find bar over it.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    mFindBar = new FindBar(document, mSelection, centre);
    mFindBar->hide();
    mCanvas->setParent(centre);
    centreLayout->addWidget(mFindBar);
    centreLayout->addWidget(mCanvas, 1);
    setCentralWidget(centre);
    connect(mFindBar, &FindBar::closed, mCanvas, [this] { mCanvas->setFocus(); });

    mOutlineView->setObjectName(QStringLiteral("Outline"));
    mOutlineView->setModel(mOutlineModel);
    mOutlineView->setUniformRowHeights(true);
    mOutlineView->setAlternatingRowColors(true);
    mOutlineView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mOutlineView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    createDocks();
    createLessonPane();
    createActions();
    connectOutline();
    connectContextMenus();
    statusBar()->setObjectName(QStringLiteral("StatusBar"));
    connect(mCanvas, &CanvasView::statusMessage, this, [this](const QString &m) {
        if (m.isEmpty())
            statusBar()->clearMessage();
        else
            showStatus(m);
    });
    connect(mCanvas, &CanvasView::filesDropped, this, [this](const QStringList &files) {
        // Opening may ask about unsaved changes: not while the drag's source waits.
        QTimer::singleShot(0, this, [this, files] { openDropped(files); });
    });
    connect(mPalette, &PaletteWidget::addRequested, this, &MainWindow::addFromPalette);
    connect(mPalette, &PaletteWidget::helpRequested, this, [this] { help()->showPage(QStringLiteral("canvas.md")); });
    connect(mCanvas->emptyHint(), &EmptyCanvasHint::addVpcRequested, this, [this] { addFromPalette(ObjectKind::Vpc); });
    connect(mCanvas->emptyHint(), &EmptyCanvasHint::exampleRequested, this, [this] {
        if (maybeSave())
            openBundledExample(QStringLiteral("three-tier.yaml"));
    });
    connect(mCanvas->emptyHint(), &EmptyCanvasHint::openRequested, this, &MainWindow::open);
    connect(mCanvas->emptyHint(), &EmptyCanvasHint::lessonsRequested, this, &MainWindow::showLessons);
    connect(mAutoSaver, &AutoSaver::failed, this, [this](const QString &m) { showStatus(m, 10000); });
    mAutoSaver->setInterval(Settings::autosaveSeconds());
    connect(mLoader, &DesignLoader::finished, this, &MainWindow::adoptLoaded);
    connect(mDocument, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &Document::designReset, this, [this] {
        applyMode(false, false); // a design opens in design mode, at its own view (below)
        mSelection->clear();
        mOutlineView->expandToDepth(0);
        mCanvas->fitToWindow();
        restoreViewOfFile();
        updateTitle();
    });
    connect(mDocument, &Document::objectRemoved, mSelection, [this](const QString &id) { mSelection->forget(id); });
    connect(mDocument, &Document::objectRenamed, mSelection, &Selection::rename);
    mOutlineView->expandToDepth(0);
    updateTitle();
    placeOnScreen();
}

MainWindow::~MainWindow()
{
    // The canvas's items reach into the scene; the view goes first.
    delete mCanvas;
    delete mHelp;
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &title, const char *name, QWidget *widget, Qt::DockWidgetArea area) {
        return addDock(title, name, widget, area);
    };
    // Left: what to add, and what there is. Right: the selected object, the findings, the
    // map. Bottom: the simulation, in simulation mode only.
    QDockWidget *palette = dock(tr("Palette"), "PaletteDock", mPalette, Qt::LeftDockWidgetArea);
    QDockWidget *outline = dock(tr("Outline"), "OutlineDock", mOutlineView, Qt::LeftDockWidgetArea);
    splitDockWidget(palette, outline, Qt::Vertical);
    mInspector = new Inspector(mDocument, mSelection, this);
    QDockWidget *inspector = dock(tr("Inspector"), "InspectorDock", mInspector, Qt::RightDockWidgetArea);
    mIssues = new IssuesPanel(mEngine, mSelection, this);
    QDockWidget *issues = dock(tr("Issues"), "IssuesDock", mIssues, Qt::RightDockWidgetArea);
    QDockWidget *overview =
        dock(tr("Overview"), "OverviewDock", new OverviewWidget(mCanvas, this), Qt::RightDockWidgetArea);
    QDockWidget *history =
        dock(tr("History"), "HistoryDock", new QUndoView(mDocument->undoStack(), this), Qt::RightDockWidgetArea);
    splitDockWidget(inspector, issues, Qt::Vertical);
    tabifyDockWidget(issues, overview);
    tabifyDockWidget(overview, history);
    issues->raise();
    mSimulation = new SimulationPanel(mDocument, mSelection, mScene, this);
    QDockWidget *simulation = dock(tr("Simulation"), "SimulationDock", mSimulation, Qt::BottomDockWidgetArea);
    simulation->hide();
    simulation->installEventFilter(this); // closing it leaves simulation mode
    // The reachability matrix: beside the simulation, shown on demand (View or Ctrl+Shift+R).
    mReachability = new ReachabilityPanel(mDocument, mSelection, this);
    QDockWidget *reach = dock(tr("Reachability"), "ReachabilityDock", mReachability, Qt::BottomDockWidgetArea);
    reach->hide();
    connect(mReachability, &ReachabilityPanel::statusMessage, this, [this](const QString &m) { showStatus(m); });
    connect(mReachability, &ReachabilityPanel::replayRequested, this, &MainWindow::replayPacket);
    createCompareDock(reach);
    connect(mSimulation, &SimulationPanel::statusMessage, this, [this](const QString &m) { showStatus(m); });
    // Docks may shrink far on a small screen; their content scrolls.
    for (QDockWidget *d : std::as_const(mDocks))
        d->widget()->setMinimumSize(60, 40);
}

QDockWidget *MainWindow::addDock(const QString &title, const char *name, QWidget *widget, Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(title, this);
    d->setObjectName(QLatin1String(name));
    widget->setParent(d);
    d->setWidget(widget);
    addDockWidget(area, d);
    mDocks.append(d);
    return d;
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *d : mDocks)
        if (d->objectName() == objectName)
            return d;
    return nullptr;
}

void MainWindow::showDock(const QString &objectName)
{
    if (QDockWidget *d = dock(objectName)) {
        d->show();
        d->raise();
    }
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::connectOutline()
{
    // Outline -> selection.
    connect(mOutlineView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QStringList ids;
        for (const QModelIndex &i : mOutlineView->selectionModel()->selectedRows())
            ids.append(mOutlineModel->idAt(i));
        mSelection->set(ids);
    });
    // Selection -> outline, without echoing back.
    const auto show = [this](const QStringList &ids) {
        QItemSelection rows;
        for (const QString &id : ids) {
            const QModelIndex i = mOutlineModel->indexOf(id);
            if (i.isValid())
                rows.select(i, mOutlineModel->indexOf(id, OutlineModel::DetailColumn));
        }
        const QSignalBlocker block(mOutlineView->selectionModel());
        mOutlineView->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
        mOutlineView->viewport()->update();
    };
    connect(mSelection, &Selection::changed, this, show);
    connect(mSelection, &Selection::focusRequested, this, [this](const QStringList &ids) {
        const QModelIndex i = mOutlineModel->indexOf(ids.first());
        if (i.isValid())
            mOutlineView->scrollTo(i);
    });
    connect(mOutlineView, &QTreeView::activated, this,
            [this](const QModelIndex &i) { mSelection->set({mOutlineModel->idAt(i)}, true); });
}

void MainWindow::connectContextMenus()
{
    connect(mCanvas, &CanvasView::contextMenuRequested, this,
            [this](const QString &id, const QPointF &scenePos, const QPoint &global) {
                mContextMenus->popup(mContextMenus->canvasMenu(id, scenePos, this), global);
            });
    mOutlineView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mOutlineView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = mOutlineView->indexAt(pos);
        if (index.isValid() && !mSelection->contains(mOutlineModel->idAt(index)))
            mSelection->set({mOutlineModel->idAt(index)});
        mContextMenus->popup(mContextMenus->outlineMenu(index, this), mOutlineView->viewport()->mapToGlobal(pos));
    });
    QTableView *issues = mIssues->view();
    issues->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(issues, &QWidget::customContextMenuRequested, this, [this, issues](const QPoint &pos) {
        const QModelIndex index = issues->indexAt(pos);
        if (!index.isValid())
            return;
        issues->selectRow(index.row());
        mContextMenus->popup(mContextMenus->issuesMenu(index.row(), this), issues->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::setSimulationMode(bool on)
{
    applyMode(on, true);
}

void MainWindow::applyMode(bool on, bool refit)
{
    const bool changed = on != mSimulationMode;
    mSimulationMode = on;
    if (mModeAction) {
        const QSignalBlocker block(mModeAction);
        mModeAction->setChecked(on);
    }
    // Stepping is for simulation mode.
    for (const char *name : {"action-step-back", "action-step"})
        if (QAction *a = action(QLatin1String(name)))
            a->setEnabled(on);
    // The flows' ends stand along the canvas's left edge: Fit leaves them room, and a view
    // of the whole design is fitted again (a view zoomed in on a part stays as it is).
    const bool whole = mCanvas->showsWholeDesign();
    mCanvas->setReservedLeft(on ? PacketOverlay::ReservedPixels : 0);
    mSimulation->setActive(on);
    mScene->setSimulationShown(on);
    if (changed && on && mLessonPane)
        mLessonPane->simulationEntered(); // a challenge's predictions are locked
    if (QDockWidget *d = dock(QStringLiteral("SimulationDock"))) {
        const QSignalBlocker block(d);
        d->setVisible(on);
        if (on)
            d->raise();
    }
    if (mPlaybackBar)
        mPlaybackBar->setVisible(on);
    if (!changed)
        return;
    if (whole && refit)
        QTimer::singleShot(0, mCanvas, &CanvasView::fitToWindow); // once the dock took its room
    if (!mShown)
        return;
    showStatus(on ? tr("Simulation mode: play a scenario and follow its packets; %1 goes back to design mode")
                        .arg(mModeAction ? mModeAction->shortcut().toString(QKeySequence::NativeText) : QString())
                  : tr("Design mode"),
               4000);
}

void MainWindow::showStatus(const QString &message, int milliseconds)
{
    statusBar()->showMessage(message, milliseconds);
}

HelpWindow *MainWindow::help()
{
    if (!mHelp) {
        mHelp = new HelpWindow; // a window of its own, not above this one
        mHelp->setAttribute(Qt::WA_QuitOnClose, false);
    }
    return mHelp;
}

void MainWindow::helpOnFocus()
{
    // The page about the panel the focus is in.
    static const QHash<QString, QString> pages{{QStringLiteral("PaletteDock"), QStringLiteral("canvas.md")},
                                               {QStringLiteral("InspectorDock"), QStringLiteral("canvas.md")},
                                               {QStringLiteral("IssuesDock"), QStringLiteral("validation.md")},
                                               {QStringLiteral("SimulationDock"), QStringLiteral("simulation.md")}};
    QString page = QStringLiteral("window.md");
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (w == mCanvas) {
            page = QStringLiteral("canvas.md");
            break;
        }
        if (qobject_cast<QDockWidget *>(w)) {
            page = pages.value(w->objectName(), page);
            break;
        }
    }
    help()->showPage(page);
}

void MainWindow::explainFinding(const Finding &finding)
{
    help()->showRule(finding.rule, &finding);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] - VPC Designer").arg(mDocument->displayName()));
    setWindowModified(mDocument->isModified());
}

bool MainWindow::isLoading() const
{
    return mLoader->isBusy();
}

void MainWindow::placeOnScreen()
{
    const QRect available = (screen() ? screen() : QGuiApplication::primaryScreen())->availableGeometry();
    QSettings settings;
    if (restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // A screen may have shrunk, or the scale factor grown, since.
        QRect r = geometry();
        r.setSize(r.size().boundedTo(available.size()));
        r.moveLeft(std::clamp(r.left(), available.left(), std::max(available.left(), available.right() - r.width())));
        r.moveTop(std::clamp(r.top(), available.top(), std::max(available.top(), available.bottom() - r.height())));
        setGeometry(r);
    } else {
        const QSize size = PreferredSize.boundedTo(available.size() * 0.92);
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    mStateRestored = restoreState(settings.value(StateKey).toByteArray(), StateVersion);
    mSimulation->flowLogs()->restoreLayoutState(settings.value(FlowLogSplitKey).toByteArray());
    // Whatever was saved, a start is in design mode.
    if (QDockWidget *d = dock(QStringLiteral("SimulationDock")))
        d->hide();
    if (mPlaybackBar)
        mPlaybackBar->hide();
}

void MainWindow::arrangeDocks()
{
    // The canvas gets most of the window: narrow columns sized to their content, no
    // bottom panel in design mode. Heights are shared out of what a column has (more
    // than it has would be scaled down for all).
    const int left = std::clamp(width() * 10 / 100, 130, 220);
    const int right = std::clamp(width() * 17 / 100, 190, 330);
    resizeDocks({dock(QStringLiteral("PaletteDock")), dock(QStringLiteral("InspectorDock"))}, {left, right},
                Qt::Horizontal);
    const int column = dock(QStringLiteral("PaletteDock"))->height() + dock(QStringLiteral("OutlineDock"))->height();
    const int paletteHeight = std::min(dock(QStringLiteral("PaletteDock"))->sizeHint().height() + 4, column / 2);
    resizeDocks({dock(QStringLiteral("PaletteDock")), dock(QStringLiteral("OutlineDock"))},
                {paletteHeight, column - paletteHeight}, Qt::Vertical);
    const int rightColumn =
        dock(QStringLiteral("InspectorDock"))->height() + dock(QStringLiteral("IssuesDock"))->height();
    resizeDocks({dock(QStringLiteral("InspectorDock")), dock(QStringLiteral("IssuesDock"))},
                {rightColumn * 58 / 100, rightColumn * 42 / 100}, Qt::Vertical);
    resizeDocks({dock(QStringLiteral("SimulationDock"))}, {height() * 40 / 100}, Qt::Vertical);
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(FlowLogSplitKey, mSimulation->flowLogs()->layoutState());
    // Saved in design mode: the simulation dock and the playback bar are not part of a start.
    const bool simulation = mSimulationMode;
    if (simulation) {
        dock(QStringLiteral("SimulationDock"))->hide();
        mPlaybackBar->hide();
    }
    settings.setValue(StateKey, saveState(StateVersion));
    if (simulation) {
        dock(QStringLiteral("SimulationDock"))->show();
        mPlaybackBar->show();
    }
}

void MainWindow::saveViewOfFile()
{
    Settings::setViewOf(mDocument->fileName(), {mCanvas->zoom(), mCanvas->visibleCentre()});
}

void MainWindow::restoreViewOfFile()
{
    if (const auto view = Settings::viewOf(mDocument->fileName())) {
        mCanvas->setZoom(view->zoom);
        mCanvas->centerOn(view->centre);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (mShown)
        return;
    mShown = true;
    // The frame is known now: the whole window, frame included, stays on the screen.
    if (QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        const QSize frame = frameGeometry().size() - size();
        const QSize fitted = size().boundedTo(available.size() - frame);
        if (fitted != size())
            resize(fitted);
        const QRect outer = frameGeometry();
        QPoint at = outer.topLeft();
        at.setX(
            std::clamp(at.x(), available.left(), std::max(available.left(), available.right() + 1 - outer.width())));
        at.setY(
            std::clamp(at.y(), available.top(), std::max(available.top(), available.bottom() + 1 - outer.height())));
        if (at != outer.topLeft())
            move(at);
    }
    if (!mStateRestored)
        QTimer::singleShot(0, this, &MainWindow::arrangeDocks); // once the columns have their heights
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == dock(QStringLiteral("SimulationDock")) && event->type() == QEvent::Close && mSimulationMode)
        QTimer::singleShot(0, this, [this] { setSimulationMode(false); });
    if (watched == dock(QStringLiteral("CompareDock")) && event->type() == QEvent::Close)
        QTimer::singleShot(0, mCompare, &ComparePanel::end);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!CanvasView::designFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = CanvasView::designFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // Opening asks about unsaved changes: not while the drag's source waits for us.
    QTimer::singleShot(0, this, [this, files] { openDropped(files); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveViewOfFile();
    saveWindowState();
    mAutoSaver->setInterval(0); // a clean quit leaves no recovery copy, nor starts one
    mAutoSaver->discard();
    if (mHelp)
        mHelp->close();
    event->accept();
}
