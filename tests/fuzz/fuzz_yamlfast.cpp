// The fast YAML reader against yaml-cpp on any bytes: whatever the fast reader takes,
// yaml-cpp reads too, into the same tree (nodes, text, lines, columns).

#include "yamlcompare.h"

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString problem;
    compareWithYamlCpp(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), problem);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        __builtin_trap();
    }
    return 0;
}
