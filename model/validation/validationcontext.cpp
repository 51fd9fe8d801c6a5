#include "validationcontext.h"

ValidationContext::ValidationContext(const Design &design) : mDesign(design)
{
    rebuildPeeringIndex();
}

void ValidationContext::rebuildPeeringIndex()
{
    mPeerings.clear();
    mOrder.clear();
    int order = 0;
    for (const PeeringConnection *p : mDesign.peerings()) {
        mOrder.insert(p->id, order++);
        mPeerings[p->requester].append(p->id);
        if (p->accepter != p->requester)
            mPeerings[p->accepter].append(p->id);
    }
}

QList<const PeeringConnection *> ValidationContext::peeringsOf(const QString &vpcId) const
{
    QList<const PeeringConnection *> out;
    const auto it = mPeerings.constFind(vpcId);
    if (it == mPeerings.constEnd())
        return out;
    out.reserve(it->size());
    for (const QString &id : *it)
        if (const auto *p = mDesign.find<PeeringConnection>(id, ObjectKind::PeeringConnection))
            out.append(p);
    return out;
}

QList<const Vpc *> ValidationContext::peersOf(const QString &vpcId, bool includePending) const
{
    QList<const Vpc *> out;
    for (const PeeringConnection *p : peeringsOf(vpcId)) {
        if (!(p->isActive() || (includePending && isLive(*p))))
            continue;
        const Vpc *peer = mDesign.findVpc(p->peerOf(vpcId));
        if (peer && peer->id != vpcId && !out.contains(peer))
            out.append(peer);
    }
    return out;
}

bool ValidationContext::isLive(const PeeringConnection &peering)
{
    return peering.status == PeeringStatus::Active || peering.status == PeeringStatus::PendingAcceptance;
}
