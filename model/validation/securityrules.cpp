#include "securityrules.h"

#include "catalogue.h"
#include "validationcontext.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecurityRules)
};

void checkReference(const ValidationContext &context, const Vpc &vpc, const SecurityGroup &g, const SgRule &r,
                    bool ingress, FindingSink &sink)
{
    if (!r.isGroupReference() || r.isPrefixList())
        return; // prefix lists are AWS's, not the design's
    const Design &design = context.design();
    const auto *target = design.find<SecurityGroup>(r.group, ObjectKind::SecurityGroup);
    if (!target)
        return; // reference-missing says so
    const Vpc *home = design.vpcOf(*target);
    if (!home || home == &vpc)
        return;
    const QString direction = ingress ? Tr::tr("an ingress rule") : Tr::tr("an egress rule");
    if (!context.peersOf(vpc.id).contains(home)) {
        sink.add(Catalogue::SgReferenceUnreachable, {g.id, r.group, home->id},
                 Tr::tr("%1 has %2 naming %3, a group of %4, but %4 is not peered with %5 (by an "
                        "active peering); a rule can name groups of its own VPC or of a peered "
                        "VPC only. Peer the VPCs, or name %4's addresses (%6) instead.")
                     .arg(g.id, direction, r.group, home->id, vpc.id,
                          home->cidrBlocks.isEmpty() ? QString() : home->cidrBlocks.first().toString()));
        return;
    }
    if (home->region != vpc.region)
        sink.add(Catalogue::SgReferenceCrossRegion, {g.id, r.group, home->id},
                 Tr::tr("%1 (in %2, %3) has %4 naming %5 of the peered VPC %6 in %7; AWS lets "
                        "rules name groups across a peering only within one region. Name %6's "
                        "addresses (%8) instead.")
                     .arg(g.id, vpc.id, vpc.region, direction, r.group, home->id, home->region,
                          home->cidrBlocks.isEmpty() ? QString() : home->cidrBlocks.first().toString()));
}

/// The decision of one direction of an ACL for a packet: the deciding rule, or nullptr
/// for the final deny-all.
const NaclRule *decide(const QList<const NaclRule *> &ordered, int protocol, const IpAddress &peer, int port)
{
    for (const NaclRule *r : ordered) {
        if (!r->protocol.matches(protocol) || !r->cidr.contains(peer))
            continue;
        if (r->protocol.hasPorts() && port >= 0 && !r->ports.contains(port))
            continue;
        return r;
    }
    return nullptr;
}

QList<const NaclRule *> ordered(const NaclRuleList &rules)
{
    QList<const NaclRule *> out;
    for (const NaclRule &r : rules)
        out.append(&r);
    std::stable_sort(out.begin(), out.end(),
                     [](const NaclRule *a, const NaclRule *b) { return a->number < b->number; });
    return out;
}

/// Addresses of a block to try: near its start, middle and end.
QList<IpAddress> samples(const Cidr &block)
{
    const Cidr n = block.network();
    const u128 size = n.size();
    QList<IpAddress> out;
    for (u128 offset : {u128(size > 2 ? 1 : 0), size / 2, size > 2 ? size - 2 : size - 1})
        if (auto a = n.first().plus(offset); a && !out.contains(*a))
            out.append(*a);
    return out;
}

/// A rule that lets a service in (or out): its answers travel the other way, on ephemeral
/// ports (or, for ICMP, as other ICMP types).
bool isServiceRule(const NaclRule &r)
{
    if (!r.allow)
        return false;
    if (r.protocol.number() == Protocol::Icmp || r.protocol.number() == Protocol::Icmpv6)
        return true;
    // A wide range from 1024 up is a range of ephemeral ports: answers, not a service.
    const bool ephemeral = r.ports.from >= 1024 && r.ports.to - r.ports.from >= 1000;
    return r.protocol.hasPorts() && !ephemeral && !r.ports.contains(32768) && !r.ports.contains(61000);
}

/// Every address of `block` where the decision of `rules` can change (each rule's block
/// starts, ends, and the addresses around), with the block's own ends: the decision is the
/// same between two neighbours, so these answer for the whole block.
QList<IpAddress> boundaryAddresses(const Cidr &block, const QList<const NaclRule *> &rules)
{
    QList<IpAddress> out = samples(block);
    QSet<QString> seen; // addresses as text: a set, so that many rules stay cheap
    for (const IpAddress &a : out)
        seen.insert(a.toString());
    const Cidr n = block.network();
    const auto add = [&](const std::optional<IpAddress> &a) {
        if (a && n.contains(*a) && !seen.contains(a->toString())) {
            seen.insert(a->toString());
            out.append(*a);
        }
    };
    add(n.first());
    add(n.last());
    for (const NaclRule *r : rules) {
        if (!r->cidr.isValid() || r->cidr.isV4() != n.isV4() || !r->cidr.overlaps(n))
            continue;
        const Cidr c = r->cidr.network();
        add(c.first());
        add(c.last());
        if (c.last().value() < c.last().maxValue())
            add(c.last().plus(1));
        if (c.first().value() > 0)
            add(c.first().isV4() ? IpAddress::v4(quint32(c.first().value() - 1))
                                 : IpAddress::v6(c.first().value() - 1));
    }
    return out;
}

/// Every ephemeral port (1024-65535: Linux, Windows, NAT gateways, load balancers) where
/// the decision of `rules` can change.
QList<int> boundaryPorts(const QList<const NaclRule *> &rules)
{
    QList<int> out{1024, 32768, 49152, 61000, 65535};
    for (const NaclRule *r : rules) {
        if (!r->protocol.hasPorts())
            continue;
        for (int p : {r->ports.from - 1, r->ports.from, r->ports.to, r->ports.to + 1})
            if (p >= 1024 && p <= 65535 && !out.contains(p))
                out.append(p);
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// For each service rule of `from`, are its answers let through by `back`? Every answer
/// is tried where the decision can change, so "every answer" is said only when true, and a
/// deny rule that stops answers an allow rule would let through is named.
void checkReturn(const NetworkAcl &acl, const NaclRuleList &from, const NaclRuleList &back, bool inbound,
                 FindingSink &sink)
{
    const QList<const NaclRule *> backOrdered = ordered(back);
    const QList<int> ports = boundaryPorts(backOrdered);
    for (const NaclRule &r : from) {
        if (!isServiceRule(r))
            continue;
        const bool icmp = !r.protocol.hasPorts();
        int tried = 0, refused = 0;
        QString example;
        const NaclRule *shadowing = nullptr; // a deny before an allow that would have matched
        // Enough is known once some answers pass, some are stopped and a shadowing deny is
        // named: the rest would not change the message.
        const auto settled = [&] { return refused > 0 && refused < tried && shadowing; };
        for (const IpAddress &a : boundaryAddresses(r.cidr, backOrdered)) {
            if (settled())
                break;
            for (int port : ports) {
                if (settled())
                    break;
                ++tried;
                const int p = icmp ? -1 : port;
                const NaclRule *d = decide(backOrdered, r.protocol.number(), a, p);
                if (d && d->allow)
                    continue;
                ++refused;
                if (example.isEmpty())
                    example = icmp ? a.toString() : QStringLiteral("%1 port %2").arg(a.toString()).arg(port);
                if (d && !shadowing) {
                    // Would a later rule have allowed it?
                    QList<const NaclRule *> after = backOrdered.mid(backOrdered.indexOf(d) + 1);
                    if (const NaclRule *next = decide(after, r.protocol.number(), a, p); next && next->allow)
                        shadowing = d;
                }
                if (icmp)
                    break;
            }
        }
        if (refused == 0)
            continue;
        const QString what =
            icmp ? r.protocol.toString() : QStringLiteral("%1/%2").arg(r.protocol.toString(), r.ports.toString());
        QString share =
            refused == tried ? Tr::tr("every answer") : Tr::tr("some answers (such as those to %1)").arg(example);
        if (shadowing)
            share += Tr::tr(" (%1 rule %2 denies them before a later rule would allow them)")
                         .arg(inbound ? Tr::tr("egress") : Tr::tr("ingress"))
                         .arg(shadowing->number);
        if (icmp) {
            // ICMP has no ports: its answers are other ICMP types (echo reply, 0; ICMPv6 129).
            const QString reply = r.protocol.number() == Protocol::Icmpv6 ? Tr::tr("ICMPv6 echo replies (type 129)")
                                                                          : Tr::tr("ICMP echo replies (type 0)");
            sink.add(Catalogue::NaclBlocksReturn, {acl.id},
                     inbound ? Tr::tr("%1's ingress rule %2 lets %3 in from %4, but its egress rules stop %5: "
                                      "network ACLs are stateless, so each answer needs its own rule. Allow %6 to "
                                      "%4 in the egress rules.")
                                   .arg(acl.id)
                                   .arg(r.number)
                                   .arg(what, r.cidr.toString(), share, reply)
                             : Tr::tr("%1's egress rule %2 lets %3 out to %4, but its ingress rules stop %5 "
                                      "coming back: network ACLs are stateless, so answers need their own rule. "
                                      "Allow %6 from %4 in the ingress rules.")
                                   .arg(acl.id)
                                   .arg(r.number)
                                   .arg(what, r.cidr.toString(), share, reply));
            continue;
        }
        sink.add(Catalogue::NaclBlocksReturn, {acl.id},
                 inbound ? Tr::tr("%1's ingress rule %2 lets %3 in from %4, but its egress rules "
                                  "stop %5: network ACLs are stateless, so each answer needs "
                                  "its own rule. Allow %6 to %4 on the clients' ephemeral ports "
                                  "(1024-65535 covers Linux, Windows, NAT gateways and load "
                                  "balancers) in the egress rules.")
                               .arg(acl.id)
                               .arg(r.number)
                               .arg(what, r.cidr.toString(), share, r.protocol.toString())
                         : Tr::tr("%1's egress rule %2 lets %3 out to %4, but its ingress rules "
                                  "stop %5 coming back: network ACLs are stateless, so answers need "
                                  "their own rule. Allow %6 from %4 on ephemeral ports "
                                  "(1024-65535) in the ingress rules.")
                               .arg(acl.id)
                               .arg(r.number)
                               .arg(what, r.cidr.toString(), share, r.protocol.toString()));
    }
}

void checkNumbers(const NetworkAcl &acl, const NaclRuleList &rules, const char *directionText, FindingSink &sink)
{
    QSet<int> seen;
    for (const NaclRule &r : rules) {
        const auto direction = [&] { return Tr::tr(directionText); };
        if (r.number < 1 || r.number > 32766)
            sink.add(Catalogue::NaclRuleNumber, {acl.id},
                     Tr::tr("%1 has %2 rule number %3; rule numbers run from 1 to 32766 (32767 "
                            "and * are AWS's final deny). Renumber it.")
                         .arg(acl.id, direction())
                         .arg(r.number));
        if (seen.contains(r.number))
            sink.add(Catalogue::NaclRuleNumber, {acl.id},
                     Tr::tr("%1 has two %2 rules numbered %3; a number orders one rule. Renumber "
                            "one (leave gaps of 10 or 100 for later rules).")
                         .arg(acl.id, direction())
                         .arg(r.number));
        seen.insert(r.number);
    }
}

} // namespace

void SecurityGroupRules::checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const
{
    for (const SecurityGroup *g : vpc.securityGroupList()) {
        for (const SgRule &r : g->ingress)
            checkReference(context, vpc, *g, r, true, sink);
        if (g->egress)
            for (const SgRule &r : *g->egress)
                checkReference(context, vpc, *g, r, false, sink);
        for (const auto &[count, direction] :
             {std::pair{g->ingress.size(), QT_TRANSLATE_NOOP("SecurityRules", "ingress")},
              std::pair{g->egress ? g->egress->size() : 0, QT_TRANSLATE_NOOP("SecurityRules", "egress")}}) {
            if (count > 60)
                sink.add(Catalogue::SgRuleQuota, {g->id},
                         Tr::tr("%1 has %2 %3 rules; AWS allows 60 per direction by default (the "
                                "quota can be raised, but groups × rules per interface is capped "
                                "at 1,000). Merge rules with wider blocks or split the group.")
                             .arg(g->id)
                             .arg(count)
                             .arg(Tr::tr(direction)));
        }
    }
}

void NetworkAclRules::checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const
{
    const Design &design = context.design();
    QSet<const NetworkAcl *> used;
    for (const Subnet *s : vpc.subnetList())
        used.insert(&design.networkAclOf(*s));
    for (const NetworkAcl *a : vpc.networkAclList()) {
        checkNumbers(*a, a->ingress, QT_TRANSLATE_NOOP("SecurityRules", "ingress"), sink);
        checkNumbers(*a, a->egress, QT_TRANSLATE_NOOP("SecurityRules", "egress"), sink);
        if (!used.contains(a))
            continue; // no subnet uses it: no traffic to trap
        checkReturn(*a, a->ingress, a->egress, true, sink);
        checkReturn(*a, a->egress, a->ingress, false, sink);
    }
}
