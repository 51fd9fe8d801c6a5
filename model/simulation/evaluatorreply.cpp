// The answer to a request, back the way the request came: stateful security groups,
// stateless ACLs, the routes back, NAT and the gateways that keep state.

#include "evaluatorsteps.h"

using namespace EvaluatorSteps;

quint8 Evaluator::trafficPath(const Network::RouteTarget &route) const
{
    switch (route.kind) {
    case Target::InternetGateway:
    case Target::EgressOnlyGateway:
    case Target::GatewayEndpoint:
        return 2;
    case Target::Peering:
        return mNet.peerings[size_t(route.index)].interRegion ? 5 : 4;
    case Target::Local:
    case Target::NatGateway:
    case Target::Instance:
        return 1;
    case Target::Unknown:
        break;
    }
    return 0;
}

PacketPath Evaluator::reply(const PacketPath &request, const FlowEnd &from, const FlowEnd &to, Protocol protocol,
                            int sourcePort, int port) const
{
    PacketPath r;
    const auto stateful = [&](int iface, bool ingress) {
        if (iface >= 0 && mNet.interfaces[size_t(iface)].kind != Network::Interface::Kind::NatGateway &&
            !mNet.interfaces[size_t(iface)].groups.empty())
            r.add(hop(Kind::SecurityGroup, Why::Stateful, Verdict::Pass, ingress,
                      mNet.interfaces[size_t(iface)].groups.front()));
    };
    // Answers come from the port asked for and go to the source's ephemeral port; ICMP
    // answers have neither.
    const bool ported = protocol.hasPorts();
    const int answerPort = ported ? sourcePort : -1;
    const int fromPort = ported ? port : -1;
    const int natAnswerPort = ported ? request.seenSourcePort : -1;
    const IpAddress here = from.address; // the source of the request, as it knows itself
    r.seenSource = to.address;
    r.seenSourcePort = fromPort;
    switch (request.via) {
    case PacketPath::Via::Local:
    case PacketPath::Via::Peering: {
        const int d = request.destinationSubnet;
        const int dIface = request.destinationInterface;
        const IpAddress answerTo = request.seenSource;
        stateful(dIface, false);
        const int s = from.subnet;
        const bool sameSubnet = d == s && request.via == PacketPath::Via::Local;
        if (sameSubnet || d < 0) {
            if (Observation *o = r.observe(dIface, false, to.address, answerTo, fromPort, answerPort))
                o->trafficPath = 1;
        } else {
            aclStep(r, d, false, protocol, answerTo, answerPort);
            Observation *o = r.observe(dIface, false, to.address, answerTo, fromPort, answerPort);
            const Network::RouteTarget *back = routeStep(r, d, answerTo);
            if (!back)
                return r;
            if (o)
                o->trafficPath = trafficPath(*back);
            const bool ok = request.via == PacketPath::Via::Local
                                ? back->kind == Target::Local
                                : back->kind == Target::Peering && back->index == request.peering;
            if (!ok) {
                Hop h = hop(Kind::RouteTable, Why::NoRouteBack, Verdict::Block, false, mNet.subnets[size_t(d)].table,
                            back->route, answerTo);
                h.cameBy = request.via == PacketPath::Via::Peering ? request.peering : -1;
                r.add(h);
                return r;
            }
            if (request.via == PacketPath::Via::Peering)
                r.add(hop(Kind::Peering, Why::Passes, Verdict::Pass, false, request.peering, -1, answerTo));
            if (s >= 0)
                aclStep(r, s, true, protocol, to.address, answerPort);
        }
        stateful(from.interface, true);
        r.observe(from.interface, true, to.address, answerTo, fromPort, answerPort);
        r.reached = true;
        return r;
    }
    case PacketPath::Via::InternetIn: {
        const int d = request.destinationSubnet;
        const int dIface = request.destinationInterface;
        const Network::Interface &target = mNet.interfaces[size_t(dIface)];
        const IpAddress self = to.address.isV4() ? target.privateV4 : to.address;
        // The answer goes to the address the request came from: the client's, or the
        // public address of an instance of another VPC (its gateway translated it).
        const IpAddress answerTo = request.seenSource;
        stateful(dIface, false);
        aclStep(r, d, false, protocol, answerTo, answerPort);
        Observation *o = r.observe(dIface, false, self, answerTo, fromPort, answerPort);
        const Network::RouteTarget *back = routeStep(r, d, answerTo);
        if (!back)
            return r;
        if (o)
            o->trafficPath = trafficPath(*back);
        if (back->kind == Target::NatGateway) {
            r.add(hop(Kind::NatGateway, Why::NatNoState, Verdict::Block, false, back->index, -1, answerTo));
            return r;
        }
        if (back->kind == Target::EgressOnlyGateway) {
            // The egress-only gateway never saw the connection start: it drops the answer.
            r.add(hop(Kind::EgressOnlyGateway, Why::EgressOnlyInbound, Verdict::Block, false,
                      mNet.subnets[size_t(d)].vpc, -1, answerTo));
            return r;
        }
        if (back->kind != Target::InternetGateway) {
            r.add(hop(Kind::RouteTable, Why::NoRouteBack, Verdict::Block, false, mNet.subnets[size_t(d)].table,
                      back->route, answerTo));
            return r;
        }
        r.add(hop(Kind::InternetGateway, Why::Passes, Verdict::Pass, false, mNet.subnets[size_t(d)].vpc, -1, answerTo));
        if (from.type == FlowEnd::Type::Interface && from.vpc >= 0 && from.subnet >= 0) {
            // Back into the source's VPC through its internet gateway.
            r.add(hop(Kind::InternetGateway, Why::Passes, Verdict::Pass, true, from.vpc, -1, to.address));
            aclStep(r, from.subnet, true, protocol, to.address, answerPort);
            stateful(from.interface, true);
            r.observe(from.interface, true, to.address, from.address, fromPort, answerPort);
        }
        r.reached = true;
        return r;
    }
    case PacketPath::Via::Nat: {
        const Network::Interface &nat = mNet.interfaces[size_t(request.nat)];
        r.add(hop(Kind::InternetGateway, Why::Passes, Verdict::Pass, true, nat.vpc, -1, to.address));
        aclStep(r, nat.subnet, true, protocol, to.address, natAnswerPort);
        r.observe(request.nat, true, to.address, nat.privateV4, fromPort, natAnswerPort);
        r.add(hop(Kind::NatGateway, Why::NatTranslates, Verdict::Pass, true, request.nat, -1, here));
        if (nat.subnet != from.subnet)
            aclStep(r, nat.subnet, false, protocol, here, answerPort);
        if (Observation *o = r.observe(request.nat, false, nat.privateV4, here, fromPort, answerPort, to.address, here))
            o->trafficPath = 1;
        if (nat.subnet != from.subnet && from.subnet >= 0)
            aclStep(r, from.subnet, true, protocol, to.address, answerPort);
        stateful(from.interface, true);
        r.observe(from.interface, true, to.address, here, fromPort, answerPort);
        r.reached = true;
        return r;
    }
    case PacketPath::Via::InternetOut:
    case PacketPath::Via::EgressOnlyOut:
    case PacketPath::Via::GatewayEndpoint: {
        const int vpc = from.vpc;
        if (request.via == PacketPath::Via::GatewayEndpoint)
            r.add(hop(Kind::GatewayEndpoint, Why::Passes, Verdict::Pass, true, request.endpoint, -1, to.address));
        else
            r.add(hop(request.via == PacketPath::Via::InternetOut ? Kind::InternetGateway : Kind::EgressOnlyGateway,
                      Why::Passes, Verdict::Pass, true, vpc, -1, to.address));
        if (from.subnet >= 0)
            aclStep(r, from.subnet, true, protocol, to.address, answerPort);
        stateful(from.interface, true);
        r.observe(from.interface, true, to.address, here, fromPort, answerPort);
        r.reached = true;
        return r;
    }
    case PacketPath::Via::VpcService:
        // The service's answer comes straight back, unfiltered like the question.
        r.add(hop(Kind::Vpc, Why::VpcService, Verdict::Pass, true, to.vpc >= 0 ? to.vpc : from.vpc, int(to.vpcService),
                  to.address, answerPort));
        r.reached = true;
        break;
    case PacketPath::Via::None:
        break;
    }
    return r;
}
