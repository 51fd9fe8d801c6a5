#pragma once

#include "design.h"

#include <QHash>

/// What the rules read: the design, plus indexes that would otherwise make checks
/// quadratic (the peering connections of each VPC).
class ValidationContext
{
public:
    explicit ValidationContext(const Design &design);

    const Design &design() const { return mDesign; }
    /// The peering connections that name `vpcId` as requester or accepter, file order.
    QList<const PeeringConnection *> peeringsOf(const QString &vpcId) const
    {
        return mPeerings.value(vpcId);
    }

    /// Keeps the index right after an edit to peering connections.
    void rebuildPeeringIndex();

private:
    const Design &mDesign;
    QHash<QString, QList<const PeeringConnection *>> mPeerings;
};
