// Compare with File: the open design against another file, as `vpc-designer diff` says it,
// in a dock of its own and as marks on the canvas.
#include "canvasscene.h"
#include "canvasview.h"
#include "comparepanel.h"
#include "designformat.h"
#include "mainwindow.h"
#include "overlays.h"
#include "settings.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

void MainWindow::createCompareDock(QDockWidget *beside)
{
    mCompare = new ComparePanel(mDocument, mSelection, this);
    QDockWidget *compare = addDock(tr("Comparison"), "CompareDock", mCompare, Qt::BottomDockWidgetArea);
    tabifyDockWidget(beside, compare);
    compare->hide();
    compare->installEventFilter(this); // closing it ends the comparison
    connect(mCompare, &ComparePanel::statusMessage, this, [this](const QString &m) { showStatus(m); });
    connect(mCompare, &ComparePanel::comparisonChanged, this, [this] {
        QSet<QString> added, changed;
        QStringList removed;
        if (const auto &r = mCompare->result(); r && mCompare->isComparing()) {
            for (const auto &[id, kind] : r->added)
                added.insert(id);
            for (const auto &[id, kind] : r->removed)
                removed.append(id);
            for (const DesignCompare::Changed &c : r->changed)
                if (!c.id.isEmpty())
                    changed.insert(c.id);
        }
        mScene->setComparison(added, changed, removed, mCompare->other());
    });
    connect(mCompare, &ComparePanel::ghostRequested, this, [this](const QString &id) {
        if (const CompareOverlay *overlay = mScene->comparison())
            for (const CompareOverlay::Ghost &g : overlay->ghosts())
                if (g.id == id)
                    mCanvas->centerOn(g.rect.center());
    });
    connect(mCompare, &ComparePanel::ended, compare, &QDockWidget::hide);
}

void MainWindow::compareWithFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with design"), Settings::lastFolder(),
                                                      tr("VPC designs (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    compareWith(path);
}

bool MainWindow::compareWith(const QString &path)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    LoadResult loaded = DesignFormat::load(path);
    QApplication::restoreOverrideCursor();
    if (!loaded.ok()) {
        QMessageBox box(
            QMessageBox::Warning, tr("Cannot compare"),
            tr("%1 could not be read, so there is nothing to compare with.").arg(QFileInfo(path).fileName()),
            QMessageBox::Ok, this);
        box.setInformativeText(loaded.firstError().toString());
        box.exec();
        return false;
    }
    mCompare->setOther(std::shared_ptr<const Design>(std::move(loaded.design)), QFileInfo(path).fileName());
    showDock(QStringLiteral("CompareDock"));
    showStatus(tr("Comparing with %1: added objects are outlined green, changed ones amber, removed ones are red "
                  "ghosts")
                   .arg(QFileInfo(path).fileName()));
    return true;
}
