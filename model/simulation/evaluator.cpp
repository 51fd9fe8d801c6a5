#include "evaluatorsteps.h"

using namespace EvaluatorSteps;

int Evaluator::groupAllows(int interface, bool ingress, Protocol protocol, const IpAddress &peer, int peerInterface,
                           int port, int *group) const
{
    const Network::Interface &iface = mNet.interfaces[size_t(interface)];
    for (int g : iface.groups) {
        *group = g;
        const Network::Group &sg = mNet.groups[size_t(g)];
        for (const Network::GroupRule &r : mNet.rules(sg, ingress)) {
            if (!protocolMatches(r.protocol, protocol) || !portMatches(r, port))
                continue;
            if (r.group < 0) {
                if (r.group == -1 && r.holds(peer))
                    return r.row;
                continue;
            }
            // A group peer: the other end is an interface in that group, reached within
            // the VPC or across a peering in the same region.
            if (peerInterface < 0)
                continue;
            const Network::Interface &other = mNet.interfaces[size_t(peerInterface)];
            if (std::find(other.groups.begin(), other.groups.end(), r.group) == other.groups.end())
                continue;
            if (other.vpc == iface.vpc)
                return r.row;
            for (int p : mNet.vpcs[size_t(iface.vpc)].peerings) {
                const Network::Peering &pc = mNet.peerings[size_t(p)];
                if (pc.active && !pc.interRegion && (pc.a == other.vpc || pc.b == other.vpc))
                    return r.row;
            }
        }
    }
    return -1;
}

int Evaluator::aclDecide(int acl, bool ingress, Protocol protocol, const IpAddress &peer, int port, bool *allow) const
{
    return firstAclMatch(mNet.rules(mNet.acls[size_t(acl)], ingress), protocol, peer, port, allow);
}

int Evaluator::firstAclMatch(std::span<const Network::AclRule> rules, Protocol protocol, const IpAddress &peer,
                             int port, bool *allow)
{
    for (size_t i = 0; i < rules.size(); ++i) {
        const Network::AclRule &r = rules[i];
        if (!protocolMatches(r.protocol, protocol) || !r.holds(peer) || !portMatches(r, port))
            continue;
        *allow = r.allow;
        return int(i);
    }
    *allow = false;
    return -1;
}

void Evaluator::groupStep(PacketPath &p, int interface, bool ingress, Protocol protocol, const IpAddress &peer,
                          int peerInterface, int port) const
{
    const Network::Interface &iface = mNet.interfaces[size_t(interface)];
    if (iface.kind == Network::Interface::Kind::NatGateway)
        return; // NAT gateways have no security groups
    if (iface.groups.empty()) {
        p.add(hop(Kind::Instance, Why::NoGroups, Verdict::Block, ingress, interface, -1, peer, port));
        return;
    }
    int group = -1;
    const int row = groupAllows(interface, ingress, protocol, peer, peerInterface, port, &group);
    if (row >= 0) {
        p.add(hop(Kind::SecurityGroup, Why::GroupAllows, Verdict::Pass, ingress, group, row, peer, port));
        return;
    }
    // Every group of the interface is a setting that could let it through: name each.
    for (int g : iface.groups)
        p.add(hop(Kind::SecurityGroup, Why::GroupNoRule, Verdict::Block, ingress, g, -1, peer, port));
}

void Evaluator::aclStep(PacketPath &p, int subnet, bool ingress, Protocol protocol, const IpAddress &peer,
                        int port) const
{
    const Network::SubnetInfo &info = mNet.subnets[size_t(subnet)];
    const int acl = info.acl;
    if (acl < 0)
        return;
    bool allow = false;
    const Network::Range range = ingress ? info.aclIngress : info.aclEgress;
    const int at = firstAclMatch({mNet.aclRules.data() + range.begin, range.count}, protocol, peer, port, &allow);
    const int rule = at < 0 ? -1 : at;
    p.add(hop(Kind::NetworkAcl,
              at < 0  ? Why::AclFinalDeny
              : allow ? Why::AclAllows
                      : Why::AclDenies,
              allow ? Verdict::Pass : Verdict::Block, ingress, acl, rule, peer, port));
}

const Network::RouteTarget *Evaluator::routeStep(PacketPath &p, int subnet, const IpAddress &destination) const
{
    const int table = mNet.subnets[size_t(subnet)].table;
    // The matrix and the intents run thousands of packets between the same two ends in a
    // row (a class per port range): each lookup is one of the last two, request and answer.
    struct Recent
    {
        quint64 network = 0;
        int table = -1;
        IpAddress destination;
        const Network::RouteTarget *target = nullptr;
    };
    thread_local Recent recent[2];
    thread_local int next = 0;
    const Network::RouteTarget *r = nullptr;
    bool known = false;
    for (const Recent &k : recent)
        if (k.network == mNet.generation() && k.table == table && k.destination == destination) {
            r = k.target;
            known = true;
            break;
        }
    if (!known) {
        const Network::Table &t = mNet.tables[size_t(table)];
        r = (destination.isV4() ? t.v4 : t.v6).lookup(destination);
        recent[next] = {mNet.generation(), table, destination, r};
        next ^= 1;
    }
    if (!r) {
        p.add(hop(Kind::RouteTable, Why::NoRoute, Verdict::Block, false, table, -1, destination));
        return nullptr;
    }
    p.add(hop(Kind::RouteTable, Why::RouteMatched, Verdict::Pass, false, table, r->route, destination));
    return r;
}

int Evaluator::subnetOf(const FlowEnd &end, int vpc) const
{
    // The interface knows its subnet; only addresses need the VPC's subnet trie.
    if (end.interface >= 0) {
        const Network::Interface &x = mNet.interfaces[size_t(end.interface)];
        if (x.vpc == vpc && (x.privateV4 == end.address || x.v6 == end.address))
            return x.subnet;
    }
    return mNet.subnetAt(vpc, end.address);
}

void Evaluator::arrive(PacketPath &p, int vpc, int fromSubnet, const FlowEnd &from, const FlowEnd &to,
                       Protocol protocol, const IpAddress &source, int sourcePort, int port) const
{
    const IpAddress destination = to.address;
    if (fromSubnet < 0)
        p.add(hop(Kind::Vpc, Why::EntersVpc, Verdict::Info, true, vpc, -1, destination));
    const int subnet = subnetOf(to, vpc);
    if (subnet < 0) {
        p.add(hop(Kind::Vpc, Why::NoSubnet, Verdict::Block, true, vpc, -1, destination));
        return;
    }
    p.destinationSubnet = subnet;
    if (subnet != fromSubnet)
        aclStep(p, subnet, true, protocol, source, port);
    if (to.type == FlowEnd::Type::Interface && to.interface >= 0 && mNet.interfaces[size_t(to.interface)].vpc != vpc) {
        // The address leads into another VPC than the destination's: whatever holds it
        // there, it is not the destination.
        p.add(hop(Kind::Vpc, Why::WrongVpc, Verdict::Block, true, vpc, to.interface, destination));
        return;
    }
    const int iface = to.interface >= 0 ? to.interface : mNet.interfaceAt(vpc, destination);
    if (iface < 0) {
        // The network address, the one AWS keeps for the future (+3) and the broadcast
        // address take no traffic (a VPC has no broadcast); the router (+1) and the DNS
        // server (+2) are AWS's own and answer as such.
        const Cidr &block = destination.isV4() ? mNet.subnets[size_t(subnet)].subnet->cidr
                                               : mNet.subnets[size_t(subnet)].subnet->ipv6Cidr;
        const IpAddress first = block.network().first();
        if (destination.isV4() &&
            (destination == first || destination == first.plus(3) || destination == block.network().last())) {
            p.add(hop(Kind::Subnet, Why::ReservedAddress, Verdict::Block, true, subnet, -1, destination));
            return;
        }
        p.add(hop(Kind::Subnet, Why::UnknownInterface, Verdict::Info, true, subnet, -1, destination));
        p.reached = true;
        return;
    }
    p.destinationInterface = iface;
    const int endpointIndex = mNet.endpointOfInterface(iface);
    if (endpointIndex >= 0 && protocol.number() != Protocol::Tcp)
        p.add(hop(Kind::InterfaceEndpoint, Why::TcpOnly, Verdict::Block, true, endpointIndex));
    groupStep(p, iface, true, protocol, source, from.interface, port);
    // An interface endpoint's policy, after its security groups, for a request from this VPC.
    if (endpointIndex >= 0 && from.vpc >= 0) {
        const Endpoint *e = mNet.endpoints[size_t(endpointIndex)].endpoint;
        if (policyApplies(*e, to)) {
            const Policy::Decision d =
                Policy::evaluate(e->policy, policyRequest(to, from.vpc, source, port, endpointIndex));
            if (!d.allowed())
                p.add(hop(Kind::InterfaceEndpoint, Why::PolicyDenies, Verdict::Block, true, endpointIndex, d.index,
                          destination, port));
        }
    }
    p.observe(iface, true, source, destination, sourcePort, port);
    p.add(hop(Kind::Instance, Why::Delivered, Verdict::Info, true, iface));
    p.reached = true;
}

void Evaluator::fromSubnet(PacketPath &p, int subnet, const FlowEnd &from, const FlowEnd &to, Protocol protocol,
                           const IpAddress &source, int sourcePort, int port, int depth) const
{
    const int vpc = mNet.subnets[size_t(subnet)].vpc;
    const IpAddress destination = to.address;
    // Inside one subnet, ACLs do not filter and no route is consulted.
    if (to.vpc == vpc && subnetOf(to, vpc) == subnet &&
        (to.type == FlowEnd::Type::Interface || to.type == FlowEnd::Type::Address)) {
        p.add(hop(Kind::Subnet, Why::SameSubnet, Verdict::Info, false, subnet));
        if (Observation *o = p.observe(from.interface, false, source, destination, sourcePort, port))
            o->trafficPath = 1;
        p.via = PacketPath::Via::Local;
        p.seenSource = source;
        p.seenSourcePort = sourcePort;
        arrive(p, vpc, subnet, from, to, protocol, source, sourcePort, port);
        return;
    }
    aclStep(p, subnet, false, protocol, destination, port);
    Observation *out = p.observe(from.interface, false, source, destination, sourcePort, port);
    const Network::RouteTarget *route = routeStep(p, subnet, destination);
    if (!route)
        return;
    if (out)
        out->trafficPath = trafficPath(*route);
    switch (route->kind) {
    case Target::Local:
        p.via = PacketPath::Via::Local;
        p.seenSource = source;
        p.seenSourcePort = sourcePort;
        arrive(p, vpc, subnet, from, to, protocol, source, sourcePort, port);
        return;
    case Target::InternetGateway: {
        const Network::Interface *src = from.interface >= 0 ? &mNet.interfaces[size_t(from.interface)] : nullptr;
        IpAddress translated = source;
        if (destination.isV4()) {
            if (!src || !src->publicV4.isValid()) {
                p.add(hop(Kind::InternetGateway, Why::NoPublicSource, Verdict::Block, false, vpc, from.interface));
                return;
            }
            translated = src->publicV4;
        }
        p.add(hop(Kind::InternetGateway, Why::Passes, Verdict::Pass, false, vpc, -1, destination));
        p.via = PacketPath::Via::InternetOut;
        p.seenSource = translated;
        p.seenSourcePort = sourcePort;
        if (to.type == FlowEnd::Type::Interface) { // another VPC's public address: in again
            FlowEnd internet{FlowEnd::Type::Internet, -1, -1, -1, translated, {}};
            fromInternet(p, internet, to, protocol, sourcePort, port);
            return;
        }
        p.reached = true;
        return;
    }
    case Target::EgressOnlyGateway:
        if (destination.isV4()) {
            p.add(hop(Kind::EgressOnlyGateway, Why::EgressOnlyIpv4, Verdict::Block, false, vpc, -1, destination));
            return;
        }
        p.add(hop(Kind::EgressOnlyGateway, Why::Passes, Verdict::Pass, false, vpc, -1, destination));
        if (to.type == FlowEnd::Type::Interface) { // another VPC's IPv6 address: in there
            FlowEnd internet{FlowEnd::Type::Internet, -1, -1, -1, source, {}};
            fromInternet(p, internet, to, protocol, sourcePort, port);
        } else {
            p.reached = true;
        }
        p.via = PacketPath::Via::EgressOnlyOut;
        p.seenSource = source;
        p.seenSourcePort = sourcePort;
        return;
    case Target::NatGateway: {
        if (route->index < 0) {
            p.add(hop(Kind::RouteTable, Why::Blackhole, Verdict::Block, false, mNet.subnets[size_t(subnet)].table,
                      route->route, destination));
            return;
        }
        const Network::Interface &nat = mNet.interfaces[size_t(route->index)];
        p.nat = route->index;
        const int natSubnet = nat.subnet;
        if (natSubnet != subnet && natSubnet >= 0)
            aclStep(p, natSubnet, true, protocol, source, port);
        p.observe(route->index, true, source, nat.privateV4, sourcePort, port, source, destination);
        const auto *natObject = static_cast<const NatGateway *>(nat.owner);
        if (!natObject->isPublic()) {
            p.add(hop(Kind::NatGateway, Why::NatTranslates, Verdict::Pass, false, route->index, -1, nat.privateV4));
            if (depth < 4 && natSubnet >= 0)
                fromSubnet(p, natSubnet,
                           FlowEnd{FlowEnd::Type::Interface, route->index, natSubnet, vpc, nat.privateV4, {}}, to,
                           protocol, nat.privateV4, natPort(sourcePort), port, depth + 1);
            return;
        }
        p.add(hop(Kind::NatGateway, Why::NatTranslates, Verdict::Pass, false, route->index, -1, nat.publicV4));
        const Network::RouteTarget *out = natSubnet >= 0 ? routeStep(p, natSubnet, destination) : nullptr;
        if (!out || out->kind != Target::InternetGateway) {
            p.add(hop(Kind::NatGateway, Why::NatNoWayOut, Verdict::Block, false, route->index, -1, destination));
            return;
        }
        aclStep(p, natSubnet, false, protocol, destination, port);
        if (Observation *o = p.observe(route->index, false, nat.privateV4, destination, natPort(sourcePort), port))
            o->trafficPath = 2;
        p.add(hop(Kind::InternetGateway, Why::Passes, Verdict::Pass, false, vpc, -1, destination));
        if (to.type == FlowEnd::Type::Interface) { // another VPC's public address: in there
            FlowEnd internet{FlowEnd::Type::Internet, -1, -1, -1, nat.publicV4, {}};
            fromInternet(p, internet, to, protocol, natPort(sourcePort), port);
        } else {
            p.reached = true;
        }
        // The answer comes back through the NAT gateway (its far side is not followed).
        p.via = PacketPath::Via::Nat;
        p.seenSource = nat.publicV4;
        p.seenSourcePort = natPort(sourcePort);
        return;
    }
    case Target::Peering: {
        const Network::Peering &pc = mNet.peerings[size_t(route->index)];
        p.peering = route->index;
        if (!pc.active) {
            p.add(hop(Kind::Peering, Why::PeeringInactive, Verdict::Block, false, route->index, -1, destination));
            return;
        }
        const int peer = pc.a == vpc ? pc.b : pc.a;
        if (!mNet.vpcHolds(peer, destination)) {
            p.add(hop(Kind::Peering, Why::NoTransit, Verdict::Block, false, route->index, vpc, destination));
            return;
        }
        p.add(hop(Kind::Peering, Why::Passes, Verdict::Pass, false, route->index, -1, destination));
        p.via = PacketPath::Via::Peering;
        p.seenSource = source;
        p.seenSourcePort = sourcePort;
        arrive(p, peer, -1, from, to, protocol, source, sourcePort, port);
        return;
    }
    case Target::GatewayEndpoint: {
        // Gateway endpoints reach their own region's service only.
        const Endpoint *e = mNet.endpoints[size_t(route->index)].endpoint;
        const bool here = e->serviceRegion.isEmpty() || e->serviceRegion == mNet.vpcs[size_t(vpc)].vpc->region;
        p.add(hop(Kind::GatewayEndpoint, here ? Why::Passes : Why::OtherRegion, here ? Verdict::Pass : Verdict::Block,
                  false, route->index, -1, destination));
        // The endpoint's policy, with the keys AWS sets on this path.
        if (policyApplies(*e, to)) {
            const Policy::Decision d = Policy::evaluate(e->policy, policyRequest(to, vpc, source, port, route->index));
            if (!d.allowed())
                p.add(hop(Kind::GatewayEndpoint, Why::PolicyDenies, Verdict::Block, false, route->index, d.index,
                          destination, port));
        }
        p.via = PacketPath::Via::GatewayEndpoint;
        p.endpoint = route->index;
        p.seenSource = source;
        p.seenSourcePort = sourcePort;
        p.reached = true;
        return;
    }
    case Target::Instance:
        p.add(hop(Kind::Instance, Why::Appliance, Verdict::Block, false, route->index, -1, destination));
        return;
    case Target::Unknown:
        p.add(hop(Kind::RouteTable, Why::Blackhole, Verdict::Block, false, mNet.subnets[size_t(subnet)].table,
                  route->route, destination));
        return;
    }
}

void Evaluator::fromInternet(PacketPath &p, const FlowEnd &from, const FlowEnd &to, Protocol protocol, int sourcePort,
                             int port) const
{
    if (to.type != FlowEnd::Type::Interface) {
        if (to.vpc >= 0) { // an address inside a VPC that no interface has: private
            const bool gateway = mNet.vpcs[size_t(to.vpc)].internetGateway;
            p.add(hop(gateway ? Kind::InternetGateway : Kind::Vpc,
                      gateway ? Why::NoPublicDestination : Why::NoInternetGateway, Verdict::Block, true, to.vpc, -1,
                      to.address));
            return;
        }
        p.reached = true; // the internet to the internet: nothing of the design in between
        return;
    }
    const Network::Interface &iface = mNet.interfaces[size_t(to.interface)];
    const int vpc = iface.vpc;
    if (!mNet.vpcs[size_t(vpc)].internetGateway) {
        p.add(hop(Kind::Vpc, Why::NoInternetGateway, Verdict::Block, true, vpc));
        return;
    }
    const bool reachable = to.address.isV4() ? iface.publicV4.isValid() && iface.publicV4 == to.address
                                             : iface.v6.isValid() && iface.v6 == to.address;
    if (!reachable) {
        p.add(hop(Kind::InternetGateway, Why::NoPublicDestination, Verdict::Block, true, vpc, -1, to.address));
        return;
    }
    if (iface.kind == Network::Interface::Kind::NatGateway) {
        // A NAT gateway lets nothing in that it did not send out.
        p.add(hop(Kind::NatGateway, Why::NatNoState, Verdict::Block, true, to.interface, -1, from.address));
        return;
    }
    if (iface.subnet < 0) {
        p.add(hop(Kind::Vpc, Why::NoSubnet, Verdict::Block, true, vpc, -1, to.address));
        return;
    }
    p.add(hop(Kind::InternetGateway, Why::Passes, Verdict::Pass, true, vpc, -1, from.address));
    p.add(hop(Kind::Vpc, Why::EntersVpc, Verdict::Info, true, vpc, -1, to.address));
    p.via = PacketPath::Via::InternetIn;
    p.seenSource = from.address;
    p.destinationSubnet = iface.subnet;
    p.destinationInterface = to.interface;
    aclStep(p, iface.subnet, true, protocol, from.address, port);
    groupStep(p, to.interface, true, protocol, from.address, -1, port);
    // The internet gateway has put the private address in place of the public one.
    p.observe(to.interface, true, from.address, to.address.isV4() ? iface.privateV4 : to.address, sourcePort, port);
    p.add(hop(Kind::Instance, Why::Delivered, Verdict::Info, true, to.interface));
    p.reached = true;
}

PacketPath Evaluator::request(const FlowEnd &from, const FlowEnd &to, Protocol protocol, int sourcePort, int port) const
{
    PacketPath p;
    p.seenSource = from.address;
    p.seenSourcePort = sourcePort;
    if (to.type == FlowEnd::Type::VpcService) {
        // Neither the sender's security groups nor its subnet's network ACL see it.
        toVpcService(p, from, to, protocol, port);
        return p;
    }
    if (from.type == FlowEnd::Type::Interface || from.type == FlowEnd::Type::Address) {
        if (from.type == FlowEnd::Type::Interface) {
            // A group reference matches the other end's private addresses only.
            int peer = -1;
            if (to.interface >= 0) {
                const Network::Interface &x = mNet.interfaces[size_t(to.interface)];
                if (to.address == x.privateV4 || to.address == x.v6)
                    peer = to.interface;
            }
            groupStep(p, from.interface, false, protocol, to.address, peer, port);
        }
        if (from.subnet >= 0)
            fromSubnet(p, from.subnet, from, to, protocol, from.address, sourcePort, port, 0);
    } else {
        fromInternet(p, from, to, protocol, sourcePort, port);
    }
    // At S3, the bucket's policy decides last, with the keys of the way the request came.
    if (to.bucket >= 0 && p.reached)
        bucketStep(p, from, to, port);
    return p;
}
