#include "policy.h"

#include "cidr.h"

#include <QCoreApplication>

namespace {

/// The value's strings: a scalar is one, a sequence its scalars.
QStringList strings(const YamlValue &v)
{
    if (v.type == YamlValue::Type::Scalar)
        return {v.scalar};
    QStringList out;
    if (v.type == YamlValue::Type::Sequence)
        for (const YamlValue &item : v.items)
            if (item.type == YamlValue::Type::Scalar)
                out.append(item.scalar);
    return out;
}

const YamlValue *entry(const YamlValue &map, QStringView key)
{
    if (map.type != YamlValue::Type::Mapping)
        return nullptr;
    for (const auto &[k, v] : map.entries)
        if (k == key)
            return &v;
    return nullptr;
}

bool anyMatches(const QStringList &patterns, const QString &text, bool caseInsensitive)
{
    const QString t = caseInsensitive ? text.toLower() : text;
    for (const QString &p : patterns)
        if (Policy::wildcardMatch(caseInsensitive ? p.toLower() : p, t))
            return true;
    return false;
}

/// Principal: "*", {AWS: "*" | ARN | account id | [...]}.
bool principalMatches(const YamlValue &principal, const QString &arn)
{
    const auto matchesOne = [&](const QString &p) {
        if (p == QLatin1String("*"))
            return true;
        if (p.size() == 12 && p.front().isDigit()) // an account id: any principal of it
            return arn.contains(QLatin1Char(':') + p + QLatin1Char(':'));
        // An account's root ARN stands for the whole account, as its id does.
        if (p.startsWith(QLatin1String("arn:")) && p.endsWith(QLatin1String(":root")) &&
            p.section(u':', 2, 2) == u"iam")
            return arn.section(u':', 4, 4) == p.section(u':', 4, 4);
        return Policy::wildcardMatch(p, arn);
    };
    if (principal.type == YamlValue::Type::Scalar)
        return matchesOne(principal.scalar);
    if (const YamlValue *aws = entry(principal, u"AWS"))
        for (const QString &p : strings(*aws))
            if (matchesOne(p))
                return true;
    return false;
}

/// One condition operator over its keys: all keys must hold (AND), any value of a key
/// may match (OR), as AWS evaluates conditions.
bool conditionHolds(QString op, const YamlValue &tests, const Policy::Request &request)
{
    bool ifExists = false;
    if (op.endsWith(QLatin1String("IfExists"))) {
        ifExists = true;
        op.chop(8);
    }
    if (tests.type != YamlValue::Type::Mapping)
        return false;
    for (const auto &[key, values] : tests.entries) {
        const auto it = request.context.constFind(key.toLower());
        const QStringList wanted = strings(values);
        if (it == request.context.constEnd()) {
            // An absent key: ...IfExists holds; the negated operators hold too (nothing to
            // be equal to), the others fail.
            const bool negated = op.startsWith(QLatin1String("StringNot")) || op == QLatin1String("NotIpAddress") ||
                                 op.startsWith(QLatin1String("ArnNot"));
            if (!(ifExists || negated))
                return false;
            continue;
        }
        const QString &have = *it;
        bool any = false;
        for (const QString &w : wanted) {
            if (op == QLatin1String("StringEquals") || op == QLatin1String("StringNotEquals") ||
                op == QLatin1String("ArnEquals") || op == QLatin1String("ArnNotEquals"))
                any |= have == w;
            else if (op == QLatin1String("StringEqualsIgnoreCase") || op == QLatin1String("StringNotEqualsIgnoreCase"))
                any |= have.compare(w, Qt::CaseInsensitive) == 0;
            else if (op == QLatin1String("StringLike") || op == QLatin1String("StringNotLike") ||
                     op == QLatin1String("ArnLike") || op == QLatin1String("ArnNotLike"))
                any |= Policy::wildcardMatch(w, have);
            else if (op == QLatin1String("IpAddress") || op == QLatin1String("NotIpAddress")) {
                const auto cidr = Cidr::parse(QStringView(
                    w.contains(QLatin1Char('/'))
                        ? w
                        : w + (w.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32"))));
                const auto address = IpAddress::parse(QStringView(have));
                any |= cidr && address && cidr->contains(*address);
            } else if (op == QLatin1String("Bool"))
                any |= have.compare(w, Qt::CaseInsensitive) == 0;
            else
                return false; // an operator this evaluator does not know matches nothing
        }
        const bool negated = op.contains(QLatin1String("Not"));
        if (negated ? any : !any)
            return false;
    }
    return true;
}

bool statementMatches(const YamlValue &s, const Policy::Request &request)
{
    if (const YamlValue *p = entry(s, u"Principal"); p && !principalMatches(*p, request.principal))
        return false;
    if (const YamlValue *p = entry(s, u"NotPrincipal"); p && principalMatches(*p, request.principal))
        return false;
    if (const YamlValue *a = entry(s, u"Action"); a && !anyMatches(strings(*a), request.action, true))
        return false;
    if (const YamlValue *a = entry(s, u"NotAction"); a && anyMatches(strings(*a), request.action, true))
        return false;
    if (!entry(s, u"Action") && !entry(s, u"NotAction"))
        return false; // a statement names its actions
    // A request that names no resource (a flow without a bucket) is taken to be for the
    // resources the policy names: Resource matches it, and NotResource leaves it out.
    if (const YamlValue *r = entry(s, u"Resource");
        r && !request.resource.isEmpty() && !anyMatches(strings(*r), request.resource, false))
        return false;
    if (const YamlValue *r = entry(s, u"NotResource");
        r && (request.resource.isEmpty() || anyMatches(strings(*r), request.resource, false)))
        return false;
    if (const YamlValue *c = entry(s, u"Condition")) {
        if (c->type != YamlValue::Type::Mapping)
            return false;
        for (const auto &[op, tests] : c->entries)
            if (!conditionHolds(op, tests, request))
                return false;
    }
    return true;
}

} // namespace

bool Policy::wildcardMatch(QStringView pattern, QStringView text)
{
    // Iterative, with one backtrack point: linear for the patterns policies use.
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

Policy::Decision Policy::evaluate(const YamlValue &policy, const Request &request)
{
    if (policy.isNull())
        return {Decision::Effect::Allow, {}, -1};
    const YamlValue *statements = entry(policy, u"Statement");
    std::vector<const YamlValue *> list;
    if (statements && statements->type == YamlValue::Type::Sequence)
        for (const YamlValue &s : statements->items)
            list.push_back(&s);
    else if (statements && statements->type == YamlValue::Type::Mapping)
        list.push_back(statements);
    const auto nameOf = [&](size_t i) {
        const YamlValue *sid = entry(*list[i], u"Sid");
        return sid && sid->type == YamlValue::Type::Scalar && !sid->scalar.isEmpty()
                   ? sid->scalar
                   : QCoreApplication::translate("Policy", "statement %1").arg(i + 1);
    };
    Decision allow;
    for (size_t i = 0; i < list.size(); ++i) {
        const YamlValue *effect = entry(*list[i], u"Effect");
        if (!effect || !statementMatches(*list[i], request))
            continue;
        if (effect->scalar == QLatin1String("Deny"))
            return {Decision::Effect::ExplicitDeny, nameOf(i), int(i)}; // an explicit deny wins
        if (effect->scalar == QLatin1String("Allow") && allow.effect != Decision::Effect::Allow)
            allow = {Decision::Effect::Allow, nameOf(i), int(i)};
    }
    return allow;
}
