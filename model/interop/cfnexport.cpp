#include "cfnexport.h"

#include "atomicwrite.h"
#include "cfnbuilder.h"
#include "jsonwriter.h"
#include "yamltext.h"

#include <QRegularExpression>

using namespace CfnTree;
using namespace CfnExportDetail;

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

namespace {

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
