#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class Design;

/// What `aws ec2 describe-*` would print for a design once deployed, one file per
/// command (describe-vpcs.json, ...), in the shapes of the AWS CLI's documentation: AWS's
/// local routes and final deny rules, main associations, the routes a gateway endpoint
/// adds, the allow-all egress of a group without rules out. For the import's round trip
/// test and its benchmark (docs/cloudformation.md).
QList<QPair<QString, QByteArray>> describeDump(const Design &design);
