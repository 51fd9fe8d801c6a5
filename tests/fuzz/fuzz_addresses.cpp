// IP addresses and CIDR blocks as typed in files and fields: any text. Whatever parses
// prints back as text that parses to the same value, and the UTF-8 and UTF-16 readers agree.

#include "cidr.h"
#include "ipaddress.h"

#include <cstdint>
#include <cstdio>
#include <string_view>

namespace {

void check(bool ok, const char *what, std::string_view text)
{
    if (!ok) {
        std::fprintf(stderr, "%s: '%.*s'\n", what, int(text.size()), text.data());
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const QString wide = QString::fromUtf8(text.data(), qsizetype(text.size()));
    const bool validUtf8 = wide.toUtf8() == QByteArray(text.data(), qsizetype(text.size()));

    QString why;
    const auto address = IpAddress::parse(text, &why);
    check(address || !why.isEmpty(), "an address refused without a reason", text);
    if (validUtf8)
        check(IpAddress::parse(QStringView(wide)) == address, "the UTF-8 and UTF-16 address readers disagree", text);
    if (address) {
        const QString printed = address->toString();
        check(IpAddress::parse(QStringView(printed)) == address, "an address does not read back as printed", text);
    }

    why.clear();
    const auto block = Cidr::parse(text, &why);
    check(block || !why.isEmpty(), "a block refused without a reason", text);
    if (validUtf8)
        check(Cidr::parse(QStringView(wide)) == block, "the UTF-8 and UTF-16 block readers disagree", text);
    if (block) {
        const QString printed = block->toString();
        check(Cidr::parse(QStringView(printed)) == block, "a block does not read back as printed", text);
        check(block->prefixLength() >= 0 && block->prefixLength() <= (block->address().isV4() ? 32 : 128),
              "a prefix outside its family", text);
    }
    return 0;
}
