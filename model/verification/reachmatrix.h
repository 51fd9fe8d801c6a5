#pragma once

#include "finding.h"
#include "reachability.h"

#include <map>
#include <set>

/// What is open between two spaces: for TCP and UDP the destination ports (merged ranges),
/// and the protocols without ports (ICMP, ICMPv6, any other number).
struct OpenSet
{
    std::map<int, QList<PortRange>> ports; // by protocol number: tcp, udp
    std::set<int> protocols;               // open protocols without ports

    void add(Protocol protocol, PortRange range);
    void add(const OpenSet &other);
    bool isEmpty() const { return ports.empty() && protocols.empty(); }
    /// How much is open, for a colour: the ports of TCP and UDP, and 1 for each other protocol.
    qint64 size() const;
    /// "tcp 22, 443, 8000-8080; udp 53; icmp" (empty when nothing is open).
    QString toString() const;
    /// Each protocol's part: {"tcp", "22, 443"}, {"icmp", ""}.
    std::vector<std::pair<QString, QString>> parts() const;
    friend bool operator==(const OpenSet &, const OpenSet &) = default;
};

/// The reachability matrix (INTENTS.md `reach`): for each pair of spaces, what is delivered
/// and answered, exactly, with one packet of it (the witness) to replay.
struct ReachMatrix
{
    struct Cell
    {
        int row = -1;
        int column = -1;
        OpenSet open;
        std::optional<PacketClass> witness; // one class that gets there and back
        Witness witnessPacket;              // its representative on the wire
    };
    QStringList rows;
    QStringList columns;
    std::vector<Cell> cells; // only the cells with something open, row by row
    qint64 classes = 0;      // classes evaluated
    qint64 pairs = 0;        // pairs of spaces computed

    const Cell *cell(int row, int column) const;

    /// The subnets of the design, in file order: the default rows and columns.
    static QStringList subnets(const Design &design);
    /// Computes the matrix. With `connectedOnly`, pairs of subnets in VPCs that neither are
    /// one nor are peered are left out (nothing routes between them). nullopt with `why`
    /// when a space names nothing. With `merge`, interfaces that behave alike towards every
    /// packet are evaluated once (the open sets are the same; `classes` counts fewer, and a
    /// witness may name another interface of the same kind).
    static std::optional<ReachMatrix> compute(const Reachability &engine, const QStringList &rows,
                                              const QStringList &columns, bool connectedOnly, QString *why,
                                              Protocol protocol = Protocol(Protocol::All),
                                              const QList<PortRange> &ports = {PortRange::all()}, bool merge = true);
    /// The ids of a design's security groups and VPCs, in file order (other axes).
    static QStringList securityGroups(const Design &design);
    static QStringList vpcs(const Design &design);
};
