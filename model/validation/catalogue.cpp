#include "catalogue.h"

#include <QCoreApplication>

namespace Catalogue {

#define RULE(name, id, severity, summary)                                                                              \
    const RuleInfo name{id, Severity::severity, QT_TRANSLATE_NOOP("Rules", summary)};

RULE(PeeringCidrOverlap, "peering-cidr-overlap", Error,
     "the two VPCs of a peering connection have an overlapping IPv4 block (primary or "
     "secondary) or IPv6 block")
RULE(TransitivePeering, "transitive-peering", Error,
     "a route sends a destination to the peering with B, but it lies in a VPC C that B peers "
     "with: peering is not transitive")
RULE(InterfaceEndpointSingleAz, "interface-endpoint-single-az", Warning,
     "an interface endpoint has subnets in one AZ only while its VPC has subnets in two or more")
RULE(EdgeToEdgeRouting, "edge-to-edge-routing", Error,
     "a route sends the default route or other non-peer space to a peering connection, "
     "expecting the peer's internet gateway, NAT gateway or gateway endpoint")
RULE(PeeringRouteOutsidePeer, "peering-route-outside-peer", Warning,
     "a route to a peering connection covers no address of the peer VPC")
RULE(PeeringRouteMissing, "peering-route-missing", Warning,
     "an active peering connection has routes on one side only (answers cannot return), or "
     "on neither")
RULE(PeeringNotActive, "peering-not-active", Warning,
     "a route targets a peering connection that is not active (the route is a blackhole)")
RULE(PeeringDuplicate, "peering-duplicate", Error, "two peering connections join the same pair of VPCs")
RULE(PeeringSelf, "peering-self", Error, "a peering connection joins a VPC to itself")
RULE(PeeringDnsResolution, "peering-dns-resolution", Error,
     "DNS resolution is on for a side of a peering connection that is not active, or whose VPCs do not "
     "both have dns-support and dns-hostnames")
RULE(PeeringQuota, "peering-quota", Warning,
     "a VPC has more than 50 active peering connections (the default quota; more than 125, "
     "the hard limit, is an error)")
RULE(SgReferenceCrossRegion, "sg-reference-cross-region", Error,
     "a security-group rule references a group in a peered VPC of another region")
RULE(SgReferenceUnreachable, "sg-reference-unreachable", Error,
     "a security-group rule references a group that is neither in its VPC nor in a peered VPC")
RULE(InterfaceEndpointAzDuplicate, "interface-endpoint-az-duplicate", Error,
     "an interface endpoint has two subnets in the same AZ")
RULE(InterfaceEndpointPrivateDns, "interface-endpoint-private-dns", Error,
     "private DNS is on but the VPC lacks dns-support or dns-hostnames")
RULE(GatewayEndpointService, "gateway-endpoint-service", Error,
     "a gateway endpoint for a service other than s3 or dynamodb")
RULE(GatewayEndpointCrossRegion, "gateway-endpoint-cross-region", Error,
     "a gateway endpoint whose service region is not its VPC's region")
RULE(GatewayEndpointNoRouteTable, "gateway-endpoint-no-route-table", Warning,
     "a gateway endpoint associated with no route table (nothing uses it)")
RULE(VpcCidrSize, "vpc-cidr-size", Error, "an IPv4 VPC block larger than /16 or smaller than /28")
RULE(VpcCidrOverlap, "vpc-cidr-overlap", Error, "two blocks of one VPC overlap")
RULE(VpcCidrReserved, "vpc-cidr-reserved", Error,
     "a VPC block inside 169.254.0.0/16 (link-local); a warning for 172.17.0.0/16")
RULE(VpcCidrQuota, "vpc-cidr-quota", Warning, "more than 5 IPv4 blocks (the default quota)")
RULE(VpcCidrRestricted, "vpc-cidr-restricted", Error,
     "a secondary IPv4 block that AWS's association-restriction table refuses for the VPC's primary range "
     "(beyond mixing RFC 1918 ranges)")
RULE(CidrHostBits, "cidr-host-bits", Warning, "a CIDR has host bits set (AWS stores 10.0.1.7/24 as 10.0.1.0/24)")
RULE(SubnetOutsideVpc, "subnet-outside-vpc", Error,
     "a subnet's IPv4 CIDR is not inside one of its VPC's blocks, or its IPv6 CIDR not inside "
     "the VPC's IPv6 block")
RULE(SubnetCidrSize, "subnet-cidr-size", Error,
     "an IPv4 subnet larger than /16 or smaller than /28; an IPv6 subnet that is not /64")
RULE(SubnetOverlap, "subnet-overlap", Error, "two subnets of one VPC overlap")
RULE(SubnetAzRegion, "subnet-az-region", Error, "a subnet's AZ is not in its VPC's region")
RULE(IpOutsideSubnet, "ip-outside-subnet", Error,
     "an instance address is outside its subnet, is one of the five addresses AWS reserves, or "
     "is used twice")
RULE(ReferenceMissing, "reference-missing", Error,
     "an id that names nothing, or names an object of the wrong kind or in the wrong VPC")
RULE(RouteDuplicate, "route-duplicate", Error,
     "two routes in one table with the same destination (a gateway endpoint's prefix list counts as one)")
RULE(RouteEigwIpv4, "route-eigw-ipv4", Error,
     "an IPv4 destination sent to an egress-only internet gateway (it carries IPv6 only)")
RULE(RouteIgwMissing, "route-igw-missing", Error, "a route to an internet gateway of another VPC, or of none")
RULE(NatGatewayNotPublic, "nat-gateway-not-public", Error,
     "a public NAT gateway in a subnet whose route table has no default route to an internet "
     "gateway")
RULE(NatGatewaySingleAz, "nat-gateway-single-az", Warning,
     "private subnets in several AZs share one NAT gateway (an AZ outage cuts them all off)")
RULE(PublicIpWithoutIgw, "public-ip-without-igw", Info,
     "an instance has a public IP but its subnet has no route to an internet gateway")
RULE(NaclRuleNumber, "nacl-rule-number", Error,
     "a network ACL rule number outside 1..32766, or used twice in one direction")
RULE(NaclBlocksReturn, "nacl-blocks-return", Warning,
     "a network ACL lets a service port in but no ephemeral-port answer out (or the reverse): "
     "the stateless return trap")
RULE(SgRuleQuota, "sg-rule-quota", Warning, "a security group with more than 60 rules in one direction")
RULE(FlowLogResource, "flow-log-resource", Error,
     "a flow log on something that is not a VPC, subnet or instance of the design")
RULE(FlowLogInterval, "flow-log-interval", Error, "a maximum aggregation interval other than 60 or 600")
RULE(VpcCidrRfc1918Mix, "vpc-cidr-rfc1918-mix", Error,
     "a VPC in one RFC 1918 range adds a block from another RFC 1918 range, which AWS refuses")
RULE(RouteMoreSpecificThanLocal, "route-more-specific-than-local", Error,
     "a route more specific than a local route does not match a whole subnet or does not point "
     "at a NAT gateway or an instance's interface")
RULE(PolicyInvalid, "policy-invalid", Error,
     "an endpoint or bucket policy that AWS refuses: no Statement, an Effect other than Allow or Deny, not "
     "exactly one of Action and NotAction, an unknown condition operator, a bucket policy's Resource outside "
     "its bucket")
RULE(PolicyNotEvaluated, "policy-not-evaluated", Warning,
     "a policy condition that the designer does not evaluate (Numeric..., Date..., Binary... operators, "
     "keys it never sets): the simulator's verdict through that statement may differ from AWS's")
RULE(IntentViolated, "intent-violated", Error,
     "an intent does not hold over every packet of its spaces; the finding gives one packet that breaks it "
     "(the witness), what let it through or stopped it, and what to change")
RULE(IntentInvalid, "intent-invalid", Error,
     "an intent names nothing, an empty space, or a port range on a protocol without ports")

#undef RULE

const QList<const RuleInfo *> &all()
{
    static const QList<const RuleInfo *> list{&PeeringCidrOverlap,
                                              &TransitivePeering,
                                              &InterfaceEndpointSingleAz,
                                              &EdgeToEdgeRouting,
                                              &PeeringRouteOutsidePeer,
                                              &PeeringRouteMissing,
                                              &PeeringNotActive,
                                              &PeeringDuplicate,
                                              &PeeringSelf,
                                              &PeeringDnsResolution,
                                              &PeeringQuota,
                                              &SgReferenceCrossRegion,
                                              &SgReferenceUnreachable,
                                              &InterfaceEndpointAzDuplicate,
                                              &InterfaceEndpointPrivateDns,
                                              &GatewayEndpointService,
                                              &GatewayEndpointCrossRegion,
                                              &GatewayEndpointNoRouteTable,
                                              &VpcCidrSize,
                                              &VpcCidrOverlap,
                                              &VpcCidrReserved,
                                              &VpcCidrQuota,
                                              &VpcCidrRestricted,
                                              &CidrHostBits,
                                              &SubnetOutsideVpc,
                                              &SubnetCidrSize,
                                              &SubnetOverlap,
                                              &SubnetAzRegion,
                                              &IpOutsideSubnet,
                                              &ReferenceMissing,
                                              &RouteDuplicate,
                                              &RouteEigwIpv4,
                                              &RouteIgwMissing,
                                              &NatGatewayNotPublic,
                                              &NatGatewaySingleAz,
                                              &PublicIpWithoutIgw,
                                              &NaclRuleNumber,
                                              &NaclBlocksReturn,
                                              &SgRuleQuota,
                                              &FlowLogResource,
                                              &FlowLogInterval,
                                              &VpcCidrRfc1918Mix,
                                              &RouteMoreSpecificThanLocal,
                                              &PolicyInvalid,
                                              &PolicyNotEvaluated,
                                              &IntentViolated,
                                              &IntentInvalid};
    return list;
}

const RuleInfo *find(const QString &id)
{
    for (const RuleInfo *r : all())
        if (id == QLatin1String(r->id))
            return r;
    return nullptr;
}

} // namespace Catalogue
