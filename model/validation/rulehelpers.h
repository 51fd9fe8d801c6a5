#pragma once

#include "design.h"

#include <QStringList>

/// Small helpers the rule sets share for reading the design and writing messages.
namespace RuleHelpers {

/// Every block of a VPC (IPv4 first, then IPv6), as written.
QList<Cidr> blocksOf(const Vpc &vpc);
/// "10.0.0.0/16, 10.1.0.0/16"
QString join(const QList<Cidr> &blocks);
/// "vpc-a (10.0.0.0/16)"
QString withBlocks(const Vpc &vpc);
/// Whether every address of `block` is private: RFC 1918, 100.64.0.0/10 (shared), and
/// 169.254.0.0/16 for IPv4; fc00::/7 and fe80::/10 for IPv6.
bool isPrivate(const Cidr &block);
/// The RFC 1918 range holding `block` (10/8, 172.16/12, 192.168/16), or an invalid Cidr.
Cidr rfc1918RangeOf(const Cidr &block);
/// An endpoint service's short name, as the simulator reads it: s3 for s3, service:s3 and
/// com.amazonaws.us-east-1.s3.
QString serviceShortName(const QString &service);
/// Whether the table has a route to `targetId`; with `defaultOnly`, a 0.0.0.0/0 one.
bool routesTo(const RouteTable &table, const QString &targetId, bool defaultOnly = false);
/// The subnets of `vpc` that use `table` (explicitly, or as the main table).
QList<const Subnet *> subnetsUsing(const Design &design, const Vpc &vpc, const RouteTable &table);

} // namespace RuleHelpers
