#pragma once

#include "ipaddress.h"
#include "rules.h"

#include <set>
#include <vector>

class Network;

/// The equivalence classes (atoms) that a design's settings induce on what a packet is:
/// its addresses, its protocol, its destination port and its source port. Two packets of
/// one class meet the same routes, ACL rules, group rules, prefix lists, policies and
/// special addresses at every step, so the simulator gives them the same verdict: one
/// representative per class (its lowest member) stands for all of it.
///
/// The cuts come from the compiled network (every block a route, a rule, a prefix list, a
/// VPC or a subnet names, every interface address, the subnets' reserved addresses, the
/// VPC services' addresses, the addresses policies name) and from the non-internet blocks
/// (loopback, link-local, multicast...), so that `internet` is a union of whole classes.
class Atoms
{
public:
    /// The source ports a sender picks from (Linux's ephemeral range, as the simulator).
    static constexpr PortRange Ephemeral{32768, 61000};

    /// What a slice of a design (DesignSlicer) keeps of the whole: the addresses that are
    /// not the internet there (every VPC block and public address of the whole design) and
    /// the protocols its rules name, so that `internet` and the protocol classes are the
    /// whole design's.
    struct Context
    {
        std::vector<std::pair<u128, u128>> v4, v6; // blocks: disjoint, sorted [first, last]
        std::vector<u128> v4Points, v6Points;      // public addresses of interfaces, sorted
        std::set<int> protocols;
        /// Sorts and merges.
        void finish();
        bool holds(const IpAddress &address) const;
    };

    /// `context`, when given, is the whole design's that `network` is a slice of.
    explicit Atoms(const Network &network, const Context *context = nullptr);

    /// The classes of one family's addresses: class i is [start(i), start(i + 1) - 1].
    int addressClasses(IpAddress::Family family) const { return int(starts(family).size()); }
    int addressClass(const IpAddress &address) const;
    IpAddress classFirst(IpAddress::Family family, int index) const;
    IpAddress classLast(IpAddress::Family family, int index) const;
    /// Whether the class is one address that matters by itself (an interface's, a reserved
    /// or a service's); the classes between such points, in one interval between the cuts
    /// of blocks (`ruleInterval`), all get the same verdict: `representative` is the first.
    bool isPoint(IpAddress::Family family, int index) const;
    int ruleInterval(IpAddress::Family family, int index) const;
    int representative(IpAddress::Family family, int index) const;
    /// Whether the class is outside every VPC block, every public address of the design's
    /// interfaces and every block that is not the internet (private-use blocks count as
    /// internet when no VPC holds them).
    bool isInternet(IpAddress::Family family, int index) const;

    /// The destination-port classes of TCP and UDP, and the source-port classes of the
    /// ephemeral range.
    const std::vector<PortRange> &portClasses() const { return mPorts; }
    const std::vector<PortRange> &sourcePortClasses() const { return mSourcePorts; }
    static int classOf(const std::vector<PortRange> &classes, int port);
    /// The ranges of `within` between the cuts (a cut is the first port of a class).
    static std::vector<PortRange> splitPorts(const std::set<int> &cuts, PortRange within);
    /// The same with the cuts sorted, without repeats.
    static std::vector<PortRange> splitPorts(const std::vector<int> &cuts, PortRange within);

    /// The protocols that stand for `all` in a family: TCP, UDP, the two ICMPs (the
    /// family's first), every other protocol a rule names, and one that no rule names.
    std::vector<Protocol> protocols(IpAddress::Family family) const;
    /// The class of protocol `number`: itself when a rule names it or it is TCP, UDP or an
    /// ICMP, else the stand-in for every protocol no rule names.
    Protocol protocolClass(int number) const;

    /// The blocks that are never the internet (RFC 6890's special-purpose blocks that no
    /// internet host has): loopback, link-local, multicast, reserved.
    static const QList<Cidr> &notInternet();

private:
    const std::vector<u128> &starts(IpAddress::Family family) const
    {
        return family == IpAddress::Family::V4 ? mV4 : mV6;
    }

    std::vector<u128> mV4, mV6; // the first address of each class, sorted
    std::vector<bool> mV4Internet, mV6Internet;
    std::vector<int> mV4Rule, mV6Rule; // the interval between block cuts each class is in
    std::vector<bool> mV4Point, mV6Point;
    std::vector<PortRange> mPorts, mSourcePorts;
    std::vector<int> mProtocols; // named by a rule, other than TCP, UDP, ICMP and ICMPv6
    int mOtherProtocol = 47;     // named by no rule
};
