#pragma once

#include "yamlvalue.h"

#include <QHash>
#include <QList>
#include <QString>

/// An IAM-style resource policy (an endpoint's or a bucket's), evaluated as AWS does for
/// one request: an explicit Deny wins, then an Allow, and no Allow is a deny. Statements
/// match by Effect, Principal, Action or NotAction, Resource or NotResource (with * and ?
/// wildcards) and Condition, with the operators and keys that VPC designs use:
/// StringEquals, StringNotEquals, StringLike, StringNotLike, ArnEquals, ArnLike,
/// IpAddress, NotIpAddress, Bool (each also ...IfExists) on aws:SourceVpce,
/// aws:SourceVpc, aws:SourceIp, aws:VpcSourceIp, aws:PrincipalAccount,
/// aws:SecureTransport.
namespace Policy {

struct Request
{
    QString action = QStringLiteral("s3:GetObject");
    QString resource;  // an ARN such as arn:aws:s3:::reports/key; empty: not known, taken to
                       // be one the policy names (Resource matches, NotResource leaves it out)
    QString principal; // an ARN such as arn:aws:iam::111122223333:root
    /// The condition keys the path sets, by their lower-case names (aws:sourcevpce...).
    /// A key absent here is absent for the request (an ...IfExists test passes).
    QHash<QString, QString> context;
};

struct Decision
{
    enum class Effect { Allow, ExplicitDeny, ImplicitDeny };
    Effect effect = Effect::ImplicitDeny;
    QString statement; // the deciding statement: its Sid, or "statement N" (1-based)
    int index = -1;    // its place in the policy's statements (-1: none allowed)
    bool allowed() const { return effect == Effect::Allow; }
};

/// The decision for `request`. A null policy (none written) allows everything, as AWS's
/// default full-access endpoint policy does.
Decision evaluate(const YamlValue &policy, const Request &request);

/// What the designer finds in a policy before any request: what AWS would refuse when the
/// policy is attached (`refused`), and what the designer cannot judge (`refused` false:
/// a condition operator it does not evaluate, a key it never sets), so that a verdict
/// through that statement may differ from AWS's.
struct Problem
{
    int statement = -1; // 0-based; -1: the policy as a whole
    bool refused = false;
    QString text; // translated, without the statement's name
};
QList<Problem> check(const YamlValue &policy);

/// The condition keys the designer sets on requests (lower case).
bool knownConditionKey(const QString &key);

/// The Sid of statement `index` (0-based), or empty when it has none.
QString sid(const YamlValue &policy, int index);
/// The statement's Sid, or "statement N" (1-based): how findings and drops name it.
QString statementName(const YamlValue &policy, int index);

/// Whether `text` matches `pattern` with * (any run) and ? (one character), case-sensitive
/// (the matching of actions is case-insensitive: the caller lowers both).
bool wildcardMatch(QStringView pattern, QStringView text);

} // namespace Policy
