#include "library.h"

#include "designformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Study {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lesson)
};

} // namespace

QString bundledFolder()
{
    return QStringLiteral(":/lessons");
}

QStringList bundledIds()
{
    QStringList ids;
    for (const QString &name : QDir(bundledFolder()).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        ids.append(QFileInfo(name).completeBaseName());
    return ids;
}

std::optional<Loaded> load(const QString &idOrPath, QString *why)
{
    Loaded out;
    const QString bundled = bundledFolder() + QLatin1Char('/') + idOrPath + QStringLiteral(".yaml");
    out.path = !idOrPath.contains(QLatin1Char('/')) && QFileInfo::exists(bundled) ? bundled : idOrPath;
    out.id = QFileInfo(out.path).completeBaseName();
    LoadResult r = DesignFormat::load(out.path);
    if (!r.ok()) {
        *why = r.firstError().toString();
        return std::nullopt;
    }
    if (r.design->lesson.isNull()) {
        *why = Tr::tr("%1: not a lesson (no lesson: section)").arg(out.path);
        return std::nullopt;
    }
    QString problem;
    auto lesson = parse(r.design->lesson, &problem);
    if (!lesson) {
        *why = Tr::tr("%1: %2").arg(out.path, problem);
        return std::nullopt;
    }
    out.design = std::move(r.design);
    out.lesson = std::move(*lesson);
    return out;
}

} // namespace Study
