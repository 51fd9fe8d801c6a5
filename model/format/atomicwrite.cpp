#include "atomicwrite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AtomicWrite)
};

} // namespace

bool AtomicWrite::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    // The system's own words for the failure ("No space left on device", "File too large")
    // where it gave any, else Qt's.
    const auto fail = [&] {
        const int code = errno;
        const QString why = code != 0 ? QString::fromLocal8Bit(std::strerror(code)) : file.errorString();
        file.cancelWriting();
        if (error)
            *error = Tr::tr("%1: cannot be written: %2").arg(path, why);
        return false;
    };
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return fail();
    if (file.write(bytes) != bytes.size())
        return fail();
    // The buffer's last bytes reach the file here, where a failure is seen, not in commit().
    if (!file.flush())
        return fail();
    // Space a file system gives out only when the data is written (delayed allocation) is
    // known to be there only after the sync.
    if (::fsync(file.handle()) != 0)
        return fail();
    errno = 0;
    if (!file.commit())
        return fail();
    return true;
}

bool AtomicWrite::writeInto(const QString &dir, const QString &relative, const QByteArray &bytes, QStringList *written,
                            QString *error)
{
    const QString path = QDir(dir).filePath(relative);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = Tr::tr("%1: cannot create the folder").arg(QFileInfo(path).absolutePath());
        return false;
    }
    if (!write(path, bytes, error))
        return false;
    if (written)
        written->append(path);
    return true;
}
