#include "report.h"

#include "jsonwriter.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)
};

QString endText(const QString &written, const FlowEnd &end)
{
    if (end.address.isValid() && written != end.address.toString())
        return QStringLiteral("%1 (%2)").arg(written, end.address.toString());
    return written;
}

void hopJson(JsonWriter &json, const HopText &h, bool withSetting = false)
{
    json.beginObject().key("at").value(h.at).key("kind").value(h.kind).key("detail").value(h.detail);
    if (withSetting)
        json.key("setting").value(h.setting);
    json.endObject();
}

void pathJson(JsonWriter &json, const Explain &explain, const PacketPath &path, Protocol protocol, bool assumed = false)
{
    json.beginObject().key("verdict").value(Report::verdict(path));
    if (assumed)
        json.key("assumes-request-delivered").value(true);
    json.key("hops").beginArray();
    for (const HopText &h : Report::hops(explain, path, protocol))
        hopJson(json, h);
    json.endArray();
    if (!path.delivered()) {
        json.key("blocked-by").beginArray();
        for (const HopText &h : Report::blockedBy(explain, path, protocol))
            hopJson(json, h);
        json.endArray();
    }
    json.endObject();
}

void pathText(QByteArray &out, const Explain &explain, const PacketPath &path, Protocol protocol, const QString &label)
{
    out += QStringLiteral("  %1 %2\n").arg(label, Report::verdict(path)).toUtf8();
    for (const HopText &h : Report::hops(explain, path, protocol))
        out += QStringLiteral("    %1 (%2): %3\n").arg(h.at, h.kind, h.detail).toUtf8();
    if (!path.delivered()) {
        const QList<HopText> blocks = Report::blockedBy(explain, path, protocol);
        for (const HopText &h : blocks)
            out += QStringLiteral("    %1 %2 (%3): %4\n").arg(Tr::tr("blocked by"), h.at, h.kind, h.detail).toUtf8();
        if (blocks.isEmpty())
            out += QStringLiteral("    %1\n").arg(Tr::tr("stopped: the packet has nowhere to go")).toUtf8();
    }
}

QString portText(int port)
{
    return port < 0 ? QStringLiteral("-") : QString::number(port);
}

} // namespace

void Report::runJson(JsonWriter &json, const Explain &explain, const FlowRun &run)
{
    json.key("request");
    pathJson(json, explain, run.request, run.protocol);
    if (run.hasReply) {
        json.key("reply");
        pathJson(json, explain, run.reply, run.protocol, !run.request.delivered());
    }
}

void Report::runText(QByteArray &out, const Explain &explain, const FlowRun &run)
{
    pathText(out, explain, run.request, run.protocol, Tr::tr("request"));
    if (run.hasReply)
        pathText(out, explain, run.reply, run.protocol,
                 run.request.delivered() ? Tr::tr("reply") : Tr::tr("reply (were the request let through)"));
}

QString Report::verdict(const PacketPath &path)
{
    return path.delivered() ? QStringLiteral("delivered") : QStringLiteral("dropped");
}

QList<HopText> Report::hops(const Explain &explain, const PacketPath &path, Protocol protocol)
{
    QList<HopText> out;
    for (int i = 0; i < path.count; ++i) {
        const Hop &hop = path.hops[size_t(i)];
        HopText text = explain.hop(hop, protocol);
        if (hop.why == Hop::Why::Delivered && path.blocks > 0)
            text.detail = Tr::tr("would reach %1 were it not blocked").arg(text.at);
        out.append(text);
    }
    return out;
}

QList<HopText> Report::blockedBy(const Explain &explain, const PacketPath &path, Protocol protocol)
{
    QList<HopText> out;
    for (int i = 0; i < path.count; ++i)
        if (path.hops[size_t(i)].verdict == Hop::Verdict::Block)
            out.append(explain.hop(path.hops[size_t(i)], protocol));
    return out;
}

QByteArray Report::simulationText(const Simulator &simulator, const Scenario &scenario,
                                  const std::vector<FlowRun> &runs)
{
    const Explain explain(simulator.network());
    QByteArray out;
    int dropped = 0;
    for (const FlowRun &run : runs) {
        const Flow &f = *run.flow;
        const QString traffic = Explain::traffic(run.protocol, run.port);
        out += QStringLiteral("%1: %2 -> %3 %4: %5\n")
                   .arg(f.id, endText(f.from, run.from), endText(f.to, run.to), traffic,
                        run.delivered() ? QStringLiteral("delivered") : QStringLiteral("dropped"))
                   .toUtf8();
        dropped += !run.delivered();
        if (!run.error.isEmpty()) {
            out += QStringLiteral("  %1\n").arg(run.error).toUtf8();
            continue;
        }
        runText(out, explain, run);
    }
    out += QStringLiteral("%1: ").arg(scenario.id).toUtf8() +
           QCoreApplication::translate("Simulation", "%n flow(s)", nullptr, int(runs.size())).toUtf8() + ", " +
           QCoreApplication::translate("Simulation", "%n dropped", nullptr, dropped).toUtf8() + '\n';
    return out;
}

QByteArray Report::simulationJson(const Simulator &simulator, const Scenario &scenario,
                                  const std::vector<FlowRun> &runs, const std::function<void(JsonWriter &)> &extra)
{
    const Explain explain(simulator.network());
    JsonWriter json;
    json.beginObject().key("scenario").value(scenario.id).key("flows").beginArray();
    for (const FlowRun &run : runs) {
        const Flow &f = *run.flow;
        // clang-format off
        json.beginObject()
            .key("id").value(f.id)
            .key("from").value(f.from)
            .key("to").value(f.to)
            .key("protocol").value(run.protocol.toString());
        // clang-format on
        if (run.port >= 0)
            json.key("port").value(run.port);
        if (run.sourcePort >= 0)
            json.key("source-port").value(run.sourcePort);
        json.key("verdict").value(run.delivered() ? QStringLiteral("delivered") : QStringLiteral("dropped"));
        if (!run.error.isEmpty()) {
            json.key("error").value(run.error).endObject();
            continue;
        }
        runJson(json, explain, run);
        json.endObject();
    }
    json.endArray();
    if (extra)
        extra(json);
    json.endObject();
    return json.data() + '\n';
}

QByteArray Report::replayText(const Simulator &simulator, const FlowLogParser &parsed, const ReplaySummary &s)
{
    const Network &net = simulator.network();
    QByteArray out;
    for (const ReplayReject &r : s.rejects) {
        const Network::Interface &x = net.interfaces[size_t(r.iface)];
        out += QStringLiteral("REJECT %1 (%2) %3 %4:%5 -> %6:%7 %8, %9, %10 packets, first at %11:%12%13\n")
                   .arg(x.eni, x.owner->id, r.egress ? Tr::tr("egress") : Tr::tr("ingress"), r.src.toString(),
                        portText(r.srcPort), r.dst.toString(), portText(r.dstPort), Protocol(r.protocol).toString(),
                        QCoreApplication::translate("Simulation", "%n record(s)", nullptr, int(r.records)))
                   .arg(r.packets)
                   .arg(parsed.files.value(r.file))
                   .arg(r.line)
                   .arg(r.answer ? Tr::tr(" (an answer)") : QString())
                   .toUtf8();
        for (const HopText &h : r.blockedBy)
            out += QStringLiteral("  %1 %2 (%3): %4\n").arg(Tr::tr("rejected by"), h.at, h.kind, h.detail).toUtf8();
        if (!r.note.isEmpty())
            out += QStringLiteral("  %1\n").arg(r.note).toUtf8();
    }
    out += Tr::tr("%1 records: %2 matched, %3 matched nothing; %4 accepted, %5 rejected (%6 explained by the "
                  "design, %7 not); %8 NODATA, %9 SKIPDATA")
               .arg(s.records)
               .arg(s.matched)
               .arg(s.unmatched)
               .arg(s.accepted)
               .arg(s.rejected)
               .arg(s.explained)
               .arg(s.unexplained)
               .arg(s.noData)
               .arg(s.skipData)
               .toUtf8();
    if (parsed.malformed > 0)
        out += "; " + Tr::tr("%1 lines not read").arg(parsed.malformed).toUtf8();
    return out + '\n';
}

QByteArray Report::replayJson(const Simulator &simulator, const QString &design, const FlowLogParser &parsed,
                              const ReplaySummary &s)
{
    const Network &net = simulator.network();
    JsonWriter json;
    json.beginObject().key("file").value(design).key("logs").stringArray(parsed.files);
    // clang-format off
    json.key("records").value(s.records)
        .key("matched").value(s.matched)
        .key("unmatched").value(s.unmatched)
        .key("accepted").value(s.accepted)
        .key("rejected").value(s.rejected)
        .key("explained").value(s.explained)
        .key("unexplained").value(s.unexplained)
        .key("nodata").value(s.noData)
        .key("skipdata").value(s.skipData)
        .key("malformed").value(parsed.malformed);
    // clang-format on
    json.key("rejects").beginArray();
    for (const ReplayReject &r : s.rejects) {
        const Network::Interface &x = net.interfaces[size_t(r.iface)];
        // clang-format off
        json.beginObject()
            .key("interface-id").value(x.eni)
            .key("object").value(x.owner->id)
            .key("flow-direction").value(r.egress ? "egress" : "ingress")
            .key("srcaddr").value(r.src.toString())
            .key("dstaddr").value(r.dst.toString())
            .key("srcport").value(r.srcPort)
            .key("dstport").value(r.dstPort)
            .key("protocol").value(r.protocol)
            .key("records").value(r.records)
            .key("packets").value(r.packets)
            .key("bytes").value(r.bytes)
            .key("first").value(QStringLiteral("%1:%2").arg(parsed.files.value(r.file)).arg(r.line))
            .key("answer").value(r.answer)
            .key("blocked-by").beginArray();
        // clang-format on
        for (const HopText &h : r.blockedBy)
            hopJson(json, h, true);
        json.endArray();
        if (!r.note.isEmpty())
            json.key("note").value(r.note);
        json.endObject();
    }
    json.endArray().endObject();
    return json.data() + '\n';
}
