#include "cidr.h"

#include <QCoreApplication>
#include <QHashFunctions>

#include <algorithm>
#include <vector>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cidr)
};

} // namespace

Cidr::Cidr(IpAddress address, int prefixLength)
    : mAddress(address), mPrefix(std::clamp(prefixLength, 0, address.bitWidth()))
{}

std::optional<Cidr> Cidr::parse(std::string_view text, QString *error)
{
    const size_t slash = text.find('/');
    if (slash == std::string_view::npos) {
        if (error)
            *error = Tr::tr("a CIDR block needs a prefix length, such as /16");
        return std::nullopt;
    }
    const auto address = IpAddress::parse(text.substr(0, slash), error);
    if (!address)
        return std::nullopt;
    const std::string_view digits = text.substr(slash + 1);
    int length = 0;
    bool ok = !digits.empty() && digits.size() <= 3;
    for (char c : ok ? digits : std::string_view()) { // no digits read past three: no overflow
        if (c < '0' || c > '9') {
            ok = false;
            break;
        }
        length = length * 10 + (c - '0');
    }
    if (ok && digits.size() > 1 && digits[0] == '0')
        ok = false;
    if (!ok || length > address->bitWidth()) {
        if (error)
            *error = address->isV4() ? Tr::tr("the prefix length of an IPv4 block is 0 to 32")
                                     : Tr::tr("the prefix length of an IPv6 block is 0 to 128");
        return std::nullopt;
    }
    return Cidr(*address, length);
}

std::optional<Cidr> Cidr::parse(QStringView text, QString *error)
{
    std::array<char, 64> buffer{};
    if (text.size() >= qsizetype(buffer.size())) {
        if (error)
            *error = Tr::tr("too long to be a CIDR block");
        return std::nullopt;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        buffer[size_t(i)] = c < 128 ? char(c) : '?';
    }
    return parse(std::string_view(buffer.data(), size_t(text.size())), error);
}

u128 Cidr::hostMask() const
{
    const int bits = hostBits();
    if (bits <= 0)
        return 0;
    if (bits >= 128)
        return ~u128(0);
    return (u128(1) << bits) - 1;
}

bool Cidr::hasHostBits() const
{
    return (mAddress.value() & hostMask()) != 0;
}

Cidr Cidr::network() const
{
    return Cidr(first(), mPrefix);
}

IpAddress Cidr::first() const
{
    const u128 v = mAddress.value() & ~hostMask();
    return mAddress.isV4() ? IpAddress::v4(quint32(v)) : IpAddress::v6(v);
}

IpAddress Cidr::last() const
{
    const u128 v = (mAddress.value() | hostMask()) & mAddress.maxValue();
    return mAddress.isV4() ? IpAddress::v4(quint32(v)) : IpAddress::v6(v);
}

u128 Cidr::size() const
{
    const u128 mask = hostMask();
    return mask == ~u128(0) ? mask : mask + 1;
}

bool Cidr::contains(const IpAddress &address) const
{
    return address.family() == mAddress.family() && isValid() &&
           (address.value() & ~hostMask()) == (mAddress.value() & ~hostMask());
}

bool Cidr::contains(const Cidr &other) const
{
    return other.mPrefix >= mPrefix && contains(other.first());
}

bool Cidr::overlaps(const Cidr &other) const
{
    return family() == other.family() && isValid() && (contains(other.first()) || other.contains(first()));
}

std::array<IpAddress, 5> Cidr::reservedAddresses() const
{
    const IpAddress net = first();
    const IpAddress end = last();
    return {net, net.plus(1).value_or(end), net.plus(2).value_or(end), net.plus(3).value_or(end), end};
}

bool Cidr::isReserved(const IpAddress &address) const
{
    if (!contains(address))
        return false;
    const u128 offset = address.value() - first().value();
    return offset <= 3 || address == last();
}

std::optional<IpAddress> Cidr::firstUsable() const
{
    if (hostBits() < 3)
        return std::nullopt;
    return first().plus(4);
}

std::optional<IpAddress> Cidr::lastUsable() const
{
    if (hostBits() < 3)
        return std::nullopt;
    return last().minus(1);
}

std::optional<Cidr> Cidr::nextFree(const Cidr &parent, int prefixLength, std::span<const Cidr> used)
{
    if (!parent.isValid() || prefixLength < parent.prefixLength() || prefixLength > parent.address().bitWidth())
        return std::nullopt;
    std::vector<Cidr> blocks;
    blocks.reserve(used.size());
    for (const Cidr &c : used)
        if (c.overlaps(parent))
            blocks.push_back(c.network());
    std::sort(blocks.begin(), blocks.end(), [](const Cidr &a, const Cidr &b) { return a.first() < b.first(); });

    const int bits = parent.address().bitWidth() - prefixLength;
    // span = block size - 1, which also fits for a /0 IPv6 block.
    const u128 span = bits >= 128 ? ~u128(0) : (u128(1) << bits) - 1;
    const u128 end = parent.last().value();
    u128 candidate = parent.first().value();
    const auto make = [&](u128 v) {
        return Cidr(parent.isV4() ? IpAddress::v4(quint32(v)) : IpAddress::v6(v), prefixLength);
    };
    for (const Cidr &b : blocks) {
        const u128 candidateLast = candidate + span;
        if (b.first().value() > candidateLast)
            break; // sorted: nothing later can overlap this candidate
        if (b.last().value() < candidate)
            continue;
        // Overlap: move past this block, aligned to the block size.
        const u128 after = b.last().value();
        if (after >= end)
            return std::nullopt;
        u128 next = after + 1;
        if (bits < 128) {
            if (next & span) {
                const u128 aligned = (next | span);
                if (aligned >= end)
                    return std::nullopt;
                next = aligned + 1;
            }
        }
        candidate = next;
    }
    if (candidate > end || end - candidate < span)
        return std::nullopt;
    return make(candidate);
}

std::string Cidr::toStdString() const
{
    return mAddress.toStdString() + '/' + std::to_string(mPrefix);
}

QString Cidr::toString() const
{
    return QString::fromLatin1(toStdString());
}

size_t qHash(const Cidr &cidr, size_t seed)
{
    return qHashMulti(seed, cidr.address(), cidr.prefixLength());
}
