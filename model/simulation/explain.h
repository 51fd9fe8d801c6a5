#pragma once

#include "evaluator.h"

#include <QString>

/// A hop in words: the object that decided (`at`), its kind as CLI.md names kinds, and a
/// sentence with the rule, route or address that decided.
struct HopText
{
    QString at;
    QString kind;
    QString detail;
    /// The setting that decided, the same for every packet it decides (no addresses or
    /// ports of the packet): `KIND:ID`, with ` rule N` for a numbered rule of a network
    /// ACL (` rule *` for its final deny) or a group's rule row. Data, not translated.
    QString setting;
};

/// Turns the evaluator's compact hops into sentences, only when someone reads them.
class Explain
{
public:
    explicit Explain(const Network &network) : mNet(network) {}

    HopText hop(const Hop &hop, Protocol protocol) const;
    /// The id of the object a hop names.
    QString objectId(const Hop &hop) const;
    /// The kind a hop reports (`network-acl`, `nat-gateway`, ...).
    static QString kindTag(const Hop &hop, const Network &network);
    /// `tcp/443`, `udp/53`, `icmp`.
    static QString traffic(Protocol protocol, int port);
    /// "the Amazon DNS server"..., and what it answers ("UDP and TCP port 53"), for a
    /// Network::VpcService.
    static QString vpcServiceName(int service);
    static QString vpcServicePorts(int service);

private:
    QString interfaceName(int interface) const;
    QString routeText(const Hop &hop) const;
    QString groupRuleText(const Hop &hop) const;

    const Network &mNet;
};
