#pragma once

#include "rule.h"

/// Rules about a VPC's own blocks (size, overlap, reserved ranges, quota, RFC 1918 mix)
/// and about CIDRs written with host bits anywhere in the VPC.
class CidrRules : public RuleSet
{
public:
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;

private:
    static void checkRestrictedBlocks(const Vpc &vpc, FindingSink &sink);
};

/// Rules about subnets and the addresses in them.
class SubnetRules : public RuleSet
{
public:
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;
};
