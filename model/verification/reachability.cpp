#include "reachability.h"

#include <array>

#include <QCoreApplication>

#include <set>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reachability)
};

} // namespace

std::optional<std::vector<Space>> Space::resolveAll(const Network &network, const QStringList &texts, QString *why)
{
    std::vector<Space> out;
    out.reserve(size_t(texts.size()));
    QHash<const Object *, int> subnetIndex;
    std::vector<std::vector<int>> bySubnet;
    const Design &design = network.design();
    for (const QString &text : texts) {
        const Object *o = design.find(text.trimmed());
        if (o && o->kind == ObjectKind::Subnet && texts.size() > 8) {
            if (bySubnet.empty()) {
                bySubnet.resize(network.subnets.size());
                for (size_t i = 0; i < network.subnets.size(); ++i)
                    subnetIndex.insert(network.subnets[i].subnet, int(i));
                for (size_t i = 0; i < network.interfaces.size(); ++i)
                    if (const int s = network.interfaces[i].subnet; s >= 0)
                        bySubnet[size_t(s)].push_back(int(i));
            }
            Space s;
            s.text = text.trimmed();
            s.kind = Kind::Interfaces;
            if (const int index = subnetIndex.value(o, -1); index >= 0)
                s.interfaces = bySubnet[size_t(index)];
            out.push_back(std::move(s));
            continue;
        }
        auto s = resolve(network, text, why);
        if (!s)
            return std::nullopt;
        out.push_back(std::move(*s));
    }
    return out;
}

std::optional<Space> Space::resolve(const Network &network, const QString &input, QString *why)
{
    Space s;
    s.text = input.trimmed();
    const QString &t = s.text;
    if (t == QLatin1String("internet")) {
        s.kind = Kind::Internet;
        return s;
    }
    if (t.startsWith(QLatin1String("service:"))) {
        s.kind = Kind::Service;
        s.service = Network::serviceName(t);
        if (s.service.isEmpty()) {
            *why = Tr::tr("'%1' names no service").arg(t);
            return std::nullopt;
        }
        return s;
    }
    if (const auto block = Cidr::parse(QStringView(t))) {
        s.kind = Kind::Block;
        s.block = block->network();
        return s;
    }
    if (const auto address = IpAddress::parse(QStringView(t))) {
        s.kind = Kind::Block;
        s.block = Cidr(*address, address->isV4() ? 32 : 128);
        return s;
    }
    const Object *o = network.design().find(t);
    if (!o) {
        *why = Tr::tr("'%1' names nothing: a space is internet, a CIDR block, service:NAME or the id of a VPC, "
                      "subnet, security group, instance, NAT gateway or endpoint")
                   .arg(t);
        return std::nullopt;
    }
    s.kind = Kind::Interfaces;
    const auto all = [&](auto &&keep) {
        for (size_t i = 0; i < network.interfaces.size(); ++i)
            if (keep(network.interfaces[i]))
                s.interfaces.push_back(int(i));
    };
    switch (o->kind) {
    case ObjectKind::Vpc: {
        const int vpc = network.vpcIndex(t);
        all([vpc](const Network::Interface &i) { return i.vpc == vpc; });
        break;
    }
    case ObjectKind::Subnet: {
        const int subnet = network.subnetIndex(t);
        all([subnet](const Network::Interface &i) { return subnet >= 0 && i.subnet == subnet; });
        break;
    }
    case ObjectKind::SecurityGroup: {
        const int group = network.groupIndex(t);
        all([group](const Network::Interface &i) {
            return std::find(i.groups.begin(), i.groups.end(), group) != i.groups.end();
        });
        break;
    }
    case ObjectKind::Instance:
    case ObjectKind::NatGateway:
        all([o](const Network::Interface &i) { return i.owner == o; });
        break;
    case ObjectKind::Endpoint: {
        const auto *e = static_cast<const Endpoint *>(o);
        if (e->type == EndpointType::Gateway) {
            // A gateway endpoint has no interface: it stands for its service.
            s.kind = Kind::Service;
            s.service = Network::serviceName(e->service);
            return s;
        }
        all([o](const Network::Interface &i) { return i.owner == o; });
        break;
    }
    default:
        *why = Tr::tr("'%1' is %2: a space is internet, a CIDR block, service:NAME or the id of a VPC, subnet, "
                      "security group, instance, NAT gateway or endpoint")
                   .arg(t, kindNameWithArticle(o->kind));
        return std::nullopt;
    }
    return s;
}

QString PacketEnd::flowText(const Network &network, const PacketEnd &other) const
{
    switch (type) {
    case Type::Interface: {
        // By id the simulator picks the address as for any flow (public from outside, the
        // other end's family); two interfaces by id speak IPv4, so IPv6 goes by address.
        const Network::Interface &i = network.interfaces[size_t(interface)];
        const bool byId = i.owner && i.kind != Network::Interface::Kind::InterfaceEndpoint &&
                          !(other.type == Type::Interface && family == IpAddress::Family::V6);
        return byId ? i.owner->id : first.toString();
    }
    case Type::Addresses:
        return first.toString();
    case Type::Service:
        return QStringLiteral("service:") + service;
    }
    return {};
}

QString PacketEnd::describe(const Network &network) const
{
    switch (type) {
    case Type::Interface: {
        const Network::Interface &i = network.interfaces[size_t(interface)];
        return QStringLiteral("%1 (%2)").arg(i.owner ? i.owner->id : QString(), first.toString());
    }
    case Type::Addresses:
        return first == last ? first.toString() : first.toString() + QLatin1Char('-') + last.toString();
    case Type::Service:
        return QStringLiteral("service:") + service;
    }
    return {};
}

void PacketClass::toFlow(const Network &network, Flow &flow) const
{
    flow.id = QStringLiteral("witness");
    flow.from = from.flowText(network, to);
    flow.to = to.flowText(network, from);
    flow.protocol = protocol;
    flow.port = ports.from;
    flow.sourcePort = sourcePorts.from;
    flow.reply = true;
}

Reachability::Reachability(const Simulator &simulator, const Atoms::Context *context)
    : mSimulator(simulator), mAtoms(simulator.network(), context)
{}

std::vector<PacketEnd> Reachability::ends(const Space &space) const
{
    std::vector<PacketEnd> out;
    const Network &net = network();
    switch (space.kind) {
    case Space::Kind::Interfaces:
        for (const int i : space.interfaces) {
            const Network::Interface &x = net.interfaces[size_t(i)];
            for (const IpAddress &a : {x.privateV4, x.v6})
                if (a.isValid()) {
                    PacketEnd e;
                    e.type = PacketEnd::Type::Interface;
                    e.family = a.family();
                    e.interface = i;
                    e.first = e.last = a;
                    out.push_back(e);
                }
        }
        break;
    case Space::Kind::Service: {
        PacketEnd e;
        e.type = PacketEnd::Type::Service;
        e.service = space.service;
        out.push_back(e);
        break;
    }
    case Space::Kind::Internet:
    case Space::Kind::Block:
        for (const IpAddress::Family f : {IpAddress::Family::V4, IpAddress::Family::V6}) {
            const bool internet = space.kind == Space::Kind::Internet;
            if (!internet && space.block.first().family() != f)
                continue;
            const int begin = internet ? 0 : mAtoms.addressClass(space.block.first());
            const int end = internet ? mAtoms.addressClasses(f) - 1 : mAtoms.addressClass(space.block.last());
            // One end per point, and one for the rest of each interval between block cuts
            // (its first address stands for all of it; `last` is the interval's end).
            int interval = -1;
            size_t open = 0; // the end of `interval` in `out`
            for (int c = begin; c <= end; ++c) {
                if (internet && !mAtoms.isInternet(f, c))
                    continue;
                const bool point = mAtoms.isPoint(f, c);
                const int r = mAtoms.ruleInterval(f, c);
                IpAddress first = mAtoms.classFirst(f, c);
                IpAddress last = mAtoms.classLast(f, c);
                if (!internet) { // a block cuts a class: the part inside it
                    first = std::max(first, space.block.first());
                    last = std::min(last, space.block.last());
                }
                if (!point && r == interval) {
                    out[open].last = last;
                    continue;
                }
                PacketEnd e;
                e.family = f;
                e.first = first;
                e.last = last;
                if (!point) {
                    e.interval = r;
                    interval = r;
                    open = out.size();
                }
                out.push_back(e);
            }
        }
        break;
    }
    return out;
}

FlowRun Reachability::runClass(const PacketClass &c, std::optional<FlowRun> *ends) const
{
    // The ends of a pair resolve once: its other classes differ in protocol and ports only.
    if (ends && *ends)
        return mSimulator.rerun(**ends, c.protocol, c.sourcePorts.from, c.ports.from);
    FlowRun r = run(c);
    if (ends)
        *ends = r;
    return r;
}

void Reachability::evaluate(PacketClass &c, std::optional<FlowRun> *ends) const
{
    if (ends && *ends) { // the verdict alone: what the matrix and intents need
        std::tie(c.delivered, c.answered) = mSimulator.verdict(**ends, c.protocol, c.sourcePorts.from, c.ports.from);
        c.error = (*ends)->error;
        return;
    }
    const FlowRun r = runClass(c, ends);
    c.error = r.error;
    c.delivered = r.requestDelivered();
    c.answered = r.delivered();
}

FlowRun Reachability::run(const PacketClass &packetClass) const
{
    Flow flow;
    packetClass.toFlow(network(), flow);
    // The flow's pointer is only read while running; the run keeps its own copies.
    FlowRun r = mSimulator.run(flow);
    r.flow = nullptr;
    return r;
}

Reachability::PortClasses Reachability::portClasses(const PacketEnd &a, const PacketEnd &b, Protocol protocol,
                                                    std::optional<FlowRun> *ends) const
{
    // One packet shows the way: which network ACLs it meets and which interfaces (whose
    // groups judge it) it passes, both ways. The way does not depend on ports (routes and
    // gateways look at addresses), so only those rules' ports cut, with the ports of the
    // VPC's own services.
    PacketClass probe;
    probe.from = a;
    probe.to = b;
    probe.protocol = protocol;
    probe.ports = {1, 1};
    probe.sourcePorts = {Atoms::Ephemeral.from, Atoms::Ephemeral.from};
    PortClasses out;
    out.probe = runClass(probe, ends);
    const FlowRun &run = out.probe;
    if (run.error.isEmpty() && !run.request.reached && run.request.count > 0) {
        const Hop &last = run.request.hops[size_t(run.request.count - 1)];
        out.unroutable =
            last.kind == Hop::Kind::RouteTable && (last.why == Hop::Why::NoRoute || last.why == Hop::Why::Blackhole);
    }
    if (!run.error.isEmpty()) {
        out.ports = mAtoms.portClasses();
        out.sources = mAtoms.sourcePortClasses();
        return out;
    }
    const Network &net = network();
    // Small sorted vectors: this runs for every pair of ends and protocol.
    thread_local std::vector<int> cuts, sourceCuts; // scratch, as below
    cuts.assign({53, 54, 67, 68, 80, 81, 123, 124});
    sourceCuts.clear();
    // The answer's destination port is the request's source port; the answer meets the
    // network ACLs' rules but never a group's (groups are stateful: answers pass), so only
    // the ACLs cut the source ports.
    const auto take = [&](auto rules, bool acl) {
        for (const auto &r : rules)
            if (r.protocol < 0 || r.protocol == protocol.number()) {
                cuts.push_back(r.from);
                cuts.push_back(r.to + 1);
                if (acl) {
                    sourceCuts.push_back(r.from);
                    sourceCuts.push_back(r.to + 1);
                }
            }
    };
    const auto unique = [](std::vector<int> &v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    // Scratch lists kept per thread: this runs millions of times in a matrix.
    thread_local std::vector<int> acls, groups;
    acls.clear();
    groups.clear();
    for (const PacketPath *path : {&run.request, &run.reply}) {
        for (int i = 0; i < path->count; ++i) {
            const Hop &h = path->hops[size_t(i)];
            if (h.kind == Hop::Kind::NetworkAcl && h.object >= 0)
                acls.push_back(h.object);
            else if (h.kind == Hop::Kind::SecurityGroup && h.object >= 0)
                groups.push_back(h.object);
        }
        for (int i = 0; i < path->seenCount; ++i)
            for (const int g : net.interfaces[size_t(path->seen[size_t(i)].iface)].groups)
                groups.push_back(g);
    }
    for (const PacketEnd *e : {&a, &b})
        if (e->type == PacketEnd::Type::Interface)
            for (const int g : net.interfaces[size_t(e->interface)].groups)
                groups.push_back(g);
    unique(acls);
    unique(groups);
    // The pairs of a matrix's cell meet the same ACLs and groups one after the other, for
    // each protocol in turn: their cuts are made once for the run of them.
    struct Last
    {
        quint64 network = 0;
        int protocol = -2;
        std::vector<int> acls, groups;
        std::vector<PortRange> ports, sources;
    };
    thread_local std::array<Last, 8> lasts;
    thread_local size_t nextLast = 0;
    for (const Last &l : lasts)
        if (l.network == net.generation() && l.protocol == protocol.number() && l.acls == acls && l.groups == groups) {
            out.ports = l.ports;
            out.sources = l.sources;
            return out;
        }
    for (const int acl : acls) {
        take(net.rules(net.acls[size_t(acl)], true), true);
        take(net.rules(net.acls[size_t(acl)], false), true);
    }
    for (const int g : groups) {
        take(net.rules(net.groups[size_t(g)], true), false);
        take(net.rules(net.groups[size_t(g)], false), false);
    }
    unique(cuts);
    unique(sourceCuts);
    out.ports = Atoms::splitPorts(cuts, PortRange::all());
    out.sources = Atoms::splitPorts(sourceCuts, Atoms::Ephemeral);
    lasts[nextLast] = {net.generation(), protocol.number(), acls, groups, out.ports, out.sources};
    nextLast = (nextLast + 1) % lasts.size();
    return out;
}

qint64 Reachability::forEachClass(const Query &query, const std::function<bool(const PacketClass &)> &visit) const
{
    std::vector<PacketEnd> from, to;
    for (const Space &s : query.from)
        for (const PacketEnd &e : ends(s))
            from.push_back(e);
    for (const Space &s : query.to)
        for (const PacketEnd &e : ends(s))
            to.push_back(e);
    // An interface named twice (a subnet and an instance in it) is one end.
    const auto dedupe = [](std::vector<PacketEnd> &v) {
        std::set<std::tuple<int, int, u128, u128, QString>> seen;
        std::vector<PacketEnd> out;
        for (const PacketEnd &e : v)
            if (seen.insert({e.interface, int(e.family), e.first.value(), e.last.value(), e.service}).second)
                out.push_back(e);
        v = std::move(out);
    };
    dedupe(from);
    dedupe(to);
    qint64 visited = 0;
    for (const PacketEnd &a : from)
        for (const PacketEnd &b : to) {
            if (a.type == PacketEnd::Type::Interface && b.type == PacketEnd::Type::Interface &&
                a.interface == b.interface)
                continue; // to itself: no network in the way
            // Addresses meet their own family; a service is reached at an IPv4 address.
            const bool service = a.type == PacketEnd::Type::Service || b.type == PacketEnd::Type::Service;
            const IpAddress::Family family = a.type != PacketEnd::Type::Service ? a.family : b.family;
            if (service ? (a.type == b.type || family != IpAddress::Family::V4) : a.family != b.family)
                continue;
            std::optional<FlowRun> ends; // the pair's, resolved by its first class
            const std::vector<Protocol> protocols =
                query.protocol.isAll() ? mAtoms.protocols(family) : std::vector<Protocol>{query.protocol};
            for (const Protocol p : protocols) {
                PacketClass c;
                c.from = a;
                c.to = b;
                c.protocol = p;
                if (!p.hasPorts()) {
                    evaluate(c, &ends);
                    if (++visited > query.budget)
                        return -1;
                    if (!visit(c))
                        return visited;
                    continue;
                }
                const PortClasses classes = portClasses(a, b, p, &ends);
                if (classes.unroutable) {
                    // Nowhere to go on any port: one class for all of them.
                    c.ports = query.ports.size() == 1 ? query.ports.front() : PortRange::all();
                    c.sourcePorts = Atoms::Ephemeral;
                    c.delivered = c.answered = false;
                    c.error.clear();
                    if (++visited > query.budget)
                        return -1;
                    if (!visit(c))
                        return visited;
                    continue;
                }
                // Whether answers are asked for: else one source port stands for all.
                const std::vector<PortRange> sources =
                    query.answers ? classes.sources : std::vector<PortRange>{Atoms::Ephemeral};
                for (const PortRange &asked : query.ports)
                    for (const PortRange &atom : classes.ports) {
                        if (!atom.overlaps(asked))
                            continue;
                        c.ports = {std::max(atom.from, asked.from), std::min(atom.to, asked.to)};
                        for (const PortRange &source : sources) {
                            c.sourcePorts = source;
                            evaluate(c, &ends);
                            if (++visited > query.budget)
                                return -1;
                            if (!visit(c))
                                return visited;
                        }
                    }
            }
        }
    return visited;
}

std::optional<PacketClass> Reachability::classOf(const Flow &packet) const
{
    const Network &net = network();
    PacketClass c;
    const auto end = [&](const QString &text, PacketEnd &e) -> bool {
        const QString t = text.trimmed();
        if (t.startsWith(QLatin1String("service:"))) {
            e.type = PacketEnd::Type::Service;
            e.service = Network::serviceName(t);
            return !e.service.isEmpty();
        }
        if (const auto a = IpAddress::parse(QStringView(t))) {
            const int k = mAtoms.representative(a->family(), mAtoms.addressClass(*a));
            e.family = a->family();
            e.first = mAtoms.classFirst(e.family, k);
            e.last = mAtoms.classLast(e.family, k);
            return true;
        }
        const int i = net.interfaceOf(t);
        if (i < 0)
            return false;
        e.type = PacketEnd::Type::Interface;
        e.interface = i;
        e.family = IpAddress::Family::V4;
        e.first = e.last = net.interfaces[size_t(i)].privateV4;
        return true;
    };
    if (!end(packet.from, c.from) || !end(packet.to, c.to))
        return std::nullopt;
    // An interface named by id speaks the other end's family (as the simulator chooses).
    const auto speak = [&](PacketEnd &e, const PacketEnd &o) {
        if (e.type != PacketEnd::Type::Interface)
            return;
        e.family = o.type == PacketEnd::Type::Addresses ? o.family : IpAddress::Family::V4;
        const Network::Interface &x = net.interfaces[size_t(e.interface)];
        const IpAddress a = e.family == IpAddress::Family::V4 ? x.privateV4 : x.v6;
        e.first = e.last = a.isValid() ? a : x.privateV4;
    };
    speak(c.from, c.to);
    speak(c.to, c.from);
    c.protocol = mAtoms.protocolClass(packet.protocol.number());
    if (c.protocol.hasPorts()) {
        const PortClasses classes = portClasses(c.from, c.to, c.protocol);
        if (classes.unroutable) {
            c.ports = PortRange::all();
            c.sourcePorts = Atoms::Ephemeral;
            c.delivered = c.answered = false;
            return c;
        }
        const auto &ports = classes.ports;
        c.ports = ports[size_t(Atoms::classOf(ports, packet.port))];
        const auto &sources = classes.sources;
        const int s = Atoms::classOf(sources, packet.sourcePort);
        if (s < 0 || packet.sourcePort > Atoms::Ephemeral.to)
            return std::nullopt; // not a port a sender picks
        c.sourcePorts = sources[size_t(s)];
    }
    evaluate(c);
    return c;
}
