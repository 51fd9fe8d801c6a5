#include "atoms.h"

#include "network.h"

#include <algorithm>
#include <set>

namespace {

/// Collects where classes begin: the first address of every block and the one after its
/// last, per family.
class Cuts
{
public:
    void add(const Cidr &block)
    {
        if (!block.isValid())
            return;
        add(block.first(), block.last());
    }
    void add(const IpAddress &first, const IpAddress &last)
    {
        auto &list = first.isV4() ? v4 : v6;
        list.push_back(first.value());
        if (last.value() < last.maxValue())
            list.push_back(last.value() + 1);
    }
    void add(const IpAddress &address)
    {
        if (address.isValid())
            add(address, address);
    }
    /// A single address that matters only to packets from or to it (an interface's, a
    /// reserved one, a VPC service's): the addresses around it stay one class.
    void addPoint(const IpAddress &address)
    {
        if (address.isValid())
            (address.isV4() ? v4Points : v6Points).push_back(address.value());
    }
    void add(u128 network, quint8 length, quint8 family)
    {
        if (family != 4 && family != 6)
            return;
        const int bits = family == 4 ? 32 : 128;
        const u128 host =
            length == 0 ? (family == 4 ? u128(0xffffffffu) : ~u128(0)) : ((u128(1) << (bits - length)) - 1);
        const IpAddress first = family == 4 ? IpAddress::v4(quint32(network & ~host)) : IpAddress::v6(network & ~host);
        const IpAddress last = family == 4 ? IpAddress::v4(quint32(network | host)) : IpAddress::v6(network | host);
        add(first, last);
    }
    /// Every scalar of a policy that reads as an address or a block (aws:SourceIp and the like).
    void addPolicy(const YamlValue &value)
    {
        if (value.type == YamlValue::Type::Scalar) {
            if (const auto c = Cidr::parse(QStringView(value.scalar)))
                add(*c);
            else if (const auto a = IpAddress::parse(QStringView(value.scalar)))
                add(*a);
        }
        for (const YamlValue &item : value.items)
            addPolicy(item);
        for (const auto &[key, v] : value.entries)
            addPolicy(v);
    }
    /// Sorts the cuts and drops repeats (vectors filled, then sorted once: a 2,000-VPC
    /// design has a few hundred thousand, which a set would insert one by one).
    void finish()
    {
        for (std::vector<u128> *list : {&v4, &v6, &v4Points, &v6Points}) {
            std::sort(list->begin(), list->end());
            list->erase(std::unique(list->begin(), list->end()), list->end());
        }
    }
    static bool holds(const std::vector<u128> &sorted, u128 value)
    {
        return std::binary_search(sorted.begin(), sorted.end(), value);
    }
    std::vector<u128> v4{0}, v6{0};
    std::vector<u128> v4Points, v6Points;
};

} // namespace

const QList<Cidr> &Atoms::notInternet()
{
    static const QList<Cidr> blocks = [] {
        QList<Cidr> out;
        for (const char *text :
             {"0.0.0.0/8", "127.0.0.0/8", "169.254.0.0/16", "224.0.0.0/3", "::/8", "fc00::/7", "fe80::/10", "ff00::/8"})
            out.append(*Cidr::parse(std::string_view(text)));
        return out;
    }();
    return blocks;
}

void Atoms::Context::finish()
{
    for (auto *runs : {&v4, &v6}) {
        std::sort(runs->begin(), runs->end());
        std::vector<std::pair<u128, u128>> merged;
        for (const auto &r : *runs) {
            if (!merged.empty() && (r.first <= merged.back().second || r.first == merged.back().second + 1))
                merged.back().second = std::max(merged.back().second, r.second);
            else
                merged.push_back(r);
        }
        *runs = std::move(merged);
    }
    for (auto *points : {&v4Points, &v6Points}) {
        std::sort(points->begin(), points->end());
        points->erase(std::unique(points->begin(), points->end()), points->end());
    }
}

bool Atoms::Context::holds(const IpAddress &address) const
{
    const auto &runs = address.isV4() ? v4 : v6;
    const u128 a = address.value();
    auto it = std::upper_bound(runs.begin(), runs.end(), a, [](u128 v, const auto &r) { return v < r.first; });
    if (it != runs.begin() && a <= std::prev(it)->second)
        return true;
    const auto &points = address.isV4() ? v4Points : v6Points;
    return std::binary_search(points.begin(), points.end(), a);
}

Atoms::Atoms(const Network &network, const Context *context)
{
    Cuts cuts;
    std::set<int> ports{Ephemeral.from, Ephemeral.to + 1};
    std::set<int> protocols;
    const auto addPorts = [&](int from, int to, int protocol) {
        if (protocol >= 0 && protocol != Protocol::Tcp && protocol != Protocol::Udp && protocol != Protocol::Icmp &&
            protocol != Protocol::Icmpv6)
            protocols.insert(protocol);
        ports.insert(from);
        ports.insert(to + 1);
    };
    for (const Network::Peer &b : network.vpcBlocks)
        cuts.add(b.network, b.length, b.family);
    for (const Network::AclRule &r : network.aclRules) {
        cuts.add(r.network, r.length, r.family);
        addPorts(r.from, r.to, r.protocol);
    }
    for (const Network::GroupRule &r : network.groupRules) {
        cuts.add(r.network, r.length, r.family);
        addPorts(r.from, r.to, r.protocol);
    }
    // The ports the VPC's own services answer on (DNS, metadata, Time Sync, DHCP).
    for (const int p : {53, 80, 123, 67})
        addPorts(p, p, -1);
    for (const Network::Interface &i : network.interfaces)
        for (const IpAddress &a : {i.privateV4, i.publicV4, i.v6})
            cuts.addPoint(a);
    for (const Cidr &b : notInternet())
        cuts.add(b);
    if (context) {
        for (const auto &r : context->v4)
            cuts.add(IpAddress::v4(quint32(r.first)), IpAddress::v4(quint32(r.second)));
        for (const auto &r : context->v6)
            cuts.add(IpAddress::v6(r.first), IpAddress::v6(r.second));
        // As in the whole design: an interface's address is a point, not a cut of blocks.
        for (const u128 a : context->v4Points)
            cuts.addPoint(IpAddress::v4(quint32(a)));
        for (const u128 a : context->v6Points)
            cuts.addPoint(IpAddress::v6(a));
        protocols.insert(context->protocols.begin(), context->protocols.end());
    }
    for (const char *text : {"169.254.169.253", "169.254.169.254", "169.254.169.123", "255.255.255.255",
                             "fd00:ec2::253", "fd00:ec2::254", "fd00:ec2::123"})
        cuts.addPoint(*IpAddress::parse(std::string_view(text)));
    QSet<QString> regions;
    for (const Vpc *vpc : network.design().vpcs()) {
        regions.insert(vpc->region);
        for (const QList<Cidr> *blocks : {&vpc->cidrBlocks, &vpc->ipv6CidrBlocks})
            for (const Cidr &b : *blocks)
                for (const IpAddress &a : b.reservedAddresses())
                    cuts.addPoint(a); // the DNS server at base + 2 among them
        for (const Subnet *s : vpc->subnetList())
            for (const Cidr &b : {s->cidr, s->ipv6Cidr})
                if (b.isValid()) {
                    cuts.add(b);
                    for (const IpAddress &a : b.reservedAddresses())
                        cuts.addPoint(a);
                }
        for (const RouteTable *t : vpc->routeTableList())
            for (const Route &r : t->routes)
                cuts.add(r.destination);
        for (const Endpoint *e : vpc->endpointList()) {
            cuts.addPolicy(e->policy);
            regions.insert(e->serviceRegion);
        }
    }
    for (const Bucket *b : network.design().buckets()) {
        cuts.addPolicy(b->policy);
        regions.insert(b->region);
    }
    // The services' published ranges in every Region in play: prefix-list routes, gateway
    // endpoints and the address a service is reached at.
    regions.remove(QString());
    for (const QString &region : std::as_const(regions))
        for (const QString &service : {QStringLiteral("s3"), QStringLiteral("dynamodb")}) {
            for (const Cidr &c : Network::servicePrefixes(service, region))
                cuts.add(c);
            cuts.add(Network::serviceAddress(service, region));
        }
    for (const Vpc *vpc : network.design().vpcs())
        for (const Endpoint *e : vpc->endpointList())
            cuts.add(Network::serviceAddress(Network::serviceName(e->service),
                                             e->serviceRegion.isEmpty() ? vpc->region : e->serviceRegion));

    // Classes: between rule cuts, with each point a class of its own.
    cuts.finish();
    for (auto [rules, points, starts, rule, point] :
         {std::tuple{&cuts.v4, &cuts.v4Points, &mV4, &mV4Rule, &mV4Point},
          std::tuple{&cuts.v6, &cuts.v6Points, &mV6, &mV6Rule, &mV6Point}}) {
        const u128 max = starts == &mV4 ? u128(0xffffffffu) : ~u128(0);
        std::vector<u128> all = *rules;
        all.reserve(rules->size() + 2 * points->size());
        for (const u128 p : *points) {
            all.push_back(p);
            if (p < max)
                all.push_back(p + 1);
        }
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        starts->assign(all.begin(), all.end());
        rule->resize(starts->size());
        point->resize(starts->size());
        int r = -1;
        for (size_t i = 0; i < starts->size(); ++i) {
            const u128 first = (*starts)[i];
            if (Cuts::holds(*rules, first))
                ++r;
            (*rule)[i] = r;
            const u128 last = i + 1 < starts->size() ? (*starts)[i + 1] - 1 : max;
            (*point)[i] = first == last && Cuts::holds(*points, first);
        }
    }
    for (auto [starts, internet, family] : {std::tuple{&mV4, &mV4Internet, IpAddress::Family::V4},
                                            std::tuple{&mV6, &mV6Internet, IpAddress::Family::V6}}) {
        internet->resize(starts->size());
        for (size_t i = 0; i < starts->size(); ++i) {
            const IpAddress first =
                family == IpAddress::Family::V4 ? IpAddress::v4(quint32((*starts)[i])) : IpAddress::v6((*starts)[i]);
            // The design's own public addresses (elastic IPs) are not the internet either.
            bool inside = !network.vpcsHolding(first).isEmpty() || network.interfaceWithPublic(first) >= 0 ||
                          (context && context->holds(first));
            for (const Cidr &b : notInternet())
                inside = inside || b.contains(first);
            (*internet)[i] = !inside;
        }
    }
    mPorts = splitPorts(ports, PortRange::all());
    mSourcePorts = splitPorts(ports, Ephemeral);
    mProtocols.assign(protocols.begin(), protocols.end());
    for (int p = 47; p < 256 + 47; ++p) // GRE, unless a rule names it
        if (!protocols.count(p % 256) && p % 256 != Protocol::Tcp && p % 256 != Protocol::Udp &&
            p % 256 != Protocol::Icmp && p % 256 != Protocol::Icmpv6) {
            mOtherProtocol = p % 256;
            break;
        }
}

bool Atoms::isPoint(IpAddress::Family family, int index) const
{
    return (family == IpAddress::Family::V4 ? mV4Point : mV6Point)[size_t(index)];
}

int Atoms::ruleInterval(IpAddress::Family family, int index) const
{
    return (family == IpAddress::Family::V4 ? mV4Rule : mV6Rule)[size_t(index)];
}

int Atoms::representative(IpAddress::Family family, int index) const
{
    if (isPoint(family, index))
        return index;
    // The first class of its rule interval that is not a point.
    const int r = ruleInterval(family, index);
    int k = index;
    while (k > 0 && ruleInterval(family, k - 1) == r)
        --k;
    while (isPoint(family, k))
        ++k;
    return k;
}

int Atoms::addressClass(const IpAddress &address) const
{
    const auto &s = starts(address.family());
    return int(std::upper_bound(s.begin(), s.end(), address.value()) - s.begin()) - 1;
}

IpAddress Atoms::classFirst(IpAddress::Family family, int index) const
{
    const u128 v = starts(family)[size_t(index)];
    return family == IpAddress::Family::V4 ? IpAddress::v4(quint32(v)) : IpAddress::v6(v);
}

IpAddress Atoms::classLast(IpAddress::Family family, int index) const
{
    const auto &s = starts(family);
    const u128 v = size_t(index) + 1 < s.size() ? s[size_t(index) + 1] - 1
                                                : (family == IpAddress::Family::V4 ? u128(0xffffffffu) : ~u128(0));
    return family == IpAddress::Family::V4 ? IpAddress::v4(quint32(v)) : IpAddress::v6(v);
}

bool Atoms::isInternet(IpAddress::Family family, int index) const
{
    return (family == IpAddress::Family::V4 ? mV4Internet : mV6Internet)[size_t(index)];
}

std::vector<PortRange> Atoms::splitPorts(const std::set<int> &cuts, PortRange within)
{
    return splitPorts(std::vector<int>(cuts.begin(), cuts.end()), within);
}

std::vector<PortRange> Atoms::splitPorts(const std::vector<int> &cuts, PortRange within)
{
    std::vector<PortRange> out;
    int from = within.from;
    for (const int c : cuts)
        if (c > from && c <= within.to) {
            out.push_back({from, c - 1});
            from = c;
        }
    out.push_back({from, within.to});
    return out;
}

int Atoms::classOf(const std::vector<PortRange> &classes, int port)
{
    const auto it =
        std::upper_bound(classes.begin(), classes.end(), port, [](int p, const PortRange &r) { return p < r.from; });
    return int(it - classes.begin()) - 1;
}

std::vector<Protocol> Atoms::protocols(IpAddress::Family family) const
{
    // Both ICMPs in both families: a protocol is a number, and a rule of protocol 58
    // matches it over IPv4 as well. The family's own comes first.
    const bool v4 = family == IpAddress::Family::V4;
    std::vector<Protocol> out{Protocol(Protocol::Tcp), Protocol(Protocol::Udp),
                              Protocol(v4 ? Protocol::Icmp : Protocol::Icmpv6),
                              Protocol(v4 ? Protocol::Icmpv6 : Protocol::Icmp)};
    for (const int p : mProtocols)
        out.emplace_back(p);
    out.emplace_back(mOtherProtocol);
    return out;
}

Protocol Atoms::protocolClass(int number) const
{
    if (number == Protocol::Tcp || number == Protocol::Udp || number == Protocol::Icmp || number == Protocol::Icmpv6 ||
        std::binary_search(mProtocols.begin(), mProtocols.end(), number))
        return Protocol(number);
    return Protocol(mOtherProtocol);
}
