// CloudFormation templates (docs/cloudformation.md): any bytes. A template that reads gives
// a design that saves and reopens unchanged, and exports again; nothing crashes, hangs or
// leaks, and a refusal always says why and where.

#include "cfnexport.h"
#include "importcheck.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (256 << 10))
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CfnImport::Result r = CfnImport::read({{QStringLiteral("t.yaml"), bytes}});
    checkImport(r);
    if (r.design)
        for (const CfnExport::Template &t : CfnExport::build(*r.design))
            if (CfnExport::toYaml(t.body).isEmpty() || CfnExport::toJson(t.body).isEmpty())
                __builtin_trap();
    return 0;
}
