#pragma once

#include "cfnimport.h"

/// What the AWS CLI's `aws ec2 describe-*` commands print, read into a design
/// (docs/cloudformation.md, "AWS CLI output"): several files in any order, for one or more
/// regions and accounts. AWS's ids become the design's ids, Name tags its names; the main
/// tables and default ACLs are marked, AWS's local routes and the routes a gateway
/// endpoint adds are not written twice, and managed prefix lists resolve to their service.
namespace AwsDescribe {

/// Whether `data` is describe output: a JSON object with a key such as `Vpcs`, `Subnets`
/// or `RouteTables` at its top.
bool isDescribeOutput(const QByteArray &data);

/// Reads the files into one design. `options.region` is the region for VPCs whose
/// subnets do not tell it (describe-vpcs does not say); `options.account` is unused (each
/// VPC's owner is in the output).
CfnImport::Result read(const QList<QPair<QString, QByteArray>> &files, const CfnImport::Options &options = {});

} // namespace AwsDescribe
