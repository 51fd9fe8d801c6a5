#include "validationengine.h"

#include "document.h"
#include "properties.h"
#include "validationcontext.h"

#include <QTimer>

namespace {

bool isIdText(const QString &text)
{
    return !text.isEmpty() && !text.startsWith(QLatin1String("service:")) && !IpAddress::parse(QStringView(text));
}

} // namespace

ValidationEngine::ValidationEngine(Document *document, QObject *parent) : QObject(parent), mDocument(document)
{
    connect(document, &Document::designReset, this, &ValidationEngine::reset);
    connect(document, &Document::objectAdded, this, &ValidationEngine::onAdded);
    connect(document, &Document::objectRemoved, this, &ValidationEngine::onRemoved);
    connect(document, &Document::propertyChanged, this, &ValidationEngine::onChanged);
    connect(document, &Document::objectRenamed, this, &ValidationEngine::onRenamed);
    reset();
}

ValidationEngine::~ValidationEngine() = default;

void ValidationEngine::expectReset(const FindingList &precomputed)
{
    mPrecomputed = precomputed;
}

void ValidationEngine::reset()
{
    mContext = std::make_unique<ValidationContext>(mDocument->design());
    mVpcFindings.clear();
    mPeeringFindings.clear();
    mTopFindings.clear();
    mIntentFindings.clear();
    mIntents.reset();
    mReferrers.clear();
    mUnitTargets.clear();
    mPeeringEnds.clear();
    mDirtyVpcs.clear();
    mDirtyPeerings.clear();
    mDirtyTop = false;
    mDirtyIntents = false;
    mIndexStale = false;
    const Design &design = mDocument->design();
    for (const PeeringConnection *p : design.peerings())
        mPeeringEnds.insert(p->id, {p->requester, p->accepter});
    if (mPrecomputed) {
        // Findings from the loader: file them under their units without re-checking.
        // A finding's unit is that of its first object.
        for (const Finding &f : std::as_const(*mPrecomputed)) {
            const Object *o = f.objects.isEmpty() ? nullptr : design.find(f.objects.first());
            if (o && o->kind == ObjectKind::Intent) {
                mIntentFindings.append(f);
            } else if (!o) {
                mTopFindings.append(f);
            } else if (const Vpc *v = design.vpcOf(*o)) {
                mVpcFindings[v->id].append(f);
            } else if (o->kind == ObjectKind::PeeringConnection) {
                mPeeringFindings[o->id].append(f);
            } else {
                mTopFindings.append(f);
            }
        }
        mPrecomputed.reset();
        for (const Vpc *v : design.vpcs())
            updateReferences(ValidationUnit::vpc(v->id), targetsOfVpc(*v));
        for (const PeeringConnection *p : design.peerings())
            updateReferences(ValidationUnit::peering(p->id), {p->requester, p->accepter});
        mDirtyTop = true; // the top level is small: check it here
    } else {
        for (const Vpc *v : design.vpcs())
            mDirtyVpcs.insert(v->id);
        for (const PeeringConnection *p : design.peerings())
            mDirtyPeerings.insert(p->id);
        mDirtyTop = true;
        mDirtyIntents = true;
    }
    mChanged = true;
    flush();
}

void ValidationEngine::revalidateAll()
{
    reset();
}

void ValidationEngine::schedule()
{
    if (mScheduled)
        return;
    mScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (mScheduled)
            flush();
    });
}

void ValidationEngine::markVpc(const QString &vpcId, int hops)
{
    if (vpcId.isEmpty())
        return;
    mDirtyVpcs.insert(vpcId);
    if (hops <= 0)
        return;
    for (const PeeringConnection *p : mContext->peeringsOf(vpcId)) {
        const QString other = p->peerOf(vpcId);
        if (other != vpcId)
            markVpc(other, hops - 1);
    }
    schedule();
}

void ValidationEngine::markPeeringsOf(const QString &vpcId)
{
    for (const PeeringConnection *p : mContext->peeringsOf(vpcId))
        mDirtyPeerings.insert(p->id);
}

void ValidationEngine::markReferrers(const QString &id)
{
    const auto it = mReferrers.constFind(id);
    if (it == mReferrers.constEnd())
        return;
    for (const ValidationUnit &unit : *it) {
        switch (unit.kind) {
        case ValidationUnit::Kind::Top:
            mDirtyTop = true;
            break;
        case ValidationUnit::Kind::Vpc:
            mDirtyVpcs.insert(unit.id);
            break;
        case ValidationUnit::Kind::Peering:
            mDirtyPeerings.insert(unit.id);
            break;
        }
    }
}

void ValidationEngine::recordPeering(const QString &peeringId)
{
    const bool known = mPeeringEnds.contains(peeringId);
    const auto old = mPeeringEnds.value(peeringId);
    QStringList ends{old.first, old.second};
    const auto *p = mDocument->design().find<PeeringConnection>(peeringId, ObjectKind::PeeringConnection);
    if (p) {
        ends << p->requester << p->accepter;
        mPeeringEnds.insert(peeringId, {p->requester, p->accepter});
    } else {
        mPeeringEnds.remove(peeringId);
    }
    // The index changes only when a peering comes, goes, or joins other VPCs.
    if (!p || !known || old != std::pair{p->requester, p->accepter})
        mIndexStale = true;
    mDirtyPeerings.insert(peeringId);
    for (const QString &end : std::as_const(ends)) {
        markVpc(end, 1);
        markPeeringsOf(end);
    }
    markReferrers(peeringId);
}

void ValidationEngine::markObject(const QString &id)
{
    const Design &design = mDocument->design();
    const Object *o = design.find(id);
    markReferrers(id);
    if (!o)
        return;
    const Object *parent = o->parent;
    touchIntents(id, o->kind, parent ? parent->id : QString());
    switch (o->kind) {
    case ObjectKind::Vpc:
        markVpc(id, 2);
        markPeeringsOf(id);
        break;
    case ObjectKind::PeeringConnection:
        recordPeering(id);
        break;
    case ObjectKind::Bucket:
    case ObjectKind::Scenario:
    case ObjectKind::Flow:
        mDirtyTop = true;
        break;
    case ObjectKind::InternetGateway:
    case ObjectKind::NatGateway:
    case ObjectKind::Endpoint:
        // Routes of peers through this VPC name what it offers (edge-to-edge messages).
        markVpc(design.vpcOf(*o)->id, 1);
        markPeeringsOf(design.vpcOf(*o)->id);
        break;
    default:
        if (const Vpc *v = design.vpcOf(*o)) {
            markVpc(v->id, 0);
            markPeeringsOf(v->id);
        }
        break;
    }
    schedule();
}

void ValidationEngine::onAdded(const QString &id)
{
    markObject(id);
}

void ValidationEngine::touchIntents(const QString &id, ObjectKind kind, const QString &parentId)
{
    const Design &design = mDocument->design();
    switch (kind) {
    case ObjectKind::Intent:
        mIntents.intentTouched(id);
        break;
    case ObjectKind::Vpc:
        mIntents.vpcTouched(id);
        break;
    case ObjectKind::PeeringConnection: {
        // Its ends before and after the edit.
        const auto old = mPeeringEnds.value(id);
        mIntents.peeringTouched(old.first, old.second);
        if (const auto *p = design.find<PeeringConnection>(id, ObjectKind::PeeringConnection))
            mIntents.peeringTouched(p->requester, p->accepter);
        break;
    }
    case ObjectKind::Bucket: // every slice holds every bucket
        mIntents.reset();
        break;
    case ObjectKind::Scenario:
    case ObjectKind::Flow:
        return; // flows are not what intents prove
    default: {
        const Object *parent = design.find(parentId);
        if (const Vpc *v = parent ? design.vpcOf(*parent) : nullptr)
            mIntents.vpcTouched(v->id);
        else
            mIntents.reset(); // not in a VPC we know: read everything again
        break;
    }
    }
    mDirtyIntents = true;
}

void ValidationEngine::onRemoved(const QString &id, ObjectKind kind, const QString &parentId)
{
    touchIntents(id, kind, parentId);
    markReferrers(id);
    switch (kind) {
    case ObjectKind::Vpc:
        markVpc(id, 2);
        markPeeringsOf(id);
        mVpcFindings.remove(id);
        updateReferences(ValidationUnit::vpc(id), {});
        mChanged = true;
        break;
    case ObjectKind::PeeringConnection:
        recordPeering(id);
        mPeeringFindings.remove(id);
        updateReferences(ValidationUnit::peering(id), {});
        mChanged = true;
        break;
    case ObjectKind::Bucket:
    case ObjectKind::Scenario:
    case ObjectKind::Flow:
        mDirtyTop = true;
        break;
    case ObjectKind::InternetGateway:
    case ObjectKind::NatGateway:
    case ObjectKind::Endpoint:
        markVpc(parentId, 1);
        markPeeringsOf(parentId);
        break;
    default:
        markVpc(parentId, 0);
        markPeeringsOf(parentId);
        break;
    }
    schedule();
}

void ValidationEngine::onChanged(const QString &id, const QString &)
{
    markObject(id);
}

void ValidationEngine::onRenamed(const QString &oldId, const QString &newId)
{
    const Object *o = mDocument->design().find(newId);
    if (o && (o->kind == ObjectKind::Vpc || o->kind == ObjectKind::PeeringConnection)) {
        // Units are keyed by these ids and messages everywhere name them: start over.
        reset();
        return;
    }
    markReferrers(oldId);
    markObject(newId);
}

QStringList ValidationEngine::targetsOfVpc(const Vpc &vpc) const
{
    // Every id the VPC's objects name, through the property table that also drives
    // renames and duplication: a reference added to a kind is followed here too.
    QStringList ids;
    Design::forEachChild(vpc, [&](Object &o) {
        for (const PropertyDef &def : propertiesOf(o.kind))
            ids << referencedIds(def, def.get(o));
    });
    ids.removeAll(QString());
    ids.removeDuplicates();
    return ids;
}

void ValidationEngine::updateReferences(const ValidationUnit &unit, const QStringList &targets)
{
    const auto known = mUnitTargets.constFind(unit);
    if (known != mUnitTargets.constEnd() && *known == targets)
        return; // the usual case after an edit: the unit names the same ids as before
    for (const QString &old : mUnitTargets.value(unit)) {
        auto it = mReferrers.find(old);
        if (it != mReferrers.end()) {
            it->remove(unit);
            if (it->isEmpty())
                mReferrers.erase(it);
        }
    }
    if (targets.isEmpty()) {
        mUnitTargets.remove(unit);
        return;
    }
    for (const QString &t : targets)
        mReferrers[t].insert(unit);
    mUnitTargets.insert(unit, targets);
}

void ValidationEngine::flush()
{
    mScheduled = false;
    if (mIndexStale) {
        mContext->rebuildPeeringIndex();
        mIndexStale = false;
    }
    const Design &design = mDocument->design();
    int units = 0;
    for (const QString &id : std::as_const(mDirtyVpcs)) {
        const Vpc *vpc = design.findVpc(id);
        if (!vpc) {
            if (mVpcFindings.remove(id))
                mChanged = true;
            updateReferences(ValidationUnit::vpc(id), {});
            continue;
        }
        FindingList found;
        mValidator.checkVpc(*mContext, *vpc, found);
        ++units;
        FindingList &slot = mVpcFindings[id];
        if (slot != found) {
            slot = std::move(found);
            mChanged = true;
        }
        if (slot.isEmpty())
            mVpcFindings.remove(id);
        updateReferences(ValidationUnit::vpc(id), targetsOfVpc(*vpc));
    }
    for (const QString &id : std::as_const(mDirtyPeerings)) {
        const auto *p = design.find<PeeringConnection>(id, ObjectKind::PeeringConnection);
        if (!p) {
            if (mPeeringFindings.remove(id))
                mChanged = true;
            updateReferences(ValidationUnit::peering(id), {});
            continue;
        }
        FindingList found;
        mValidator.checkPeering(*mContext, *p, found);
        ++units;
        FindingList &slot = mPeeringFindings[id];
        if (slot != found) {
            slot = std::move(found);
            mChanged = true;
        }
        if (slot.isEmpty())
            mPeeringFindings.remove(id);
        updateReferences(ValidationUnit::peering(id), {p->requester, p->accepter});
    }
    if (mDirtyIntents) {
        if (!design.intents().empty() || !mIntentFindings.isEmpty()) {
            FindingList found = mIntents.check(design);
            ++units;
            if (found != mIntentFindings) {
                mIntentFindings = std::move(found);
                mChanged = true;
            }
        }
        mDirtyIntents = false;
    }
    if (mDirtyTop) {
        FindingList found;
        mValidator.checkTopLevel(*mContext, found);
        ++units;
        if (found != mTopFindings) {
            mTopFindings = std::move(found);
            mChanged = true;
        }
        QStringList targets;
        for (const Scenario *s : design.scenarios())
            for (const Flow *f : s->flowList())
                for (const QString &end : {f->from, f->to})
                    if (isIdText(end))
                        targets.append(end);
        targets.removeDuplicates();
        updateReferences(ValidationUnit::top(), targets);
    }
    mDirtyVpcs.clear();
    mDirtyPeerings.clear();
    mDirtyTop = false;
    mLastFlushUnits = units;
    if (mChanged) {
        mChanged = false;
        mSortedStale = true;
        Q_EMIT findingsChanged();
    }
}

FindingList ValidationEngine::findings()
{
    if (mScheduled || !mDirtyVpcs.isEmpty() || !mDirtyPeerings.isEmpty() || mDirtyTop || mDirtyIntents)
        flush();
    if (mSortedStale) {
        mSorted.clear();
        for (const FindingList &l : std::as_const(mVpcFindings))
            mSorted.append(l);
        for (const FindingList &l : std::as_const(mPeeringFindings))
            mSorted.append(l);
        mSorted.append(mTopFindings);
        mSorted.append(mIntentFindings);
        Validator::sort(mSorted);
        mSortedStale = false;
    }
    return mSorted;
}

FindingList ValidationEngine::findingsFor(const QString &objectId)
{
    FindingList out;
    for (const Finding &f : findings())
        if (f.objects.contains(objectId))
            out.append(f);
    return out;
}
