#include "mainwindow.h"

#include "designformat.h"
#include "document.h"
#include "outlinemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
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
    : QMainWindow(parent), mDocument(document), mOutlineModel(new OutlineModel(document, this)),
      mOutlineView(new QTreeView(this))
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    mOutlineView->setObjectName(QStringLiteral("Outline"));
    mOutlineView->setModel(mOutlineModel);
    mOutlineView->setUniformRowHeights(true);
    mOutlineView->setAlternatingRowColors(true);
    mOutlineView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setCentralWidget(mOutlineView);

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("HistoryDock"));
    historyDock->setWidget(new QUndoView(mDocument->undoStack(), historyDock));
    addDockWidget(Qt::RightDockWidgetArea, historyDock);

    createActions();
    connect(mDocument, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(mDocument, &Document::designReset, this, [this] {
        mOutlineView->expandToDepth(0);
        updateTitle();
    });
    mOutlineView->expandToDepth(0);
    updateTitle();
    resize(1200, 800);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newDesign);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open..."), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
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

bool MainWindow::adopt(LoadResult result, const QString &fileName, const QString &shownName)
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
    mDocument->reset(std::move(result.design), fileName,
                     fileName.isEmpty() ? QFileInfo(shownName).fileName() : QString());
    const DiagnosticList warnings = result.warnings();
    if (!warnings.isEmpty())
        statusBar()->showMessage(tr("%1 (and %n more warning(s))", nullptr, int(warnings.size() - 1))
                                     .arg(warnings.first().toString()));
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    return adopt(DesignFormat::load(path), path, path);
}

bool MainWindow::openBundledExample()
{
    const QString name = QStringLiteral("peered-web.yaml");
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
