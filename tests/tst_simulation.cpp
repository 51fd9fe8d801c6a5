#include "awsranges.h"
#include "designformat.h"
#include "explain.h"
#include "report.h"
#include "simulationrun.h"
#include "simulator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

/// Packet paths: every hop kind delivered and dropped, with the blocking settings named;
/// the peering guide's configurations; ends resolved as FORMAT.md says. The designs are
/// under tests/data/simulation; a flow's expectations stand in the comment line above it:
///   # expect: request VERDICT [reply VERDICT]  [blocked: ID:KIND ...]  [via: KIND ...]
/// `blocked` is every setting that blocks, request and reply together, and nothing else;
/// `via` are hop kinds the path must pass.
class TestSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frameAtDrawsWhatTheRunComputes();
    void flows_data();
    void flows();
    void everyHopKindDeliveredAndDropped();
    void everyBlockIsNamed();
    void portsAreStable();
    void regionalServiceAddresses_data();
    void regionalServiceAddresses();
    void adviceFitsTheCase_data();
    void adviceFitsTheCase();
    void endsResolve_data();
    void endsResolve();
    void jsonHasTheShapeOfCliMd();
    void longestPrefixWins();
    void vpcsHoldingAnAddress();
    void trieMatchesLinearScan_data();
    void trieMatchesLinearScan();

private:
    static std::unique_ptr<Design> load(const QString &name);
};

namespace {

struct Expectation
{
    QString file;
    QString flow;
    QString request;
    QString reply; // empty: no answer expected in the table
    QStringList blocked;
    QStringList via;
};

/// Every kind of object a hop can be at, as Explain::kindTag names them.
QStringList hopKinds()
{
    return {QStringLiteral("route-table"),
            QStringLiteral("network-acl"),
            QStringLiteral("security-group"),
            QStringLiteral("internet-gateway"),
            QStringLiteral("egress-only-internet-gateway"),
            QStringLiteral("nat-gateway"),
            QStringLiteral("peering-connection"),
            QStringLiteral("gateway-endpoint"),
            QStringLiteral("interface-endpoint"),
            QStringLiteral("instance"),
            QStringLiteral("subnet"),
            QStringLiteral("vpc"),
            QStringLiteral("bucket")};
}

QList<Expectation> expectations()
{
    QList<Expectation> out;
    const QDir dir(QStringLiteral(VPC_TEST_DATA "/simulation"));
    static const QRegularExpression expectLine(QStringLiteral(R"(^\s*# expect: (.*)$)"));
    static const QRegularExpression flowLine(QStringLiteral(R"(^\s*- \{id: ([^,]+),)"));
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i + 1 < lines.size(); ++i) {
            const auto e = expectLine.match(lines[i]);
            const auto f = flowLine.match(lines[i + 1]);
            if (!e.hasMatch() || !f.hasMatch())
                continue;
            Expectation x;
            x.file = name;
            x.flow = f.captured(1);
            QString section;
            for (const QString &word : e.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (word.endsWith(QLatin1Char(':'))) {
                    section = word.chopped(1);
                } else if (word == QLatin1String("request") || word == QLatin1String("reply")) {
                    section = word;
                } else if (section == QLatin1String("request")) {
                    x.request = word;
                } else if (section == QLatin1String("reply")) {
                    x.reply = word;
                } else if (section == QLatin1String("blocked")) {
                    x.blocked.append(word);
                } else if (section == QLatin1String("via")) {
                    x.via.append(word);
                }
            }
            out.append(x);
        }
    }
    return out;
}

const Flow *findFlow(const Design &design, const QString &id)
{
    const Object *o = design.find(id);
    return o && o->kind == ObjectKind::Flow ? static_cast<const Flow *>(o) : nullptr;
}

QStringList blockedOf(const Explain &explain, const FlowRun &run)
{
    QStringList out;
    for (const PacketPath *p : {&run.request, &run.reply})
        for (const HopText &h : Report::blockedBy(explain, *p, run.protocol))
            out.append(h.at + QLatin1Char(':') + h.kind);
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList kindsOf(const Explain &explain, const FlowRun &run)
{
    QStringList out;
    for (const PacketPath *p : {&run.request, &run.reply})
        for (const HopText &h : Report::hops(explain, *p, run.protocol))
            out.append(h.kind);
    out.removeDuplicates();
    return out;
}

} // namespace

std::unique_ptr<Design> TestSimulation::load(const QString &name)
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_TEST_DATA "/simulation/") + name);
    if (!r.ok())
        qWarning() << r.firstError().toString();
    return std::move(r.design);
}

void TestSimulation::frameAtDrawsWhatTheRunComputes()
{
    // The bundled example's working day, 0.3 s in: what playback draws comes whole from
    // the run (the panel only hands it to the canvas).
    const LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(r.ok());
    const SimulationRun run(*r.design, QStringLiteral("workday"));
    QVERIFY(run.isValid());
    const SimulationFrame frame = run.frameAt(0.3);
    // Every end outside the design, once, in the flows' order: users' public address, S3,
    // the pinging address.
    QCOMPARE(frame.ends.size(), 3);
    QCOMPARE(frame.ends[0].kind, SimulationFrame::End::Kind::Internet);
    QCOMPARE(frame.ends[0].label, QStringLiteral("198.51.100.25"));
    QCOMPARE(frame.ends[1].kind, SimulationFrame::End::Kind::Service);
    QCOMPARE(frame.ends[1].label, QStringLiteral("s3"));
    QCOMPARE(frame.ends[2].label, QStringLiteral("203.0.113.7"));
    // One packet per flow under way, each on its own path.
    QCOMPARE(frame.packets.size(), qsizetype(run.packetsAt(0.3).size()));
    QCOMPARE(frame.paths.size(), frame.packets.size());
    QVERIFY(!frame.packets.isEmpty());
    bool sawUsers = false;
    for (const SimulationFrame::Packet &p : frame.packets) {
        const SimulationFrame::Path &path = frame.paths[p.path];
        QVERIFY(!path.objects.isEmpty());
        if (path.sourceEnd == 0) { // the users' request: from the internet to i-web-a
            sawUsers = true;
            QVERIFY(path.objects.first().isEmpty());
            QVERIFY(path.objects.contains(QStringLiteral("i-web-a")));
            QCOMPARE(path.destinationEnd, -1);
        }
    }
    QVERIFY(sawUsers);
    // Nothing is on its way before the first flow starts or after the last ends.
    QVERIFY(run.frameAt(run.duration() + 10).packets.isEmpty());
}

void TestSimulation::flows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QStringList>("blocked");
    QTest::addColumn<QStringList>("via");
    const QList<Expectation> all = expectations();
    QVERIFY(all.size() >= 30);
    for (const Expectation &x : all)
        QTest::newRow(qPrintable(x.file + QLatin1Char('/') + x.flow))
            << x.file << x.flow << x.request << x.reply << x.blocked << x.via;
}

void TestSimulation::flows()
{
    QFETCH(QString, file);
    QFETCH(QString, flow);
    QFETCH(QString, request);
    QFETCH(QString, reply);
    QFETCH(QStringList, blocked);
    QFETCH(QStringList, via);
    const auto design = load(file);
    QVERIFY(design);
    const Flow *f = findFlow(*design, flow);
    QVERIFY2(f, qPrintable(flow));
    const Simulator sim(*design);
    const FlowRun run = sim.run(*f, QStringLiteral("test"));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Explain explain(sim.network());
    QCOMPARE(Report::verdict(run.request), request);
    if (!reply.isEmpty()) {
        QVERIFY(run.hasReply);
        QCOMPARE(Report::verdict(run.reply), reply);
    }
    blocked.sort();
    QCOMPARE(blockedOf(explain, run), blocked);
    const QStringList kinds = kindsOf(explain, run);
    for (const QString &k : via)
        QVERIFY2(kinds.contains(k), qPrintable(k + QLatin1String(" not in ") + kinds.join(QLatin1Char(' '))));
    QCOMPARE(run.delivered(),
             request == QLatin1String("delivered") && (reply.isEmpty() || reply == QLatin1String("delivered")));
}

void TestSimulation::everyHopKindDeliveredAndDropped()
{
    // Over the table: every kind CLI.md names is on the way of a delivered flow and among
    // the settings that drop one.
    const QStringList all = hopKinds();
    QSet<QString> delivered, dropped;
    for (const Expectation &x : expectations()) {
        const auto design = load(x.file);
        const Simulator sim(*design);
        const Explain explain(sim.network());
        const FlowRun run = sim.run(*findFlow(*design, x.flow));
        if (run.delivered())
            for (const QString &k : kindsOf(explain, run))
                delivered.insert(k);
        for (const QString &b : blockedOf(explain, run))
            dropped.insert(b.section(QLatin1Char(':'), 1));
    }
    for (const QString &k : all) {
        QVERIFY2(delivered.contains(k), qPrintable(QLatin1String("no delivered flow passes ") + k));
        QVERIFY2(dropped.contains(k), qPrintable(QLatin1String("no dropped flow is blocked at ") + k));
    }
}

void TestSimulation::everyBlockIsNamed()
{
    // A packet blocked in three places names all three, in the order met.
    const QByteArray yaml = R"(vpc-designer: 1
vpcs:
  - id: vpc-a
    region: us-east-1
    cidr-blocks: [10.0.0.0/16]
    subnets:
      - {id: s1, az: us-east-1a, cidr: 10.0.1.0/24, network-acl: acl-out}
      - {id: s2, az: us-east-1a, cidr: 10.0.2.0/24, network-acl: acl-in}
    network-acls:
      - id: acl-out
        egress:
          - {rule: 50, protocol: tcp, ports: 5432, destination: 10.0.2.0/24, action: deny}
      - id: acl-in
    security-groups:
      - id: sg-a
        egress: []
      - id: sg-b
    instances:
      - {id: i-a, subnet: s1, private-ip: 10.0.1.10, security-groups: [sg-a]}
      - {id: i-b, subnet: s2, private-ip: 10.0.2.10, security-groups: [sg-b]}
traffic:
  - id: t
    flows:
      - {id: f, from: i-a, to: i-b, protocol: tcp, port: 5432}
)";
    LoadResult r = DesignFormat::read(yaml, QStringLiteral("blocks.yaml"));
    QVERIFY(r.ok());
    const Simulator sim(*r.design);
    const FlowRun run = sim.run(*findFlow(*r.design, QStringLiteral("f")));
    const Explain explain(sim.network());
    const QList<HopText> blocks = Report::blockedBy(explain, run.request, run.protocol);
    QStringList at;
    for (const HopText &h : blocks)
        at.append(h.at);
    QCOMPARE(at, (QStringList{QStringLiteral("sg-a"), QStringLiteral("acl-out"), QStringLiteral("acl-in"),
                              QStringLiteral("sg-b")}));
    QCOMPARE(blocks[1].detail, QStringLiteral("egress rule 50 denies tcp/5432 to 10.0.2.10"));
    QCOMPARE(blocks[2].detail,
             QStringLiteral("ingress: no rule allows tcp/5432 from 10.0.1.10; the final rule denies"));
    QVERIFY(!run.request.delivered());
    QVERIFY(run.request.reached);
}

void TestSimulation::regionalServiceAddresses_data()
{
    // Every commercial Region of the copy of AWS's ranges: S3 everywhere, DynamoDB where
    // the copy has it.
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("service");
    const QStringList regions = AwsRanges::regions();
    QVERIFY2(regions.size() >= 30, qPrintable(regions.join(u',')));
    QVERIFY(regions.contains(QStringLiteral("us-east-1")) && regions.contains(QStringLiteral("ap-southeast-2")));
    QVERIFY(!regions.contains(QStringLiteral("us-gov-west-1")) && !regions.contains(QStringLiteral("cn-north-1")));
    QCOMPARE(AwsRanges::copyDate(), QStringLiteral("2026-08-22-15-17-05"));
    for (const QString &region : regions)
        for (const char *service : {"s3", "dynamodb"})
            if (!AwsRanges::prefixes(QLatin1String(service), region).isEmpty())
                QTest::newRow(qPrintable(region + QLatin1Char('/') + QLatin1String(service)))
                    << region << QString::fromLatin1(service);
}

void TestSimulation::regionalServiceAddresses()
{
    QFETCH(QString, region);
    QFETCH(QString, service);
    const IpAddress a = Network::serviceAddress(service, region);
    const std::optional<AwsRanges::Owner> owner = AwsRanges::ownerOf(a);
    QVERIFY2(owner, qPrintable(a.toString()));
    QCOMPARE(owner->region, region);
    QCOMPARE(owner->service, service);
    // A gateway endpoint's route in that Region matches it.
    bool inList = false;
    for (const Cidr &c : Network::servicePrefixes(service, region))
        inList |= c.contains(a);
    QVERIFY(inList);
}

void TestSimulation::adviceFitsTheCase_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("flow");
    QTest::addColumn<QString>("mustSay");
    QTest::addColumn<QString>("mustNotSay");
    QTest::newRow("the peer's gateway endpoint") << "advice.yaml"
                                                 << "peer-gateway-endpoint"
                                                 << "give vpc-a a gateway endpoint for s3 of its own"
                                                 << "or use a transit gateway";
    QTest::newRow("a private NAT gateway at the internet gateway") << "advice.yaml"
                                                                   << "private-nat-to-internet"
                                                                   << "nat-private is a private NAT gateway"
                                                                   << "or route through a NAT gateway";
    QTest::newRow("a group of another region") << "advice.yaml"
                                               << "cross-region-group"
                                               << "in its own region only, so the rule cannot apply"
                                               << "no rule allows";
    QTest::newRow("a prefix list by its id") << "prefix-lists.yaml"
                                             << "unreadable-prefix-list"
                                             << "egress rule 1 names the prefix list pl-63a5400a"
                                             << "no rule allows";
    QTest::newRow("a prefix list of another service") << "prefix-lists.yaml"
                                                      << "dynamodb-not-in-the-s3-list"
                                                      << "no rule allows"
                                                      << "prefix list pl-";
    QTest::newRow("an endpoint policy allows no statement")
        << "endpoint-policy.yaml"
        << "write"
        << "the policy of vpce-s3 allows no statement for this request"
        << "explicit deny";
    QTest::newRow("an endpoint policy denies") << "endpoint-policy.yaml"
                                               << "other-account"
                                               << "the policy of vpce-s3 denies the request (OnlyOurAccount"
                                               << "allows no statement";
    QTest::newRow("the internet through the peer's gateways")
        << "edge-to-edge.yaml"
        << "branch-to-web"
        << "give vpc-branch gateways of its own, or share egress through a transit gateway"
        << "peer with";
    QTest::newRow("a third VPC through the peer")
        << "edge-to-edge.yaml"
        << "branch-to-third"
        << "10.80.1.10 is in vpc-third, not in vpc-hub or vpc-branch, the two ends of pcx-hub-branch: peering is not "
           "transitive; peer with vpc-third directly"
        << "internet gateway";
    QTest::newRow("an answer routed to another peer")
        << "asymmetric-peering.yaml"
        << "answer-goes-astray"
        << "is routed by 10.0.1.10 matches 10.0.0.0/16 -> pcx-ac (longest prefix /16) to vpc-c, not back through "
           "pcx-ab, which the request came by"
        << "the way the request came";
}

void TestSimulation::adviceFitsTheCase()
{
    QFETCH(QString, file);
    QFETCH(QString, flow);
    QFETCH(QString, mustSay);
    QFETCH(QString, mustNotSay);
    const auto design = load(file);
    QVERIFY(design);
    const Simulator sim(*design);
    const FlowRun run = sim.run(*findFlow(*design, flow), QStringLiteral("advice"));
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    const Explain explain(sim.network());
    QStringList blocks;
    for (const PacketPath *path : {&run.request, &run.reply})
        for (const HopText &h : Report::blockedBy(explain, *path, run.protocol))
            blocks.append(h.detail);
    const QString all = blocks.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(mustSay), qPrintable(all));
    QVERIFY2(!all.contains(mustNotSay), qPrintable(all));
}

void TestSimulation::portsAreStable()
{
    const auto design = load(QStringLiteral("hops.yaml"));
    const Simulator a(*design), b(*design);
    const Flow *f = findFlow(*design, QStringLiteral("nat-out"));
    const FlowRun x = a.run(*f, QStringLiteral("hops")), y = b.run(*f, QStringLiteral("hops"));
    QCOMPARE(x.sourcePort, y.sourcePort);
    QVERIFY(x.sourcePort >= 32768 && x.sourcePort <= 61000);
    QCOMPARE(Simulator::ephemeralPort(QStringLiteral("hops/nat-out")), x.sourcePort);
    // The NAT's port: 1024-65535, and the same in the answer's ACL check.
    QVERIFY(x.request.seenSourcePort >= 1024 && x.request.seenSourcePort <= 65535);
    QVERIFY(x.request.seenSourcePort != x.sourcePort);
}

void TestSimulation::endsResolve_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("fromAddress");
    QTest::addColumn<QString>("toAddress");
    QTest::addColumn<QString>("error");
    QTest::newRow("instance to instance: private") << "i-app"
                                                   << "i-db"
                                                   << "10.0.2.10"
                                                   << "10.1.0.20"
                                                   << "";
    QTest::newRow("internet to instance: public") << "198.51.100.7"
                                                  << "i-web"
                                                  << "198.51.100.7"
                                                  << "54.0.0.10"
                                                  << "";
    QTest::newRow("public address names the instance") << "198.51.100.7"
                                                       << "54.0.0.10"
                                                       << "198.51.100.7"
                                                       << "54.0.0.10"
                                                       << "";
    QTest::newRow("IPv6 peer: IPv6 address") << "i-app"
                                             << "2600:1f18::1"
                                             << "2600:1f18:1a2b:3c02::10"
                                             << "2600:1f18::1"
                                             << "";
    QTest::newRow("service: its address") << "i-web"
                                          << "service:s3"
                                          << "10.0.1.10"
                                          << "52.216.8.10"
                                          << "";
    QTest::newRow("private DNS: the endpoint") << "i-app"
                                               << "service:sqs"
                                               << "10.0.2.10"
                                               << "10.0.2.13"
                                               << "";
    QTest::newRow("unknown id") << "i-app"
                                << "i-nothing"
                                << ""
                                << ""
                                << "i-nothing";
    QTest::newRow("not an end") << "i-app"
                                << "rtb-priv"
                                << ""
                                << ""
                                << "route table";
    QTest::newRow("gateway endpoint by id") << "i-app"
                                            << "vpce-s3"
                                            << ""
                                            << ""
                                            << "service:s3";
    QTest::newRow("both outside") << "198.51.100.7"
                                  << "203.0.113.9"
                                  << ""
                                  << ""
                                  << "inside the design";
}

void TestSimulation::endsResolve()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, fromAddress);
    QFETCH(QString, toAddress);
    QFETCH(QString, error);
    const auto design = load(QStringLiteral("hops.yaml"));
    Flow flow;
    flow.id = QStringLiteral("probe");
    flow.from = from;
    flow.to = to;
    flow.port = 443;
    const Simulator sim(*design);
    const FlowRun run = sim.run(flow);
    if (!error.isEmpty()) {
        QVERIFY2(run.error.contains(error), qPrintable(run.error));
        QVERIFY(!run.delivered());
        return;
    }
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QCOMPARE(run.from.address.toString(), fromAddress);
    QCOMPARE(run.to.address.toString(), toAddress);
}

void TestSimulation::jsonHasTheShapeOfCliMd()
{
    const auto design = load(QStringLiteral("hops.yaml"));
    const Simulator sim(*design);
    const Scenario *scenario = design->scenarios().at(0);
    const std::vector<FlowRun> runs = sim.run(*scenario);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(Report::simulationJson(sim, *scenario, runs), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("scenario")).toString(), QStringLiteral("hops"));
    const QJsonArray flows = root.value(QStringLiteral("flows")).toArray();
    QCOMPARE(flows.size(), qsizetype(runs.size()));
    const QStringList kinds = hopKinds();
    for (const QJsonValue &v : flows) {
        const QJsonObject f = v.toObject();
        for (const char *key : {"id", "from", "to", "protocol", "request"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        const QJsonObject request = f.value(QStringLiteral("request")).toObject();
        const QString verdict = request.value(QStringLiteral("verdict")).toString();
        QVERIFY(verdict == QLatin1String("delivered") || verdict == QLatin1String("dropped"));
        QCOMPARE(request.contains(QStringLiteral("blocked-by")), verdict == QLatin1String("dropped"));
        for (const QJsonValue &h : request.value(QStringLiteral("hops")).toArray()) {
            QVERIFY(kinds.contains(h.toObject().value(QStringLiteral("kind")).toString()));
            QVERIFY(!h.toObject().value(QStringLiteral("at")).toString().isEmpty());
            QVERIFY(!h.toObject().value(QStringLiteral("detail")).toString().isEmpty());
        }
    }
    // The sentence of CLI.md's example, for the case at hand.
    const QJsonObject aclIn = flows.at(2).toObject();
    QCOMPARE(aclIn.value(QStringLiteral("id")).toString(), QStringLiteral("acl-in"));
    const QJsonObject first = aclIn.value(QStringLiteral("request"))
                                  .toObject()
                                  .value(QStringLiteral("blocked-by"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(first.value(QStringLiteral("at")).toString(), QStringLiteral("acl-pub"));
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("network-acl"));
    QCOMPARE(first.value(QStringLiteral("detail")).toString(),
             QStringLiteral("ingress: no rule allows udp/53 from 198.51.100.7; the final rule denies"));
}

void TestSimulation::longestPrefixWins()
{
    // A /32 route beats the /16 local route's neighbourhood and a /0 default; the local
    // route of the VPC's own block beats a shorter written one.
    const QByteArray yaml = R"(vpc-designer: 1
vpcs:
  - id: vpc-a
    region: us-east-1
    cidr-blocks: [10.0.0.0/16]
    internet-gateway: {id: igw-a}
    subnets:
      - {id: s1, az: us-east-1a, cidr: 10.0.1.0/24, route-table: rtb}
    route-tables:
      - id: rtb
        routes:
          - {destination: 0.0.0.0/0, target: igw-a}
          - {destination: 10.0.0.0/8, target: pcx-ab}
          - {destination: 10.1.0.7/32, target: pcx-ab}
    instances:
      - {id: i-a, subnet: s1, private-ip: 10.0.1.10}
  - id: vpc-b
    region: us-east-1
    cidr-blocks: [10.1.0.0/16]
peering-connections:
  - {id: pcx-ab, requester: vpc-a, accepter: vpc-b}
)";
    LoadResult r = DesignFormat::read(yaml, QStringLiteral("lpm.yaml"));
    QVERIFY(r.ok());
    const Network net(*r.design);
    const Network::Table &t = net.tables[size_t(net.subnets[0].table)];
    const auto target = [&](const char *a) {
        int length = -1;
        const Network::RouteTarget *x = t.v4.lookup(*IpAddress::parse(std::string_view(a)), &length);
        return std::make_pair(x ? int(x->kind) : -1, length);
    };
    using K = Network::RouteTarget::Kind;
    QCOMPARE(target("10.1.0.7"), std::make_pair(int(K::Peering), 32));
    QCOMPARE(target("10.1.0.8"), std::make_pair(int(K::Peering), 8));
    QCOMPARE(target("10.0.9.9"), std::make_pair(int(K::Local), 16));
    QCOMPARE(target("8.8.8.8"), std::make_pair(int(K::InternetGateway), 0));
}

void TestSimulation::vpcsHoldingAnAddress()
{
    // Nested, identical and secondary blocks: every VPC whose blocks hold the address.
    const QByteArray yaml = R"(vpc-designer: 1
vpcs:
  - {id: a, region: us-east-1, cidr-blocks: [10.0.0.0/16]}
  - {id: b, region: us-east-1, cidr-blocks: [10.0.0.0/24]}
  - {id: c, region: us-east-1, cidr-blocks: [10.0.0.0/16]}
  - {id: d, region: us-east-1, cidr-blocks: [172.16.0.0/16, 10.0.0.0/20], ipv6-cidr-blocks: ["2600:1f18::/56"]}
  - {id: e, region: us-east-1, cidr-blocks: [192.168.0.0/16], ipv6-cidr-blocks: ["2001:db8::/56"]}
)";
    LoadResult r = DesignFormat::read(yaml, QStringLiteral("holders.yaml"));
    QVERIFY(r.ok());
    const Network net(*r.design);
    const auto holders = [&](const char *a) {
        QStringList out;
        for (int v : net.vpcsHolding(*IpAddress::parse(std::string_view(a))))
            out.append(net.vpcs[size_t(v)].vpc->id);
        return out.join(QLatin1Char(','));
    };
    QCOMPARE(holders("10.0.0.5"), QStringLiteral("a,b,c,d"));
    QCOMPARE(holders("10.0.1.5"), QStringLiteral("a,c,d"));
    QCOMPARE(holders("10.0.200.5"), QStringLiteral("a,c"));
    QCOMPARE(holders("172.16.3.3"), QStringLiteral("d"));
    QCOMPARE(holders("2600:1f18::77"), QStringLiteral("d"));
    QCOMPARE(holders("192.0.2.1"), QString());
    // An IPv4 address whose bits begin like an IPv6 block is not in it (0x20010db8).
    QCOMPARE(holders("32.1.13.184"), QString());
    QCOMPARE(holders("2001:db8::1"), QStringLiteral("e"));
}

void TestSimulation::trieMatchesLinearScan_data()
{
    QTest::addColumn<bool>("v6");
    QTest::newRow("IPv4") << false;
    QTest::newRow("IPv6") << true;
}

void TestSimulation::trieMatchesLinearScan()
{
    // Random blocks (nested, overlapping, repeated, /0 and host routes), random
    // addresses near them: the trie's answer is the longest block that holds the
    // address, the first one inserted for a repeated block.
    QFETCH(bool, v6);
    QRandomGenerator rng(v6 ? 6 : 4);
    const int width = v6 ? 128 : 32;
    const auto address = [&](u128 bits) { return v6 ? IpAddress::v6(bits) : IpAddress::v4(quint32(bits)); };
    const auto randomBits = [&] {
        u128 bits = (u128(rng.generate64()) << 64) | rng.generate64();
        if (!v6)
            bits &= 0xffffffffu;
        // Few distinct top bits, so that blocks nest and share prefixes.
        const int top = width - 6;
        return (bits & ~(u128(0x3f) << top)) | (u128(rng.bounded(4)) << top);
    };
    PrefixTrie<int> trie;
    std::vector<Cidr> blocks;
    for (int i = 0; i < 400; ++i) {
        const int length = i == 0 ? 0 : int(rng.bounded(width + 1));
        const Cidr c = Cidr(address(randomBits()), length).network();
        blocks.push_back(c);
        trie.insert(c, i);
    }
    for (int i = 0; i < 5000; ++i) {
        // Half the probes inside a known block, half anywhere.
        IpAddress a = address(randomBits());
        if (i % 2 == 0) {
            const Cidr &c = blocks[rng.bounded(quint32(blocks.size()))];
            const u128 host = c.hostBits() == 0 ? 0
                                                : ((u128(rng.generate64()) << 64) | rng.generate64()) &
                                                      (c.hostBits() >= 128 ? ~u128(0) : (u128(1) << c.hostBits()) - 1);
            a = address(c.first().value() | host);
        }
        int expected = -1, expectedLength = -1;
        for (size_t b = 0; b < blocks.size(); ++b)
            if (blocks[b].contains(a) && blocks[b].prefixLength() > expectedLength) {
                expected = int(b);
                expectedLength = blocks[b].prefixLength();
            }
        int length = -1;
        const int *got = trie.lookup(a, &length);
        QVERIFY(got);
        QCOMPARE(length, expectedLength);
        QCOMPARE(blocks[size_t(*got)], blocks[size_t(expected)]);
        // A repeated block keeps its first value.
        for (size_t b = 0; b < size_t(*got); ++b)
            QVERIFY(blocks[b] != blocks[size_t(*got)]);
    }
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
