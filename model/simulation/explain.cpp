#include "explain.h"

#include "awsranges.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)
};

using Kind = Hop::Kind;
using Why = Hop::Why;

} // namespace

HopText Explain::hop(const Hop &hop, Protocol protocol) const
{
    HopText out{objectId(hop), kindTag(hop, mNet), {}, {}};
    out.setting = out.kind + QLatin1Char(':') + out.at;
    if (hop.why == Why::AclAllows || hop.why == Why::AclDenies)
        out.setting += QStringLiteral(" rule %1")
                           .arg(mNet.rules(mNet.acls[size_t(hop.object)], hop.ingress)[size_t(hop.rule)].number);
    else if (hop.why == Why::AclFinalDeny)
        out.setting += QStringLiteral(" rule *");
    else if (hop.why == Why::GroupAllows)
        out.setting += QStringLiteral(" rule %1").arg(hop.rule + 1);
    const QString what = traffic(protocol, hop.port);
    const QString peer = hop.address.isValid() ? hop.address.toString() : QString();
    const QString direction = hop.ingress ? Tr::tr("ingress") : Tr::tr("egress");
    const QString towards = hop.ingress ? Tr::tr("from %1").arg(peer) : Tr::tr("to %1").arg(peer);
    switch (hop.why) {
    case Why::GroupAllows:
        out.detail = Tr::tr("%1 rule %2 (%3) allows %4 %5")
                         .arg(direction)
                         .arg(hop.rule + 1)
                         .arg(groupRuleText(hop), what, towards);
        break;
    case Why::GroupNoRule: {
        // A rule that would allow it but names a group of another region does not count:
        // say so rather than "no rule".
        const Network::Group &g = mNet.groups[size_t(hop.object)];
        const QString region = g.vpc >= 0 ? mNet.vpcs[size_t(g.vpc)].vpc->region : QString();
        const SgRuleList rules = hop.ingress ? g.group->ingress : g.group->effectiveEgress();
        for (qsizetype i = 0; i < rules.size() && out.detail.isEmpty(); ++i) {
            const SgRule &r = rules[i];
            const bool fits = r.protocol.matches(protocol.number()) &&
                              (!r.protocol.hasPorts() || hop.port < 0 || r.ports.contains(hop.port));
            if (fits && r.group.startsWith(QLatin1String("pl-"))) {
                // A rule the simulator cannot evaluate is named, never passed over in silence.
                out.detail = Tr::tr("%1 rule %2 names the prefix list %3, which the designer cannot read, so it "
                                    "does not count here; name an AWS-managed list as service:s3 or "
                                    "service:dynamodb, or write the blocks it holds")
                                 .arg(direction)
                                 .arg(i + 1)
                                 .arg(r.group);
                break;
            }
            if (fits && r.group.startsWith(QLatin1String("service:")) &&
                Network::servicePrefixes(Network::serviceName(r.group), region).isEmpty()) {
                out.detail = Tr::tr("%1 rule %2 names %3, which has no AWS-managed prefix list in %4 (S3 and "
                                    "DynamoDB have one), so it allows nothing")
                                 .arg(direction)
                                 .arg(i + 1)
                                 .arg(r.group, region);
                break;
            }
            const int other = r.isGroupReference() ? mNet.groupIndex(r.group) : -1;
            if (other < 0 || mNet.groups[size_t(other)].vpc < 0 || !r.protocol.matches(protocol.number()) ||
                (r.protocol.hasPorts() && hop.port >= 0 && !r.ports.contains(hop.port)))
                continue;
            const Vpc *theirs = mNet.vpcs[size_t(mNet.groups[size_t(other)].vpc)].vpc;
            if (theirs->region == region)
                continue;
            out.detail = Tr::tr("%1 rule %2 names %3, a group of %4 in %5, but %6 is in %7: a security group "
                                "can reference the groups of a peered VPC in its own region only, so the rule "
                                "cannot apply to %8 %9; allow %4's CIDR blocks instead")
                             .arg(direction)
                             .arg(i + 1)
                             .arg(r.group, theirs->id, theirs->region, out.at, region, what, towards);
            break;
        }
        if (out.detail.isEmpty())
            out.detail = Tr::tr("%1: no rule allows %2 %3; security groups deny what they do not allow")
                             .arg(direction, what, towards);
        break;
    }
    case Why::NoGroups:
        out.detail = hop.ingress ? Tr::tr("%1 has no security group: all inbound traffic is denied").arg(out.at)
                                 : Tr::tr("%1 has no security group: all outbound traffic is denied").arg(out.at);
        break;
    case Why::Stateful:
        out.detail = Tr::tr("an answer to an allowed connection: security groups are stateful");
        break;
    case Why::AclAllows:
    case Why::AclDenies: {
        const Network::Acl &a = mNet.acls[size_t(hop.object)];
        const Network::AclRule &r = mNet.rules(a, hop.ingress)[size_t(hop.rule)];
        out.detail = (hop.why == Why::AclAllows ? Tr::tr("%1 rule %2 allows %3 %4") : Tr::tr("%1 rule %2 denies %3 %4"))
                         .arg(direction)
                         .arg(r.number)
                         .arg(what, towards);
        break;
    }
    case Why::AclFinalDeny:
        out.detail = Tr::tr("%1: no rule allows %2 %3; the final rule denies").arg(direction, what, towards);
        break;
    case Why::SameSubnet:
        out.detail = Tr::tr("both ends are in %1: network ACLs do not filter inside a subnet").arg(out.at);
        break;
    case Why::RouteMatched:
        out.detail = routeText(hop);
        break;
    case Why::NoRoute: {
        out.detail = Tr::tr("no route for %1: the packet is dropped").arg(peer);
        // A route to a prefix list named by id might have matched: say it was not read.
        if (hop.object >= 0)
            for (const Route &r : mNet.tables[size_t(hop.object)].table->routes)
                if (r.prefixList.startsWith(QLatin1String("pl-"))) {
                    out.detail += Tr::tr(" (the route to %1 -> %2 was not evaluated: the blocks of a prefix list "
                                         "named by id are not known; name an AWS-managed list as service:s3 or "
                                         "service:dynamodb)")
                                      .arg(r.prefixList, r.target);
                    break;
                }
        break;
    }
    case Why::Blackhole: {
        const Network::Table &t = mNet.tables[size_t(hop.object)];
        const Route &r = t.table->routes[hop.rule];
        out.detail = Tr::tr("the route %1 -> %2 leads nowhere (the target is missing or not in this VPC): "
                            "a blackhole for %3")
                         .arg(r.destinationText(), r.target, peer);
        break;
    }
    case Why::PeeringInactive:
        out.detail = Tr::tr("%1 is %2, not active: routes to it are blackholes")
                         .arg(out.at, enumName(mNet.peerings[size_t(hop.object)].peering->status));
        break;
    case Why::NoTransit: {
        const Network::Peering &p = mNet.peerings[size_t(hop.object)];
        // An AWS service's address that the peer reaches through its gateway endpoint: no
        // transit gateway reaches a gateway endpoint either, so the advice is an endpoint here.
        const std::optional<AwsRanges::Owner> owner = AwsRanges::ownerOf(hop.address);
        const QString service = owner ? owner->service : QString();
        if (!service.isEmpty() && hop.rule >= 0) {
            const int peerVpc = p.a == hop.rule ? p.b : p.a;
            out.detail =
                Tr::tr("%1 is an address of %2: a peering carries only traffic between the addresses of "
                       "its two VPCs, so nothing reaches %2 through %3's gateway endpoint or internet "
                       "gateway (no edge-to-edge routing), and a transit gateway cannot use a gateway "
                       "endpoint either; give %4 a gateway endpoint for %2 of its own")
                    .arg(peer, service, mNet.vpcs[size_t(peerVpc)].vpc->id, mNet.vpcs[size_t(hop.rule)].vpc->id);
            break;
        }
        // A third VPC's address: peer with it. Anything else (the internet, a network on
        // premises): the peer's gateways carry nothing from here.
        for (size_t v = 0; v < mNet.vpcs.size(); ++v)
            if (mNet.vpcHolds(int(v), hop.address)) {
                out.detail = Tr::tr("%1 is in %2, not in %3 or %4, the two ends of %5: peering is not transitive; "
                                    "peer with %2 directly or use a transit gateway")
                                 .arg(peer, mNet.vpcs[v].vpc->id, mNet.vpcs[size_t(p.a)].vpc->id,
                                      mNet.vpcs[size_t(p.b)].vpc->id, out.at);
                return out;
            }
        if (hop.rule >= 0) {
            const int peerVpc = p.a == hop.rule ? p.b : p.a;
            out.detail =
                Tr::tr("%1 is outside %2 and %3, the two ends of %4: a peering carries nothing to the "
                       "internet or other networks through %3's internet gateway or NAT gateway (no "
                       "edge-to-edge routing); give %2 gateways of its own, or share egress through a "
                       "transit gateway")
                    .arg(peer, mNet.vpcs[size_t(hop.rule)].vpc->id, mNet.vpcs[size_t(peerVpc)].vpc->id, out.at);
            break;
        }
        out.detail = Tr::tr("%1 is not in %2 or %3, the two ends of %4: peering is neither transitive nor "
                            "edge-to-edge")
                         .arg(peer, mNet.vpcs[size_t(p.a)].vpc->id, mNet.vpcs[size_t(p.b)].vpc->id, out.at);
        break;
    }
    case Why::NoRouteBack: {
        // Where the answer goes instead, and the fix of the VPC Peering Guide ("routing for
        // response traffic"): a more specific route back through the connection it came by.
        const Network::Table &t = mNet.tables[size_t(hop.object)];
        int length = 0;
        const Network::RouteTarget *r = (hop.address.isV4() ? t.v4 : t.v6).lookup(hop.address, &length);
        QString towards;
        if (r && r->kind == Network::RouteTarget::Kind::Peering) {
            const Network::Peering &wrong = mNet.peerings[size_t(r->index)];
            const Vpc *owner = mNet.design().vpcOf(*t.table);
            const int here = owner ? mNet.vpcIndex(owner->id) : -1;
            towards = mNet.vpcs[size_t(wrong.a == here ? wrong.b : wrong.a)].vpc->id;
        }
        if (hop.cameBy >= 0 && !towards.isEmpty()) {
            const PeeringConnection *came = mNet.peerings[size_t(hop.cameBy)].peering;
            out.detail = Tr::tr("the answer to %1 is routed by %2 to %3, not back through %4, which the request came "
                                "by: %3 holds the same addresses, and asymmetric routing drops the answer. Add a more "
                                "specific route for %1 (its subnet, or %1/%5) through %4 in %6")
                             .arg(peer, routeText(hop), towards, came->id)
                             .arg(hop.address.bitWidth())
                             .arg(t.table->id);
            break;
        }
        out.detail = Tr::tr("the answer to %1 is routed %2 instead of back the way the request came: "
                            "asymmetric routing drops it")
                         .arg(peer, Tr::tr("by %1").arg(routeText(hop)));
        break;
    }
    case Why::Appliance:
        out.detail = Tr::tr("routed to instance %1 as a middlebox: the simulator does not follow traffic "
                            "through appliances")
                         .arg(out.at);
        break;
    case Why::NoPublicSource:
        if (hop.rule >= 0 && mNet.interfaces[size_t(hop.rule)].kind == Network::Interface::Kind::NatGateway) {
            // A private NAT gateway's traffic: another NAT gateway is not the answer.
            out.detail = Tr::tr("%1 is a private NAT gateway: it translates to its private address, which the "
                                "internet gateway cannot translate. A private NAT gateway reaches other VPCs and "
                                "on-premises networks; for the internet, route through a public NAT gateway in a "
                                "public subnet")
                             .arg(mNet.interfaces[size_t(hop.rule)].owner->id);
            break;
        }
        out.detail = Tr::tr("the source has no public IPv4 address: the internet gateway cannot translate it; "
                            "give it a public or elastic IP, or route through a NAT gateway");
        break;
    case Why::NoPublicDestination:
        out.detail = Tr::tr("%1 is no public address of the destination: nothing from the internet reaches a "
                            "private address")
                         .arg(peer);
        break;
    case Why::NoInternetGateway:
        out.detail = Tr::tr("%1 has no internet gateway: nothing comes in from the internet").arg(out.at);
        break;
    case Why::EgressOnlyIpv4:
        out.detail = Tr::tr("an egress-only internet gateway carries IPv6 only; %1 is IPv4").arg(peer);
        break;
    case Why::EgressOnlyInbound:
        out.detail = Tr::tr("an egress-only internet gateway lets no connection in from the internet");
        break;
    case Why::NatTranslates:
        out.detail = hop.ingress ? Tr::tr("translates the answer back to %1").arg(peer)
                                 : Tr::tr("the source becomes %1").arg(peer);
        break;
    case Why::NatNoWayOut:
        out.detail = Tr::tr("the NAT gateway's subnet has no route to an internet gateway for %1").arg(peer);
        break;
    case Why::NatNoState:
        if (hop.ingress) {
            out.detail = Tr::tr("%1 lets no connection in from %2: a NAT gateway only carries answers to what "
                                "it sent out")
                             .arg(out.at, peer);
            break;
        }
        out.detail = Tr::tr("the answer to %1 is routed to %2, which never saw the request: a NAT gateway lets "
                            "nothing in that it did not send out")
                         .arg(peer, out.at);
        break;
    case Why::Passes:
        switch (hop.kind) {
        case Kind::InternetGateway:
        case Kind::EgressOnlyGateway:
            out.detail = hop.ingress ? Tr::tr("in from the internet (%1)").arg(peer)
                                     : Tr::tr("out to the internet (%1)").arg(peer);
            break;
        case Kind::Peering: {
            const Network::Peering &p = mNet.peerings[size_t(hop.object)];
            out.detail = Tr::tr("across the peering between %1 and %2 to %3")
                             .arg(mNet.vpcs[size_t(p.a)].vpc->id, mNet.vpcs[size_t(p.b)].vpc->id, peer);
            break;
        }
        case Kind::GatewayEndpoint:
            out.detail = Tr::tr("to %1 through the gateway endpoint, inside AWS's network")
                             .arg(mNet.endpoints[size_t(hop.object)].endpoint->service);
            break;
        default:
            out.detail = Tr::tr("passes");
            break;
        }
        break;
    case Why::TcpOnly:
        out.detail = Tr::tr("an interface endpoint carries TCP only; this is %1").arg(protocol.toString());
        break;
    case Why::OtherRegion: {
        const Endpoint *e = mNet.endpoints[size_t(hop.object)].endpoint;
        const Vpc *vpc = mNet.vpcs[size_t(mNet.endpoints[size_t(hop.object)].vpc)].vpc;
        out.detail = Tr::tr("%1 is for %2 in %3, but the traffic is in %4: gateway endpoints reach their own "
                            "region's service only")
                         .arg(out.at, e->service, e->serviceRegion, vpc->region);
        break;
    }
    case Why::WrongVpc: {
        const Network::Interface &x = mNet.interfaces[size_t(hop.rule)];
        out.detail = Tr::tr("%1 leads into %2, but %3 is in %4: the address is not the destination's from here "
                            "(its private address is reached only from its own VPC or a peer)")
                         .arg(peer, out.at, x.owner->id, mNet.vpcs[size_t(x.vpc)].vpc->id);
        break;
    }
    case Why::NoSubnet:
        out.detail = Tr::tr("no subnet of %1 holds %2").arg(out.at, peer);
        break;
    case Why::ReservedAddress:
        out.detail = Tr::tr("%1 is one of the five addresses AWS reserves in %2 (network, router, DNS, future "
                            "use, broadcast): nothing takes traffic there, and a VPC has no broadcast")
                         .arg(peer, out.at);
        break;
    case Why::UnknownInterface:
        out.detail = Tr::tr("%1 is in %2 but belongs to no interface of the design: its security groups are "
                            "not known")
                         .arg(peer, out.at);
        break;
    case Why::EntersVpc: {
        const Vpc *vpc = mNet.vpcs[size_t(hop.object)].vpc;
        QStringList blocks;
        for (const Cidr &c : vpc->cidrBlocks)
            blocks.append(c.toString());
        for (const Cidr &c : vpc->ipv6CidrBlocks)
            blocks.append(c.toString());
        out.detail = Tr::tr("enters %1 (%2) for %3").arg(out.at, blocks.join(QStringLiteral(", ")), peer);
        break;
    }
    case Why::VpcService:
        out.detail = hop.ingress ? Tr::tr("the answer of %1 at %2 comes back: security groups and network ACLs do "
                                          "not filter the services of a VPC")
                                       .arg(vpcServiceName(hop.rule), peer)
                                 : Tr::tr("%1 of %2 answers at %3: a service of every VPC, which security groups "
                                          "and network ACLs do not filter and which needs no route")
                                       .arg(vpcServiceName(hop.rule), out.at, peer);
        break;
    case Why::ForeignDns: {
        const Vpc *vpc = mNet.vpcs[size_t(hop.object)].vpc;
        if (hop.rule < 0) {
            out.detail = Tr::tr("%1 is the Amazon DNS server of %2: it answers only the instances of its own VPC, "
                                "not the internet or other networks")
                             .arg(peer, vpc->id);
            break;
        }
        const Vpc *mine = mNet.vpcs[size_t(hop.rule)].vpc;
        const auto own = mine->cidrBlocks.isEmpty() ? std::nullopt : mine->cidrBlocks.front().network().first().plus(2);
        out.detail = Tr::tr("%1 is the Amazon DNS server of %2: it answers only the instances of its own VPC, "
                            "not across a peering; %3 asks its own at %4 (or 169.254.169.253), and turns on DNS "
                            "resolution on the peering to resolve the peer's public names to private addresses")
                         .arg(peer, vpc->id, mine->id, own ? own->toString() : QStringLiteral("169.254.169.253"));
        break;
    }
    case Why::DnsSupportOff:
        out.detail = Tr::tr("DNS support (dns-support) is off in %1: its Amazon DNS server does not answer; turn it "
                            "on, or use a resolver of your own")
                         .arg(out.at);
        break;
    case Why::ServiceClosed:
        out.detail = Tr::tr("%1 answers %2 only; nothing listens for %3 at %4")
                         .arg(vpcServiceName(hop.rule), vpcServicePorts(hop.rule), what, peer);
        break;
    case Why::PolicyDenies: {
        const Endpoint *e = mNet.endpoints[size_t(hop.object)].endpoint;
        if (hop.rule >= 0) {
            out.detail = Tr::tr("the policy of %1 denies the request (%2: an explicit deny wins over every allow)")
                             .arg(e->id, Policy::statementName(e->policy, hop.rule));
            break;
        }
        out.detail = Tr::tr("the policy of %1 allows no statement for this request: what a policy does not allow, it "
                            "denies")
                         .arg(e->id);
        break;
    }
    case Why::BucketPolicyDenies: {
        const Bucket *b = mNet.buckets[size_t(hop.object)];
        if (hop.rule >= 0) {
            out.detail =
                Tr::tr("the bucket policy of %1 denies the request (%2: an explicit deny wins over every allow)")
                    .arg(b->id, Policy::statementName(b->policy, hop.rule));
            break;
        }
        out.detail = Tr::tr("%1 belongs to account %2; a principal of another account needs a statement of the bucket "
                            "policy that allows it (and its own IAM policy)")
                         .arg(b->id, b->effectiveAccount());
        break;
    }
    case Why::BucketAllows: {
        const Bucket *b = mNet.buckets[size_t(hop.object)];
        out.detail = hop.rule >= 0 ? Tr::tr("the bucket policy of %1 allows the request (%2)")
                                         .arg(b->id, Policy::statementName(b->policy, hop.rule))
                     : b->policy.isNull()
                         ? Tr::tr("%1 takes the request: it has no bucket policy, and its own account's IAM policies "
                                  "are taken to allow it")
                               .arg(b->id)
                         : Tr::tr("%1 takes the request: no statement of its policy denies it, and its own "
                                  "account's IAM policies are taken to allow it")
                               .arg(b->id);
        break;
    }
    case Why::PrivateDns:
        out.detail = Tr::tr("private DNS: the service's name resolves to %1, the endpoint's address here").arg(peer);
        break;
    case Why::Delivered: {
        const Network::Interface &x = mNet.interfaces[size_t(hop.object)];
        out.detail = Tr::tr("delivered to %1 (%2)")
                         .arg(out.at, x.privateV4.isValid() ? x.privateV4.toString() : x.v6.toString());
        break;
    }
    }
    return out;
}
