// AWS CLI describe-* output (docs/cloudformation.md): any bytes. Output that reads gives a
// design that saves and reopens unchanged; nothing crashes, hangs or leaks, and a refusal
// always says why.

#include "awsdescribe.h"
#include "designformat.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (256 << 10))
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CfnImport::Result r = AwsDescribe::read({{QStringLiteral("describe.json"), bytes}});
    if (!r.design) {
        bool said = false;
        for (const Diagnostic &d : r.diagnostics)
            said = said || (d.isError() && !d.message.isEmpty());
        if (!said)
            __builtin_trap(); // a refusal says why
        return 0;
    }
    const QByteArray saved = DesignFormat::write(*r.design);
    const LoadResult again = DesignFormat::read(saved, QStringLiteral("again.yaml"));
    if (!again.ok() || DesignFormat::write(*again.design) != saved)
        __builtin_trap(); // what we save we can reopen, unchanged
    return 0;
}
