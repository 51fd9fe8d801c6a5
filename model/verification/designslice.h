#pragma once

#include "atoms.h"
#include "design.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <set>

/// The part of a design that the packets between some spaces can touch, to prove an
/// intent on a few VPCs rather than on all of them (issue 13: one edit re-verified on a
/// 2,000-VPC design). A packet leaves its source's VPC and arrives in its destination's:
/// on the way it meets only their route tables, ACLs, groups, endpoints and gateways, a
/// peering to a direct peer (peering is not transitive) and the buckets' policies. So a
/// slice holds:
/// - the VPCs of the spaces: a VPC, the VPC of a subnet, instance, NAT gateway or endpoint,
///   the VPC of a security group and of every object outside it that names it (its
///   members), and for a block, every VPC whose blocks or public addresses meet it;
/// - their peers, and the VPCs whose blocks overlap theirs (which answer for an address
///   when blocks overlap);
/// - the VPCs of every object their objects name;
/// - the peerings between the VPCs kept, and every bucket.
/// What the slice leaves out still shapes two things the whole design decides: which
/// addresses are the internet (not a VPC's, not a public address of an interface) and
/// which protocols a rule names. Both come from `context`, given to the slice's Atoms.
///
/// The slicer keeps what each VPC contributes and reads again only the VPCs an edit
/// touches. tst_designslice proves intents on slices and on the whole design after random
/// edits and finds the same verdicts, messages and witnesses.
class DesignSlicer
{
public:
    /// Reads every VPC of `design` again.
    void reset(const Design &design);
    /// What changed for slices when a VPC was read again.
    enum Change : int {
        Nothing = 0,
        Footprints = 1, // its blocks, public addresses, objects, or the ids it names outside itself
        Context = 2,    // its blocks, public addresses, or the protocols its rules name
    };
    /// Reads one VPC again (an object of it changed, it came, or it went).
    int update(const Design &design, const QString &vpcId);
    /// A peering connection came, went or joins other VPCs now.
    void peeringsChanged() { mPeersStale = true; }

    /// The VPCs (ids) that packets between `spaces` (as intents write them: internet, a
    /// block, service:NAME or an object's id) can touch.
    QSet<QString> footprint(const Design &design, const QStringList &spaces) const;
    /// A design of those VPCs (copies, in the design's order), the peerings between them
    /// and every bucket.
    static std::unique_ptr<Design> slice(const Design &design, const QSet<QString> &vpcs);
    /// The whole design's addresses that are not the internet and its rules' protocols.
    const Atoms::Context &context() const;

private:
    /// What one VPC contributes to every slice.
    struct Traits
    {
        QList<Cidr> blocks;             // IPv4 and IPv6
        std::vector<IpAddress> publics; // its interfaces' public addresses (elastic IPv4, IPv6)
        QSet<QString> own;              // the ids of its objects
        QSet<QString> names;            // the ids its objects name outside it
        std::set<int> protocols;        // named by its rules, other than TCP, UDP and the ICMPs
    };
    static Traits traitsOf(const Vpc &vpc);
    void forget(const QString &vpcId);
    void remember(const QString &vpcId, Traits traits);
    const QStringList &peersOf(const Design &design, const QString &vpcId) const;
    /// The other VPCs whose blocks overlap this one's.
    const QSet<QString> &overlapping(const QString &vpcId) const;

    QHash<QString, Traits> mTraits;
    QHash<QString, QSet<QString>> mNamedBy; // an id -> the VPCs whose objects name it (from outside it)
    mutable std::optional<Atoms::Context> mContext;
    mutable QHash<QString, QStringList> mPeers; // a VPC -> the VPCs it has a peering with
    mutable bool mPeersStale = true;
    mutable QHash<QString, QSet<QString>> mOverlaps; // kept until a VPC's blocks change
};
