#include "flowlogcapture.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <tuple>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowLogCapture)
};

} // namespace

namespace {

IpAddress address(const char *text)
{
    return *IpAddress::parse(std::string_view(text));
}

/// AWS's name for a service in pkt-src-aws-service and pkt-dst-aws-service.
QString awsServiceName(const QString &service)
{
    static const QStringList known{QStringLiteral("s3"),      QStringLiteral("dynamodb"),
                                   QStringLiteral("ec2"),     QStringLiteral("cloudfront"),
                                   QStringLiteral("route53"), QStringLiteral("api_gateway")};
    if (service.isEmpty())
        return {};
    return known.contains(service) ? service.toUpper() : QStringLiteral("AMAZON");
}

qint64 wholeSeconds(double t)
{
    return qint64(std::floor(t + 1e-6));
}

} // namespace

int FlowLogCapture::deliveryDelay(LogDestination destination)
{
    return destination == LogDestination::S3 ? 600 : 300;
}

QString FlowLogCapture::zoneId(const QString &az)
{
    // us-east-1a -> use1-az1, ap-southeast-2b -> apse2-az2: the form AWS uses; the
    // mapping of names to ids differs per account, so this is a stand-in that is stable.
    const QStringList parts = az.split(QLatin1Char('-'));
    if (parts.size() != 3 || parts[2].isEmpty())
        return QStringLiteral("-");
    static const QList<std::pair<QString, QString>> directions{
        {QStringLiteral("northeast"), QStringLiteral("ne")}, {QStringLiteral("southeast"), QStringLiteral("se")},
        {QStringLiteral("northwest"), QStringLiteral("nw")}, {QStringLiteral("southwest"), QStringLiteral("sw")},
        {QStringLiteral("central"), QStringLiteral("c")},    {QStringLiteral("north"), QStringLiteral("n")},
        {QStringLiteral("south"), QStringLiteral("s")},      {QStringLiteral("east"), QStringLiteral("e")},
        {QStringLiteral("west"), QStringLiteral("w")}};
    QString direction = parts[1].left(1);
    for (const auto &[name, code] : directions)
        if (parts[1] == name)
            direction = code;
    QString number = parts[2];
    QChar letter = QLatin1Char('a');
    while (!number.isEmpty() && number.back().isLetter()) {
        letter = number.back();
        number.chop(1);
    }
    return parts[0] + direction + number + QStringLiteral("-az") +
           QString::number(letter.toLower().unicode() - QLatin1Char('a').unicode() + 1);
}

bool FlowLogCapture::unlogged(const IpAddress &a, int vpc, Protocol protocol, int port) const
{
    // Windows license activation (the VPC's own services come next).
    static const IpAddress activation[] = {address("169.254.169.250"), address("169.254.169.251")};
    if (!a.isValid())
        return false;
    if (std::find(std::begin(activation), std::end(activation), a) != std::end(activation))
        return true;
    const Network &net = mSim.network();
    if (net.vpcServiceAt(a).service != Network::VpcService::None)
        return true; // Amazon DNS, instance metadata, Time Sync, DHCP
    if (protocol.number() == Protocol::Udp && (port == 67 || port == 68))
        return true; // DHCP
    if (vpc < 0 || !a.isV4())
        return false;
    const int subnet = net.subnetAt(vpc, a);
    return subnet >= 0 && net.subnets[size_t(subnet)].subnet->cidr.network().first().plus(1) == a; // the router
}

const Network &FlowLogCapture::network() const
{
    return mSim.network();
}

FlowLogCapture::FlowLogCapture(const Simulator &simulator, const Scenario &scenario, const std::vector<FlowRun> &runs)
    : mSim(simulator)
{
    const Network &net = simulator.network();
    const Design &design = net.design();
    mLogsOfInterface.resize(net.interfaces.size());
    for (const Vpc *vpc : design.vpcs())
        for (const FlowLog *fl : vpc->flowLogList()) {
            CapturedLog c;
            c.log = fl;
            c.vpc = vpc;
            QString why;
            if (auto f = FlowLogFormat::parse(fl->format, &why))
                c.format = *f;
            else
                c.formatError = why;
            c.interval = fl->maxAggregationInterval == 60 ? 60 : 600;
            c.deliveryDelay = deliveryDelay(fl->destination);
            c.interfaces = net.interfacesWatchedBy(*fl);
            for (int i : c.interfaces)
                mLogsOfInterface[size_t(i)].push_back(int(logs.size()));
            logs.push_back(std::move(c));
        }
    if (logs.empty())
        return;
    const double t0 = double(scenario.start.toSecsSinceEpoch());
    // What the scenario would make, counted before any of it is made: a month of traffic
    // over thousands of logged interfaces is billions of records.
    const qint64 expected = expectedRecords(runs);
    if (expected > MaxRecords) {
        error = Tr::tr("the flow logs of this scenario would hold about %1 million records; at most %2 million are "
                       "made: shorten its flows, or log fewer interfaces (flow logs on subnets or instances "
                       "rather than whole VPCs)")
                    .arg(double(expected) / 1e6, 0, 'f', 1) // "about 5 million" read as within 5
                    .arg(MaxRecords / 1000000);
        logs.clear();
        return;
    }

    double spanStart = 0, spanEnd = 0;
    bool any = false;
    for (size_t i = 0; i < runs.size(); ++i) {
        const FlowRun &run = runs[i];
        if (!run.error.isEmpty())
            continue;
        const Flow &flow = *run.flow;
        if (flow.packetsPerSecond <= 0)
            continue;
        const qint64 count = std::max<qint64>(1, std::llround(flow.packetsPerSecond * flow.duration));
        // The scenario's span counts every flow, logged or not: an interface whose only
        // traffic AWS does not log is idle in its flow logs (NODATA).
        const double first = t0 + flow.start, last = first + std::max(0.0, flow.duration);
        spanStart = any ? std::min(spanStart, first) : first;
        spanEnd = any ? std::max(spanEnd, last) : last;
        any = true;
        if (unlogged(run.from.address, run.from.vpc, run.protocol, run.port) ||
            unlogged(run.to.address, run.to.vpc, run.protocol, run.port))
            continue;
        Series request;
        request.first = first;
        request.end = last;
        request.count = count;
        request.bytesPerPacket = flow.bytesPerPacket;
        request.tcp = run.protocol.number() == Protocol::Tcp;
        request.finishes = run.delivered() && flow.closes;
        capture(run, int(i), run.request, request);
        if (run.hasReply && run.request.delivered()) {
            // As many answers as requests (or `reply-packets`), of the requests' size (or
            // `reply-bytes-per-packet`), from `reply-delay` on, until the requests end.
            Series answer = request;
            answer.answer = true;
            if (flow.replyPackets > 0)
                answer.count = std::max<qint64>(1, std::llround(flow.replyPackets));
            if (flow.replyBytesPerPacket > 0)
                answer.bytesPerPacket = flow.replyBytesPerPacket;
            answer.first = request.first + std::max(0.0, flow.replyDelay);
            answer.end = std::max(request.end, answer.first);
            answer.finishes = run.reply.delivered() && flow.closes;
            capture(run, int(i), run.reply, answer);
            spanEnd = std::max(spanEnd, answer.end);
        }
    }
    if (any)
        addNoData(spanStart, spanEnd);
    std::stable_sort(records.begin(), records.end(), [](const FlowLogRecord &a, const FlowLogRecord &b) {
        return std::tie(a.log, a.windowStart, a.iface, a.start, a.flow, a.answer) <
               std::tie(b.log, b.windowStart, b.iface, b.start, b.flow, b.answer);
    });
}

qint64 FlowLogCapture::expectedRecords(const std::vector<FlowRun> &runs) const
{
    double first = 0, last = 0;
    bool any = false;
    double records = 0;
    for (const FlowRun &run : runs) {
        if (!run.error.isEmpty() || run.flow->packetsPerSecond <= 0)
            continue;
        const Flow &flow = *run.flow;
        const double end = flow.start + flow.duration + flow.replyDelay;
        first = any ? std::min(first, flow.start) : flow.start;
        last = any ? std::max(last, end) : end;
        any = true;
        // A record per window, per log, per interface the packets pass.
        const double windows = (flow.duration + flow.replyDelay) / 60.0 + 2;
        for (const PacketPath *path : {&run.request, &run.reply})
            for (int o = 0; o < path->seenCount; ++o)
                records += windows * double(mLogsOfInterface[size_t(path->seen[size_t(o)].iface)].size());
    }
    // And a NODATA record per window for every logged interface that saw nothing.
    if (any)
        for (const CapturedLog &log : logs)
            records += double(log.interfaces.size()) * ((last - first) / double(log.interval) + 2);
    return records > 9e18 ? std::numeric_limits<qint64>::max() : qint64(records);
}

void FlowLogCapture::capture(const FlowRun &run, int flowIndex, const PacketPath &path, const Series &series)
{
    const QString fromService = run.from.type == FlowEnd::Type::Service ? awsServiceName(run.from.service) : QString();
    const QString toService = run.to.type == FlowEnd::Type::Service ? awsServiceName(run.to.service) : QString();
    const double step = series.count > 0 ? (series.end - series.first) / double(series.count) : 0;
    const double lastPacket = series.first + step * double(series.count - 1);
    for (int o = 0; o < path.seenCount; ++o) {
        const Observation &seen = path.seen[size_t(o)];
        if (o > 0 && path.seen[size_t(o - 1)].blocksAt > 0)
            break; // stopped before it got here
        const bool accepted = seen.blocksAt == 0;
        for (int li : mLogsOfInterface[size_t(seen.iface)]) {
            const CapturedLog &log = logs[size_t(li)];
            const TrafficType type = log.log->trafficType;
            const bool wanted =
                type == TrafficType::All || type == (accepted ? TrafficType::Accept : TrafficType::Reject);
            const qint64 interval = log.interval;
            const qint64 firstWindow = qint64(std::floor(series.first / double(interval)));
            const qint64 lastWindow = qint64(std::floor(lastPacket / double(interval)));
            for (qint64 w = firstWindow; w <= lastWindow; ++w) {
                const double ws = double(w * interval), we = double((w + 1) * interval);
                qint64 lo = 0, hi = series.count - 1;
                if (step > 0) {
                    lo = std::max<qint64>(0, qint64(std::ceil((ws - series.first) / step - 1e-9)));
                    hi = std::min<qint64>(series.count - 1, qint64(std::ceil((we - series.first) / step - 1e-9)) - 1);
                }
                if (lo > hi)
                    continue;
                const qint64 start = wholeSeconds(series.first + double(lo) * step);
                const qint64 end = std::min(w * interval + interval, wholeSeconds(series.end));
                mActive.insert({li, seen.iface, w * interval});
                if (!wanted)
                    continue;
                int flags = 0;
                if (series.tcp) {
                    if (lo == 0)
                        flags |= series.answer ? 18 : 2;
                    if (hi == series.count - 1 && series.count > 1 && series.finishes && accepted)
                        flags |= 1;
                }
                const Key key{li,           seen.iface,   w * interval,          seen.src, seen.dst,
                              seen.srcPort, seen.dstPort, run.protocol.number(), accepted, series.answer};
                auto [it, inserted] = mIndex.try_emplace(key, records.size());
                if (inserted) {
                    FlowLogRecord r;
                    r.log = li;
                    r.iface = seen.iface;
                    r.flow = flowIndex;
                    r.answer = series.answer;
                    r.accepted = accepted;
                    r.egress = !seen.ingress;
                    r.trafficPath = r.egress ? seen.trafficPath : 0;
                    r.protocol = run.protocol.number();
                    r.srcPort = std::max(0, seen.srcPort);
                    r.dstPort = std::max(0, seen.dstPort);
                    r.src = seen.src;
                    r.dst = seen.dst;
                    r.pktSrc = seen.pktSrc;
                    r.pktDst = seen.pktDst;
                    r.start = start;
                    r.end = end;
                    r.windowStart = w * interval;
                    r.windowEnd = (w + 1) * interval;
                    r.delivered = r.windowEnd + log.deliveryDelay;
                    r.srcService = series.answer ? toService : fromService;
                    r.dstService = series.answer ? fromService : toService;
                    records.push_back(r);
                }
                FlowLogRecord &r = records[it->second];
                if (!inserted) {
                    r.start = std::min(r.start, start);
                    r.end = std::max(r.end, end);
                }
                r.packets += hi - lo + 1;
                r.bytes += std::llround(series.bytesPerPacket * double(hi + 1)) -
                           std::llround(series.bytesPerPacket * double(lo));
                r.tcpFlags |= flags;
            }
        }
        if (!accepted)
            break;
    }
}

void FlowLogCapture::addNoData(double spanStart, double spanEnd)
{
    for (size_t li = 0; li < logs.size(); ++li) {
        const qint64 interval = logs[li].interval;
        const qint64 firstWindow = qint64(std::floor(spanStart / double(interval)));
        // Windows that hold some of [spanStart, spanEnd): the end itself is not in.
        const qint64 lastWindow = std::max(firstWindow, qint64(std::ceil(spanEnd / double(interval))) - 1);
        for (int iface : logs[li].interfaces)
            for (qint64 w = firstWindow; w <= lastWindow; ++w) {
                if (mActive.count({int(li), iface, w * interval}))
                    continue;
                FlowLogRecord r;
                r.log = int(li);
                r.iface = iface;
                r.status = FlowLogRecord::Status::NoData;
                r.windowStart = w * interval;
                r.windowEnd = (w + 1) * interval;
                r.start = std::max(r.windowStart, wholeSeconds(spanStart));
                r.end = std::min(r.windowEnd, wholeSeconds(spanEnd));
                r.delivered = r.windowEnd + logs[li].deliveryDelay;
                records.push_back(r);
            }
    }
}

QByteArray FlowLogCapture::fieldText(const FlowLogRecord &r, FlowLogField field) const
{
    const Network &net = mSim.network();
    const CapturedLog &log = logs[size_t(r.log)];
    const Network::Interface &x = net.interfaces[size_t(r.iface)];
    const Vpc *vpc = x.vpc >= 0 ? net.vpcs[size_t(x.vpc)].vpc : nullptr;
    const bool data = r.status == FlowLogRecord::Status::Ok;
    const auto text = [](const QString &s) { return s.isEmpty() ? QByteArray("-") : s.toUtf8(); };
    switch (field) {
    case FlowLogField::Version:
        return QByteArray::number(log.format.version());
    case FlowLogField::AccountId:
        return text(vpc ? vpc->account : QString());
    case FlowLogField::InterfaceId:
        return text(x.eni);
    case FlowLogField::Start:
        return QByteArray::number(r.start);
    case FlowLogField::End:
        return QByteArray::number(r.end);
    case FlowLogField::LogStatus:
        return r.status == FlowLogRecord::Status::Ok       ? QByteArray("OK")
               : r.status == FlowLogRecord::Status::NoData ? QByteArray("NODATA")
                                                           : QByteArray("SKIPDATA");
    default:
        break;
    }
    if (!data)
        return "-";
    switch (field) {
    case FlowLogField::SrcAddr:
        return r.src.toString().toLatin1();
    case FlowLogField::DstAddr:
        return r.dst.toString().toLatin1();
    case FlowLogField::SrcPort:
        return QByteArray::number(r.srcPort);
    case FlowLogField::DstPort:
        return QByteArray::number(r.dstPort);
    case FlowLogField::Protocol:
        return QByteArray::number(r.protocol);
    case FlowLogField::Packets:
        return QByteArray::number(r.packets);
    case FlowLogField::Bytes:
        return QByteArray::number(r.bytes);
    case FlowLogField::Action:
        return r.accepted ? "ACCEPT" : "REJECT";
    case FlowLogField::VpcId:
        return text(vpc ? vpc->id : QString());
    case FlowLogField::SubnetId:
        return text(x.subnet >= 0 ? net.subnets[size_t(x.subnet)].subnet->id : QString());
    case FlowLogField::InstanceId:
        return text(x.kind == Network::Interface::Kind::Instance ? x.owner->id : QString());
    case FlowLogField::TcpFlags:
        return QByteArray::number(r.tcpFlags);
    case FlowLogField::Type:
        return r.src.isV6() ? "IPv6" : "IPv4";
    case FlowLogField::PktSrcAddr:
        return r.pktSrc.toString().toLatin1();
    case FlowLogField::PktDstAddr:
        return r.pktDst.toString().toLatin1();
    case FlowLogField::Region:
        return text(vpc ? vpc->region : QString());
    case FlowLogField::AzId:
        return x.subnet >= 0 ? zoneId(net.subnets[size_t(x.subnet)].subnet->az).toLatin1() : QByteArray("-");
    case FlowLogField::SublocationType:
    case FlowLogField::SublocationId:
        return "-";
    case FlowLogField::PktSrcAwsService:
        return text(r.srcService);
    case FlowLogField::PktDstAwsService:
        return text(r.dstService);
    case FlowLogField::FlowDirection:
        return r.egress ? "egress" : "ingress";
    case FlowLogField::TrafficPath:
        return r.egress && r.trafficPath ? QByteArray::number(r.trafficPath) : "-";
    default:
        break;
    }
    return "-";
}

QByteArray FlowLogCapture::line(const FlowLogRecord &record) const
{
    QByteArray out;
    out.reserve(160);
    for (FlowLogField f : logs[size_t(record.log)].format.fields()) {
        if (!out.isEmpty())
            out += ' ';
        out += fieldText(record, f);
    }
    return out;
}
