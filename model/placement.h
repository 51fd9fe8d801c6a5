#pragma once

#include "design.h"

/// Where a new object goes and what it starts with: the network decisions behind the
/// canvas's palette drops and paste (the canvas only says where the pointer was).
namespace Placement {

/// What lies under a drop: a VPC, maybe a subnet in it, maybe an AZ column.
struct Target
{
    QString vpcId;
    QString subnetId;
    QString az; // the AZ column the point is in (empty: none)
};

/// Why `kind` cannot be created at `target` (AWS would refuse, or the designer has no
/// place for it), or an empty string when it can.
QString refusal(const Design &design, ObjectKind kind, const Target &target);

/// A new object of `kind` for `target`, with a fresh id and sensible values: a subnet
/// gets the AZ of its column and the next free block of a sensible size; an instance the
/// next free usable address of its subnet. The caller adds it under `parentOf(...)`.
/// nullptr (with `why`) when `refusal` is not empty.
ObjectPtr create(const Design &design, ObjectKind kind, const Target &target, QString *why = nullptr);
/// The id of the object a new one of `kind` is added under ("" for the top level).
QString parentOf(ObjectKind kind, const Target &target);

/// The first usable address of a subnet that no instance or NAT gateway holds.
std::optional<IpAddress> nextFreeAddress(const Design &design, const Subnet &subnet,
                                         const QList<IpAddress> &alsoTaken = {});
/// The next free block inside a VPC: /24 when one is free, else the largest that is.
std::optional<Cidr> nextFreeSubnetBlock(const Design &design, const Vpc &vpc, int preferred = 24,
                                        const QList<Cidr> &alsoTaken = {});
/// A free /16 for a new VPC, apart from every VPC of the design.
Cidr nextFreeVpcBlock(const Design &design);

/// Copies of `ids` of `source` (and what they hold) for adding to `target`: new ids free
/// in both, references among the copies pointing at the copies, free blocks of `target`
/// for copied subnets and free addresses for copied instances. Each copy comes with the
/// id of the object it goes under; copies whose container is not in `target` are left out.
struct Copy
{
    ObjectPtr object;
    QString parentId;
    QString originalId;
};
std::vector<Copy> duplicate(const Design &source, const QStringList &ids, const Design &target);

} // namespace Placement
