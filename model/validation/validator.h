#pragma once

#include "rule.h"

#include <memory>
#include <vector>

/// Runs the whole rule catalogue: over a whole design, or over one unit (a VPC, a
/// peering connection, the top level) for the incremental engine.
class Validator
{
public:
    Validator();
    ~Validator();

    /// Every rule, in catalogue order (RULES.md's, then ours).
    static const QList<const RuleInfo *> &catalogue();

    /// All findings of the design, sorted (see `sort`).
    FindingList validate(const Design &design) const;

    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingList &out) const;
    void checkPeering(const ValidationContext &context, const PeeringConnection &peering, FindingList &out) const;
    void checkTopLevel(const ValidationContext &context, FindingList &out) const;
    /// The intents (INTENTS.md), proved over every packet; a unit of their own, since an
    /// edit anywhere may change what reaches what.
    void checkIntents(const Design &design, FindingList &out) const;

    /// The stable order of findings: errors, warnings, infos; then by rule id, objects
    /// and message. It depends on nothing but the findings themselves.
    static void sort(FindingList &findings);

private:
    std::vector<std::unique_ptr<RuleSet>> mRuleSets;
};
