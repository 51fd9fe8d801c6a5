#pragma once

// What the evaluator's parts share: the names of a hop's fields, how a step is recorded,
// and how rules match a packet. Included by evaluator*.cpp only.

#include "evaluator.h"

namespace EvaluatorSteps {

using Kind = Hop::Kind;
using Why = Hop::Why;
using Verdict = Hop::Verdict;
using Target = Network::RouteTarget::Kind;

template <class Rule> inline bool portMatches(const Rule &r, int port)
{
    // Ports belong to TCP and UDP rules only; `all` and ICMP rules take every packet.
    if (r.protocol != Protocol::Tcp && r.protocol != Protocol::Udp)
        return true;
    return port < 0 || (port >= r.from && port <= r.to);
}

inline bool protocolMatches(int ruleProtocol, Protocol protocol)
{
    return ruleProtocol == Protocol::All || ruleProtocol == protocol.number();
}

inline Hop hop(Kind kind, Why why, Verdict verdict, bool ingress, int object, int rule = -1,
               const IpAddress &address = {}, int port = -1)
{
    Hop h;
    h.kind = kind;
    h.why = why;
    h.verdict = verdict;
    h.ingress = ingress;
    h.object = object;
    h.rule = rule;
    h.address = address;
    h.port = port;
    return h;
}

/// The port a NAT gateway gives a translated connection (1024-65535), stable per source port.
inline int natPort(int sourcePort)
{
    return sourcePort < 0 ? -1 : 1024 + int((qint64(sourcePort) * 7919) % 64512);
}

} // namespace EvaluatorSteps
