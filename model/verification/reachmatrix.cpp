#include "reachmatrix.h"

#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reachability)
};

QList<PortRange> merged(QList<PortRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](PortRange a, PortRange b) { return a.from < b.from; });
    QList<PortRange> out;
    for (const PortRange &r : ranges) {
        if (!out.isEmpty() && r.from <= out.last().to + 1)
            out.last().to = std::max(out.last().to, r.to);
        else
            out.append(r);
    }
    return out;
}

} // namespace

void OpenSet::add(Protocol protocol, PortRange range)
{
    if (protocol.hasPorts()) {
        QList<PortRange> &list = ports[protocol.number()];
        list.append(range);
        list = merged(list);
    } else {
        protocols.insert(protocol.number());
    }
}

void OpenSet::add(const OpenSet &other)
{
    for (const auto &[p, list] : other.ports)
        for (const PortRange &r : list)
            add(Protocol(p), r);
    protocols.insert(other.protocols.begin(), other.protocols.end());
}

qint64 OpenSet::size() const
{
    qint64 n = qint64(protocols.size());
    for (const auto &[p, list] : ports)
        for (const PortRange &r : list)
            n += r.to - r.from + 1;
    return n;
}

std::vector<std::pair<QString, QString>> OpenSet::parts() const
{
    std::vector<std::pair<QString, QString>> out;
    for (const auto &[p, list] : ports) {
        QStringList ranges;
        for (const PortRange &r : list)
            ranges.append(r.isAll() ? QStringLiteral("0-65535") : r.toString());
        out.emplace_back(Protocol(p).toString(), ranges.join(QStringLiteral(", ")));
    }
    for (const int p : protocols)
        out.emplace_back(Protocol(p).toString(), QString());
    return out;
}

QString OpenSet::toString() const
{
    QStringList out;
    for (const auto &[protocol, ports] : parts())
        out.append(ports.isEmpty() ? protocol : protocol + QLatin1Char(' ') + ports);
    return out.join(QStringLiteral("; "));
}

const ReachMatrix::Cell *ReachMatrix::cell(int row, int column) const
{
    for (const Cell &c : cells)
        if (c.row == row && c.column == column)
            return &c;
    return nullptr;
}

QStringList ReachMatrix::subnets(const Design &design)
{
    QStringList out;
    for (const Vpc *v : design.vpcs())
        for (const Subnet *s : v->subnetList())
            out.append(s->id);
    return out;
}

QStringList ReachMatrix::securityGroups(const Design &design)
{
    QStringList out;
    for (const Vpc *v : design.vpcs())
        for (const SecurityGroup *g : v->securityGroupList())
            out.append(g->id);
    return out;
}

QStringList ReachMatrix::vpcs(const Design &design)
{
    QStringList out;
    for (const Vpc *v : design.vpcs())
        out.append(v->id);
    return out;
}

std::optional<ReachMatrix> ReachMatrix::compute(const Reachability &engine, const QStringList &rows,
                                                const QStringList &columns, bool connectedOnly, QString *why,
                                                Protocol protocol, const QList<PortRange> &ports)
{
    const Network &net = engine.network();
    const Design &design = net.design();
    ReachMatrix m;
    m.rows = rows;
    m.columns = columns;
    std::vector<Space> rowSpaces, columnSpaces;
    for (const auto &[texts, spaces] : {std::pair{&rows, &rowSpaces}, std::pair{&columns, &columnSpaces}})
        for (const QString &t : *texts) {
            auto s = Space::resolve(net, t, why);
            if (!s)
                return std::nullopt;
            spaces->push_back(*s);
        }
    // Which VPC a subnet's space is in (-1 for other spaces), and which VPCs are peered.
    const auto vpcOf = [&](const QString &id) {
        const Object *o = design.find(id);
        const Vpc *v =
            o && (o->kind == ObjectKind::Subnet || o->kind == ObjectKind::SecurityGroup || o->kind == ObjectKind::Vpc)
                ? design.vpcOf(*o)
                : nullptr;
        return v ? net.vpcIndex(v->id) : -1;
    };
    const auto connected = [&](int a, int b) {
        if (a < 0 || b < 0 || a == b)
            return true;
        for (const int p : net.vpcs[size_t(a)].peerings)
            if (net.peerings[size_t(p)].a == b || net.peerings[size_t(p)].b == b)
                return true;
        return false;
    };
    for (int r = 0; r < int(rows.size()); ++r) {
        const int rv = vpcOf(rows[r]);
        for (int c = 0; c < int(columns.size()); ++c) {
            if (connectedOnly && !connected(rv, vpcOf(columns[c])))
                continue;
            Reachability::Query q;
            q.from = {rowSpaces[size_t(r)]};
            q.to = {columnSpaces[size_t(c)]};
            q.protocol = protocol;
            q.ports = ports;
            Cell cell;
            cell.row = r;
            cell.column = c;
            const qint64 n = engine.forEachClass(q, [&](const PacketClass &k) {
                if (k.error.isEmpty() && k.answered) {
                    cell.open.add(k.protocol, k.ports);
                    if (!cell.witness)
                        cell.witness = k;
                }
                return true;
            });
            if (n < 0) {
                *why = Tr::tr("%1 to %2 takes more than %3 classes of packets; narrow the spaces")
                           .arg(rows[r], columns[c])
                           .arg(q.budget);
                return std::nullopt;
            }
            m.classes += n;
            ++m.pairs;
            if (cell.open.isEmpty())
                continue;
            const FlowRun run = engine.run(*cell.witness);
            cell.witnessPacket = {run.from.address.toString(), run.to.address.toString(), run.protocol.toString(),
                                  run.port};
            m.cells.push_back(std::move(cell));
        }
    }
    return m;
}
