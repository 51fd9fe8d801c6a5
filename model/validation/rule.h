#pragma once

#include "finding.h"

class Design;
struct Vpc;
struct PeeringConnection;
class ValidationContext;

/// One entry of the rule catalogue (RULES.md): its stable id, severity and summary.
struct RuleInfo
{
    const char *id;
    Severity severity;
    const char *summary; // translated through QCoreApplication::translate("Rules", ...)
};

/// Collects findings for one unit of work.
class FindingSink
{
public:
    explicit FindingSink(FindingList &out) : mOut(out) {}
    void add(const RuleInfo &rule, QStringList objects, const QString &message)
    {
        add(rule, rule.severity, std::move(objects), message);
    }
    void add(const RuleInfo &rule, Severity severity, QStringList objects, const QString &message)
    {
        mOut.append({QLatin1String(rule.id), severity, std::move(objects), message});
    }
    void add(const RuleInfo &rule, QStringList objects, const QString &message, const Witness &witness)
    {
        mOut.append({QLatin1String(rule.id), rule.severity, std::move(objects), message, witness});
    }

private:
    FindingList &mOut;
};

/// A family of validation rules (PeeringRules, SubnetRules...). Rules are small and read
/// only. Each check belongs to one unit: a VPC (with everything it holds), a peering
/// connection, or the top level (scenarios). A VPC check may read beyond its VPC only
/// as far as the engine re-checks after an edit: its peers and their peers, and the
/// objects its references name.
class RuleSet
{
public:
    virtual ~RuleSet() = default;
    /// Checks that belong to one VPC and what it holds.
    virtual void checkVpc(const ValidationContext &, const Vpc &, FindingSink &) const {}
    /// Checks that belong to one peering connection.
    virtual void checkPeering(const ValidationContext &, const PeeringConnection &, FindingSink &) const {}
    /// Checks that belong to the top level (scenarios and their flows).
    virtual void checkTopLevel(const ValidationContext &, FindingSink &) const {}
};
