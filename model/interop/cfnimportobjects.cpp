#include "cfnimporter.h"

#include <QRegularExpression>

using namespace CfnIntrinsics;
using namespace CfnImportDetail;

void Importer::create(Resource &r)
{
    const QString &type = r.type;
    if (type == QLatin1String("AWS::EC2::VPC")) {
        auto v = std::make_unique<Vpc>();
        v->name = nameTag(r);
        v->region = mRegion;
        v->account = mAccount;
        if (const auto c = block(r, textOf(r, "CidrBlock"), "CidrBlock"); c && !c->isV6()) {
            v->cidrBlocks.append(*c);
        } else {
            warn(&r, prop(r, "Ipv4IpamPoolId") ? Tr::tr("a block from an IPAM pool is AWS's choice; give CidrBlock")
                                               : Tr::tr("a VPC needs an IPv4 block; left out"));
            return;
        }
        v->dnsSupport = flag(r, "EnableDnsSupport", true);
        v->dnsHostnames = flag(r, "EnableDnsHostnames", false);
        adopt(std::move(v), nullptr, r);
    } else if (type == QLatin1String("AWS::EC2::VPCCidrBlock")) {
        Vpc *v = vpcOf(r);
        if (!v)
            return;
        if (!textOf(r, "CidrBlock").isEmpty()) {
            if (const auto c = block(r, textOf(r, "CidrBlock"), "CidrBlock"))
                v->cidrBlocks.append(*c);
        } else {
            const QString given = ipv6BlockOf(r);
            if (metaText(r, "Ipv6CidrBlock").isEmpty() && textOf(r, "Ipv6CidrBlock").isEmpty())
                warn(&r, Tr::tr("AWS picks an Amazon-provided IPv6 block; the design takes %1").arg(given));
            if (const auto c = block(r, given, "Ipv6CidrBlock"))
                v->ipv6CidrBlocks.append(*c);
        }
    } else if (type == QLatin1String("AWS::EC2::InternetGateway")) {
        // Placed when its attachment names the VPC.
    } else if (type == QLatin1String("AWS::EC2::VPCGatewayAttachment")) {
        Vpc *v = vpcOf(r);
        const QString gateway = textOf(r, "InternetGatewayId");
        const Resource *igw = mById.value(gateway);
        if (igw && igw->type != QLatin1String("AWS::EC2::InternetGateway"))
            igw = nullptr;
        if (!v || !igw) {
            if (v && !textOf(r, "VpnGatewayId").isEmpty())
                warn(&r, Tr::tr("a virtual private gateway is not something the designer models; left out"));
            return;
        }
        adopt(std::make_unique<Gateway>(ObjectKind::InternetGateway), v, *igw);
    } else if (type == QLatin1String("AWS::EC2::EgressOnlyInternetGateway")) {
        if (Vpc *v = vpcOf(r))
            adopt(std::make_unique<Gateway>(ObjectKind::EgressOnlyInternetGateway), v, r);
    } else if (type == QLatin1String("AWS::EC2::Subnet")) {
        subnet(r);
    } else if (type == QLatin1String("AWS::EC2::RouteTable")) {
        if (Vpc *v = vpcOf(r)) {
            auto t = std::make_unique<RouteTable>();
            t->name = nameTag(r);
            t->main = metaText(r, "Main") == QLatin1String("true");
            adopt(std::move(t), v, r);
        }
    } else if (type == QLatin1String("AWS::EC2::NetworkAcl")) {
        if (Vpc *v = vpcOf(r)) {
            auto a = std::make_unique<NetworkAcl>();
            a->name = nameTag(r);
            a->isDefault = metaText(r, "Default") == QLatin1String("true");
            adopt(std::move(a), v, r);
        }
    } else if (type == QLatin1String("AWS::EC2::SecurityGroup")) {
        Vpc *v = vpcOf(r);
        if (!v)
            return;
        auto g = std::make_unique<SecurityGroup>();
        g->name = !textOf(r, "GroupName").isEmpty() ? textOf(r, "GroupName") : nameTag(r);
        g->description = r.meta.find(u"Description") ? metaText(r, "Description") : textOf(r, "GroupDescription");
        SecurityGroup *group = adopt(std::move(g), v, r);
        if (!group)
            return;
        securityGroupRules(*group, prop(r, "SecurityGroupIngress"), true, r);
        if (metaText(r, "Egress") == QLatin1String("none"))
            group->egress = SgRuleList{};
        else if (const YamlValue *egress = prop(r, "SecurityGroupEgress"))
            securityGroupRules(*group, egress, false, r);
    } else if (type == QLatin1String("AWS::EC2::SecurityGroupIngress") ||
               type == QLatin1String("AWS::EC2::SecurityGroupEgress")) {
        const bool ingress = type.endsWith(QLatin1String("Ingress"));
        auto *group = mDesign.find<SecurityGroup>(textOf(r, "GroupId"), ObjectKind::SecurityGroup);
        if (!group) {
            warn(&r, Tr::tr("its GroupId names %1, which is no security group of the templates; left out")
                         .arg(textOf(r, "GroupId")));
            return;
        }
        if (const auto rule = sgRule(r.properties, ingress, r)) {
            if (ingress) {
                group->ingress.append(*rule);
            } else {
                if (!group->egress)
                    group->egress = SgRuleList{};
                group->egress->append(*rule);
            }
        }
    } else if (type == QLatin1String("AWS::EC2::NatGateway")) {
        Subnet *s = mDesign.findSubnet(textOf(r, "SubnetId"));
        if (!s) {
            warn(&r, Tr::tr("its SubnetId names %1, which is no subnet; left out").arg(textOf(r, "SubnetId")));
            return;
        }
        auto n = std::make_unique<NatGateway>();
        n->name = nameTag(r);
        n->subnet = s->id;
        n->connectivity = textOf(r, "ConnectivityType") == QLatin1String("private") ? NatConnectivity::Private
                                                                                    : NatConnectivity::Public;
        if (auto ip = IpAddress::parse(textOf(r, "PrivateIpAddress")))
            n->privateIp = *ip;
        if (auto ip = IpAddress::parse(metaText(r, "PublicIp")))
            n->publicIp = *ip;
        adopt(std::move(n), mDesign.vpcOf(*s), r);
    } else if (type == QLatin1String("AWS::EC2::VPCEndpoint")) {
        Vpc *v = vpcOf(r);
        if (!v)
            return;
        auto e = std::make_unique<Endpoint>();
        e->name = metaText(r, "Name");
        e->type = textOf(r, "VpcEndpointType").compare(QLatin1String("Interface"), Qt::CaseInsensitive) == 0
                      ? EndpointType::Interface
                      : EndpointType::Gateway;
        // com.amazonaws.REGION.SERVICE
        const QString service = textOf(r, "ServiceName");
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^com\\.amazonaws\\.([a-z0-9-]+)\\.(.+)$")).match(service);
        e->service = m.hasMatch() ? m.captured(2) : service;
        if (m.hasMatch() && m.captured(1) != v->region)
            e->serviceRegion = m.captured(1);
        for (const char *key : {"RouteTableIds", "SubnetIds", "SecurityGroupIds"}) {
            QStringList ids;
            for (const YamlValue &item : prop(r, key) ? items(*prop(r, key)) : std::vector<YamlValue>{})
                ids.append(text(item));
            (qstrcmp(key, "RouteTableIds") == 0 ? e->routeTables
             : qstrcmp(key, "SubnetIds") == 0   ? e->subnets
                                                : e->securityGroups) = ids;
        }
        e->privateDns = flag(r, "PrivateDnsEnabled", true);
        if (const YamlValue *policy = prop(r, "PolicyDocument"))
            e->policy = *policy;
        adopt(std::move(e), v, r);
    } else if (type == QLatin1String("AWS::EC2::Instance")) {
        instance(r);
    } else if (type == QLatin1String("AWS::EC2::EIP")) {
        if (auto *i = mDesign.find<Instance>(textOf(r, "InstanceId"), ObjectKind::Instance)) {
            const auto ip = IpAddress::parse(metaText(r, "PublicIp"));
            if (ip)
                i->publicIp = *ip;
            else
                warn(&r, Tr::tr("AWS picks the elastic IP's address; %1 has a public address the design does not know")
                             .arg(i->id));
        }
    } else if (type == QLatin1String("AWS::EC2::FlowLog")) {
        flowLog(r);
    } else if (type == QLatin1String("AWS::EC2::VPCPeeringConnection")) {
        auto p = std::make_unique<PeeringConnection>();
        p->name = nameTag(r);
        p->requester = textOf(r, "VpcId");
        p->accepter = textOf(r, "PeerVpcId");
        if (!isValidId(p->requester) || !isValidId(p->accepter)) {
            warn(&r, Tr::tr("a peering connection needs VpcId and PeerVpcId; left out"));
            return;
        }
        if (const auto status = enumFromName<PeeringStatus>(metaText(r, "Status")))
            p->status = *status;
        p->requesterDnsResolution = metaText(r, "RequesterDnsResolution") == QLatin1String("true");
        p->accepterDnsResolution = metaText(r, "AccepterDnsResolution") == QLatin1String("true");
        adopt(std::move(p), nullptr, r);
    } else if (type == QLatin1String("AWS::EC2::Route")) {
        route(r);
    } else if (type == QLatin1String("AWS::EC2::NetworkAclEntry")) {
        auto *a = mDesign.find<NetworkAcl>(textOf(r, "NetworkAclId"), ObjectKind::NetworkAcl);
        if (!a) {
            warn(&r,
                 Tr::tr("its NetworkAclId names %1, which is no network ACL; left out").arg(textOf(r, "NetworkAclId")));
            return;
        }
        NaclRule rule;
        rule.number = textOf(r, "RuleNumber").toInt();
        rule.protocol = Protocol::parse(textOf(r, "Protocol").toStdString()).value_or(Protocol());
        rule.allow = textOf(r, "RuleAction").compare(QLatin1String("allow"), Qt::CaseInsensitive) == 0;
        const QString cidr = !textOf(r, "CidrBlock").isEmpty() ? textOf(r, "CidrBlock") : textOf(r, "Ipv6CidrBlock");
        const auto c = block(r, cidr, "CidrBlock");
        if (!c)
            return;
        rule.cidr = *c;
        if (const YamlValue *ports = prop(r, "PortRange"); ports && rule.protocol.hasPorts())
            rule.ports = {ports->find(u"From") ? text(*ports->find(u"From")).toInt() : 0,
                          ports->find(u"To") ? text(*ports->find(u"To")).toInt() : 65535};
        (flag(r, "Egress", false) ? a->egress : a->ingress).append(rule);
    } else if (type == QLatin1String("AWS::EC2::SubnetRouteTableAssociation") ||
               type == QLatin1String("AWS::EC2::SubnetNetworkAclAssociation")) {
        const bool table = type.contains(QLatin1String("RouteTable"));
        Subnet *s = mDesign.findSubnet(textOf(r, "SubnetId"));
        const QString target = textOf(r, table ? "RouteTableId" : "NetworkAclId");
        if (!s || !mDesign.contains(target)) {
            warn(&r, Tr::tr("it joins %1 and %2, which are not both in the templates; left out")
                         .arg(textOf(r, "SubnetId"), target));
            return;
        }
        if (metaText(r, "Implicit") != QLatin1String("true")) // the main table or default ACL, unwritten
            (table ? s->routeTable : s->networkAcl) = target;
    } else if (type == QLatin1String("AWS::S3::BucketPolicy")) {
        auto b = std::make_unique<Bucket>();
        b->bucketName = textOf(r, "Bucket");
        if (b->bucketName == r.id)
            b->bucketName.clear();
        b->region = r.meta.find(u"Region") ? metaText(r, "Region") : mRegion;
        b->account = r.meta.find(u"Account") ? metaText(r, "Account") : mAccount;
        if (const YamlValue *policy = prop(r, "PolicyDocument"))
            b->policy = *policy;
        adopt(std::move(b), nullptr, r);
    } else if (type == QLatin1String("AWS::EC2::NetworkInterface")) {
        if (!mEniOwner.contains(r.id))
            warn(&r, Tr::tr("a network interface no instance uses is not something the designer models; left out"));
    }
}

void Importer::subnet(Resource &r)
{
    Vpc *v = vpcOf(r);
    if (!v)
        return;
    auto s = std::make_unique<Subnet>();
    s->name = nameTag(r);
    s->az = textOf(r, "AvailabilityZone");
    if (s->az.isEmpty()) {
        s->az = v->region + QLatin1Char('a');
        warn(&r, Tr::tr("no AvailabilityZone: AWS picks one; the design takes %1").arg(s->az));
    }
    const auto c = block(r, textOf(r, "CidrBlock"), "CidrBlock");
    if (!c)
        return;
    s->cidr = *c;
    const QString v6 =
        !metaText(r, "Ipv6CidrBlock").isEmpty() ? metaText(r, "Ipv6CidrBlock") : textOf(r, "Ipv6CidrBlock");
    if (!v6.isEmpty())
        if (const auto b = block(r, v6, "Ipv6CidrBlock"))
            s->ipv6Cidr = *b;
    adopt(std::move(s), v, r);
}

std::optional<SgRule> Importer::sgRule(const YamlValue &rule, bool ingress, const Resource &r)
{
    const auto field = [&](const char *key) {
        const YamlValue *v = rule.find(QString::fromLatin1(key));
        return v ? text(*v) : QString();
    };
    SgRule out;
    const auto protocol = Protocol::parse(field("IpProtocol").toStdString());
    if (!protocol) {
        warn(&r, Tr::tr("IpProtocol '%1' is no protocol; the rule is left out").arg(field("IpProtocol")));
        return std::nullopt;
    }
    out.protocol = *protocol;
    if (out.protocol.hasPorts())
        out.ports = {field("FromPort").isEmpty() ? 0 : field("FromPort").toInt(),
                     field("ToPort").isEmpty() ? 65535 : field("ToPort").toInt()};
    const QString peer = ingress ? QStringLiteral("Source") : QStringLiteral("Destination");
    const QString group = field(ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId");
    const QString list = field(ingress ? "SourcePrefixListId" : "DestinationPrefixListId");
    const QString cidr = !field("CidrIp").isEmpty() ? field("CidrIp") : field("CidrIpv6");
    if (!group.isEmpty() || !list.isEmpty()) {
        out.group = group.isEmpty() ? list : group;
    } else if (const auto c = block(r, cidr, "CidrIp")) {
        out.cidr = *c;
    } else {
        return std::nullopt;
    }
    Q_UNUSED(peer);
    return out;
}

void Importer::securityGroupRules(SecurityGroup &g, const YamlValue *rules, bool ingress, const Resource &r)
{
    if (!rules)
        return;
    SgRuleList list;
    for (const YamlValue &rule : items(*rules))
        if (const auto sg = sgRule(rule, ingress, r))
            list.append(*sg);
    if (ingress)
        g.ingress = list;
    else
        g.egress = list;
}

void Importer::route(Resource &r)
{
    auto *t = mDesign.find<RouteTable>(textOf(r, "RouteTableId"), ObjectKind::RouteTable);
    if (!t) {
        warn(&r, Tr::tr("its RouteTableId names %1, which is no route table; left out").arg(textOf(r, "RouteTableId")));
        return;
    }
    Route route;
    const QString list = textOf(r, "DestinationPrefixListId");
    const QString destination = !textOf(r, "DestinationCidrBlock").isEmpty() ? textOf(r, "DestinationCidrBlock")
                                                                             : textOf(r, "DestinationIpv6CidrBlock");
    if (!list.isEmpty()) {
        route.prefixList = list;
    } else if (const auto c = block(r, destination, "DestinationCidrBlock")) {
        route.destination = *c;
    } else {
        return;
    }
    for (const char *key : {"GatewayId", "EgressOnlyInternetGatewayId", "NatGatewayId", "VpcPeeringConnectionId",
                            "InstanceId", "VpcEndpointId", "NetworkInterfaceId"})
        if (!textOf(r, key).isEmpty())
            route.target = textOf(r, key);
    if (mEniOwner.contains(route.target))
        route.target = mEniOwner.value(route.target);
    for (const char *key : {"TransitGatewayId", "CarrierGatewayId", "LocalGatewayId", "CoreNetworkArn"})
        if (prop(r, key)) {
            warn(&r, Tr::tr("a route to a %1 is not something the designer models; left out").arg(QLatin1String(key)));
            return;
        }
    if (route.target.isEmpty()) {
        warn(&r, Tr::tr("the route has no target; left out"));
        return;
    }
    t->routes.append(route);
}

void Importer::instance(Resource &r)
{
    auto i = std::make_unique<Instance>();
    i->name = nameTag(r);
    QString subnet = textOf(r, "SubnetId");
    QString address = textOf(r, "PrivateIpAddress");
    const YamlValue *groups = prop(r, "SecurityGroupIds");
    const YamlValue *interfaces = prop(r, "NetworkInterfaces");
    QString eni;
    for (const YamlValue &nic : interfaces ? items(*interfaces) : std::vector<YamlValue>{}) {
        if (text(nic.find(u"DeviceIndex") ? *nic.find(u"DeviceIndex") : YamlValue{}) != QLatin1String("0"))
            continue;
        const YamlValue *source = &nic;
        if (const YamlValue *id = nic.find(u"NetworkInterfaceId")) {
            eni = text(*id);
            if (const Resource *o = mById.value(eni); o && o->type == QLatin1String("AWS::EC2::NetworkInterface"))
                source = &o->properties;
        }
        const auto field = [&](const char16_t *key) {
            const YamlValue *v = source->find(key);
            return v ? text(*v) : QString();
        };
        subnet = field(u"SubnetId");
        address = field(u"PrivateIpAddress");
        groups = source->find(u"GroupSet");
    }
    Subnet *s = mDesign.findSubnet(subnet);
    if (!s) {
        warn(&r, Tr::tr("it names no subnet of the templates; left out"));
        return;
    }
    i->subnet = s->id;
    if (const auto ip = IpAddress::parse(address))
        i->privateIp = *ip;
    for (const YamlValue &g : groups ? items(*groups) : std::vector<YamlValue>{})
        i->securityGroups.append(text(g));
    if (const auto ip = IpAddress::parse(metaText(r, "Ipv6Address")))
        i->ipv6 = *ip;
    i->eni = metaText(r, "NetworkInterfaceId");
    if (!eni.isEmpty())
        mEniOwner.insert(eni, r.id);
    adopt(std::move(i), mDesign.vpcOf(*s), r);
}

void Importer::flowLog(Resource &r)
{
    QString resource = textOf(r, "ResourceId");
    if (mEniOwner.contains(resource))
        resource = mEniOwner.value(resource);
    const Object *target = mDesign.find(resource);
    Vpc *v = target ? mDesign.vpcOf(*target) : nullptr;
    if (!v) {
        warn(&r, Tr::tr("its ResourceId names %1, which is nothing in the templates; left out").arg(resource));
        return;
    }
    auto f = std::make_unique<FlowLog>();
    f->resource = resource;
    f->trafficType = enumFromName<TrafficType>(textOf(r, "TrafficType")).value_or(TrafficType::All);
    f->destination =
        enumFromName<LogDestination>(textOf(r, "LogDestinationType")).value_or(LogDestination::CloudWatchLogs);
    const QString destination = textOf(r, "LogDestination");
    if (f->destination == LogDestination::S3)
        f->destinationName = destination.section(QLatin1String(":::"), 1);
    else if (f->destination == LogDestination::KinesisDataFirehose)
        f->destinationName = destination.section(QLatin1String("deliverystream/"), 1);
    else
        f->destinationName =
            !textOf(r, "LogGroupName").isEmpty() ? textOf(r, "LogGroupName") : destination.section(QLatin1Char(':'), 6);
    if (!textOf(r, "MaxAggregationInterval").isEmpty())
        f->maxAggregationInterval = textOf(r, "MaxAggregationInterval").toInt();
    if (!textOf(r, "LogFormat").isEmpty())
        f->format = textOf(r, "LogFormat");
    adopt(std::move(f), v, r);
}
