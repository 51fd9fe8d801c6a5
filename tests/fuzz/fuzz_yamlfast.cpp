// The fast YAML reader against yaml-cpp on any bytes: whatever the fast reader takes,
// yaml-cpp reads too, into the same tree (nodes, text, lines, columns).

#include "yamlfast.h"
#include "yamltree.h"

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    YamlTree fast;
    if (!YamlFast::parse(bytes, fast))
        return 0;
    YamlTree reference;
    Diagnostic error;
    if (!reference.parseWithYamlCpp(bytes, QStringLiteral("fuzz.yaml"), error)) {
        std::fprintf(stderr, "the fast reader took what yaml-cpp refuses: %s\n", qPrintable(error.toString()));
        __builtin_trap();
    }
    std::string why;
    if (!fast.sameAs(reference, &why)) {
        std::fprintf(stderr, "the trees differ: %s\n", why.c_str());
        __builtin_trap();
    }
    return 0;
}
