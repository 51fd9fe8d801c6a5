#include "syntheticdesign.h"

#include "design.h"

#include <QSet>

namespace {

constexpr const char *Regions[] = {"us-east-1", "us-west-2", "eu-west-1"};
constexpr const char *Tiers[] = {"public", "app", "data", "endpoint"};
constexpr char Zones[] = {'a', 'b', 'c'};

QString num(int i)
{
    return QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
}

/// 10.0.0.0/8 cut into /20 blocks: room for 4,096 VPCs of sixteen /24 subnets.
Cidr vpcBlock(int i)
{
    return Cidr(IpAddress::v4((10u << 24) | (quint32(i) << 12)), 20);
}

Cidr vpcBlock6(int i)
{
    const u128 base = u128(0x26001f18u) << 96;
    return Cidr(IpAddress::v6(base | (u128(quint32(i)) << 72)), 56);
}

Cidr cidr(const char *text)
{
    return *Cidr::parse(std::string_view(text));
}

template <class T> T *add(Design &design, Object *parent, std::unique_ptr<T> object)
{
    T *raw = object.get();
    ObjectPtr owned = std::move(object);
    design.insert(parent, owned);
    return raw;
}

SgRule rule(int protocol, int from, int to, const Cidr &peer)
{
    SgRule r;
    r.protocol = Protocol(protocol);
    r.ports = {from, to};
    r.cidr = peer;
    return r;
}

SgRule groupRule(int port, const QString &group)
{
    SgRule r;
    r.protocol = Protocol(Protocol::Tcp);
    r.ports = PortRange::single(port);
    r.group = group;
    return r;
}

NaclRule naclRule(int number, int from, int to, const Cidr &peer)
{
    NaclRule r;
    r.number = number;
    r.protocol = Protocol(Protocol::Tcp);
    r.ports = {from, to};
    r.cidr = peer;
    r.allow = true;
    return r;
}

/// The VPCs that VPC i peers with: three it requests, and those that request it.
QList<int> peersOf(int i, int n)
{
    QList<int> peers;
    if (n < 2)
        return peers;
    for (int d : {1, 7, 31}) {
        for (int j : {(i + d) % n, ((i - d) % n + n) % n})
            if (j != i && !peers.contains(j))
                peers.append(j);
    }
    return peers;
}

QString peeringId(int a, int b)
{
    return QStringLiteral("pcx-%1-%2").arg(num(std::min(a, b)), num(std::max(a, b)));
}

void addVpc(Design &design, int i, int n)
{
    const QString id = num(i);
    const QString region = QLatin1String(Regions[i % 3]);
    auto vpcObject = std::make_unique<Vpc>();
    vpcObject->id = QStringLiteral("vpc-") + id;
    vpcObject->name = QStringLiteral("service-") + id;
    vpcObject->region = region;
    vpcObject->cidrBlocks = {vpcBlock(i)};
    vpcObject->ipv6CidrBlocks = {vpcBlock6(i)};
    vpcObject->dnsHostnames = true;
    Vpc *vpc = add(design, nullptr, std::move(vpcObject));
    const Cidr block = vpcBlock(i);

    auto igw = std::make_unique<Gateway>(ObjectKind::InternetGateway);
    igw->id = QStringLiteral("igw-") + id;
    add(design, vpc, std::move(igw));
    auto eigw = std::make_unique<Gateway>(ObjectKind::EgressOnlyInternetGateway);
    eigw->id = QStringLiteral("eigw-") + id;
    add(design, vpc, std::move(eigw));

    const QList<int> peers = peersOf(i, n);
    const auto addPeerRoutes = [&](RouteTable *t) {
        for (int p : peers)
            t->routes.append({vpcBlock(p), peeringId(i, p), false});
    };
    auto pub = std::make_unique<RouteTable>();
    pub->id = QStringLiteral("rtb-%1-public").arg(id);
    pub->routes.append({cidr("0.0.0.0/0"), QStringLiteral("igw-") + id, false});
    addPeerRoutes(pub.get());
    add(design, vpc, std::move(pub));
    for (char z : Zones) {
        auto priv = std::make_unique<RouteTable>();
        priv->id = QStringLiteral("rtb-%1-private-%2").arg(id).arg(QLatin1Char(z));
        priv->main = z == 'a';
        priv->routes.append({cidr("0.0.0.0/0"), QStringLiteral("nat-%1-%2").arg(id).arg(QLatin1Char(z)), false});
        addPeerRoutes(priv.get());
        add(design, vpc, std::move(priv));
    }

    auto acl = std::make_unique<NetworkAcl>();
    acl->id = QStringLiteral("acl-%1-data").arg(id);
    acl->ingress = {naclRule(100, 5432, 5432, block), naclRule(110, 1024, 65535, cidr("0.0.0.0/0"))};
    acl->egress = {naclRule(100, 1024, 65535, block), naclRule(110, 443, 443, cidr("0.0.0.0/0"))};
    add(design, vpc, std::move(acl));

    for (int t = 0; t < 4; ++t) {
        for (int z = 0; z < 3; ++z) {
            auto s = std::make_unique<Subnet>();
            s->id = QStringLiteral("subnet-%1-%2-%3").arg(id, QLatin1String(Tiers[t])).arg(QLatin1Char(Zones[z]));
            s->az = region + QLatin1Char(Zones[z]);
            s->cidr = Cidr(*block.first().plus(u128(t * 3 + z) << 8), 24);
            if (t == 0) {
                s->ipv6Cidr = Cidr(*vpcBlock6(i).first().plus(u128(z) << 64), 64);
                s->routeTable = QStringLiteral("rtb-%1-public").arg(id);
            } else {
                s->routeTable = QStringLiteral("rtb-%1-private-%2").arg(id).arg(QLatin1Char(Zones[z]));
            }
            if (t == 2)
                s->networkAcl = QStringLiteral("acl-%1-data").arg(id);
            add(design, vpc, std::move(s));
        }
    }

    // Five groups of ten rules: CIDR rules from the VPC, its peers and the internet, and
    // references to the VPC's own groups.
    const QString sg = QStringLiteral("sg-%1-").arg(id);
    const char *groups[] = {"web", "app", "db", "bastion", "endpoints"};
    for (const char *g : groups) {
        auto group = std::make_unique<SecurityGroup>();
        group->id = sg + QLatin1String(g);
        group->name = QLatin1String(g);
        SgRuleList &in = group->ingress;
        in.append(rule(Protocol::Tcp, 443, 443, cidr("0.0.0.0/0")));
        in.append(rule(Protocol::Tcp, 80, 80, block));
        in.append(groupRule(22, sg + QStringLiteral("bastion")));
        in.append(rule(Protocol::Icmp, 0, 65535, block));
        for (int p = 0; p < 4 && p < int(peers.size()); ++p)
            in.append(rule(Protocol::Tcp, 8000 + p, 8000 + p, vpcBlock(peers[p])));
        while (in.size() < 9)
            in.append(rule(Protocol::Tcp, 9000 + int(in.size()), 9000 + int(in.size()), block));
        in.append(groupRule(5432, sg + QStringLiteral("app")));
        add(design, vpc, std::move(group));
    }

    for (char z : Zones) {
        auto nat = std::make_unique<NatGateway>();
        nat->id = QStringLiteral("nat-%1-%2").arg(id).arg(QLatin1Char(z));
        nat->subnet = QStringLiteral("subnet-%1-public-%2").arg(id).arg(QLatin1Char(z));
        add(design, vpc, std::move(nat));
    }

    auto s3 = std::make_unique<Endpoint>();
    s3->id = QStringLiteral("vpce-%1-s3").arg(id);
    s3->type = EndpointType::Gateway;
    s3->service = QStringLiteral("s3");
    s3->routeTables = {QStringLiteral("rtb-%1-public").arg(id)};
    for (char z : Zones)
        s3->routeTables.append(QStringLiteral("rtb-%1-private-%2").arg(id).arg(QLatin1Char(z)));
    add(design, vpc, std::move(s3));
    auto ssm = std::make_unique<Endpoint>();
    ssm->id = QStringLiteral("vpce-%1-ssm").arg(id);
    ssm->type = EndpointType::Interface;
    ssm->service = QStringLiteral("ssm");
    for (char z : Zones)
        ssm->subnets.append(QStringLiteral("subnet-%1-endpoint-%2").arg(id).arg(QLatin1Char(z)));
    ssm->securityGroups = {sg + QStringLiteral("endpoints")};
    add(design, vpc, std::move(ssm));

    // Two instances in each of the twelve subnets.
    const char *tierGroup[] = {"web", "app", "db", "bastion"};
    for (int t = 0; t < 4; ++t) {
        for (int z = 0; z < 3; ++z) {
            const Cidr subnet(*block.first().plus(u128(t * 3 + z) << 8), 24);
            for (int k = 0; k < 2; ++k) {
                auto inst = std::make_unique<Instance>();
                const int n2 = (t * 3 + z) * 2 + k;
                inst->id = QStringLiteral("i-%1-%2").arg(id).arg(n2, 2, 10, QLatin1Char('0'));
                inst->subnet =
                    QStringLiteral("subnet-%1-%2-%3").arg(id, QLatin1String(Tiers[t])).arg(QLatin1Char(Zones[z]));
                inst->privateIp = *subnet.first().plus(10 + k);
                if (t == 0)
                    inst->publicIp = IpAddress::v4((54u << 24) | (quint32(i) << 8) | quint32(n2));
                inst->securityGroups = {sg + QLatin1String(tierGroup[t])};
                add(design, vpc, std::move(inst));
            }
        }
    }

    auto log = std::make_unique<FlowLog>();
    log->id = QStringLiteral("fl-") + id;
    log->resource = vpc->id;
    log->destination = LogDestination::S3;
    add(design, vpc, std::move(log));
}

} // namespace

std::unique_ptr<Design> makeSyntheticDesign(const SyntheticOptions &options)
{
    auto design = std::make_unique<Design>();
    design->name = QStringLiteral("Synthetic design of %1 VPCs").arg(options.vpcs);
    const int n = options.vpcs;
    for (int i = 0; i < n; ++i)
        addVpc(*design, i, n);
    QSet<QString> made;
    for (int i = 0; i < n; ++i) {
        for (int d : {1, 7, 31}) {
            const int j = (i + d) % n;
            if (j == i || made.contains(peeringId(i, j)))
                continue;
            made.insert(peeringId(i, j));
            auto p = std::make_unique<PeeringConnection>();
            p->id = peeringId(i, j);
            p->requester = QStringLiteral("vpc-") + num(i);
            p->accepter = QStringLiteral("vpc-") + num(j);
            add(*design, nullptr, std::move(p));
        }
    }
    return design;
}
