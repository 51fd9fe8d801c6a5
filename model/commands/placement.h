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

/// What new objects start with, as the user's preferences say: the region of the first
/// VPC of a design (later ones take the first VPC's), the AZs (letters after the region)
/// that new subnets spread over, and a new flow log's record format.
struct Defaults
{
    QString region = QStringLiteral("us-east-1");
    QStringList zones = {QStringLiteral("a")};
    QString flowLogFormat = QStringLiteral("default");
};
void setDefaults(const Defaults &defaults);
const Defaults &defaults();

/// Why `kind` cannot be created at `target` (AWS would refuse, or the designer has no
/// place for it), or an empty string when it can.
QString refusal(const Design &design, ObjectKind kind, const Target &target);

/// A new object of `kind` for `target`, with a fresh id and sensible values: a subnet
/// gets the AZ of its column and the next free block of a sensible size; an instance the
/// next free usable address of its subnet. The caller adds it under `parentOf(...)`.
/// nullptr (with `why`) when `refusal` is not empty.
ObjectPtr create(const Design &design, ObjectKind kind, const Target &target, QString *why = nullptr);
/// Where a new object of `kind` goes when it is added without a drop (a palette click,
/// Enter): into the selected subnet or VPC (or the one holding the selected object) when
/// it can go there, else into the first subnet or VPC of the design that can take it. A
/// subnet goes to the AZ of the selected subnet, else to the AZ with the fewest among the
/// VPC's and the default ones (`defaults().zones`), the VPC's first on a tie.
/// `ok` says whether any place can take it (when not, the target is the best one tried,
/// for `refusal` to explain).
Target targetFor(const Design &design, ObjectKind kind, const QStringList &selection, bool *ok = nullptr);
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
/// in both, references among the copies pointing at the copies. A copied VPC gets, for
/// each of its blocks, the next free block of the same size (overlapping no VPC of
/// `target`), and everything inside moves with it: subnets, addresses, and the routes and
/// rules that name its space. Copied subnets get free blocks and copied instances free
/// addresses in the container they go into: `into` when it is set (a VPC for subnets and
/// the VPC's own objects, a subnet for instances and NAT gateways), else the original's.
/// References a copy cannot use where it lands (a security group of another VPC, a
/// peering its VPC is not part of) are dropped. Public addresses and interface ids are
/// not copied. Each copy comes with the id of the object it goes under; copies that have
/// no place in `target` are left out, and `notes` (when given) says why, and what changed.
struct Copy
{
    ObjectPtr object;
    QString parentId;
    QString originalId;
};
std::vector<Copy> duplicate(const Design &source, const QStringList &ids, const Design &target, const Target &into = {},
                            QStringList *notes = nullptr);

/// A block of the size of `block` for a copy: the next one after it, in the private range
/// it lies in, that overlaps none of `used`; then the first free one of that range.
std::optional<Cidr> nextFreeBlockLike(const Cidr &block, const QList<Cidr> &used);

} // namespace Placement
