#pragma once

// What every import fuzz target checks of a reader's result (docs/cloudformation.md): a
// refusal says why, and a design that reads saves and reopens unchanged.

#include "cfnimport.h"
#include "designformat.h"

inline void checkImport(const CfnImport::Result &r)
{
    if (!r.design) {
        bool said = false;
        for (const Diagnostic &d : r.diagnostics)
            said = said || (d.isError() && !d.message.isEmpty());
        if (!said)
            __builtin_trap(); // a refusal says why
        return;
    }
    const QByteArray saved = DesignFormat::write(*r.design);
    const LoadResult again = DesignFormat::read(saved, QStringLiteral("again.yaml"));
    if (!again.ok() || DesignFormat::write(*again.design) != saved)
        __builtin_trap(); // what we save we can reopen, unchanged
}
