#pragma once

#include "flowlogformat.h"
#include "simulator.h"

#include <map>
#include <set>
#include <tuple>
#include <vector>

/// One record a flow log writes: one interface, one 5-tuple, one action, one
/// aggregation window; or a NODATA record for an idle interface.
struct FlowLogRecord
{
    enum class Status : quint8 { Ok, NoData, SkipData };
    int log = -1;   // index into FlowLogCapture::logs
    int iface = -1; // index into the Network's interfaces
    int flow = -1;  // the first flow of the scenario it counts (-1: NODATA)
    bool answer = false;
    bool accepted = true;
    bool egress = false;
    Status status = Status::Ok;
    quint8 trafficPath = 0;
    int tcpFlags = 0;
    int protocol = 0;
    int srcPort = 0;
    int dstPort = 0;
    IpAddress src, dst, pktSrc, pktDst;
    qint64 packets = 0;
    qint64 bytes = 0;
    qint64 start = 0; // first and last packet in the window, Unix seconds
    qint64 end = 0;
    qint64 windowStart = 0; // the capture window [windowStart, windowEnd)
    qint64 windowEnd = 0;
    qint64 delivered = 0;           // when the record becomes visible at the log's destination
    QString srcService, dstService; // pkt-src/dst-aws-service
};

/// A flow log of the design, ready to capture: its format and the interfaces it sees.
struct CapturedLog
{
    const FlowLog *log = nullptr;
    const Vpc *vpc = nullptr;
    FlowLogFormat format;
    QString formatError; // set when the custom format does not parse (default used)
    std::vector<int> interfaces;
    int interval = 600;
    int deliveryDelay = 600;
};

/// What the design's flow logs would record for one scenario: every interface that a
/// flow log watches, each packet of each flow as far as it gets (stopped at the first
/// block, answers only to requests that arrived), aggregated per window of the log's
/// maximum aggregation interval, aligned to the clock as AWS aligns them; NODATA for
/// idle windows; traffic AWS never logs left out.
class FlowLogCapture
{
public:
    FlowLogCapture(const Simulator &simulator, const Scenario &scenario, const std::vector<FlowRun> &runs);
    /// The compiled network of the design the records are of.
    const Network &network() const;

    /// The most records a scenario's capture makes. Measured (bench_limits): about 390
    /// bytes each at the peak, records and the aggregation index, so 20 million took
    /// 7.7 GB and 82 s, 5 million 1.9 GB and 20 s: a month of one-minute windows on 105
    /// interfaces.
    static constexpr qint64 MaxRecords = 5'000'000;

    std::vector<CapturedLog> logs;
    std::vector<FlowLogRecord> records; // by log, window start, interface, start
    /// Set when the scenario would make more than MaxRecords: nothing is captured.
    QString error;

    /// A record as one line in its log's format.
    QByteArray line(const FlowLogRecord &record) const;
    QByteArray fieldText(const FlowLogRecord &record, FlowLogField field) const;

    /// Seconds from the end of a window to the record's delivery: about 5 minutes for
    /// CloudWatch Logs and Kinesis Data Firehose, about 10 for S3.
    static int deliveryDelay(LogDestination destination);
    /// AWS's zone id for a zone name, as a stable stand-in (`us-east-1a` -> `use1-az1`).
    static QString zoneId(const QString &az);
    /// Whether AWS leaves the packet out of every flow log (DNS, DHCP, metadata, time
    /// sync, license activation, the VPC router).
    bool unlogged(const IpAddress &address, int vpc, Protocol protocol, int port) const;

private:
    struct Series
    {
        // `count` packets evenly from `first` (Unix time) on, one every (end - first) /
        // count seconds; a record's end is the series' end or its window's, whichever
        // comes first (so 20 packets from 10 to 70 make start 10, end 70).
        double first = 0;
        double end = 0;
        qint64 count = 0;
        double bytesPerPacket = 0;
        bool tcp = false;
        bool answer = false;
        bool finishes = true; // the connection closes at the end (FIN)
    };
    void capture(const FlowRun &run, int flowIndex, const PacketPath &path, const Series &series);
    /// About how many records the runs make (before they are made).
    qint64 expectedRecords(const std::vector<FlowRun> &runs) const;
    void addNoData(double spanStart, double spanEnd);

    using Key = std::tuple<int, int, qint64, IpAddress, IpAddress, int, int, int, bool, bool>;
    using Window = std::tuple<int, int, qint64>; // log, interface, window start

    const Simulator &mSim;
    std::vector<std::vector<int>> mLogsOfInterface;
    std::map<Key, size_t> mIndex; // aggregation: records of one 5-tuple, action and window
    std::set<Window> mActive;     // windows with traffic on the interface (for NODATA)
};
