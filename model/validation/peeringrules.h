#pragma once

#include "rule.h"

/// Rules about peering connections themselves: overlap of the two VPCs, duplicates,
/// self-peering, routes on both sides, and the per-VPC quota.
class PeeringRules : public RuleSet
{
public:
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;
    void checkPeering(const ValidationContext &context, const PeeringConnection &peering,
                      FindingSink &sink) const override;

private:
    static void checkDnsResolution(const PeeringConnection &p, const Vpc *a, const Vpc *b, FindingSink &sink);
};

/// Rules about routes that point at peering connections: blackholes to peerings that are
/// not active, transitive peering, edge-to-edge routing, and routes that miss the peer.
class PeeringRouteRules : public RuleSet
{
public:
    void checkVpc(const ValidationContext &context, const Vpc &vpc, FindingSink &sink) const override;
};
