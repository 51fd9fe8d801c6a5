#pragma once

#include "cidr.h"

#include <QList>
#include <QString>

#include <optional>

/// AWS's published IPv4 ranges of the services that gateway endpoints reach (S3 and
/// DynamoDB), per commercial Region: resources/aws/service-ranges.txt, a dated copy of
/// ip-ranges.json, compiled into the program.
namespace AwsRanges {

/// The ranges of `service` ("s3", "dynamodb") in `region`, in address order: what the
/// Region's prefix list (pl-...) holds. Empty for another service or an unknown Region.
const QList<Cidr> &prefixes(const QString &service, const QString &region);

struct Owner
{
    QString service;
    QString region;
};
/// The service and Region whose ranges hold `address`, if any.
std::optional<Owner> ownerOf(const IpAddress &address);

/// The Regions of the copy, and its date (AWS's createDate).
QStringList regions();
QString copyDate();

} // namespace AwsRanges
