#include "network.h"

#include <atomic>

#include "awsranges.h"
#include "placement.h"

#include <QCryptographicHash>

#include <algorithm>

namespace {

/// A stable stand-in address for an object that has none written (a NAT gateway's
/// elastic IP): from 3.0.0.0/8, chosen by the id.
IpAddress derivedPublic(const QString &id)
{
    const QByteArray h = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1);
    return IpAddress::v4((3u << 24) | (quint32(quint8(h[0])) << 16) | (quint32(quint8(h[1])) << 8) |
                         std::max<quint32>(1, quint8(h[2])));
}

QString derivedEni(const QString &seed)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("eni-") + QString::fromLatin1(hash.toHex().left(17));
}

} // namespace

Network::Network(const Design &design) : mDesign(design)
{
    static std::atomic<quint64> made{0};
    mGeneration = ++made;
    int v = 0;
    for (const Vpc *vpc : design.vpcs())
        mVpcIndex.insert(vpc->id, v++);
    vpcs.resize(size_t(v));
    // Groups first: rules name groups anywhere.
    for (const Vpc *vpc : design.vpcs())
        for (const SecurityGroup *g : vpc->securityGroupList()) {
            mGroupIndex.insert(g->id, int(groups.size()));
            groups.push_back({g, mVpcIndex.value(vpc->id), {}, {}});
        }
    for (Group &g : groups) {
        const QString region = g.vpc >= 0 ? design.vpcs().at(size_t(g.vpc))->region : QString();
        const auto compile = [this, &region](const SgRuleList &rules) {
            const quint32 begin = quint32(groupRules.size());
            int row = 0;
            for (const SgRule &r : rules) {
                const qint16 protocol = qint16(r.protocol.number());
                if (r.group.startsWith(QLatin1String("service:"))) {
                    // An AWS-managed prefix list: a rule per block of the Region's list, one row.
                    const QList<Cidr> blocks = servicePrefixes(serviceName(r.group), region);
                    for (const Cidr &c : blocks) {
                        const Peer p = Peer::of(c);
                        groupRules.push_back({p.network, p.length, p.family, protocol, quint16(r.ports.from),
                                              quint16(r.ports.to), -1, row});
                    }
                    if (blocks.isEmpty()) // a service without a list here: matches nothing
                        groupRules.push_back({0, 0, 0, protocol, quint16(r.ports.from), quint16(r.ports.to), -2, row});
                    ++row;
                    continue;
                }
                const Peer p = Peer::of(r.cidr);
                groupRules.push_back({p.network, p.length, p.family, protocol, quint16(r.ports.from),
                                      quint16(r.ports.to), r.isGroupReference() ? mGroupIndex.value(r.group, -2) : -1,
                                      row++});
            }
            return Range{begin, quint32(groupRules.size()) - begin};
        };
        g.ingress = compile(g.group->ingress);
        g.egress = compile(g.group->effectiveEgress());
    }
    for (const PeeringConnection *p : design.peerings()) {
        Peering info{p, mVpcIndex.value(p->requester, -1), mVpcIndex.value(p->accepter, -1), p->isActive(), false};
        if (info.a >= 0 && info.b >= 0 && info.a != info.b) {
            info.interRegion = design.vpcs().at(size_t(info.a))->region != design.vpcs().at(size_t(info.b))->region;
            mPeeringIndex.insert(p->id, int(peerings.size()));
            vpcs[size_t(info.a)].peerings.push_back(int(peerings.size()));
            vpcs[size_t(info.b)].peerings.push_back(int(peerings.size()));
            peerings.push_back(info);
        }
    }
    for (const Bucket *b : design.buckets())
        buckets.push_back(b);
    for (const Vpc *vpc : design.vpcs())
        compileVpc(*vpc, mVpcIndex.value(vpc->id));
    // An index of every VPC block, to find the VPCs that hold an address.
    QHash<std::pair<IpAddress, int>, int> entries; // block -> entry
    for (size_t v = 0; v < vpcs.size(); ++v)
        for (const QList<Cidr> *blocks : {&vpcs[v].vpc->cidrBlocks, &vpcs[v].vpc->ipv6CidrBlocks})
            for (const Cidr &c : *blocks) {
                const std::pair<IpAddress, int> key{c.network().first(), c.prefixLength()};
                auto it = entries.find(key);
                if (it == entries.end()) {
                    it = entries.insert(key, int(mVpcsOfBlock.size()));
                    (c.isV4() ? mVpcBlocksV4 : mVpcBlocksV6).insert(c, *it);
                    mVpcsOfBlock.emplace_back();
                }
                mVpcsOfBlock[size_t(*it)].push_back(int(v));
            }
    // Tables last: routes name interfaces (NAT gateways, instances) and endpoints.
    // (Each table once, with its own VPC: not every table for every VPC, which for 2,000 VPCs
    // and 8,000 tables was 16 million visits.)
    for (Table &t : tables)
        if (const Object *parent = t.table->parent; parent && parent->kind == ObjectKind::Vpc)
            if (const int index = mVpcIndex.value(parent->id, -1); index >= 0)
                compileTable(t, *static_cast<const Vpc *>(parent), index);
    // The endpoint of each endpoint's interface, looked up for every packet that meets one.
    mEndpointOfInterface.assign(interfaces.size(), -1);
    for (size_t e = 0; e < endpoints.size(); ++e)
        for (const int i : endpoints[e].interfaces)
            if (mEndpointOfInterface[size_t(i)] < 0)
                mEndpointOfInterface[size_t(i)] = int(e);
}

void Network::compileVpc(const Vpc &vpc, int index)
{
    VpcInfo &info = vpcs[size_t(index)];
    info.vpc = &vpc;
    info.internetGateway = vpc.internetGateway() != nullptr;
    info.blocks = Range{quint32(vpcBlocks.size()), quint32(vpc.cidrBlocks.size() + vpc.ipv6CidrBlocks.size())};
    for (const Cidr &c : vpc.cidrBlocks)
        vpcBlocks.push_back(Peer::of(c));
    for (const Cidr &c : vpc.ipv6CidrBlocks)
        vpcBlocks.push_back(Peer::of(c));
    info.egressOnlyGateway = vpc.egressOnlyGateway() != nullptr;

    // Route tables and ACLs, the implicit ones included.
    QList<const RouteTable *> tableList;
    for (const RouteTable *t : vpc.routeTableList())
        tableList.append(t);
    if (!tableList.contains(&mDesign.mainRouteTable(vpc)))
        tableList.append(&mDesign.mainRouteTable(vpc));
    for (const RouteTable *t : tableList) {
        mTableIndex.insert(t->id, int(tables.size()));
        tables.push_back({t, {}, {}});
    }
    QList<const NetworkAcl *> aclList;
    for (const NetworkAcl *a : vpc.networkAclList())
        aclList.append(a);
    if (!aclList.contains(&mDesign.defaultNetworkAcl(vpc)))
        aclList.append(&mDesign.defaultNetworkAcl(vpc));
    for (const NetworkAcl *a : aclList) {
        Acl acl;
        acl.acl = a;
        const auto compile = [this](const NaclRuleList &rules) {
            Range range{quint32(aclRules.size()), quint32(rules.size())};
            int row = 0;
            for (const NaclRule &r : rules) {
                const Peer p = Peer::of(r.cidr);
                aclRules.push_back({p.network, p.length, p.family, qint16(r.protocol.number()), quint16(r.ports.from),
                                    quint16(r.ports.to), r.allow, r.number, row++});
            }
            std::stable_sort(aclRules.begin() + range.begin, aclRules.end(),
                             [](const AclRule &x, const AclRule &y) { return x.number < y.number; });
            return range;
        };
        acl.ingress = compile(a->ingress);
        acl.egress = compile(a->egress);
        mAclIndex.insert(a->id, int(acls.size()));
        acls.push_back(std::move(acl));
    }

    for (const Subnet *s : vpc.subnetList()) {
        const int si = int(subnets.size());
        mSubnetIndex.insert(s->id, si);
        const int acl = mAclIndex.value(mDesign.networkAclOf(*s).id, -1);
        subnets.push_back({s, index, mTableIndex.value(mDesign.routeTableOf(*s).id, -1), acl,
                           acl >= 0 ? acls[size_t(acl)].ingress : Range{},
                           acl >= 0 ? acls[size_t(acl)].egress : Range{}});
        if (s->cidr.isValid())
            info.subnetsV4.insert(s->cidr, si);
        if (s->ipv6Cidr.isValid())
            info.subnetsV6.insert(s->ipv6Cidr, si);
    }

    // Interfaces. Addresses not written are the first free ones, in file order.
    QHash<int, QList<IpAddress>> given; // subnet -> addresses handed out here
    const auto address = [&](int subnet, const IpAddress &written) {
        if (written.isValid() || subnet < 0)
            return written;
        const auto free = Placement::nextFreeAddress(mDesign, *subnets[size_t(subnet)].subnet, given.value(subnet));
        if (free)
            given[subnet].append(*free);
        return free.value_or(IpAddress());
    };
    const auto add = [&](Interface iface) {
        const int ii = int(interfaces.size());
        if (iface.privateV4.isValid())
            mByPrivate.insert({index, iface.privateV4}, ii);
        if (iface.v6.isValid())
            mByPrivate.insert({index, iface.v6}, ii);
        if (iface.publicV4.isValid())
            mByPublic.insert(iface.publicV4, ii);
        if (iface.v6.isValid())
            mByPublic.insert(iface.v6, ii);
        interfaces.push_back(std::move(iface));
        return ii;
    };
    for (const Instance *i : vpc.instanceList()) {
        Interface iface;
        iface.kind = Interface::Kind::Instance;
        iface.owner = i;
        iface.subnet = mSubnetIndex.value(i->subnet, -1);
        iface.vpc = index;
        iface.privateV4 = address(iface.subnet, i->privateIp);
        iface.publicV4 = i->publicIp;
        iface.v6 = i->ipv6;
        for (const QString &g : i->securityGroups)
            if (const int gi = mGroupIndex.value(g, -1); gi >= 0)
                iface.groups.push_back(gi);
        iface.eni = i->effectiveEni();
        mInterfaceByObject.insert(i->id, add(std::move(iface)));
    }
    for (const NatGateway *n : vpc.natGatewayList()) {
        Interface iface;
        iface.kind = Interface::Kind::NatGateway;
        iface.owner = n;
        iface.subnet = mSubnetIndex.value(n->subnet, -1);
        iface.vpc = index;
        iface.privateV4 = address(iface.subnet, n->privateIp);
        iface.publicV4 = natPublicAddress(*n);
        iface.eni = derivedEni(n->id);
        mInterfaceByObject.insert(n->id, add(std::move(iface)));
    }
    for (const Endpoint *e : vpc.endpointList()) {
        EndpointInfo ep{e, index, {}};
        if (e->isInterface()) {
            for (const QString &sid : e->subnets) {
                Interface iface;
                iface.kind = Interface::Kind::InterfaceEndpoint;
                iface.owner = e;
                iface.subnet = mSubnetIndex.value(sid, -1);
                iface.vpc = index;
                iface.privateV4 = address(iface.subnet, IpAddress());
                for (const QString &g : e->securityGroups)
                    if (const int gi = mGroupIndex.value(g, -1); gi >= 0)
                        iface.groups.push_back(gi);
                iface.eni = derivedEni(e->id + QLatin1Char('/') + sid);
                const int ii = add(std::move(iface));
                if (ep.interfaces.empty())
                    mInterfaceByObject.insert(e->id, ii);
                ep.interfaces.push_back(ii);
            }
        }
        endpoints.push_back(std::move(ep));
    }
}

void Network::compileTable(Table &table, const Vpc &vpc, int vpcIndex)
{
    for (const Cidr &c : vpc.cidrBlocks)
        table.v4.insert(c, {RouteTarget::Kind::Local, -1, -1});
    for (const Cidr &c : vpc.ipv6CidrBlocks)
        table.v6.insert(c, {RouteTarget::Kind::Local, -1, -1});
    int row = 0;
    for (const Route &r : table.table->routes) {
        RouteTarget t;
        t.route = row++;
        const Object *o = mDesign.find(r.target);
        if (o) {
            switch (o->kind) {
            case ObjectKind::InternetGateway:
                if (o->parent == &vpc)
                    t.kind = RouteTarget::Kind::InternetGateway;
                break;
            case ObjectKind::EgressOnlyInternetGateway:
                if (o->parent == &vpc)
                    t.kind = RouteTarget::Kind::EgressOnlyGateway;
                break;
            case ObjectKind::NatGateway:
            case ObjectKind::Instance:
                if (o->parent == &vpc) {
                    t.kind =
                        o->kind == ObjectKind::NatGateway ? RouteTarget::Kind::NatGateway : RouteTarget::Kind::Instance;
                    t.index = mInterfaceByObject.value(o->id, -1);
                }
                break;
            case ObjectKind::PeeringConnection: {
                const int p = mPeeringIndex.value(o->id, -1);
                if (p >= 0 && (peerings[size_t(p)].a == vpcIndex || peerings[size_t(p)].b == vpcIndex)) {
                    t.kind = RouteTarget::Kind::Peering;
                    t.index = p;
                }
                break;
            }
            default:
                break;
            }
        }
        // A route to an AWS-managed prefix list holds the Region's ranges of the service;
        // one named by its pl- id has blocks the designer does not know (not routed).
        if (r.isPrefixList()) {
            for (const Cidr &prefix : servicePrefixes(serviceName(r.prefixList), vpc.region))
                if (prefix.isV4())
                    table.v4.insert(prefix, t, true);
            continue;
        }
        // A route replaces a local one only when it is a whole subnet (AWS's rule);
        // the trie keeps the first for a block, so written routes go in with replace.
        (r.destination.isV4() ? table.v4 : table.v6).insert(r.destination, t, true);
    }
    // Gateway endpoints: the prefix list of their service, in the tables associated.
    for (size_t e = 0; e < endpoints.size(); ++e) {
        const Endpoint *ep = endpoints[e].endpoint;
        if (endpoints[e].vpc != vpcIndex || !ep->isGateway() || !ep->routeTables.contains(table.table->id))
            continue;
        // The prefix list of the VPC's Region (an endpoint for another Region's service is
        // matched here and refused at the endpoint, as AWS refuses to create one).
        for (const Cidr &prefix : servicePrefixes(serviceName(ep->service), vpc.region))
            if (prefix.isV4())
                table.v4.insert(prefix, {RouteTarget::Kind::GatewayEndpoint, int(e), -1});
    }
}

int Network::interfaceAt(int vpc, const IpAddress &address) const
{
    return mByPrivate.value({vpc, address}, -1);
}

int Network::subnetAt(int vpc, const IpAddress &address) const
{
    if (vpc < 0)
        return -1;
    const VpcInfo &info = vpcs[size_t(vpc)];
    const int *s = (address.isV4() ? info.subnetsV4 : info.subnetsV6).lookup(address);
    return s ? *s : -1;
}

QList<int> Network::vpcsHolding(const IpAddress &address) const
{
    QList<int> out;
    (address.isV4() ? mVpcBlocksV4 : mVpcBlocksV6).forEachMatch(address, [&](int entry, int) {
        for (int v : mVpcsOfBlock[size_t(entry)])
            if (!out.contains(v))
                out.append(v);
    });
    std::sort(out.begin(), out.end());
    return out;
}

Network::VpcServiceAt Network::vpcServiceAt(const IpAddress &address, int askingVpc) const
{
    struct LinkLocal
    {
        IpAddress address;
        VpcService service;
    };
    static const std::array<LinkLocal, 7> fixed{{
        {*IpAddress::parse(std::string_view("169.254.169.253")), VpcService::Dns},
        {*IpAddress::parse(std::string_view("fd00:ec2::253")), VpcService::Dns},
        {*IpAddress::parse(std::string_view("169.254.169.254")), VpcService::Metadata},
        {*IpAddress::parse(std::string_view("fd00:ec2::254")), VpcService::Metadata},
        {*IpAddress::parse(std::string_view("169.254.169.123")), VpcService::TimeSync},
        {*IpAddress::parse(std::string_view("fd00:ec2::123")), VpcService::TimeSync},
        {*IpAddress::parse(std::string_view("255.255.255.255")), VpcService::Dhcp},
    }};
    if (!address.isValid())
        return {};
    for (const LinkLocal &l : fixed)
        if (l.address == address)
            return {l.service, -1};
    if (!address.isV4())
        return {};
    const auto dnsOf = [&](int v) {
        const Vpc *vpc = vpcs[size_t(v)].vpc;
        return !vpc->cidrBlocks.isEmpty() && vpc->cidrBlocks.front().network().first().plus(2) == address;
    };
    if (askingVpc >= 0 && dnsOf(askingVpc))
        return {VpcService::Dns, askingVpc};
    for (int v : vpcsHolding(address))
        if (dnsOf(v))
            return {VpcService::Dns, v};
    return {};
}

bool Network::vpcServiceListens(VpcService service, Protocol protocol, int port)
{
    const int p = protocol.number();
    switch (service) {
    case VpcService::Dns:
        return (p == Protocol::Udp || p == Protocol::Tcp) && port == 53;
    case VpcService::Metadata:
        return p == Protocol::Tcp && port == 80;
    case VpcService::TimeSync:
        return p == Protocol::Udp && port == 123;
    case VpcService::Dhcp:
        return p == Protocol::Udp && port == 67;
    case VpcService::None:
        break;
    }
    return false;
}

QString Network::serviceName(const QString &text)
{
    QString name = text;
    if (name.startsWith(QLatin1String("service:")))
        name = name.mid(8);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return (dot >= 0 ? name.mid(dot + 1) : name).toLower();
}

IpAddress Network::serviceAddress(const QString &service, const QString &region)
{
    // An address in the largest of the service's ranges in the Region (at .8.10 of it when it
    // is that large: 52.216.8.10 for S3 in us-east-1), stable for a Region.
    const QList<Cidr> &ranges = AwsRanges::prefixes(service, region);
    if (!ranges.isEmpty()) {
        const Cidr largest = *std::min_element(ranges.begin(), ranges.end(), [](const Cidr &a, const Cidr &b) {
            return a.prefixLength() != b.prefixLength() ? a.prefixLength() < b.prefixLength()
                                                        : a.first().value() < b.first().value();
        });
        const u128 size = largest.size();
        const u128 offset = size > 4096 ? 2058 : size > 12 ? 10 : size / 2;
        if (const auto a = largest.first().plus(offset))
            return *a;
    }
    // Other services (SQS, SSM...): an address of Amazon's ranges.
    return *IpAddress::parse(std::string_view("54.239.28.85"));
}

QList<Cidr> Network::servicePrefixes(const QString &service, const QString &region)
{
    return AwsRanges::prefixes(service, region);
}

IpAddress Network::natPublicAddress(const NatGateway &nat)
{
    return nat.isPublic() ? (nat.publicIp.isValid() ? nat.publicIp : derivedPublic(nat.id)) : IpAddress();
}

int Network::bucketIndex(const QString &id) const
{
    for (size_t i = 0; i < buckets.size(); ++i)
        if (buckets[i]->id == id)
            return int(i);
    return -1;
}

int Network::endpointOfInterface(int iface) const
{
    if (iface < 0 || interfaces[size_t(iface)].kind != Interface::Kind::InterfaceEndpoint)
        return -1;
    return mEndpointOfInterface[size_t(iface)];
}

std::vector<int> Network::interfacesWatchedBy(const FlowLog &log) const
{
    std::vector<int> out;
    const Object *resource = mDesign.find(log.resource);
    for (size_t i = 0; resource && i < interfaces.size(); ++i) {
        const Interface &x = interfaces[i];
        const bool sees =
            (resource->kind == ObjectKind::Vpc && x.vpc >= 0 && vpcs[size_t(x.vpc)].vpc == resource) ||
            (resource->kind == ObjectKind::Subnet && x.subnet >= 0 && subnets[size_t(x.subnet)].subnet == resource) ||
            (resource->kind == ObjectKind::Instance && x.owner == resource);
        if (sees)
            out.push_back(int(i));
    }
    return out;
}
