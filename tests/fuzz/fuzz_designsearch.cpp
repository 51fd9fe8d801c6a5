// Find's query reader: any text typed into the find bar, against the three-tier example.

#include "designformat.h"
#include "designsearch.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::unique_ptr<Design> design = [] {
        LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
        return std::move(r.design);
    }();
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<DesignSearch::Match> found = DesignSearch::find(*design, query);
    for (const DesignSearch::Match &m : found)
        if (!design->contains(m.id))
            __builtin_trap(); // a result that names nothing
    return 0;
}
