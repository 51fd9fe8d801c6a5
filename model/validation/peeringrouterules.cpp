#include "catalogue.h"
#include "peeringrules.h"
#include "rulehelpers.h"
#include "validationcontext.h"

#include <QCoreApplication>

using namespace RuleHelpers;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PeeringRules)
};

/// What the peer offers that a route through it might be hoping for.
/// The peer's gateways that traffic of one family might have hoped for: for IPv6 its
/// internet and egress-only gateways (a NAT gateway and a gateway endpoint carry IPv4).
QString peerGateways(const Vpc &peer, bool v6)
{
    QStringList parts;
    if (const Gateway *igw = peer.internetGateway())
        parts.append(Tr::tr("internet gateway %1").arg(igw->id));
    if (v6) {
        if (const Gateway *eigw = peer.egressOnlyGateway())
            parts.append(Tr::tr("egress-only internet gateway %1").arg(eigw->id));
        return parts.join(QStringLiteral(", "));
    }
    for (const NatGateway *n : peer.natGatewayList())
        parts.append(Tr::tr("NAT gateway %1").arg(n->id));
    for (const Endpoint *e : peer.endpointList())
        if (e->isGateway())
            parts.append(Tr::tr("gateway endpoint %1").arg(e->id));
    return parts.join(QStringLiteral(", "));
}

/// Checks one route through an active peering `p` from `vpc` to `peer`.
void checkRoute(const ValidationContext &context, const Vpc &vpc, const RouteTable &table, const Route &route,
                const PeeringConnection &p, const Vpc &peer, FindingSink &sink)
{
    if (route.isPrefixList()) {
        // An AWS service's public ranges are never the peer's: the peer's gateway endpoint or
        // NAT gateway does not carry them (a pl- id of the designer's own may hold anything).
        if (route.prefixList.startsWith(QLatin1String("service:")))
            sink.add(Catalogue::EdgeToEdgeRouting, {table.id, p.id, peer.id},
                     Tr::tr("route table %1 sends the %2 prefix list to %3: AWS does not let traffic through a peer "
                            "VPC to its gateway endpoint, NAT gateway or internet gateway (no edge-to-edge "
                            "routing). Give %4 its own gateway endpoint for %5 and associate %1 with it.")
                         .arg(table.id, route.prefixList, p.id, vpc.id, route.prefixList.mid(8)));
        return;
    }
    const Cidr d = route.destination.network();
    const QList<Cidr> &peerFamily = d.isV4() ? peer.cidrBlocks : peer.ipv6CidrBlocks;
    bool insidePeer = false, touchesPeer = false;
    for (const Cidr &b : peerFamily) {
        insidePeer = insidePeer || b.contains(d);
        touchesPeer = touchesPeer || b.overlaps(d);
    }
    if (insidePeer)
        return;

    const QString gateways = peerGateways(peer, d.isV6());
    const QString expecting = gateways.isEmpty() ? Tr::tr("%1 has no gateway to offer anyway").arg(peer.id)
                                                 : Tr::tr("%1's %2 will not carry it").arg(peer.id, gateways);
    if (d.prefixLength() == 0) {
        sink.add(Catalogue::EdgeToEdgeRouting, {table.id, p.id, peer.id},
                 (d.isV6() ? Tr::tr("route table %1 sends the default route %2 to %3: AWS does not let "
                                    "traffic through a peer VPC to the internet or other networks (no "
                                    "edge-to-edge routing), so %4. Send %2 to %5's own internet gateway or "
                                    "egress-only internet gateway, and through %3 only %6.")
                           : Tr::tr("route table %1 sends the default route %2 to %3: AWS does not let "
                                    "traffic through a peer VPC to the internet or other networks (no "
                                    "edge-to-edge routing), so %4. Send %2 to %5's own internet or NAT "
                                    "gateway, and through %3 only %6."))
                     .arg(table.id, d.toString(), p.id, expecting, vpc.id,
                          join(d.isV6() ? peer.ipv6CidrBlocks : peer.cidrBlocks)));
        return;
    }

    // A VPC the peer peers with: the destination counts on transit that peering lacks.
    for (const Vpc *c : context.peersOf(peer.id, true)) {
        if (c->id == vpc.id)
            continue;
        const QList<Cidr> &theirs = d.isV4() ? c->cidrBlocks : c->ipv6CidrBlocks;
        for (const Cidr &b : theirs) {
            if (!b.overlaps(d))
                continue;
            // "is" the block, "covers" it when wider, "lies in" it when narrower.
            const QString relation = d == b.network() ? Tr::tr("%1 is %2's block %3")
                                     : d.contains(b)  ? Tr::tr("%1 covers %2's block %3")
                                                      : Tr::tr("%1 lies in %2's block %3");
            sink.add(Catalogue::TransitivePeering, {table.id, p.id, peer.id, c->id},
                     Tr::tr("route table %1 sends %2 to %3 (to %4), but %5; %4 peers with %6, yet peering is "
                            "not transitive: %4 will not forward the traffic. Peer %7 and %6 directly, or "
                            "connect them through a transit gateway.")
                         .arg(table.id, d.toString(), p.id, peer.id, relation.arg(d.toString(), c->id, b.toString()),
                              c->id, vpc.id));
            return;
        }
    }

    if (!isPrivate(d)) {
        sink.add(Catalogue::EdgeToEdgeRouting, {table.id, p.id, peer.id},
                 (d.isV6() ? Tr::tr("route table %1 sends %2, which lies outside %3 (%4), to %5: AWS does "
                                    "not route through a peer to the internet or through its egress-only "
                                    "internet gateway (no edge-to-edge routing), so %6. Use %7's own "
                                    "gateways for %2.")
                           : Tr::tr("route table %1 sends %2, which lies outside %3 (%4), to %5: AWS does "
                                    "not route through a peer to the internet, a NAT gateway or a gateway "
                                    "endpoint (no edge-to-edge routing), so %6. Use %7's own gateways for "
                                    "%2."))
                     .arg(table.id, d.toString(), peer.id, join(peerFamily), p.id, expecting, vpc.id));
        return;
    }
    if (!touchesPeer)
        sink.add(Catalogue::PeeringRouteOutsidePeer, {table.id, p.id, peer.id},
                 Tr::tr("route table %1 sends %2 to %3, but no address of %2 is in %4 (%5): "
                        "the peering delivers only to the peer's own addresses, so this traffic is "
                        "dropped. Correct the destination to one of %4's blocks.")
                     .arg(table.id, d.toString(), p.id, peer.id, join(blocksOf(peer))));
}

} // namespace

void PeeringRouteRules::checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const
{
    const Design &design = context.design();
    for (const RouteTable *table : vpc.routeTableList()) {
        for (const Route &route : table->routes) {
            const auto *p = design.find<PeeringConnection>(route.target, ObjectKind::PeeringConnection);
            if (!p || p->requester == p->accepter)
                continue;
            const QString peerId = p->peerOf(vpc.id);
            const Vpc *peer = design.findVpc(peerId);
            if (peerId.isEmpty() || !peer)
                continue; // a peering of other VPCs: reference-missing says so
            if (!p->isActive()) {
                sink.add(Catalogue::PeeringNotActive, {table->id, p->id},
                         Tr::tr("route table %1 sends %2 to %3, which is %4, not active: until "
                                "it is accepted and active the route is a blackhole and the "
                                "traffic is dropped. Accept %3 (or request a new peering), or "
                                "remove the route.")
                             .arg(table->id, route.destination.toString(), p->id, enumName(p->status)));
                continue;
            }
            checkRoute(context, vpc, *table, route, *p, *peer, sink);
        }
    }
}
