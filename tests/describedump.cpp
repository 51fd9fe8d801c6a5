#include "describedump.h"

#include "design.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray tags(const QString &name)
{
    return name.isEmpty() ? QJsonArray{} : QJsonArray{QJsonObject{{"Key", "Name"}, {"Value", name}}};
}

QString protocolText(const Protocol &p)
{
    return QString::number(p.number());
}

QString jsonText(const YamlValue &v)
{
    // The policy as AWS returns it: a JSON document in a string, keys in their order.
    switch (v.type) {
    case YamlValue::Type::Null:
        return QStringLiteral("null");
    case YamlValue::Type::Scalar:
        return QString::fromUtf8(QJsonDocument(QJsonArray{v.scalar}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    case YamlValue::Type::Sequence: {
        QStringList items;
        for (const YamlValue &i : v.items)
            items.append(jsonText(i));
        return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case YamlValue::Type::Mapping: {
        QStringList items;
        for (const auto &[k, i] : v.entries)
            items.append(jsonText(YamlValue{YamlValue::Type::Scalar, k, true, {}, {}}) + QLatin1Char(':') +
                         jsonText(i));
        return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    }
    return {};
}

QJsonObject permission(const SgRule &r)
{
    QJsonObject p{{"IpProtocol", protocolText(r.protocol)}};
    if (r.protocol.hasPorts()) {
        p.insert("FromPort", r.ports.from);
        p.insert("ToPort", r.ports.to);
    }
    QJsonArray empty;
    p.insert("IpRanges", empty);
    p.insert("Ipv6Ranges", empty);
    p.insert("UserIdGroupPairs", empty);
    p.insert("PrefixListIds", empty);
    if (r.isGroupReference() && r.group.startsWith(QLatin1String("service:")))
        p.insert("PrefixListIds", QJsonArray{QJsonObject{{"PrefixListId", QStringLiteral("pl-") + r.group.mid(8)}}});
    else if (r.isGroupReference() && r.group.startsWith(QLatin1String("pl-")))
        p.insert("PrefixListIds", QJsonArray{QJsonObject{{"PrefixListId", r.group}}});
    else if (r.isGroupReference())
        p.insert("UserIdGroupPairs", QJsonArray{QJsonObject{{"GroupId", r.group}}});
    else if (r.cidr.isV6())
        p.insert("Ipv6Ranges", QJsonArray{QJsonObject{{"CidrIpv6", r.cidr.toString()}}});
    else
        p.insert("IpRanges", QJsonArray{QJsonObject{{"CidrIp", r.cidr.toString()}}});
    return p;
}

} // namespace

QList<QPair<QString, QByteArray>> describeDump(const Design &design)
{
    QJsonArray vpcs, subnets, tables, acls, groups, igws, eigws, nats, endpoints, peerings, reservations, logs, lists;
    QSet<QString> services;
    for (const Vpc *v : design.vpcs()) {
        QJsonArray blocks, v6;
        for (const Cidr &c : v->cidrBlocks)
            blocks.append(
                QJsonObject{{"CidrBlock", c.toString()}, {"CidrBlockState", QJsonObject{{"State", "associated"}}}});
        for (const Cidr &c : v->ipv6CidrBlocks)
            v6.append(QJsonObject{{"Ipv6CidrBlock", c.toString()}});
        vpcs.append(QJsonObject{{"VpcId", v->id},
                                {"OwnerId", v->account},
                                {"CidrBlock", v->cidrBlocks.value(0).toString()},
                                {"CidrBlockAssociationSet", blocks},
                                {"Ipv6CidrBlockAssociationSet", v6},
                                {"IsDefault", false},
                                {"State", "available"},
                                {"Tags", tags(v->name)}});
        if (const Gateway *g = v->internetGateway())
            igws.append(
                QJsonObject{{"InternetGatewayId", g->id},
                            {"Attachments", QJsonArray{QJsonObject{{"State", "available"}, {"VpcId", v->id}}}}});
        if (const Gateway *g = v->egressOnlyGateway())
            eigws.append(
                QJsonObject{{"EgressOnlyInternetGatewayId", g->id},
                            {"Attachments", QJsonArray{QJsonObject{{"State", "attached"}, {"VpcId", v->id}}}}});
        for (const Subnet *s : v->subnetList()) {
            QJsonArray s6;
            if (s->ipv6Cidr.isValid())
                s6.append(QJsonObject{{"Ipv6CidrBlock", s->ipv6Cidr.toString()}});
            subnets.append(QJsonObject{{"SubnetId", s->id},
                                       {"VpcId", v->id},
                                       {"CidrBlock", s->cidr.toString()},
                                       {"AvailabilityZone", s->az},
                                       {"Ipv6CidrBlockAssociationSet", s6},
                                       {"Tags", tags(s->name)}});
        }
        for (const RouteTable *t : v->routeTableList()) {
            QJsonArray associations, routes;
            if (t->main)
                associations.append(QJsonObject{{"Main", true}, {"RouteTableId", t->id}});
            for (const Subnet *s : v->subnetList())
                if (s->routeTable == t->id)
                    associations.append(QJsonObject{{"Main", false}, {"RouteTableId", t->id}, {"SubnetId", s->id}});
            for (const Cidr &c : v->cidrBlocks)
                routes.append(QJsonObject{
                    {"DestinationCidrBlock", c.toString()}, {"GatewayId", "local"}, {"Origin", "CreateRouteTable"}});
            for (const Route &r : t->routes) {
                if (r.implicit || r.target == QLatin1String("local"))
                    continue;
                QJsonObject ro{{"Origin", "CreateRoute"}, {"State", "active"}};
                if (r.isPrefixList())
                    ro.insert("DestinationPrefixListId", r.prefixList.startsWith(QLatin1String("service:"))
                                                             ? QStringLiteral("pl-") + r.prefixList.mid(8)
                                                             : r.prefixList);
                else
                    ro.insert(r.destination.isV6() ? "DestinationIpv6CidrBlock" : "DestinationCidrBlock",
                              r.destination.toString());
                const Object *target = design.find(r.target);
                const ObjectKind kind = target ? target->kind : ObjectKind::InternetGateway;
                ro.insert(kind == ObjectKind::NatGateway                  ? "NatGatewayId"
                          : kind == ObjectKind::EgressOnlyInternetGateway ? "EgressOnlyInternetGatewayId"
                          : kind == ObjectKind::PeeringConnection         ? "VpcPeeringConnectionId"
                          : kind == ObjectKind::Instance                  ? "InstanceId"
                                                                          : "GatewayId",
                          r.target);
                routes.append(ro);
            }
            for (const Endpoint *e : v->endpointList())
                if (e->isGateway() && e->routeTables.contains(t->id))
                    routes.append(QJsonObject{{"DestinationPrefixListId", QStringLiteral("pl-") + e->service},
                                              {"GatewayId", e->id},
                                              {"Origin", "CreateRoute"}});
            tables.append(QJsonObject{{"RouteTableId", t->id},
                                      {"VpcId", v->id},
                                      {"Associations", associations},
                                      {"Routes", routes},
                                      {"Tags", tags(t->name)}});
        }
        for (const NetworkAcl *a : v->networkAclList()) {
            QJsonArray entries, associations;
            for (bool egress : {false, true}) {
                for (const NaclRule &r : egress ? a->egress : a->ingress) {
                    QJsonObject e{{"RuleNumber", r.number},
                                  {"Protocol", protocolText(r.protocol)},
                                  {"RuleAction", r.allow ? "allow" : "deny"},
                                  {"Egress", egress},
                                  {r.cidr.isV6() ? "Ipv6CidrBlock" : "CidrBlock", r.cidr.toString()}};
                    if (r.protocol.hasPorts())
                        e.insert("PortRange", QJsonObject{{"From", r.ports.from}, {"To", r.ports.to}});
                    entries.append(e);
                }
                entries.append(QJsonObject{{"RuleNumber", 32767},
                                           {"Protocol", "-1"},
                                           {"RuleAction", "deny"},
                                           {"Egress", egress},
                                           {"CidrBlock", "0.0.0.0/0"}});
            }
            for (const Subnet *s : v->subnetList())
                if (s->networkAcl == a->id || (s->networkAcl.isEmpty() && a->isDefault))
                    associations.append(QJsonObject{{"NetworkAclId", a->id}, {"SubnetId", s->id}});
            acls.append(QJsonObject{{"NetworkAclId", a->id},
                                    {"VpcId", v->id},
                                    {"IsDefault", a->isDefault},
                                    {"Entries", entries},
                                    {"Associations", associations},
                                    {"Tags", tags(a->name)}});
        }
        for (const SecurityGroup *g : v->securityGroupList()) {
            QJsonArray in, out;
            for (const SgRule &r : g->ingress)
                in.append(permission(r));
            for (const SgRule &r : g->effectiveEgress())
                out.append(permission(r));
            groups.append(QJsonObject{{"GroupId", g->id},
                                      {"GroupName", g->name},
                                      {"Description", g->description},
                                      {"VpcId", v->id},
                                      {"IpPermissions", in},
                                      {"IpPermissionsEgress", out}});
        }
        for (const NatGateway *n : v->natGatewayList()) {
            QJsonObject address;
            if (n->privateIp.isValid())
                address.insert("PrivateIp", n->privateIp.toString());
            if (n->publicIp.isValid())
                address.insert("PublicIp", n->publicIp.toString());
            nats.append(QJsonObject{{"NatGatewayId", n->id},
                                    {"SubnetId", n->subnet},
                                    {"VpcId", v->id},
                                    {"State", "available"},
                                    {"ConnectivityType", enumName(n->connectivity)},
                                    {"NatGatewayAddresses", address.isEmpty() ? QJsonArray{} : QJsonArray{address}},
                                    {"Tags", tags(n->name)}});
        }
        for (const Endpoint *e : v->endpointList()) {
            QJsonArray rts, sns, sgs;
            for (const QString &x : e->routeTables)
                rts.append(x);
            for (const QString &x : e->subnets)
                sns.append(x);
            for (const QString &x : e->securityGroups)
                sgs.append(QJsonObject{{"GroupId", x}});
            QJsonObject o{
                {"VpcEndpointId", e->id},
                {"VpcId", v->id},
                {"ServiceName", QStringLiteral("com.amazonaws.%1.%2")
                                    .arg(e->serviceRegion.isEmpty() ? v->region : e->serviceRegion, e->service)},
                {"VpcEndpointType", e->isGateway() ? "Gateway" : "Interface"},
                {"RouteTableIds", rts},
                {"SubnetIds", sns},
                {"Groups", sgs},
                {"PrivateDnsEnabled", e->privateDns},
                {"State", "available"},
                {"Tags", tags(e->name)}};
            if (!e->policy.isNull())
                o.insert("PolicyDocument", jsonText(e->policy));
            endpoints.append(o);
            services.insert(e->service);
        }
        for (const Instance *i : v->instanceList()) {
            QJsonObject nic{{"NetworkInterfaceId", i->effectiveEni()}};
            if (i->ipv6.isValid())
                nic.insert("Ipv6Addresses", QJsonArray{QJsonObject{{"Ipv6Address", i->ipv6.toString()}}});
            QJsonArray sgs;
            for (const QString &g : i->securityGroups)
                sgs.append(QJsonObject{{"GroupId", g}});
            QJsonObject o{{"InstanceId", i->id},   {"SubnetId", i->subnet},
                          {"VpcId", v->id},        {"State", QJsonObject{{"Name", "running"}}},
                          {"SecurityGroups", sgs}, {"NetworkInterfaces", QJsonArray{nic}},
                          {"Tags", tags(i->name)}};
            if (i->privateIp.isValid())
                o.insert("PrivateIpAddress", i->privateIp.toString());
            if (i->publicIp.isValid())
                o.insert("PublicIpAddress", i->publicIp.toString());
            reservations.append(QJsonObject{{"OwnerId", v->account}, {"Instances", QJsonArray{o}}});
        }
        for (const FlowLog *f : v->flowLogList()) {
            const Object *target = design.find(f->resource);
            const QString resource = target && target->kind == ObjectKind::Instance
                                         ? static_cast<const Instance *>(target)->effectiveEni()
                                         : f->resource;
            QJsonObject o{{"FlowLogId", f->id},
                          {"ResourceId", resource},
                          {"TrafficType", enumName(f->trafficType)},
                          {"LogDestinationType", enumName(f->destination)},
                          {"MaxAggregationInterval", f->maxAggregationInterval},
                          {"FlowLogStatus", "ACTIVE"}};
            if (f->destination == LogDestination::CloudWatchLogs)
                o.insert("LogGroupName", f->destinationName);
            else if (f->destination == LogDestination::S3)
                o.insert("LogDestination", QStringLiteral("arn:aws:s3:::") + f->destinationName);
            else
                o.insert("LogDestination", QStringLiteral("arn:aws:firehose:%1:%2:deliverystream/%3")
                                               .arg(v->region, v->account, f->destinationName));
            if (f->format != QLatin1String("default"))
                o.insert("LogFormat", f->format);
            logs.append(o);
        }
    }
    for (const PeeringConnection *p : design.peerings()) {
        const Vpc *r = design.findVpc(p->requester);
        const Vpc *a = design.findVpc(p->accepter);
        const auto info = [](const Vpc *v, const QString &id, bool dns) {
            QJsonObject o{{"VpcId", id}, {"PeeringOptions", QJsonObject{{"AllowDnsResolutionFromRemoteVpc", dns}}}};
            if (v) {
                o.insert("OwnerId", v->account);
                o.insert("Region", v->region);
            }
            return o;
        };
        peerings.append(QJsonObject{{"VpcPeeringConnectionId", p->id},
                                    {"RequesterVpcInfo", info(r, p->requester, p->requesterDnsResolution)},
                                    {"AccepterVpcInfo", info(a, p->accepter, p->accepterDnsResolution)},
                                    {"Status", QJsonObject{{"Code", enumName(p->status)}}},
                                    {"Tags", tags(p->name)}});
    }
    for (const QString &service : {QStringLiteral("s3"), QStringLiteral("dynamodb")})
        lists.append(QJsonObject{{"PrefixListId", QStringLiteral("pl-") + service},
                                 {"PrefixListName", QStringLiteral("com.amazonaws.us-east-1.") + service}});
    QList<QPair<QString, QByteArray>> files;
    const auto add = [&](const char *name, const char *key, const QJsonArray &items) {
        files.append({QLatin1String(name), QJsonDocument(QJsonObject{{QLatin1String(key), items}}).toJson()});
    };
    add("describe-vpcs.json", "Vpcs", vpcs);
    add("describe-subnets.json", "Subnets", subnets);
    add("describe-route-tables.json", "RouteTables", tables);
    add("describe-network-acls.json", "NetworkAcls", acls);
    add("describe-security-groups.json", "SecurityGroups", groups);
    add("describe-internet-gateways.json", "InternetGateways", igws);
    add("describe-egress-only-internet-gateways.json", "EgressOnlyInternetGateways", eigws);
    add("describe-nat-gateways.json", "NatGateways", nats);
    add("describe-vpc-endpoints.json", "VpcEndpoints", endpoints);
    add("describe-vpc-peering-connections.json", "VpcPeeringConnections", peerings);
    add("describe-instances.json", "Reservations", reservations);
    add("describe-flow-logs.json", "FlowLogs", logs);
    add("describe-managed-prefix-lists.json", "PrefixLists", lists);
    return files;
}
