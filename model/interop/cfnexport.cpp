#include "cfnexport.h"

#include "atomicwrite.h"
#include "cfntree.h"
#include "jsonwriter.h"
#include "yamltext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace CfnTree;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CfnExport)
};

const QString Meta = QStringLiteral("VpcDesigner");

/// Builds the template of one account and region.
class Builder
{
public:
    Builder(const Design &design, const QString &account, const QString &region, QStringList buckets)
        : mDesign(design), mAccount(account), mRegion(region), mBuckets(std::move(buckets))
    {}

    CfnExport::Template build();

private:
    QString logical(const QString &id)
    {
        auto it = mLogical.find(id);
        if (it == mLogical.end())
            it = mLogical.insert(id, CfnExport::logicalId(id, mTaken));
        return *it;
    }
    /// A new logical id for a resource with no design id of its own (an attachment, a route).
    QString derived(const QString &name) { return CfnExport::logicalId(name, mTaken); }
    bool inTemplate(const Vpc &vpc) const { return vpc.account == mAccount && vpc.region == mRegion; }
    /// A reference to a design object: Ref when it is in this template, its id otherwise.
    YamlValue refTo(const QString &id, const QString &attribute = {});
    YamlValue tags(const QString &name) const
    {
        if (name.isEmpty())
            return {};
        return seq({map({{QStringLiteral("Key"), str(QStringLiteral("Name"))}, {QStringLiteral("Value"), str(name)}})});
    }
    void add(const QString &logicalId, const QString &type, YamlValue properties, YamlValue meta = {},
             const QStringList &dependsOn = {});
    void parameter(const QString &name, const QString &type, const QString &description, const QString &def = {});

    void vpc(const Vpc &v);
    void routes(const Vpc &v, const RouteTable &t);
    void securityGroup(const Vpc &v, const SecurityGroup &g);
    YamlValue sgRule(const SgRule &r, bool ingress, bool inlineRule);
    void networkAcl(const Vpc &v, const NetworkAcl &a);
    void endpoint(const Vpc &v, const Endpoint &e);
    void instance(const Instance &i);
    void flowLog(const FlowLog &f);
    void peering(const PeeringConnection &p);
    YamlValue prefixList(const QString &list);

    const Design &mDesign;
    QString mAccount, mRegion;
    QStringList mBuckets; // the ids of the bucket policies this template writes
    QSet<QString> mTaken;
    QHash<QString, QString> mLogical;
    QHash<QString, QString> mAttachment; // internet gateway id -> its attachment's logical id
    QHash<QString, QString> mIpv6Block;  // VPC id -> the logical id of its IPv6 block
    QHash<QString, QString> mEni;        // instance id -> the logical id of its interface
    YamlValue mResources = YamlValue::emptyMapping();
    YamlValue mParameters = YamlValue::emptyMapping();
    YamlValue mOutputs = YamlValue::emptyMapping();
    YamlValue mParameterValues = YamlValue::emptyMapping(); // what a parameter stands for in the design
    QStringList mWarnings;
};

YamlValue Builder::refTo(const QString &id, const QString &attribute)
{
    const Object *o = mDesign.find(id);
    if (!o)
        return str(id); // not in the design: AWS's id as written
    const Vpc *vpc = o->kind == ObjectKind::PeeringConnection
                         ? mDesign.findVpc(static_cast<const PeeringConnection *>(o)->requester)
                         : mDesign.vpcOf(*o);
    if (vpc && !inTemplate(*vpc)) {
        // Made by another account's or region's stack: its id comes in as a parameter,
        // the design's id by default.
        const QString name = logical(id);
        parameter(
            name, QStringLiteral("String"),
            QStringLiteral("The id of %1, made by the stack of account %2 in %3").arg(id, vpc->account, vpc->region),
            id);
        return ref(name);
    }
    return attribute.isEmpty() ? ref(logical(id)) : getAtt(logical(id), attribute);
}

void Builder::add(const QString &logicalId, const QString &type, YamlValue properties, YamlValue meta,
                  const QStringList &dependsOn)
{
    YamlValue resource = map({{QStringLiteral("Type"), str(type)}});
    if (!dependsOn.isEmpty()) {
        std::vector<YamlValue> names;
        for (const QString &d : dependsOn)
            names.push_back(str(d));
        put(resource, QStringLiteral("DependsOn"), names.size() == 1 ? names.front() : seq(names));
    }
    if (!meta.isNull())
        put(resource, QStringLiteral("Metadata"), map({{Meta, meta}}));
    if (!properties.isNull() && !properties.isEmptyContainer())
        put(resource, QStringLiteral("Properties"), std::move(properties));
    // Logical ids are unique by construction: appended without a search (the template of
    // 2,000 VPCs has 126,000 resources).
    mResources.entries.emplace_back(logicalId, std::move(resource));
}

void Builder::parameter(const QString &name, const QString &type, const QString &description, const QString &def)
{
    if (mParameters.find(name))
        return;
    YamlValue p = map({{QStringLiteral("Type"), str(type)}, {QStringLiteral("Description"), str(description)}});
    if (!def.isEmpty())
        put(p, QStringLiteral("Default"), str(def));
    put(mParameters, name, p);
}

YamlValue Builder::prefixList(const QString &list)
{
    if (!list.startsWith(QLatin1String("service:")))
        return str(list); // pl-...: AWS's id as written
    // AWS-managed prefix lists have ids that differ by region and account; the stack asks.
    const QString service = list.mid(8);
    const QString name = QStringLiteral("PrefixList") + CfnExport::logicalId(service, mTaken);
    mTaken.remove(name);
    mTaken.insert(name);
    parameter(name, QStringLiteral("String"),
              QStringLiteral("The id (pl-...) of AWS's prefix list com.amazonaws.%1.%2").arg(mRegion, service));
    put(mParameterValues, name, str(list)); // for the way back
    return ref(name);
}

void Builder::vpc(const Vpc &v)
{
    const QString id = logical(v.id);
    YamlValue props = map({{QStringLiteral("CidrBlock"), str(v.cidrBlocks.value(0).toString())},
                           {QStringLiteral("EnableDnsSupport"), boolean(v.dnsSupport)},
                           {QStringLiteral("EnableDnsHostnames"), boolean(v.dnsHostnames)}});
    if (!v.name.isEmpty())
        put(props, QStringLiteral("Tags"), tags(v.name));
    add(id, QStringLiteral("AWS::EC2::VPC"), std::move(props), map({{QStringLiteral("Id"), str(v.id)}}));
    mOutputs.entries.emplace_back(id + QStringLiteral("Id"), map({{QStringLiteral("Description"),
                                                                   str(QStringLiteral("The id of VPC %1").arg(v.id))},
                                                                  {QStringLiteral("Value"), ref(id)}}));
    for (qsizetype i = 1; i < v.cidrBlocks.size(); ++i)
        add(derived(v.id + QStringLiteral("-cidr-%1").arg(i)), QStringLiteral("AWS::EC2::VPCCidrBlock"),
            map({{QStringLiteral("VpcId"), ref(id)}, {QStringLiteral("CidrBlock"), str(v.cidrBlocks[i].toString())}}));
    for (qsizetype i = 0; i < v.ipv6CidrBlocks.size(); ++i) {
        // AWS picks an Amazon-provided block; the design's is kept for the way back.
        const QString block = derived(v.id + QStringLiteral("-ipv6-%1").arg(i));
        if (i == 0)
            mIpv6Block.insert(v.id, block);
        add(block, QStringLiteral("AWS::EC2::VPCCidrBlock"),
            map({{QStringLiteral("VpcId"), ref(id)}, {QStringLiteral("AmazonProvidedIpv6CidrBlock"), boolean(true)}}),
            map({{QStringLiteral("Ipv6CidrBlock"), str(v.ipv6CidrBlocks[i].toString())}}));
    }
    if (const Gateway *igw = v.internetGateway()) {
        const QString gw = logical(igw->id);
        add(gw, QStringLiteral("AWS::EC2::InternetGateway"), {}, map({{QStringLiteral("Id"), str(igw->id)}}));
        const QString attachment = derived(igw->id + QStringLiteral("-attachment"));
        mAttachment.insert(igw->id, attachment);
        add(attachment, QStringLiteral("AWS::EC2::VPCGatewayAttachment"),
            map({{QStringLiteral("VpcId"), ref(id)}, {QStringLiteral("InternetGatewayId"), ref(gw)}}));
    }
    if (const Gateway *eigw = v.egressOnlyGateway())
        add(logical(eigw->id), QStringLiteral("AWS::EC2::EgressOnlyInternetGateway"),
            map({{QStringLiteral("VpcId"), ref(id)}}), map({{QStringLiteral("Id"), str(eigw->id)}}));

    const RouteTable *mainTable = nullptr;
    for (const RouteTable *t : v.routeTableList())
        if (t->main)
            mainTable = t;
    const NetworkAcl *defaultAcl = nullptr;
    for (const NetworkAcl *a : v.networkAclList())
        if (a->isDefault)
            defaultAcl = a;
    for (const Subnet *s : v.subnetList()) {
        const QString sid = logical(s->id);
        YamlValue props = map({{QStringLiteral("VpcId"), ref(id)},
                               {QStringLiteral("AvailabilityZone"), str(s->az)},
                               {QStringLiteral("CidrBlock"), str(s->cidr.toString())}});
        YamlValue meta = map({{QStringLiteral("Id"), str(s->id)}});
        QStringList depends;
        if (s->ipv6Cidr.isValid()) {
            put(meta, QStringLiteral("Ipv6CidrBlock"), str(s->ipv6Cidr.toString()));
            const Cidr vpcBlock = v.ipv6CidrBlocks.value(0);
            const u128 offset = s->ipv6Cidr.network().address().value() - vpcBlock.network().address().value();
            if (mIpv6Block.contains(v.id) && s->ipv6Cidr.prefixLength() == 64 && vpcBlock.contains(s->ipv6Cidr) &&
                vpcBlock.prefixLength() >= 56) {
                // The subnet's /64 at the same place in the block AWS gives.
                const int index = int(offset >> 64);
                const int count = 1 << (64 - vpcBlock.prefixLength());
                put(props, QStringLiteral("Ipv6CidrBlock"),
                    map({{QStringLiteral("Fn::Select"),
                          seq({number(index),
                               map({{QStringLiteral("Fn::Cidr"),
                                     seq({map({{QStringLiteral("Fn::Select"),
                                                seq({number(0), getAtt(id, QStringLiteral("Ipv6CidrBlocks"))})}}),
                                          number(count), str(QStringLiteral("64"))})}})})}}));
                depends.append(mIpv6Block.value(v.id));
            } else {
                mWarnings.append(Tr::tr("%1: its IPv6 block is not a /64 of its VPC's first IPv6 block; the template "
                                        "leaves it out")
                                     .arg(s->id));
            }
        }
        if (!s->name.isEmpty())
            put(props, QStringLiteral("Tags"), tags(s->name));
        add(sid, QStringLiteral("AWS::EC2::Subnet"), std::move(props), std::move(meta), depends);
        mOutputs.entries.emplace_back(
            sid + QStringLiteral("Id"),
            map({{QStringLiteral("Description"), str(QStringLiteral("The id of subnet %1").arg(s->id))},
                 {QStringLiteral("Value"), ref(sid)}}));
    }
    for (const RouteTable *t : v.routeTableList()) {
        YamlValue props = map({{QStringLiteral("VpcId"), ref(id)}});
        if (!t->name.isEmpty())
            put(props, QStringLiteral("Tags"), tags(t->name));
        YamlValue meta = map({{QStringLiteral("Id"), str(t->id)}});
        if (t->main)
            put(meta, QStringLiteral("Main"), boolean(true));
        add(logical(t->id), QStringLiteral("AWS::EC2::RouteTable"), std::move(props), std::move(meta));
    }
    for (const NetworkAcl *a : v.networkAclList())
        networkAcl(v, *a);
    for (const SecurityGroup *g : v.securityGroupList())
        securityGroup(v, *g);
    for (const Subnet *s : v.subnetList()) {
        // CloudFormation cannot name the main table or the default ACL: subnets that use
        // them are associated with the written ones.
        const RouteTable *t =
            s->routeTable.isEmpty() ? mainTable : mDesign.find<RouteTable>(s->routeTable, ObjectKind::RouteTable);
        if (t)
            add(derived(s->id + QStringLiteral("-route-table")),
                QStringLiteral("AWS::EC2::SubnetRouteTableAssociation"),
                map({{QStringLiteral("SubnetId"), ref(logical(s->id))},
                     {QStringLiteral("RouteTableId"), ref(logical(t->id))}}),
                s->routeTable.isEmpty() ? map({{QStringLiteral("Implicit"), boolean(true)}}) : YamlValue{});
        const NetworkAcl *a =
            s->networkAcl.isEmpty() ? defaultAcl : mDesign.find<NetworkAcl>(s->networkAcl, ObjectKind::NetworkAcl);
        if (a)
            add(derived(s->id + QStringLiteral("-network-acl")),
                QStringLiteral("AWS::EC2::SubnetNetworkAclAssociation"),
                map({{QStringLiteral("SubnetId"), ref(logical(s->id))},
                     {QStringLiteral("NetworkAclId"), ref(logical(a->id))}}),
                s->networkAcl.isEmpty() ? map({{QStringLiteral("Implicit"), boolean(true)}}) : YamlValue{});
    }
    for (const NatGateway *n : v.natGatewayList()) {
        const QString nat = logical(n->id);
        YamlValue props = map({{QStringLiteral("SubnetId"), ref(logical(n->subnet))},
                               {QStringLiteral("ConnectivityType"), str(enumName(n->connectivity))}});
        YamlValue meta = map({{QStringLiteral("Id"), str(n->id)}});
        if (n->isPublic()) {
            const QString eip = derived(n->id + QStringLiteral("-eip"));
            add(eip, QStringLiteral("AWS::EC2::EIP"), map({{QStringLiteral("Domain"), str(QStringLiteral("vpc"))}}));
            put(props, QStringLiteral("AllocationId"), getAtt(eip, QStringLiteral("AllocationId")));
            if (n->publicIp.isValid())
                put(meta, QStringLiteral("PublicIp"), str(n->publicIp.toString()));
        }
        if (n->privateIp.isValid())
            put(props, QStringLiteral("PrivateIpAddress"), str(n->privateIp.toString()));
        if (!n->name.isEmpty())
            put(props, QStringLiteral("Tags"), tags(n->name));
        add(nat, QStringLiteral("AWS::EC2::NatGateway"), std::move(props), std::move(meta));
    }
    for (const Endpoint *e : v.endpointList())
        endpoint(v, *e);
    for (const RouteTable *t : v.routeTableList())
        routes(v, *t);
    for (const Instance *i : v.instanceList())
        instance(*i);
    for (const FlowLog *f : v.flowLogList())
        flowLog(*f);
}

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

CfnExport::Template Builder::build()
{
    for (const Vpc *v : mDesign.vpcs())
        if (inTemplate(*v))
            logical(v->id); // VPCs get their names first
    // Peerings before the VPCs' routes name them.
    for (const PeeringConnection *p : mDesign.peerings())
        if (const Vpc *r = mDesign.findVpc(p->requester); r && inTemplate(*r))
            logical(p->id);
    for (const Vpc *v : mDesign.vpcs())
        if (inTemplate(*v))
            vpc(*v);
    for (const PeeringConnection *p : mDesign.peerings())
        peering(*p);
    for (const Bucket *b : mDesign.buckets())
        if (mBuckets.contains(b->id))
            add(logical(b->id), QStringLiteral("AWS::S3::BucketPolicy"),
                map({{QStringLiteral("Bucket"), str(b->effectiveBucketName())},
                     {QStringLiteral("PolicyDocument"), b->policy}}),
                map({{QStringLiteral("Id"), str(b->id)},
                     {QStringLiteral("Region"), str(b->region)},
                     {QStringLiteral("Account"), str(b->account)}}));

    YamlValue body = map({{QStringLiteral("AWSTemplateFormatVersion"), str(QStringLiteral("2010-09-09"))}});
    QString description = mDesign.name.isEmpty() ? QStringLiteral("A VPC design") : mDesign.name;
    put(body, QStringLiteral("Description"),
        str(QStringLiteral("%1 (account %2, %3), written by VPC Designer").arg(description, mAccount, mRegion)));
    YamlValue meta = map({{QStringLiteral("Design"), str(mDesign.name)},
                          {QStringLiteral("Description"), str(mDesign.description)},
                          {QStringLiteral("Account"), str(mAccount)},
                          {QStringLiteral("Region"), str(mRegion)}});
    if (!mParameterValues.entries.empty())
        put(meta, QStringLiteral("Parameters"), mParameterValues);
    put(body, QStringLiteral("Metadata"), map({{Meta, meta}}));
    if (!mParameters.entries.empty())
        put(body, QStringLiteral("Parameters"), mParameters);
    put(body, QStringLiteral("Resources"), std::move(mResources));
    if (!mOutputs.entries.empty())
        put(body, QStringLiteral("Outputs"), std::move(mOutputs));
    return {mAccount, mRegion, std::move(body), mWarnings};
}

void appendJson(QByteArray &out, const YamlValue &v, int indent)
{
    const QByteArray pad(indent + 2, ' ');
    switch (v.type) {
    case YamlValue::Type::Null:
        out.append("null");
        break;
    case YamlValue::Type::Scalar:
        // Numbers and bools as such; everything else, and anything quoted, a string.
        static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
        if (!v.quoted && (v.scalar == QLatin1String("true") || v.scalar == QLatin1String("false") ||
                          integer.match(v.scalar).hasMatch()))
            out.append(v.scalar.toUtf8());
        else
            out.append(JsonWriter::quote(v.scalar));
        break;
    case YamlValue::Type::Sequence:
        if (v.items.empty()) {
            out.append("[]");
            break;
        }
        out.append("[\n");
        for (size_t i = 0; i < v.items.size(); ++i) {
            out.append(pad);
            appendJson(out, v.items[i], indent + 2);
            out.append(i + 1 < v.items.size() ? ",\n" : "\n");
        }
        out.append(QByteArray(indent, ' ')).append(']');
        break;
    case YamlValue::Type::Mapping:
        if (v.entries.empty()) {
            out.append("{}");
            break;
        }
        out.append("{\n");
        for (size_t i = 0; i < v.entries.size(); ++i) {
            out.append(pad).append(JsonWriter::quote(v.entries[i].first)).append(": ");
            appendJson(out, v.entries[i].second, indent + 2);
            out.append(i + 1 < v.entries.size() ? ",\n" : "\n");
        }
        out.append(QByteArray(indent, ' ')).append('}');
        break;
    }
}

} // namespace

QString CfnExport::logicalId(const QString &id, QSet<QString> &taken)
{
    QString name;
    bool upper = true;
    for (QChar c : id) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            name.append(upper ? c.toUpper() : c);
            upper = false;
        } else {
            upper = true;
        }
    }
    if (name.isEmpty() || name.front().isDigit())
        name.prepend(QStringLiteral("R"));
    QString unique = name;
    for (int n = 2; taken.contains(unique); ++n)
        unique = name + QString::number(n);
    taken.insert(unique);
    return unique;
}

std::vector<CfnExport::Template> CfnExport::build(const Design &design)
{
    std::vector<std::pair<QString, QString>> places;
    for (const Vpc *v : design.vpcs())
        if (std::find(places.begin(), places.end(), std::pair(v->account, v->region)) == places.end())
            places.emplace_back(v->account, v->region);
    if (places.empty())
        places.emplace_back(Vpc::DefaultAccount, QStringLiteral("us-east-1"));
    // A bucket policy goes to the template of its account and region, else of its region,
    // else the first.
    QList<QStringList> buckets(qsizetype(places.size()));
    for (const Bucket *b : design.buckets()) {
        if (b->policy.isNull())
            continue;
        qsizetype at = 0;
        for (qsizetype i = qsizetype(places.size()) - 1; i >= 0; --i)
            if (places[size_t(i)].second == b->region)
                at = places[size_t(i)].first == b->account || at == 0 ? i : at;
        buckets[at].append(b->id);
    }
    std::vector<Template> templates;
    for (size_t i = 0; i < places.size(); ++i)
        templates.push_back(Builder(design, places[i].first, places[i].second, buckets[qsizetype(i)]).build());
    return templates;
}

bool CfnExport::save(const Design &design, const QString &out, QStringList *written, QStringList *warnings,
                     QString *error)
{
    const std::vector<Template> templates = build(design);
    const bool json = out.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QString suffix = out.section(QLatin1Char('.'), -2);
    const QString stem = out.left(out.size() - suffix.size() - 1);
    for (const Template &t : templates) {
        if (warnings)
            warnings->append(t.warnings);
        const QString path =
            templates.size() == 1 ? out : QStringLiteral("%1-%2-%3.%4").arg(stem, t.account, t.region, suffix);
        if (!AtomicWrite::write(path, json ? toJson(t.body) : toYaml(t.body), error))
            return false;
        if (written)
            written->append(path);
    }
    return true;
}

QByteArray CfnExport::toYaml(const YamlValue &body)
{
    QByteArray out;
    for (const auto &[key, value] : body.entries)
        YamlText::appendValue(out, 0, key, value);
    return out;
}

QByteArray CfnExport::toJson(const YamlValue &body)
{
    QByteArray out;
    appendJson(out, body, 0);
    out.append('\n');
    return out;
}
