#include "routerules.h"

#include "catalogue.h"
#include "rulehelpers.h"
#include "validationcontext.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace RuleHelpers;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RouteRules)
};

void checkTable(const Design &design, const Vpc &vpc, const RouteTable &table, FindingSink &sink)
{
    // Duplicates: sort the destinations, compare neighbours.
    std::vector<std::pair<Cidr, qsizetype>> dests;
    dests.reserve(size_t(table.routes.size()));
    QHash<QString, qsizetype> lists; // a prefix list -> its first route
    for (qsizetype i = 0; i < table.routes.size(); ++i) {
        const Route &r = table.routes[i];
        if (!r.isPrefixList()) {
            dests.emplace_back(r.destination.network(), i);
            continue;
        }
        if (const auto first = lists.constFind(r.prefixList); first != lists.constEnd())
            sink.add(Catalogue::RouteDuplicate, {table.id},
                     Tr::tr("route table %1 has two routes to the prefix list %2 (to %3 and to %4); AWS keeps one "
                            "route per destination. Remove one.")
                         .arg(table.id, r.prefixList, table.routes[*first].target, r.target));
        else
            lists.insert(r.prefixList, i);
    }
    std::sort(dests.begin(), dests.end());
    for (size_t i = 1; i < dests.size(); ++i)
        if (dests[i].first == dests[i - 1].first && (i < 2 || dests[i - 2].first != dests[i].first))
            sink.add(Catalogue::RouteDuplicate, {table.id},
                     Tr::tr("route table %1 has two routes to %2 (to %3 and to %4); AWS keeps one "
                            "route per destination. Remove one.")
                         .arg(table.id, dests[i].first.toString(), table.routes[dests[i - 1].second].target,
                              table.routes[dests[i].second].target));

    for (const Route &r : table.routes) {
        const Object *target = design.find(r.target);
        const Cidr d = r.destination.network();
        const QString dText = r.destinationText();
        // AWS's managed prefix lists for S3 and DynamoDB hold IPv4 ranges.
        if (target && target->kind == ObjectKind::EgressOnlyInternetGateway && (d.isV4() || r.isPrefixList()))
            sink.add(Catalogue::RouteEigwIpv4, {table.id, r.target},
                     Tr::tr("route table %1 sends the IPv4 destination %2 to the egress-only "
                            "internet gateway %3, which carries IPv6 only. Send IPv4 to a NAT "
                            "gateway (private subnets) or an internet gateway, and ::/0 to %3.")
                         .arg(table.id, dText, r.target));
        const bool igwLike =
            target ? target->kind == ObjectKind::InternetGateway : r.target.startsWith(QLatin1String("igw-"));
        if (igwLike && (!target || design.vpcOf(*target) != &vpc)) {
            const Gateway *own = vpc.internetGateway();
            sink.add(Catalogue::RouteIgwMissing, {table.id, r.target},
                     (target ? Tr::tr("route table %1 sends %2 to %3, the internet gateway of %4; "
                                      "a route can use only its own VPC's internet gateway. ")
                                   .arg(table.id, dText, r.target, design.vpcOf(*target)->id)
                             : Tr::tr("route table %1 sends %2 to %3, but there is no internet "
                                      "gateway %3. ")
                                   .arg(table.id, dText, r.target)) +
                         (own ? Tr::tr("Use %1.").arg(own->id)
                              : Tr::tr("Attach an internet gateway to %1 and route to it.").arg(vpc.id)));
        }
        // More specific than a local route: only a whole subnet, to a NAT gateway or an
        // instance's interface (middlebox routing).
        if (r.isPrefixList())
            continue;
        const QList<Cidr> &own = d.isV4() ? vpc.cidrBlocks : vpc.ipv6CidrBlocks;
        const bool insideLocal = std::any_of(
            own.begin(), own.end(), [&](const Cidr &b) { return b.network().contains(d) && b.network() != d; });
        if (insideLocal) {
            const bool wholeSubnet =
                std::any_of(vpc.subnetList().begin(), vpc.subnetList().end(), [&](const Subnet *s) {
                    return s->cidr.network() == d || (s->ipv6Cidr.isValid() && s->ipv6Cidr.network() == d);
                });
            const bool middlebox =
                target && (target->kind == ObjectKind::NatGateway || target->kind == ObjectKind::Instance);
            if (!wholeSubnet || !middlebox)
                sink.add(Catalogue::RouteMoreSpecificThanLocal, {table.id, r.target},
                         Tr::tr("route table %1 sends %2, a part of %3's own addresses, to %4; AWS "
                                "accepts a route more specific than the local route only when it "
                                "is exactly a subnet's block and points at a NAT gateway or an "
                                "instance's interface (a middlebox). %5")
                             .arg(table.id, d.toString(), vpc.id, r.target,
                                  !wholeSubnet ? Tr::tr("Make the destination a whole subnet.")
                                               : Tr::tr("Point it at a NAT gateway or an instance.")));
        }
    }
}

} // namespace

void RouteRules::checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const
{
    const Design &design = context.design();
    for (const RouteTable *t : vpc.routeTableList())
        checkTable(design, vpc, *t, sink);

    // A gateway endpoint's route has its service's prefix list as destination: AWS keeps one
    // endpoint route per service per table, so a second endpoint of the service on a table
    // is a duplicate route.
    QHash<QString, const Endpoint *> firstOnTable; // "table service region" -> the first endpoint
    for (const Endpoint *e : vpc.endpointList()) {
        if (!e->isGateway())
            continue;
        // s3, service:s3 and com.amazonaws.REGION.s3 are one service, as the simulator reads them.
        const QString service = RuleHelpers::serviceShortName(e->service);
        const QString region = e->serviceRegion.isEmpty() ? vpc.region : e->serviceRegion;
        for (const QString &table : e->routeTables) {
            // A written route to the same prefix list takes the destination the endpoint needs.
            if (const RouteTable *t = design.find<RouteTable>(table, ObjectKind::RouteTable); t && region == vpc.region)
                for (const Route &r : t->routes)
                    if (r.prefixList == QLatin1String("service:") + service)
                        sink.add(Catalogue::RouteDuplicate, {table, e->id},
                                 Tr::tr("route table %1 sends the %2 prefix list to %3 and also gets it from the "
                                        "gateway endpoint %4; AWS keeps one route per destination. Remove the "
                                        "route, or the table from %4.")
                                     .arg(table, r.prefixList, r.target, e->id));
            const QString key = table + QLatin1Char(' ') + service + QLatin1Char(' ') + region;
            const Endpoint *first = firstOnTable.value(key);
            if (!first) {
                firstOnTable.insert(key, e);
                continue;
            }
            sink.add(Catalogue::RouteDuplicate, {table, first->id, e->id},
                     Tr::tr("route table %1 gets the %2 prefix list from both %3 and %4; AWS allows one gateway "
                            "endpoint route per service in a table. Associate the table with one of them.")
                         .arg(table, service, first->id, e->id));
        }
    }

    const Gateway *igw = vpc.internetGateway();
    // Each subnet's table, looked up once.
    std::vector<std::pair<const Subnet *, const RouteTable *>> tables;
    tables.reserve(vpc.subnets.size());
    for (const Subnet *s : vpc.subnetList())
        tables.emplace_back(s, &design.routeTableOf(*s));
    for (const NatGateway *n : vpc.natGatewayList()) {
        const Subnet *home = design.findSubnet(n->subnet);
        if (!home || design.vpcOf(*home) != &vpc)
            continue;
        const RouteTable &homeTable = design.routeTableOf(*home);
        if (n->isPublic() && !(igw && routesTo(homeTable, igw->id, true))) {
            // Adding the default route to a table that other subnets share would make them
            // public too: then the advice is a table of the NAT gateway's subnet's own.
            QStringList sharing;
            for (const auto &[s, t] : tables)
                if (t == &homeTable && s != home)
                    sharing.append(s->id);
            const QString gateway = igw ? igw->id : Tr::tr("an internet gateway");
            if (sharing.isEmpty())
                sink.add(Catalogue::NatGatewayNotPublic, {n->id, home->id, homeTable.id},
                         Tr::tr("the public NAT gateway %1 is in %2, whose route table %3 has no "
                                "default route (0.0.0.0/0) to an internet gateway, so what it "
                                "translates cannot leave. Put %1 in a public subnet, or add "
                                "0.0.0.0/0 -> %4 to %3.")
                             .arg(n->id, home->id, homeTable.id, gateway));
            else
                sink.add(Catalogue::NatGatewayNotPublic, {n->id, home->id, homeTable.id},
                         Tr::tr("the public NAT gateway %1 is in %2, whose route table %3 has no default route "
                                "(0.0.0.0/0) to an internet gateway, so what it translates cannot leave. Put %1 "
                                "in a public subnet, or give %2 a route table of its own with 0.0.0.0/0 -> %4: "
                                "%3 is also the table of %5, which the default route would make public.")
                             .arg(n->id, home->id, homeTable.id, gateway, sharing.join(QStringLiteral(", "))));
        }
        // Which AZs send their internet traffic through this NAT gateway?
        QList<const Subnet *> users;
        QStringList zones;
        for (const auto &[s, t] : tables) {
            if (s == home)
                continue;
            if (routesTo(*t, n->id, true)) {
                users.append(s);
                if (!zones.contains(s->az))
                    zones.append(s->az);
            }
        }
        if (zones.size() > 1 || (zones.size() == 1 && zones.first() != home->az)) {
            QStringList others;
            QStringList ids{n->id};
            for (const Subnet *s : users) {
                if (s->az != home->az) {
                    others.append(s->id);
                    ids.append(s->id);
                }
            }
            if (!others.isEmpty()) {
                QStringList otherZones = zones;
                otherZones.removeAll(home->az);
                sink.add(Catalogue::NatGatewaySingleAz, ids,
                         Tr::tr("%1 in %2 carries the internet traffic of subnets in %3 (%4) too; "
                                "if %2 fails, they lose their way out with it. Give each AZ its "
                                "own NAT gateway and route each AZ's subnets to theirs.")
                             .arg(n->id, home->az, otherZones.join(QStringLiteral(", ")),
                                  others.join(QStringLiteral(", "))));
            }
        }
    }

    for (const Instance *i : vpc.instanceList()) {
        if (!i->publicIp.isValid())
            continue;
        const Subnet *s = design.findSubnet(i->subnet);
        if (!s || design.vpcOf(*s) != &vpc)
            continue;
        const RouteTable &t = design.routeTableOf(*s);
        if (!(igw && routesTo(t, igw->id)))
            sink.add(Catalogue::PublicIpWithoutIgw, {i->id, s->id, t.id},
                     Tr::tr("%1 has the public address %2, but %3's route table %4 has no route to "
                            "an internet gateway, so the address is never reachable. Route "
                            "0.0.0.0/0 to %5, or drop the public address.")
                         .arg(i->id, i->publicIp.toString(), s->id, t.id,
                              igw ? igw->id : Tr::tr("an internet gateway of %1").arg(vpc.id)));
    }
}
