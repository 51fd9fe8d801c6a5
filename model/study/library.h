#pragma once

#include "design.h"
#include "lesson.h"

#include <memory>

namespace Study {

/// A lesson or challenge file, read: its design and its lesson.
struct Loaded
{
    QString id;   // the file's base name (public-private-subnets)
    QString path; // :/lessons/... for bundled ones
    std::unique_ptr<Design> design;
    Lesson lesson;
};

/// The folder the bundled lessons are in (a Qt resource).
QString bundledFolder();
/// The ids of the bundled lessons and challenges, in file-name order.
QStringList bundledIds();
/// Reads a lesson by bundled id or by path; nullopt with `why` (FILE:LINE:COLUMN where the
/// design does not read, the key where the lesson section does not).
std::optional<Loaded> load(const QString &idOrPath, QString *why);

} // namespace Study
