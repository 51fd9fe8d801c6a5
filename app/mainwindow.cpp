#include "mainwindow.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "designloader.h"
#include "document.h"
#include "inspector.h"
#include "issuespanel.h"
#include "outlinemodel.h"
#include "overviewwidget.h"
#include "simulationpanel.h"
#include "palettewidget.h"
#include "selection.h"
#include "validationengine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoView>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

MainWindow::MainWindow(Document *document, QWidget *parent)
    : QMainWindow(parent), mDocument(document), mEngine(new ValidationEngine(document, this)),
      mSelection(new Selection(this)), mScene(new CanvasScene(document, mEngine, this)),
      mCanvas(new CanvasView(mScene, mSelection, this)), mOutlineModel(new OutlineModel(document, this)),
      mOutlineView(new QTreeView(this)), mPalette(new PaletteWidget(this)), mIssues(nullptr),
      mLoader(new DesignLoader(this))
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(mCanvas);
    mOutlineView->setObjectName(QStringLiteral("Outline"));
    mOutlineView->setModel(mOutlineModel);
    mOutlineView->setUniformRowHeights(true);
    mOutlineView->setAlternatingRowColors(true);
    mOutlineView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mOutlineView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    createDocks();
    createActions();
    connectOutline();
    connect(mCanvas, &CanvasView::statusMessage, this, [this](const QString &m) {
        if (m.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(m, 6000);
    });
    connect(mLoader, &DesignLoader::finished, this, &MainWindow::adoptLoaded);
    connect(mDocument, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &Document::designReset, this, [this] {
        mSelection->clear();
        mOutlineView->expandToDepth(0);
        mCanvas->fitToWindow();
        updateTitle();
    });
    connect(mDocument, &Document::objectRemoved, mSelection,
            [this](const QString &id) { mSelection->forget(id); });
    connect(mDocument, &Document::objectRenamed, mSelection, &Selection::rename);
    mOutlineView->expandToDepth(0);
    updateTitle();
    resize(1440, 900);
}

MainWindow::~MainWindow()
{
    // The canvas's items reach into the scene; the view goes first.
    delete mCanvas;
}

void MainWindow::createDocks()
{
    const auto dock = [this](const QString &title, const char *name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        widget->setParent(d);
        d->setWidget(widget);
        addDockWidget(area, d);
        mDocks.append(d);
        return d;
    };
    QDockWidget *palette = dock(tr("Palette"), "PaletteDock", mPalette, Qt::LeftDockWidgetArea);
    QDockWidget *outline = dock(tr("Outline"), "OutlineDock", mOutlineView, Qt::LeftDockWidgetArea);
    splitDockWidget(palette, outline, Qt::Vertical);
    mIssues = new IssuesPanel(mEngine, mSelection, this);
    QDockWidget *issues = dock(tr("Issues"), "IssuesDock", mIssues, Qt::BottomDockWidgetArea);
    mSimulation = new SimulationPanel(mDocument, mSelection, mScene, this);
    QDockWidget *simulation = dock(tr("Simulation"), "SimulationDock", mSimulation, Qt::BottomDockWidgetArea);
    tabifyDockWidget(issues, simulation);
    issues->raise();
    connect(mSimulation, &SimulationPanel::statusMessage, this, [this](const QString &m) {
        statusBar()->showMessage(m, 6000);
    });
    mInspector = new Inspector(mDocument, mSelection, this);
    QDockWidget *inspector = dock(tr("Inspector"), "InspectorDock", mInspector, Qt::RightDockWidgetArea);
    QDockWidget *overview = dock(tr("Overview"), "OverviewDock", new OverviewWidget(mCanvas, this), Qt::RightDockWidgetArea);
    QDockWidget *history = dock(tr("History"), "HistoryDock", new QUndoView(mDocument->undoStack(), this),
                                Qt::RightDockWidgetArea);
    splitDockWidget(inspector, overview, Qt::Vertical);
    tabifyDockWidget(overview, history);
    overview->raise();
}

void MainWindow::showDock(const QString &objectName)
{
    for (QDockWidget *d : std::as_const(mDocks))
        if (d->objectName() == objectName) {
            d->show();
            d->raise();
        }
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
    connect(mOutlineView, &QTreeView::activated, this, [this](const QModelIndex &i) {
        mSelection->set({mOutlineModel->idAt(i)}, true);
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newDesign);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open..."), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    QMenu *examples = file->addMenu(tr("Open &Example"));
    for (const char *name : {"peered-web.yaml", "three-tier.yaml"}) {
        const QString example = QLatin1String(name);
        examples->addAction(example, this, [this, example] {
            if (maybeSave())
                openBundledExample(example);
        });
    }
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As..."), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addAction(tr("Export &PNG..."), this, [this] { exportDialog(QStringLiteral("png")); });
    file->addAction(tr("Export S&VG..."), this, [this] { exportDialog(QStringLiteral("svg")); });
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = mDocument->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = mDocument->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    createEditActions(edit);
    createViewActions();
}

void MainWindow::createEditActions(QMenu *edit)
{
    QAction *cut = edit->addAction(tr("Cu&t"), this, &MainWindow::cutSelection);
    cut->setShortcut(QKeySequence::Cut);
    QAction *copy = edit->addAction(tr("&Copy"), this, &MainWindow::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction *paste = edit->addAction(tr("&Paste"), this, &MainWindow::paste);
    paste->setShortcut(QKeySequence::Paste);
    QAction *del = edit->addAction(tr("&Delete"), this, &MainWindow::deleteSelection);
    del->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    edit->addSeparator();
    QAction *all = edit->addAction(tr("Select &All"), this, &MainWindow::selectAll);
    all->setShortcut(QKeySequence::SelectAll);
    // Shortcuts work while the canvas has focus, not only from the menu.
    for (QAction *a : {cut, copy, paste, del, all})
        a->setShortcutContext(Qt::WindowShortcut);
    const auto update = [=, this] {
        const bool any = !mSelection->ids().isEmpty();
        cut->setEnabled(any);
        copy->setEnabled(any);
        del->setEnabled(any);
        paste->setEnabled(!mClipboard.isEmpty());
    };
    connect(mSelection, &Selection::changed, this, update);
    update();
}

void MainWindow::createViewActions()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *in = view->addAction(tr("Zoom &In"), mCanvas, &CanvasView::zoomIn);
    in->setShortcut(QKeySequence::ZoomIn);
    QAction *out = view->addAction(tr("Zoom &Out"), mCanvas, &CanvasView::zoomOut);
    out->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("&Fit to Window"), mCanvas, &CanvasView::fitToWindow);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *actual = view->addAction(tr("&Actual Size"), mCanvas, [this] { mCanvas->setZoom(1); });
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addSeparator();
    for (QDockWidget *d : std::as_const(mDocks))
        view->addAction(d->toggleViewAction());
}

void MainWindow::deleteSelection()
{
    const int n = EditOperations::remove(mDocument, mSelection->ids());
    if (n > 0)
        statusBar()->showMessage(tr("Removed %n object(s) and what depended on them", nullptr, n), 4000);
}

void MainWindow::copySelection()
{
    mClipboard = EditOperations::copy(mDocument, mSelection->ids());
    statusBar()->showMessage(tr("Copied %n object(s)", nullptr, int(mClipboard.ids.size())), 3000);
    Q_EMIT mSelection->changed(mSelection->ids()); // refreshes Paste's state
}

void MainWindow::cutSelection()
{
    copySelection();
    deleteSelection();
}

void MainWindow::paste()
{
    const QStringList added = EditOperations::paste(mDocument, mClipboard);
    if (added.isEmpty()) {
        statusBar()->showMessage(tr("Nothing to paste: the copied objects' VPCs are gone"), 4000);
        return;
    }
    mScene->flush();
    mSelection->set(added, true);
    statusBar()->showMessage(tr("Pasted %n object(s)", nullptr, int(added.size())), 3000);
}

void MainWindow::selectAll()
{
    mSelection->set(EditOperations::all(mDocument));
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

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (mShown)
        return;
    mShown = true;
    // Sizes of the docks, once the window has its own.
    const auto find = [this](const char *name) { return findChild<QDockWidget *>(QLatin1String(name)); };
    resizeDocks({find("PaletteDock"), find("InspectorDock")}, {230, 360}, Qt::Horizontal);
    resizeDocks({find("InspectorDock"), find("OverviewDock")}, {height() * 2 / 3, height() / 4}, Qt::Vertical);
    resizeDocks({find("IssuesDock")}, {150}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}
