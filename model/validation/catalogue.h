#pragma once

#include "rule.h"

#include <QList>

/// Every validation rule with its stable id, severity and summary, in the order of
/// RULES.md (then the rules this project adds). Rule sets report through these entries.
namespace Catalogue {

extern const RuleInfo PeeringCidrOverlap;
extern const RuleInfo TransitivePeering;
extern const RuleInfo InterfaceEndpointSingleAz;
extern const RuleInfo EdgeToEdgeRouting;
extern const RuleInfo PeeringRouteOutsidePeer;
extern const RuleInfo PeeringRouteMissing;
extern const RuleInfo PeeringNotActive;
extern const RuleInfo PeeringDuplicate;
extern const RuleInfo PeeringSelf;
extern const RuleInfo PeeringDnsResolution;
extern const RuleInfo PeeringQuota;
extern const RuleInfo SgReferenceCrossRegion;
extern const RuleInfo SgReferenceUnreachable;
extern const RuleInfo InterfaceEndpointAzDuplicate;
extern const RuleInfo InterfaceEndpointPrivateDns;
extern const RuleInfo GatewayEndpointService;
extern const RuleInfo GatewayEndpointCrossRegion;
extern const RuleInfo GatewayEndpointNoRouteTable;
extern const RuleInfo VpcCidrSize;
extern const RuleInfo VpcCidrOverlap;
extern const RuleInfo VpcCidrReserved;
extern const RuleInfo VpcCidrQuota;
extern const RuleInfo VpcCidrRestricted;
extern const RuleInfo CidrHostBits;
extern const RuleInfo SubnetOutsideVpc;
extern const RuleInfo SubnetCidrSize;
extern const RuleInfo SubnetOverlap;
extern const RuleInfo SubnetAzRegion;
extern const RuleInfo IpOutsideSubnet;
extern const RuleInfo ReferenceMissing;
extern const RuleInfo RouteDuplicate;
extern const RuleInfo RouteEigwIpv4;
extern const RuleInfo RouteIgwMissing;
extern const RuleInfo NatGatewayNotPublic;
extern const RuleInfo NatGatewaySingleAz;
extern const RuleInfo PublicIpWithoutIgw;
extern const RuleInfo NaclRuleNumber;
extern const RuleInfo NaclBlocksReturn;
extern const RuleInfo SgRuleQuota;
extern const RuleInfo FlowLogResource;
extern const RuleInfo FlowLogInterval;
// Added by this project (RULES.md welcomes more; ids keep their meaning once released).
extern const RuleInfo VpcCidrRfc1918Mix;
extern const RuleInfo RouteMoreSpecificThanLocal;
extern const RuleInfo PolicyInvalid;
extern const RuleInfo PolicyNotEvaluated;
extern const RuleInfo IntentViolated;
extern const RuleInfo IntentInvalid;

/// All of the above, in order.
const QList<const RuleInfo *> &all();
/// The entry with this id, or nullptr.
const RuleInfo *find(const QString &id);

} // namespace Catalogue
