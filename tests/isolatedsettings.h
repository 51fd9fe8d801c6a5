#pragma once

// Tests of the window keep their settings and recovery copies away from the user's:
// QStandardPaths' test mode moves QSettings and the data folder under ~/.qttest, and
// each run starts from nothing there.

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("VPC Designer Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("vpc-designer"));
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}
