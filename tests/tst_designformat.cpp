#include "designdiff.h"
#include "designformat.h"
#include "properties.h"
#include "syntheticdesign.h"
#include "yamlslices.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

/// Reading and writing design files: round trips, canonical bytes, defaults, implicit
/// objects, kept unknown keys, quoting, atomic saves.
class TestDesignFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void canonicalGolden();
    void defaults();
    void implicitObjects();
    void unknownKeysKeptWithWarning();
    void awkwardStrings_data();
    void awkwardStrings();
    void hostBitsKept();
    void aliasesWithinBudget();
    void saveIsAtomic();
    void saveOverExisting();
    void slicePlans_data();
    void slicePlans();
    void slicedReadEqualsWholeRead();
    void slicedReadFallsBack_data();
    void slicedReadFallsBack();
};

void TestDesignFormat::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList dirs{QStringLiteral(VPC_EXAMPLES), QStringLiteral(VPC_TEST_DATA "/format"),
                           QStringLiteral(VPC_TEST_DATA "/valid")};
    for (const QString &dir : dirs) {
        const QDir d(dir);
        for (const QString &name : d.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
            if (name.endsWith(QLatin1String(".expected.yaml")))
                continue;
            QTest::newRow(qPrintable(name)) << d.filePath(name);
        }
    }
}

void TestDesignFormat::roundTrip()
{
    QFETCH(QString, path);
    const LoadResult first = DesignFormat::load(path);
    QVERIFY2(first.ok(), qPrintable(first.firstError().toString()));
    const QByteArray saved = DesignFormat::write(*first.design);
    const LoadResult second = DesignFormat::read(saved, QStringLiteral("saved.yaml"));
    QVERIFY2(second.ok(), qPrintable(second.firstError().toString() + QLatin1Char('\n') + QString::fromUtf8(saved)));
    QCOMPARE(designDifference(*first.design, *second.design), QString());
    // Saving an unchanged design gives the same bytes.
    QCOMPARE(DesignFormat::write(*second.design), saved);
    // And a clone is the same design, every object its own copy with its parent in the
    // clone (each kind's clone is its copy constructor; the child lists adopt).
    const std::unique_ptr<Design> copy = first.design->clone();
    QCOMPARE(designDifference(*first.design, *copy), QString());
    QCOMPARE(DesignFormat::write(*copy), saved);
    copy->forEachObject([&](Object &o) {
        QVERIFY(&o != first.design->find(o.id));
        QCOMPARE(copy->find(o.id), &o);
        if (o.parent)
            QCOMPARE(copy->find(o.parent->id), o.parent);
    });
}

void TestDesignFormat::canonicalGolden()
{
    // The canonical form of every construct, reviewed by eye: block style for objects,
    // flow rows for routes and rules, defaults left out, FORMAT.md's key order.
    const LoadResult r = DesignFormat::load(QStringLiteral(VPC_TEST_DATA "/format/all-constructs.yaml"));
    QVERIFY(r.ok());
    const QByteArray expected = readAll(QStringLiteral(VPC_TEST_DATA "/format/all-constructs.expected.yaml"));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(QString::fromUtf8(DesignFormat::write(*r.design)), QString::fromUtf8(expected));
}

void TestDesignFormat::defaults()
{
    const LoadResult r = DesignFormat::read("vpc-designer: 1\n"
                                            "vpcs:\n"
                                            "  - id: vpc-a\n"
                                            "    region: us-east-1\n"
                                            "    cidr-blocks: [10.0.0.0/16]\n"
                                            "    subnets: [{id: s1, az: us-east-1a, cidr: 10.0.1.0/24}]\n"
                                            "    security-groups: [{id: sg-a}]\n"
                                            "    nat-gateways: [{id: nat-a, subnet: s1}]\n"
                                            "    endpoints: [{id: e1, type: interface, service: ssm}]\n"
                                            "    instances: [{id: i-1, subnet: s1}]\n"
                                            "    flow-logs: [{id: fl-1, resource: vpc-a}]\n"
                                            "peering-connections: [{id: pcx-1, requester: vpc-a, accepter: vpc-a}]\n"
                                            "traffic: [{id: t1, flows: [{id: f1, from: i-1, to: 1.2.3.4}]}]\n",
                                            QStringLiteral("defaults.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.firstError().toString()));
    const Design &d = *r.design;
    const Vpc *vpc = d.findVpc(QStringLiteral("vpc-a"));
    QCOMPARE(vpc->account, QStringLiteral("123456789012"));
    QCOMPARE(vpc->dnsSupport, true);
    QCOMPARE(vpc->dnsHostnames, false);
    const auto *sg = d.find<SecurityGroup>(QStringLiteral("sg-a"), ObjectKind::SecurityGroup);
    QVERIFY(!sg->egress.has_value());
    QVERIFY(sg->ingress.isEmpty());
    QCOMPARE(d.find<NatGateway>(QStringLiteral("nat-a"), ObjectKind::NatGateway)->connectivity,
             NatConnectivity::Public);
    QCOMPARE(d.find<Endpoint>(QStringLiteral("e1"), ObjectKind::Endpoint)->privateDns, true);
    const auto *fl = d.find<FlowLog>(QStringLiteral("fl-1"), ObjectKind::FlowLog);
    QCOMPARE(fl->maxAggregationInterval, 600);
    QCOMPARE(fl->trafficType, TrafficType::All);
    QCOMPARE(fl->destination, LogDestination::CloudWatchLogs);
    QCOMPARE(fl->format, QStringLiteral("default"));
    const auto *p = d.find<PeeringConnection>(QStringLiteral("pcx-1"), ObjectKind::PeeringConnection);
    QCOMPARE(p->status, PeeringStatus::Active);
    QVERIFY(!p->requesterDnsResolution && !p->accepterDnsResolution);
    const auto *s = d.find<Scenario>(QStringLiteral("t1"), ObjectKind::Scenario);
    QCOMPARE(s->start, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    const auto *f = d.find<Flow>(QStringLiteral("f1"), ObjectKind::Flow);
    QCOMPARE(f->packetsPerSecond, 1.0);
    QCOMPARE(f->bytesPerPacket, 100.0);
    QCOMPARE(f->reply, true);
    QCOMPARE(f->start, 0.0);
    const auto *i = d.find<Instance>(QStringLiteral("i-1"), ObjectKind::Instance);
    QVERIFY(!i->privateIp.isValid());
    QVERIFY(i->securityGroups.isEmpty());
    // A derived interface id: stable, AWS-shaped.
    QCOMPARE(i->effectiveEni(), i->effectiveEni());
    QVERIFY(i->effectiveEni().startsWith(QLatin1String("eni-")));
    QCOMPARE(i->effectiveEni().size(), 21);
}

void TestDesignFormat::implicitObjects()
{
    const LoadResult r = DesignFormat::read("vpc-designer: 1\n"
                                            "vpcs:\n"
                                            "  - id: vpc-a\n"
                                            "    region: us-east-1\n"
                                            "    cidr-blocks: [10.0.0.0/16, 10.1.0.0/16]\n"
                                            "    ipv6-cidr-blocks: [\"2600::/56\"]\n"
                                            "    subnets: [{id: s1, az: us-east-1a, cidr: 10.0.1.0/24}]\n"
                                            "    security-groups: [{id: sg-a}]\n",
                                            QStringLiteral("implicit.yaml"));
    QVERIFY(r.ok());
    const Design &d = *r.design;
    const Subnet *s = d.findSubnet(QStringLiteral("s1"));
    const RouteTable &main = d.routeTableOf(*s);
    QCOMPARE(main.id, QStringLiteral("vpc-a:main"));
    QVERIFY(main.main);
    QVERIFY(!d.contains(main.id)); // implicit: not in the index, never written
    const RouteList routes = d.effectiveRoutes(main);
    QCOMPARE(routes.size(), 3);
    for (const Route &route : routes) {
        QCOMPARE(route.target, QStringLiteral("local"));
        QVERIFY(route.implicit);
    }
    QCOMPARE(routes[1].destination.toString(), QStringLiteral("10.1.0.0/16"));
    const NetworkAcl &acl = d.networkAclOf(*s);
    QCOMPARE(acl.id, QStringLiteral("vpc-a:default-acl"));
    QCOMPARE(acl.ingress.size(), 2);
    QVERIFY(acl.ingress[0].allow && acl.ingress[0].protocol.isAll());
    QCOMPARE(acl.ingress[1].cidr.toString(), QStringLiteral("::/0"));
    const auto *sg = d.find<SecurityGroup>(QStringLiteral("sg-a"), ObjectKind::SecurityGroup);
    const SgRuleList egress = sg->effectiveEgress();
    QCOMPARE(egress.size(), 2);
    QCOMPARE(egress[0].cidr.toString(), QStringLiteral("0.0.0.0/0"));
    QVERIFY(egress[0].protocol.isAll());
    QVERIFY(!DesignFormat::write(d).contains("vpc-a:main"));
}

void TestDesignFormat::unknownKeysKeptWithWarning()
{
    const QByteArray text = "vpc-designer: 1\n"
                            "owner: team-network\n"
                            "vpcs:\n"
                            "  - id: vpc-a\n"
                            "    region: us-east-1\n"
                            "    cidr-blocks: [10.0.0.0/16]\n"
                            "    tags: {env: prod, cost-centre: 42}\n"
                            "    internet-gateway: {id: igw-a, note: spare}\n";
    const LoadResult r = DesignFormat::read(text, QStringLiteral("extra.yaml"));
    QVERIFY(r.ok());
    const DiagnosticList warnings = r.warnings();
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings[0].line, 2);
    QCOMPARE(warnings[0].column, 1);
    QVERIFY(warnings[0].message.contains(QLatin1String("'owner'")));
    QCOMPARE(warnings[1].line, 7);
    QCOMPARE(warnings[1].column, 5);
    QVERIFY(warnings[1].message.contains(QLatin1String("'tags'")));
    const QByteArray saved = DesignFormat::write(*r.design);
    QVERIFY2(saved.contains("owner: team-network\n"), saved.constData());
    QVERIFY2(saved.contains("    tags:\n      env: prod\n      cost-centre: 42\n"), saved.constData());
    QVERIFY2(saved.contains("internet-gateway: {id: igw-a, note: spare}"), saved.constData());
    const LoadResult again = DesignFormat::read(saved, QStringLiteral("saved.yaml"));
    QVERIFY(again.ok());
    QCOMPARE(DesignFormat::write(*again.design), saved);
}

void TestDesignFormat::awkwardStrings_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("colon space") << QStringLiteral("web: public");
    QTest::newRow("hash") << QStringLiteral("tier #1");
    QTest::newRow("leading dash") << QStringLiteral("-web");
    QTest::newRow("leading star") << QStringLiteral("*web");
    QTest::newRow("bool word") << QStringLiteral("true");
    QTest::newRow("yes word") << QStringLiteral("yes");
    QTest::newRow("null word") << QStringLiteral("null");
    QTest::newRow("tilde") << QStringLiteral("~");
    QTest::newRow("number") << QStringLiteral("123456789012");
    QTest::newRow("float") << QStringLiteral("1.5e3");
    QTest::newRow("hex") << QStringLiteral("0x1F");
    QTest::newRow("quotes") << QStringLiteral("say \"hi\" and 'bye'");
    QTest::newRow("backslash") << QStringLiteral("C:\\path");
    QTest::newRow("unicode") << QStringLiteral("Zürich – 東京 🚀");
    QTest::newRow("tab") << QStringLiteral("a\tb");
    QTest::newRow("control") << QString(QChar(7)) + QStringLiteral("bell");
    QTest::newRow("leading space") << QStringLiteral(" padded ");
    QTest::newRow("brackets") << QStringLiteral("[a, b] {c}");
    QTest::newRow("percent") << QStringLiteral("%TAG");
    QTest::newRow("ampersand") << QStringLiteral("&anchor");
    QTest::newRow("multi line") << QStringLiteral("line one\nline two\n");
    QTest::newRow("multi line no end") << QStringLiteral("line one\n  indented");
    QTest::newRow("multi line many ends") << QStringLiteral("a\n\n\n");
    QTest::newRow("leading space line") << QStringLiteral("  starts with spaces\nthen not\n");
    QTest::newRow("only newlines") << QStringLiteral("\n\n");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb");
}

void TestDesignFormat::awkwardStrings()
{
    QFETCH(QString, name);
    Design design;
    design.name = name;
    design.description = name;
    auto vpc = std::make_unique<Vpc>();
    vpc->id = QStringLiteral("vpc-a");
    vpc->name = name;
    vpc->region = QStringLiteral("us-east-1");
    vpc->cidrBlocks = {*Cidr::parse(std::string_view("10.0.0.0/16"))};
    ObjectPtr owned = std::move(vpc);
    QVERIFY(design.insert(nullptr, owned));
    const QByteArray saved = DesignFormat::write(design);
    const LoadResult r = DesignFormat::read(saved, QStringLiteral("strings.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.firstError().toString() + QLatin1Char('\n') + QString::fromUtf8(saved)));
    QCOMPARE(r.design->name, name);
    QCOMPARE(r.design->description, name);
    QCOMPARE(r.design->findVpc(QStringLiteral("vpc-a"))->name, name);
    QCOMPARE(DesignFormat::write(*r.design), saved);
}

void TestDesignFormat::hostBitsKept()
{
    // AWS would store 10.0.1.0/24; the file keeps what was written so the validator can
    // say so (cidr-host-bits) and the user sees their own text.
    const LoadResult r = DesignFormat::read("vpc-designer: 1\nvpcs:\n  - id: v\n    region: r\n"
                                            "    cidr-blocks: [10.0.1.7/24]\n",
                                            QStringLiteral("host.yaml"));
    QVERIFY(r.ok());
    QVERIFY(DesignFormat::write(*r.design).contains("cidr-blocks: [10.0.1.7/24]"));
}

void TestDesignFormat::aliasesWithinBudget()
{
    // Real reuse of anchors is fine: a rule list shared by several groups.
    const LoadResult r = DesignFormat::read("vpc-designer: 1\n"
                                            "vpcs:\n"
                                            "  - id: v\n"
                                            "    region: us-east-1\n"
                                            "    cidr-blocks: [10.0.0.0/16]\n"
                                            "    security-groups:\n"
                                            "      - id: sg-1\n"
                                            "        ingress: &web [{protocol: tcp, ports: 443, source: 0.0.0.0/0}]\n"
                                            "      - id: sg-2\n"
                                            "        ingress: *web\n",
                                            QStringLiteral("alias.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.firstError().toString()));
    const auto *sg2 = r.design->find<SecurityGroup>(QStringLiteral("sg-2"), ObjectKind::SecurityGroup);
    QCOMPARE(sg2->ingress.size(), 1);
    QCOMPARE(sg2->ingress[0].ports.from, 443);
}

void TestDesignFormat::saveIsAtomic()
{
    QTemporaryDir dir;
    const LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"));
    QVERIFY(r.ok());
    // A file whose name is as long as a name may be: it exists, but no temporary file
    // can be made beside it, so the save must fail before touching it. (Folder
    // permissions would do too, but root ignores them.)
    const QString path = dir.filePath(QString(250, QLatin1Char('d')) + QStringLiteral(".yaml"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("original contents\n");
    }
    QString error;
    if (DesignFormat::save(*r.design, path, &error))
        QSKIP("this file system makes temporary files without names; nothing here can fail");
    QVERIFY(error.contains(path));
    QCOMPARE(readAll(path), QByteArray("original contents\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void TestDesignFormat::saveOverExisting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.yaml"));
    const LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"));
    QVERIFY(r.ok());
    QString error;
    QVERIFY(DesignFormat::save(*r.design, path, &error));
    QCOMPARE(readAll(path), DesignFormat::write(*r.design));
    // Saving to a path inside a missing folder fails cleanly.
    QVERIFY(!DesignFormat::save(*r.design, dir.filePath(QStringLiteral("missing/x.yaml")), &error));
    QVERIFY(!error.isEmpty());
}

void TestDesignFormat::slicePlans_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("slices"); // 0: no plan
    QTest::addColumn<int>("indent");
    const QByteArray items = "  - id: a\n    x: 1\n  - id: b\n\n  # a comment\n  - id: c\n  - id: d\n";
    QTest::newRow("indented list") << "vpc-designer: 1\nvpcs:\n" + items + "layout: {}\n" << 2 << 2;
    QTest::newRow("list at column 0") << QByteArray("vpcs:\n- id: a\n- id: b\n- id: c\n- id: d\ntraffic: []\n") << 2
                                      << 0;
    QTest::newRow("flow list") << QByteArray("vpcs: [{id: a}, {id: b}, {id: c}, {id: d}]\n") << 0 << 0;
    QTest::newRow("too few items") << QByteArray("vpcs:\n  - id: a\n") << 0 << 0;
    QTest::newRow("no vpcs") << QByteArray("vpc-designer: 1\nname: x\n") << 0 << 0;
    QTest::newRow("second document") << "vpcs:\n" + items + "---\nname: x\n" << 0 << 0;
    QTest::newRow("tab indent") << QByteArray("vpcs:\n\t- id: a\n") << 0 << 0;
}

void TestDesignFormat::slicePlans()
{
    QFETCH(QByteArray, text);
    QFETCH(int, slices);
    QFETCH(int, indent);
    const auto plan = YamlSlices::plan(text, 2);
    QCOMPARE(plan.has_value(), slices > 0);
    if (!plan)
        return;
    QCOMPARE(int(plan->count()), slices);
    QCOMPARE(plan->indent, indent);
    // Slices and skeleton keep every line where it was.
    const QByteArray skeleton = plan->skeleton(text);
    QCOMPARE(skeleton.count('\n'), text.count('\n'));
    QByteArray joined;
    for (size_t k = 0; k < plan->count(); ++k)
        joined += plan->slice(text, k).mid(plan->cutLines[k]);
    QCOMPARE(joined, text.mid(plan->regionStart, plan->regionEnd - plan->regionStart));
}

void TestDesignFormat::slicedReadEqualsWholeRead()
{
    const auto design = makeSyntheticDesign({250});
    const QByteArray bytes = DesignFormat::write(*design);
    QVERIFY(bytes.size() > DesignFormat::SliceThreshold);
    QVERIFY(YamlSlices::plan(bytes, 2).has_value());
    const LoadResult sliced = DesignFormat::read(bytes, QStringLiteral("big.yaml"));
    const LoadResult whole = DesignFormat::read(bytes, QStringLiteral("big.yaml"), false);
    QVERIFY(sliced.ok() && whole.ok());
    QCOMPARE(designDifference(*sliced.design, *whole.design), QString());
    QCOMPARE(sliced.design->objectCount(), whole.design->objectCount());
    // Positions recorded on objects are the file's own lines.
    whole.design->forEachObject([&](Object &o) {
        const Object *s = sliced.design->find(o.id);
        QVERIFY(s && s->line == o.line && s->column == o.column);
    });
    QCOMPARE(DesignFormat::write(*sliced.design), bytes);
}

void TestDesignFormat::slicedReadFallsBack_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    // Trouble deep in the second half of the list, or between halves: the messages are
    // exactly those of a whole read.
    QTest::newRow("bad cidr late") << QByteArray("cidr: 10.0.240.0/24") << QByteArray("cidr: 10.0.240.0/99");
    QTest::newRow("unknown key late") << QByteArray("  - id: vpc-0240\n")
                                      << QByteArray("  - id: vpc-0240\n    colour: red\n");
    QTest::newRow("duplicate across halves") << QByteArray("  - id: vpc-0240\n") << QByteArray("  - id: vpc-0001\n");
    QTest::newRow("anchor used across halves") << QByteArray("  - id: vpc-0001\n    name: service-0001\n")
                                               << QByteArray("  - id: vpc-0001\n    name: &n service-0001\n");
}

void TestDesignFormat::slicedReadFallsBack()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QByteArray bytes = DesignFormat::write(*makeSyntheticDesign({250}));
    QVERIFY(bytes.contains(from));
    bytes.replace(from, to);
    if (QByteArray(QTest::currentDataTag()).startsWith("anchor"))
        bytes.replace("  - id: vpc-0240\n    name: service-0240\n", "  - id: vpc-0240\n    name: *n\n");
    const LoadResult sliced = DesignFormat::read(bytes, QStringLiteral("big.yaml"));
    const LoadResult whole = DesignFormat::read(bytes, QStringLiteral("big.yaml"), false);
    QCOMPARE(sliced.ok(), whole.ok());
    QCOMPARE(sliced.diagnostics.size(), whole.diagnostics.size());
    QVERIFY(!whole.diagnostics.isEmpty() || whole.ok());
    for (qsizetype i = 0; i < whole.diagnostics.size(); ++i)
        QCOMPARE(sliced.diagnostics[i].toString(), whole.diagnostics[i].toString());
    if (whole.ok())
        QCOMPARE(designDifference(*sliced.design, *whole.design), QString());
}

QTEST_GUILESS_MAIN(TestDesignFormat)
#include "tst_designformat.moc"
