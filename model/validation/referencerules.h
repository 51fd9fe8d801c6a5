#pragma once

#include "rule.h"

/// reference-missing: every id an object names exists, is of a kind that fits, and
/// (for what a VPC holds) belongs to the same VPC.
class ReferenceRules : public RuleSet
{
public:
    static const RuleInfo ReferenceMissing;

    QList<const RuleInfo *> rules() const override { return {&ReferenceMissing}; }
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;
    void checkPeering(const ValidationContext &context, const PeeringConnection &peering,
                      FindingSink &sink) const override;
    void checkTopLevel(const ValidationContext &context, FindingSink &sink) const override;
};
