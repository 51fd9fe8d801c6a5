#include "mainwindow.h"

#include "designloader.h"
#include "document.h"
#include "issuespanel.h"
#include "outlinemodel.h"
#include "selection.h"
#include "validationengine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoView>

static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

MainWindow::MainWindow(Document *document, QWidget *parent)
    : QMainWindow(parent), mDocument(document), mEngine(new ValidationEngine(document, this)),
      mSelection(new Selection(this)), mOutlineModel(new OutlineModel(document, this)),
      mOutlineView(new QTreeView(this)), mIssues(nullptr), mLoader(new DesignLoader(this))
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    mOutlineView->setObjectName(QStringLiteral("Outline"));
    mOutlineView->setModel(mOutlineModel);
    mOutlineView->setUniformRowHeights(true);
    mOutlineView->setAlternatingRowColors(true);
    mOutlineView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mOutlineView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setCentralWidget(mOutlineView);

    createDocks();
    createActions();
    connectOutline();
    connect(mLoader, &DesignLoader::finished, this, &MainWindow::adoptLoaded);
    connect(mDocument, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &Document::designReset, this, [this] {
        mSelection->clear();
        mOutlineView->expandToDepth(0);
        updateTitle();
    });
    connect(mDocument, &Document::objectRemoved, mSelection,
            [this](const QString &id) { mSelection->forget(id); });
    connect(mDocument, &Document::objectRenamed, mSelection, &Selection::rename);
    mOutlineView->expandToDepth(0);
    updateTitle();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto *issuesDock = new QDockWidget(tr("Issues"), this);
    issuesDock->setObjectName(QStringLiteral("IssuesDock"));
    mIssues = new IssuesPanel(mEngine, mSelection, issuesDock);
    issuesDock->setWidget(mIssues);
    addDockWidget(Qt::BottomDockWidgetArea, issuesDock);

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("HistoryDock"));
    historyDock->setWidget(new QUndoView(mDocument->undoStack(), historyDock));
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
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
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] - VPC Designer").arg(mDocument->displayName()));
    setWindowModified(mDocument->isModified());
}

bool MainWindow::maybeSave()
{
    if (!mDocument->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?").arg(mDocument->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDesign()
{
    if (!maybeSave())
        return;
    mDocument->reset(std::make_unique<Design>(), QString());
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open design"), QFileInfo(mDocument->fileName()).absolutePath(),
        tr("VPC designs (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::adopt(LoadResult result, const QString &fileName, const QString &shownName,
                       const FindingList *findings)
{
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines.append(d.toString());
        QMessageBox box(QMessageBox::Critical, tr("Cannot open design"),
                        tr("%1 could not be opened; the design you had is unchanged.")
                            .arg(QFileInfo(shownName).fileName()),
                        QMessageBox::Ok, this);
        box.setInformativeText(result.firstError().toString());
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    if (findings)
        mEngine->expectReset(*findings);
    mDocument->reset(std::move(result.design), fileName,
                     fileName.isEmpty() ? QFileInfo(shownName).fileName() : QString());
    const DiagnosticList warnings = result.warnings();
    if (!warnings.isEmpty())
        statusBar()->showMessage(tr("%1 (and %n more warning(s))", nullptr, int(warnings.size() - 1))
                                     .arg(warnings.first().toString()));
    Q_EMIT designOpened(fileName);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    if (QFileInfo(path).size() >= BackgroundLoadSize && QFileInfo(path).size() <= DesignFormat::MaxFileSize) {
        if (!mLoader->start(path))
            return false;
        statusBar()->showMessage(tr("Opening %1...").arg(QFileInfo(path).fileName()));
        QApplication::setOverrideCursor(Qt::BusyCursor);
        return true;
    }
    return adopt(DesignFormat::load(path), path, path);
}

void MainWindow::adoptLoaded(const std::shared_ptr<LoadedDesign> &loaded)
{
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    adopt(std::move(loaded->result), loaded->path, loaded->path, &loaded->findings);
}

bool MainWindow::isLoading() const
{
    return mLoader->isBusy();
}

bool MainWindow::openBundledExample(const QString &name)
{
    QFile file(QStringLiteral(":/examples/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return adopt(DesignFormat::read(file.readAll(), name), QString(), name);
}

bool MainWindow::save()
{
    if (mDocument->fileName().isEmpty())
        return saveAs();
    return saveTo(mDocument->fileName());
}

bool MainWindow::saveAs()
{
    const QString suggestion = mDocument->fileName().isEmpty() ? mDocument->displayName()
                                                               : mDocument->fileName();
    QString path = QFileDialog::getSaveFileName(this, tr("Save design as"), suggestion,
                                                tr("VPC designs (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!mDocument->save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save design"),
                              tr("%1\nThe file on disk is unchanged.").arg(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}
