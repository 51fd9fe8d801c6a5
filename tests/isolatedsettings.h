#pragma once

// Tests of the window keep their settings and recovery copies away from the user's:
// QStandardPaths' test mode moves QSettings and the data folder under ~/.qttest, and
// each run starts from nothing there. Each test program has a folder of its own there (its
// name in the application name), so that tests run in parallel (ctest --parallel) do not
// clear each other's settings and recovery copies.

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VPC Designer Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("vpc-designer-") +
                                         QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}
