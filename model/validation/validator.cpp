#include "validator.h"

#include "referencerules.h"
#include "validationcontext.h"

#include <algorithm>

Validator::Validator()
{
    mRuleSets.push_back(std::make_unique<ReferenceRules>());
}

Validator::~Validator() = default;

QList<const RuleInfo *> Validator::catalogue() const
{
    QList<const RuleInfo *> all;
    for (const auto &set : mRuleSets)
        all.append(set->rules());
    return all;
}

FindingList Validator::validate(const Design &design) const
{
    const ValidationContext context(design);
    FindingList findings;
    FindingSink sink(findings);
    for (const auto &set : mRuleSets) {
        for (const Vpc *vpc : design.vpcs())
            set->checkVpc(context, *vpc, sink);
        for (const PeeringConnection *p : design.peerings())
            set->checkPeering(context, *p, sink);
        set->checkTopLevel(context, sink);
    }
    sort(findings, design);
    return findings;
}

void Validator::sort(FindingList &findings, const Design &design)
{
    QHash<QString, int> order;
    int n = 0;
    design.forEachObject([&](Object &o) { order.insert(o.id, n++); });
    const auto position = [&](const Finding &f) {
        return f.objects.isEmpty() ? -1 : order.value(f.objects.front(), n);
    };
    std::stable_sort(findings.begin(), findings.end(), [&](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        const int pa = position(a), pb = position(b);
        if (pa != pb)
            return pa < pb;
        if (a.objects != b.objects)
            return a.objects < b.objects;
        return a.message < b.message;
    });
}
