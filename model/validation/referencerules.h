#pragma once

#include "rule.h"

/// reference-missing: every id an object names exists, is of a kind that fits, and (for
/// what a VPC holds) belongs to the same VPC. Typed, not through the property table,
/// because it runs over every reference of every object.
class ReferenceRules : public RuleSet
{
public:
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;
    void checkPeering(const ValidationContext &context, const PeeringConnection &peering,
                      FindingSink &sink) const override;
    void checkTopLevel(const ValidationContext &context, FindingSink &sink) const override;
};
