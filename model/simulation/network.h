#pragma once

#include "design.h"
#include "prefixtrie.h"

#include <QHash>

#include <array>
#include <span>
#include <vector>

/// A design compiled for traffic: every interface with its addresses and groups, route
/// tables as prefix tries, ACL and security-group rules as flat arrays, indexes from
/// addresses to interfaces and subnets. Built once per design; evaluation then allocates
/// nothing. Indices refer to the vectors below; pointers to the design's objects stay
/// valid as long as the design is not edited.
class Network
{
public:
    /// The security groups of an interface: inline up to AWS's default quota of five
    /// (no heap, no extra cache miss), on the heap past it.
    class GroupList
    {
    public:
        void push_back(int id)
        {
            if (!mMore.empty() || mCount == mInline.size()) {
                if (mMore.empty())
                    mMore.assign(mInline.begin(), mInline.end());
                mMore.push_back(id);
                return;
            }
            mInline[mCount++] = id;
        }
        const int *begin() const { return mMore.empty() ? mInline.data() : mMore.data(); }
        const int *end() const { return begin() + size(); }
        size_t size() const { return mMore.empty() ? mCount : mMore.size(); }
        bool empty() const { return size() == 0; }
        int front() const { return *begin(); }

    private:
        std::array<int, 5> mInline{};
        quint8 mCount = 0;
        std::vector<int> mMore;
    };
    /// A run of rules in one of the shared rule arrays.
    struct Range
    {
        quint32 begin = 0;
        quint32 count = 0;
    };

    struct Interface
    {
        enum class Kind : quint8 { Instance, NatGateway, InterfaceEndpoint };
        Kind kind = Kind::Instance;
        const Object *owner = nullptr; // the instance, NAT gateway or endpoint
        int subnet = -1;
        int vpc = -1;
        IpAddress privateV4;
        IpAddress publicV4;
        IpAddress v6;
        GroupList groups;
        QString eni;
    };
    struct RouteTarget
    {
        enum class Kind : quint8 {
            Local,
            InternetGateway,
            EgressOnlyGateway,
            NatGateway,
            Peering,
            Instance,
            GatewayEndpoint,
            Unknown, // names nothing usable: a blackhole
        };
        Kind kind = Kind::Unknown;
        int index = -1; // interface (NAT, instance), peering, or endpoint
        int route = -1; // the row of the table's routes; -1: implicit (local, prefix list)
    };
    struct Table
    {
        const RouteTable *table = nullptr;
        PrefixTrie<RouteTarget> v4;
        PrefixTrie<RouteTarget> v6;
    };
    /// A peer block compiled for matching: the network bits, the prefix length and the
    /// family, kept inline in the rules (a rule is 32 bytes, two to a cache line).
    struct Peer
    {
        u128 network = 0;
        quint8 length = 0;
        quint8 family = 0; // 4 or 6; 0 matches nothing
        static Peer of(const Cidr &block)
        {
            Peer p;
            if (block.isValid()) {
                p.network = block.network().first().value();
                p.length = quint8(block.prefixLength());
                p.family = block.isV4() ? 4 : 6;
            }
            return p;
        }
    };
    static bool matches(u128 network, quint8 length, quint8 family, const IpAddress &a)
    {
        if (quint8(a.family()) != family || family == 0)
            return false;
        if (length == 0)
            return true;
        return ((a.value() ^ network) >> ((family == 4 ? 32 : 128) - length)) == 0;
    }
    struct AclRule
    {
        u128 network;
        quint8 length;
        quint8 family;
        qint16 protocol;
        quint16 from, to; // ports
        bool allow;
        int number;
        int row; // the row in the ACL as written
        bool holds(const IpAddress &a) const { return matches(network, length, family, a); }
    };
    struct Acl
    {
        const NetworkAcl *acl = nullptr;
        Range ingress; // in aclRules, sorted by number
        Range egress;
    };
    struct GroupRule
    {
        u128 network;
        quint8 length;
        quint8 family;
        qint16 protocol;
        quint16 from, to; // ports
        int group;        // -1: the peer is the block; -2: a group or prefix list not in the design
        int row;
        bool holds(const IpAddress &a) const { return matches(network, length, family, a); }
    };
    struct Group
    {
        const SecurityGroup *group = nullptr;
        int vpc = -1;
        Range ingress; // in groupRules
        Range egress;
    };
    struct SubnetInfo
    {
        const Subnet *subnet = nullptr;
        int vpc = -1;
        int table = -1;
        int acl = -1;
        Range aclIngress; // the ACL's rules, here to save a look at the ACL
        Range aclEgress;
    };
    struct VpcInfo
    {
        const Vpc *vpc = nullptr;
        bool internetGateway = false;
        bool egressOnlyGateway = false;
        PrefixTrie<int> subnetsV4; // address -> subnet
        PrefixTrie<int> subnetsV6;
        std::vector<int> peerings;
        Range blocks; // its IPv4 and IPv6 blocks, in vpcBlocks
    };
    struct Peering
    {
        const PeeringConnection *peering = nullptr;
        int a = -1;
        int b = -1;
        bool active = false;
        bool interRegion = false;
    };
    struct EndpointInfo
    {
        const Endpoint *endpoint = nullptr;
        int vpc = -1;
        std::vector<int> interfaces; // interface endpoints: one per subnet
    };

    explicit Network(const Design &design);
    Network(const Network &) = delete;
    Network &operator=(const Network &) = delete;
    /// Unique to this network among all made in the process: what a cache of lookups
    /// keys on, since another network may later take the same address.
    quint64 generation() const { return mGeneration; }

    const Design &design() const { return mDesign; }
    std::vector<Interface> interfaces;
    std::vector<SubnetInfo> subnets;
    std::vector<Table> tables;
    std::vector<Acl> acls;
    std::vector<Group> groups;
    // The rules of every ACL and group, each one's together: few cache lines per check.
    std::vector<AclRule> aclRules;
    std::vector<GroupRule> groupRules;
    std::vector<Peer> vpcBlocks;
    /// Whether one of the VPC's blocks holds the address.
    bool vpcHolds(int vpc, const IpAddress &address) const
    {
        const Range r = vpcs[size_t(vpc)].blocks;
        for (quint32 i = r.begin; i < r.begin + r.count; ++i)
            if (matches(vpcBlocks[i].network, vpcBlocks[i].length, vpcBlocks[i].family, address))
                return true;
        return false;
    }
    std::span<const AclRule> rules(const Acl &acl, bool ingress) const
    {
        const Range r = ingress ? acl.ingress : acl.egress;
        return {aclRules.data() + r.begin, r.count};
    }
    std::span<const GroupRule> rules(const Group &group, bool ingress) const
    {
        const Range r = ingress ? group.ingress : group.egress;
        return {groupRules.data() + r.begin, r.count};
    }
    std::vector<VpcInfo> vpcs;
    std::vector<Peering> peerings;
    std::vector<EndpointInfo> endpoints;
    std::vector<const Bucket *> buckets; // the design's, in file order
    /// The bucket's index in `buckets`, or -1.
    int bucketIndex(const QString &id) const;
    /// The interface endpoint (index in `endpoints`) that interface `iface` belongs to, or -1.
    int endpointOfInterface(int iface) const;
    /// The interfaces a flow log watches: every one of its VPC, of its subnet, or its
    /// instance's (none when its resource names nothing).
    std::vector<int> interfacesWatchedBy(const FlowLog &log) const;

    /// The interface of an object (instance, NAT gateway), or -1; an interface endpoint's
    /// first interface.
    int interfaceOf(const QString &objectId) const { return mInterfaceByObject.value(objectId, -1); }
    /// The interface with this private address in a VPC, or -1.
    int interfaceAt(int vpc, const IpAddress &address) const;
    /// The interface with this public address (elastic IPv4, or IPv6), or -1.
    int interfaceWithPublic(const IpAddress &address) const { return mByPublic.value(address, -1); }
    /// The subnet of a VPC that holds the address, or -1.
    int subnetAt(int vpc, const IpAddress &address) const;
    /// The VPCs whose blocks hold the address.
    QList<int> vpcsHolding(const IpAddress &address) const;
    int vpcIndex(const QString &id) const { return mVpcIndex.value(id, -1); }
    int subnetIndex(const QString &id) const { return mSubnetIndex.value(id, -1); }
    int groupIndex(const QString &id) const { return mGroupIndex.value(id, -1); }

    /// The services every VPC has at fixed addresses (DOMAIN.md): security groups and
    /// network ACLs do not filter traffic to them and no route is needed to reach them.
    enum class VpcService : quint8 { None, Dns, Metadata, TimeSync, Dhcp };
    struct VpcServiceAt
    {
        VpcService service = VpcService::None;
        int vpc = -1; // whose service: the DNS server at a VPC's base + 2; -1 for the
                      // link-local ones, which are every VPC's own (the sender's)
        bool operator==(const VpcServiceAt &) const = default;
    };
    /// What `address` is, if it is one of those services: the Amazon DNS server (the
    /// primary block's base + 2, 169.254.169.253, fd00:ec2::253), instance metadata
    /// (169.254.169.254, fd00:ec2::254), the Time Sync Service (169.254.169.123,
    /// fd00:ec2::123) or DHCP (255.255.255.255).
    /// Where VPCs share a primary block, the DNS server at base + 2 is `askingVpc`'s own.
    VpcServiceAt vpcServiceAt(const IpAddress &address, int askingVpc = -1) const;
    /// Whether the service answers this protocol and port: DNS on UDP and TCP 53, metadata
    /// on TCP 80 (HTTP), Time Sync on UDP 123 (NTP), DHCP on UDP 67.
    static bool vpcServiceListens(VpcService service, Protocol protocol, int port);

    /// A public address that stands for an AWS service in a Region (in the service's
    /// published ranges there: AwsRanges), to route by; and the blocks of the Region's prefix
    /// list of the service (S3 and DynamoDB; empty for others).
    static IpAddress serviceAddress(const QString &service, const QString &region);
    static QList<Cidr> servicePrefixes(const QString &service, const QString &region);
    /// A NAT gateway's public address: its elastic IP as written; for a public gateway
    /// without one, a stable address derived from its id; none for a private gateway.
    static IpAddress natPublicAddress(const NatGateway &nat);
    /// A service's short name: "s3" for s3, service:s3 or com.amazonaws.us-east-1.s3.
    static QString serviceName(const QString &text);

private:
    void compileVpc(const Vpc &vpc, int index);
    void compileTable(Table &table, const Vpc &vpc, int vpcIndex);

    const Design &mDesign;
    QHash<QString, int> mInterfaceByObject;
    QHash<std::pair<int, IpAddress>, int> mByPrivate;
    QHash<IpAddress, int> mByPublic;
    QHash<QString, int> mVpcIndex;
    std::vector<int> mEndpointOfInterface; // per interface: its endpoint, -1 when none
    QHash<QString, int> mGroupIndex;
    QHash<QString, int> mSubnetIndex;
    QHash<QString, int> mTableIndex;
    QHash<QString, int> mAclIndex;
    QHash<QString, int> mPeeringIndex;
    PrefixTrie<int> mVpcBlocksV4; // block -> its entry in mVpcsOfBlock
    PrefixTrie<int> mVpcBlocksV6;
    std::vector<std::vector<int>> mVpcsOfBlock; // the VPCs with that block
    quint64 mGeneration = 0;
};
