#include "designcompare.h"

#include "properties.h"

#include <map>
#include <thread>

namespace {

QList<PortRange> subtract(const QList<PortRange> &a, const QList<PortRange> &b)
{
    QList<PortRange> out;
    for (PortRange r : a) {
        QList<PortRange> pieces{r};
        for (const PortRange &cut : b) {
            QList<PortRange> next;
            for (const PortRange &p : pieces) {
                if (!p.overlaps(cut)) {
                    next.append(p);
                    continue;
                }
                if (p.from < cut.from)
                    next.append({p.from, cut.from - 1});
                if (p.to > cut.to)
                    next.append({cut.to + 1, p.to});
            }
            pieces = next;
        }
        out.append(pieces);
    }
    return out;
}

/// A design compiled once for the matrix and the intents.
struct Compiled
{
    explicit Compiled(const Design &design) : sim(design), engine(sim) {}
    Simulator sim;
    Reachability engine;
};

using Matrix = std::map<std::pair<QString, QString>, OpenSet>;

/// What is open between pairs of subnets of a design: every pair, or, given `affected`,
/// only the pairs with a subnet in one of those VPCs (the others are the same in both
/// designs, so neither is computed).
std::optional<Matrix> matrixOf(const Design &design, const Reachability &engine, const QSet<QString> *affected,
                               QString *why)
{
    const QStringList subnets = ReachMatrix::subnets(design);
    QStringList touched, untouched;
    for (const QString &id : subnets) {
        const Object *o = design.find(id);
        const Vpc *v = o ? design.vpcOf(*o) : nullptr;
        (!affected || (v && affected->contains(v->id)) ? touched : untouched).append(id);
    }
    Matrix out;
    const auto add = [&](const QStringList &rows, const QStringList &columns) {
        if (rows.isEmpty() || columns.isEmpty())
            return true;
        const auto m = ReachMatrix::compute(engine, rows, columns, true, why);
        if (!m)
            return false;
        for (const ReachMatrix::Cell &c : m->cells)
            out[{m->rows[c.row], m->columns[c.column]}] = c.open;
        return true;
    };
    if (!add(touched, subnets) || !add(untouched, touched))
        return std::nullopt;
    return out;
}

/// The VPCs whose pairs of subnets an object difference can change: the VPC of each object
/// added, removed, changed or moved, both ends of a peering, and the peers of all of those
/// (a peer's routes may lead into them). nullopt when a difference is not inside a VPC.
/// Scenarios, flows, intents and buckets change no pair of subnets.
std::optional<QSet<QString>> affectedVpcs(const Design &before, const Design &after, const DesignCompare &d)
{
    QSet<QString> vpcs;
    bool everywhere = false;
    const auto mark = [&](const Design &design, const QString &id) {
        const Object *o = design.find(id);
        if (!o)
            return;
        switch (o->kind) {
        case ObjectKind::Scenario:
        case ObjectKind::Flow:
        case ObjectKind::Intent:
        case ObjectKind::Bucket:
            return;
        case ObjectKind::PeeringConnection: {
            const auto *p = static_cast<const PeeringConnection *>(o);
            vpcs.insert(p->requester);
            vpcs.insert(p->accepter);
            return;
        }
        default:
            if (const Vpc *v = design.vpcOf(*o))
                vpcs.insert(v->id);
            else
                everywhere = true;
        }
    };
    for (const auto &[id, kind] : d.added)
        mark(after, id);
    for (const auto &[id, kind] : d.removed)
        mark(before, id);
    for (const DesignCompare::Changed &c : d.changed)
        if (!c.id.isEmpty()) {
            mark(before, c.id);
            mark(after, c.id);
        }
    // An object that moved to another VPC with its keys unchanged.
    before.forEachObject([&](Object &o) {
        const Object *now = after.find(o.id);
        const Vpc *was = before.vpcOf(o);
        const Vpc *is = now ? after.vpcOf(*now) : nullptr;
        if (now && (was ? was->id : QString()) != (is ? is->id : QString())) {
            mark(before, o.id);
            mark(after, o.id);
        }
    });
    if (everywhere)
        return std::nullopt;
    // Their direct peers only (peering is not transitive).
    const QSet<QString> touched = vpcs;
    for (const Design *design : {&before, &after})
        for (const PeeringConnection *p : design->peerings())
            if (touched.contains(p->requester) || touched.contains(p->accepter)) {
                vpcs.insert(p->requester);
                vpcs.insert(p->accepter);
            }
    return vpcs;
}

std::map<QString, QString> intentStatus(const Design &design, const Reachability &engine,
                                        std::map<QString, QString> *messages)
{
    std::map<QString, QString> out;
    const IntentCheck check(engine);
    for (const Intent *i : design.intents()) {
        const IntentResult r = check.check(*i);
        out[i->id] = IntentResult::statusName(r.status);
        (*messages)[i->id] = r.message;
    }
    return out;
}

} // namespace

OpenSet DesignCompare::minus(const OpenSet &a, const OpenSet &b)
{
    OpenSet out;
    for (const auto &[p, ranges] : a.ports) {
        const auto other = b.ports.find(p);
        const QList<PortRange> left = other == b.ports.end() ? ranges : subtract(ranges, other->second);
        for (const PortRange &r : left)
            out.add(Protocol(p), r);
    }
    for (const int p : a.protocols)
        if (!b.protocols.count(p))
            out.protocols.insert(p);
    return out;
}

std::optional<DesignCompare> DesignCompare::compare(const Design &before, const Design &after, QString *why)
{
    DesignCompare d;
    // The design's own keys, then objects by id.
    Changed own{QString(), QStringLiteral("design"), {}};
    if (before.name != after.name)
        own.keys.append(QStringLiteral("name"));
    if (before.description != after.description)
        own.keys.append(QStringLiteral("description"));
    if (!own.keys.isEmpty())
        d.changed.push_back(own);
    std::map<QString, const Object *> old, now;
    before.forEachObject([&](Object &o) { old[o.id] = &o; });
    after.forEachObject([&](Object &o) { now[o.id] = &o; });
    for (const auto &[id, o] : now) {
        const auto was = old.find(id);
        if (was == old.end() || was->second->kind != o->kind) {
            d.added.emplace_back(id, QLatin1String(kindTag(o->kind)));
            continue;
        }
        Changed c{id, QLatin1String(kindTag(o->kind)), {}};
        for (const PropertyDef &def : propertiesOf(o->kind))
            if (def.get(*was->second) != def.get(*o))
                c.keys.append(QLatin1String(def.key));
        if (!c.keys.isEmpty())
            d.changed.push_back(c);
    }
    for (const auto &[id, o] : old) {
        const auto is = now.find(id);
        if (is == now.end() || is->second->kind != o->kind)
            d.removed.emplace_back(id, QLatin1String(kindTag(o->kind)));
    }
    // Reachability between subnets: the pairs the differences can change, computed in both
    // designs (all of them when a difference is not inside a VPC).
    // The two designs compile at once, on two cores.
    std::optional<Compiled> compiledOld;
    std::thread compiler([&] { compiledOld.emplace(before); });
    const Compiled compiledAfter(after);
    compiler.join();
    const Compiled &compiledBefore = *compiledOld;
    const std::optional<QSet<QString>> affected = affectedVpcs(before, after, d);
    const QSet<QString> *only = affected ? &*affected : nullptr;
    const auto a = matrixOf(before, compiledBefore.engine, only, why);
    if (!a)
        return std::nullopt;
    const auto b = matrixOf(after, compiledAfter.engine, only, why);
    if (!b)
        return std::nullopt;
    std::map<std::pair<QString, QString>, std::pair<OpenSet, OpenSet>> pairs;
    for (const auto &[k, v] : *a)
        pairs[k].first = v;
    for (const auto &[k, v] : *b)
        pairs[k].second = v;
    for (const auto &[k, v] : pairs) {
        Reach r{k.first, k.second, minus(v.second, v.first), minus(v.first, v.second)};
        if (!r.gained.isEmpty() || !r.lost.isEmpty())
            d.reach.push_back(r);
    }
    // Intents, by id.
    std::map<QString, QString> oldMessages, newMessages;
    const auto was = intentStatus(before, compiledBefore.engine, &oldMessages);
    const auto is = intentStatus(after, compiledAfter.engine, &newMessages);
    std::map<QString, std::pair<QString, QString>> statuses;
    for (const auto &[id, s] : was)
        statuses[id] = {s, QStringLiteral("absent")};
    for (const auto &[id, s] : is) {
        if (!statuses.count(id))
            statuses[id].first = QStringLiteral("absent");
        statuses[id].second = s;
    }
    for (const auto &[id, s] : statuses)
        if (s.first != s.second) {
            d.intents.push_back({id, s.first, s.second, newMessages[id]});
            if (s.second == QLatin1String("violated"))
                d.widensProtected = true;
        }
    // Widened towards what an intent protects: the subnets of a `none` intent's destination.
    if (!d.widensProtected) {
        const Network &net = compiledAfter.sim.network();
        QSet<QString> guarded;
        for (const Intent *i : after.intents()) {
            if (i->expect != IntentExpect::None)
                continue;
            for (const QString &t : i->to) {
                QString ignored;
                const auto space = Space::resolve(net, t, &ignored);
                if (!space)
                    continue;
                for (const int iface : space->interfaces)
                    if (const int s = net.interfaces[size_t(iface)].subnet; s >= 0)
                        guarded.insert(net.subnets[size_t(s)].subnet->id);
                if (space->kind == Space::Kind::Block)
                    for (const Network::SubnetInfo &s : net.subnets)
                        if (s.subnet->cidr.isValid() &&
                            (s.subnet->cidr.contains(space->block) || space->block.contains(s.subnet->cidr)))
                            guarded.insert(s.subnet->id);
            }
        }
        for (const Reach &r : d.reach)
            if (!r.gained.isEmpty() && guarded.contains(r.to))
                d.widensProtected = true;
    }
    return d;
}
