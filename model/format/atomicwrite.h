#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Every file the designer writes (designs, pictures, flow logs, recovery copies) is
/// written whole or not at all: into a temporary file beside the target, every write and
/// the flush checked, synced to the disk, then renamed over the target. A full disk, a
/// quota or a file-size limit fails the save with the system's reason, and the old file
/// stays as it was. (QSaveFile alone can report success after a failed flush when the
/// whole text fits its buffer, QTBUG-75077.)
namespace AtomicWrite {

/// On failure returns false with `error` set to "PATH: why".
bool write(const QString &path, const QByteArray &bytes, QString *error);
/// Writes `relative` under `dir`, making its folders first; appends the path to `written`.
bool writeInto(const QString &dir, const QString &relative, const QByteArray &bytes, QStringList *written,
               QString *error);

} // namespace AtomicWrite
