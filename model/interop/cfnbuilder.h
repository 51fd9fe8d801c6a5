#pragma once

// The builder of one CloudFormation template (cfnexport.cpp: the VPC and its network;
// cfnexportobjects.cpp: routes, groups, ACLs, endpoints, instances, flow logs, peerings).
// Internal to the exporter.

#include "cfnexport.h"
#include "cfntree.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace CfnExportDetail {

using namespace CfnTree;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CfnExport)
};

inline const QString Meta = QStringLiteral("VpcDesigner");

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

} // namespace CfnExportDetail
