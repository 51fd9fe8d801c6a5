// Intents (INTENTS.md): any bytes. A design that reads has its intents proved within a
// small budget of classes; a violation's witness does what the verdict says when the
// simulator runs it, and none of it crashes, hangs or leaks.

#include "designformat.h"
#include "intentcheck.h"

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (16 << 10))
        return 0; // the design reader has its own target for big files
    const LoadResult r =
        DesignFormat::read(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), QStringLiteral("i.yaml"));
    if (!r.ok() || r.design->intents().empty())
        return 0;
    const Simulator sim(*r.design);
    const Reachability engine(sim);
    const IntentCheck check(engine, 20000);
    for (const Intent *intent : r.design->intents()) {
        const IntentResult res = check.check(*intent);
        if (res.status == IntentResult::Status::Invalid && res.message.isEmpty())
            __builtin_trap(); // a refusal always says why
        if (res.status != IntentResult::Status::Violated)
            continue;
        if (!res.witnessRun || !res.witnessRun->error.isEmpty()) {
            std::fprintf(stderr, "a violation without a runnable witness: %s\n", qPrintable(res.message));
            __builtin_trap();
        }
        const FlowRun &w = *res.witnessRun;
        const bool consistent = intent->expect == IntentExpect::None   ? w.requestDelivered()
                                : intent->expect == IntentExpect::Some ? !w.delivered() || !intent->via.isEmpty()
                                                                       : !w.delivered() || !intent->via.isEmpty();
        if (!consistent) {
            std::fprintf(stderr, "the witness does not break the intent: %s\n", qPrintable(res.message));
            __builtin_trap();
        }
    }
    return 0;
}
