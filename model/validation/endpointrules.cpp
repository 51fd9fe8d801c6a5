#include "endpointrules.h"

#include "catalogue.h"
#include "policy.h"
#include "rulehelpers.h"
#include "validationcontext.h"

#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointRules)
};

void checkInterface(const Design &design, const Vpc &vpc, const Endpoint &e, FindingSink &sink)
{
    QStringList vpcZones;
    for (const Subnet *s : vpc.subnetList())
        if (!vpcZones.contains(s->az))
            vpcZones.append(s->az);
    QHash<QString, QString> byZone; // AZ -> the endpoint's subnet there
    for (const QString &id : e.subnets) {
        const Subnet *s = design.findSubnet(id);
        if (!s || design.vpcOf(*s) != &vpc)
            continue; // reference-missing
        const auto it = byZone.constFind(s->az);
        if (it != byZone.constEnd()) {
            sink.add(Catalogue::InterfaceEndpointAzDuplicate, {e.id, s->id, *it},
                     Tr::tr("%1 has two subnets in %2 (%3 and %4); an interface endpoint takes at "
                            "most one subnet per AZ. Keep one of them.")
                         .arg(e.id, s->az, *it, s->id));
            continue;
        }
        byZone.insert(s->az, s->id);
    }
    if (byZone.size() == 1 && vpcZones.size() >= 2) {
        QStringList missing;
        for (const QString &z : vpcZones)
            if (!byZone.contains(z))
                missing.append(z);
        sink.add(Catalogue::InterfaceEndpointSingleAz, {e.id, byZone.constBegin().value()},
                 (missing.size() == 1 ? Tr::tr("%1 has an interface only in %2, while %3 has subnets in %4 too; if %2 "
                                               "fails, nothing in the VPC reaches %5 through it. Add a subnet of %4 "
                                               "to %1.")
                                      : Tr::tr("%1 has an interface only in %2, while %3 has subnets in %4 too; if %2 "
                                               "fails, nothing in the VPC reaches %5 through it. Add one subnet of "
                                               "each of %4 to %1."))
                     .arg(e.id, byZone.constBegin().key(), vpc.id, missing.join(QStringLiteral(", ")), e.service));
    }
    if (e.privateDns && (!vpc.dnsSupport || !vpc.dnsHostnames)) {
        QStringList off;
        if (!vpc.dnsSupport)
            off.append(QStringLiteral("dns-support"));
        if (!vpc.dnsHostnames)
            off.append(QStringLiteral("dns-hostnames"));
        sink.add(Catalogue::InterfaceEndpointPrivateDns, {e.id, vpc.id},
                 Tr::tr("%1 has private DNS on, but %2 has %3 off; AWS refuses private DNS for an "
                        "endpoint unless the VPC has both dns-support and dns-hostnames. Turn "
                        "them on, or private-dns off (and use the endpoint's own DNS names).")
                     .arg(e.id, vpc.id, off.join(Tr::tr(" and "))));
    }
}

void checkGateway(const Vpc &vpc, const Endpoint &e, FindingSink &sink)
{
    const QString service = RuleHelpers::serviceShortName(e.service);
    if (service != QLatin1String("s3") && service != QLatin1String("dynamodb"))
        sink.add(Catalogue::GatewayEndpointService, {e.id},
                 Tr::tr("%1 is a gateway endpoint for %2, but gateway endpoints exist only for s3 "
                        "and dynamodb. Make it an interface endpoint (PrivateLink) for %2.")
                     .arg(e.id, e.service));
    if (!e.serviceRegion.isEmpty() && e.serviceRegion != vpc.region)
        sink.add(Catalogue::GatewayEndpointCrossRegion, {e.id, vpc.id},
                 Tr::tr("%1 is for %2 in %3, but %4 is in %5; gateway endpoints reach services in "
                        "their own region only. Use %5, or reach %3 over the internet or an "
                        "interface endpoint there.")
                     .arg(e.id, e.service, e.serviceRegion, vpc.id, vpc.region));
    if (e.routeTables.isEmpty())
        sink.add(Catalogue::GatewayEndpointNoRouteTable, {e.id},
                 Tr::tr("%1 is associated with no route table, so no subnet sends %2 traffic "
                        "through it. Associate the route tables of the subnets that use %2.")
                     .arg(e.id, e.service));
}

/// The policy's findings, each naming its statement (Sid or number) and `owner`.
void checkPolicy(const YamlValue &policy, const QString &owner, const Bucket *bucket, FindingSink &sink)
{
    const auto statement = [&](int index) {
        if (index < 0)
            return Tr::tr("The policy of %1").arg(owner);
        const QString sid = Policy::sid(policy, index);
        return !sid.isEmpty() ? Tr::tr("Statement %1 of %2's policy").arg(sid, owner)
                              : Tr::tr("Statement %1 of %2's policy").arg(index + 1).arg(owner);
    };
    for (const Policy::Problem &p : Policy::check(policy)) {
        if (p.refused)
            sink.add(Catalogue::PolicyInvalid, {owner},
                     Tr::tr("%1 is refused by AWS: %2.").arg(statement(p.statement), p.text));
        else
            sink.add(Catalogue::PolicyNotEvaluated, {owner},
                     Tr::tr("%1: %2; the simulator's verdict through it may differ from AWS's.")
                         .arg(statement(p.statement), p.text));
    }
    if (!bucket || policy.isNull())
        return;
    // A bucket policy speaks of its own bucket only (AWS: "Policy has invalid resource").
    const QString arn = QStringLiteral("arn:aws:s3:::") + bucket->effectiveBucketName();
    const YamlValue *list = policy.find(u"Statement");
    if (!list || list->type != YamlValue::Type::Sequence)
        return;
    for (size_t i = 0; i < list->items.size(); ++i)
        for (const auto &[k, v] : list->items[i].entries) {
            if (k != QLatin1String("Resource") && k != QLatin1String("NotResource"))
                continue;
            const std::vector<YamlValue> items =
                v.type == YamlValue::Type::Sequence ? v.items : std::vector<YamlValue>{v};
            for (const YamlValue &r : items)
                if (r.scalar != arn && !r.scalar.startsWith(arn + QLatin1Char('/')))
                    sink.add(Catalogue::PolicyInvalid, {owner},
                             Tr::tr("%1 is refused by AWS: its resource %2 is not %3 or an object in it; a bucket "
                                    "policy speaks of its own bucket only.")
                                 .arg(statement(int(i)), r.scalar, arn));
        }
}

} // namespace

void PolicyRules::checkVpc(const ValidationContext &, const Vpc &vpc, FindingSink &sink) const
{
    for (const Endpoint *e : vpc.endpointList())
        checkPolicy(e->policy, e->id, nullptr, sink);
}

void PolicyRules::checkTopLevel(const ValidationContext &context, FindingSink &sink) const
{
    for (const Bucket *b : context.design().buckets())
        checkPolicy(b->policy, b->id, b, sink);
}

void EndpointRules::checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const
{
    for (const Endpoint *e : vpc.endpointList()) {
        if (e->isInterface())
            checkInterface(context.design(), vpc, *e, sink);
        else if (e->isGateway())
            checkGateway(vpc, *e, sink);
    }
}

void FlowLogRules::checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const
{
    const Design &design = context.design();
    for (const FlowLog *f : vpc.flowLogList()) {
        if (f->maxAggregationInterval != 60 && f->maxAggregationInterval != 600)
            sink.add(Catalogue::FlowLogInterval, {f->id},
                     Tr::tr("%1 aggregates over %2 s; AWS offers 60 s (1 minute) or 600 s (10 "
                            "minutes), the default. Use one of them.")
                         .arg(f->id)
                         .arg(f->maxAggregationInterval));
        const Object *r = design.find(f->resource);
        const bool kindOk =
            r && (r->kind == ObjectKind::Vpc || r->kind == ObjectKind::Subnet || r->kind == ObjectKind::Instance);
        if (!r)
            sink.add(Catalogue::FlowLogResource, {f->id},
                     Tr::tr("%1 is on '%2', which is not an object of this design; a flow log is "
                            "attached to a VPC, a subnet or an instance's interface.")
                         .arg(f->id, f->resource));
        else if (!kindOk)
            sink.add(Catalogue::FlowLogResource, {f->id, r->id},
                     Tr::tr("%1 is on %2, a %3; a flow log is attached to a VPC, a subnet or an "
                            "instance's interface.")
                         .arg(f->id, r->id, kindName(r->kind)));
        else if (design.vpcOf(*r) != &vpc)
            sink.add(Catalogue::FlowLogResource, {f->id, r->id},
                     Tr::tr("%1 belongs to %2 but is on %3 of %4; keep a flow log with the VPC it "
                            "watches.")
                         .arg(f->id, vpc.id, r->id, design.vpcOf(*r)->id));
    }
}
