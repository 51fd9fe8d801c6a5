#include "designsearch.h"

#include <QCoreApplication>
#include <QSet>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesignSearch)
};

bool drawn(const Object &o)
{
    return o.kind != ObjectKind::Scenario && o.kind != ObjectKind::Flow;
}

/// The addresses an object holds itself (not those of its blocks).
QList<IpAddress> addressesOf(const Object &o)
{
    if (o.kind == ObjectKind::Instance) {
        const auto &i = static_cast<const Instance &>(o);
        return {i.privateIp, i.publicIp, i.ipv6};
    }
    if (o.kind == ObjectKind::NatGateway) {
        const auto &n = static_cast<const NatGateway &>(o);
        return {n.privateIp, n.publicIp};
    }
    return {};
}

QList<Cidr> blocksOf(const Object &o)
{
    if (o.kind == ObjectKind::Vpc) {
        const auto &v = static_cast<const Vpc &>(o);
        return v.cidrBlocks + v.ipv6CidrBlocks;
    }
    if (o.kind == ObjectKind::Subnet) {
        const auto &s = static_cast<const Subnet &>(o);
        return {s.cidr, s.ipv6Cidr};
    }
    return {};
}

} // namespace

QList<DesignSearch::Match> DesignSearch::find(const Design &design, const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return {};
    // Tiers: what holds or has the thing exactly, then what contains it, then the rest.
    QList<Match> tiers[3];
    if (const auto address = IpAddress::parse(QStringView(q))) {
        design.forEachObject([&](Object &o) {
            if (addressesOf(o).contains(*address))
                tiers[0].append({o.id, Tr::tr("has the address %1").arg(q)});
            for (const Cidr &c : blocksOf(o))
                if (c.isValid() && c.contains(*address))
                    tiers[o.kind == ObjectKind::Subnet ? 1 : 2].append(
                        {o.id, Tr::tr("%1 holds %2").arg(c.toString(), address->toString())});
        });
    } else if (const auto cidr = Cidr::parse(QStringView(q))) {
        design.forEachObject([&](Object &o) {
            for (const Cidr &c : blocksOf(o)) {
                if (!c.isValid() || c.family() != cidr->family())
                    continue;
                if (c.network() == cidr->network())
                    tiers[0].append({o.id, Tr::tr("has the block %1").arg(c.toString())});
                else if (cidr->contains(c))
                    tiers[1].append({o.id, Tr::tr("%1 lies in %2").arg(c.toString(), cidr->toString())});
                else if (c.contains(*cidr))
                    tiers[2].append({o.id, Tr::tr("%1 holds %2").arg(c.toString(), cidr->toString())});
                else
                    continue;
                break;
            }
            for (const IpAddress &a : addressesOf(o))
                if (a.isValid() && cidr->contains(a))
                    tiers[1].append({o.id, Tr::tr("%1 lies in %2").arg(a.toString(), cidr->toString())});
        });
    } else {
        design.forEachObject([&](Object &o) {
            if (!drawn(o))
                return;
            const QString name = objectNameOf(o);
            if (o.id.compare(q, Qt::CaseInsensitive) == 0 || name.compare(q, Qt::CaseInsensitive) == 0)
                tiers[0].append({o.id, Tr::tr("is called %1").arg(q)});
            else if (o.id.contains(q, Qt::CaseInsensitive))
                tiers[1].append({o.id, Tr::tr("id contains '%1'").arg(q)});
            else if (name.contains(q, Qt::CaseInsensitive))
                tiers[2].append({o.id, Tr::tr("name contains '%1'").arg(q)});
        });
    }
    QList<Match> out;
    QSet<QString> seen;
    for (const QList<Match> &tier : tiers)
        for (const Match &m : tier)
            if (!seen.contains(m.id)) {
                seen.insert(m.id);
                out.append(m);
            }
    return out;
}
