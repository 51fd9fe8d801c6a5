#include "reachmatrix.h"

#include "parallel.h"

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

/// Which instances' interfaces behave alike towards every packet: in one subnet, with the
/// same groups in the same order, each address (private, public, IPv6) in the same
/// interval between the blocks any setting names, and not the target of a route. Two such
/// interfaces meet the same route table, the same ACL rows, the same group rules and the
/// same gateways, so a packet from or to one gets the verdict the same packet from or to
/// the other gets. Other interfaces (NAT gateways, endpoints, route targets) are their own.
std::vector<int> interfaceKinds(const Reachability &engine)
{
    const Network &net = engine.network();
    const Atoms &atoms = engine.atoms();
    QSet<QString> routeTargets;
    for (const Network::VpcInfo &v : net.vpcs)
        for (const RouteTable *t : v.vpc->routeTableList())
            for (const Route &r : t->routes)
                routeTargets.insert(r.target);
    const auto interval = [&](const IpAddress &a) {
        return a.isValid() ? atoms.ruleInterval(a.family(), atoms.addressClass(a)) : -1;
    };
    std::map<std::tuple<int, std::vector<int>, int, int, int>, int> kinds;
    std::vector<int> out(net.interfaces.size());
    for (size_t i = 0; i < net.interfaces.size(); ++i) {
        const Network::Interface &x = net.interfaces[i];
        if (x.kind != Network::Interface::Kind::Instance || routeTargets.contains(x.owner->id)) {
            out[i] = -1 - int(i); // its own
            continue;
        }
        const auto key = std::tuple{x.subnet, std::vector<int>(x.groups.begin(), x.groups.end()), interval(x.privateV4),
                                    interval(x.publicV4), interval(x.v6)};
        out[i] = kinds.try_emplace(key, int(kinds.size())).first->second;
    }
    return out;
}

/// The interfaces of a space that stand for all of it: one of each kind, or two where the
/// other space holds that kind too (a packet between two interfaces of one kind needs two).
Space representatives(const Space &space, const std::vector<int> &kinds, const std::set<int> &inOther)
{
    if (space.kind != Space::Kind::Interfaces)
        return space;
    Space out = space;
    out.interfaces.clear();
    std::map<int, int> kept;
    for (const int i : space.interfaces)
        if (int &n = kept[kinds[size_t(i)]]; n < (inOther.count(kinds[size_t(i)]) ? 2 : 1)) {
            ++n;
            out.interfaces.push_back(i);
        }
    return out;
}

std::set<int> kindsOf(const Space &space, const std::vector<int> &kinds)
{
    std::set<int> out;
    if (space.kind == Space::Kind::Interfaces)
        for (const int i : space.interfaces)
            out.insert(kinds[size_t(i)]);
    return out;
}

} // namespace

void OpenSet::add(Protocol protocol, PortRange range)
{
    if (protocol.hasPorts()) {
        QList<PortRange> &list = ports[protocol.number()];
        // Classes come in order of their ports: most extend the last range or follow it.
        if (list.isEmpty() || range.from > list.last().to + 1) {
            if (list.isEmpty() || range.from > list.last().from) {
                list.append(range);
                return;
            }
        } else if (range.from >= list.last().from) {
            list.last().to = std::max(list.last().to, range.to);
            return;
        }
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
                                                Protocol protocol, const QList<PortRange> &ports, bool merge)
{
    const Network &net = engine.network();
    const Design &design = net.design();
    ReachMatrix m;
    m.rows = rows;
    m.columns = columns;
    auto resolvedRows = Space::resolveAll(net, rows, why);
    if (!resolvedRows)
        return std::nullopt;
    auto resolvedColumns = Space::resolveAll(net, columns, why);
    if (!resolvedColumns)
        return std::nullopt;
    const std::vector<Space> &rowSpaces = *resolvedRows, &columnSpaces = *resolvedColumns;
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
    const std::vector<int> kinds = merge ? interfaceKinds(engine) : std::vector<int>();
    std::vector<std::set<int>> rowKinds, columnKinds;
    if (merge) {
        for (const Space &s : rowSpaces)
            rowKinds.push_back(kindsOf(s, kinds));
        for (const Space &s : columnSpaces)
            columnKinds.push_back(kindsOf(s, kinds));
    }
    // Rows are independent: each is computed on its own core, then joined in order.
    struct RowResult
    {
        std::vector<Cell> cells;
        qint64 classes = 0, pairs = 0;
        QString error;
    };
    std::vector<int> vpcOfColumn(columns.size());
    for (int c = 0; c < int(columns.size()); ++c)
        vpcOfColumn[size_t(c)] = vpcOf(columns[c]);
    std::vector<RowResult> results(rows.size());
    Parallel::forEach(
        rows.size(),
        [&](qsizetype rowIndex) {
            const int r = int(rowIndex);
            RowResult &out = results[size_t(r)];
            const int rv = vpcOf(rows[r]);
            for (int c = 0; c < int(columns.size()) && out.error.isEmpty(); ++c) {
                if (connectedOnly && !connected(rv, vpcOfColumn[size_t(c)]))
                    continue;
                Reachability::Query q;
                if (merge) {
                    q.from = {representatives(rowSpaces[size_t(r)], kinds, columnKinds[size_t(c)])};
                    q.to = {representatives(columnSpaces[size_t(c)], kinds, rowKinds[size_t(r)])};
                } else {
                    q.from = {rowSpaces[size_t(r)]};
                    q.to = {columnSpaces[size_t(c)]};
                }
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
                    out.error = Tr::tr("%1 to %2 takes more than %3 classes of packets; narrow the spaces")
                                    .arg(rows[r], columns[c])
                                    .arg(q.budget);
                    break;
                }
                out.classes += n;
                ++out.pairs;
                if (cell.open.isEmpty())
                    continue;
                const FlowRun run = engine.run(*cell.witness);
                cell.witnessPacket = {run.from.address.toString(), run.to.address.toString(), run.protocol.toString(),
                                      run.port};
                out.cells.push_back(std::move(cell));
            }
        },
        1, 2);
    for (RowResult &row : results) {
        if (!row.error.isEmpty()) {
            *why = row.error;
            return std::nullopt;
        }
        m.classes += row.classes;
        m.pairs += row.pairs;
        std::move(row.cells.begin(), row.cells.end(), std::back_inserter(m.cells));
    }
    return m;
}
