// CloudFormation templates (docs/cloudformation.md): any bytes. A template that reads gives
// a design that saves and reopens unchanged, and exports again; nothing crashes, hangs or
// leaks, and a refusal always says why and where.

#include "cfnexport.h"
#include "cfnimport.h"
#include "designformat.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (256 << 10))
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CfnImport::Result r = CfnImport::read({{QStringLiteral("t.yaml"), bytes}});
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
    for (const CfnExport::Template &t : CfnExport::build(*r.design))
        if (CfnExport::toYaml(t.body).isEmpty() || CfnExport::toJson(t.body).isEmpty())
            __builtin_trap();
    return 0;
}
