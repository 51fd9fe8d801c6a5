#include "design.h"
#include "designformat.h"
#include "document.h"
#include "intentcheck.h"
#include "intentrules.h"
#include "propertycommand.h"
#include "randomedits.h"
#include "syntheticdesign.h"
#include "validationengine.h"

#include <QTest>

/// Intents proved on slices of the design (DesignSlicer, IntentFindings) give what they
/// give on the whole design: the same verdicts, messages and witnesses, after every step
/// of random edit sequences; and a slice is a few VPCs, not the design.
class TestDesignSlice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEdits_data();
    void randomEdits();
    void footprint();
    void theInternetIsTheWholeDesigns();
    void anEditReprovesWhatItReaches();
};

namespace {

QString num(int i)
{
    return QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
}

QStringList idsOf(const Design &design, ObjectKind kind)
{
    QStringList ids;
    design.forEachObject([&](Object &o) {
        if (o.kind == kind)
            ids.append(o.id);
    });
    return ids;
}

/// `count` intents over every kind of space: objects of each kind, blocks, a public
/// address, the internet, a service; every protocol or one; a port, a range or all; via.
void addIntents(Design &design, QRandomGenerator &rng, int count)
{
    const QList<ObjectKind> kinds{ObjectKind::Vpc,      ObjectKind::Subnet,     ObjectKind::SecurityGroup,
                                  ObjectKind::Instance, ObjectKind::NatGateway, ObjectKind::Endpoint};
    QList<QStringList> ids;
    for (const ObjectKind k : kinds)
        ids.append(idsOf(design, k));
    const auto space = [&]() -> QString {
        switch (rng.bounded(9)) {
        case 0:
            return QStringLiteral("internet");
        case 1:
            return QStringLiteral("service:s3");
        case 2: {
            const QStringList vpcs = idsOf(design, ObjectKind::Vpc);
            const Vpc *v = vpcs.isEmpty() ? nullptr : design.findVpc(vpcs[int(rng.bounded(vpcs.size()))]);
            return v && !v->cidrBlocks.isEmpty() ? v->cidrBlocks.front().toString() : QStringLiteral("10.0.0.0/8");
        }
        case 3: // the public addresses of one VPC's instances
            return QStringLiteral("54.0.%1.0/24").arg(rng.bounded(int(design.vpcs().size())));
        default: {
            const QStringList &list = ids[int(rng.bounded(ids.size()))];
            return list.isEmpty() ? QStringLiteral("internet") : list[int(rng.bounded(list.size()))];
        }
        }
    };
    for (int n = 0; n < count; ++n) {
        auto intent = std::make_unique<Intent>();
        intent->id = design.uniqueId(QStringLiteral("intent-"));
        intent->from = {space()};
        intent->to = {space()};
        if (rng.bounded(4) == 0)
            intent->to.append(space());
        switch (rng.bounded(3)) {
        case 0:
            intent->protocol = Protocol(Protocol::All);
            break;
        case 1:
            intent->protocol = Protocol(Protocol::Tcp);
            intent->ports = {rng.bounded(2) ? PortRange::single(443) : PortRange{1024, 9000}};
            break;
        default:
            intent->protocol = Protocol(Protocol::Udp);
            intent->ports = {PortRange::single(53)};
            break;
        }
        intent->expect = IntentExpect(rng.bounded(3));
        if (rng.bounded(6) == 0) {
            const QStringList &endpoints = ids[5];
            if (!endpoints.isEmpty())
                intent->via = endpoints[int(rng.bounded(endpoints.size()))];
        }
        ObjectPtr o(intent.release());
        design.insert(nullptr, o);
    }
}

FindingList intentFindingsOf(const FindingList &all)
{
    FindingList out;
    for (const Finding &f : all)
        if (f.rule.startsWith(QLatin1String("intent-")))
            out.append(f);
    return out;
}

FindingList whole(const Design &design)
{
    FindingList out;
    FindingSink sink(out);
    IntentRules::check(design, sink);
    Validator::sort(out);
    return out;
}

QString describe(const FindingList &list)
{
    QString out;
    for (const Finding &f : list)
        out += QStringLiteral("  %1 %2: %3 [%4 -> %5 %6/%7]\n")
                   .arg(f.rule, f.objects.join(QLatin1Char(',')), f.message, f.witness.from, f.witness.to,
                        f.witness.protocol)
                   .arg(f.witness.port);
    return out;
}

} // namespace

void TestDesignSlice::randomEdits_data()
{
    QTest::addColumn<QString>("design");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");
    QTest::newRow("three-tier 11") << "three-tier" << 11u << 400;
    QTest::newRow("peered-web 12") << "peered-web" << 12u << 400;
    QTest::newRow("synthetic 60 VPCs 13") << "synthetic" << 13u << 300;
    QTest::newRow("synthetic 60 VPCs 14") << "synthetic" << 14u << 300;
    QTest::newRow("synthetic 60 VPCs 15") << "synthetic" << 15u << 300;
}

void TestDesignSlice::randomEdits()
{
    QFETCH(QString, design);
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    std::unique_ptr<Design> start =
        design == QLatin1String("synthetic")
            ? makeSyntheticDesign({60})
            : std::move(DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/%1.yaml").arg(design)).design);
    QVERIFY(start);
    QRandomGenerator rng(seed);
    addIntents(*start, rng, design == QLatin1String("synthetic") ? 12 : 16);
    Document document(std::move(start), QString());
    ValidationEngine engine(&document);
    RandomEditor editor(&document, seed);
    int sliced = 0;
    int reproved = 0;
    for (int i = 0; i < steps; ++i) {
        QString what = editor.step();
        if (i % 9 == 4 && document.undoStack()->canUndo()) {
            document.undoStack()->undo();
            what += QStringLiteral(" (undone)");
        }
        const FindingList incremental = intentFindingsOf(engine.findings());
        const FindingList full = whole(document.design());
        if (incremental != full)
            QFAIL(qPrintable(QStringLiteral("step %1 (%2):\nincremental:\n%3whole design:\n%4")
                                 .arg(i)
                                 .arg(what, describe(incremental), describe(full))));
        const IntentFindings &intents = engine.intentFindings();
        reproved += intents.lastProved();
        if (intents.lastProved() > 0 && intents.lastSliceVpcs() < int(document.design().vpcs().size()))
            ++sliced;
    }
    // The test proves something only when intents were proved again on slices.
    QVERIFY2(reproved > 0, qPrintable(QString::number(reproved)));
    qDebug() << "steps proved again on a slice:" << sliced << "of" << steps;
    if (design == QLatin1String("synthetic"))
        QVERIFY2(sliced > steps / 4, qPrintable(QString::number(sliced)));
}

void TestDesignSlice::footprint()
{
    auto design = makeSyntheticDesign({40});
    DesignSlicer slicer;
    slicer.reset(*design);
    // Between two groups of one VPC: it, its peers, nothing else.
    const QString vpc = QStringLiteral("vpc-%1").arg(num(7));
    const QSet<QString> f =
        slicer.footprint(*design, {QStringLiteral("sg-%1-web").arg(num(7)), QStringLiteral("sg-%1-db").arg(num(7))});
    QSet<QString> expected{vpc};
    for (const PeeringConnection *p : design->peerings())
        if (p->requester == vpc || p->accepter == vpc)
            expected.insert(p->peerOf(vpc));
    QCOMPARE(f, expected);
    QVERIFY(f.size() < 10);
    // The internet and services add no VPC.
    QCOMPARE(slicer.footprint(*design, {QStringLiteral("internet"), QStringLiteral("service:s3")}), QSet<QString>());
    // A block: every VPC whose blocks or public addresses meet it (and their peers).
    const QSet<QString> all = slicer.footprint(*design, {QStringLiteral("10.0.0.0/8")});
    QCOMPARE(all.size(), 40);
    const QSet<QString> publicOf7 = slicer.footprint(*design, {QStringLiteral("54.0.7.0/24")});
    QVERIFY(publicOf7.contains(vpc));
    QVERIFY(publicOf7.size() < 10);
    // A member elsewhere: an instance of VPC 20 in a group of VPC 7 brings VPC 20 in.
    const QString other = QStringLiteral("vpc-%1").arg(num(20));
    QVERIFY(!f.contains(other));
    auto *instance = design->find<Instance>(QStringLiteral("i-%1-00").arg(num(20)), ObjectKind::Instance);
    QVERIFY(instance);
    instance->securityGroups.append(QStringLiteral("sg-%1-web").arg(num(7)));
    QCOMPARE(slicer.update(*design, other), int(DesignSlicer::Footprints));
    QVERIFY(slicer.footprint(*design, {QStringLiteral("sg-%1-web").arg(num(7))}).contains(other));
    // The slice: those VPCs in the design's order, the peerings between them, every bucket.
    const auto slice = DesignSlicer::slice(*design, expected);
    QCOMPARE(qsizetype(slice->vpcs().size()), expected.size());
    for (const PeeringConnection *p : slice->peerings())
        QVERIFY(expected.contains(p->requester) && expected.contains(p->accepter));
    QCOMPARE(slice->buckets().size(), design->buckets().size());
}

void TestDesignSlice::theInternetIsTheWholeDesigns()
{
    // The ACL of VPC 1's subnets denies a block that VPC 30 holds: for the whole design those
    // addresses are VPC 30's, not the internet, so "the internet reaches the web tier on
    // 443" holds. A slice without VPC 30 must still say so: its Atoms take the whole
    // design's context. Without the context the same slice finds a violation.
    auto design = makeSyntheticDesign({40});
    const QString vpcId = QStringLiteral("vpc-%1").arg(num(1));
    auto *vpc = design->findVpc(vpcId);
    const Cidr far = design->findVpc(QStringLiteral("vpc-%1").arg(num(30)))->cidrBlocks.front();
    // (Without the S3 endpoint on the public table: answers to S3's addresses would take it.)
    design->find<Endpoint>(QStringLiteral("vpce-%1-s3").arg(num(1)), ObjectKind::Endpoint)
        ->routeTables.removeAll(QStringLiteral("rtb-%1-public").arg(num(1)));
    auto acl = std::make_unique<NetworkAcl>();
    acl->id = QStringLiteral("acl-web-guard");
    NaclRule deny;
    deny.number = 100;
    deny.protocol = Protocol(Protocol::All);
    deny.ports = PortRange::all();
    deny.cidr = far;
    deny.allow = false;
    NaclRule allow = deny;
    allow.number = 200;
    allow.cidr = *Cidr::parse(std::string_view("0.0.0.0/0"));
    allow.allow = true;
    acl->ingress = {deny, allow};
    acl->egress = {allow};
    ObjectPtr aclObject(acl.release());
    QVERIFY(design->insert(vpc, aclObject));
    for (const Subnet *s : vpc->subnetList())
        const_cast<Subnet *>(s)->networkAcl = QStringLiteral("acl-web-guard");
    auto intent = std::make_unique<Intent>();
    intent->id = QStringLiteral("intent-web-open");
    intent->from = {QStringLiteral("internet")};
    intent->to = {QStringLiteral("sg-%1-web").arg(num(1))};
    intent->protocol = Protocol(Protocol::Tcp);
    intent->ports = {PortRange::single(443)};
    intent->expect = IntentExpect::All;
    const Intent &written = *intent;
    ObjectPtr intentObject(intent.release());
    QVERIFY(design->insert(nullptr, intentObject));

    QVERIFY2(whole(*design).isEmpty(), qPrintable(describe(whole(*design))));
    IntentFindings incremental;
    QCOMPARE(incremental.check(*design), FindingList());
    DesignSlicer slicer;
    slicer.reset(*design);
    const QSet<QString> footprint = slicer.footprint(*design, written.from + written.to);
    QVERIFY(!footprint.contains(QStringLiteral("vpc-%1").arg(num(30))));
    const auto slice = DesignSlicer::slice(*design, footprint);
    const Simulator simulator(*slice);
    QCOMPARE(IntentCheck(Reachability(simulator, &slicer.context())).check(written).status,
             IntentResult::Status::Holds);
    const Reachability bare(simulator);
    QCOMPARE(IntentCheck(bare).check(written).status, IntentResult::Status::Violated);
}

void TestDesignSlice::anEditReprovesWhatItReaches()
{
    auto design = makeSyntheticDesign({60});
    // One intent per VPC 0-9, between its web and database groups.
    for (int v = 0; v < 10; ++v) {
        auto intent = std::make_unique<Intent>();
        intent->id = QStringLiteral("intent-%1").arg(v);
        intent->from = {QStringLiteral("sg-%1-web").arg(num(v))};
        intent->to = {QStringLiteral("sg-%1-db").arg(num(v))};
        intent->protocol = Protocol(Protocol::Tcp);
        intent->ports = {PortRange::single(5432)};
        ObjectPtr o(intent.release());
        design->insert(nullptr, o);
    }
    Document document(std::move(design), QString());
    ValidationEngine engine(&document);
    engine.flush();
    // A rule of VPC 45's web group: no intent's slice holds VPC 45 (unless it peers with one).
    const IntentFindings &intents = engine.intentFindings();
    const QString far = QStringLiteral("sg-%1-web").arg(num(45));
    auto *group = document.design().find<SecurityGroup>(far, ObjectKind::SecurityGroup);
    SgRuleList rules = group->ingress;
    rules[0].ports = PortRange::single(8443);
    document.undoStack()->push(
        new ChangePropertyCommand(&document, far, QStringLiteral("ingress"), QVariant::fromValue(rules)));
    engine.flush();
    QVERIFY2(intents.lastProved() <= 3, qPrintable(QString::number(intents.lastProved())));
    // A rule of VPC 3's database group: intent-3 again, on a few VPCs.
    const QString db = QStringLiteral("sg-%1-db").arg(num(3));
    rules = document.design().find<SecurityGroup>(db, ObjectKind::SecurityGroup)->ingress;
    rules.clear();
    document.undoStack()->push(
        new ChangePropertyCommand(&document, db, QStringLiteral("ingress"), QVariant::fromValue(rules)));
    engine.flush();
    QVERIFY(intents.lastProved() >= 1);
    QVERIFY2(intents.lastSliceVpcs() < 30, qPrintable(QString::number(intents.lastSliceVpcs())));
    QCOMPARE(intentFindingsOf(engine.findings()), whole(document.design()));
}

QTEST_GUILESS_MAIN(TestDesignSlice)
#include "tst_designslice.moc"
