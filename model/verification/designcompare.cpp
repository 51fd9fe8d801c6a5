#include "designcompare.h"

#include "properties.h"

#include <map>

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

/// Each pair of subnets of a design with what is open between them.
std::optional<std::map<std::pair<QString, QString>, OpenSet>> matrixOf(const Design &design, QString *why)
{
    const Simulator sim(design);
    const Reachability engine(sim);
    const QStringList subnets = ReachMatrix::subnets(design);
    const auto m = ReachMatrix::compute(engine, subnets, subnets, true, why);
    if (!m)
        return std::nullopt;
    std::map<std::pair<QString, QString>, OpenSet> out;
    for (const ReachMatrix::Cell &c : m->cells)
        out[{m->rows[c.row], m->columns[c.column]}] = c.open;
    return out;
}

std::map<QString, QString> intentStatus(const Design &design, std::map<QString, QString> *messages)
{
    std::map<QString, QString> out;
    if (design.intents().empty())
        return out;
    const Simulator sim(design);
    const Reachability engine(sim);
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
    // Reachability between subnets.
    const auto a = matrixOf(before, why);
    if (!a)
        return std::nullopt;
    const auto b = matrixOf(after, why);
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
    const auto was = intentStatus(before, &oldMessages);
    const auto is = intentStatus(after, &newMessages);
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
        const Network net(after);
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
