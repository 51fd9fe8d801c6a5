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
    case ObjectKind::Bucket:
    case ObjectKind::Intent:
    case ObjectKind::Scenario:
    case ObjectKind::Flow:
        return false;
    default:
        return true;
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

} // namespace

QString Placement::parentOf(ObjectKind kind, const Target &target)
{
    return inVpc(kind) ? target.vpcId : QString();
}

namespace {

Placement::Defaults current;

/// The default AZs' names in a region.
QStringList defaultZones(const QString &region)
{
    QStringList names;
    for (const QString &zone : current.zones)
        names.append(region + zone);
    if (names.isEmpty())
        names.append(region + QLatin1Char('a'));
    return names;
}

} // namespace

void Placement::setDefaults(const Defaults &defaults)
{
    current = defaults;
}

const Placement::Defaults &Placement::defaults()
{
    return current;
}

Placement::Target Placement::targetFor(const Design &design, ObjectKind kind, const QStringList &selection, bool *ok)
{
    if (ok)
        *ok = true;
    if (!inVpc(kind))
        return {};
    // Where the user is working first, then everything in file order.
    QList<Target> tries;
    const auto add = [&](const Vpc &vpc, const Subnet *subnet) {
        Target t{vpc.id, subnet ? subnet->id : QString(), subnet ? subnet->az : QString()};
        if (!subnet && kind == ObjectKind::Subnet) {
            // The AZ with the fewest subnets, of the VPC's and the default ones.
            QHash<QString, int> count;
            QStringList order;
            for (const Subnet *s : vpc.subnetList()) {
                if (!count.contains(s->az))
                    order.append(s->az);
                ++count[s->az];
            }
            for (const QString &zone : defaultZones(vpc.region))
                if (!order.contains(zone))
                    order.append(zone);
            int best = -1;
            for (const QString &az : order)
                if (best < 0 || count.value(az) < best) {
                    best = count.value(az);
                    t.az = az;
                }
        }
        tries.append(t);
    };
    for (const QString &id : selection) {
        const Object *o = design.find(id);
        const Vpc *vpc = o ? design.vpcOf(*o) : nullptr;
        if (!vpc)
            continue;
        const Subnet *subnet = o->kind == ObjectKind::Subnet ? static_cast<const Subnet *>(o) : nullptr;
        if (o->kind == ObjectKind::Instance)
            subnet = design.findSubnet(static_cast<const Instance *>(o)->subnet);
        else if (o->kind == ObjectKind::NatGateway)
            subnet = design.findSubnet(static_cast<const NatGateway *>(o)->subnet);
        if (subnet && kind != ObjectKind::Subnet)
            add(*vpc, subnet);
        else if (subnet) // a new subnet beside the selected one, in its AZ
            tries.append({vpc->id, {}, subnet->az});
        if (inSubnet(kind)) // the selected VPC's subnets before any other VPC's
            for (const Subnet *s : vpc->subnetList())
                add(*vpc, s);
        add(*vpc, nullptr);
    }
    // An endpoint or flow log with nothing selected goes on a VPC (gateway endpoint, VPC
    // log); things that live in subnets look in subnets.
    const bool wantsSubnet = inSubnet(kind);
    for (const Vpc *vpc : design.vpcs()) {
        if (wantsSubnet)
            for (const Subnet *s : vpc->subnetList())
                add(*vpc, s);
        add(*vpc, nullptr);
    }
    for (const Target &t : tries)
        if (refusal(design, kind, t).isEmpty())
            return t;
    if (ok)
        *ok = false;
    return tries.isEmpty() ? Target{} : tries.first();
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
    case ObjectKind::Bucket:
    case ObjectKind::Intent:
        return QString(); // a bucket or an intent stands beside the VPCs, in no container
    case ObjectKind::Scenario:
    case ObjectKind::Flow:
        return Tr::tr("traffic is added in the simulation panel");
    default:
        break;
    }
    if (!vpc)
        return Tr::tr("%1 lives in a VPC; drop it inside one").arg(kindNameWithArticle(kind));
    if (inSubnet(kind) && !design.findSubnet(target.subnetId))
        return Tr::tr("%1 lives in a subnet; drop it inside one").arg(kindNameWithArticle(kind));
    if (kind == ObjectKind::Subnet) {
        if (!target.subnetId.isEmpty())
            return Tr::tr("subnets do not nest; drop the subnet on the VPC's free space");
        if (!nextFreeSubnetBlock(design, *vpc))
            return Tr::tr("%1 has no free block left for another subnet (its blocks: %2)").arg(vpc->id, [&] {
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
        v->region = design.vpcs().empty() ? current.region : design.vpcs().at(0)->region;
        v->cidrBlocks = {nextFreeVpcBlock(design)};
        v->dnsHostnames = true;
        break;
    }
    case ObjectKind::Subnet: {
        auto *s = static_cast<Subnet *>(object.get());
        s->az = target.az.isEmpty() ? defaultZones(vpc->region).first() : target.az;
        s->cidr = *nextFreeSubnetBlock(design, *vpc);
        break;
    }
    case ObjectKind::Instance: {
        auto *i = static_cast<Instance *>(object.get());
        i->subnet = subnet->id;
        i->privateIp = *nextFreeAddress(design, *subnet);
        break;
    }
    case ObjectKind::NatGateway:
        static_cast<NatGateway *>(object.get())->subnet = subnet->id;
        break;
    case ObjectKind::Endpoint: {
        auto *e = static_cast<Endpoint *>(object.get());
        if (subnet) { // an interface in the subnet it was dropped on
            e->type = EndpointType::Interface;
            e->service = QStringLiteral("ssm");
            e->subnets = {subnet->id};
        } else { // on the VPC: a gateway endpoint for S3 in the VPC's tables
            e->type = EndpointType::Gateway;
            e->service = QStringLiteral("s3");
            for (const RouteTable *t : vpc->routeTableList())
                e->routeTables.append(t->id);
        }
        break;
    }
    case ObjectKind::Bucket: {
        // In the region of the design's first VPC: where its flows usually come from.
        auto *b = static_cast<Bucket *>(object.get());
        b->region = design.vpcs().empty() ? current.region : design.vpcs().at(0)->region;
        break;
    }
    case ObjectKind::Intent: {
        // The question asked most: can the internet reach the first VPC at all?
        auto *i = static_cast<Intent *>(object.get());
        i->from = {QStringLiteral("internet")};
        if (!design.vpcs().empty())
            i->to = {design.vpcs().at(0)->id};
        break;
    }
    case ObjectKind::FlowLog: {
        auto *f = static_cast<FlowLog *>(object.get());
        f->resource = subnet ? subnet->id : vpc->id;
        f->format = current.flowLogFormat;
        break;
    }
    default:
        break;
    }
    return object;
}
