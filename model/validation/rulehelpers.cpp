#include "rulehelpers.h"

#include <algorithm>

namespace {

Cidr block(const char *text)
{
    return *Cidr::parse(std::string_view(text));
}

} // namespace

QList<Cidr> RuleHelpers::blocksOf(const Vpc &vpc)
{
    return vpc.cidrBlocks + vpc.ipv6CidrBlocks;
}

QString RuleHelpers::join(const QList<Cidr> &blocks)
{
    QStringList parts;
    for (const Cidr &c : blocks)
        parts.append(c.toString());
    return parts.join(QStringLiteral(", "));
}

QString RuleHelpers::withBlocks(const Vpc &vpc)
{
    return QStringLiteral("%1 (%2)").arg(vpc.id, join(blocksOf(vpc)));
}

bool RuleHelpers::isPrivate(const Cidr &c)
{
    static const Cidr v4[] = {block("10.0.0.0/8"), block("172.16.0.0/12"), block("192.168.0.0/16"),
                              block("100.64.0.0/10"), block("169.254.0.0/16")};
    static const Cidr v6[] = {block("fc00::/7"), block("fe80::/10")};
    if (c.isV4())
        return std::any_of(std::begin(v4), std::end(v4), [&](const Cidr &r) { return r.contains(c); });
    return std::any_of(std::begin(v6), std::end(v6), [&](const Cidr &r) { return r.contains(c); });
}

Cidr RuleHelpers::rfc1918RangeOf(const Cidr &c)
{
    static const Cidr ranges[] = {block("10.0.0.0/8"), block("172.16.0.0/12"), block("192.168.0.0/16")};
    for (const Cidr &r : ranges)
        if (r.contains(c))
            return r;
    return {};
}

QString RuleHelpers::serviceShortName(const QString &service)
{
    const QString lower = service.toLower();
    const qsizetype cut = std::max(lower.lastIndexOf(QLatin1Char('.')), lower.lastIndexOf(QLatin1Char(':')));
    return lower.mid(cut + 1);
}

bool RuleHelpers::routesTo(const RouteTable &table, const QString &targetId, bool defaultOnly)
{
    for (const Route &r : table.routes)
        if (r.target == targetId && (!defaultOnly || (r.destination.isV4() && r.destination.prefixLength() == 0)))
            return true;
    return false;
}

QList<const Subnet *> RuleHelpers::subnetsUsing(const Design &design, const Vpc &vpc, const RouteTable &table)
{
    QList<const Subnet *> out;
    for (const Subnet *s : vpc.subnetList())
        if (&design.routeTableOf(*s) == &table)
            out.append(s);
    return out;
}
