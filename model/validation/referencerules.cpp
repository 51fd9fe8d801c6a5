#include "referencerules.h"

#include "properties.h"
#include "validationcontext.h"

#include <QCoreApplication>

const RuleInfo ReferenceRules::ReferenceMissing{
    "reference-missing", Severity::Error,
    QT_TRANSLATE_NOOP("Rules", "an id that names nothing, or names an object of the wrong kind "
                               "or in the wrong VPC")};

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
            names.append(kindName(ObjectKind(k)));
    return names.join(Tr::tr(" or "));
}

/// Checks one reference; returns an explanation when it is broken, else "".
QString problem(const Design &design, const Object &holder, const PropertyDef &def,
                const QString &id, bool sameVpc)
{
    const Object *target = design.find(id);
    const QString holderText = QStringLiteral("%1 %2").arg(kindName(holder.kind), holder.id);
    if (!target)
        return Tr::tr("%1 names '%2' in %3, but no object has that id; add it or correct the id")
            .arg(holderText, id, QLatin1String(def.key));
    if (!(def.refKinds & kindBit(target->kind)))
        return Tr::tr("%1 names '%2' in %3, which is a %4; %3 takes a %5")
            .arg(holderText, id, QLatin1String(def.key), kindName(target->kind),
                 kindList(def.refKinds));
    if (sameVpc) {
        const Vpc *mine = design.vpcOf(holder);
        const Vpc *theirs = design.vpcOf(*target);
        if (mine && theirs && mine != theirs)
            return Tr::tr("%1 names '%2' in %3, which belongs to %4, not %5; an object can use "
                      "only what its own VPC holds")
                .arg(holderText, id, QLatin1String(def.key), theirs->id, mine->id);
    }
    return {};
}

} // namespace

void ReferenceRules::checkVpc(const ValidationContext &context, const Vpc &vpc,
                              FindingSink &sink) const
{
    const Design &design = context.design();
    Design::forEachChild(vpc, [&](Object &o) {
        for (const PropertyDef &def : propertiesOf(o.kind)) {
            if (def.refKinds == 0 || o.kind == ObjectKind::FlowLog)
                continue; // flow-log resources have their own rule (flow-log-resource)
            const QVariant value = def.get(o);
            if (def.type == PropertyType::Routes) {
                for (const Route &r : value.value<RouteList>()) {
                    const Object *t = design.find(r.target);
                    // Internet gateways that are missing or foreign: route-igw-missing.
                    if ((!t && r.target.startsWith(QLatin1String("igw-"))) ||
                        (t && t->kind == ObjectKind::InternetGateway))
                        continue;
                    if (t && t->kind == ObjectKind::PeeringConnection) {
                        const auto *p = static_cast<const PeeringConnection *>(t);
                        if (p->requester != vpc.id && p->accepter != vpc.id)
                            sink.add(ReferenceMissing, {o.id, r.target},
                                     Tr::tr("route table %1 sends %2 to %3, which joins %4 and %5, "
                                        "not %6; a route can use only a peering of its own VPC")
                                         .arg(o.id, r.destination.toString(), r.target,
                                              p->requester, p->accepter, vpc.id));
                        continue;
                    }
                    const QString why = problem(design, o, def, r.target, true);
                    if (!why.isEmpty())
                        sink.add(ReferenceMissing, {o.id, r.target}, why);
                }
                continue;
            }
            // Security-group peers may be in peered VPCs (sg-reference-* rules judge that).
            const bool sameVpc = def.type != PropertyType::SgRules &&
                                 def.type != PropertyType::OptionalSgRules;
            for (const QString &id : referencedIds(def, value)) {
                const QString why = problem(design, o, def, id, sameVpc);
                if (!why.isEmpty())
                    sink.add(ReferenceMissing, {o.id, id}, why);
            }
        }
    });
}

void ReferenceRules::checkPeering(const ValidationContext &context,
                                  const PeeringConnection &peering, FindingSink &sink) const
{
    for (const PropertyDef &def : propertiesOf(peering.kind)) {
        if (def.refKinds == 0)
            continue;
        for (const QString &id : referencedIds(def, def.get(peering))) {
            const QString why = problem(context.design(), peering, def, id, false);
            if (!why.isEmpty())
                sink.add(ReferenceMissing, {peering.id, id}, why);
        }
    }
}

void ReferenceRules::checkTopLevel(const ValidationContext &context, FindingSink &sink) const
{
    for (const Scenario *s : context.design().scenarios()) {
        for (const Flow *f : s->flowList()) {
            for (const PropertyDef &def : propertiesOf(f->kind)) {
                if (def.refKinds == 0)
                    continue;
                for (const QString &id : referencedIds(def, def.get(*f))) {
                    const QString why = problem(context.design(), *f, def, id, false);
                    if (!why.isEmpty())
                        sink.add(ReferenceMissing, {f->id, id}, why);
                }
            }
        }
    }
}
