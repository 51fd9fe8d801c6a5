#include "peeringrules.h"

#include "catalogue.h"
#include "rulehelpers.h"
#include "validationcontext.h"

#include <QCoreApplication>

using namespace RuleHelpers;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(PeeringRules)
};

/// The first overlapping pair of blocks between two VPCs, per family.
QList<std::pair<Cidr, Cidr>> overlaps(const Vpc &a, const Vpc &b)
{
    QList<std::pair<Cidr, Cidr>> out;
    for (const QList<Cidr> *family : {&a.cidrBlocks, &a.ipv6CidrBlocks}) {
        const QList<Cidr> &theirs = family == &a.cidrBlocks ? b.cidrBlocks : b.ipv6CidrBlocks;
        for (const Cidr &x : *family)
            for (const Cidr &y : theirs)
                if (x.overlaps(y))
                    out.append({x, y});
    }
    return out;
}

bool hasRouteTo(const Vpc &vpc, const QString &peeringId)
{
    for (const RouteTable *t : vpc.routeTableList())
        if (routesTo(*t, peeringId))
            return true;
    return false;
}

} // namespace

void PeeringRules::checkPeering(const ValidationContext &context, const PeeringConnection &p, FindingSink &sink) const
{
    const Design &design = context.design();
    if (p.requester == p.accepter) {
        sink.add(Catalogue::PeeringSelf, {p.id, p.requester},
                 Tr::tr("%1 joins %2 to itself; AWS refuses a peering of a VPC with itself, and "
                        "a VPC reaches its own addresses through its local routes anyway. Remove "
                        "%1 or point it at another VPC.")
                     .arg(p.id, p.requester));
        return;
    }
    const Vpc *a = design.findVpc(p.requester);
    const Vpc *b = design.findVpc(p.accepter);
    checkDnsResolution(p, a, b, sink);
    if (!a || !b || !ValidationContext::isLive(p))
        return;

    const auto pairs = overlaps(*a, *b);
    if (!pairs.isEmpty()) {
        QStringList what;
        for (const auto &[x, y] : pairs)
            what.append(Tr::tr("%1 of %2 overlaps %3 of %4").arg(x.toString(), a->id, y.toString(), b->id));
        sink.add(Catalogue::PeeringCidrOverlap, {p.id, a->id, b->id},
                 Tr::tr("%1 cannot join %2 and %3: %4. AWS refuses a peering when any IPv4 "
                        "block (primary or secondary) or IPv6 block of the two VPCs overlaps, "
                        "even if only one family is used. Give one VPC blocks that do not overlap.")
                     .arg(p.id, a->id, b->id, what.join(QStringLiteral("; "))));
    }

    // The second of two peerings of the same pair says so.
    for (const PeeringConnection *q : context.peeringsOf(a->id)) {
        if (q == &p || !ValidationContext::isLive(*q) || q->peerOf(a->id) != b->id || q->requester == q->accepter)
            continue;
        if (context.peeringOrder(q->id) < context.peeringOrder(p.id)) {
            sink.add(Catalogue::PeeringDuplicate, {p.id, q->id, a->id, b->id},
                     Tr::tr("%1 joins %2 and %3, which %4 already joins; AWS allows one peering "
                            "connection per pair of VPCs. Remove %1 and route through %4.")
                         .arg(p.id, a->id, b->id, q->id));
            break;
        }
    }

    // A peering AWS refuses (overlapping blocks) needs blocks first, not routes.
    if (!p.isActive() || !pairs.isEmpty())
        return;
    const bool fromA = hasRouteTo(*a, p.id);
    const bool fromB = hasRouteTo(*b, p.id);
    if (!fromA && !fromB) {
        sink.add(Catalogue::PeeringRouteMissing, {p.id, a->id, b->id},
                 Tr::tr("no route table of %1 or %2 routes through %3, so no traffic crosses it. "
                        "Add a route to %4 through %3 in %1's tables and a route to %5 through %3 "
                        "in %2's.")
                     .arg(a->id, b->id, p.id, join(blocksOf(*b)), join(blocksOf(*a))));
    } else if (fromA != fromB) {
        const Vpc *with = fromA ? a : b;
        const Vpc *without = fromA ? b : a;
        sink.add(Catalogue::PeeringRouteMissing, {p.id, without->id, with->id},
                 Tr::tr("%1 routes to %2 through %3, but %2 has no route back: requests arrive "
                        "and their answers are dropped. Add a route to %4 through %3 in the "
                        "route tables of %2's subnets.")
                     .arg(with->id, without->id, p.id, join(blocksOf(*with))));
    }
}

void PeeringRules::checkDnsResolution(const PeeringConnection &p, const Vpc *a, const Vpc *b, FindingSink &sink)
{
    // AWS VPC Peering Guide, "Enable DNS resolution for a VPC peering connection": set per
    // side on an active connection; both VPCs need DNS hostnames and DNS support.
    QStringList sides;
    if (p.requesterDnsResolution)
        sides.append(QStringLiteral("requester-dns-resolution"));
    if (p.accepterDnsResolution)
        sides.append(QStringLiteral("accepter-dns-resolution"));
    if (sides.isEmpty())
        return;
    const QString which = sides.join(Tr::tr(" and "));
    if (!p.isActive()) {
        sink.add(Catalogue::PeeringDnsResolution, {p.id},
                 Tr::tr("%1 turns on %2, but the connection is %3: AWS sets DNS resolution only on an active "
                        "peering connection. Accept it first, or turn %2 off.")
                     .arg(p.id, which, enumName(p.status)));
        return;
    }
    QStringList lacking, ids{p.id};
    for (const Vpc *v : {a, b}) {
        if (!v)
            continue;
        QStringList off;
        if (!v->dnsSupport)
            off.append(QStringLiteral("dns-support"));
        if (!v->dnsHostnames)
            off.append(QStringLiteral("dns-hostnames"));
        if (off.isEmpty())
            continue;
        lacking.append(Tr::tr("%1 has %2 off").arg(v->id, off.join(Tr::tr(" and "))));
        ids.append(v->id);
    }
    if (!lacking.isEmpty())
        sink.add(Catalogue::PeeringDnsResolution, ids,
                 Tr::tr("%1 turns on %2, but %3: the peer's public DNS names resolve to its private addresses "
                        "only when both VPCs have dns-support and dns-hostnames on. Turn them on.")
                     .arg(p.id, which, lacking.join(QStringLiteral("; "))));
}

void PeeringRules::checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const
{
    int active = 0;
    for (const PeeringConnection *p : context.peeringsOf(vpc.id))
        active += p->isActive() && p->requester != p->accepter;
    if (active > 125)
        sink.add(Catalogue::PeeringQuota, Severity::Error, {vpc.id},
                 Tr::tr("%1 has %2 active peering connections; AWS allows at most 125 per VPC. "
                        "Connect this many VPCs through a transit gateway instead.")
                     .arg(vpc.id)
                     .arg(active));
    else if (active > 50)
        sink.add(Catalogue::PeeringQuota, {vpc.id},
                 Tr::tr("%1 has %2 active peering connections, more than the default quota of 50 "
                        "(it can be raised to 125). Request the increase, or connect the VPCs "
                        "through a transit gateway.")
                     .arg(vpc.id)
                     .arg(active));
}
