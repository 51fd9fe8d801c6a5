#include "cfnimport.h"

#include "cfnintrinsics.h"
#include "designformat.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace CfnIntrinsics;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CfnImport)
};

const QString Meta = QStringLiteral("VpcDesigner");

/// One template's resources, evaluated, and what they become.
struct Resource
{
    QString logical;
    QString type;
    QString id; // the design id
    YamlValue properties;
    YamlValue meta; // Metadata.VpcDesigner
    int line = 0, column = 0;
    const YamlValue *definition = nullptr; // in the parsed template
    int ipv6Index = -1;                    // an AWS::EC2::VPCCidrBlock's place among them
};

class Importer
{
public:
    Importer(Design &design, DiagnosticList &diagnostics, const CfnImport::Options &options)
        : mDesign(design), mDiagnostics(diagnostics), mOptions(options)
    {}
    /// Reads one template into the design; false (with an error) when it is no template.
    bool read(const QString &file, const QByteArray &data);

private:
    void warn(const Resource *r, const QString &message)
    {
        mDiagnostics.append({Diagnostic::Severity::Warning, mFile, r ? r->line : 0, r ? r->column : 0,
                             r ? QStringLiteral("%1: %2").arg(r->logical, message) : message});
    }
    const YamlValue *prop(const Resource &r, const char *key) const
    {
        return r.properties.find(QString::fromLatin1(key));
    }
    QString textOf(const Resource &r, const char *key) const
    {
        const YamlValue *v = prop(r, key);
        return v ? text(*v) : QString();
    }
    bool flag(const Resource &r, const char *key, bool otherwise) const
    {
        const YamlValue *v = prop(r, key);
        return v && v->type == YamlValue::Type::Scalar
                   ? v->scalar.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                   : otherwise;
    }
    QString metaText(const Resource &r, const char *key) const
    {
        const YamlValue *v = r.meta.find(QString::fromLatin1(key));
        return v ? text(*v) : QString();
    }
    QString nameTag(const Resource &r) const;
    template <class T> T *adopt(std::unique_ptr<T> object, Object *parent, const Resource &r);
    Vpc *vpcOf(const Resource &r, const char *key = "VpcId");
    std::optional<Cidr> block(const Resource &r, const QString &value, const char *what);
    YamlValue attribute(const QString &logical, const QString &attribute);

    void create(Resource &r);
    QString ipv6BlockOf(const Resource &b);
    void subnet(Resource &r);
    void securityGroupRules(SecurityGroup &g, const YamlValue *rules, bool ingress, const Resource &r);
    std::optional<SgRule> sgRule(const YamlValue &rule, bool ingress, const Resource &r);
    void route(Resource &r);
    void instance(Resource &r);
    void flowLog(Resource &r);

    Design &mDesign;
    DiagnosticList &mDiagnostics;
    const CfnImport::Options &mOptions;
    QString mFile;
    QString mRegion, mAccount;
    std::vector<Resource> mResources;
    QHash<QString, Resource *> mByLogical;
    QHash<QString, Resource *> mById;                  // by the design id
    QHash<QString, QList<const Resource *>> mBlocksOf; // VPC id -> its AWS::EC2::VPCCidrBlock resources
    QHash<QString, QString> mEniOwner;                 // interface id -> instance id
    Evaluator mEval;
};

QString Importer::nameTag(const Resource &r) const
{
    const YamlValue *tags = prop(r, "Tags");
    for (const YamlValue &tag : tags ? items(*tags) : std::vector<YamlValue>{})
        if (const YamlValue *key = tag.find(u"Key"); key && text(*key) == QLatin1String("Name"))
            if (const YamlValue *value = tag.find(u"Value"))
                return text(*value);
    return {};
}

template <class T> T *Importer::adopt(std::unique_ptr<T> object, Object *parent, const Resource &r)
{
    object->id = r.id;
    T *raw = object.get();
    ObjectPtr owned = std::move(object);
    if (!mDesign.insert(parent, owned)) {
        warn(&r,
             Tr::tr("its id %1 is taken, or %2 cannot hold it; left out").arg(r.id, parent ? parent->id : QString()));
        return nullptr;
    }
    raw->line = r.line;
    raw->column = r.column;
    return raw;
}

Vpc *Importer::vpcOf(const Resource &r, const char *key)
{
    const QString id = textOf(r, key);
    Vpc *vpc = mDesign.findVpc(id);
    if (!vpc)
        warn(&r, Tr::tr("its %1 names %2, which is no VPC of the templates; left out").arg(QLatin1String(key), id));
    return vpc;
}

std::optional<Cidr> Importer::block(const Resource &r, const QString &value, const char *what)
{
    QString why;
    std::optional<Cidr> c = Cidr::parse(value, &why);
    if (!c)
        warn(&r, Tr::tr("its %1 '%2' is no block: %3").arg(QLatin1String(what), value, why));
    return c;
}

YamlValue Importer::attribute(const QString &logical, const QString &attribute)
{
    Resource *r = mByLogical.value(logical);
    if (!r) {
        mEval.problem(Tr::tr("Fn::GetAtt names %1, which is no resource").arg(logical));
        return {};
    }
    if (attribute == QLatin1String("Ipv6CidrBlocks")) {
        // The blocks AWS gave the VPC: the ones the exporter kept, else one the import picks.
        YamlValue out;
        out.type = YamlValue::Type::Sequence;
        for (const Resource *b : mBlocksOf.value(r->id))
            if (textOf(*b, "CidrBlock").isEmpty())
                out.items.push_back(scalar(ipv6BlockOf(*b)));
        return out;
    }
    if (attribute == QLatin1String("CidrBlock"))
        return r->properties.find(u"CidrBlock") ? *r->properties.find(u"CidrBlock") : YamlValue{};
    if (attribute == QLatin1String("PrivateIpAddress") || attribute == QLatin1String("PrimaryPrivateIpAddress"))
        return r->properties.find(u"PrivateIpAddress") ? *r->properties.find(u"PrivateIpAddress") : YamlValue{};
    // Ids (GroupId, AllocationId, VpcId, ...): the design's id of the resource.
    if (attribute.endsWith(QLatin1String("Id")) || attribute == QLatin1String("Arn"))
        return scalar(r->id);
    mEval.problem(Tr::tr("Fn::GetAtt %1.%2 is not an attribute the import knows").arg(logical, attribute));
    return {};
}

QString Importer::ipv6BlockOf(const Resource &b)
{
    // The block the exporter kept, or the one written; else one the import picks, a /56
    // of AWS's range apart for each block.
    if (!metaText(b, "Ipv6CidrBlock").isEmpty())
        return metaText(b, "Ipv6CidrBlock");
    if (!textOf(b, "Ipv6CidrBlock").isEmpty())
        return textOf(b, "Ipv6CidrBlock");
    return QStringLiteral("2600:1f18:4000:%1::/56").arg(std::max(0, b.ipv6Index) * 0x100, 0, 16);
}

bool Importer::read(const QString &file, const QByteArray &data)
{
    mFile = file;
    const Parsed parsed = parse(data);
    if (!parsed.error.isEmpty()) {
        mDiagnostics.append({Diagnostic::Severity::Error, file, parsed.errorLine, parsed.errorColumn, parsed.error});
        return false;
    }
    const YamlValue &root = parsed.root;
    const YamlValue *resources = root.find(u"Resources");
    if (!resources || resources->type != YamlValue::Type::Mapping) {
        mDiagnostics.append(
            {Diagnostic::Severity::Error, file, 1, 1, Tr::tr("not a CloudFormation template: no Resources")});
        return false;
    }
    const YamlValue *meta = root.find(u"Metadata") ? root.find(u"Metadata")->find(Meta) : nullptr;
    const auto metaOf = [&](const char *key) {
        const YamlValue *v = meta ? meta->find(QString::fromLatin1(key)) : nullptr;
        return v ? text(*v) : QString();
    };
    mRegion = !mOptions.region.isEmpty()    ? mOptions.region
              : !metaOf("Region").isEmpty() ? metaOf("Region")
                                            : QStringLiteral("us-east-1");
    mAccount = !mOptions.account.isEmpty()    ? mOptions.account
               : !metaOf("Account").isEmpty() ? metaOf("Account")
                                              : Vpc::DefaultAccount;
    if (mDesign.name.isEmpty()) {
        mDesign.name = metaOf("Design");
        mDesign.description = metaOf("Description");
    }

    mEval = Evaluator();
    mEval.region = mRegion;
    mEval.account = mAccount;
    Resource *current = nullptr;
    mEval.problem = [this, &current](const QString &message) { warn(current, message); };
    mEval.attribute = [this](const QString &logical, const QString &attribute) {
        return this->attribute(logical, attribute);
    };
    if (const YamlValue *m = root.find(u"Mappings"))
        mEval.mappings = *m;
    if (const YamlValue *c = root.find(u"Conditions"))
        mEval.conditions = *c;
    // Parameters: given, else their defaults, else what the exporter says they stand for.
    const YamlValue *values = meta ? meta->find(u"Parameters") : nullptr;
    if (const YamlValue *params = root.find(u"Parameters"))
        for (const auto &[name, definition] : params->entries) {
            mEval.declared.append(name);
            std::optional<YamlValue> value;
            if (mOptions.parameters.contains(name))
                value = scalar(mOptions.parameters.value(name));
            else if (const YamlValue *def = definition.find(u"Default"))
                value = *def;
            else if (const YamlValue *v = values ? values->find(name) : nullptr)
                value = *v;
            if (!value)
                continue;
            // A list parameter (CommaDelimitedList, List<...>) is a list of its comma-separated values.
            const QString type = definition.find(u"Type") ? text(*definition.find(u"Type")) : QString();
            if ((type.startsWith(QLatin1String("List<")) || type == QLatin1String("CommaDelimitedList")) &&
                value->type == YamlValue::Type::Scalar) {
                YamlValue list;
                list.type = YamlValue::Type::Sequence;
                for (const QString &item : value->scalar.split(QLatin1Char(',')))
                    list.items.push_back(scalar(item.trimmed()));
                value = list;
            }
            mEval.parameters.insert(name, *value);
        }

    // The design ids first: references may point forward.
    mResources.clear();
    mByLogical.clear();
    for (const auto &[logical, definition] : resources->entries) {
        Resource r;
        r.logical = logical;
        r.type = text(definition.find(u"Type") ? *definition.find(u"Type") : YamlValue{});
        const YamlValue *m = definition.find(u"Metadata") ? definition.find(u"Metadata")->find(Meta) : nullptr;
        if (m)
            r.meta = *m;
        r.id = isValidId(metaText(r, "Id")) ? metaText(r, "Id") : logical;
        r.definition = &definition;
        const auto place = parsed.places.value(logical);
        r.line = place.first;
        r.column = place.second;
        if (const YamlValue *c = definition.find(u"Condition"); c && !mEval.condition(text(*c)))
            continue; // not created
        if (!isValidId(r.id)) {
            warn(&r, Tr::tr("'%1' cannot be an id (1 to 64 letters, digits, '-', '_' or '.'); left out").arg(r.id));
            continue;
        }
        mEval.resources.insert(logical, r.id);
        mResources.push_back(std::move(r));
    }
    mById.clear();
    mBlocksOf.clear();
    int blocks = 0;
    for (Resource &r : mResources) {
        mByLogical.insert(r.logical, &r);
        mById.insert(r.id, &r);
        if (r.type == QLatin1String("AWS::EC2::VPCCidrBlock"))
            r.ipv6Index = blocks++;
    }
    // Objects in the order that containers come before what they hold.
    static const QStringList order = {QStringLiteral("AWS::EC2::VPC"),
                                      QStringLiteral("AWS::EC2::VPCCidrBlock"),
                                      QStringLiteral("AWS::EC2::InternetGateway"),
                                      QStringLiteral("AWS::EC2::VPCGatewayAttachment"),
                                      QStringLiteral("AWS::EC2::EgressOnlyInternetGateway"),
                                      QStringLiteral("AWS::EC2::Subnet"),
                                      QStringLiteral("AWS::EC2::RouteTable"),
                                      QStringLiteral("AWS::EC2::NetworkAcl"),
                                      QStringLiteral("AWS::EC2::SecurityGroup"),
                                      QStringLiteral("AWS::EC2::NatGateway"),
                                      QStringLiteral("AWS::EC2::VPCEndpoint"),
                                      QStringLiteral("AWS::EC2::Instance"),
                                      QStringLiteral("AWS::EC2::EIP"),
                                      QStringLiteral("AWS::EC2::FlowLog"),
                                      QStringLiteral("AWS::EC2::VPCPeeringConnection"),
                                      QStringLiteral("AWS::EC2::Route"),
                                      QStringLiteral("AWS::EC2::NetworkAclEntry"),
                                      QStringLiteral("AWS::EC2::SecurityGroupIngress"),
                                      QStringLiteral("AWS::EC2::SecurityGroupEgress"),
                                      QStringLiteral("AWS::EC2::SubnetRouteTableAssociation"),
                                      QStringLiteral("AWS::EC2::SubnetNetworkAclAssociation"),
                                      QStringLiteral("AWS::S3::BucketPolicy"),
                                      QStringLiteral("AWS::EC2::NetworkInterface")};
    // The VPCs' further blocks first: Fn::GetAtt VPC.Ipv6CidrBlocks reads them.
    const auto evaluate = [&](Resource &r) {
        current = &r;
        if (const YamlValue *p = r.definition->find(u"Properties"))
            if (std::optional<YamlValue> v = mEval.eval(*p))
                r.properties = std::move(*v);
    };
    for (Resource &r : mResources)
        if (r.type == QLatin1String("AWS::EC2::VPCCidrBlock")) {
            evaluate(r);
            mBlocksOf[textOf(r, "VpcId")].append(&r);
        }
    for (Resource &r : mResources)
        if (order.contains(r.type) && r.type != QLatin1String("AWS::EC2::VPCCidrBlock"))
            evaluate(r); // what is not modelled says nothing to the design
    current = nullptr;

    for (Resource &r : mResources)
        if (!order.contains(r.type))
            warn(&r, Tr::tr("%1 is not something the designer models; left out").arg(r.type));
    for (const QString &type : order)
        for (Resource &r : mResources)
            if (r.type == type)
                create(r); // by its type
    return true;
}

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

} // namespace

bool CfnImport::isTemplate(const QByteArray &data)
{
    return QRegularExpression(QStringLiteral("(^|\\n)\\s*\"?(Resources|AWSTemplateFormatVersion)\"?\\s*:"))
        .match(QString::fromUtf8(data.left(1 << 20)))
        .hasMatch();
}

CfnImport::Result CfnImport::read(const QList<QPair<QString, QByteArray>> &files, const CfnImport::Options &options)
{
    Result result;
    auto design = std::make_unique<Design>();
    Importer importer(*design, result.diagnostics, options);
    for (const auto &[file, data] : files)
        if (!importer.read(file, data))
            return result;
    // What the import gives must save and reopen; a design that would not is refused
    // here, with the reason, rather than written.
    const QByteArray saved = DesignFormat::write(*design);
    const LoadResult again = DesignFormat::read(saved, QStringLiteral("import.yaml"));
    if (!again.ok()) {
        result.diagnostics.append(
            {Diagnostic::Severity::Error, files.isEmpty() ? QString() : files.first().first, 0, 0,
             Tr::tr("the templates give a design that cannot be saved: %1").arg(again.firstError().message)});
        return result;
    }
    result.design = std::move(design);
    return result;
}
