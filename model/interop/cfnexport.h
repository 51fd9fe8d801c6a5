#pragma once

#include "design.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// A design as CloudFormation: the templates that create it (docs/cloudformation.md).
///
/// One template per account and region the design's VPCs are in. What AWS decides itself
/// (the block of an Amazon-provided IPv6 range, an elastic IP's address, DNS resolution
/// over a peering) and what CloudFormation cannot say (which table is main, which ACL is
/// the default) is kept in each resource's `Metadata` under `VpcDesigner`, so that importing
/// the template gives the design back.
namespace CfnExport {

struct Template
{
    QString account;
    QString region;
    YamlValue body;       // the template as a tree (mappings keep their order)
    QStringList warnings; // what the template cannot carry, each with the object's id
};

/// The templates of `design`, in the order of its VPCs' first appearance per account and
/// region. A design without VPCs gives one empty template (only its buckets' policies).
std::vector<Template> build(const Design &design);

/// A template as YAML (long-form intrinsic functions, `Ref:` and `Fn::...:`) or as JSON,
/// byte-stable for one design.
QByteArray toYaml(const YamlValue &body);
QByteArray toJson(const YamlValue &body);

/// Writes the templates of `design` to `out` (.cfn.yaml, .cfn.yml or .cfn.json): one
/// template there, or with several accounts or regions `OUT-ACCOUNT-REGION.cfn.yaml` each.
/// Every file is written whole or not at all. False with `error` when one cannot be.
bool save(const Design &design, const QString &out, QStringList *written, QStringList *warnings, QString *error);

/// The logical id CloudFormation gets for a design id: its words capitalised and joined
/// (`subnet-app-a` gives `SubnetAppA`), unique within `taken`.
QString logicalId(const QString &id, QSet<QString> &taken);

} // namespace CfnExport
