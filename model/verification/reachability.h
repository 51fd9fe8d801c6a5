#pragma once

#include "atoms.h"
#include "simulator.h"

#include <functional>
#include <optional>

/// A set of addresses a packet may come from or go to (INTENTS.md "Spaces"): the internet,
/// the interfaces of a VPC, subnet, security group, instance, NAT gateway or interface
/// endpoint, a block of addresses, or an AWS service.
struct Space
{
    enum class Kind : quint8 { Internet, Interfaces, Block, Service };
    Kind kind = Kind::Internet;
    QString text;                // as written
    std::vector<int> interfaces; // Interfaces: indices into Network::interfaces
    Cidr block;                  // Block
    QString service;             // Service: s3, dynamodb...

    /// Reads one space; nullopt with `why` when it names nothing packets can use.
    static std::optional<Space> resolve(const Network &network, const QString &text, QString *why);
    /// Resolves many at once, as `resolve` does each: the subnets' interfaces are found in
    /// one pass for all of them (a matrix of 24,000 subnets would pass 24,000 times).
    static std::optional<std::vector<Space>> resolveAll(const Network &network, const QStringList &texts, QString *why);
};

/// One end of a class of packets: an interface, a run of addresses of one class, or a service.
struct PacketEnd
{
    enum class Type : quint8 { Interface, Addresses, Service };
    Type type = Type::Addresses;
    IpAddress::Family family = IpAddress::Family::V4;
    int interface = -1;
    IpAddress first, last; // Addresses (Interface: its address in `family`)
    QString service;
    int interval = -1; // Addresses: the interval between block cuts (-1: one address that matters by itself)

    /// How a flow names this end's representative, facing `other`: an instance's or NAT
    /// gateway's id (the simulator then picks its address as for any flow), else an address
    /// or service:NAME.
    QString flowText(const Network &network, const PacketEnd &other) const;
    /// For people: the object and its address, the run of addresses, or the service.
    QString describe(const Network &network) const;
};

/// A class of packets (one atom or a part of one), evaluated once by its representative.
struct PacketClass
{
    PacketEnd from;
    PacketEnd to;
    Protocol protocol{Protocol::Tcp};
    PortRange ports{-1, -1};       // destination ports (-1: the protocol has none)
    PortRange sourcePorts{-1, -1}; // the sender's ports (-1: the protocol has none)
    bool delivered = false;        // the request gets there
    bool answered = false;         // and its answer gets back
    QString error;                 // the simulator cannot run it (no usable pair of ends)

    /// The representative as a flow the simulator runs (and `simulate` replays).
    void toFlow(const Network &network, Flow &flow) const;
};

/// Answers "which packets from here get there" exactly: the spaces are split into the
/// classes the design's settings induce (Atoms), and the simulator runs one packet of
/// each, so the verdicts are the simulator's own. Nothing here interprets an AWS rule.
class Reachability
{
public:
    /// `context`: the whole design's, when the simulator's design is a slice of it (DesignSlicer).
    explicit Reachability(const Simulator &simulator, const Atoms::Context *context = nullptr);

    const Simulator &simulator() const { return mSimulator; }
    const Network &network() const { return mSimulator.network(); }
    const Atoms &atoms() const { return mAtoms; }

    /// What a query covers: every packet from one of `from` to one of `to` of `protocol`
    /// (all: every protocol) to one of `ports` (ignored for protocols without ports).
    struct Query
    {
        std::vector<Space> from;
        std::vector<Space> to;
        Protocol protocol{Protocol::All};
        QList<PortRange> ports{PortRange::all()};
        /// Whether answers matter (`answered` is then exact for every source port); when
        /// not, one source port stands for all and only `delivered` is meant.
        bool answers = true;
        /// Bounded work: no more classes than this are evaluated (forEachClass then
        /// returns -1). Ten million take about ten seconds.
        qint64 budget = 10'000'000;
    };
    /// Calls `visit` for each class, evaluated, in a stable order, until it returns false.
    /// Returns the number of classes visited, or -1 past the query's budget.
    qint64 forEachClass(const Query &query, const std::function<bool(const PacketClass &)> &visit) const;

    /// The class of one concrete packet, as a flow names it (ends as written, a protocol,
    /// ports); its verdict is its representative's. nullopt when an end names nothing.
    std::optional<PacketClass> classOf(const Flow &packet) const;

    /// Runs a class's representative: the witness path, hop by hop.
    FlowRun run(const PacketClass &packetClass) const;

    /// The port classes of packets between two ends: cut only by the rules of the network
    /// ACLs and security groups on their way (and the VPC services' ports).
    struct PortClasses
    {
        std::vector<PortRange> ports;
        std::vector<PortRange> sources;
        /// The request has no route to its destination: routes look at addresses alone, so
        /// no port or protocol gets there, and all of them are one class.
        bool unroutable = false;
        FlowRun probe; // the packet that showed the way
    };
    /// `ends`, when given, holds the pair's resolved ends (set by the first run).
    PortClasses portClasses(const PacketEnd &a, const PacketEnd &b, Protocol protocol,
                            std::optional<FlowRun> *ends = nullptr) const;

private:
    std::vector<PacketEnd> ends(const Space &space) const;
    void evaluate(PacketClass &c, std::optional<FlowRun> *ends = nullptr) const;
    FlowRun runClass(const PacketClass &c, std::optional<FlowRun> *ends) const;

    const Simulator &mSimulator;
    Atoms mAtoms;
};
