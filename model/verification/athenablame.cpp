#include "athenablame.h"

#include "atomicwrite.h"
#include "csv.h"
#include "design.h"
#include "flowlogexport.h"
#include "flowlogformat.h"

#include <QCoreApplication>

#include <map>
#include <tuple>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowLogs)
};

/// ::ffff:0.0.0.0/96, where the keys of IPv4 addresses are.
constexpr u128 MappedFirst = u128(0xffff) << 32;
constexpr u128 MappedLast = MappedFirst | 0xffffffffu;

const char *const ClassColumns[] = {"interface_id",     "flow_direction",  "other_first",  "other_last",
                                    "other_first_text", "other_last_text", "protocol",     "srcport_first",
                                    "srcport_last",     "dstport_first",   "dstport_last", "answer",
                                    "setting"};
const char *const InterfaceColumns[] = {"interface_id", "object", "subnet", "vpc", "private_v4", "public_v4", "ipv6"};

/// A table over one CSV folder (OpenCSVSerde reads every column as a string).
QByteArray csvTable(const char *name, const char *const *columns, size_t count, const QString &location)
{
    QByteArray sql = QByteArray("CREATE EXTERNAL TABLE IF NOT EXISTS ") + name + " (\n";
    for (size_t i = 0; i < count; ++i)
        sql += QByteArray("  `") + columns[i] + "` string" + (i + 1 < count ? ",\n" : "\n");
    sql += ")\nROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.OpenCSVSerde'\n"
           "LOCATION '" +
           location.toUtf8() +
           "'\n"
           "TBLPROPERTIES (\"skip.header.line.count\"=\"1\");\n";
    return sql;
}

QByteArray numbers(const std::vector<int> &list)
{
    QByteArray out;
    for (int n : list)
        out += (out.isEmpty() ? QByteArray() : QByteArray(", ")) + QByteArray::number(n);
    return out;
}

} // namespace

AthenaBlame::AthenaBlame(const Reachability &reachability, const Replay &replay) : mReach(reachability), mReplay(replay)
{}

QString AthenaBlame::addressKey(const IpAddress &address)
{
    const u128 v = address.isV4() ? (u128(0xffff) << 32) | address.value() : address.value();
    QString key(32, QLatin1Char('0'));
    for (int i = 0; i < 32; ++i)
        key[31 - i] = QLatin1Char("0123456789ABCDEF"[int((v >> (4 * i)) & 0xf)]);
    return key;
}

std::vector<int> AthenaBlame::namedProtocols() const
{
    const int other = otherProtocol();
    std::vector<int> named;
    for (int n = 0; n < 256; ++n)
        if (n != other && mReach.atoms().protocolClass(n).number() == n)
            named.push_back(n);
    return named;
}

int AthenaBlame::otherProtocol() const
{
    // The class most numbers fall in: the stand-in for every protocol no rule names.
    std::map<int, int> members;
    for (int n = 0; n < 256; ++n)
        ++members[mReach.atoms().protocolClass(n).number()];
    int best = 0, most = -1;
    for (const auto &[cls, count] : members)
        if (count > most)
            std::tie(best, most) = std::pair{cls, count};
    return best;
}

std::optional<AthenaBlame::Table> AthenaBlame::compute(QString *why, qint64 budget) const
{
    const Network &net = mReach.network();
    const Atoms &atoms = mReach.atoms();
    const std::vector<PortRange> &ports = atoms.portClasses();
    Table table;
    // A record that is no answer is decided by its destination port; one that reads as an
    // answer (from a lower port to a higher one of at least 1024, as `replay` reads it) by
    // both, the source port being the server's and the destination the client's.
    struct Run
    {
        IpAddress first, last;
        QString setting;
        bool operator==(const Run &) const = default;
    };
    using Runs = std::vector<Run>;
    for (size_t i = 0; i < net.interfaces.size(); ++i) {
        const Network::Interface &x = net.interfaces[i];
        for (const IpAddress::Family family : {IpAddress::Family::V4, IpAddress::Family::V6}) {
            const IpAddress mine = family == IpAddress::Family::V4 ? x.privateV4 : x.v6;
            if (!mine.isValid())
                continue;
            const int classes = atoms.addressClasses(family);
            for (const bool egress : {false, true})
                for (const Protocol protocol : atoms.protocols(family)) {
                    // The runs of addresses a setting rejects, for one packet's ports: the
                    // classes in order, one evaluation per representative, equal
                    // neighbours joined.
                    bool over = false;
                    const auto runsFor = [&](int source, int destination) {
                        Runs runs;
                        std::map<int, QString> byRepresentative;
                        for (int c = 0; c < classes && !over; ++c) {
                            ++table.classes;
                            const int rep = atoms.representative(family, c);
                            auto it = byRepresentative.find(rep);
                            if (it == byRepresentative.end()) {
                                if (++table.evaluated > budget) {
                                    over = true;
                                    break;
                                }
                                LogRecord r;
                                const IpAddress other = atoms.classFirst(family, rep);
                                r.src = egress ? mine : other;
                                r.dst = egress ? other : mine;
                                r.protocol = qint16(protocol.number());
                                r.srcPort = source;
                                r.dstPort = destination;
                                r.direction = egress ? LogRecord::Direction::Egress : LogRecord::Direction::Ingress;
                                QStringList settings;
                                for (const HopText &h : mReplay.blame(r, int(i)).blockedBy)
                                    settings.append(h.setting);
                                it = byRepresentative.emplace(rep, settings.join(QStringLiteral(" + "))).first;
                            }
                            const IpAddress first = atoms.classFirst(family, c), last = atoms.classLast(family, c);
                            if (!runs.empty() && runs.back().setting == it->second &&
                                runs.back().last.plus(1) == std::optional<IpAddress>(first))
                                runs.back().last = last;
                            else
                                runs.push_back({first, last, it->second});
                        }
                        std::erase_if(runs, [](const Run &r) { return r.setting.isEmpty(); });
                        return runs;
                    };
                    const auto output = [&](const Runs &runs, PortRange sources, PortRange destinations, bool answer) {
                        for (const Run &r : runs) {
                            Row row{int(i),  egress,       r.first, r.last,   protocol.number(),
                                    sources, destinations, answer,  r.setting};
                            // The keys of IPv4 addresses are IPv4-mapped IPv6 ones: IPv6 rows
                            // leave that block out (flow logs never hold such addresses).
                            if (family == IpAddress::Family::V6 && r.first.value() <= MappedLast &&
                                r.last.value() >= MappedFirst) {
                                if (r.first.value() < MappedFirst) {
                                    row.last = IpAddress::v6(MappedFirst - 1);
                                    table.rows.push_back(row);
                                }
                                if (r.last.value() > MappedLast) {
                                    row.first = IpAddress::v6(MappedLast + 1);
                                    row.last = r.last;
                                    table.rows.push_back(row);
                                }
                                continue;
                            }
                            table.rows.push_back(row);
                        }
                    };
                    if (!protocol.hasPorts()) {
                        output(runsFor(0, 0), PortRange::all(), PortRange::all(), false);
                        continue;
                    }
                    // No answer: destination classes with the same runs are joined.
                    std::optional<std::pair<PortRange, Runs>> pending;
                    for (const PortRange &d : ports) {
                        Runs runs = runsFor(65535, d.from);
                        if (pending && pending->second == runs) {
                            pending->first.to = d.to;
                            continue;
                        }
                        if (pending)
                            output(pending->second, PortRange::all(), pending->first, false);
                        pending = {d, std::move(runs)};
                    }
                    if (pending)
                        output(pending->second, PortRange::all(), pending->first, false);
                    // Answers: for each client port class, the server port classes with the
                    // same runs joined; then client classes with the same of those joined.
                    using Column = std::vector<std::pair<PortRange, Runs>>;
                    std::optional<std::pair<PortRange, Column>> last;
                    const auto outputColumn = [&](const std::pair<PortRange, Column> &column) {
                        for (const auto &[sources, runs] : column.second)
                            output(runs, sources, column.first, true);
                    };
                    for (const PortRange &d : ports) {
                        if (d.to < 1024)
                            continue;
                        Column column;
                        for (const PortRange &s : ports) {
                            if (s.from >= d.to)
                                break;
                            Runs runs = runsFor(s.from, d.to);
                            if (!column.empty() && column.back().second == runs)
                                column.back().first.to = s.to;
                            else
                                column.emplace_back(s, std::move(runs));
                        }
                        if (last && last->second == column) {
                            last->first.to = d.to;
                            continue;
                        }
                        if (last)
                            outputColumn(*last);
                        last = {d, std::move(column)};
                    }
                    if (last)
                        outputColumn(*last);
                    if (over) {
                        *why = Tr::tr("the design induces more than %1 classes of packets at its interfaces: too "
                                      "many to tabulate")
                                   .arg(budget);
                        return std::nullopt;
                    }
                }
        }
    }
    return table;
}

QByteArray AthenaBlame::classesCsv(const Table &table) const
{
    const Network &net = mReach.network();
    QStringList header;
    for (const char *c : ClassColumns)
        header.append(QLatin1String(c));
    QByteArray out = Csv::line(header);
    for (const Row &r : table.rows)
        out += Csv::line({net.interfaces[size_t(r.iface)].eni,
                          r.egress ? QStringLiteral("egress") : QStringLiteral("ingress"), addressKey(r.first),
                          addressKey(r.last), r.first.toString(), r.last.toString(), QString::number(r.protocol),
                          QString::number(r.sourcePorts.from), QString::number(r.sourcePorts.to),
                          QString::number(r.destinationPorts.from), QString::number(r.destinationPorts.to),
                          r.answer ? QStringLiteral("1") : QStringLiteral("0"), r.setting});
    return out;
}

QByteArray AthenaBlame::interfacesCsv() const
{
    const Network &net = mReach.network();
    QStringList header;
    for (const char *c : InterfaceColumns)
        header.append(QLatin1String(c));
    QByteArray out = Csv::line(header);
    const auto text = [](const IpAddress &a) { return a.isValid() ? a.toString() : QString(); };
    for (const Network::Interface &x : net.interfaces)
        out += Csv::line({x.eni, x.owner->id, x.subnet >= 0 ? net.subnets[size_t(x.subnet)].subnet->id : QString(),
                          x.vpc >= 0 ? net.vpcs[size_t(x.vpc)].vpc->id : QString(), text(x.privateV4), text(x.publicV4),
                          text(x.v6)});
    return out;
}

QByteArray AthenaBlame::sql() const
{
    const Network &net = mReach.network();
    // The tables' files go beside the flow logs, in the first S3 bucket they use.
    QString bucket = QStringLiteral("flow-log-bucket");
    std::vector<const FlowLog *> logs;
    for (const Network::VpcInfo &vpc : net.vpcs)
        for (const FlowLog *log : vpc.vpc->flowLogList())
            if (log->destination != LogDestination::CloudWatchLogs) {
                if (logs.empty())
                    bucket = FlowLogExport::athenaBucket(*log);
                logs.push_back(log);
            }
    const QString base = QStringLiteral("s3://%1/vpc-designer-blame/").arg(bucket);
    QByteArray sql =
        "-- What in the design rejects each REJECT record of its flow logs, computed where the logs are.\n"
        "-- Made by `vpc-designer replay --athena`. Copy the folders blame/classes and blame/interfaces to\n"
        "-- the LOCATIONs below (or change them), create the flow-log tables of athena.sql (vpc-designer\n"
        "-- simulate --flow-logs writes it), then run these statements.\n"
        "--\n"
        "-- vpc_designer_blame_classes holds, per interface and direction, every class of packets the\n"
        "-- design's settings tell apart (the other end's addresses as 32-digit hex keys, the protocol, the\n"
        "-- ports, whether the record reads as an answer) that a setting of the design rejects, and that\n"
        "-- setting. A REJECT that meets no row is one the design lets through: the rejection comes from\n"
        "-- something the design does not have. Records are joined to interfaces by interface_id.\n\n";
    sql += csvTable("vpc_designer_blame_classes", ClassColumns, std::size(ClassColumns),
                    base + QStringLiteral("classes/"));
    sql += '\n';
    sql += csvTable("vpc_designer_interfaces", InterfaceColumns, std::size(InterfaceColumns),
                    base + QStringLiteral("interfaces/"));
    const QByteArray named = numbers(namedProtocols());
    const QByteArray other = QByteArray::number(otherProtocol());
    std::vector<int> withPorts;
    for (int n = 0; n < 256; ++n)
        if (Protocol(n).hasPorts())
            withPorts.push_back(n);
    if (logs.empty())
        logs.push_back(nullptr); // a table of the name AWS's documentation uses
    for (const FlowLog *log : logs) {
        const QString table = log ? FlowLogExport::athenaTable(*log) : QStringLiteral("vpc_flow_logs");
        sql += "\n-- The blame of every REJECT of " + table.toUtf8() +
               (log ? QByteArray(" (flow log ") + log->id.toUtf8() + ")"
                    : QByteArray(" (no flow log of the design "
                                 "goes to S3: name yours)")) +
               ".\n";
        if (log) {
            const auto format = FlowLogFormat::parse(log->format);
            QStringList missing;
            for (const char *f : {"interface-id", "srcaddr", "dstaddr", "srcport", "dstport", "protocol", "action"})
                if (format && std::find(format->fields().begin(), format->fields().end(), *FlowLogFormat::field(f)) ==
                                  format->fields().end())
                    missing.append(QLatin1String(f));
            if (!missing.isEmpty()) {
                sql += "-- Not possible: its format has no " + missing.join(QStringLiteral(", ")).toUtf8() + ".\n";
                continue;
            }
        }
        sql += "WITH k AS (\n"
               "  SELECT l.interface_id, l.srcaddr, l.dstaddr, l.srcport, l.dstport, l.protocol, l.packets,\n"
               "    CASE WHEN l.dstaddr IN (i.private_v4, i.public_v4, i.ipv6) THEN 'ingress' ELSE 'egress' END "
               "AS flow_direction,\n"
               "    to_hex(CAST(CAST(CASE WHEN l.dstaddr IN (i.private_v4, i.public_v4, i.ipv6) THEN l.srcaddr "
               "ELSE l.dstaddr END AS IPADDRESS) AS VARBINARY)) AS other_key,\n"
               "    CASE WHEN l.protocol IN (" +
               named + ") THEN l.protocol ELSE " + other +
               " END AS protocol_class,\n"
               "    CASE WHEN l.protocol IN (" +
               numbers(withPorts) +
               ") AND l.srcport < l.dstport AND l.dstport >= 1024 THEN 1 ELSE 0 END AS answer\n"
               "  FROM " +
               table.toUtf8() +
               " l JOIN vpc_designer_interfaces i ON l.interface_id = i.interface_id\n"
               "  WHERE l.action = 'REJECT'\n"
               ")\n"
               "SELECT k.interface_id, k.flow_direction, k.srcaddr, k.dstaddr, k.srcport, k.dstport, k.protocol,\n"
               "  COALESCE(c.setting, '-') AS setting, count(*) AS records, sum(k.packets) AS packets\n"
               "FROM k LEFT JOIN vpc_designer_blame_classes c\n"
               "  ON c.interface_id = k.interface_id AND c.flow_direction = k.flow_direction\n"
               "  AND k.other_key BETWEEN c.other_first AND c.other_last\n"
               "  AND CAST(c.protocol AS integer) = k.protocol_class AND CAST(c.answer AS integer) = k.answer\n"
               "  AND k.srcport BETWEEN CAST(c.srcport_first AS integer) AND CAST(c.srcport_last AS integer)\n"
               "  AND k.dstport BETWEEN CAST(c.dstport_first AS integer) AND CAST(c.dstport_last AS integer)\n"
               "GROUP BY k.interface_id, k.flow_direction, k.srcaddr, k.dstaddr, k.srcport, k.dstport, k.protocol, "
               "c.setting\n"
               "ORDER BY records DESC;\n";
    }
    return sql;
}

bool AthenaBlame::write(const Table &table, const QString &dir, QStringList *written, QString *error) const
{
    const std::pair<QString, QByteArray> files[] = {
        {QStringLiteral("blame/classes/classes.csv"), classesCsv(table)},
        {QStringLiteral("blame/interfaces/interfaces.csv"), interfacesCsv()},
        {QStringLiteral("blame.sql"), sql()}};
    for (const auto &[relative, bytes] : files)
        if (!AtomicWrite::writeInto(dir, relative, bytes, written, error))
            return false;
    return true;
}
