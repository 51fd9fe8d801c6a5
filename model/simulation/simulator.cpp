#include "simulator.h"

#include "parallel.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)
};

bool peered(const Network &net, int a, int b)
{
    if (a < 0 || b < 0)
        return false;
    for (int p : net.vpcs[size_t(a)].peerings) {
        const Network::Peering &pc = net.peerings[size_t(p)];
        if (pc.a == b || pc.b == b)
            return true;
    }
    return false;
}

} // namespace

Simulator::Simulator(const Design &design) : mNetwork(design), mEvaluator(mNetwork) {}

int Simulator::ephemeralPort(const QString &seed)
{
    // FNV-1a: stable across runs and machines (qHash is seeded per process).
    quint32 h = 2166136261u;
    for (const char c : seed.toUtf8()) {
        h ^= quint8(c);
        h *= 16777619u;
    }
    return 32768 + int(h % (61000 - 32768 + 1));
}

QString Simulator::serviceName(const QString &text)
{
    return Network::serviceName(text);
}

void Simulator::chooseAddress(FlowEnd &end, const FlowEnd *other, bool asSource) const
{
    if (end.type != FlowEnd::Type::Interface)
        return;
    const Network::Interface &iface = mNetwork.interfaces[size_t(end.interface)];
    // The family the other end speaks; IPv4 unless it is IPv6 (or this end has no IPv4).
    bool v6 = other && other->address.isValid() ? other->address.isV6() : !iface.privateV4.isValid();
    // An end without an address of that family speaks the one it has (the flow is then
    // refused as mixing families).
    if (v6 && !iface.v6.isValid())
        v6 = false;
    else if (!v6 && !iface.privateV4.isValid() && iface.v6.isValid())
        v6 = true;
    if (v6) {
        end.address = iface.v6.isValid() ? iface.v6 : iface.privateV4;
        return;
    }
    // Inside the VPC or across a peering: the private address. From anywhere else: the
    // public one, which the internet gateway translates (none: the private one, which
    // the internet cannot reach, and the evaluation says so).
    const bool inside = asSource || !other ||
                        ((other->type == FlowEnd::Type::Interface || other->type == FlowEnd::Type::Address) &&
                         (other->vpc == end.vpc || peered(mNetwork, other->vpc, end.vpc)));
    // From outside, without a public IPv4 address but with an IPv6 one (all IPv6 is
    // public) that the other end can speak to: IPv6.
    const bool otherHasV6 = other && other->type == FlowEnd::Type::Interface && other->interface >= 0 &&
                            mNetwork.interfaces[size_t(other->interface)].v6.isValid();
    if (!inside && !iface.publicV4.isValid() && iface.v6.isValid() && otherHasV6) {
        end.address = iface.v6;
        return;
    }
    end.address = !inside && iface.publicV4.isValid() ? iface.publicV4 : iface.privateV4;
}

std::optional<FlowEnd> Simulator::resolveObject(const QString &id, const FlowEnd *other, QString *why) const
{
    const Object *o = mNetwork.design().find(id);
    if (!o) {
        *why = Tr::tr("'%1' is neither an address, an object of the design nor service:NAME").arg(id);
        return std::nullopt;
    }
    int iface = -1;
    if (o->kind == ObjectKind::Endpoint) {
        const auto *e = static_cast<const Endpoint *>(o);
        if (!e->isInterface()) {
            *why =
                Tr::tr("%1 is a gateway endpoint: it has no address; use service:%2").arg(id, serviceName(e->service));
            return std::nullopt;
        }
        // The endpoint's interface in the other end's subnet's zone, if it has one.
        for (const Network::EndpointInfo &ep : mNetwork.endpoints)
            if (ep.endpoint == e)
                for (int ii : ep.interfaces) {
                    if (iface < 0)
                        iface = ii;
                    const Network::Interface &x = mNetwork.interfaces[size_t(ii)];
                    if (other && other->subnet >= 0 && x.subnet >= 0 &&
                        mNetwork.subnets[size_t(x.subnet)].subnet->az ==
                            mNetwork.subnets[size_t(other->subnet)].subnet->az) {
                        iface = ii;
                        break;
                    }
                }
    } else if (o->kind == ObjectKind::Instance || o->kind == ObjectKind::NatGateway) {
        iface = mNetwork.interfaceOf(id);
    } else {
        *why = Tr::tr("%1 is a %2; a flow starts or ends at an instance, an address or service:NAME")
                   .arg(id, kindName(o->kind));
        return std::nullopt;
    }
    if (iface < 0) {
        *why = Tr::tr("%1 has no network interface (its subnet is missing)").arg(id);
        return std::nullopt;
    }
    const Network::Interface &x = mNetwork.interfaces[size_t(iface)];
    if (x.subnet < 0) {
        *why = Tr::tr("%1 has no network interface (its subnet is missing)").arg(id);
        return std::nullopt;
    }
    FlowEnd end;
    end.type = FlowEnd::Type::Interface;
    end.interface = iface;
    end.subnet = x.subnet;
    end.vpc = x.vpc;
    chooseAddress(end, other);
    return end;
}

FlowEnd Simulator::resolveAddress(const IpAddress &address, const FlowEnd *other) const
{
    FlowEnd end;
    end.address = address;
    if (const Network::VpcServiceAt at = mNetwork.vpcServiceAt(address, other ? other->vpc : -1);
        at.service != Network::VpcService::None) {
        end.type = FlowEnd::Type::VpcService;
        end.vpcService = at.service;
        end.vpc = at.vpc;
        return end;
    }
    const QList<int> holders = mNetwork.vpcsHolding(address);
    if (!holders.isEmpty()) {
        // Overlapping VPCs: the one the other end can reach, else the first.
        int vpc = holders.front();
        if (other && other->vpc >= 0)
            for (int h : holders)
                if (h == other->vpc || peered(mNetwork, h, other->vpc)) {
                    vpc = h;
                    if (h == other->vpc)
                        break;
                }
        end.vpc = vpc;
        end.subnet = mNetwork.subnetAt(vpc, address);
        end.interface = mNetwork.interfaceAt(vpc, address);
        end.type = end.interface >= 0 ? FlowEnd::Type::Interface : FlowEnd::Type::Address;
        return end;
    }
    if (const int iface = mNetwork.interfaceWithPublic(address);
        iface >= 0 && mNetwork.interfaces[size_t(iface)].subnet >= 0) {
        end.type = FlowEnd::Type::Interface;
        end.interface = iface;
        end.subnet = mNetwork.interfaces[size_t(iface)].subnet;
        end.vpc = mNetwork.interfaces[size_t(iface)].vpc;
        return end;
    }
    end.type = FlowEnd::Type::Internet;
    return end;
}

std::optional<FlowEnd> Simulator::resolve(const QString &text, const FlowEnd *other, QString *why) const
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("service:"))) {
        const QString name = serviceName(t);
        if (name.isEmpty()) {
            *why = Tr::tr("'%1' names no service").arg(t);
            return std::nullopt;
        }
        FlowEnd end;
        end.type = FlowEnd::Type::Service;
        end.service = name;
        // In the other end's Region (set again once both ends are known).
        const QString region =
            other && other->vpc >= 0 ? mNetwork.vpcs[size_t(other->vpc)].vpc->region : QStringLiteral("us-east-1");
        end.address = Network::serviceAddress(name, region);
        return end;
    }
    if (const auto address = IpAddress::parse(QStringView(t)))
        return resolveAddress(*address, other);
    return resolveObject(t, other, why);
}

int Simulator::privateDnsEndpoint(const FlowEnd &from, const QString &service) const
{
    if (from.vpc < 0)
        return -1;
    const Vpc *vpc = mNetwork.vpcs[size_t(from.vpc)].vpc;
    if (!vpc->dnsSupport || !vpc->dnsHostnames)
        return -1;
    int best = -1;
    for (const Network::EndpointInfo &ep : mNetwork.endpoints) {
        if (ep.vpc != from.vpc || !ep.endpoint->isInterface() || !ep.endpoint->privateDns ||
            serviceName(ep.endpoint->service) != service)
            continue;
        for (int ii : ep.interfaces) {
            const Network::Interface &x = mNetwork.interfaces[size_t(ii)];
            if (best < 0)
                best = ii;
            if (from.subnet >= 0 && x.subnet >= 0 &&
                mNetwork.subnets[size_t(x.subnet)].subnet->az == mNetwork.subnets[size_t(from.subnet)].subnet->az)
                return ii;
        }
    }
    return best;
}

FlowRun Simulator::run(const Flow &flow, const QString &scenarioId) const
{
    FlowRun r;
    r.flow = &flow;
    r.protocol = flow.protocol;
    QString why;
    // Objects first, so that addresses can choose the VPC the other end is in.
    const bool fromIsObject =
        !flow.from.startsWith(QLatin1String("service:")) && !IpAddress::parse(QStringView(flow.from.trimmed()));
    std::optional<FlowEnd> from, to;
    if (fromIsObject) {
        from = resolve(flow.from, nullptr, &why);
        if (from)
            to = resolve(flow.to, &*from, &why);
    } else {
        to = resolve(flow.to, nullptr, &why);
        if (to)
            from = resolve(flow.from, &*to, &why);
    }
    if (!from || !to) {
        r.error = why;
        return r;
    }
    // What the request does, for endpoint policies.
    to->action = flow.action; // used at endpoints only
    to->principal = flow.principal;
    // The bucket a request to S3 is for: its policy decides at the end (FORMAT.md).
    QString bucketRegion;
    if (!flow.bucket.isEmpty()) {
        to->bucket = mNetwork.bucketIndex(flow.bucket);
        if (to->bucket < 0) {
            r.error = Tr::tr("'%1' names no bucket of the design").arg(flow.bucket);
            return r;
        }
        if (to->type != FlowEnd::Type::Service || to->service != QLatin1String("s3")) {
            r.error = Tr::tr("%1 is an S3 bucket, but the flow goes to %2; a flow that names a bucket goes to "
                             "service:s3")
                          .arg(flow.bucket, flow.to);
            return r;
        }
        bucketRegion = mNetwork.buckets[size_t(to->bucket)]->region;
    }
    // A service is reached in the Region of the end that talks to it, or of the bucket.
    if (to->type == FlowEnd::Type::Service && from->vpc >= 0)
        to->address = Network::serviceAddress(
            to->service, !bucketRegion.isEmpty() ? bucketRegion : mNetwork.vpcs[size_t(from->vpc)].vpc->region);
    if (from->type == FlowEnd::Type::Service && to->vpc >= 0)
        from->address = Network::serviceAddress(from->service, mNetwork.vpcs[size_t(to->vpc)].vpc->region);
    // Ends named by id take the address the other end would use; written addresses stay.
    const bool toIsObject =
        !flow.to.startsWith(QLatin1String("service:")) && !IpAddress::parse(QStringView(flow.to.trimmed()));
    if (fromIsObject)
        chooseAddress(*from, &*to, true);
    if (toIsObject)
        chooseAddress(*to, &*from);
    if (!from->address.isValid() || !to->address.isValid()) {
        r.error = Tr::tr("%1 has no address to send from or to").arg(!from->address.isValid() ? flow.from : flow.to);
        return r;
    }
    if (from->type == FlowEnd::Type::VpcService) {
        r.error = Tr::tr("%1 is a service of the VPC (DNS, instance metadata, Time Sync or DHCP): it answers and "
                         "starts nothing; make it the flow's destination")
                      .arg(flow.from);
        return r;
    }
    if (from->address.isV4() != to->address.isV4()) {
        r.error = Tr::tr("%1 (%2) and %3 (%4) are of different address families")
                      .arg(flow.from, from->address.toString(), flow.to, to->address.toString());
        return r;
    }
    const auto inside = [](const FlowEnd &e) {
        return e.type == FlowEnd::Type::Interface || e.type == FlowEnd::Type::Address ||
               (e.type == FlowEnd::Type::VpcService && e.vpc >= 0);
    };
    if (!inside(*from) && !inside(*to)) {
        r.error = Tr::tr("neither %1 nor %2 is inside the design").arg(flow.from, flow.to);
        return r;
    }
    if (r.protocol.hasPorts()) {
        if (flow.port < 0) {
            r.error = Tr::tr("a %1 flow needs a destination port").arg(flow.protocol.toString());
            return r;
        }
        r.port = flow.port;
        r.sourcePort = flow.sourcePort >= 0 ? flow.sourcePort : ephemeralPort(scenarioId + QLatin1Char('/') + flow.id);
    }
    // A service's usual name resolves to an interface endpoint with private DNS on.
    // A bucket of another Region has that Region's name, which no endpoint here answers.
    const bool otherRegion =
        !bucketRegion.isEmpty() && from->vpc >= 0 && bucketRegion != mNetwork.vpcs[size_t(from->vpc)].vpc->region;
    if (to->type == FlowEnd::Type::Service && !otherRegion) {
        const int ii = privateDnsEndpoint(*from, to->service);
        if (ii >= 0) {
            r.privateDnsEndpoint = ii;
            const Network::Interface &x = mNetwork.interfaces[size_t(ii)];
            to->type = FlowEnd::Type::Interface;
            to->interface = ii;
            to->subnet = x.subnet;
            to->vpc = x.vpc;
            to->address = x.privateV4;
        }
    }
    r.from = *from;
    r.to = *to;
    evaluate(r, flow.reply);
    return r;
}

FlowRun Simulator::rerun(const FlowRun &resolved, Protocol protocol, int sourcePort, int port) const
{
    FlowRun r;
    r.flow = resolved.flow;
    r.error = resolved.error;
    r.from = resolved.from;
    r.to = resolved.to;
    r.privateDnsEndpoint = resolved.privateDnsEndpoint;
    r.protocol = protocol;
    if (!r.error.isEmpty())
        return r;
    if (protocol.hasPorts()) {
        r.sourcePort = sourcePort;
        r.port = port;
    }
    evaluate(r, true);
    return r;
}

std::pair<bool, bool> Simulator::verdict(const FlowRun &resolved, Protocol protocol, int sourcePort, int port) const
{
    if (!resolved.error.isEmpty())
        return {false, false};
    if (resolved.privateDnsEndpoint >= 0) { // the path names the resolution first: as run() does
        const FlowRun r = rerun(resolved, protocol, sourcePort, port);
        return {r.requestDelivered(), r.delivered()};
    }
    const bool ported = protocol.hasPorts();
    const int source = ported ? sourcePort : -1, destination = ported ? port : -1;
    const PacketPath request = mEvaluator.request(resolved.from, resolved.to, protocol, source, destination);
    if (!request.delivered())
        return {false, false};
    const PacketPath reply = mEvaluator.reply(request, resolved.from, resolved.to, protocol, source, destination);
    return {true, reply.delivered()};
}

void Simulator::evaluate(FlowRun &r, bool reply) const
{
    r.request = mEvaluator.request(r.from, r.to, r.protocol, r.sourcePort, r.port);
    if (r.privateDnsEndpoint >= 0) {
        // Name the resolution first: it is why the packet goes where it goes.
        Hop dns;
        dns.kind = Hop::Kind::InterfaceEndpoint;
        dns.why = Hop::Why::PrivateDns;
        dns.verdict = Hop::Verdict::Info;
        dns.object = r.privateDnsEndpoint;
        dns.address = r.to.address;
        PacketPath withDns = r.request;
        withDns.count = 0;
        withDns.blocks = 0;
        withDns.add(dns);
        for (int i = 0; i < r.request.count && withDns.count < PacketPath::MaxHops; ++i)
            withDns.add(r.request.hops[size_t(i)]);
        r.request = withDns;
    }
    // An answer is evaluated for every request that got there, blocked or not (as if
    // allowed), so that the settings in the answer's way are named too.
    r.hasReply = reply && r.request.reached;
    if (r.hasReply)
        r.reply = mEvaluator.reply(r.request, r.from, r.to, r.protocol, r.sourcePort, r.port);
}

std::vector<FlowRun> Simulator::run(const Scenario &scenario) const
{
    // Flows are independent: a large scenario runs on every core.
    std::vector<const Flow *> flows;
    flows.reserve(size_t(scenario.flows.size()));
    for (const Flow *f : scenario.flowList())
        flows.push_back(f);
    std::vector<FlowRun> out(flows.size());
    Parallel::forEach(qsizetype(flows.size()),
                      [&](qsizetype i) { out[size_t(i)] = run(*flows[size_t(i)], scenario.id); });
    return out;
}
