#pragma once

#include "design.h"

/// Find: which objects of a design a query names. An address finds what holds it (the
/// instance or NAT gateway with that address, the subnet and the VPC whose blocks
/// contain it), a CIDR the objects with that block and the subnets inside it, and any
/// other text the objects whose id or name contains it. Most specific first.
namespace DesignSearch {

struct Match
{
    QString id;
    QString reason; // for a tooltip: "holds 10.0.1.12", "name contains 'web'"
};

QList<Match> find(const Design &design, const QString &query);

} // namespace DesignSearch
