#pragma once

#include "rule.h"

#include <memory>
#include <vector>

/// Runs the whole rule catalogue over a design and returns findings in a stable order.
class Validator
{
public:
    Validator();
    ~Validator();

    /// Every rule the validator runs, in catalogue order.
    QList<const RuleInfo *> catalogue() const;
    const std::vector<std::unique_ptr<RuleSet>> &ruleSets() const { return mRuleSets; }

    /// All findings of the design: errors first, then warnings, then infos; within a
    /// severity by rule id, then by where the first object stands in the file.
    FindingList validate(const Design &design) const;
    static void sort(FindingList &findings, const Design &design);

private:
    std::vector<std::unique_ptr<RuleSet>> mRuleSets;
};
