#include "settings.h"

#include "timelineplot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

const QString RecentKey = QStringLiteral("files/recent");
const QString FolderKey = QStringLiteral("files/lastFolder");
const QString AutosaveKey = QStringLiteral("recovery/intervalSeconds");

/// Settings keys cannot hold every path (slashes nest groups): a file's views are kept
/// under a hash of its absolute path.
QString viewKey(const QString &path)
{
    const QByteArray hash =
        QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("views/") + QString::fromLatin1(hash.left(20));
}

} // namespace

QStringList Settings::recentFiles()
{
    QStringList kept;
    for (const QString &path : QSettings().value(RecentKey).toStringList())
        if (QFileInfo::exists(path) && !kept.contains(path))
            kept.append(path);
    return kept.mid(0, MaxRecentFiles);
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(RecentKey, list.mid(0, MaxRecentFiles));
}

void Settings::clearRecentFiles()
{
    QSettings().remove(RecentKey);
}

QString Settings::lastFolder()
{
    const QString folder = QSettings().value(FolderKey).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void Settings::setLastFolder(const QString &folder)
{
    QSettings().setValue(FolderKey, folder);
}

std::optional<Settings::View> Settings::viewOf(const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    const QStringList parts = QSettings().value(viewKey(path)).toString().split(QLatin1Char(' '));
    if (parts.size() != 3)
        return std::nullopt;
    bool a = false, b = false, c = false;
    const View view{parts[0].toDouble(&a), QPointF(parts[1].toDouble(&b), parts[2].toDouble(&c))};
    if (!a || !b || !c || !(view.zoom > 0))
        return std::nullopt;
    return view;
}

void Settings::setViewOf(const QString &path, const View &view)
{
    if (path.isEmpty())
        return;
    QSettings().setValue(viewKey(path), QStringLiteral("%1 %2 %3")
                                            .arg(view.zoom, 0, 'g', 6)
                                            .arg(view.centre.x(), 0, 'f', 1)
                                            .arg(view.centre.y(), 0, 'f', 1));
}

int Settings::autosaveSeconds()
{
    bool ok = false;
    const int seconds = QSettings().value(AutosaveKey, DefaultAutosaveSeconds).toInt(&ok);
    return ok && seconds >= 0 ? seconds : DefaultAutosaveSeconds;
}

void Settings::setAutosaveSeconds(int seconds)
{
    QSettings().setValue(AutosaveKey, std::max(0, seconds));
}

QString Settings::appearance()
{
    return QSettings().value(QStringLiteral("window/appearance"), QStringLiteral("system")).toString();
}

void Settings::setAppearance(const QString &name)
{
    QSettings().setValue(QStringLiteral("window/appearance"), name);
}

int Settings::lessonScore(const QString &id)
{
    return QSettings().value(QStringLiteral("study/score/") + id, -1).toInt();
}

void Settings::setLessonScore(const QString &id, int score)
{
    // The best score is kept: checking again after a change never loses progress.
    if (score > lessonScore(id))
        QSettings().setValue(QStringLiteral("study/score/") + id, score);
}

QString Settings::language()
{
    const QString name = QSettings().value(QStringLiteral("window/language"), QStringLiteral("system")).toString();
    return name == QLatin1String("en") || name == QLatin1String("de") || name == QLatin1String("ja")
               ? name
               : QStringLiteral("system");
}

void Settings::setLanguage(const QString &name)
{
    QSettings().setValue(QStringLiteral("window/language"), name);
}

Placement::Defaults Settings::newObjectDefaults()
{
    QSettings s;
    Placement::Defaults d;
    d.region = s.value(QStringLiteral("defaults/region"), d.region).toString();
    const QStringList zones = s.value(QStringLiteral("defaults/zones"), d.zones).toStringList();
    if (!zones.isEmpty())
        d.zones = zones;
    d.flowLogFormat = s.value(QStringLiteral("defaults/flow-log-format"), d.flowLogFormat).toString();
    return d;
}

void Settings::setNewObjectDefaults(const Placement::Defaults &defaults)
{
    QSettings s;
    s.setValue(QStringLiteral("defaults/region"), defaults.region);
    s.setValue(QStringLiteral("defaults/zones"), defaults.zones);
    s.setValue(QStringLiteral("defaults/flow-log-format"), defaults.flowLogFormat);
    applyDefaults();
}

QString Settings::timelineUnits()
{
    const QString name = QSettings().value(QStringLiteral("window/timeline-units"), QStringLiteral("utc")).toString();
    return name == QLatin1String("local") || name == QLatin1String("elapsed") ? name : QStringLiteral("utc");
}

void Settings::setTimelineUnits(const QString &name)
{
    QSettings().setValue(QStringLiteral("window/timeline-units"), name);
    applyDefaults();
}

void Settings::applyDefaults()
{
    Placement::setDefaults(newObjectDefaults());
    const QString units = timelineUnits();
    TimelinePlot::setDefaultTimeUnits(units == QLatin1String("local")     ? TimelinePlot::TimeUnits::Local
                                      : units == QLatin1String("elapsed") ? TimelinePlot::TimeUnits::Elapsed
                                                                          : TimelinePlot::TimeUnits::Utc);
}

QLocale Settings::uiLocale()
{
    const QString name = language();
    return name == QLatin1String("system") ? QLocale() : QLocale(name);
}
