// The note beside a recovery copy, as the next start reads it: any bytes.

#include "autosaver.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime written = QDateTime::fromSecsSinceEpoch(1764000000, Qt::UTC);
    const RecoveryCopy copy = AutoSaver::readNote(bytes, QStringLiteral("fuzz"), written);
    if (!copy.savedAt.isValid() || copy.id != QLatin1String("fuzz"))
        __builtin_trap();
    return 0;
}
