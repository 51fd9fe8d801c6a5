#pragma once

#include "cidr.h"

#include <QMetaType>
#include <QString>

/// An IP protocol number; -1 stands for all protocols.
class Protocol
{
public:
    static constexpr int All = -1, Icmp = 1, Tcp = 6, Udp = 17, Icmpv6 = 58;

    constexpr Protocol() = default;
    constexpr explicit Protocol(int number) : mNumber(number) {}

    /// Reads `tcp`, `udp`, `icmp`, `icmpv6`, `all`, `-1` or 0-255.
    static std::optional<Protocol> parse(std::string_view text);
    constexpr int number() const { return mNumber; }
    constexpr bool isAll() const { return mNumber == All; }
    /// Whether rules of this protocol carry ports (tcp, udp, or all).
    constexpr bool hasPorts() const { return mNumber == Tcp || mNumber == Udp; }
    bool matches(int protocol) const { return mNumber == All || mNumber == protocol; }
    /// The name written to files: the keyword where there is one, else the number.
    QString toString() const;

    friend constexpr bool operator==(Protocol, Protocol) = default;

private:
    int mNumber = All;
};

/// A port or range of ports; `isAll()` when absent.
struct PortRange
{
    int from = 0;
    int to = 65535;

    static constexpr PortRange all() { return {0, 65535}; }
    static constexpr PortRange single(int port) { return {port, port}; }
    /// Reads `443` or `1024-65535`.
    static std::optional<PortRange> parse(std::string_view text, QString *error = nullptr);

    constexpr bool isAll() const { return from == 0 && to == 65535; }
    constexpr bool isSingle() const { return from == to; }
    constexpr bool contains(int port) const { return port >= from && port <= to; }
    constexpr bool overlaps(PortRange o) const { return from <= o.to && o.from <= to; }
    constexpr bool covers(PortRange o) const { return from <= o.from && o.to <= to; }
    /// `443`, `1024-65535`, or `all`.
    QString toString() const;

    friend constexpr bool operator==(PortRange, PortRange) = default;
};

/// One row of a route table. `target` is the id of a gateway, NAT gateway, peering
/// connection or instance; `local` for the implicit routes of a VPC's own blocks.
struct Route
{
    Cidr destination; // invalid when the destination is a prefix list
    QString target;
    bool isPrefixList() const { return !prefixList.isEmpty(); }
    /// The destination as written: the block, or the prefix list.
    QString destinationText() const { return isPrefixList() ? prefixList : destination.toString(); }
    /// The text of a prefix list as a route's or rule's destination, normalised
    /// (service:S3 -> service:s3), or empty when `text` names none.
    static QString prefixListOf(QStringView text);
    /// Set on implicit rows (local routes, gateway-endpoint prefix lists): never written.
    bool implicit = false;
    QString prefixList = {}; // an AWS-managed prefix list: service:s3, service:dynamodb, or pl-... by id

    friend bool operator==(const Route &, const Route &) = default;
};

/// One numbered rule of a network ACL; `cidr` is the source (ingress) or destination (egress).
struct NaclRule
{
    int number = 0;
    Protocol protocol;
    PortRange ports;
    Cidr cidr;
    bool allow = true;

    friend bool operator==(const NaclRule &, const NaclRule &) = default;
};

/// One allow rule of a security group; the peer is a CIDR or the id of a group.
struct SgRule
{
    Protocol protocol;
    PortRange ports;
    Cidr cidr;     // valid when the peer is a block
    QString group; // set when the peer is a security group (or a prefix list: pl-..., service:NAME)

    bool isGroupReference() const { return !group.isEmpty(); }
    /// A prefix list: an AWS-managed one named as service:s3 / service:dynamodb (the
    /// Region's list, which the simulator evaluates), or by its id pl-... (which it cannot).
    bool isPrefixList() const
    {
        return group.startsWith(QLatin1String("pl-")) || group.startsWith(QLatin1String("service:"));
    }
    QString peerText() const { return isGroupReference() ? group : cidr.toString(); }

    friend bool operator==(const SgRule &, const SgRule &) = default;
};

using RouteList = QList<Route>;
using NaclRuleList = QList<NaclRule>;
using SgRuleList = QList<SgRule>;

Q_DECLARE_METATYPE(Cidr)
Q_DECLARE_METATYPE(IpAddress)
Q_DECLARE_METATYPE(Route)
Q_DECLARE_METATYPE(NaclRule)
Q_DECLARE_METATYPE(SgRule)
