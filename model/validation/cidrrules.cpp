#include "cidrrules.h"

#include "catalogue.h"
#include "rulehelpers.h"
#include "validationcontext.h"

#include <QCoreApplication>

#include <algorithm>

using namespace RuleHelpers;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CidrRules)
};

Cidr block(const char *text)
{
    return *Cidr::parse(std::string_view(text));
}

/// `where` names the field; it is translated only when there is something to report,
/// since this runs for every block in the design.
void hostBits(const QString &objectId, const char *where, const Cidr &c, FindingSink &sink, int ruleNumber = -1)
{
    if (!c.isValid() || !c.hasHostBits())
        return;
    const QString field = ruleNumber >= 0 ? Tr::tr("rule %1").arg(ruleNumber) : Tr::tr(where);
    sink.add(Catalogue::CidrHostBits, {objectId},
             Tr::tr("%1 has %2 in %3: its host bits are set, and AWS stores it as %4. Write %4 "
                    "so the design says what AWS will do.")
                 .arg(objectId, c.toString(), field, c.network().toString()));
}

/// Reports each pair of overlapping blocks once, by a sort and one sweep.
template <class Report> void sweepOverlaps(QList<std::pair<Cidr, QString>> blocks, Report report)
{
    std::sort(blocks.begin(), blocks.end(), [](const auto &a, const auto &b) {
        return a.first.first() < b.first.first() ||
               (a.first.first() == b.first.first() && a.first.last() > b.first.last());
    });
    // Keep the block reaching furthest so far; anything starting inside it overlaps it.
    qsizetype reach = -1;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Cidr &c = blocks[i].first;
        if (reach >= 0 && blocks[reach].first.family() == c.family() && c.first() <= blocks[reach].first.last()) {
            report(blocks[reach], blocks[i]);
            if (c.last() > blocks[reach].first.last())
                reach = i;
        } else {
            reach = i;
        }
    }
}

} // namespace

void CidrRules::checkVpc(const ValidationContext &, const Vpc &vpc, FindingSink &sink) const
{
    static const Cidr linkLocal = block("169.254.0.0/16");
    static const Cidr docker = block("172.17.0.0/16");
    for (const Cidr &c : vpc.cidrBlocks) {
        const Cidr n = c.network();
        if (c.prefixLength() < 16 || c.prefixLength() > 28)
            sink.add(Catalogue::VpcCidrSize, {vpc.id},
                     Tr::tr("%1's block %2 is a /%3; an IPv4 VPC block is /16 (65,536 addresses) "
                            "to /28 (16). Choose a block in that range.")
                         .arg(vpc.id, c.toString())
                         .arg(c.prefixLength()));
        if (linkLocal.overlaps(n))
            sink.add(Catalogue::VpcCidrReserved, {vpc.id},
                     Tr::tr("%1's block %2 lies in 169.254.0.0/16, the link-local range AWS keeps "
                            "for the instance metadata service and DNS; AWS refuses it. Use a "
                            "private range such as 10.0.0.0/8.")
                         .arg(vpc.id, c.toString()));
        else if (docker.overlaps(n))
            sink.add(Catalogue::VpcCidrReserved, Severity::Warning, {vpc.id},
                     Tr::tr("%1's block %2 overlaps 172.17.0.0/16, the default Docker bridge "
                            "network that some AWS services (SageMaker, Cloud9) use; they will "
                            "not reach those addresses. Prefer another range.")
                         .arg(vpc.id, c.toString()));
        hostBits(vpc.id, QT_TRANSLATE_NOOP("CidrRules", "cidr-blocks"), c, sink);
    }
    for (const Cidr &c : vpc.ipv6CidrBlocks)
        hostBits(vpc.id, QT_TRANSLATE_NOOP("CidrRules", "ipv6-cidr-blocks"), c, sink);
    if (vpc.cidrBlocks.size() > 5)
        sink.add(Catalogue::VpcCidrQuota, {vpc.id},
                 Tr::tr("%1 has %2 IPv4 blocks; the default quota is 5 per VPC (it can be raised "
                        "to 50). Request the increase before deploying.")
                     .arg(vpc.id)
                     .arg(vpc.cidrBlocks.size()));
    if (!vpc.cidrBlocks.isEmpty()) {
        const Cidr primaryRange = rfc1918RangeOf(vpc.cidrBlocks.first().network());
        for (qsizetype i = 1; i < vpc.cidrBlocks.size() && primaryRange.isValid(); ++i) {
            const Cidr range = rfc1918RangeOf(vpc.cidrBlocks[i].network());
            if (range.isValid() && range != primaryRange)
                sink.add(Catalogue::VpcCidrRfc1918Mix, {vpc.id},
                         Tr::tr("%1's primary block %2 is in %3, but its block %4 is in %5; AWS "
                                "refuses a secondary block from a different RFC 1918 range. Take "
                                "it from %3, or from 100.64.0.0/10 or a public range.")
                             .arg(vpc.id, vpc.cidrBlocks.first().toString(), primaryRange.toString(),
                                  vpc.cidrBlocks[i].toString(), range.toString()));
        }
    }
    checkRestrictedBlocks(vpc, sink);
    QList<std::pair<Cidr, QString>> blocks;
    for (const Cidr &c : blocksOf(vpc))
        blocks.append({c.network(), c.toString()});
    sweepOverlaps(blocks, [&](const auto &a, const auto &b) {
        sink.add(Catalogue::VpcCidrOverlap, {vpc.id},
                 Tr::tr("%1's blocks %2 and %3 overlap; AWS refuses a block that overlaps one the "
                        "VPC already has. Remove one or make them disjoint.")
                     .arg(vpc.id, a.second, b.second));
    });

    // Host bits anywhere else in the VPC.
    for (const Subnet *s : vpc.subnetList()) {
        hostBits(s->id, QT_TRANSLATE_NOOP("CidrRules", "cidr"), s->cidr, sink);
        hostBits(s->id, QT_TRANSLATE_NOOP("CidrRules", "ipv6-cidr"), s->ipv6Cidr, sink);
    }
    for (const RouteTable *t : vpc.routeTableList())
        for (const Route &r : t->routes)
            hostBits(t->id, QT_TRANSLATE_NOOP("CidrRules", "a route's destination"), r.destination, sink);
    for (const NetworkAcl *a : vpc.networkAclList())
        for (const NaclRuleList *rules : {&a->ingress, &a->egress})
            for (const NaclRule &r : *rules)
                hostBits(a->id, nullptr, r.cidr, sink, r.number);
    for (const SecurityGroup *g : vpc.securityGroupList()) {
        for (const SgRule &r : g->ingress)
            hostBits(g->id, QT_TRANSLATE_NOOP("CidrRules", "an ingress rule"), r.cidr, sink);
        if (g->egress)
            for (const SgRule &r : *g->egress)
                hostBits(g->id, QT_TRANSLATE_NOOP("CidrRules", "an egress rule"), r.cidr, sink);
    }
}

void CidrRules::checkRestrictedBlocks(const Vpc &vpc, FindingSink &sink)
{
    // AWS VPC User Guide, "IPv4 CIDR block association restrictions": what a VPC may add
    // depends on the range of its primary block. Mixing two RFC 1918 ranges has a rule of
    // its own (vpc-cidr-rfc1918-mix); these are the other rows of the table.
    if (vpc.cidrBlocks.size() < 2)
        return;
    static const Cidr aws = block("198.19.0.0/16");
    static const Cidr range172 = block("172.16.0.0/12");
    static const Cidr defaultVpc = block("172.31.0.0/16");
    static const Cidr ten15 = block("10.0.0.0/15");
    static const Cidr ten16 = block("10.0.0.0/16");
    const Cidr primary = vpc.cidrBlocks.first().network();
    const bool primaryPrivate = RuleHelpers::rfc1918RangeOf(primary).isValid();
    for (qsizetype i = 1; i < vpc.cidrBlocks.size(); ++i) {
        const Cidr c = vpc.cidrBlocks[i].network();
        if (!c.isV4())
            continue;
        QString why;
        if (c.overlaps(aws) && !aws.contains(primary)) {
            why = Tr::tr("a block from 198.19.0.0/16 is refused in every VPC whose primary block is not in that range");
        } else if (range172.contains(primary) && c.overlaps(defaultVpc)) {
            why = Tr::tr("a VPC whose primary block is in 172.16.0.0/12 cannot add a block from 172.31.0.0/16");
        } else if (!primaryPrivate && RuleHelpers::rfc1918RangeOf(c).isValid()) {
            why = Tr::tr("a VPC whose primary block is public, in 100.64.0.0/10 or in 198.19.0.0/16 cannot add a "
                         "block from an RFC 1918 range");
        } else if (ten16.contains(c)) {
            for (qsizetype j = 0; j < i && why.isEmpty(); ++j) {
                const Cidr earlier = vpc.cidrBlocks[j].network();
                if (ten15.contains(earlier) && !earlier.overlaps(ten16))
                    why = Tr::tr("once a VPC has a block from 10.0.0.0/15 (here %1), it cannot add one from "
                                 "10.0.0.0/16")
                              .arg(earlier.toString());
            }
        }
        if (why.isEmpty())
            continue;
        sink.add(Catalogue::VpcCidrRestricted, {vpc.id},
                 Tr::tr("%1 cannot add %2 to its primary block %3: %4 (AWS's association restrictions). Take the "
                        "block from a range the table permits, such as another part of the primary's range, "
                        "100.64.0.0/10 or a public range.")
                     .arg(vpc.id, vpc.cidrBlocks[i].toString(), vpc.cidrBlocks.first().toString(), why));
    }
}

void SubnetRules::checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const
{
    const Design &design = context.design();
    QList<std::pair<Cidr, QString>> blocks;
    for (const Subnet *s : vpc.subnetList()) {
        const Cidr c = s->cidr;
        if (c.isValid()) {
            if (!c.isV4())
                sink.add(Catalogue::SubnetCidrSize, {s->id, vpc.id},
                         Tr::tr("%1's cidr %2 is IPv6; a subnet's cidr is its IPv4 block (put IPv6 "
                                "in ipv6-cidr).")
                             .arg(s->id, c.toString()));
            else if (c.prefixLength() < 16 || c.prefixLength() > 28)
                sink.add(Catalogue::SubnetCidrSize, {s->id, vpc.id},
                         Tr::tr("%1's block %2 is a /%3; an IPv4 subnet is /16 to /28. Choose a "
                                "size in that range.")
                             .arg(s->id, c.toString())
                             .arg(c.prefixLength()));
            const bool inside = std::any_of(vpc.cidrBlocks.begin(), vpc.cidrBlocks.end(),
                                            [&](const Cidr &b) { return b.network().contains(c.network()); });
            if (!inside)
                sink.add(Catalogue::SubnetOutsideVpc, {s->id, vpc.id},
                         Tr::tr("%1's block %2 is not inside any block of %3 (%4); AWS creates "
                                "subnets only from their VPC's blocks. Pick a free block such as "
                                "one inside %5.")
                             .arg(s->id, c.toString(), vpc.id, join(vpc.cidrBlocks),
                                  vpc.cidrBlocks.isEmpty() ? QString() : vpc.cidrBlocks.first().toString()));
            blocks.append({c.network(), s->id});
        }
        if (s->ipv6Cidr.isValid()) {
            const Cidr c6 = s->ipv6Cidr;
            if (!c6.isV6() || c6.prefixLength() != 64)
                sink.add(Catalogue::SubnetCidrSize, {s->id, vpc.id},
                         Tr::tr("%1's IPv6 block %2 is not a /64; AWS gives every subnet exactly a "
                                "/64 of its VPC's /56.")
                             .arg(s->id, c6.toString()));
            const bool inside = std::any_of(vpc.ipv6CidrBlocks.begin(), vpc.ipv6CidrBlocks.end(),
                                            [&](const Cidr &b) { return b.network().contains(c6.network()); });
            if (!inside)
                sink.add(Catalogue::SubnetOutsideVpc, {s->id, vpc.id},
                         vpc.ipv6CidrBlocks.isEmpty()
                             ? Tr::tr("%1 has the IPv6 block %2, but %3 has no IPv6 block; add one "
                                      "to the VPC first.")
                                   .arg(s->id, c6.toString(), vpc.id)
                             : Tr::tr("%1's IPv6 block %2 is not inside %3's IPv6 block %4.")
                                   .arg(s->id, c6.toString(), vpc.id, join(vpc.ipv6CidrBlocks)));
            blocks.append({c6.network(), s->id});
        }
        // The AZ names the region and one letter or more: us-east-1a in us-east-1.
        const QStringView rest = QStringView(s->az).mid(vpc.region.size());
        const bool azOk = s->az.startsWith(vpc.region) && !rest.isEmpty() &&
                          std::all_of(rest.begin(), rest.end(),
                                      [](QChar ch) { return ch >= QLatin1Char('a') && ch <= QLatin1Char('z'); });
        if (!azOk)
            sink.add(Catalogue::SubnetAzRegion, {s->id, vpc.id},
                     Tr::tr("%1 is in AZ %2, which is not an AZ of %3's region %4; a subnet lives "
                            "in one AZ of its VPC's region, such as %4a.")
                         .arg(s->id, s->az, vpc.id, vpc.region));
    }
    // Overlaps by one sorted sweep, both families at once.
    sweepOverlaps(blocks, [&](const auto &first, const auto &second) {
        if (first.second == second.second)
            return;
        sink.add(Catalogue::SubnetOverlap, {second.second, first.second, vpc.id},
                 Tr::tr("%1 (%2) overlaps %3 (%4) in %5; subnets of a VPC must not share "
                        "addresses. Move %1 to a free block.")
                     .arg(second.second, second.first.toString(), first.second, first.first.toString(), vpc.id));
    });

    // Instance and NAT gateway addresses: inside the subnet, not reserved, used once
    // (duplicates found by sorting, not by a table).
    std::vector<std::pair<IpAddress, const Object *>> used;
    const auto checkAddress = [&](const Object &o, const QString &subnetId, const IpAddress &a, bool v6) {
        if (!a.isValid())
            return;
        const Subnet *s = design.findSubnet(subnetId);
        if (!s || design.vpcOf(*s) != &vpc)
            return; // reference-missing says so
        const Cidr block = v6 ? s->ipv6Cidr : s->cidr;
        if (!block.isValid() || !block.contains(a)) {
            sink.add(Catalogue::IpOutsideSubnet, {o.id, s->id},
                     block.isValid() ? Tr::tr("%1's address %2 is outside its subnet %3 (%4); AWS gives an "
                                              "interface an address of its own subnet. Use one from %5 to %6.")
                                           .arg(o.id, a.toString(), s->id, block.toString(),
                                                block.firstUsable().value_or(block.first()).toString(),
                                                block.lastUsable().value_or(block.last()).toString())
                                     : Tr::tr("%1 has the IPv6 address %2, but its subnet %3 has no IPv6 block.")
                                           .arg(o.id, a.toString(), s->id));
            return;
        }
        if (block.isReserved(a)) {
            sink.add(Catalogue::IpOutsideSubnet, {o.id, s->id},
                     Tr::tr("%1's address %2 is one of the five addresses AWS reserves in %3 (%4: "
                            "the network address, the VPC router, DNS, one for future use, and the "
                            "last); the first one an instance can have is %5.")
                         .arg(o.id, a.toString(), s->id, block.toString(),
                              block.firstUsable().value_or(block.first()).toString()));
            return;
        }
        used.emplace_back(a, &o);
    };
    for (const NatGateway *n : vpc.natGatewayList())
        checkAddress(*n, n->subnet, n->privateIp, false);
    for (const Instance *i : vpc.instanceList()) {
        checkAddress(*i, i->subnet, i->privateIp, false);
        checkAddress(*i, i->subnet, i->ipv6, true);
    }
    std::stable_sort(used.begin(), used.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    for (size_t k = 1; k < used.size(); ++k) {
        if (used[k].first != used[k - 1].first)
            continue;
        // The first holder keeps the address; each later one is told.
        size_t first = k - 1;
        while (first > 0 && used[first - 1].first == used[k].first)
            --first;
        const Object &o = *used[k].second;
        const Object &holder = *used[first].second;
        const QString subnet = o.kind == ObjectKind::Instance ? static_cast<const Instance &>(o).subnet
                                                              : static_cast<const NatGateway &>(o).subnet;
        sink.add(Catalogue::IpOutsideSubnet, {o.id, holder.id, subnet},
                 Tr::tr("%1 and %2 both have the address %3; an address belongs to one "
                        "interface. Give %1 another address of %4.")
                     .arg(o.id, holder.id, used[k].first.toString(), subnet));
    }
}
