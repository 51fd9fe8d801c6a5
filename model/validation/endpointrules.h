#pragma once

#include "rule.h"

/// Rules about gateway and interface endpoints.
class EndpointRules : public RuleSet
{
public:
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;
};

/// Rules about flow logs.
class FlowLogRules : public RuleSet
{
public:
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;
};

/// Rules about endpoint and bucket policies: what AWS refuses, what the designer cannot judge.
class PolicyRules : public RuleSet
{
public:
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;
    void checkTopLevel(const ValidationContext &context, FindingSink &sink) const override;
};
