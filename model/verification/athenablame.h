#pragma once

#include "reachability.h"
#include "replay.h"

#include <optional>

/// `replay --athena DIR`: the blame of `replay`, for flow logs too big for one machine,
/// as tables and a query that Athena (or any Trino) runs where the logs are. For every
/// interface of the design, each direction, and each class of packets that the design's
/// settings induce (the other end's addresses, the protocol, the ports, whether the record
/// reads as the answer of a connection the other way), the setting that rejects that class
/// at that interface, as `replay` names it for any one packet of it. Classes the design
/// lets through are left out: a REJECT of theirs comes from something the design lacks.
class AthenaBlame
{
public:
    struct Row
    {
        int iface = -1;
        bool egress = false;
        IpAddress first, last; // the other end's addresses
        int protocol = 0;      // a protocol class (Atoms::protocolClass)
        PortRange sourcePorts{0, 65535};
        PortRange destinationPorts{0, 65535};
        bool answer = false;
        QString setting; // the settings that reject it, joined by " + "
    };
    struct Table
    {
        std::vector<Row> rows;
        qint64 classes = 0;   // classes whose verdict was asked
        qint64 evaluated = 0; // packets the simulator evaluated (the rest shared a representative)
    };

    AthenaBlame(const Reachability &reachability, const Replay &replay);

    /// The table; nullopt with `why` past `budget` evaluations.
    std::optional<Table> compute(QString *why, qint64 budget = 5'000'000) const;

    /// `blame/classes/classes.csv`: one row per class (with a header line).
    QByteArray classesCsv(const Table &table) const;
    /// `blame/interfaces/interfaces.csv`: the design's interfaces and their addresses.
    QByteArray interfacesCsv() const;
    /// `blame.sql`: the two tables' DDL and, per flow log of the design that goes to S3
    /// with the fields the join needs, the query that names the setting for every REJECT.
    QByteArray sql() const;
    /// Writes the three files under `dir`, each whole or not at all.
    bool write(const Table &table, const QString &dir, QStringList *written, QString *error) const;

    /// The fixed-width key of an address that the query compares: 32 upper-case hex
    /// digits of its 16 bytes, IPv4 as an IPv4-mapped IPv6 address (what Trino's
    /// `to_hex(CAST(CAST(a AS IPADDRESS) AS VARBINARY))` gives).
    static QString addressKey(const IpAddress &address);

private:
    /// The protocol numbers that are their own class (the rest share one).
    std::vector<int> namedProtocols() const;
    int otherProtocol() const;

    const Reachability &mReach;
    const Replay &mReplay;
};
