#include "referencerules.h"

#include "catalogue.h"
#include "validationcontext.h"

#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceRules)
};

QString kindList(KindMask kinds)
{
    QStringList names;
    for (int k = 0; k < ObjectKindCount; ++k)
        if (kinds & kindBit(ObjectKind(k)))
            names.append(kindNameWithArticle(ObjectKind(k)));
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return Tr::tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

/// Checks that `holder`'s `key` naming `id` resolves to one of `kinds` (in the holder's
/// VPC when `vpc` is given).
class Checker
{
public:
    Checker(const Design &design, FindingSink &sink) : mDesign(design), mSink(sink) {}

    void check(const Object &holder, const char *key, const QString &id, KindMask kinds, const Vpc *vpc)
    {
        if (id.isEmpty())
            return;
        const Object *target = mDesign.find(id);
        if (target && (kinds & kindBit(target->kind)) &&
            (!vpc || !mDesign.vpcOf(*target) || mDesign.vpcOf(*target) == vpc))
            return; // the common case, without building any text
        const QString who = QStringLiteral("%1 %2").arg(kindName(holder.kind), holder.id);
        if (!target) {
            mSink.add(Catalogue::ReferenceMissing, {holder.id, id},
                      Tr::tr("%1 names '%2' in %3, but no object has that id; add it or correct "
                             "the id")
                          .arg(who, id, QLatin1String(key)));
            return;
        }
        if (!(kinds & kindBit(target->kind))) {
            mSink.add(Catalogue::ReferenceMissing, {holder.id, id},
                      Tr::tr("%1 names '%2' in %3, which is %4; %3 takes %5")
                          .arg(who, id, QLatin1String(key), kindNameWithArticle(target->kind), kindList(kinds)));
            return;
        }
        if (vpc) {
            const Vpc *theirs = mDesign.vpcOf(*target);
            if (theirs && theirs != vpc)
                mSink.add(Catalogue::ReferenceMissing, {holder.id, id},
                          Tr::tr("%1 names '%2' in %3, which belongs to %4, not %5; an object can "
                                 "use only what its own VPC holds")
                              .arg(who, id, QLatin1String(key), theirs->id, vpc->id));
        }
    }

private:
    const Design &mDesign;
    FindingSink &mSink;
};

constexpr KindMask Tables = kindBit(ObjectKind::RouteTable);
constexpr KindMask Acls = kindBit(ObjectKind::NetworkAcl);
constexpr KindMask Subnets = kindBit(ObjectKind::Subnet);
constexpr KindMask Groups = kindBit(ObjectKind::SecurityGroup);
constexpr KindMask RouteTargets = kindBit(ObjectKind::InternetGateway) |
                                  kindBit(ObjectKind::EgressOnlyInternetGateway) | kindBit(ObjectKind::NatGateway) |
                                  kindBit(ObjectKind::PeeringConnection) | kindBit(ObjectKind::Instance);

} // namespace

void ReferenceRules::checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const
{
    const Design &design = context.design();
    Checker c(design, sink);
    for (const Subnet *s : vpc.subnetList()) {
        c.check(*s, "route-table", s->routeTable, Tables, &vpc);
        c.check(*s, "network-acl", s->networkAcl, Acls, &vpc);
    }
    for (const RouteTable *t : vpc.routeTableList()) {
        for (const Route &r : t->routes) {
            const Object *target = design.find(r.target);
            // Internet gateways, missing or foreign, are route-igw-missing's.
            if ((!target && r.target.startsWith(QLatin1String("igw-"))) ||
                (target && target->kind == ObjectKind::InternetGateway))
                continue;
            if (target && target->kind == ObjectKind::PeeringConnection) {
                const auto *p = static_cast<const PeeringConnection *>(target);
                if (p->requester != vpc.id && p->accepter != vpc.id)
                    sink.add(Catalogue::ReferenceMissing, {t->id, r.target},
                             Tr::tr("route table %1 sends %2 to %3, which joins %4 and %5, not "
                                    "%6; a route can use only a peering of its own VPC")
                                 .arg(t->id, r.destinationText(), r.target, p->requester, p->accepter, vpc.id));
                continue;
            }
            c.check(*t, "routes", r.target, RouteTargets, &vpc);
        }
    }
    for (const SecurityGroup *g : vpc.securityGroupList()) {
        const auto checkRules = [&](const SgRuleList &rules, const char *key) {
            for (const SgRule &r : rules)
                if (r.isGroupReference() && !r.isPrefixList())
                    c.check(*g, key, r.group, Groups, nullptr); // peered VPCs: sg-reference-*
        };
        checkRules(g->ingress, "ingress");
        if (g->egress)
            checkRules(*g->egress, "egress");
    }
    for (const NatGateway *n : vpc.natGatewayList())
        c.check(*n, "subnet", n->subnet, Subnets, &vpc);
    for (const Endpoint *e : vpc.endpointList()) {
        for (const QString &id : e->routeTables)
            c.check(*e, "route-tables", id, Tables, &vpc);
        for (const QString &id : e->subnets)
            c.check(*e, "subnets", id, Subnets, &vpc);
        for (const QString &id : e->securityGroups)
            c.check(*e, "security-groups", id, Groups, &vpc);
    }
    for (const Instance *i : vpc.instanceList()) {
        c.check(*i, "subnet", i->subnet, Subnets, &vpc);
        for (const QString &id : i->securityGroups)
            c.check(*i, "security-groups", id, Groups, &vpc);
    }
}

void ReferenceRules::checkPeering(const ValidationContext &context, const PeeringConnection &p, FindingSink &sink) const
{
    Checker c(context.design(), sink);
    c.check(p, "requester", p.requester, kindBit(ObjectKind::Vpc), nullptr);
    c.check(p, "accepter", p.accepter, kindBit(ObjectKind::Vpc), nullptr);
}

void ReferenceRules::checkTopLevel(const ValidationContext &context, FindingSink &sink) const
{
    Checker c(context.design(), sink);
    const auto isId = [](const QString &text) {
        return !text.startsWith(QLatin1String("service:")) && !IpAddress::parse(QStringView(text));
    };
    // The ends `simulate` can send from and to: whatever has a network interface.
    constexpr KindMask FlowEnds =
        kindBit(ObjectKind::Instance) | kindBit(ObjectKind::NatGateway) | kindBit(ObjectKind::Endpoint);
    const auto checkEnd = [&](const Flow &f, const char *key, const QString &id) {
        if (!isId(id))
            return;
        const Object *o = context.design().find(id);
        if (!o) {
            c.check(f, key, id, FlowEnds, nullptr); // names nothing
            return;
        }
        if (o->kind == ObjectKind::Endpoint && static_cast<const Endpoint *>(o)->isGateway()) {
            sink.add(Catalogue::ReferenceMissing, {f.id, id},
                     Tr::tr("flow %1 names gateway endpoint %2 in %3, which has no address: a gateway endpoint "
                            "is a route to its service; name service:%4 instead")
                         .arg(f.id, id, QLatin1String(key), static_cast<const Endpoint *>(o)->service));
        } else if (!(FlowEnds & kindBit(o->kind))) {
            sink.add(Catalogue::ReferenceMissing, {f.id, id},
                     Tr::tr("flow %1 names '%2' in %3, which is %4; a flow starts and ends at an instance, a NAT "
                            "gateway, an interface endpoint, an address or service:NAME")
                         .arg(f.id, id, QLatin1String(key), kindNameWithArticle(o->kind)));
        }
    };
    for (const Scenario *s : context.design().scenarios()) {
        for (const Flow *f : s->flowList()) {
            checkEnd(*f, "from", f->from);
            checkEnd(*f, "to", f->to);
        }
    }
}
