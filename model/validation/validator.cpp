#include "validator.h"

#include "catalogue.h"
#include "cidrrules.h"
#include "endpointrules.h"
#include "intentrules.h"
#include "peeringrules.h"
#include "referencerules.h"
#include "routerules.h"
#include "securityrules.h"
#include "validationcontext.h"

#include <algorithm>

Validator::Validator()
{
    mRuleSets.push_back(std::make_unique<ReferenceRules>());
    mRuleSets.push_back(std::make_unique<PeeringRules>());
    mRuleSets.push_back(std::make_unique<PeeringRouteRules>());
    mRuleSets.push_back(std::make_unique<CidrRules>());
    mRuleSets.push_back(std::make_unique<SubnetRules>());
    mRuleSets.push_back(std::make_unique<RouteRules>());
    mRuleSets.push_back(std::make_unique<EndpointRules>());
    mRuleSets.push_back(std::make_unique<PolicyRules>());
    mRuleSets.push_back(std::make_unique<SecurityGroupRules>());
    mRuleSets.push_back(std::make_unique<NetworkAclRules>());
    mRuleSets.push_back(std::make_unique<FlowLogRules>());
}

Validator::~Validator() = default;

const QList<const RuleInfo *> &Validator::catalogue()
{
    return Catalogue::all();
}

void Validator::checkVpc(const ValidationContext &context, const Vpc &vpc, FindingList &out) const
{
    FindingSink sink(out);
    for (const auto &set : mRuleSets)
        set->checkVpc(context, vpc, sink);
}

void Validator::checkPeering(const ValidationContext &context, const PeeringConnection &peering, FindingList &out) const
{
    FindingSink sink(out);
    for (const auto &set : mRuleSets)
        set->checkPeering(context, peering, sink);
}

void Validator::checkIntents(const Design &design, FindingList &out) const
{
    FindingSink sink(out);
    IntentRules::check(design, sink);
}

void Validator::checkTopLevel(const ValidationContext &context, FindingList &out) const
{
    FindingSink sink(out);
    for (const auto &set : mRuleSets)
        set->checkTopLevel(context, sink);
}

FindingList Validator::validate(const Design &design) const
{
    const ValidationContext context(design);
    FindingList findings;
    for (const Vpc *vpc : design.vpcs())
        checkVpc(context, *vpc, findings);
    for (const PeeringConnection *p : design.peerings())
        checkPeering(context, *p, findings);
    checkTopLevel(context, findings);
    checkIntents(design, findings);
    sort(findings);
    return findings;
}

void Validator::sort(FindingList &findings)
{
    std::sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        if (a.objects != b.objects)
            return a.objects < b.objects;
        return a.message < b.message;
    });
}
