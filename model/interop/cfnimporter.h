#pragma once

// The importer of CloudFormation templates (cfnimport.cpp: reading and evaluating a
// template; cfnimportobjects.cpp: the design's objects from its resources). Internal.

#include "cfnimport.h"
#include "cfnintrinsics.h"

#include <QCoreApplication>

namespace CfnImportDetail {

using namespace CfnIntrinsics;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CfnImport)
};

inline const QString Meta = QStringLiteral("VpcDesigner");

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

} // namespace CfnImportDetail
