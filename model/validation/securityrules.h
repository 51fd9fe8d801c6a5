#pragma once

#include "rule.h"

/// Rules about security groups: references across VPCs and regions, rule quotas.
class SecurityGroupRules : public RuleSet
{
public:
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;
};

/// Rules about network ACLs: rule numbers, and the stateless return trap.
class NetworkAclRules : public RuleSet
{
public:
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;
};
