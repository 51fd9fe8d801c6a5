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
    return map.find(key);
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

/// The operator's base name, without ForAnyValue:/ForAllValues: and IfExists.
struct Operator
{
    QString base;
    bool ifExists = false;
    bool forAll = false;
};

Operator parseOperator(QString op)
{
    Operator o;
    if (op.startsWith(QLatin1String("ForAnyValue:"))) {
        op.remove(0, 12);
    } else if (op.startsWith(QLatin1String("ForAllValues:"))) {
        op.remove(0, 13);
        o.forAll = true;
    }
    if (op.endsWith(QLatin1String("IfExists"))) {
        o.ifExists = true;
        op.chop(8);
    }
    o.base = op;
    return o;
}

const QStringList &evaluatedOperators()
{
    static const QStringList ops{QStringLiteral("StringEquals"),
                                 QStringLiteral("StringNotEquals"),
                                 QStringLiteral("StringEqualsIgnoreCase"),
                                 QStringLiteral("StringNotEqualsIgnoreCase"),
                                 QStringLiteral("StringLike"),
                                 QStringLiteral("StringNotLike"),
                                 QStringLiteral("ArnEquals"),
                                 QStringLiteral("ArnNotEquals"),
                                 QStringLiteral("ArnLike"),
                                 QStringLiteral("ArnNotLike"),
                                 QStringLiteral("IpAddress"),
                                 QStringLiteral("NotIpAddress"),
                                 QStringLiteral("Bool"),
                                 QStringLiteral("Null")};
    return ops;
}

/// Operators of the IAM reference that the designer does not evaluate.
const QStringList &otherAwsOperators()
{
    static const QStringList ops{QStringLiteral("NumericEquals"),      QStringLiteral("NumericNotEquals"),
                                 QStringLiteral("NumericLessThan"),    QStringLiteral("NumericLessThanEquals"),
                                 QStringLiteral("NumericGreaterThan"), QStringLiteral("NumericGreaterThanEquals"),
                                 QStringLiteral("DateEquals"),         QStringLiteral("DateNotEquals"),
                                 QStringLiteral("DateLessThan"),       QStringLiteral("DateLessThanEquals"),
                                 QStringLiteral("DateGreaterThan"),    QStringLiteral("DateGreaterThanEquals"),
                                 QStringLiteral("BinaryEquals")};
    return ops;
}

/// One condition operator over its keys: all keys must hold (AND), any value of a key
/// may match (OR), as AWS evaluates conditions. The keys the designer sets are
/// single-valued: ForAnyValue: is the plain test, ForAllValues: holds for an absent key.
bool conditionHolds(const QString &name, const YamlValue &tests, const Policy::Request &request)
{
    const Operator op = parseOperator(name);
    if (tests.type != YamlValue::Type::Mapping || !evaluatedOperators().contains(op.base))
        return false; // not evaluated: the statement matches nothing (policy-not-evaluated says so)
    const bool negated = op.base.contains(QLatin1String("Not"));
    for (const auto &[key, values] : tests.entries) {
        const auto it = request.context.constFind(key.toLower());
        const QStringList wanted = strings(values);
        if (op.base == QLatin1String("Null")) {
            // "true": the key must be absent; "false": present.
            const bool absent = it == request.context.constEnd();
            bool any = false;
            for (const QString &w : wanted)
                any |= (w.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) == absent;
            if (!any)
                return false;
            continue;
        }
        if (it == request.context.constEnd()) {
            // An absent key: ...IfExists and ForAllValues: hold; the negated operators hold
            // too (nothing to be equal to); the others fail.
            if (!(op.ifExists || op.forAll || negated))
                return false;
            continue;
        }
        const QString &have = *it;
        const QString &b = op.base;
        bool any = false;
        for (const QString &w : wanted) {
            if (b == QLatin1String("StringEquals") || b == QLatin1String("StringNotEquals") ||
                b == QLatin1String("ArnEquals") || b == QLatin1String("ArnNotEquals"))
                any |= have == w;
            else if (b == QLatin1String("StringEqualsIgnoreCase") || b == QLatin1String("StringNotEqualsIgnoreCase"))
                any |= have.compare(w, Qt::CaseInsensitive) == 0;
            else if (b == QLatin1String("StringLike") || b == QLatin1String("StringNotLike") ||
                     b == QLatin1String("ArnLike") || b == QLatin1String("ArnNotLike"))
                any |= Policy::wildcardMatch(w, have);
            else if (b == QLatin1String("IpAddress") || b == QLatin1String("NotIpAddress")) {
                const auto cidr = Cidr::parse(QStringView(
                    w.contains(QLatin1Char('/'))
                        ? w
                        : w + (w.contains(QLatin1Char(':')) ? QStringLiteral("/128") : QStringLiteral("/32"))));
                const auto address = IpAddress::parse(QStringView(have));
                any |= cidr && address && cidr->contains(*address);
            } else if (b == QLatin1String("Bool"))
                any |= have.compare(w, Qt::CaseInsensitive) == 0;
        }
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
    const auto nameOf = [&](size_t i) { return statementName(policy, int(i)); };
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

bool Policy::knownConditionKey(const QString &key)
{
    static const QStringList keys{QStringLiteral("aws:sourcevpce"),       QStringLiteral("aws:sourcevpc"),
                                  QStringLiteral("aws:sourceip"),         QStringLiteral("aws:vpcsourceip"),
                                  QStringLiteral("aws:principalaccount"), QStringLiteral("aws:principalarn"),
                                  QStringLiteral("aws:securetransport")};
    return keys.contains(key.toLower());
}

QList<Policy::Problem> Policy::check(const YamlValue &policy)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Policy", text); };
    QList<Problem> out;
    if (policy.isNull())
        return out;
    const YamlValue *statements = entry(policy, u"Statement");
    if (!statements ||
        (statements->type != YamlValue::Type::Sequence && statements->type != YamlValue::Type::Mapping)) {
        out.append({-1, true, tr("it has no Statement list")});
        return out;
    }
    std::vector<const YamlValue *> list;
    if (statements->type == YamlValue::Type::Sequence)
        for (const YamlValue &s : statements->items)
            list.push_back(&s);
    else
        list.push_back(statements);
    for (size_t i = 0; i < list.size(); ++i) {
        const YamlValue &s = *list[i];
        const int n = int(i);
        if (s.type != YamlValue::Type::Mapping) {
            out.append({n, true, tr("a statement is a mapping of Effect, Action, Resource...")});
            continue;
        }
        const YamlValue *effect = entry(s, u"Effect");
        if (!effect || (effect->scalar != QLatin1String("Allow") && effect->scalar != QLatin1String("Deny")))
            out.append({n, true, tr("its Effect must be Allow or Deny")});
        const bool action = entry(s, u"Action"), notAction = entry(s, u"NotAction");
        if (action == notAction)
            out.append({n, true, tr("it needs exactly one of Action and NotAction")});
        if (entry(s, u"Resource") && entry(s, u"NotResource"))
            out.append({n, true, tr("it has both Resource and NotResource")});
        const YamlValue *condition = entry(s, u"Condition");
        if (!condition)
            continue;
        if (condition->type != YamlValue::Type::Mapping) {
            out.append({n, true, tr("its Condition must map operators to keys")});
            continue;
        }
        for (const auto &[name, tests] : condition->entries) {
            const Operator op = parseOperator(name);
            if (otherAwsOperators().contains(op.base)) {
                out.append({n, false,
                            QCoreApplication::translate("Policy", "the designer does not evaluate the condition "
                                                                  "operator %1: the statement is taken as not matching")
                                .arg(name)});
                continue;
            }
            if (!evaluatedOperators().contains(op.base)) {
                out.append(
                    {n, true, QCoreApplication::translate("Policy", "there is no condition operator %1").arg(name)});
                continue;
            }
            if (tests.type != YamlValue::Type::Mapping) {
                out.append(
                    {n, true,
                     QCoreApplication::translate("Policy", "the condition %1 must map keys to values").arg(name)});
                continue;
            }
            for (const auto &[key, values] : tests.entries)
                if (!knownConditionKey(key))
                    out.append({n, false,
                                QCoreApplication::translate("Policy", "the designer never sets the condition key "
                                                                      "%1: it is taken as absent")
                                    .arg(key)});
        }
    }
    return out;
}

QString Policy::sid(const YamlValue &policy, int index)
{
    const YamlValue *list = policy.find(u"Statement");
    const YamlValue *statement = nullptr;
    if (list && list->type == YamlValue::Type::Sequence && index >= 0 && size_t(index) < list->items.size())
        statement = &list->items[size_t(index)];
    else if (list && list->type == YamlValue::Type::Mapping && index == 0)
        statement = list;
    const YamlValue *sid = statement ? statement->find(u"Sid") : nullptr;
    return sid && sid->type == YamlValue::Type::Scalar ? sid->scalar : QString();
}

QString Policy::statementName(const YamlValue &policy, int index)
{
    const QString s = sid(policy, index);
    return !s.isEmpty() ? s : QCoreApplication::translate("Policy", "statement %1").arg(index + 1);
}
