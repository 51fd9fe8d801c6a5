#pragma once

#include "design.h"

#include <QHash>

/// What the rules read: the design, plus the index of peering connections by VPC that
/// keeps peering checks linear. The engine keeps it in step with edits.
class ValidationContext
{
public:
    explicit ValidationContext(const Design &design);

    const Design &design() const { return mDesign; }
    /// The peering connections that name `vpcId` as requester or accepter, in file order.
    QList<const PeeringConnection *> peeringsOf(const QString &vpcId) const;
    /// The VPCs joined to `vpcId` by a peering that is active (`live`: or pending).
    QList<const Vpc *> peersOf(const QString &vpcId, bool includePending = false) const;
    /// A peering's place in the file (for "the second of two" messages).
    int peeringOrder(const QString &peeringId) const { return mOrder.value(peeringId, -1); }

    /// Rebuilds the peering index (after peering connections change).
    void rebuildPeeringIndex();

    /// True for a status AWS still routes or will route (active, pending-acceptance).
    static bool isLive(const PeeringConnection &peering);

private:
    const Design &mDesign;
    QHash<QString, QStringList> mPeerings; // VPC id -> peering ids
    QHash<QString, int> mOrder;
};
