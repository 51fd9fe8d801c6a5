// Placement::duplicate: copies for paste and duplicate, re-addressed so that a copy never
// lands on the space of its original.

#include "placement.h"

#include "properties.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Placement)
};

/// An id like `id` for a copy: `id-copy`, then `id-copy-2`, ... (kept within 64 characters).
QString copyId(const Design &source, const Design &target, const QString &id, const QSet<QString> &reserved)
{
    const QString base = id.left(52) + QStringLiteral("-copy");
    QString candidate = base;
    for (int n = 2; source.contains(candidate) || target.contains(candidate) || reserved.contains(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

Cidr block(const char *text)
{
    return *Cidr::parse(std::string_view(text));
}

/// The blocks that cover the addresses from `from` to `to` exactly.
QList<Cidr> coverRange(const IpAddress &from, const IpAddress &to)
{
    QList<Cidr> out;
    const int width = from.bitWidth();
    u128 at = from.value();
    const u128 end = to.value();
    while (at <= end) {
        int bits = 0; // host bits of the largest aligned block from `at` that ends by `end`
        while (bits < width && ((at >> bits) & 1) == 0) {
            const u128 size = u128(1) << (bits + 1);
            if (at + size - 1 > end || at + size - 1 < at)
                break;
            ++bits;
        }
        const IpAddress start = from.isV4() ? IpAddress::v4(quint32(at)) : IpAddress::v6(at);
        out.append(Cidr(start, width - bits));
        const u128 size = u128(1) << bits;
        if (at + size - 1 == from.maxValue() || at + size == 0)
            break;
        at += size;
    }
    return out;
}

/// Where a copy of `b` looks for room: the private range it lies in, else the block's
/// neighbourhood (256 blocks of its size).
Cidr spaceOf(const Cidr &b)
{
    if (b.isV4())
        for (const char *range : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"})
            if (const Cidr r = block(range); r.contains(b))
                return r;
    return Cidr(b.address(), std::max(0, b.prefixLength() - 8)).network();
}

/// A VPC block's move: addresses inside `from` go to the same place inside `to`.
struct Shift
{
    Cidr from;
    Cidr to;
};

std::optional<IpAddress> shifted(const IpAddress &a, const QList<Shift> &shifts)
{
    for (const Shift &s : shifts)
        if (s.from.family() == a.family() && s.from.contains(a))
            return s.to.first().plus(a.value() - s.from.first().value());
    return std::nullopt;
}

void shift(IpAddress &a, const QList<Shift> &shifts)
{
    if (const auto moved = shifted(a, shifts))
        a = *moved;
}

void shift(Cidr &c, const QList<Shift> &shifts)
{
    if (!c.isValid())
        return;
    for (const Shift &s : shifts)
        if (s.from.family() == c.family() && s.from.contains(c)) {
            if (const auto moved = shifted(c.address(), {s}))
                c = Cidr(*moved, c.prefixLength());
            return;
        }
}

/// Moves every block and address an object holds that lies in a moved VPC block.
void shiftObject(Object &o, const QList<Shift> &shifts)
{
    switch (o.kind) {
    case ObjectKind::Subnet: {
        auto &s = static_cast<Subnet &>(o);
        shift(s.cidr, shifts);
        shift(s.ipv6Cidr, shifts);
        break;
    }
    case ObjectKind::Instance: {
        auto &i = static_cast<Instance &>(o);
        shift(i.privateIp, shifts);
        shift(i.ipv6, shifts);
        break;
    }
    case ObjectKind::NatGateway:
        shift(static_cast<NatGateway &>(o).privateIp, shifts);
        break;
    case ObjectKind::RouteTable:
        for (Route &r : static_cast<RouteTable &>(o).routes)
            shift(r.destination, shifts);
        break;
    case ObjectKind::NetworkAcl: {
        auto &acl = static_cast<NetworkAcl &>(o);
        for (NaclRuleList *list : {&acl.ingress, &acl.egress})
            for (NaclRule &r : *list)
                shift(r.cidr, shifts);
        break;
    }
    case ObjectKind::SecurityGroup: {
        auto &g = static_cast<SecurityGroup &>(o);
        for (SgRule &r : g.ingress)
            shift(r.cidr, shifts);
        if (g.egress)
            for (SgRule &r : *g.egress)
                shift(r.cidr, shifts);
        break;
    }
    default:
        break;
    }
    Design::forEachChild(o, [&](Object &child) { shiftObject(child, shifts); });
}

/// What a copy must not take along: the addresses and interface ids AWS gives one
/// resource only.
void forgetUniqueAddresses(Object &o)
{
    if (o.kind == ObjectKind::Instance) {
        auto &i = static_cast<Instance &>(o);
        i.publicIp = IpAddress();
        i.eni.clear();
    } else if (o.kind == ObjectKind::NatGateway) {
        static_cast<NatGateway &>(o).publicIp = IpAddress();
    }
    Design::forEachChild(o, forgetUniqueAddresses);
}

/// Goes through every reference `o` and what it holds make: `decide` says, for each
/// referenced id, to keep it (nullopt), drop it ("") or name another id instead.
void editReferences(Object &o,
                    const std::function<std::optional<QString>(const Object &holder, const QString &ref)> &decide)
{
    for (const PropertyDef &def : propertiesOf(o.kind)) {
        if (def.refKinds == 0)
            continue;
        QVariant value = def.get(o);
        bool changed = false;
        for (const QString &ref : referencedIds(def, value))
            if (const std::optional<QString> instead = decide(o, ref)) {
                value = withoutReference(def, value, ref, *instead);
                changed = true;
            }
        if (changed)
            def.set(o, value);
    }
    Design::forEachChild(o, [&](Object &child) { editReferences(child, decide); });
}

bool peered(const Design &design, const QString &a, const QString &b)
{
    for (const PeeringConnection *p : design.peerings())
        if ((p->requester == a && p->accepter == b) || (p->requester == b && p->accepter == a))
            return true;
    return false;
}

} // namespace

std::optional<Cidr> Placement::nextFreeBlockLike(const Cidr &original, const QList<Cidr> &used)
{
    const Cidr b = original.network();
    const Cidr space = spaceOf(b);
    if (!space.contains(b))
        return std::nullopt;
    QList<Cidr> upTo = used;
    upTo += coverRange(space.first(), b.last());
    if (auto c = Cidr::nextFree(space, b.prefixLength(), upTo))
        return c;
    if (auto c = Cidr::nextFree(space, b.prefixLength(), used))
        return c;
    // Its range is full: the other private ranges (a /16 of 192.168/16 has no sibling).
    if (b.isV4())
        for (const char *range : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"})
            if (const Cidr r = block(range); r != space && b.prefixLength() >= r.prefixLength())
                if (auto c = Cidr::nextFree(r, b.prefixLength(), used))
                    return c;
    return std::nullopt;
}

std::vector<Placement::Copy> Placement::duplicate(const Design &design, const QStringList &ids, const Design &target,
                                                  const Target &into, QStringList *notes)
{
    const auto note = [notes](const QString &text) {
        if (notes)
            notes->append(text);
    };
    // What is copied: the objects and what they hold; a subnet takes its instances and
    // NAT gateways along. Children of an object that is also copied are copied with it.
    QList<const Object *> roots;
    QSet<QString> chosen(ids.begin(), ids.end());
    for (const QString &id : ids) {
        const Object *o = design.find(id);
        if (!o || (o->parent && chosen.contains(o->parent->id)))
            continue;
        if (o->kind == ObjectKind::Flow || o->kind == ObjectKind::Scenario)
            continue;
        // An instance or NAT gateway whose subnet is copied too goes with the subnet's copy.
        const QString subnet = o->kind == ObjectKind::Instance     ? static_cast<const Instance *>(o)->subnet
                               : o->kind == ObjectKind::NatGateway ? static_cast<const NatGateway *>(o)->subnet
                                                                   : QString();
        if (!subnet.isEmpty() && chosen.contains(subnet))
            continue;
        roots.append(o);
    }
    QList<const Object *> all = roots;
    QSet<QString> followers; // instances and NAT gateways that go with their copied subnet
    for (const Object *o : roots) {
        if (o->kind != ObjectKind::Subnet)
            continue;
        const Vpc *vpc = design.vpcOf(*o);
        for (const Instance *i : vpc->instanceList())
            if (i->subnet == o->id && !all.contains(i)) {
                all.append(i);
                followers.insert(i->id);
            }
        for (const NatGateway *n : vpc->natGatewayList())
            if (n->subnet == o->id && !all.contains(n)) {
                all.append(n);
                followers.insert(n->id);
            }
    }

    // Where each copy goes.
    const Vpc *intoVpc = target.findVpc(into.vpcId);
    const Subnet *intoSubnet = target.findSubnet(into.subnetId);
    if (intoSubnet && !intoVpc)
        intoVpc = target.vpcOf(*intoSubnet);
    QHash<QString, QString> subnetOf; // original instance or NAT gateway -> the subnet its copy uses
    const auto parentFor = [&](const Object &o) -> QString {
        const QString original = o.parent ? o.parent->id : QString();
        switch (o.kind) {
        case ObjectKind::Vpc:
        case ObjectKind::PeeringConnection:
            return {};
        case ObjectKind::Instance:
        case ObjectKind::NatGateway: {
            if (followers.contains(o.id))
                return QStringLiteral("\x1f"); // decided with its subnet below
            if (intoSubnet) {
                subnetOf.insert(o.id, intoSubnet->id);
                return target.vpcOf(*intoSubnet)->id;
            }
            const QString subnet = o.kind == ObjectKind::Instance ? static_cast<const Instance &>(o).subnet
                                                                  : static_cast<const NatGateway &>(o).subnet;
            if (intoVpc && intoVpc->id != original) {
                // Another VPC: a subnet of the same AZ there, else its first one.
                const Subnet *was = design.findSubnet(subnet);
                const Subnet *best = nullptr;
                for (const Subnet *s : intoVpc->subnetList())
                    if (!best || (was && s->az == was->az && best->az != was->az))
                        best = s;
                if (!best)
                    return {};
                subnetOf.insert(o.id, best->id);
                return intoVpc->id;
            }
            subnetOf.insert(o.id, subnet);
            return target.findSubnet(subnet) ? original : QString();
        }
        default:
            return intoVpc ? intoVpc->id : original;
        }
    };

    std::vector<Copy> copies;
    QHash<QString, QString> renamed;
    QSet<QString> reserved;
    const auto newId = [&](const QString &old) {
        const QString id = copyId(design, target, old, reserved);
        reserved.insert(id);
        renamed.insert(old, id);
        return id;
    };
    std::function<void(Object &)> renameTree = [&](Object &o) {
        o.id = newId(o.id);
        Design::forEachChild(o, renameTree);
    };
    QHash<QString, QString> copiedSubnetParent; // original subnet -> the VPC its copy goes to
    for (const Object *o : all) {
        QString parentId = parentFor(*o);
        if (parentId == QLatin1String("\x1f")) {
            const QString subnet = o->kind == ObjectKind::Instance ? static_cast<const Instance *>(o)->subnet
                                                                   : static_cast<const NatGateway *>(o)->subnet;
            parentId = copiedSubnetParent.value(subnet);
        }
        const bool needsParent = o->kind != ObjectKind::Vpc && o->kind != ObjectKind::PeeringConnection;
        if (needsParent && (parentId.isEmpty() || !target.contains(parentId))) {
            note(Tr::tr("%1 was not pasted: %2")
                     .arg(o->id, o->kind == ObjectKind::Instance || o->kind == ObjectKind::NatGateway
                                     ? Tr::tr("there is no subnet for it")
                                     : Tr::tr("its VPC is gone")));
            continue;
        }
        if (const Vpc *vpc = target.findVpc(parentId)) {
            const bool igw = o->kind == ObjectKind::InternetGateway && vpc->internetGateway();
            const bool eigw = o->kind == ObjectKind::EgressOnlyInternetGateway && vpc->egressOnlyGateway();
            if (igw || eigw) {
                note(Tr::tr("%1 was not pasted: %2 already has %3; a VPC has at most one")
                         .arg(o->id, vpc->id, kindNameWithArticle(o->kind)));
                continue;
            }
        }
        if (o->kind == ObjectKind::Subnet)
            copiedSubnetParent.insert(o->id, parentId);
        ObjectPtr copy = o->clone();
        renameTree(*copy);
        copies.push_back({std::move(copy), parentId, o->id});
    }
    for (Copy &c : copies) {
        if (c.object->kind == ObjectKind::Instance && subnetOf.contains(c.originalId))
            static_cast<Instance *>(c.object.get())->subnet = subnetOf.value(c.originalId);
        if (c.object->kind == ObjectKind::NatGateway && subnetOf.contains(c.originalId))
            static_cast<NatGateway *>(c.object.get())->subnet = subnetOf.value(c.originalId);
    }
    // References among the copies point at the copies.
    for (Copy &c : copies)
        editReferences(*c.object, [&](const Object &, const QString &ref) -> std::optional<QString> {
            if (const auto it = renamed.constFind(ref); it != renamed.constEnd())
                return *it;
            return std::nullopt;
        });

    // Copied VPCs move to free blocks of their size; what lies in their space follows. A
    // VPC copy moves by its own blocks first (two originals may share a block), then by
    // those of the other copied VPCs (routes and rules naming a copied peer's space).
    QHash<QString, QList<Shift>> shiftsOf; // VPC copy -> its blocks' moves
    QList<Cidr> used;
    for (const Vpc *v : target.vpcs()) {
        used += v->cidrBlocks;
        used += v->ipv6CidrBlocks;
    }
    QSet<QString> dropped; // ids of copies left out: nothing may name them
    const auto dropTree = [&](const Object &o) {
        std::function<void(const Object &)> collect = [&](const Object &x) {
            dropped.insert(x.id);
            Design::forEachChild(x, collect);
        };
        collect(o);
    };
    for (auto it = copies.begin(); it != copies.end();) {
        if (it->object->kind != ObjectKind::Vpc) {
            ++it;
            continue;
        }
        auto *vpc = static_cast<Vpc *>(it->object.get());
        QList<Shift> mine;
        QList<Cidr> taken = used; // given out for good only when every block has a place
        QString missing;
        for (QList<Cidr> *blocks : {&vpc->cidrBlocks, &vpc->ipv6CidrBlocks})
            for (const Cidr &b : *blocks)
                if (const auto free = missing.isEmpty() ? nextFreeBlockLike(b, taken) : std::nullopt) {
                    mine.append({b.network(), *free});
                    taken.append(*free);
                } else if (missing.isEmpty()) {
                    missing = b.toString();
                }
        if (!missing.isEmpty()) {
            note(Tr::tr("%1 was not pasted: no block of the size of %2 is free for a copy")
                     .arg(it->originalId, missing));
            dropTree(*it->object);
            it = copies.erase(it);
            continue;
        }
        used = taken;
        for (QList<Cidr> *blocks : {&vpc->cidrBlocks, &vpc->ipv6CidrBlocks})
            for (Cidr &b : *blocks)
                for (const Shift &s : mine)
                    if (s.from == b.network())
                        b = s.to;
        QStringList moved;
        for (const Shift &s : mine)
            moved.append(QStringLiteral("%1 → %2").arg(s.from.toString(), s.to.toString()));
        note(Tr::tr("%1: %2").arg(vpc->id, moved.join(QStringLiteral(", "))));
        shiftsOf.insert(vpc->id, mine);
        ++it;
    }
    // A peering copy whose VPC copy was left out goes too.
    for (auto it = copies.begin(); it != copies.end();) {
        const auto *p = it->object->kind == ObjectKind::PeeringConnection
                            ? static_cast<const PeeringConnection *>(it->object.get())
                            : nullptr;
        if (p && (dropped.contains(p->requester) || dropped.contains(p->accepter))) {
            note(Tr::tr("%1 was not pasted: one of its VPCs was not").arg(it->originalId));
            dropTree(*it->object);
            it = copies.erase(it);
        } else {
            ++it;
        }
    }
    for (Copy &c : copies) {
        if (c.object->kind == ObjectKind::Vpc) {
            QList<Shift> order = shiftsOf.value(c.object->id);
            for (auto it = shiftsOf.constBegin(); it != shiftsOf.constEnd(); ++it)
                if (it.key() != c.object->id)
                    order += *it;
            shiftObject(*c.object, order);
        }
        forgetUniqueAddresses(*c.object);
    }

    // New blocks for subnets copied on their own, new addresses for instances.
    QHash<QString, QList<Cidr>> newBlocks;     // VPC -> blocks given out here
    QHash<QString, QList<IpAddress>> newAddrs; // subnet -> addresses given out here
    QHash<QString, const Subnet *> copiedSubnets;
    for (Copy &c : copies) {
        if (c.object->kind != ObjectKind::Subnet)
            continue;
        auto *s = static_cast<Subnet *>(c.object.get());
        const Vpc *vpc = target.findVpc(c.parentId);
        if (!vpc)
            continue;
        const Cidr was = s->cidr;
        if (auto free = nextFreeSubnetBlock(target, *vpc, s->cidr.prefixLength(), newBlocks.value(vpc->id))) {
            s->cidr = *free;
            newBlocks[vpc->id].append(*free);
        } else {
            note(Tr::tr("%1 keeps %2: %3 has no free block left").arg(s->id, was.toString(), vpc->id));
        }
        s->ipv6Cidr = Cidr();
        copiedSubnets.insert(s->id, s);
    }
    for (Copy &c : copies) {
        if (c.object->kind != ObjectKind::Instance && c.object->kind != ObjectKind::NatGateway)
            continue;
        const bool instance = c.object->kind == ObjectKind::Instance;
        const QString subnetId = instance ? static_cast<Instance *>(c.object.get())->subnet
                                          : static_cast<NatGateway *>(c.object.get())->subnet;
        IpAddress &address = instance ? static_cast<Instance *>(c.object.get())->privateIp
                                      : static_cast<NatGateway *>(c.object.get())->privateIp;
        if (instance)
            static_cast<Instance *>(c.object.get())->ipv6 = IpAddress();
        if (!address.isValid())
            continue;
        if (const Subnet *fresh = copiedSubnets.value(subnetId)) {
            // The same place in the new block; else the first free one when deployed.
            const Subnet *original = design.findSubnet(renamed.key(subnetId));
            const auto moved =
                original ? fresh->cidr.first().plus(address.value() - original->cidr.first().value()) : std::nullopt;
            address = moved && fresh->cidr.contains(*moved) ? *moved : IpAddress();
            continue;
        }
        const Subnet *s = target.findSubnet(subnetId);
        if (!s)
            continue;
        if (auto free = nextFreeAddress(target, *s, newAddrs.value(subnetId))) {
            address = *free;
            newAddrs[subnetId].append(*free);
        } else {
            address = IpAddress();
        }
    }

    // References a copy cannot use where it lands are dropped. Each copied object has a
    // home: the VPC it ends up in (a copied VPC's own id for what it holds).
    QHash<QString, QString> homeOf;
    QHash<QString, const Object *> copyById;
    QSet<QPair<QString, QString>> copiedPeerings;
    for (const Copy &c : copies) {
        const QString home = c.object->kind == ObjectKind::Vpc ? c.object->id : c.parentId;
        std::function<void(const Object &)> collect = [&](const Object &o) {
            homeOf.insert(o.id, home);
            copyById.insert(o.id, &o);
            Design::forEachChild(o, collect);
        };
        collect(*c.object);
        if (c.object->kind == ObjectKind::PeeringConnection) {
            const auto *p = static_cast<const PeeringConnection *>(c.object.get());
            copiedPeerings.insert({p->requester, p->accepter});
            copiedPeerings.insert({p->accepter, p->requester});
        }
    }
    const auto peeredHomes = [&](const QString &a, const QString &b) {
        return a == b || copiedPeerings.contains({a, b}) || peered(target, a, b);
    };
    for (Copy &c : copies) {
        const QString home = homeOf.value(c.object->id);
        int removed = 0;
        editReferences(*c.object, [&](const Object &o, const QString &ref) -> std::optional<QString> {
            if (dropped.contains(ref)) {
                ++removed;
                return QString(); // a copy that was left out
            }
            const Object *copied = copyById.value(ref);
            const Object *named = copied ? copied : design.find(ref);
            if (home.isEmpty() || !named)
                return std::nullopt; // top level, or a name that was never an object (a prefix list)
            const bool present = copied || target.contains(ref);
            bool usable = true;
            if (named->kind == ObjectKind::PeeringConnection) {
                const auto *p = static_cast<const PeeringConnection *>(named);
                usable = present && (p->requester == home || p->accepter == home);
            } else if (named->kind != ObjectKind::Vpc) {
                const Vpc *vpc = copied ? nullptr : design.vpcOf(*named);
                const QString owner = copied ? homeOf.value(ref) : vpc ? vpc->id : QString();
                const bool group = named->kind == ObjectKind::SecurityGroup && o.kind == ObjectKind::SecurityGroup;
                usable = present && (owner == home || (group && peeredHomes(owner, home)));
            }
            if (usable)
                return std::nullopt;
            ++removed;
            return QString(); // dropped
        });
        if (removed > 0)
            note(Tr::tr("%1: left out %n reference(s) it cannot use where it was pasted", nullptr, removed)
                     .arg(c.object->id));
    }
    return copies;
}
