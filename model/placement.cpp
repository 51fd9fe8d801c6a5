#include "placement.h"

#include "properties.h"

#include <QCoreApplication>
#include <QSet>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Placement)
};

bool inVpc(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Vpc:
    case ObjectKind::PeeringConnection:
    case ObjectKind::Scenario:
    case ObjectKind::Flow: return false;
    default: return true;
    }
}

bool inSubnet(ObjectKind kind)
{
    return kind == ObjectKind::Instance || kind == ObjectKind::NatGateway;
}

QList<IpAddress> takenAddresses(const Design &design, const Subnet &subnet)
{
    QList<IpAddress> taken;
    if (const Vpc *vpc = design.vpcOf(subnet)) {
        for (const Instance *i : vpc->instanceList())
            if (i->subnet == subnet.id && i->privateIp.isValid())
                taken.append(i->privateIp);
        for (const NatGateway *n : vpc->natGatewayList())
            if (n->subnet == subnet.id && n->privateIp.isValid())
                taken.append(n->privateIp);
    }
    return taken;
}

/// An id like `id` for a copy: `id-copy`, then `id-copy-2`, ... (kept within 64 characters).
QString copyId(const Design &source, const Design &target, const QString &id,
               const QSet<QString> &reserved)
{
    const QString base = id.left(52) + QStringLiteral("-copy");
    QString candidate = base;
    for (int n = 2; source.contains(candidate) || target.contains(candidate) || reserved.contains(candidate);
         ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

} // namespace

QString Placement::parentOf(ObjectKind kind, const Target &target)
{
    return inVpc(kind) ? target.vpcId : QString();
}

QString Placement::refusal(const Design &design, ObjectKind kind, const Target &target)
{
    const Vpc *vpc = design.findVpc(target.vpcId);
    switch (kind) {
    case ObjectKind::Vpc:
        return target.vpcId.isEmpty() ? QString()
                                      : Tr::tr("a VPC cannot sit inside another VPC; drop it on "
                                               "the empty canvas");
    case ObjectKind::PeeringConnection:
        return Tr::tr("draw a peering by dragging from one VPC to another");
    case ObjectKind::Scenario:
    case ObjectKind::Flow: return Tr::tr("traffic is added in the simulation panel");
    default: break;
    }
    if (!vpc)
        return Tr::tr("a %1 lives in a VPC; drop it inside one").arg(kindName(kind));
    if (inSubnet(kind) && !design.findSubnet(target.subnetId))
        return Tr::tr("a %1 lives in a subnet; drop it inside one").arg(kindName(kind));
    if (kind == ObjectKind::Subnet) {
        if (!target.subnetId.isEmpty())
            return Tr::tr("subnets do not nest; drop the subnet on the VPC's free space");
        if (!nextFreeSubnetBlock(design, *vpc))
            return Tr::tr("%1 has no free block left for another subnet (its blocks: %2)")
                .arg(vpc->id, [&] {
                    QStringList b;
                    for (const Cidr &c : vpc->cidrBlocks)
                        b.append(c.toString());
                    return b.join(QStringLiteral(", "));
                }());
    }
    if (kind == ObjectKind::InternetGateway && vpc->internetGateway())
        return Tr::tr("%1 already has the internet gateway %2; a VPC has at most one")
            .arg(vpc->id, vpc->internetGateway()->id);
    if (kind == ObjectKind::EgressOnlyInternetGateway && vpc->egressOnlyGateway())
        return Tr::tr("%1 already has the egress-only internet gateway %2; a VPC has at most one")
            .arg(vpc->id, vpc->egressOnlyGateway()->id);
    if (kind == ObjectKind::Instance) {
        const Subnet *s = design.findSubnet(target.subnetId);
        if (!nextFreeAddress(design, *s))
            return Tr::tr("%1 (%2) has no free address left").arg(s->id, s->cidr.toString());
    }
    return {};
}

std::optional<IpAddress> Placement::nextFreeAddress(const Design &design, const Subnet &subnet,
                                                    const QList<IpAddress> &alsoTaken)
{
    const auto first = subnet.cidr.firstUsable();
    const auto last = subnet.cidr.lastUsable();
    if (!first || !last)
        return std::nullopt;
    QSet<IpAddress> taken(alsoTaken.begin(), alsoTaken.end());
    for (const IpAddress &a : takenAddresses(design, subnet))
        taken.insert(a);
    const IpAddress base = subnet.cidr.first();
    const u128 lastOffset = last->value() - base.value();
    // From .10 when the subnet has room (easier to read), then the ones before it.
    const u128 start = std::min<u128>(subnet.cidr.hostBits() >= 5 ? 10 : 4, lastOffset);
    for (u128 offset = start; offset <= lastOffset; ++offset)
        if (const auto a = base.plus(offset); a && !taken.contains(*a))
            return a;
    for (u128 offset = 4; offset < start; ++offset)
        if (const auto a = base.plus(offset); a && !taken.contains(*a))
            return a;
    return std::nullopt;
}

std::optional<Cidr> Placement::nextFreeSubnetBlock(const Design &design, const Vpc &vpc, int preferred,
                                                   const QList<Cidr> &alsoTaken)
{
    QList<Cidr> used = alsoTaken;
    for (const Subnet *s : vpc.subnetList())
        used.append(s->cidr);
    (void)design;
    for (int length = preferred; length <= 28; ++length)
        for (const Cidr &block : vpc.cidrBlocks)
            if (length >= block.prefixLength())
                if (auto c = Cidr::nextFree(block.network(), length, used))
                    return c;
    return std::nullopt;
}

Cidr Placement::nextFreeVpcBlock(const Design &design)
{
    QList<Cidr> used;
    for (const Vpc *v : design.vpcs())
        used.append(v->cidrBlocks);
    const Cidr space = *Cidr::parse(std::string_view("10.0.0.0/8"));
    return Cidr::nextFree(space, 16, used).value_or(*Cidr::parse(std::string_view("172.16.0.0/16")));
}

ObjectPtr Placement::create(const Design &design, ObjectKind kind, const Target &target, QString *why)
{
    const QString refused = refusal(design, kind, target);
    if (!refused.isEmpty()) {
        if (why)
            *why = refused;
        return nullptr;
    }
    ObjectPtr object = createObject(kind);
    object->id = design.uniqueId(kindIdPrefix(kind));
    const Vpc *vpc = design.findVpc(target.vpcId);
    const Subnet *subnet = design.findSubnet(target.subnetId);
    switch (kind) {
    case ObjectKind::Vpc: {
        auto *v = static_cast<Vpc *>(object.get());
        v->region = design.vpcs().empty() ? QStringLiteral("us-east-1") : design.vpcs().at(0)->region;
        v->cidrBlocks = {nextFreeVpcBlock(design)};
        v->dnsHostnames = true;
        break;
    }
    case ObjectKind::Subnet: {
        auto *s = static_cast<Subnet *>(object.get());
        s->az = target.az.isEmpty() ? vpc->region + QLatin1Char('a') : target.az;
        s->cidr = *nextFreeSubnetBlock(design, *vpc);
        break;
    }
    case ObjectKind::Instance: {
        auto *i = static_cast<Instance *>(object.get());
        i->subnet = subnet->id;
        i->privateIp = *nextFreeAddress(design, *subnet);
        break;
    }
    case ObjectKind::NatGateway: static_cast<NatGateway *>(object.get())->subnet = subnet->id; break;
    case ObjectKind::Endpoint: {
        auto *e = static_cast<Endpoint *>(object.get());
        if (subnet) { // an interface in the subnet it was dropped on
            e->type = QStringLiteral("interface");
            e->service = QStringLiteral("ssm");
            e->subnets = {subnet->id};
        } else { // on the VPC: a gateway endpoint for S3 in the VPC's tables
            e->type = QStringLiteral("gateway");
            e->service = QStringLiteral("s3");
            for (const RouteTable *t : vpc->routeTableList())
                e->routeTables.append(t->id);
        }
        break;
    }
    case ObjectKind::FlowLog: {
        auto *f = static_cast<FlowLog *>(object.get());
        f->resource = subnet ? subnet->id : vpc->id;
        break;
    }
    default: break;
    }
    return object;
}

std::vector<Placement::Copy> Placement::duplicate(const Design &design, const QStringList &ids,
                                                  const Design &target)
{
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
        roots.append(o);
    }
    QList<const Object *> all = roots;
    for (const Object *o : roots) {
        if (o->kind != ObjectKind::Subnet)
            continue;
        const Vpc *vpc = design.vpcOf(*o);
        for (const Instance *i : vpc->instanceList())
            if (i->subnet == o->id && !chosen.contains(i->id) && !all.contains(i))
                all.append(i);
        for (const NatGateway *n : vpc->natGatewayList())
            if (n->subnet == o->id && !chosen.contains(n->id) && !all.contains(n))
                all.append(n);
    }

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
    for (const Object *o : all) {
        const QString parentId = o->parent ? o->parent->id : QString();
        if (!parentId.isEmpty() && !target.contains(parentId))
            continue; // its container is not there to receive it
        ObjectPtr copy = o->clone();
        renameTree(*copy);
        copies.push_back({std::move(copy), parentId, o->id});
    }
    // References among the copies point at the copies.
    std::function<void(Object &)> remap = [&](Object &o) {
        for (const PropertyDef &def : propertiesOf(o.kind)) {
            if (def.refKinds == 0)
                continue;
            QVariant value = def.get(o);
            bool changed = false;
            for (const QString &ref : referencedIds(def, value)) {
                if (const auto it = renamed.constFind(ref); it != renamed.constEnd()) {
                    value = withoutReference(def, value, ref, *it);
                    changed = true;
                }
            }
            if (changed)
                def.set(o, value);
        }
        Design::forEachChild(o, remap);
    };
    for (Copy &c : copies)
        remap(*c.object);

    // New blocks for subnets copied into the same VPC, new addresses for instances.
    QHash<QString, QList<Cidr>> newBlocks;      // VPC -> blocks given out here
    QHash<QString, QList<IpAddress>> newAddrs; // subnet -> addresses given out here
    QHash<QString, const Subnet *> copiedSubnets;
    for (Copy &c : copies) {
        if (c.object->kind != ObjectKind::Subnet)
            continue;
        auto *s = static_cast<Subnet *>(c.object.get());
        const Vpc *vpc = target.findVpc(c.parentId);
        if (!vpc)
            continue;
        if (auto block = nextFreeSubnetBlock(target, *vpc, s->cidr.prefixLength(), newBlocks.value(vpc->id))) {
            s->cidr = *block;
            newBlocks[vpc->id].append(*block);
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
        if (instance) {
            auto *i = static_cast<Instance *>(c.object.get());
            i->publicIp = IpAddress();
            i->ipv6 = IpAddress();
            i->eni.clear();
        }
        if (!address.isValid())
            continue;
        if (const Subnet *fresh = copiedSubnets.value(subnetId)) {
            // The same place in the new block; else the first free one when deployed.
            const Subnet *original = design.findSubnet(renamed.key(subnetId));
            const auto moved = original ? fresh->cidr.first().plus(address.value() -
                                                                   original->cidr.first().value())
                                        : std::nullopt;
            address = moved && fresh->cidr.contains(*moved) ? *moved : IpAddress();
            continue;
        }
        const Subnet *s = target.findSubnet(subnetId);
        if (!s)
            continue;
        if (auto free = nextFreeAddress(target, *s, newAddrs.value(subnetId))) {
            address = *free;
            newAddrs[subnetId].append(*free);
        }
    }
    return copies;
}
