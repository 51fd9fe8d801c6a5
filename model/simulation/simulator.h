#pragma once

#include "evaluator.h"

#include <optional>
#include <vector>

/// One flow of a scenario, evaluated: the request and, where the flow asks for it, the
/// answer, with the ends as they were resolved.
struct FlowRun
{
    const Flow *flow = nullptr;
    QString error; // set when the flow could not be evaluated (an end names nothing usable)
    FlowEnd from;
    FlowEnd to;
    Protocol protocol{Protocol::Tcp};
    int sourcePort = -1; // -1: none (ICMP)
    int port = -1;
    int privateDnsEndpoint = -1; // the interface endpoint a `service:` name resolved to
    PacketPath request;
    bool hasReply = false;
    PacketPath reply;

    bool requestDelivered() const { return error.isEmpty() && request.delivered(); }
    /// Delivered both ways (or one way where no answer is asked for).
    bool delivered() const { return requestDelivered() && (!hasReply || reply.delivered()); }
};

/// Runs the flows of a design's scenarios through its compiled network. A pure function
/// of the design and the scenario: the same input gives the same paths, ports included.
class Simulator
{
public:
    explicit Simulator(const Design &design);

    const Network &network() const { return mNetwork; }
    const Evaluator &evaluator() const { return mEvaluator; }

    FlowRun run(const Flow &flow, const QString &scenarioId = {}) const;
    /// The same ends as a run of a flow with an answer asked for (`resolved`, with its
    /// error when its ends could not run), for another protocol and ports: what `run`
    /// gives for that flow, without resolving its ends again.
    FlowRun rerun(const FlowRun &resolved, Protocol protocol, int sourcePort, int port) const;
    /// Only the verdict of `rerun`: delivered, and delivered and answered. The answer is
    /// evaluated only when the request is delivered (nothing else changes the verdict).
    std::pair<bool, bool> verdict(const FlowRun &resolved, Protocol protocol, int sourcePort, int port) const;
    std::vector<FlowRun> run(const Scenario &scenario) const;

    /// Resolves one end of a flow as written (an instance, NAT gateway or interface
    /// endpoint id, an address, or `service:NAME`); `other` is the other end when it is
    /// already known, to choose between private and public addresses. nullopt with `why`
    /// when the text names nothing usable.
    std::optional<FlowEnd> resolve(const QString &text, const FlowEnd *other, QString *why) const;

    /// The source port an operating system would pick for a connection: a stable
    /// choice in Linux's ephemeral range 32768-61000.
    static int ephemeralPort(const QString &seed);
    /// The AWS service a `service:NAME` or endpoint service name stands for (`s3` from
    /// `com.amazonaws.us-east-1.s3`).
    static QString serviceName(const QString &text);

    /// An address as an end: an interface of the design (by private address in the VPC
    /// the other end can reach, or by public address), an address in a VPC, or the internet.
    FlowEnd resolveAddress(const IpAddress &address, const FlowEnd *other) const;
    /// Sets an interface end's address in the family `other` speaks. A source always
    /// sends from its private address (the internet gateway translates); a destination
    /// is reached at its private address inside the VPC or across a peering and at its
    /// public one from anywhere else.
    void chooseAddress(FlowEnd &end, const FlowEnd *other, bool asSource = false) const;

private:
    /// The request and, when asked for and it got there, its answer, of resolved ends.
    void evaluate(FlowRun &r, bool reply) const;
    std::optional<FlowEnd> resolveObject(const QString &id, const FlowEnd *other, QString *why) const;
    int privateDnsEndpoint(const FlowEnd &from, const QString &service) const;

    Network mNetwork;
    Evaluator mEvaluator;
};
