#pragma once

#include "ipaddress.h"

#include <QList>

#include <array>
#include <span>

/// An IPv4 or IPv6 block as written (`10.0.1.7/24` keeps its host bits; `network()`
/// gives the block AWS would store). A plain value.
class Cidr
{
public:
    constexpr Cidr() = default;
    Cidr(IpAddress address, int prefixLength);

    /// Parses `ADDRESS/LENGTH`. A bare address is not a CIDR.
    static std::optional<Cidr> parse(std::string_view text, QString *error = nullptr);
    static std::optional<Cidr> parse(QStringView text, QString *error = nullptr);

    bool isValid() const { return mAddress.isValid(); }
    bool isV4() const { return mAddress.isV4(); }
    bool isV6() const { return mAddress.isV6(); }
    IpAddress::Family family() const { return mAddress.family(); }
    /// The address as written, host bits included.
    IpAddress address() const { return mAddress; }
    int prefixLength() const { return mPrefix; }
    int hostBits() const { return mAddress.bitWidth() - mPrefix; }
    bool hasHostBits() const;

    /// The block with host bits cleared.
    Cidr network() const;
    IpAddress first() const;
    IpAddress last() const;
    /// Number of addresses, saturated at 2^128 - 1 for ::/0.
    u128 size() const;

    bool contains(const IpAddress &address) const;
    bool contains(const Cidr &other) const;
    bool overlaps(const Cidr &other) const;

    /// The five addresses AWS reserves in every subnet: network, +1 (VPC router),
    /// +2 (DNS), +3 (future use), and the last one.
    std::array<IpAddress, 5> reservedAddresses() const;
    bool isReserved(const IpAddress &address) const;
    /// The first and last address an instance may use (nullopt for blocks too small).
    std::optional<IpAddress> firstUsable() const;
    std::optional<IpAddress> lastUsable() const;

    /// The lowest block of `prefixLength` inside `parent` that overlaps none of `used`
    /// (which may be unsorted and of any family), or nullopt when the parent is full.
    static std::optional<Cidr> nextFree(const Cidr &parent, int prefixLength, std::span<const Cidr> used);

    /// Canonical text of the address as written plus `/LENGTH`.
    QString toString() const;
    std::string toStdString() const;

    friend bool operator==(const Cidr &, const Cidr &) = default;
    friend std::strong_ordering operator<=>(const Cidr &a, const Cidr &b)
    {
        if (auto c = a.mAddress <=> b.mAddress; c != 0)
            return c;
        return a.mPrefix <=> b.mPrefix;
    }

private:
    u128 hostMask() const;

    IpAddress mAddress;
    int mPrefix = 0;
};

size_t qHash(const Cidr &cidr, size_t seed = 0);
