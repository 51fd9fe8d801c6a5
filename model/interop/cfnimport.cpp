#include "cfnimporter.h"

#include "awsdescribe.h"
#include "designformat.h"

#include <QFile>
#include <QRegularExpression>

using namespace CfnIntrinsics;
using namespace CfnImportDetail;

QString Importer::nameTag(const Resource &r) const
{
    const YamlValue *tags = prop(r, "Tags");
    for (const YamlValue &tag : tags ? items(*tags) : std::vector<YamlValue>{})
        if (const YamlValue *key = tag.find(u"Key"); key && text(*key) == QLatin1String("Name"))
            if (const YamlValue *value = tag.find(u"Value"))
                return text(*value);
    return {};
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
    settle(std::move(design), files.isEmpty() ? QString() : files.first().first, result);
    return result;
}

CfnImport::Result CfnImport::readFiles(const QStringList &paths, const Options &options)
{
    Result result;
    QList<QPair<QString, QByteArray>> files;
    qsizetype describe = 0; // files of AWS CLI describe output (the others are templates)
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > DesignFormat::MaxFileSize) {
            result.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0,
                                       file.isOpen() ? Tr::tr("larger than %1 MB").arg(DesignFormat::MaxFileSize >> 20)
                                                     : Tr::tr("cannot be read: %1").arg(file.errorString())});
            return result;
        }
        const QByteArray data = file.readAll();
        const bool isDescribe = AwsDescribe::isDescribeOutput(data);
        if (!isDescribe && !isTemplate(data)) {
            result.diagnostics.append({Diagnostic::Severity::Error, path, 1, 1,
                                       Tr::tr("neither a CloudFormation template (no Resources) nor AWS CLI describe "
                                              "output (no Vpcs, Subnets, RouteTables...)")});
            return result;
        }
        describe += isDescribe ? 1 : 0;
        files.append({path, data});
    }
    if (files.isEmpty()) {
        result.diagnostics.append({Diagnostic::Severity::Error, paths.join(QStringLiteral(", ")), 0, 0,
                                   Tr::tr("no template and no AWS CLI output to import")});
        return result;
    }
    if (describe > 0 && describe < files.size()) {
        result.diagnostics.append({Diagnostic::Severity::Error, files.first().first, 0, 0,
                                   Tr::tr("give CloudFormation templates or AWS CLI describe output, not both")});
        return result;
    }
    return describe > 0 ? AwsDescribe::read(files, options) : read(files, options);
}

void CfnImport::settle(std::unique_ptr<Design> design, const QString &file, Result &result)
{
    const QByteArray saved = DesignFormat::write(*design);
    const LoadResult again = DesignFormat::read(saved, QStringLiteral("import.yaml"));
    if (!again.ok()) {
        result.diagnostics.append(
            {Diagnostic::Severity::Error, file, 0, 0,
             Tr::tr("the import gives a design that cannot be saved: %1").arg(again.firstError().message)});
        return;
    }
    result.design = std::move(design);
}
