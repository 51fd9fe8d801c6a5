#pragma once

#include "design.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

/// CloudFormation templates (YAML with the short tags, or JSON) read into a design
/// (docs/cloudformation.md): the intrinsic functions evaluated, parameters from
/// `--parameter` or their defaults, conditions and mappings applied; every resource type of
/// a VPC network becomes its object; what the designer does not model is a warning with
/// its place, and the rest still loads.
namespace CfnImport {

struct Options
{
    QHash<QString, QString> parameters; // --parameter KEY=VALUE
    QString region;                     // empty: the template's (its metadata), else us-east-1
    QString account;                    // empty: the template's, else 123456789012
};

struct Result
{
    std::unique_ptr<Design> design; // null when nothing could be read
    DiagnosticList diagnostics;     // errors (design null) and warnings, with their places
};

/// Whether `data` looks like a CloudFormation template (it has `Resources` or
/// `AWSTemplateFormatVersion` at its top).
bool isTemplate(const QByteArray &data);

/// Reads templates into one design: several are the stacks of one network (an export's
/// accounts and regions), and references between them are by id.
Result read(const QList<QPair<QString, QByteArray>> &files, const Options &options = {});

/// Reads the files at `paths` and imports them, as the CLI's `import` and File > Import
/// do: CloudFormation templates, or AWS CLI describe output (AwsDescribe), not both. A file
/// that cannot be read, is too large, or is neither is an error (with its place).
Result readFiles(const QStringList &paths, const Options &options = {});

/// Hands `design` over in `result` when it saves and reopens; otherwise adds an error (at
/// `file`) saying why, and the design is dropped: an import never gives a file that cannot
/// be opened. Both readers end with it.
void settle(std::unique_ptr<Design> design, const QString &file, Result &result);

/// The AZ names `Fn::GetAZs` gives for a region, in order (docs/cloudformation.md).
QStringList availabilityZones(const QString &region);

} // namespace CfnImport
