#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

using u128 = unsigned __int128;

/// An IPv4 or IPv6 address as a plain value (no heap), ordered by family then value.
class IpAddress
{
public:
    enum class Family : quint8 { Invalid = 0, V4 = 4, V6 = 6 };

    constexpr IpAddress() = default;
    static constexpr IpAddress v4(quint32 value) { return IpAddress(Family::V4, value); }
    static constexpr IpAddress v6(u128 value) { return IpAddress(Family::V6, value); }
    static constexpr IpAddress v6(quint64 high, quint64 low) { return IpAddress(Family::V6, (u128(high) << 64) | low); }

    /// Parses dotted-quad IPv4 or any RFC 4291 text form of IPv6 (no zone id).
    /// On failure returns nullopt and, when `error` is given, says why.
    static std::optional<IpAddress> parse(std::string_view text, QString *error = nullptr);
    static std::optional<IpAddress> parse(QStringView text, QString *error = nullptr);

    constexpr Family family() const { return mFamily; }
    constexpr bool isValid() const { return mFamily != Family::Invalid; }
    constexpr bool isV4() const { return mFamily == Family::V4; }
    constexpr bool isV6() const { return mFamily == Family::V6; }
    constexpr int bitWidth() const { return isV4() ? 32 : isV6() ? 128 : 0; }
    constexpr u128 value() const { return (u128(mHigh) << 64) | mLow; }
    constexpr quint32 toV4() const { return quint32(mLow); }

    /// The largest value of this family (255.255.255.255 or ffff:...:ffff).
    constexpr u128 maxValue() const { return isV4() ? u128(0xffffffffu) : ~u128(0); }
    /// This address plus `delta`, or nullopt when that leaves the address space.
    std::optional<IpAddress> plus(u128 delta) const;
    /// This address minus `delta`, or nullopt when that leaves the address space.
    std::optional<IpAddress> minus(u128 delta) const;

    /// True for ::ffff:a.b.c.d; `mappedV4()` gives a.b.c.d.
    bool isV4Mapped() const;
    IpAddress mappedV4() const;

    /// Canonical text: dotted quad, or RFC 5952 for IPv6 (lowercase, longest zero run
    /// compressed, ::ffff:a.b.c.d for mapped addresses).
    QString toString() const;
    std::string toStdString() const;

    friend constexpr bool operator==(const IpAddress &, const IpAddress &) = default;
    friend constexpr std::strong_ordering operator<=>(const IpAddress &a, const IpAddress &b)
    {
        if (a.mFamily != b.mFamily)
            return a.mFamily <=> b.mFamily;
        if (a.mHigh != b.mHigh)
            return a.mHigh <=> b.mHigh;
        return a.mLow <=> b.mLow;
    }

private:
    constexpr IpAddress(Family family, u128 value) : mHigh(quint64(value >> 64)), mLow(quint64(value)), mFamily(family)
    {}

    // Two 64-bit halves rather than one 128-bit integer: 8-byte alignment makes an
    // address 24 bytes instead of 32, and every rule, route and record that holds one
    // smaller with it.
    quint64 mHigh = 0;
    quint64 mLow = 0;
    Family mFamily = Family::Invalid;
};

size_t qHash(const IpAddress &address, size_t seed = 0);
