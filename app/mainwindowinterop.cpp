// File > Import CloudFormation and File > Export CloudFormation (docs/cloudformation.md).
#include "mainwindow.h"

#include "cfnexport.h"
#include "cfnimport.h"
#include "designformat.h"
#include "document.h"
#include "settings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

void MainWindow::importDialog()
{
    if (!maybeSave())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import CloudFormation templates or AWS CLI output"), Settings::lastFolder(),
        tr("Templates and AWS CLI output (*.yaml *.yml *.json *.template);;All files (*)"));
    if (paths.isEmpty())
        return;
    Settings::setLastFolder(QFileInfo(paths.first()).absolutePath());
    importTemplates(paths);
}

bool MainWindow::importTemplates(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    CfnImport::Result imported = CfnImport::readFiles(paths);
    LoadResult result;
    result.design = std::move(imported.design);
    result.diagnostics = imported.diagnostics;
    // A new, unsaved design named after the first template; the canvas lays it out.
    const QString name =
        QFileInfo(paths.first()).completeBaseName().section(QLatin1Char('.'), 0, 0) + QStringLiteral(".yaml");
    if (result.design && result.design->name.isEmpty())
        result.design->name = QFileInfo(paths.first()).completeBaseName();
    const bool ok = adopt(std::move(result), QString(), name);
    if (ok)
        statusBar()->showMessage(
            tr("Imported %n file(s); %1", nullptr, int(paths.size()))
                .arg(imported.diagnostics.isEmpty()
                         ? tr("everything read")
                         : tr("%n warning(s), the first: %1", nullptr, int(imported.diagnostics.size()))
                               .arg(imported.diagnostics.first().toString())));
    return ok;
}

void MainWindow::exportCloudFormationDialog()
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export CloudFormation"), Settings::lastFolder(),
        tr("CloudFormation YAML (*.cfn.yaml);;CloudFormation JSON (*.cfn.json)"), &selected);
    if (path.isEmpty())
        return;
    const QString suffix =
        selected.contains(QLatin1String("json")) ? QStringLiteral(".cfn.json") : QStringLiteral(".cfn.yaml");
    if (!path.endsWith(QLatin1String(".cfn.yaml")) && !path.endsWith(QLatin1String(".cfn.json")) &&
        !path.endsWith(QLatin1String(".cfn.yml")))
        path += suffix;
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    exportCloudFormationTo(path);
}

bool MainWindow::exportCloudFormationTo(const QString &path)
{
    QStringList written, warnings;
    QString error;
    if (!CfnExport::save(mDocument->design(), path, &written, &warnings, &error)) {
        QMessageBox::critical(this, tr("Export failed"), error);
        return false;
    }
    QStringList names;
    for (const QString &w : written)
        names.append(QFileInfo(w).fileName());
    statusBar()->showMessage(
        warnings.isEmpty()
            ? tr("Exported %n template(s): %1", nullptr, int(written.size())).arg(names.join(QStringLiteral(", ")))
            : tr("Exported %n template(s): %1; %2", nullptr, int(written.size()))
                  .arg(names.join(QStringLiteral(", ")), warnings.join(QStringLiteral("; "))));
    return true;
}
