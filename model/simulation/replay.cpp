#include "replay.h"

#include "flowlogexport.h"

#include <QCoreApplication>

#include <map>
#include <tuple>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowLogs)
};

/// The blocks between the interface's previous observation and its own, or all of them
/// when the packet never got to the interface.
std::vector<Hop> blocksAt(const PacketPath &path, int iface, bool ingress)
{
    std::vector<Hop> out;
    int from = 0, to = path.count;
    for (int o = 0; o < path.seenCount; ++o) {
        const Observation &seen = path.seen[size_t(o)];
        if (seen.iface == iface && seen.ingress == ingress) {
            from = o > 0 ? path.seen[size_t(o - 1)].hopAt : 0;
            to = seen.hopAt;
            break;
        }
    }
    for (int i = from; i < to && i < PacketPath::MaxHops; ++i)
        if (path.hops[size_t(i)].verdict == Hop::Verdict::Block)
            out.push_back(path.hops[size_t(i)]);
    return out;
}

} // namespace

Replay::Replay(const Simulator &simulator) : mSim(simulator), mExplain(simulator.network())
{
    const Network &net = simulator.network();
    for (size_t i = 0; i < net.interfaces.size(); ++i)
        mByEni.insert(net.interfaces[i].eni, int(i));
}

int Replay::interfaceOf(const FlowLogParser &parsed, const LogRecord &record) const
{
    if (record.interfaceId >= 0)
        if (const int i = mByEni.value(parsed.text(record.interfaceId), -1); i >= 0)
            return i;
    // Logs of another account or recreated interfaces: by the addresses.
    const Network &net = mSim.network();
    // The interface that logged it: the sender for an egress record, else the receiver.
    const bool egress = record.direction == LogRecord::Direction::Egress;
    for (const IpAddress &a : {egress ? record.src : record.dst, egress ? record.dst : record.src}) {
        if (!a.isValid())
            continue;
        for (int vpc : net.vpcsHolding(a))
            if (const int i = net.interfaceAt(vpc, a); i >= 0)
                return i;
        if (const int i = net.interfaceWithPublic(a); i >= 0)
            return i;
    }
    return -1;
}

ReplayReject Replay::blame(const LogRecord &record, int iface) const
{
    const Network &net = mSim.network();
    const Evaluator &eval = mSim.evaluator();
    const Network::Interface &x = net.interfaces[size_t(iface)];
    ReplayReject out;
    out.iface = iface;
    out.src = record.src;
    out.dst = record.dst;
    out.srcPort = record.srcPort;
    out.dstPort = record.dstPort;
    out.protocol = record.protocol;
    out.file = record.file;
    out.line = record.line;
    const IpAddress mine = record.dst.isV4() ? x.privateV4 : x.v6;
    out.egress = record.direction == LogRecord::Direction::Unknown ? !(record.dst == mine || record.dst == x.publicV4)
                                                                   : record.direction == LogRecord::Direction::Egress;
    const Protocol protocol(record.protocol);
    const bool ported = protocol.hasPorts();
    const int srcPort = ported ? record.srcPort : -1;
    const int dstPort = ported ? record.dstPort : -1;
    out.answer = ported && record.srcPort < record.dstPort && record.dstPort >= 1024;

    FlowEnd here;
    here.type = FlowEnd::Type::Interface;
    here.interface = iface;
    here.subnet = x.subnet;
    here.vpc = x.vpc;
    here.address = out.egress ? record.src : mine;
    FlowEnd other = mSim.resolveAddress(out.egress ? record.dst : record.src, &here);
    if (!out.egress)
        mSim.chooseAddress(here, &other);

    std::vector<Hop> blocks;
    if (out.answer) {
        // The answer of a connection the other way: evaluate that connection, then its
        // answer, which meets the stateless ACLs on its ephemeral port.
        const FlowEnd &client = out.egress ? other : here;
        const FlowEnd &server = out.egress ? here : other;
        const PacketPath request = eval.request(client, server, protocol, dstPort, srcPort);
        if (request.reached) {
            const PacketPath reply = eval.reply(request, client, server, protocol, dstPort, srcPort);
            blocks = blocksAt(reply, iface, !out.egress);
        } else {
            out.answer = false;
        }
    }
    if (!out.answer) {
        const PacketPath request = out.egress ? eval.request(here, other, protocol, srcPort, dstPort)
                                              : eval.request(other, here, protocol, srcPort, dstPort);
        blocks = blocksAt(request, iface, !out.egress);
    }
    for (const Hop &h : blocks)
        out.blockedBy.push_back(mExplain.hop(h, protocol));
    if (out.blockedBy.empty())
        out.note = Tr::tr("nothing in the design rejects this packet: the rejection comes from a setting the "
                          "design does not have (or the design differs from what ran)");
    return out;
}

ReplaySummary Replay::run(const FlowLogParser &parsed) const
{
    ReplaySummary s;
    using Key = std::tuple<int, IpAddress, IpAddress, int, int, int>;
    std::map<Key, size_t> groups;
    std::vector<int> ifaceOfName; // memo per interned interface id
    s.recordInterface.assign(parsed.records.size(), -1);
    s.recordReject.assign(parsed.records.size(), -1);
    size_t index = 0;
    for (const LogRecord &r : parsed.records) {
        const size_t at = index++;
        ++s.records;
        if (r.status == LogRecord::Status::NoData) {
            ++s.noData;
            continue;
        }
        if (r.status == LogRecord::Status::SkipData) {
            ++s.skipData;
            continue;
        }
        int iface = -1;
        if (r.interfaceId >= 0) {
            if (size_t(r.interfaceId) >= ifaceOfName.size())
                ifaceOfName.resize(size_t(r.interfaceId) + 1, -2);
            int &memo = ifaceOfName[size_t(r.interfaceId)];
            if (memo == -2)
                memo = mByEni.value(parsed.text(r.interfaceId), -1);
            iface = memo;
        }
        if (iface < 0)
            iface = interfaceOf(parsed, r);
        if (iface < 0) {
            ++s.unmatched;
            continue;
        }
        s.recordInterface[at] = iface;
        ++s.matched;
        if (r.action != LogRecord::Action::Reject) {
            s.accepted += r.action == LogRecord::Action::Accept;
            continue;
        }
        ++s.rejected;
        const Key key{iface, r.src, r.dst, r.srcPort, r.dstPort, r.protocol};
        auto [it, inserted] = groups.try_emplace(key, s.rejects.size());
        if (inserted)
            s.rejects.push_back(blame(r, iface));
        s.recordReject[at] = int(it->second);
        ReplayReject &g = s.rejects[it->second];
        ++g.records;
        g.packets += std::max<qint64>(0, r.packets);
        g.bytes += std::max<qint64>(0, r.bytes);
        (g.blockedBy.empty() ? s.unexplained : s.explained) += 1;
    }
    return s;
}

void Replay::prepare(FlowLogParser &parser) const
{
    const QHash<QString, QString> formats = FlowLogExport::cloudWatchStreamFormats(mSim.network());
    for (auto it = formats.constBegin(); it != formats.constEnd(); ++it)
        if (const auto f = FlowLogFormat::parse(*it))
            parser.streamFields.insert(it.key(), f->fields());
}
