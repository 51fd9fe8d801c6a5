#pragma once

#include "placement.h"

#include <QLocale>
#include <QPointF>
#include <QStringList>

#include <optional>

/// What the designer keeps between runs, in QSettings: the recent files (ten, missing
/// ones pruned), the last folder of a file dialog, the zoom and centre of each file, and
/// the interval of recovery copies. The window's geometry and docks are kept by the
/// window itself (saveGeometry/saveState) under "window/".
namespace Settings {

constexpr int MaxRecentFiles = 10;
constexpr int DefaultAutosaveSeconds = 60;

/// The recent design files, newest first, without those that no longer exist.
QStringList recentFiles();
/// Puts `path` first (absolute), keeping at most MaxRecentFiles.
void addRecentFile(const QString &path);
void clearRecentFiles();

/// The folder the last file dialog was in (home when none).
QString lastFolder();
void setLastFolder(const QString &folder);

/// The zoom and the scene point at the centre of the view, for a file.
struct View
{
    double zoom = 1;
    QPointF centre;
};
std::optional<View> viewOf(const QString &path);
void setViewOf(const QString &path, const View &view);

/// Seconds between recovery copies of unsaved work (0: none).
int autosaveSeconds();
void setAutosaveSeconds(int seconds);

/// The learner's progress in a lesson or challenge: its best score (a lesson read to its
/// end: 100), or -1 when never opened.
int lessonScore(const QString &id);
void setLessonScore(const QString &id, int score);

/// The appearance: "system" (the default), "light" or "dark".
QString appearance();
void setAppearance(const QString &name);

/// The language of the window and the command line's messages: "system" (the default:
/// LANGUAGE, LC_ALL, LC_MESSAGES, LANG as the desktop sets them), "en", "de" or "ja". Read at
/// start: a change applies when the program starts again.
QString language();
void setLanguage(const QString &name);
/// The locale whose translation is loaded for `language()`.
QLocale uiLocale();

/// What new objects start with (Placement::Defaults): the region of a design's first VPC,
/// the AZ letters new subnets spread over, a new flow log's format.
Placement::Defaults newObjectDefaults();
void setNewObjectDefaults(const Placement::Defaults &defaults);
/// How the timeline's time axis is labelled: "utc" (the default), "local" or "elapsed".
QString timelineUnits();
void setTimelineUnits(const QString &name);
/// Hands the preferences above to the model and the views that use them; at start and
/// whenever they change.
void applyDefaults();

} // namespace Settings
