#include "designformat.h"
#include "flowlogcapture.h"
#include "flowlogexport.h"
#include "flowlogparser.h"
#include "gzip.h"
#include "replay.h"
#include "simulator.h"
#include "timeline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

/// Flow-log records as AWS writes them: the documentation's records reproduced, windows,
/// traffic types, NODATA, versions 2 to 5 and custom formats, the S3 layout and Athena;
/// the parser of real files and the replay that blames each REJECT.
class TestFlowLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timelineCounts();
    void asymmetricAnswers_data();
    void asymmetricAnswers();
    void awsRecords_data();
    void awsRecords();
    void closedConnectionsEndWithFin();
    void trafficType_data();
    void trafficType();
    void noDataForIdleInterfaces();
    void aggregationWindows_data();
    void aggregationWindows();
    void customFormatVersion5();
    void protocolsAreRecordedApart();
    void unloggedTraffic();
    void formats_data();
    void formats();
    void s3Layout();
    void s3FilesSplit();
    void cloudWatchLogs();
    void cloudWatchJsonProblemsHaveTheirPlace();
    void cloudWatchCustomFormatGzipped();
    void gzipRoundTrip();
    void parser_data();
    void parser();
    void parserReportsPositions();
    void parserReadsGzipAndRejectsCorruptGzip();
    void gzipInPiecesAndBounded();
    void parserRefusesSpecialFilesAndEndlessLines();
    void recordsBounded();
    void replayBlamesRejects();
    void replayOfSimulatedLogs();

private:
    static std::unique_ptr<Design> read(const QByteArray &yaml);
    static std::unique_ptr<Design> load(const QString &name);
    static QList<QByteArray> lines(const Design &design, int scenario = 0);
    /// The design's first flow log, sent to the CloudWatch Logs group `group`.
    static FlowLog *toCloudWatch(Design &design, const QString &group);
};

std::unique_ptr<Design> TestFlowLogs::read(const QByteArray &yaml)
{
    LoadResult r = DesignFormat::read(yaml, QStringLiteral("test.yaml"));
    if (!r.ok())
        qWarning() << r.firstError().toString();
    return std::move(r.design);
}

std::unique_ptr<Design> TestFlowLogs::load(const QString &name)
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_TEST_DATA "/simulation/") + name);
    if (!r.ok())
        qWarning() << r.firstError().toString();
    return std::move(r.design);
}

FlowLog *TestFlowLogs::toCloudWatch(Design &design, const QString &group)
{
    FlowLog *log = design.vpcs().at(0)->flowLogList().at(0);
    log->destination = LogDestination::CloudWatchLogs;
    log->destinationName = group;
    return log;
}

QList<QByteArray> TestFlowLogs::lines(const Design &design, int scenario)
{
    const Simulator sim(design);
    const Scenario &s = *design.scenarios().at(size_t(scenario));
    const FlowLogCapture capture(sim, s, sim.run(s));
    QList<QByteArray> out;
    for (const FlowLogRecord &r : capture.records)
        out.append(capture.line(r));
    return out;
}

namespace {

/// A VPC with two instances, a flow log on the VPC, and one flow; the parts in braces
/// are filled in by the tests.
QByteArray smallDesign(const QString &flowLog, const QString &flow,
                       const QString &start = QStringLiteral("2026-01-01T00:00:00Z"))
{
    return QStringLiteral(R"(vpc-designer: 1
vpcs:
  - id: vpc-a
    region: eu-west-1
    account: "111122223333"
    cidr-blocks: [10.0.0.0/16]
    internet-gateway: {id: igw-a}
    subnets:
      - {id: s-pub, az: eu-west-1b, cidr: 10.0.1.0/24, route-table: rtb-pub}
      - {id: s-priv, az: eu-west-1a, cidr: 10.0.2.0/24, route-table: rtb-priv}
    route-tables:
      - id: rtb-pub
        routes:
          - {destination: 0.0.0.0/0, target: igw-a}
      - id: rtb-priv
        routes:
          - {destination: 0.0.0.0/0, target: nat-a}
    nat-gateways:
      - {id: nat-a, subnet: s-pub, private-ip: 10.0.1.5, public-ip: 54.1.1.5}
    endpoints:
      - {id: vpce-s3, type: gateway, service: s3, route-tables: [rtb-priv]}
    security-groups:
      - id: sg-all
        ingress:
          - {protocol: all, source: 0.0.0.0/0}
    instances:
      - {id: i-a, subnet: s-priv, private-ip: 10.0.2.10, security-groups: [sg-all], eni: eni-0aaaaaaaaaaaaaaaa}
      - {id: i-b, subnet: s-priv, private-ip: 10.0.2.11, security-groups: [sg-all], eni: eni-0bbbbbbbbbbbbbbbb}
    flow-logs:
      - %1
traffic:
  - id: t
    start: %3
    flows:
      - %2
)")
        .arg(flowLog, flow, start)
        .toUtf8();
}

bool writeGzip(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(Gzip::compress(text)) > 0 && f.flush();
}

QByteArray gunzip(const QByteArray &gz)
{
    QByteArray out;
    QString error;
    Gzip::decompress(
        gz, [&](QByteArrayView piece) { out.append(piece.data(), piece.size()); }, &error);
    return out;
}

} // namespace

void TestFlowLogs::awsRecords_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("accepted SSH") << "aws-ssh.yaml";
    QTest::newRow("rejected RDP") << "aws-rdp.yaml";
    QTest::newRow("ping through a stateless ACL") << "aws-ping.yaml";
    QTest::newRow("TCP flag sequence, both directions") << "aws-tcp-flags.yaml";
}

void TestFlowLogs::awsRecords()
{
    // The records of DOMAIN.md, byte for byte, from a design and scenario that do what
    // the documentation describes. The expected lines stand in the design's comments.
    QFETCH(QString, file);
    QFile f(QStringLiteral(VPC_TEST_DATA "/simulation/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> expected;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("# record: "))
            expected.append(line.mid(10));
    QVERIFY(!expected.isEmpty());
    const auto design = load(file);
    QVERIFY(design);
    QCOMPARE(lines(*design), expected);
}

void TestFlowLogs::closedConnectionsEndWithFin()
{
    // The same two connections closing at the end: FIN (1) joins the SYN and the SYN-ACK of
    // their one window (3 and 19, as the guide says of short connections).
    const auto design = load(QStringLiteral("aws-tcp-flags.yaml"));
    QVERIFY(design);
    for (Flow *f : design->scenarios().at(0)->flowList())
        f->closes = true;
    QStringList flags;
    for (const QByteArray &line : lines(*design))
        flags.append(QString::fromLatin1(line.split(' ').at(19)));
    QCOMPARE(flags, (QStringList{"3", "19", "3", "19"}));
}

void TestFlowLogs::trafficType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("actions");
    QTest::newRow("ALL") << "ALL" << QStringList{"ACCEPT", "REJECT"};
    QTest::newRow("ACCEPT") << "ACCEPT" << QStringList{"ACCEPT"};
    QTest::newRow("REJECT") << "REJECT" << QStringList{"REJECT"};
}

void TestFlowLogs::trafficType()
{
    QFETCH(QString, type);
    QFETCH(QStringList, actions);
    const auto design = load(QStringLiteral("aws-ping.yaml"));
    QVERIFY(design);
    FlowLog *log = design->vpcs().at(0)->flowLogList().at(0);
    const std::optional<TrafficType> typed = enumFromName<TrafficType>(type);
    QVERIFY(typed);
    log->trafficType = *typed;
    QStringList seen;
    for (const QByteArray &line : lines(*design))
        seen.append(QString::fromLatin1(line.split(' ').at(12)));
    QCOMPARE(seen, actions);
}

void TestFlowLogs::noDataForIdleInterfaces()
{
    // Ten minutes of traffic on i-a in 60-second windows: i-b is idle, and so is the NAT
    // gateway's interface; each gets a NODATA record per window, the busy one none.
    const auto design = read(smallDesign(
        QStringLiteral("{id: fl-a, resource: vpc-a, max-aggregation-interval: 60}"),
        QStringLiteral("{id: f, from: i-a, to: i-b, protocol: tcp, port: 80, duration: 600, reply: false}")));
    QVERIFY(design);
    int noData = 0, busy = 0;
    for (const QByteArray &line : lines(*design)) {
        const QList<QByteArray> f = line.split(' ');
        QCOMPARE(f.size(), 14);
        if (f[13] == "NODATA") {
            ++noData;
            QCOMPARE(f.mid(3, 7), QList<QByteArray>(7, "-"));
            QCOMPARE(f[12], QByteArray("-"));
            QVERIFY(f[2] != "eni-0aaaaaaaaaaaaaaaa");
            QCOMPARE(f[11].toLongLong() - f[10].toLongLong(), 60);
        } else {
            ++busy;
        }
    }
    QCOMPARE(busy, 20);   // i-a's egress and i-b's ingress, ten windows each
    QCOMPARE(noData, 10); // the NAT gateway's interface, ten windows
}

void TestFlowLogs::aggregationWindows_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<int>("records");
    QTest::addColumn<qint64>("packets");
    QTest::addColumn<int>("delay");
    QTest::newRow("60 s, CloudWatch Logs") << 60 << "cloud-watch-logs" << 5 << qint64(600) << 300;
    QTest::newRow("600 s, S3") << 600 << "s3" << 1 << qint64(3000) << 600;
    QTest::newRow("600 s, Firehose") << 600 << "kinesis-data-firehose" << 1 << qint64(3000) << 300;
}

void TestFlowLogs::aggregationWindows()
{
    // Five minutes at 10 packets a second from 12:00:00: windows aligned to the clock,
    // packets and bytes summed per window, delivery some minutes after each window.
    QFETCH(int, interval);
    QFETCH(QString, destination);
    QFETCH(int, records);
    QFETCH(qint64, packets);
    QFETCH(int, delay);
    const auto design = read(smallDesign(
        QStringLiteral("{id: fl-a, resource: i-a, max-aggregation-interval: %1, destination: %2, traffic-type: ACCEPT}")
            .arg(interval)
            .arg(destination),
        QStringLiteral("{id: f, from: i-a, to: i-b, protocol: tcp, port: 80, duration: 300, packets-per-second: 10, "
                       "bytes-per-packet: 60, reply: false}"),
        QStringLiteral("2026-03-01T12:00:00Z")));
    QVERIFY(design);
    const Simulator sim(*design);
    const Scenario &s = *design->scenarios().at(0);
    const FlowLogCapture capture(sim, s, sim.run(s));
    QCOMPARE(int(capture.records.size()), records);
    const qint64 t0 = s.start.toSecsSinceEpoch();
    qint64 sum = 0;
    for (const FlowLogRecord &r : capture.records) {
        QCOMPARE(r.windowStart % interval, 0);
        QCOMPARE(r.windowEnd - r.windowStart, qint64(interval));
        QCOMPARE(r.delivered, r.windowEnd + delay);
        QCOMPARE(r.packets, packets);
        QCOMPARE(r.bytes, packets * 60);
        QVERIFY(r.start >= r.windowStart && r.end <= r.windowEnd && r.start <= r.end);
        sum += r.packets;
    }
    QCOMPARE(sum, qint64(3000));
    QCOMPARE(capture.records.front().start, t0);
    QCOMPARE(capture.records.back().end, t0 + 300);
}

void TestFlowLogs::customFormatVersion5()
{
    // Through the NAT gateway to the internet: the instance's record, then the NAT
    // gateway's two (in from the instance, out to the internet) with the packet's real
    // ends in pkt-srcaddr and pkt-dstaddr.
    const auto design = read(smallDesign(
        QStringLiteral("{id: fl-a, resource: vpc-a, traffic-type: ACCEPT, format: \"${version} ${interface-id} "
                       "${srcaddr} ${dstaddr} ${pkt-srcaddr} ${pkt-dstaddr} ${flow-direction} ${traffic-path} "
                       "${tcp-flags} ${type} ${az-id} ${region} ${instance-id} ${pkt-dst-aws-service}\"}"),
        QStringLiteral("{id: f, from: i-a, to: 198.51.100.9, protocol: tcp, port: 443, duration: 10, reply: false}")));
    QVERIFY(design);
    QList<QByteArray> got;
    for (const QByteArray &line : lines(*design))
        if (!line.contains(" - - - - "))
            got.append(line); // not NODATA
    const Simulator sim(*design);
    const QByteArray nat =
        sim.network().interfaces[size_t(sim.network().interfaceOf(QStringLiteral("nat-a")))].eni.toLatin1();
    const QList<QByteArray> expected{
        "5 eni-0aaaaaaaaaaaaaaaa 10.0.2.10 198.51.100.9 10.0.2.10 198.51.100.9 egress 1 3 IPv4 euw1-az1 eu-west-1 i-a "
        "-",
        "5 " + nat + " 10.0.2.10 10.0.1.5 10.0.2.10 198.51.100.9 ingress - 3 IPv4 euw1-az2 eu-west-1 - -",
        "5 " + nat + " 10.0.1.5 198.51.100.9 10.0.1.5 198.51.100.9 egress 2 3 IPv4 euw1-az2 eu-west-1 - -",
    };
    QCOMPARE(got.mid(0, 3), expected);
    QCOMPARE(FlowLogFormat::parse(design->vpcs().at(0)->flowLogList().at(0)->format)->header(),
             QByteArray("version interface-id srcaddr dstaddr pkt-srcaddr pkt-dstaddr flow-direction traffic-path "
                        "tcp-flags type az-id region instance-id pkt-dst-aws-service"));
    // To S3 through the gateway endpoint: the service is named, the path is 2; the address is
    // one of S3's in eu-west-1, the design's Region (its largest range, 52.92.0.0/17).
    const auto s3 = read(
        smallDesign(QStringLiteral("{id: fl-a, resource: i-a, format: \"${srcaddr} ${dstaddr} ${pkt-dst-aws-service} "
                                   "${traffic-path} ${tcp-flags}\"}"),
                    QStringLiteral("{id: f, from: i-a, to: \"service:s3\", protocol: tcp, port: 443, duration: 10}")));
    QVERIFY(s3);
    QCOMPARE(lines(*s3), (QList<QByteArray>{"10.0.2.10 52.92.8.10 S3 2 3", "52.92.8.10 10.0.2.10 - - 19"}));
}

void TestFlowLogs::protocolsAreRecordedApart()
{
    // tcp/53 and udp/53 between the same ends and ports are two records, not one.
    const auto design = read(smallDesign(
        QStringLiteral("{id: fl-a, resource: i-a, traffic-type: ACCEPT}"),
        QStringLiteral(
            "{id: f, from: i-a, to: i-b, protocol: tcp, port: 53, source-port: 40000, duration: 10, "
            "reply: false}\n      - {id: g, from: i-a, to: i-b, protocol: udp, port: 53, source-port: 40000, "
            "duration: 10, reply: false}")));
    QVERIFY(design);
    QStringList protocols;
    for (const QByteArray &line : lines(*design))
        protocols.append(QString::fromLatin1(line.split(' ').at(7)));
    protocols.sort();
    QCOMPARE(protocols, (QStringList{QStringLiteral("17"), QStringLiteral("6")}));
}

void TestFlowLogs::unloggedTraffic()
{
    // Instance metadata, the Amazon DNS server and the VPC router are never logged.
    for (const char *to : {"169.254.169.254", "10.0.0.2", "10.0.2.1"}) {
        const auto design =
            read(smallDesign(QStringLiteral("{id: fl-a, resource: i-a}"),
                             QStringLiteral("{id: f, from: i-a, to: %1, protocol: udp, port: 53, duration: 10}")
                                 .arg(QLatin1String(to))));
        QVERIFY(design);
        const QList<QByteArray> got = lines(*design);
        QCOMPARE(got.size(), 1);
        QVERIFY2(got[0].endsWith("NODATA"), to);
    }
}

void TestFlowLogs::formats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("error");
    QTest::newRow("default") << "default" << 2 << "";
    QTest::newRow("empty") << "" << 2 << "";
    QTest::newRow("v3") << "${version} ${vpc-id} ${srcaddr}" << 3 << "";
    QTest::newRow("v4") << "${az-id} ${srcaddr}" << 4 << "";
    QTest::newRow("v5") << "${traffic-path}" << 5 << "";
    QTest::newRow("unknown") << "${version} ${nope}" << 0 << "'nope'";
    QTest::newRow("bare") << "${version} srcaddr" << 0 << "'srcaddr'";
    QTest::newRow("twice") << "${srcaddr} ${srcaddr}" << 0 << "twice";
    QTest::newRow("underscore") << "${log_status}" << 0 << "'log_status'";
}

void TestFlowLogs::formats()
{
    QFETCH(QString, text);
    QFETCH(int, version);
    QFETCH(QString, error);
    QString why;
    const auto f = FlowLogFormat::parse(text, &why);
    if (!error.isEmpty()) {
        QVERIFY(!f);
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QVERIFY2(f, qPrintable(why));
    QCOMPARE(f->version(), version);
}

void TestFlowLogs::s3Layout()
{
    const auto design = load(QStringLiteral("aws-ping.yaml"));
    QVERIFY(design);
    const Simulator sim(*design);
    const Scenario &s = *design->scenarios().at(0);
    const FlowLogCapture capture(sim, s, sim.run(s));
    QTemporaryDir dir;
    QStringList written;
    QString error;
    QVERIFY2(FlowLogExport::write(capture, dir.path(), &written, &error), qPrintable(error));
    QCOMPARE(written.size(), 2);
    // Delivered about ten minutes after the 16:30-16:40 window: the 16:50 batch.
    static const QRegularExpression name(QStringLiteral(
        R"(/AWSLogs/123456789010/vpcflowlogs/us-east-1/2015/05/29/123456789010_vpcflowlogs_us-east-1_fl-web_20150529T1650Z_[0-9a-f]{8}\.log\.gz$)"));
    QVERIFY2(name.match(written[0]).hasMatch(), qPrintable(written[0]));
    QFile gz(written[0]);
    QVERIFY(gz.open(QIODevice::ReadOnly));
    const QByteArray text = gunzip(gz.readAll());
    QVERIFY(text.startsWith("version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes "
                            "start end action log-status\n"));
    QCOMPARE(text.count('\n'), 3);
    QVERIFY(written[1].endsWith(QLatin1String("/athena.sql")));
    QFile sqlFile(written[1]);
    QVERIFY(sqlFile.open(QIODevice::ReadOnly));
    const QByteArray sql = sqlFile.readAll();
    QVERIFY(sql.contains("CREATE EXTERNAL TABLE IF NOT EXISTS vpc_flow_logs_fl_web (\n  version int,\n  account_id "
                         "string,\n  interface_id string,"));
    QVERIFY(sql.contains("  `end` bigint,\n  action string,\n  log_status string\n)"));
    QVERIFY(sql.contains("PARTITIONED BY (`date` date)"));
    QVERIFY(sql.contains("FIELDS TERMINATED BY ' '"));
    QVERIFY(sql.contains("\"skip.header.line.count\"=\"1\""));
    QVERIFY(sql.contains("LOCATION 's3://example-bucket/AWSLogs/123456789010/vpcflowlogs/us-east-1/'"));
    QVERIFY(sql.contains("ADD IF NOT EXISTS PARTITION (`date`='2015-05-29') LOCATION "
                         "'s3://example-bucket/AWSLogs/123456789010/vpcflowlogs/us-east-1/2015/05/29/'"));
    // The files read back as the records written.
    FlowLogParser parser;
    QVERIFY2(parser.parseFile(written[0], &error), qPrintable(error));
    QCOMPARE(parser.records.size(), capture.records.size());
    QCOMPARE(parser.malformed, 0);
}

void TestFlowLogs::cloudWatchLogs()
{
    // The DOMAIN.md ping records, delivered to CloudWatch Logs: a stream per interface named
    // as AWS names it, the events as `aws logs filter-log-events` prints them, Insights
    // queries beside; no S3 files and no Athena statements.
    auto design = load(QStringLiteral("aws-ping.yaml"));
    QVERIFY(design);
    FlowLog *log = toCloudWatch(*design, QStringLiteral("web-logs"));
    const Simulator sim(*design);
    const Scenario &s = *design->scenarios().at(0);
    const FlowLogCapture capture(sim, s, sim.run(s));
    QTemporaryDir dir;
    QStringList written;
    QString error;
    QVERIFY2(FlowLogExport::write(capture, dir.path(), &written, &error), qPrintable(error));
    QCOMPARE(written.size(), 2);
    QVERIFY2(written[0].endsWith(QLatin1String("/cloudwatch/web-logs/eni-1235b8ca123456789-all.json")),
             qPrintable(written[0]));
    QVERIFY(written[1].endsWith(QLatin1String("/cloudwatch/insights-queries.txt")));
    QFile json(written[0]);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
    const QJsonArray events = doc.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 2);
    QStringList messages;
    for (const QJsonValue &e : events) {
        const QJsonObject o = e.toObject();
        QCOMPARE(o.value(QLatin1String("logStreamName")).toString(), QStringLiteral("eni-1235b8ca123456789-all"));
        const QStringList fields = o.value(QLatin1String("message")).toString().split(QLatin1Char(' '));
        QCOMPARE(qint64(o.value(QLatin1String("timestamp")).toDouble()), fields.at(10).toLongLong() * 1000);
        QVERIFY(o.value(QLatin1String("ingestionTime")).toDouble() > o.value(QLatin1String("timestamp")).toDouble());
        QCOMPARE(o.value(QLatin1String("eventId")).toString().size(), 56);
        messages.append(o.value(QLatin1String("message")).toString());
    }
    QCOMPARE(messages, (QStringList{QStringLiteral("2 123456789010 eni-1235b8ca123456789 203.0.113.12 172.31.16.139 0 "
                                                   "0 1 4 336 1432917027 1432917142 ACCEPT OK"),
                                    QStringLiteral("2 123456789010 eni-1235b8ca123456789 172.31.16.139 203.0.113.12 0 "
                                                   "0 1 4 336 1432917094 1432917142 REJECT OK")}));
    QCOMPARE(doc.value(QLatin1String("searchedLogStreams")).toArray().size(), 1);
    QFile queries(written[1]);
    QVERIFY(queries.open(QIODevice::ReadOnly));
    const QByteArray q = queries.readAll();
    QVERIFY(q.contains("stats sum(bytes) as bytesTransferred by srcAddr, dstAddr"));
    QVERIFY(q.contains("filter action = \"REJECT\""));
    QVERIFY(q.contains("filter interfaceId = \"eni-1235b8ca123456789\""));
    QVERIFY(q.contains("web-logs"));
    // A second flow log of the same group over the same interface writes to the same stream
    // (one file, events in time order), and a group's name never leaves the folder.
    auto second = std::make_unique<FlowLog>(*log);
    second->id = QStringLiteral("fl-web-2");
    design->vpcs().at(0)->flowLogs.push_back(std::move(second));
    {
        const Simulator sim2(*design);
        const FlowLogCapture twice(sim2, *design->scenarios().at(0), sim2.run(*design->scenarios().at(0)));
        const auto files = FlowLogExport::cloudWatchFiles(twice);
        QCOMPARE(int(files.size()), 1);
        QCOMPARE(files.front().records, 4);
    }
    log->destinationName = QStringLiteral("../../etc/x:y*");
    {
        const Simulator sim3(*design);
        const FlowLogCapture odd(sim3, *design->scenarios().at(0), sim3.run(*design->scenarios().at(0)));
        for (const auto &f : FlowLogExport::cloudWatchFiles(odd)) {
            QVERIFY2(!f.path.contains(QLatin1String("..")) && !f.path.contains(QLatin1Char(':')) &&
                         f.path.startsWith(QLatin1String("cloudwatch/")),
                     qPrintable(f.path));
        }
    }
    // replay reads the JSON back to the same records.
    FlowLogParser parser;
    QVERIFY2(parser.parseFile(written[0], &error), qPrintable(error));
    QCOMPARE(parser.records.size(), capture.records.size());
    QCOMPARE(parser.malformed, 0);
}

void TestFlowLogs::cloudWatchJsonProblemsHaveTheirPlace()
{
    // As the AWS CLI prints it: indented, one key per line.
    const QByteArray text = "{\n"
                            "    \"events\": [\n"
                            "        {\n"
                            "            \"logStreamName\": \"eni-1235b8ca123456789-all\",\n"
                            "            \"timestamp\": 1418530010000,\n"
                            "            \"message\": \"2 123456789010 eni-1235b8ca123456789 172.31.16.139 "
                            "172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK\",\n"
                            "            \"ingestionTime\": 1418530400000,\n"
                            "            \"eventId\": \"1\"\n"
                            "        },\n"
                            "        {\n"
                            "            \"logStreamName\": \"eni-1235b8ca123456789-all\",\n"
                            "            \"timestamp\": 1418530010000,\n"
                            "            \"message\": \"2 123456789010 eni-1235b8ca123456789 nowhere "
                            "172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK\",\n"
                            "            \"eventId\": \"2\"\n"
                            "        }\n"
                            "    ]\n"
                            "}\n";
    FlowLogParser parser;
    parser.parseText(text, QStringLiteral("events.json"));
    QCOMPARE(parser.records.size(), size_t(1));
    QCOMPARE(parser.problems.size(), 1);
    // Line 13; the message starts at column 25, its fourth field ("nowhere") 37 characters on.
    QCOMPARE(parser.problems.front().line, 13);
    QCOMPARE(parser.problems.front().column, 25 + 37);
    // Broken JSON is told where it breaks.
    FlowLogParser broken;
    broken.parseText("{\"events\": [\n  {\"message\": 12,", QStringLiteral("broken.json"));
    QCOMPARE(broken.records.size(), size_t(0));
    QCOMPARE(broken.problems.size(), 1);
    QCOMPARE(broken.problems.front().line, 2);
    QVERIFY(broken.problems.front().message.startsWith(QLatin1String("not JSON")));
}

void TestFlowLogs::cloudWatchCustomFormatGzipped()
{
    // The TCP-flag example delivered to CloudWatch Logs in its custom (version 3) format and
    // gzipped, as one keeps an export: the messages carry no header, so the design's flow
    // log tells their fields; every record reads back with its flags and addresses.
    auto design = load(QStringLiteral("aws-tcp-flags.yaml"));
    QVERIFY(design);
    toCloudWatch(*design, QStringLiteral("iperf"));
    const Simulator sim(*design);
    const Scenario &s = *design->scenarios().at(0);
    const FlowLogCapture capture(sim, s, sim.run(s));
    const auto files = FlowLogExport::cloudWatchFiles(capture);
    QCOMPARE(int(files.size()), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.json.gz"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Gzip::compress(files.front().bytes));
    f.close();
    // Without the design's formats, the messages do not read as default records.
    FlowLogParser blind;
    QString error;
    QVERIFY(!blind.parseFile(path, &error));
    QVERIFY2(error.contains(QLatin1String("not a VPC flow-log file")), qPrintable(error));
    // With them, all four read, SYN and SYN-ACK included.
    FlowLogParser parser;
    Replay(sim).prepare(parser);
    QCOMPARE(parser.streamFields.size(), 1);
    QVERIFY2(parser.parseFile(path, &error), qPrintable(error));
    QCOMPARE(parser.malformed, 0);
    QCOMPARE(parser.records.size(), size_t(4));
    QList<int> flags;
    for (const LogRecord &r : parser.records)
        flags.append(r.tcpFlags);
    QCOMPARE(flags, (QList<int>{2, 18, 2, 18}));
    QCOMPARE(parser.text(parser.records.front().interfaceId), QStringLiteral("eni-1235b8ca123456789"));
    const ReplaySummary summary = Replay(sim).run(parser);
    QCOMPARE(summary.matched, qint64(4));
}

void TestFlowLogs::s3FilesSplit()
{
    // Past the size limit a batch goes into several files, each with its header.
    const auto design =
        read(smallDesign(QStringLiteral("{id: fl-a, resource: vpc-a, max-aggregation-interval: 60, destination: s3}"),
                         QStringLiteral("{id: f, from: i-a, to: i-b, protocol: tcp, port: 80, duration: 280}"),
                         QStringLiteral("2026-03-01T12:00:00Z")));
    QVERIFY(design);
    const Simulator sim(*design);
    const Scenario &s = *design->scenarios().at(0);
    const FlowLogCapture capture(sim, s, sim.run(s));
    const auto whole = FlowLogExport::s3Files(capture);
    const auto split = FlowLogExport::s3Files(capture, 300);
    QVERIFY(split.size() > whole.size());
    int records = 0;
    for (const auto &f : split) {
        const QByteArray text = gunzip(f.bytes);
        QVERIFY(text.startsWith("version account-id"));
        QVERIFY(text.size() <= 300 || f.records == 1);
        records += f.records;
    }
    QCOMPARE(records, int(capture.records.size()));
}

void TestFlowLogs::gzipRoundTrip()
{
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text += "2 123456789010 eni-1235b8ca123456789 10.0.0." + QByteArray::number(i % 250) + " 10.0.1.1 443 " +
                QByteArray::number(i) + " 6 1 100 1 2 ACCEPT OK\n";
    const QByteArray gz = Gzip::compress(text);
    QVERIFY(Gzip::isGzip(gz));
    QVERIFY(gz.size() < text.size() / 4);
    QCOMPARE(gunzip(gz), text);
    // Two members one after the other read as one text.
    QCOMPARE(gunzip(gz + Gzip::compress("tail\n")), text + "tail\n");
    QString error;
    qint64 offset = -1;
    QVERIFY(!Gzip::decompress(
        gz.left(gz.size() / 2), [](QByteArrayView) {}, &error, &offset));
    QVERIFY2(error.contains(QLatin1String("cut short")), qPrintable(error));
}

void TestFlowLogs::parser_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("records");
    QTest::addColumn<QString>("check"); // field=value of the first record
    QTest::newRow("default, no header") << QByteArray("2 1 eni-1 10.0.0.1 10.0.0.2 1000 443 6 3 300 10 20 ACCEPT OK\n")
                                        << 1 << "dstport=443";
    QTest::newRow("header, custom order")
        << QByteArray("dstaddr srcaddr action interface-id\n10.0.0.2 10.0.0.1 REJECT eni-9\n") << 1 << "action=REJECT";
    QTest::newRow("athena names") << QByteArray("interface_id log_status\neni-9 NODATA\n") << 1 << "status=NODATA";
    QTest::newRow("IPv6") << QByteArray("srcaddr dstaddr\n2600:1f18::1 2600:1f18:1a2b:3c02::10\n") << 1
                          << "dst=2600:1f18:1a2b:3c02::10";
    QTest::newRow("CRLF and blank lines")
        << QByteArray("2 1 eni-1 - - - - - - - 10 20 - SKIPDATA\r\n\r\n") << 1 << "status=SKIPDATA";
    QTest::newRow("v5 direction") << QByteArray("flow-direction traffic-path\negress 4\n") << 1 << "direction=egress";
    QTest::newRow("no newline at the end") << QByteArray("srcport\n65535") << 1 << "srcport=65535";
}

void TestFlowLogs::parser()
{
    QFETCH(QByteArray, text);
    QFETCH(int, records);
    QFETCH(QString, check);
    FlowLogParser p;
    // Fed in pieces of every size, as the gzip reader feeds it.
    for (int piece : {1, 3, 1000}) {
        p = FlowLogParser();
        p.begin(QStringLiteral("test.log"));
        for (int i = 0; i < text.size(); i += piece)
            p.feed(QByteArrayView(text.constData() + i, std::min<qsizetype>(piece, text.size() - i)));
        p.finish();
        QCOMPARE(int(p.records.size()), records);
        QCOMPARE(p.malformed, 0);
        const LogRecord &r = p.records.front();
        const QString field = check.section(QLatin1Char('='), 0, 0), value = check.section(QLatin1Char('='), 1);
        if (field == QLatin1String("dstport"))
            QCOMPARE(QString::number(r.dstPort), value);
        else if (field == QLatin1String("srcport"))
            QCOMPARE(QString::number(r.srcPort), value);
        else if (field == QLatin1String("action"))
            QCOMPARE(r.action == LogRecord::Action::Reject ? QStringLiteral("REJECT") : QStringLiteral("ACCEPT"),
                     value);
        else if (field == QLatin1String("status"))
            QCOMPARE(r.status == LogRecord::Status::NoData     ? QStringLiteral("NODATA")
                     : r.status == LogRecord::Status::SkipData ? QStringLiteral("SKIPDATA")
                                                               : QStringLiteral("OK"),
                     value);
        else if (field == QLatin1String("dst"))
            QCOMPARE(r.dst.toString(), value);
        else if (field == QLatin1String("direction"))
            QCOMPARE(r.direction == LogRecord::Direction::Egress ? QStringLiteral("egress") : QStringLiteral("ingress"),
                     value);
        else
            QFAIL("unknown check");
    }
}

void TestFlowLogs::parserReportsPositions()
{
    FlowLogParser p;
    p.parseText("version srcaddr dstport\n2 10.0.0.1 443\n2 10.0.0.300 443\n2 10.0.0.1\n2 10.0.0.1 443 7\n"
                "hello world\n",
                QStringLiteral("bad.log"));
    QCOMPARE(int(p.records.size()), 1);
    QCOMPARE(p.malformed, 4);
    QCOMPARE(p.problems.size(), 4);
    QCOMPARE(p.problems[0].toString(), QStringLiteral("bad.log:3:3: '10.0.0.300' is not a valid srcaddr"));
    QCOMPARE(p.problems[1].toString(), QStringLiteral("bad.log:4:11: 3 fields expected, 2 found"));
    QCOMPARE(p.problems[2].toString(), QStringLiteral("bad.log:5:16: more than the 3 fields of the format"));
    QCOMPARE(p.problems[3].line, 6);
    QCOMPARE(p.problems[3].column, 1);

    // A long bad field is quoted shortened, not echoed whole into the message.
    p = FlowLogParser();
    p.parseText("srcaddr dstport\n" + QByteArray(5000, '9') + " 443\n", QStringLiteral("long.log"));
    QCOMPARE(p.problems.size(), 1);
    QCOMPARE(p.problems[0].toString(),
             QStringLiteral("long.log:2:1: '%1…' is not a valid srcaddr").arg(QString(39, QLatin1Char('9'))));
}

void TestFlowLogs::gzipInPiecesAndBounded()
{
    // Input handed to zlib in pieces (1 GiB each in use: more at once would be read
    // modulo 4 GiB); here in pieces of 7 bytes, over two members, gives the same text.
    QByteArray text;
    for (int i = 0; i < 40000; ++i)
        text += "2 123456789012 eni-0a1b2c3d 10.0.0." + QByteArray::number(i % 250) +
                " 10.0.1.9 443 49152 6 1 40 1 2 ACCEPT OK\n";
    const QByteArray gz = Gzip::compress(text.left(text.size() / 2)) + Gzip::compress(text.mid(text.size() / 2));
    QByteArray out;
    QString error;
    QVERIFY(Gzip::decompress(
        gz, [&](QByteArrayView piece) { out.append(piece.data(), piece.size()); }, &error, nullptr, -1, 7));
    QCOMPARE(out, text);
    // A limit on what one file may inflate to: a bomb is refused, not read until memory ends.
    const QByteArray bomb = Gzip::compress(QByteArray(20 << 20, '\0'));
    qint64 offset = -1;
    QVERIFY(!Gzip::decompress(
        bomb, [](QByteArrayView) {}, &error, &offset, qint64(4) << 20));
    QVERIFY2(error.contains(QLatin1String("inflates to more than 4 MB")), qPrintable(error));
    QVERIFY(offset > 0);

    // Read as a log, the bomb's place is told in the one overlong line it makes: line 1,
    // the byte where inflating stopped.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.log.gz"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Gzip::compress(QByteArray(8 << 20, 'x')));
    f.close();
    FlowLogParser p;
    p.maxInflatedBytes = 3 << 20;
    QVERIFY(!p.parseFile(path, &error));
    const QRegularExpression place(QRegularExpression::escape(path) +
                                   QStringLiteral(":1:(\\d+): it inflates to more than"));
    const QRegularExpressionMatch m = place.match(error);
    QVERIFY2(m.hasMatch(), qPrintable(error));
    QVERIFY2(m.captured(1).toInt() > FlowLogParser::MaxLineBytes && m.captured(1).toInt() <= (3 << 20) + 1,
             qPrintable(error));
}

void TestFlowLogs::parserRefusesSpecialFilesAndEndlessLines()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("log.fifo"));
    QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {fifo}) == 0);
    for (const QString &path : {QStringLiteral("/dev/zero"), fifo}) {
        FlowLogParser p;
        QString error;
        QVERIFY(!p.parseFile(path, &error)); // returns, at once
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
    }
    // A line without end (no newline in 10 MB) between good ones: one problem, bounded.
    QFile plain(QStringLiteral(VPC_TEST_DATA "/simulation/aws-records.log"));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    const QByteArray good = plain.readAll();
    const QByteArray text = good + QByteArray(10 << 20, 'x') + "\n" + good;
    FlowLogParser p;
    p.parseText(text, QStringLiteral("mixed.log"));
    QCOMPARE(int(p.records.size()), 12);
    QCOMPARE(p.problems.size(), 1);
    QVERIFY(p.problems.first().message.contains(QLatin1String("longer than 64 KiB")));
    // The same fed in pieces, as a gzip file arrives.
    const QString gz = dir.filePath(QStringLiteral("mixed.log.gz"));
    QVERIFY(writeGzip(gz, text));
    FlowLogParser q;
    QString error;
    QVERIFY2(q.parseFile(gz, &error), qPrintable(error));
    QCOMPARE(int(q.records.size()), 12);
    QCOMPARE(q.problems.size(), 1);
}

void TestFlowLogs::parserReadsGzipAndRejectsCorruptGzip()
{
    QTemporaryDir dir;
    QFile plain(QStringLiteral(VPC_TEST_DATA "/simulation/aws-records.log"));
    QVERIFY(plain.open(QIODevice::ReadOnly));
    const QByteArray text = plain.readAll();
    const QString gzPath = dir.filePath(QStringLiteral("records.log.gz"));
    QVERIFY(writeGzip(gzPath, text));
    FlowLogParser p;
    QString error;
    QVERIFY2(p.parseFile(gzPath, &error), qPrintable(error));
    QCOMPARE(int(p.records.size()), 6);
    const QString cut = dir.filePath(QStringLiteral("cut.log.gz"));
    QFile c(cut);
    QVERIFY(c.open(QIODevice::WriteOnly));
    const QByteArray whole = Gzip::compress(text);
    c.write(whole.left(whole.size() * 2 / 3));
    c.close();
    FlowLogParser q;
    QVERIFY(!q.parseFile(cut, &error));
    // Told as the line and column of the log where the readable text stops.
    QByteArray readable;
    QString why;
    QVERIFY(!Gzip::decompress(
        whole.left(whole.size() * 2 / 3), [&](QByteArrayView piece) { readable += piece; }, &why));
    QVERIFY(readable.size() > 0 && readable.count('\n') > 0);
    const int line = int(readable.count('\n')) + 1;
    const int column = int(readable.size() - readable.lastIndexOf('\n'));
    QVERIFY2(error.startsWith(cut + QStringLiteral(":%1:%2: the gzip data").arg(line).arg(column)), qPrintable(error));
    QVERIFY(!q.parseFile(dir.filePath(QStringLiteral("missing.log")), &error));
    // A file that is no flow log at all.
    const QString yaml = QStringLiteral(VPC_TEST_DATA "/simulation/aws-ping.yaml");
    QVERIFY(!q.parseFile(yaml, &error));
    QVERIFY2(error.contains(QLatin1String("not a VPC flow-log file")), qPrintable(error));
}

void TestFlowLogs::recordsBounded()
{
    // Past the most records kept, the file that goes over is refused at the line where it
    // did (a lower limit here; the real one is 20 million, 2.6 GB).
    QTemporaryDir dir;
    QByteArray text;
    for (int i = 0; i < 5; ++i)
        text += "2 1 eni-1 10.0.0.1 10.0.0.2 1000 " + QByteArray::number(440 + i) + " 6 3 300 10 20 ACCEPT OK\n";
    for (const bool gzip : {false, true}) {
        const QString path = dir.filePath(gzip ? QStringLiteral("five.log.gz") : QStringLiteral("five.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(gzip ? Gzip::compress(text) : text);
        f.close();
        FlowLogParser p;
        p.maxRecords = 3;
        QString error;
        QVERIFY(!p.parseFile(path, &error));
        QCOMPARE(error, path + QStringLiteral(":4:1: more than 3 flow-log records: at most that many are read "
                                              "at a time; read fewer files at once"));
        QCOMPARE(int(p.records.size()), 3);
        p = FlowLogParser();
        p.maxRecords = 5;
        QVERIFY2(p.parseFile(path, &error), qPrintable(error));
        QCOMPARE(int(p.records.size()), 5);
    }
}

void TestFlowLogs::replayBlamesRejects()
{
    FlowLogParser logs;
    QString error;
    QVERIFY(logs.parseFile(QStringLiteral(VPC_TEST_DATA "/simulation/aws-records.log"), &error));
    // An answer rejected on its way in: a connection i-web made to a web server.
    logs.parseText("2 123456789010 eni-1235b8ca123456789 203.0.113.12 172.31.16.139 443 50000 6 3 180 1 2 REJECT OK\n"
                   "2 123456789010 eni-0nothing0000000 10.99.0.1 10.99.0.2 1 2 6 1 40 1 2 REJECT OK\n",
                   QStringLiteral("more.log"));

    // The rejected RDP is the security group's doing.
    const auto rdpDesign = load(QStringLiteral("aws-rdp.yaml"));
    const Simulator rdpSim(*rdpDesign);
    const ReplaySummary rdp = Replay(rdpSim).run(logs);
    QCOMPARE(rdp.records, 8);
    QCOMPARE(rdp.noData, 1);
    QCOMPARE(rdp.skipData, 1);
    QCOMPARE(rdp.unmatched, 1);
    QCOMPARE(rdp.matched, 5);
    const auto find = [](const ReplaySummary &s, int port) -> const ReplayReject * {
        for (const ReplayReject &r : s.rejects)
            if (r.dstPort == port)
                return &r;
        return nullptr;
    };
    const ReplayReject *r = find(rdp, 3389);
    QVERIFY(r);
    QVERIFY(!r->egress);
    QVERIFY(!r->answer);
    QCOMPARE(r->blockedBy.size(), size_t(1));
    QCOMPARE(r->blockedBy[0].at, QStringLiteral("sg-web"));
    QCOMPARE(r->blockedBy[0].detail,
             QStringLiteral("ingress: no rule allows tcp/3389 from 172.31.9.69; security groups deny what they do not "
                            "allow"));

    // The ping's answer is the ACL's (egress, ICMP), and the TCP answer the ACL's too
    // (ingress on the ephemeral port): the security group lets answers through.
    const auto pingDesign = load(QStringLiteral("aws-ping.yaml"));
    const Simulator pingSim(*pingDesign);
    const ReplaySummary ping = Replay(pingSim).run(logs);
    const ReplayReject *echo = find(ping, 0);
    QVERIFY(echo);
    QVERIFY(echo->egress);
    QCOMPARE(echo->blockedBy.size(), size_t(1));
    QCOMPARE(echo->blockedBy[0].at, QStringLiteral("acl-icmp-in"));
    QCOMPARE(echo->blockedBy[0].detail,
             QStringLiteral("egress: no rule allows icmp to 203.0.113.12; the final rule denies"));
    const ReplayReject *answer = find(ping, 50000);
    QVERIFY(answer);
    QVERIFY(answer->answer);
    QCOMPARE(answer->blockedBy.size(), size_t(1));
    QCOMPARE(answer->blockedBy[0].at, QStringLiteral("acl-icmp-in"));
    QVERIFY(answer->blockedBy[0].detail.startsWith(QLatin1String("ingress: no rule allows tcp/50000")));
    // The RDP record lands on i-web's interface too (same id) but nothing in this design
    // rejects it: it is counted as not explained, with a note.
    const ReplayReject *rdpHere = find(ping, 3389);
    QVERIFY(rdpHere);
    QVERIFY(rdpHere->blockedBy.empty());
    QVERIFY(!rdpHere->note.isEmpty());
    QCOMPARE(ping.explained, 2);
    QCOMPARE(ping.unexplained, 1);
}

void TestFlowLogs::replayOfSimulatedLogs()
{
    // What the simulator writes, replayed onto the same design, is explained in full.
    const auto design = load(QStringLiteral("hops.yaml"));
    QVERIFY(design);
    Vpc *vpc = design->vpcs().at(0);
    auto log = std::make_unique<FlowLog>();
    log->id = QStringLiteral("fl-all");
    log->parent = vpc;
    log->resource = vpc->id;
    log->maxAggregationInterval = 60;
    log->format = QStringLiteral("${version} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} "
                                 "${protocol} ${packets} ${action} ${flow-direction}");
    vpc->flowLogs.push_back(std::move(log));
    const Simulator sim(*design);
    const Scenario &s = *design->scenarios().at(0);
    const FlowLogCapture capture(sim, s, sim.run(s));
    QByteArray text = capture.logs[0].format.header() + '\n';
    int rejects = 0;
    for (const FlowLogRecord &r : capture.records) {
        text += capture.line(r) + '\n';
        rejects += r.status == FlowLogRecord::Status::Ok && !r.accepted;
    }
    // sg-in and acl-in at i-web, no-groups at i-nosg, interface-endpoint-udp at the
    // endpoint: the drops of vpc-a that happen at an interface (the others are routing).
    QCOMPARE(rejects, 4);
    FlowLogParser parsed;
    parsed.parseText(text, QStringLiteral("simulated.log"));
    QCOMPARE(parsed.malformed, 0);
    const ReplaySummary summary = Replay(sim).run(parsed);
    QCOMPARE(summary.unmatched, 0);
    QCOMPARE(summary.rejected, rejects);
    QCOMPARE(summary.unexplained, 0);
}

void TestFlowLogs::asymmetricAnswers_data()
{
    // FORMAT.md's reply-packets and reply-bytes-per-packet. The first row is the first
    // connection of the flow-log guide's TCP-flags example: 8 packets of 568 bytes in all
    // from the client, 7 of 376 bytes back from the server, in one window.
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QByteArray>("requestCounts"); // "packets bytes" of the request's record
    QTest::addColumn<QByteArray>("answerCounts");
    QTest::newRow("fewer, smaller answers")
        << "reply-packets: 7, reply-bytes-per-packet: 53.7142857142857" << QByteArray("8 568") << QByteArray("7 376");
    QTest::newRow("a large download") << "reply-packets: 70, reply-bytes-per-packet: 1438.5857142857142"
                                      << QByteArray("8 568") << QByteArray("70 100701");
    QTest::newRow("as many as asked (absent)") << "reply-delay: 0" << QByteArray("8 568") << QByteArray("8 568");
    QTest::newRow("only the count") << "reply-packets: 2" << QByteArray("8 568") << QByteArray("2 142");
}

void TestFlowLogs::asymmetricAnswers()
{
    QFETCH(QString, reply);
    QFETCH(QByteArray, requestCounts);
    QFETCH(QByteArray, answerCounts);
    const auto design = read(smallDesign(
        QStringLiteral("{id: fl-a, resource: i-b, traffic-type: ACCEPT}"),
        QStringLiteral("{id: f, from: i-a, to: i-b, protocol: tcp, port: 5001, source-port: 43416, duration: 58, "
                       "packets-per-second: 0.13793103448275862, bytes-per-packet: 71, %1}")
            .arg(reply),
        QStringLiteral("2019-08-26T19:47:55Z")));
    QVERIFY(design);
    QByteArray request, answer;
    for (const QByteArray &line : lines(*design)) {
        const QList<QByteArray> f = line.split(' ');
        if (f[5] == "43416" && f[6] == "5001")
            request = f[8] + ' ' + f[9];
        else if (f[5] == "5001" && f[6] == "43416")
            answer = f[8] + ' ' + f[9];
    }
    QCOMPARE(request, requestCounts);
    QCOMPARE(answer, answerCounts);
    // What is saved reads back the same.
    const QByteArray saved = DesignFormat::write(*design);
    const QByteArray key = reply.left(reply.indexOf(QLatin1Char(':'))).toUtf8();
    QVERIFY(key == "reply-delay" || saved.contains(key + ':'));
    const auto again = read(saved);
    QVERIFY(again);
    QCOMPARE(lines(*again), lines(*design));
}

void TestFlowLogs::timelineCounts()
{
    // Before any points (a panel asks for its summary first) it counts nothing.
    Timeline timeline;
    QCOMPARE(timeline.packets(true), qint64(0));
    QCOMPARE(timeline.bytes(false), qint64(0));
    timeline.setPoints({{100, 3, 300, true, 1, 0}, {50, 2, 80, false, 2, 1}, {160, 4, 400, true, 2, 0}});
    QCOMPARE(timeline.packets(true), qint64(7));
    QCOMPARE(timeline.packets(false), qint64(2));
    QCOMPARE(timeline.bytes(true), qint64(700));
    timeline.setFilter(2, -1);
    QCOMPARE(timeline.packets(true), qint64(4));
    QCOMPARE(timeline.bytes(false), qint64(80));
}

QTEST_GUILESS_MAIN(TestFlowLogs)
#include "tst_flowlogs.moc"
