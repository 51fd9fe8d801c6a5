#pragma once

#include "rule.h"

/// Rules about route tables and gateways: duplicate destinations, egress-only gateways
/// given IPv4, internet gateways of other VPCs, routes more specific than local, NAT
/// gateways that cannot reach the internet or serve several AZs, public addresses
/// without a way out.
class RouteRules : public RuleSet
{
public:
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;
};
