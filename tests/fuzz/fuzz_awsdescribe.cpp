// AWS CLI describe-* output (docs/cloudformation.md): any bytes. Output that reads gives a
// design that saves and reopens unchanged; nothing crashes, hangs or leaks, and a refusal
// always says why.

#include "awsdescribe.h"
#include "importcheck.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (256 << 10))
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkImport(AwsDescribe::read({{QStringLiteral("describe.json"), bytes}}));
    return 0;
}
