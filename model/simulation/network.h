#pragma once

#include "design.h"
#include "prefixtrie.h"

#include <QHash>

#include <vector>

/// A design compiled for traffic: every interface with its addresses and groups, route
/// tables as prefix tries, ACL and security-group rules as flat arrays, indexes from
/// addresses to interfaces and subnets. Built once per design; evaluation then allocates
/// nothing. Indices refer to the vectors below; pointers to the design's objects stay
/// valid as long as the design is not edited.
class Network
{
public:
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
        std::vector<int> groups;
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
        int index = -1;       // interface (NAT, instance), peering, or endpoint
        int route = -1;       // the row of the table's routes; -1: implicit (local, prefix list)
        Cidr destination;
    };
    struct Table
    {
        const RouteTable *table = nullptr;
        PrefixTrie<RouteTarget> v4;
        PrefixTrie<RouteTarget> v6;
    };
    struct AclRule
    {
        int number;
        int protocol;
        PortRange ports;
        Cidr cidr;
        bool allow;
        int row; // the row in the ACL as written
    };
    struct Acl
    {
        const NetworkAcl *acl = nullptr;
        std::vector<AclRule> ingress; // sorted by number
        std::vector<AclRule> egress;
    };
    struct GroupRule
    {
        int protocol;
        PortRange ports;
        Cidr cidr;
        int group; // -1: the peer is `cidr`
        int row;
    };
    struct Group
    {
        const SecurityGroup *group = nullptr;
        int vpc = -1;
        std::vector<GroupRule> ingress;
        std::vector<GroupRule> egress;
    };
    struct SubnetInfo
    {
        const Subnet *subnet = nullptr;
        int vpc = -1;
        int table = -1;
        int acl = -1;
    };
    struct VpcInfo
    {
        const Vpc *vpc = nullptr;
        bool internetGateway = false;
        bool egressOnlyGateway = false;
        PrefixTrie<int> subnetsV4; // address -> subnet
        PrefixTrie<int> subnetsV6;
        std::vector<int> peerings;
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

    const Design &design() const { return mDesign; }
    std::vector<Interface> interfaces;
    std::vector<SubnetInfo> subnets;
    std::vector<Table> tables;
    std::vector<Acl> acls;
    std::vector<Group> groups;
    std::vector<VpcInfo> vpcs;
    std::vector<Peering> peerings;
    std::vector<EndpointInfo> endpoints;

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
    int groupIndex(const QString &id) const { return mGroupIndex.value(id, -1); }

    /// A public address that stands for an AWS service (its published ranges), to route
    /// by; and the block that the service's prefix list holds.
    static IpAddress serviceAddress(const QString &service);
    static Cidr servicePrefix(const QString &service);

private:
    void compileVpc(const Vpc &vpc, int index);
    void compileTable(Table &table, const Vpc &vpc, int vpcIndex);

    const Design &mDesign;
    QHash<QString, int> mInterfaceByObject;
    QHash<std::pair<int, IpAddress>, int> mByPrivate;
    QHash<IpAddress, int> mByPublic;
    QHash<QString, int> mVpcIndex;
    QHash<QString, int> mGroupIndex;
    QHash<QString, int> mSubnetIndex;
    QHash<QString, int> mTableIndex;
    QHash<QString, int> mAclIndex;
    QHash<QString, int> mPeeringIndex;
};
