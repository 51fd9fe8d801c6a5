#include "cfnbuilder.h"

using namespace CfnTree;
using namespace CfnExportDetail;

void Builder::routes(const Vpc &v, const RouteTable &t)
{
    int n = 0;
    for (const Route &r : t.routes) {
        if (r.implicit || r.target == QLatin1String("local"))
            continue; // AWS adds the local routes itself
        ++n;
        YamlValue props = map({{QStringLiteral("RouteTableId"), ref(logical(t.id))}});
        if (r.isPrefixList())
            put(props, QStringLiteral("DestinationPrefixListId"), prefixList(r.prefixList));
        else
            put(props,
                r.destination.isV6() ? QStringLiteral("DestinationIpv6CidrBlock")
                                     : QStringLiteral("DestinationCidrBlock"),
                str(r.destination.toString()));
        QStringList depends;
        const Object *target = mDesign.find(r.target);
        switch (target ? target->kind : ObjectKind::Scenario) {
        case ObjectKind::InternetGateway:
            put(props, QStringLiteral("GatewayId"), refTo(r.target));
            depends.append(mAttachment.value(r.target)); // AWS refuses a route to a detached gateway
            break;
        case ObjectKind::EgressOnlyInternetGateway:
            put(props, QStringLiteral("EgressOnlyInternetGatewayId"), refTo(r.target));
            break;
        case ObjectKind::NatGateway:
            put(props, QStringLiteral("NatGatewayId"), refTo(r.target));
            break;
        case ObjectKind::PeeringConnection:
            put(props, QStringLiteral("VpcPeeringConnectionId"), refTo(r.target));
            break;
        case ObjectKind::Instance:
            put(props, QStringLiteral("InstanceId"), refTo(r.target));
            break;
        case ObjectKind::Endpoint:
            put(props, QStringLiteral("VpcEndpointId"), refTo(r.target));
            break;
        default:
            mWarnings.append(Tr::tr("%1: the route to %2 names %3, which is nothing a route can target; the "
                                    "template leaves it out")
                                 .arg(t.id, r.destinationText(), r.target));
            continue;
        }
        depends.removeAll(QString());
        add(derived(t.id + QStringLiteral("-route-%1").arg(n)), QStringLiteral("AWS::EC2::Route"), std::move(props), {},
            depends);
    }
    Q_UNUSED(v);
}

YamlValue Builder::sgRule(const SgRule &r, bool ingress, bool inlineRule)
{
    YamlValue rule = map({{QStringLiteral("IpProtocol"), str(QString::number(r.protocol.number()))}});
    if (r.protocol.hasPorts()) {
        put(rule, QStringLiteral("FromPort"), number(r.ports.from));
        put(rule, QStringLiteral("ToPort"), number(r.ports.to));
    } else if (!r.protocol.isAll()) {
        put(rule, QStringLiteral("FromPort"), number(-1)); // every ICMP type and code
        put(rule, QStringLiteral("ToPort"), number(-1));
    }
    const QString peer = ingress ? QStringLiteral("Source") : QStringLiteral("Destination");
    if (r.isGroupReference()) {
        if (r.group.startsWith(QLatin1String("pl-")) || r.group.startsWith(QLatin1String("service:")))
            put(rule, ingress ? QStringLiteral("SourcePrefixListId") : QStringLiteral("DestinationPrefixListId"),
                prefixList(r.group));
        else
            put(rule, ingress ? QStringLiteral("SourceSecurityGroupId") : QStringLiteral("DestinationSecurityGroupId"),
                refTo(r.group, QStringLiteral("GroupId")));
    } else {
        put(rule, r.cidr.isV6() ? QStringLiteral("CidrIpv6") : QStringLiteral("CidrIp"), str(r.cidr.toString()));
    }
    Q_UNUSED(inlineRule);
    Q_UNUSED(peer);
    return rule;
}

void Builder::securityGroup(const Vpc &v, const SecurityGroup &g)
{
    const QString id = logical(g.id);
    YamlValue props = map({{QStringLiteral("GroupDescription"), str(g.description.isEmpty() ? g.id : g.description)},
                           {QStringLiteral("VpcId"), ref(logical(v.id))}});
    YamlValue meta = map({{QStringLiteral("Id"), str(g.id)}});
    if (g.description.isEmpty())
        put(meta, QStringLiteral("Description"), str(QString())); // AWS needs one; the design has none
    if (!g.name.isEmpty())
        put(props, QStringLiteral("GroupName"), str(g.name));
    std::vector<YamlValue> ingress, egress;
    std::vector<std::pair<bool, SgRule>> separate;
    const auto namesGroup = [](const SgRule &r) {
        return r.isGroupReference() && !r.group.startsWith(QLatin1String("pl-")) &&
               !r.group.startsWith(QLatin1String("service:"));
    };
    // Rules that name a group are resources of their own (groups that name each other would
    // depend on each other); then all of the group's are, so that their order stays.
    bool separateAll = std::any_of(g.ingress.begin(), g.ingress.end(), namesGroup);
    if (g.egress)
        separateAll = separateAll || std::any_of(g.egress->begin(), g.egress->end(), namesGroup);
    for (const SgRule &r : g.ingress) {
        if (separateAll)
            separate.emplace_back(true, r);
        else
            ingress.push_back(sgRule(r, true, true));
    }
    if (!ingress.empty())
        put(props, QStringLiteral("SecurityGroupIngress"), seq(ingress));
    if (g.egress) {
        for (const SgRule &r : *g.egress) {
            if (separateAll)
                separate.emplace_back(false, r);
            else
                egress.push_back(sgRule(r, false, true));
        }
        if (egress.empty() &&
            separate.end() == std::find_if(separate.begin(), separate.end(), [](const auto &s) { return !s.first; })) {
            // No rule out: CloudFormation removes AWS's allow-all only for a written rule,
            // so the one written goes nowhere (the loopback).
            egress.push_back(map({{QStringLiteral("IpProtocol"), str(QStringLiteral("-1"))},
                                  {QStringLiteral("CidrIp"), str(QStringLiteral("127.0.0.1/32"))}}));
            put(meta, QStringLiteral("Egress"), str(QStringLiteral("none")));
        }
        put(props, QStringLiteral("SecurityGroupEgress"), seq(egress));
    }
    if (!g.name.isEmpty())
        put(props, QStringLiteral("Tags"), tags(g.name));
    add(id, QStringLiteral("AWS::EC2::SecurityGroup"), std::move(props), std::move(meta));
    int n = 0;
    for (const auto &[in, r] : separate) {
        YamlValue rule = sgRule(r, in, false);
        rule.entries.insert(rule.entries.begin(), {QStringLiteral("GroupId"), getAtt(id, QStringLiteral("GroupId"))});
        add(derived(g.id + (in ? QStringLiteral("-ingress-%1") : QStringLiteral("-egress-%1")).arg(++n)),
            in ? QStringLiteral("AWS::EC2::SecurityGroupIngress") : QStringLiteral("AWS::EC2::SecurityGroupEgress"),
            rule);
    }
}

void Builder::networkAcl(const Vpc &v, const NetworkAcl &a)
{
    const QString id = logical(a.id);
    YamlValue props = map({{QStringLiteral("VpcId"), ref(logical(v.id))}});
    if (!a.name.isEmpty())
        put(props, QStringLiteral("Tags"), tags(a.name));
    YamlValue meta = map({{QStringLiteral("Id"), str(a.id)}});
    if (a.isDefault)
        put(meta, QStringLiteral("Default"), boolean(true));
    add(id, QStringLiteral("AWS::EC2::NetworkAcl"), std::move(props), std::move(meta));
    for (bool egress : {false, true})
        for (const NaclRule &r : egress ? a.egress : a.ingress) {
            YamlValue e =
                map({{QStringLiteral("NetworkAclId"), ref(id)},
                     {QStringLiteral("RuleNumber"), number(r.number)},
                     {QStringLiteral("Protocol"), number(r.protocol.number())},
                     {QStringLiteral("RuleAction"), str(r.allow ? QStringLiteral("allow") : QStringLiteral("deny"))},
                     {QStringLiteral("Egress"), boolean(egress)}});
            put(e, r.cidr.isV6() ? QStringLiteral("Ipv6CidrBlock") : QStringLiteral("CidrBlock"),
                str(r.cidr.toString()));
            if (r.protocol.hasPorts())
                put(e, QStringLiteral("PortRange"),
                    map({{QStringLiteral("From"), number(r.ports.from)}, {QStringLiteral("To"), number(r.ports.to)}}));
            else if (!r.protocol.isAll())
                put(e, QStringLiteral("Icmp"),
                    map({{QStringLiteral("Code"), number(-1)}, {QStringLiteral("Type"), number(-1)}}));
            add(derived(a.id + (egress ? QStringLiteral("-egress-%1") : QStringLiteral("-ingress-%1")).arg(r.number)),
                QStringLiteral("AWS::EC2::NetworkAclEntry"), std::move(e));
        }
}

void Builder::endpoint(const Vpc &v, const Endpoint &e)
{
    const QString service = e.service.contains(QLatin1Char('.')) ? e.service : QString();
    YamlValue name = !service.isEmpty() ? str(service)
                     : e.serviceRegion.isEmpty() || e.serviceRegion == v.region
                         ? sub(QStringLiteral("com.amazonaws.${AWS::Region}.") + e.service)
                         : str(QStringLiteral("com.amazonaws.%1.%2").arg(e.serviceRegion, e.service));
    YamlValue props = map({{QStringLiteral("VpcId"), ref(logical(v.id))},
                           {QStringLiteral("ServiceName"), name},
                           {QStringLiteral("VpcEndpointType"),
                            str(e.isGateway() ? QStringLiteral("Gateway") : QStringLiteral("Interface"))}});
    const auto refs = [&](const QStringList &ids, const QString &attribute = {}) {
        std::vector<YamlValue> items;
        for (const QString &i : ids)
            items.push_back(refTo(i, attribute));
        return seq(items);
    };
    if (e.isGateway()) {
        if (!e.routeTables.isEmpty())
            put(props, QStringLiteral("RouteTableIds"), refs(e.routeTables));
    } else {
        put(props, QStringLiteral("SubnetIds"), refs(e.subnets));
        if (!e.securityGroups.isEmpty())
            put(props, QStringLiteral("SecurityGroupIds"), refs(e.securityGroups, QStringLiteral("GroupId")));
        put(props, QStringLiteral("PrivateDnsEnabled"), boolean(e.privateDns));
    }
    if (!e.policy.isNull())
        put(props, QStringLiteral("PolicyDocument"), e.policy);
    YamlValue meta = map({{QStringLiteral("Id"), str(e.id)}});
    if (!e.name.isEmpty())
        put(meta, QStringLiteral("Name"), str(e.name)); // VPCEndpoint takes no tags
    add(logical(e.id), QStringLiteral("AWS::EC2::VPCEndpoint"), std::move(props), std::move(meta));
}

void Builder::instance(const Instance &i)
{
    parameter(QStringLiteral("ImageId"), QStringLiteral("AWS::EC2::Image::Id"),
              QStringLiteral("The image of every instance"));
    parameter(QStringLiteral("InstanceType"), QStringLiteral("String"), QStringLiteral("The type of every instance"),
              QStringLiteral("t3.micro"));
    // The interface is a resource of its own, so that flow logs can name it.
    const QString eni = derived(i.id + QStringLiteral("-eni"));
    mEni.insert(i.id, eni);
    YamlValue nic = map({{QStringLiteral("SubnetId"), ref(logical(i.subnet))}});
    if (i.privateIp.isValid())
        put(nic, QStringLiteral("PrivateIpAddress"), str(i.privateIp.toString()));
    if (!i.securityGroups.isEmpty()) {
        std::vector<YamlValue> groups;
        for (const QString &g : i.securityGroups)
            groups.push_back(refTo(g, QStringLiteral("GroupId")));
        put(nic, QStringLiteral("GroupSet"), seq(groups));
    }
    YamlValue meta = map({{QStringLiteral("Id"), str(i.id)}});
    if (i.ipv6.isValid()) {
        put(nic, QStringLiteral("Ipv6AddressCount"), number(1));
        put(meta, QStringLiteral("Ipv6Address"), str(i.ipv6.toString()));
    }
    if (!i.eni.isEmpty())
        put(meta, QStringLiteral("NetworkInterfaceId"), str(i.eni));
    add(eni, QStringLiteral("AWS::EC2::NetworkInterface"), std::move(nic));
    YamlValue props =
        map({{QStringLiteral("ImageId"), ref(QStringLiteral("ImageId"))},
             {QStringLiteral("InstanceType"), ref(QStringLiteral("InstanceType"))},
             {QStringLiteral("NetworkInterfaces"), seq({map({{QStringLiteral("DeviceIndex"), str(QStringLiteral("0"))},
                                                             {QStringLiteral("NetworkInterfaceId"), ref(eni)}})})}});
    if (!i.name.isEmpty())
        put(props, QStringLiteral("Tags"), tags(i.name));
    add(logical(i.id), QStringLiteral("AWS::EC2::Instance"), std::move(props), std::move(meta));
    if (i.publicIp.isValid()) {
        // A public address: an elastic IP on the interface (AWS picks it; the design's
        // is kept in the metadata).
        const Vpc *vpc = mDesign.vpcOf(i);
        const Gateway *igw = vpc ? vpc->internetGateway() : nullptr;
        add(derived(i.id + QStringLiteral("-eip")), QStringLiteral("AWS::EC2::EIP"),
            map({{QStringLiteral("Domain"), str(QStringLiteral("vpc"))},
                 {QStringLiteral("InstanceId"), ref(logical(i.id))}}),
            map({{QStringLiteral("PublicIp"), str(i.publicIp.toString())}}),
            igw ? QStringList{mAttachment.value(igw->id)} : QStringList{});
    }
}

void Builder::flowLog(const FlowLog &f)
{
    const Object *resource = mDesign.find(f.resource);
    QString type = QStringLiteral("NetworkInterface");
    YamlValue id = str(f.resource);
    if (resource && resource->kind == ObjectKind::Vpc) {
        type = QStringLiteral("VPC");
        id = refTo(f.resource);
    } else if (resource && resource->kind == ObjectKind::Subnet) {
        type = QStringLiteral("Subnet");
        id = refTo(f.resource);
    } else if (resource && resource->kind == ObjectKind::Instance && mEni.contains(f.resource)) {
        id = ref(mEni.value(f.resource));
    }
    YamlValue props = map({{QStringLiteral("ResourceId"), id},
                           {QStringLiteral("ResourceType"), str(type)},
                           {QStringLiteral("TrafficType"), str(enumName(f.trafficType))},
                           {QStringLiteral("LogDestinationType"), str(enumName(f.destination))}});
    switch (f.destination) {
    case LogDestination::S3:
        put(props, QStringLiteral("LogDestination"), str(QStringLiteral("arn:aws:s3:::") + f.destinationName));
        break;
    case LogDestination::CloudWatchLogs:
        parameter(QStringLiteral("FlowLogsRoleArn"), QStringLiteral("String"),
                  QStringLiteral("The IAM role that lets flow logs write to CloudWatch Logs"),
                  QStringLiteral("arn:aws:iam::%1:role/vpc-flow-logs").arg(mAccount));
        put(props, QStringLiteral("LogGroupName"), str(f.destinationName));
        put(props, QStringLiteral("DeliverLogsPermissionArn"), ref(QStringLiteral("FlowLogsRoleArn")));
        break;
    case LogDestination::KinesisDataFirehose:
        put(props, QStringLiteral("LogDestination"),
            sub(QStringLiteral("arn:aws:firehose:${AWS::Region}:${AWS::AccountId}:deliverystream/") +
                f.destinationName));
        break;
    }
    put(props, QStringLiteral("MaxAggregationInterval"), number(f.maxAggregationInterval));
    if (f.format != QLatin1String("default") && !f.format.isEmpty())
        put(props, QStringLiteral("LogFormat"), str(f.format));
    add(logical(f.id), QStringLiteral("AWS::EC2::FlowLog"), std::move(props), map({{QStringLiteral("Id"), str(f.id)}}));
}

void Builder::peering(const PeeringConnection &p)
{
    const Vpc *requester = mDesign.findVpc(p.requester);
    const Vpc *accepter = mDesign.findVpc(p.accepter);
    if (!requester || !inTemplate(*requester))
        return; // the requester's template creates it
    YamlValue props = map({{QStringLiteral("VpcId"), ref(logical(requester->id))},
                           {QStringLiteral("PeerVpcId"), accepter ? refTo(accepter->id) : str(p.accepter)}});
    if (accepter && accepter->account != requester->account) {
        put(props, QStringLiteral("PeerOwnerId"), str(accepter->account));
        parameter(QStringLiteral("PeerRoleArn"), QStringLiteral("String"),
                  QStringLiteral("The role in the peer's account that accepts the peering connections"),
                  QStringLiteral("arn:aws:iam::%1:role/vpc-peering-accepter").arg(accepter->account));
        put(props, QStringLiteral("PeerRoleArn"), ref(QStringLiteral("PeerRoleArn")));
    }
    if (accepter && accepter->region != requester->region)
        put(props, QStringLiteral("PeerRegion"), str(accepter->region));
    if (!p.name.isEmpty())
        put(props, QStringLiteral("Tags"), tags(p.name));
    YamlValue meta = map({{QStringLiteral("Id"), str(p.id)}});
    if (p.status != PeeringStatus::Active)
        put(meta, QStringLiteral("Status"), str(enumName(p.status)));
    if (p.requesterDnsResolution)
        put(meta, QStringLiteral("RequesterDnsResolution"), boolean(true));
    if (p.accepterDnsResolution)
        put(meta, QStringLiteral("AccepterDnsResolution"), boolean(true));
    add(logical(p.id), QStringLiteral("AWS::EC2::VPCPeeringConnection"), std::move(props), std::move(meta));
}
