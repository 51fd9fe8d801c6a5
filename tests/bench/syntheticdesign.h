#pragma once

#include <memory>

class Design;

/// Builds realistic designs of any size for benchmarks, always the same for the same
/// options. Per VPC: an internet and an egress-only gateway, 12 subnets (public, app,
/// data and endpoint tiers in 3 AZs), 4 route tables (public, and one private per AZ
/// with its NAT gateway), 5 security groups of 10 rules, 24 instances, a gateway and an
/// interface endpoint, a flow log. Each VPC requests peerings with three others (so
/// about six per VPC), with routes both ways in every table: 28 routes per VPC.
/// The design is correct: the validators find nothing in it.
struct SyntheticOptions
{
    int vpcs = 2000;
    bool layout = false; // write canvas positions for every object
};

std::unique_ptr<Design> makeSyntheticDesign(const SyntheticOptions &options);
