// The design reader on any bytes, with the save-and-reload property: whatever it accepts,
// the saved text reads back to an equal design and saves again to the same bytes.

#include "designdiff.h"
#include "designformat.h"

#include <cstdint>
#include <cstdio>

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &saved)
{
    std::fprintf(stderr, "save-and-reload broke: %s\n--- saved text ---\n%s\n", what, saved.constData());
    __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult first = DesignFormat::read(bytes, QStringLiteral("fuzz.yaml"));
    if (!first.ok()) {
        if (first.firstError().message.isEmpty())
            fail("refused without a reason", bytes);
        return 0;
    }
    const QByteArray saved = DesignFormat::write(*first.design);
    const LoadResult second = DesignFormat::read(saved, QStringLiteral("saved.yaml"));
    if (!second.ok())
        fail(qPrintable(QStringLiteral("the saved text does not reopen: ") + second.firstError().toString()), saved);
    if (const QString d = designDifference(*first.design, *second.design); !d.isEmpty())
        fail(qPrintable(QStringLiteral("the reopened design differs: ") + d), saved);
    if (DesignFormat::write(*second.design) != saved)
        fail("saving the reopened design gives other bytes", saved);
    return 0;
}
