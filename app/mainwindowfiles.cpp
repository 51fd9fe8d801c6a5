// MainWindow: opening, saving and exporting files.

#include "autosaver.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "designloader.h"
#include "diagramrenderer.h"
#include "document.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "selection.h"
#include "settings.h"
#include "validationengine.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageSize>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>

bool MainWindow::maybeSave()
{
    if (!mDocument->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("%1 has changes that are not saved. Save them?").arg(mDocument->displayName()),
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Open design"), Settings::lastFolder(),
                                                      tr("VPC designs (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    openFile(path);
}

bool MainWindow::adopt(LoadResult result, const QString &fileName, const QString &shownName,
                       const FindingList *findings)
{
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines.append(d.toString());
        QMessageBox box(
            QMessageBox::Critical, tr("Cannot open design"),
            tr("%1 could not be opened; the design you had is unchanged.").arg(QFileInfo(shownName).fileName()),
            QMessageBox::Ok, this);
        box.setInformativeText(result.firstError().toString());
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    if (findings)
        mEngine->expectReset(*findings);
    saveViewOfFile(); // the zoom of the design that goes
    if (!fileName.isEmpty())
        Settings::addRecentFile(fileName);
    mDocument->reset(std::move(result.design), fileName,
                     fileName.isEmpty() ? QFileInfo(shownName).fileName() : QString());
    const DiagnosticList warnings = result.warnings();
    if (!warnings.isEmpty())
        statusBar()->showMessage(
            tr("%1 (and %n more warning(s))", nullptr, int(warnings.size() - 1)).arg(warnings.first().toString()));
    Q_EMIT designOpened(fileName);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    const qint64 size = QFileInfo(path).size();
    if (size >= BackgroundLoadSize && size <= DesignFormat::MaxFileSize) {
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
    // Changes made while the file was read (a restored copy, an edit) are not dropped
    // without asking.
    if (!maybeSave())
        return;
    adopt(std::move(loaded->result), loaded->path, loaded->path, &loaded->findings);
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
    const QString suggestion = mDocument->fileName().isEmpty() ? mDocument->displayName() : mDocument->fileName();
    const QString start =
        QFileInfo(suggestion).isAbsolute() ? suggestion : QDir(Settings::lastFolder()).filePath(suggestion);
    QString path = QFileDialog::getSaveFileName(this, tr("Save design as"), start, tr("VPC designs (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!mDocument->save(path, &error)) {
        QMessageBox::critical(this, tr("Cannot save design"), tr("%1\nThe file on disk is unchanged.").arg(error));
        return false;
    }
    Settings::addRecentFile(path);
    saveViewOfFile();
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

void MainWindow::exportDialog(const QString &suffix)
{
    const QString base = QFileInfo(mDocument->displayName()).completeBaseName();
    const QString folder =
        mDocument->fileName().isEmpty() ? Settings::lastFolder() : QFileInfo(mDocument->fileName()).absolutePath();
    const QRectF visible = mCanvas->mapToScene(mCanvas->viewport()->rect()).boundingRect();
    ExportDialog dialog(mScene, visible, mSelection->ids(), QDir(folder).filePath(base + QLatin1Char('.') + suffix),
                        this);
    if (!suffix.isEmpty())
        dialog.setFormat(suffix);
    connect(&dialog, &ExportDialog::exported, this, [this](const QString &path, const QString &note) {
        Settings::setLastFolder(QFileInfo(path).absolutePath());
        statusBar()->showMessage(note.isEmpty() ? tr("Exported %1").arg(path) : tr("Exported %1 (%2)").arg(path, note),
                                 6000);
    });
    dialog.exec();
}

void MainWindow::print()
{
    // The canvas's fonts are sized for 96 dots per inch (DiagramRenderer::paintPages).
    QPrinter printer;
    printer.setResolution(96);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(QFileInfo(mDocument->displayName()).completeBaseName());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print %1").arg(mDocument->displayName()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *device) {
        DiagramRenderer::Options options;
        // As the last export had them (both on the first time).
        options.title = QSettings().value(QStringLiteral("export/title"), true).toBool();
        options.legend = QSettings().value(QStringLiteral("export/legend"), true).toBool();
        options.file = mDocument->fileName();
        options.page = DiagramRenderer::Options::Page::Device;
        QString error;
        if (DiagramRenderer::paintPages(*mScene, *device, options, &error) == 0)
            statusBar()->showMessage(tr("Cannot print: %1").arg(error), 6000);
    });
    preview.exec();
}

bool MainWindow::exportTo(const QString &path, qreal scale)
{
    QString error, note;
    const bool svg = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    const bool ok = svg ? DiagramRenderer::saveSvg(*mScene, path, &error)
                        : DiagramRenderer::saveImage(*mScene, path, scale, &error, &note);
    if (!ok) {
        QMessageBox::critical(this, tr("Cannot export"), error);
        return false;
    }
    statusBar()->showMessage(note.isEmpty() ? tr("Exported %1").arg(path) : tr("Exported %1 (%2)").arg(path, note),
                             6000);
    return true;
}

void MainWindow::openDropped(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    // One design per window: the first here, the others each in a window of its own.
    for (qsizetype i = 1; i < paths.size(); ++i)
        startWindow({paths[i]});
    if (paths.size() > 1)
        showStatus(tr("Opening %n more design(s) in windows of their own", nullptr, int(paths.size() - 1)));
    if (maybeSave())
        openFile(paths.first());
}

void MainWindow::offerRecovery()
{
    if (isLoading()) { // a large file on its way would replace what is restored: after it
        connect(this, &MainWindow::designOpened, this, &MainWindow::offerRecovery, Qt::SingleShotConnection);
        return;
    }
    for (const RecoveryCopy &copy : AutoSaver::orphans()) {
        const QString name = copy.displayName.isEmpty() ? tr("an untitled design") : copy.displayName;
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved work"),
                        tr("VPC Designer did not close properly. A recovery copy of %1 from %2 holds changes "
                           "that were not saved.")
                            .arg(name, QLocale().toString(copy.savedAt.toLocalTime(), QLocale::LongFormat)),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("RecoveryPrompt"));
        box.setInformativeText(copy.originalFile.isEmpty()
                                   ? tr("Restore it as an unsaved design, or discard it?")
                                   : tr("Restore it in place of what %1 holds on disk (nothing is written until you "
                                        "save), or discard it?")
                                         .arg(copy.originalFile));
        QPushButton *restoreButton = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discardButton = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restoreButton);
        box.exec();
        if (box.clickedButton() == discardButton) {
            AutoSaver::remove(copy);
        } else if (box.clickedButton() == restoreButton) {
            if (!maybeSave() || !restore(copy))
                return;
            return; // one design at a time; the others wait for the next start
        }
    }
}

bool MainWindow::restore(const RecoveryCopy &copy)
{
    LoadResult result = AutoSaver::load(copy);
    if (!result.ok()) {
        QMessageBox::critical(this, tr("Cannot restore"),
                              tr("The recovery copy cannot be read: %1").arg(result.firstError().toString()));
        return false;
    }
    const QString untitled = copy.displayName.isEmpty() ? tr("Recovered") : copy.displayName;
    mDocument->reset(std::move(result.design), copy.originalFile, copy.originalFile.isEmpty() ? untitled : QString());
    mDocument->setUnsaved();
    // The work is in this session now. Its old copy goes once this session's own is on
    // disk: a crash in between must not lose it.
    if (mAutoSaver->interval() > 0) {
        connect(
            mAutoSaver, &AutoSaver::saved, this, [copy] { AutoSaver::remove(copy); }, Qt::SingleShotConnection);
        mAutoSaver->saveNow();
    } else {
        AutoSaver::remove(copy);
    }
    showStatus(tr("Restored the work of %1; save it to keep it")
                   .arg(QLocale().toString(copy.savedAt.toLocalTime(), QLocale::ShortFormat)),
               10000);
    return true;
}
