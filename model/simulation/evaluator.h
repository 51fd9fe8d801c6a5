#pragma once

#include "network.h"
#include "policy.h"

#include <array>
#include <type_traits>

/// One step of a packet's path, in compact form: what was consulted, what it decided,
/// and why. Sentences are made from it only when someone reads them (`Explain`).
struct Hop
{
    enum class Kind : quint8 {
        SecurityGroup,
        NetworkAcl,
        RouteTable,
        InternetGateway,
        EgressOnlyGateway,
        NatGateway,
        Peering,
        GatewayEndpoint,
        InterfaceEndpoint,
        Instance,
        Subnet,
        Vpc,
        Bucket,
    };
    enum class Why : quint8 {
        GroupAllows,         // rule row `rule` of group `object`
        GroupNoRule,         // no rule of group `object` allows it
        NoGroups,            // interface `object` has no group: all denied
        Stateful,            // an answer to an allowed connection
        AclAllows,           // rule row `rule` of ACL `object`
        AclDenies,           // rule row `rule` denies
        AclFinalDeny,        // no rule matched: the final deny
        SameSubnet,          // ACLs do not filter inside one subnet
        RouteMatched,        // route row `rule` (-1: local or prefix list) of table `object`
        NoRoute,             // no route for the destination
        Blackhole,           // the route's target is missing or unusable
        PeeringInactive,     // the peering of the route is not active
        NoTransit,           // through peering `object` from VPC `rule` to what is not the peer's
        NoRouteBack,         // the answer's route does not lead back the way it came
        Appliance,           // routed to an instance acting as a middlebox: not followed
        NoPublicSource,      // out of an internet gateway without a public IPv4 address (sender: interface `rule`)
        NoPublicDestination, // from the internet to an interface without a public address
        NoInternetGateway,   // the VPC has no internet gateway
        EgressOnlyIpv4,      // IPv4 to an egress-only gateway
        EgressOnlyInbound,   // the internet cannot start a connection through it
        NatTranslates,       // source translated to the NAT gateway's address
        NatNoWayOut,         // the NAT gateway's subnet does not route to an internet gateway
        NatNoState,          // an answer reaching a NAT gateway that never saw the request
        Passes,              // a gateway, peering or endpoint carries it
        TcpOnly,             // interface endpoints carry TCP only
        OtherRegion,         // a gateway endpoint for a service of another region
        NoSubnet,            // no subnet holds the destination
        WrongVpc,            // the address leads into VPC `object`, not to interface `rule`'s
        ReservedAddress,     // the subnet's network, reserved (+3) or broadcast address
        UnknownInterface,    // an address with no modelled interface: groups not checked
        PrivateDns,          // the service's name resolves to the interface endpoint `object`
        EntersVpc,           // arrives in VPC `object` from outside it (the internet, a peering)
        VpcService,          // VPC `object`'s service `rule` (Network::VpcService) answers, unfiltered
        ForeignDns,          // the DNS server of VPC `object` asked from VPC `rule` (-1: outside)
        DnsSupportOff,       // VPC `object` has dns-support off: its DNS server does not answer
        ServiceClosed,       // VPC `object`'s service `rule` does not answer this protocol and port
        PolicyDenies,        // endpoint `object`'s policy: statement `rule` denies (-1: no statement allows)
        BucketPolicyDenies,  // bucket `object`'s policy: statement `rule` denies (-1: another account, not allowed)
        BucketAllows,        // bucket `object` takes the request (statement `rule` allows; -1: its own account)
        Delivered,           // reached the destination
    };
    enum class Verdict : quint8 { Pass, Block, Info };

    Kind kind = Kind::Instance;
    Why why = Why::Passes;
    Verdict verdict = Verdict::Pass;
    bool ingress = false;
    int object = -1; // index into the Network's vectors for `kind`
    int rule = -1;
    IpAddress address; // the other end as the step saw it
    int port = -1;     // the destination port as the step saw it (-1: none)
    int cameBy = -1;   // NoRouteBack: the peering the request came through (-1: inside the VPC)
};

/// A flow's end, resolved against the network.
struct FlowEnd
{
    enum class Type : quint8 { Interface, Address, Internet, Service, VpcService };
    Type type = Type::Internet;
    int interface = -1;                                         // Interface
    int subnet = -1;                                            // Interface, Address
    int vpc = -1;                                               // Interface, Address
    IpAddress address;                                          // the address used on the wire
    QString service;                                            // Service
    Network::VpcService vpcService = Network::VpcService::None; // VpcService (its VPC: `vpc`, -1: the sender's)
    QString action = {};                                        // Service: what the request does (endpoint policies)
    QString principal = {};                                     // Service: who asks (an ARN)
    int bucket = -1; // Service: the bucket the request is for (Network::buckets), -1: none
};

/// What one network interface sees of a packet: the stuff of a flow-log record. The
/// addresses are those of the packet at that interface (`src`/`dst`; an interface a
/// packet passes through, such as a NAT gateway's, stands in for the far end) and of
/// the original packet (`pktSrc`/`pktDst`).
struct Observation
{
    int iface = -1;
    bool ingress = false;
    int blocksAt = 0;       // the path's blocks when the interface saw it: > 0 is a REJECT
    int hopAt = 0;          // the path's hops when the interface saw it
    quint8 trafficPath = 0; // egress: AWS's traffic-path code (0: not known)
    IpAddress src, dst, pktSrc, pktDst;
    int srcPort = -1, dstPort = -1;
};

/// A fixed array whose elements are each written before they are read (a path's hops
/// and observations, up to its counts): left unwritten when made, since the reachability
/// engine makes paths tens of millions of times (2.2 KB of each cleared for nothing).
template <typename T, size_t N> struct Slots
{
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
    Slots() {} // NOLINT: deliberately not initialised
    T &operator[](size_t i) { return items[i]; }
    const T &operator[](size_t i) const { return items[i]; }
    static constexpr size_t size() { return N; }
    union {
        T items[N];
    };
};

/// The steps of one direction of a flow, and what the answer will need.
struct PacketPath
{
    static constexpr int MaxSeen = 6;
    Slots<Observation, MaxSeen> seen;
    int seenCount = 0;

    static constexpr int MaxHops = 32;
    Slots<Hop, MaxHops> hops;
    int count = 0;
    int blocks = 0;
    bool reached = false; // got to its destination (possibly past blocks, as if allowed)

    enum class Via : quint8 {
        None,
        Local,
        Peering,
        InternetOut,
        EgressOnlyOut,
        Nat,
        GatewayEndpoint,
        InternetIn,
        VpcService, // one of the services every VPC has (DNS, metadata, Time Sync, DHCP)
    };
    Via via = Via::None;
    int peering = -1;
    int nat = -1;      // the NAT gateway's interface
    int endpoint = -1; // the gateway endpoint
    int destinationSubnet = -1;
    int destinationInterface = -1;
    IpAddress seenSource; // the source address as the destination sees it
    int seenSourcePort = -1;

    bool delivered() const { return reached && blocks == 0; }
    Observation *observe(int iface, bool ingress, const IpAddress &src, const IpAddress &dst, int srcPort, int dstPort,
                         const IpAddress &pktSrc = {}, const IpAddress &pktDst = {})
    {
        if (iface < 0 || seenCount >= MaxSeen)
            return nullptr;
        Observation &o = seen[size_t(seenCount++)];
        o.iface = iface;
        o.ingress = ingress;
        o.blocksAt = blocks;
        o.hopAt = count;
        o.src = src;
        o.dst = dst;
        o.pktSrc = pktSrc.isValid() ? pktSrc : src;
        o.pktDst = pktDst.isValid() ? pktDst : dst;
        o.srcPort = srcPort;
        o.dstPort = dstPort;
        o.trafficPath = 0;
        return &o;
    }
    void add(const Hop &hop)
    {
        if (count < MaxHops)
            hops[size_t(count++)] = hop;
        if (hop.verdict == Hop::Verdict::Block)
            ++blocks;
    }
};

/// Takes packets through a compiled network: security groups (stateful), network ACLs
/// (stateless, first match), route tables (longest prefix), gateways, NAT, peering (no
/// transit, no edge-to-edge), endpoints. A block is recorded and the walk goes on as if
/// it had allowed, so that every setting in the way is found; only a packet with nowhere
/// to go (no route, a blackhole) stops. Pure and allocation-free.
class Evaluator
{
public:
    explicit Evaluator(const Network &network) : mNet(network) {}

    PacketPath request(const FlowEnd &from, const FlowEnd &to, Protocol protocol, int sourcePort, int port) const;
    /// The answer to a request that took `request`'s way (its route decides the way back).
    PacketPath reply(const PacketPath &request, const FlowEnd &from, const FlowEnd &to, Protocol protocol,
                     int sourcePort, int port) const;

    /// The first rule row of `interface`'s groups that allows the packet, or -1 (and the
    /// group tried last in `group`).
    int groupAllows(int interface, bool ingress, Protocol protocol, const IpAddress &peer, int peerInterface, int port,
                    int *group) const;
    /// The ACL's decision: the deciding rule's position in `ordered` (-1: the final deny).
    int aclDecide(int acl, bool ingress, Protocol protocol, const IpAddress &peer, int port, bool *allow) const;

private:
    static int firstAclMatch(std::span<const Network::AclRule> rules, Protocol protocol, const IpAddress &peer,
                             int port, bool *allow);
    void groupStep(PacketPath &p, int interface, bool ingress, Protocol protocol, const IpAddress &peer,
                   int peerInterface, int port) const;
    void aclStep(PacketPath &p, int subnet, bool ingress, Protocol protocol, const IpAddress &peer, int port) const;
    const Network::RouteTarget *routeStep(PacketPath &p, int subnet, const IpAddress &destination) const;
    void arrive(PacketPath &p, int vpc, int fromSubnet, const FlowEnd &from, const FlowEnd &to, Protocol protocol,
                const IpAddress &source, int sourcePort, int port) const;
    void fromSubnet(PacketPath &p, int subnet, const FlowEnd &from, const FlowEnd &to, Protocol protocol,
                    const IpAddress &source, int sourcePort, int port, int depth) const;
    void toVpcService(PacketPath &p, const FlowEnd &from, const FlowEnd &to, Protocol protocol, int port) const;
    static bool policyApplies(const Endpoint &endpoint, const FlowEnd &to);
    /// A request to a service through endpoint `endpointId` of VPC `vpc`, for its policy.
    Policy::Request policyRequest(const FlowEnd &to, int vpc, const IpAddress &source, int port, int endpoint) const;
    /// The bucket's policy for a request that reached S3 by `p`'s way (FORMAT.md `buckets`).
    void bucketStep(PacketPath &p, const FlowEnd &from, const FlowEnd &to, int port) const;
    void fromInternet(PacketPath &p, const FlowEnd &from, const FlowEnd &to, Protocol protocol, int sourcePort,
                      int port) const;
    /// The subnet of `vpc` that holds the end's address.
    int subnetOf(const FlowEnd &end, int vpc) const;
    /// AWS's traffic-path code for a packet leaving an interface by this route.
    quint8 trafficPath(const Network::RouteTarget &route) const;

    const Network &mNet;
};
