#include "designcompare.h"
#include "designformat.h"
#include "document.h"
#include "parallel.h"
#include "randomedits.h"
#include "reachability.h"
#include "reachmatrix.h"
#include "syntheticdesign.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <set>

/// The reachability engine (INTENTS.md): its classes are exact. A million random packets
/// over the test designs and the synthetic 200-VPC design, each run through the simulator
/// on its own, get the verdict of the class the engine puts them in; and the classes of a
/// query cover what they claim with the verdicts a flow of theirs gets.
class TestReachability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPacketGetsItsClassVerdict_data();
    void everyPacketGetsItsClassVerdict();
    void spaces_data();
    void spaces();
    void classesOfAQuery();
    void witnessRunsAsAFlow();
    void openSets_data();
    void openSets();
    void matrixOfTheExample();
    void mergedMatrixIsTheSame_data();
    void mergedMatrixIsTheSame();
    void diffComputesWhatAnEditCanChange_data();
    void diffComputesWhatAnEditCanChange();
    void openSetsSubtract();

private:
    static QStringList designFiles();
    /// The design of a file, or (empty path) the synthetic design of `vpcs` VPCs.
    static std::unique_ptr<Design> designOf(const QString &path, int vpcs);
};

std::unique_ptr<Design> TestReachability::designOf(const QString &path, int vpcs)
{
    if (path.isEmpty())
        return makeSyntheticDesign({vpcs, false});
    LoadResult r = DesignFormat::load(path);
    return std::move(r.design);
}

QStringList TestReachability::designFiles()
{
    QStringList out;
    for (const QString &dir :
         {QStringLiteral(VPC_TEST_DATA "/simulation"), QStringLiteral(VPC_EXAMPLES), QStringLiteral(VPC_LESSONS)}) {
        const QDir d(dir);
        for (const QString &name : d.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
            out.append(d.filePath(name));
    }
    return out;
}

namespace {

/// Draws packets the way that finds wrong classes soonest: ends at class edges, at
/// interfaces' own addresses, by id, anywhere; ports at class edges and anywhere.
class PacketDrawer
{
public:
    PacketDrawer(const Reachability &engine, quint32 seed) : mEngine(engine), mRng(seed)
    {
        const Network &n = engine.network();
        for (const Network::Interface &i : n.interfaces) {
            if (i.owner && i.kind != Network::Interface::Kind::InterfaceEndpoint)
                mIds.append(i.owner->id);
            for (const IpAddress &a : {i.privateV4, i.publicV4, i.v6})
                if (a.isValid())
                    mAddresses.append(a);
        }
    }

    void draw(Flow &f)
    {
        f.from = end();
        f.to = end();
        const int p = int(mRng.bounded(10));
        f.protocol = Protocol(p < 4   ? Protocol::Tcp
                              : p < 7 ? Protocol::Udp
                              : p < 8 ? Protocol::Icmp
                              : p < 9 ? Protocol::Icmpv6
                                      : int(mRng.bounded(256)));
        f.port = f.protocol.hasPorts() ? port() : -1;
        f.sourcePort = f.protocol.hasPorts()
                           ? int(Atoms::Ephemeral.from + mRng.bounded(Atoms::Ephemeral.to - Atoms::Ephemeral.from + 1))
                           : -1;
        f.reply = true;
    }

private:
    QString end()
    {
        const Atoms &atoms = mEngine.atoms();
        switch (mRng.bounded(7)) {
        case 0:
            if (!mIds.isEmpty())
                return mIds[int(mRng.bounded(mIds.size()))];
            [[fallthrough]];
        case 1:
            if (!mAddresses.isEmpty())
                return mAddresses[int(mRng.bounded(mAddresses.size()))].toString();
            [[fallthrough]];
        case 2:
            return QStringLiteral("service:") + (mRng.bounded(2) ? QStringLiteral("s3") : QStringLiteral("dynamodb"));
        case 3:
            return IpAddress::v4(mRng.generate()).toString();
        default: {
            // A class, then an address in it: its first, its last, or one between.
            const auto f = mRng.bounded(4) ? IpAddress::Family::V4 : IpAddress::Family::V6;
            const int c = int(mRng.bounded(atoms.addressClasses(f)));
            const IpAddress first = atoms.classFirst(f, c);
            const IpAddress last = atoms.classLast(f, c);
            const u128 span = last.value() - first.value();
            u128 offset = 0;
            switch (mRng.bounded(3)) {
            case 0:
                break;
            case 1:
                offset = span;
                break;
            default:
                offset = span == 0 ? 0 : ((u128(mRng.generate64()) << 64) | mRng.generate64()) % (span + 1);
            }
            return (f == IpAddress::Family::V4 ? IpAddress::v4(quint32(first.value() + offset))
                                               : IpAddress::v6(first.value() + offset))
                .toString();
        }
        }
    }

    int port()
    {
        const auto &classes = mEngine.atoms().portClasses();
        const PortRange r = classes[size_t(mRng.bounded(int(classes.size())))];
        switch (mRng.bounded(3)) {
        case 0:
            return r.from;
        case 1:
            return r.to;
        default:
            return int(mRng.bounded(65536));
        }
    }

    const Reachability &mEngine;
    QRandomGenerator mRng;
    QStringList mIds;
    QList<IpAddress> mAddresses;
};

} // namespace

void TestReachability::everyPacketGetsItsClassVerdict_data()
{
    QTest::addColumn<QString>("path"); // empty: the synthetic design
    QTest::addColumn<int>("packets");
    const QStringList files = designFiles();
    // A million in all: 600,000 over the files, 400,000 over the synthetic design.
    const int each = (600000 + int(files.size()) - 1) / int(files.size());
    for (const QString &p : files)
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p << each;
    QTest::newRow("synthetic 200 VPCs") << QString() << 400000;
}

void TestReachability::everyPacketGetsItsClassVerdict()
{
    QFETCH(QString, path);
    QFETCH(int, packets);
    std::unique_ptr<Design> design = designOf(path, 200);
    QVERIFY2(design, qPrintable(path));
    const Simulator sim(*design);
    const Reachability engine(sim);
    PacketDrawer drawer(engine, quint32(qHash(path)) ^ 0x5eed);
    int compared = 0, refused = 0, delivered = 0, answered = 0;
    QStringList disagreements;
    // Packets are drawn in batches on this thread (one random sequence), then each is run
    // on its own and classed on every core.
    struct Verdict
    {
        bool refused = false, delivered = false, answered = false, classed = false;
        QString disagreement;
    };
    constexpr int Batch = 20000;
    std::vector<Flow> batch(Batch);
    std::vector<Verdict> verdicts(Batch);
    for (int drawn = 0; compared < packets && drawn < packets * 20;) {
        const int n = std::min(Batch, packets - compared);
        for (int i = 0; i < n; ++i) {
            batch[size_t(i)].id = QStringLiteral("probe");
            drawer.draw(batch[size_t(i)]);
        }
        drawn += n;
        Parallel::forEach(n, [&](qsizetype i) {
            const Flow &f = batch[size_t(i)];
            Verdict &v = verdicts[size_t(i)];
            v = Verdict();
            const FlowRun concrete = sim.run(f);
            const auto c = engine.classOf(f);
            v.classed = c.has_value();
            if (!concrete.error.isEmpty()) {
                v.refused = true;
                // A packet the simulator refuses is refused in its class too (or has none).
                if (c && c->error.isEmpty())
                    v.disagreement = QStringLiteral("%1 -> %2 %3/%4: the packet is refused (%5), its class is not")
                                         .arg(f.from, f.to, f.protocol.toString())
                                         .arg(f.port)
                                         .arg(concrete.error);
                return;
            }
            v.delivered = concrete.requestDelivered();
            v.answered = concrete.delivered();
            if (c && (c->delivered != v.delivered || c->answered != v.answered || !c->error.isEmpty()))
                v.disagreement =
                    QStringLiteral("%1 -> %2 %3 port %4 from %5: packet %6/%7, class %8/%9 (%10 -> %11) %12")
                        .arg(f.from, f.to, f.protocol.toString())
                        .arg(f.port)
                        .arg(f.sourcePort)
                        .arg(v.delivered)
                        .arg(v.answered)
                        .arg(c->delivered)
                        .arg(c->answered)
                        .arg(c->from.describe(engine.network()), c->to.describe(engine.network()), c->error);
        });
        for (int i = 0; i < n && compared < packets; ++i) {
            const Verdict &v = verdicts[size_t(i)];
            if (!v.disagreement.isEmpty() && disagreements.size() < 5)
                disagreements.append(v.disagreement);
            if (v.refused) {
                ++refused;
                continue;
            }
            QVERIFY2(v.classed, qPrintable(batch[size_t(i)].from + QStringLiteral(" -> ") + batch[size_t(i)].to));
            ++compared;
            delivered += v.delivered;
            answered += v.answered;
        }
    }
    qInfo("%d packets compared (%d delivered, %d answered), %d refused by the simulator as flows", compared, delivered,
          answered, refused);
    QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(u'\n')));
    QCOMPARE(compared, packets);
}

void TestReachability::spaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind"); // -1: refused
    QTest::addColumn<int>("interfaces");
    QTest::newRow("internet") << "internet" << int(Space::Kind::Internet) << 0;
    QTest::newRow("a service") << "service:s3" << int(Space::Kind::Service) << 0;
    QTest::newRow("a block") << "10.0.0.0/16" << int(Space::Kind::Block) << 0;
    QTest::newRow("an address") << "10.0.1.10" << int(Space::Kind::Block) << 0;
    // vpc-app: six instances, two NAT gateways, the interface endpoint in two subnets.
    QTest::newRow("a VPC") << "vpc-app" << int(Space::Kind::Interfaces) << 10;
    QTest::newRow("a subnet") << "subnet-app-a" << int(Space::Kind::Interfaces) << 2;
    QTest::newRow("a security group") << "sg-web" << int(Space::Kind::Interfaces) << 2;
    QTest::newRow("an instance") << "i-db-a" << int(Space::Kind::Interfaces) << 1;
    QTest::newRow("a NAT gateway") << "nat-b" << int(Space::Kind::Interfaces) << 1;
    QTest::newRow("a gateway endpoint") << "vpce-s3" << int(Space::Kind::Service) << 0;
    QTest::newRow("nothing") << "i-none" << -1 << 0;
    QTest::newRow("a route table") << "rtb-public" << -1 << 0;
}

void TestReachability::spaces()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(int, interfaces);
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(r.ok());
    const Network network(*r.design);
    QString why;
    const auto s = Space::resolve(network, text, &why);
    if (kind < 0) {
        QVERIFY(!s);
        QVERIFY2(why.contains(text), qPrintable(why));
        return;
    }
    QVERIFY2(s, qPrintable(why));
    QCOMPARE(int(s->kind), kind);
    if (s->kind == Space::Kind::Interfaces)
        QCOMPARE(int(s->interfaces.size()), interfaces);
}

void TestReachability::classesOfAQuery()
{
    // The three-tier example: the internet reaches the web tier on 443 (and 80), never the
    // database; the classes say so with exact port sets.
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(r.ok());
    const Simulator sim(*r.design);
    const Reachability engine(sim);
    QString why;
    Reachability::Query toWeb;
    toWeb.from = {*Space::resolve(engine.network(), QStringLiteral("internet"), &why)};
    toWeb.to = {*Space::resolve(engine.network(), QStringLiteral("sg-web"), &why)};
    toWeb.protocol = Protocol(Protocol::Tcp);
    QList<PortRange> open;
    qint64 classes = engine.forEachClass(toWeb, [&](const PacketClass &c) {
        if (c.answered && (open.isEmpty() || open.last() != c.ports))
            open.append(c.ports);
        return true;
    });
    QVERIFY(classes > 0);
    QVERIFY(!open.isEmpty());
    for (const PortRange &p : open)
        QVERIFY2(p == PortRange::single(443) || p == PortRange::single(80), qPrintable(p.toString()));
    Reachability::Query toDb = toWeb;
    toDb.to = {*Space::resolve(engine.network(), QStringLiteral("i-db-a"), &why)};
    toDb.protocol = Protocol(Protocol::All);
    int delivered = 0;
    engine.forEachClass(toDb, [&](const PacketClass &c) {
        delivered += c.delivered;
        return true;
    });
    QCOMPARE(delivered, 0);
    // Stopping early stops.
    QCOMPARE(engine.forEachClass(toDb, [](const PacketClass &) { return false; }), qint64(1));
}

void TestReachability::witnessRunsAsAFlow()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(r.ok());
    const Simulator sim(*r.design);
    const Reachability engine(sim);
    QString why;
    Reachability::Query q;
    q.from = {*Space::resolve(engine.network(), QStringLiteral("internet"), &why)};
    q.to = {*Space::resolve(engine.network(), QStringLiteral("sg-web"), &why)};
    q.protocol = Protocol(Protocol::Tcp);
    q.ports = {PortRange::single(443)};
    std::optional<PacketClass> found;
    engine.forEachClass(q, [&](const PacketClass &c) {
        if (c.answered)
            found = c;
        return !c.answered;
    });
    QVERIFY(found);
    const FlowRun run = engine.run(*found);
    QVERIFY(run.delivered());
    QVERIFY(run.request.count > 2);
    Flow f;
    found->toFlow(engine.network(), f);
    QCOMPARE(f.port, 443);
    QVERIFY(IpAddress::parse(QStringView(f.from)));
}

void TestReachability::openSets_data()
{
    QTest::addColumn<QStringList>("added"); // protocol:from-to
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("size");
    QTest::newRow("nothing") << QStringList{} << "" << qint64(0);
    QTest::newRow("merged and sorted") << QStringList{"6:443-443", "6:80-80", "6:81-100", "17:53-53"}
                                       << "tcp 80-100, 443; udp 53" << qint64(23);
    QTest::newRow("protocols without ports")
        << QStringList{"1:-1--1", "47:-1--1", "6:0-65535"} << "tcp 0-65535; icmp; 47" << qint64(65538);
}

void TestReachability::openSets()
{
    QFETCH(QStringList, added);
    QFETCH(QString, text);
    QFETCH(qint64, size);
    OpenSet open;
    for (const QString &a : added) {
        const int colon = int(a.indexOf(QLatin1Char(':')));
        const QString range = a.mid(colon + 1);
        const int dash = int(range.indexOf(QLatin1Char('-'), 1));
        open.add(Protocol(a.left(colon).toInt()), {range.left(dash).toInt(), range.mid(dash + 1).toInt()});
    }
    QCOMPARE(open.toString(), text);
    QCOMPARE(open.size(), size);
    QCOMPARE(open.isEmpty(), added.isEmpty());
}

void TestReachability::matrixOfTheExample()
{
    // The three-tier example's subnet matrix: the app tier reaches the database on 5432 and
    // nothing else; the web tier does not reach the data tier at all; each cell's witness
    // gets there and back when the simulator runs it.
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(r.ok());
    const Simulator sim(*r.design);
    const Reachability engine(sim);
    const QStringList subnets = ReachMatrix::subnets(*r.design);
    QString why;
    const auto m = ReachMatrix::compute(engine, subnets, subnets, true, &why);
    QVERIFY2(m, qPrintable(why));
    QVERIFY(m->pairs > 0 && m->pairs <= qint64(subnets.size() * subnets.size()));
    const auto open = [&](const QString &from, const QString &to) {
        const ReachMatrix::Cell *c = m->cell(int(subnets.indexOf(from)), int(subnets.indexOf(to)));
        return c ? c->open.toString() : QString();
    };
    QCOMPARE(open(QStringLiteral("subnet-app-a"), QStringLiteral("subnet-data-a")), QStringLiteral("tcp 5432"));
    QCOMPARE(open(QStringLiteral("subnet-public-a"), QStringLiteral("subnet-data-a")), QString());
    for (const ReachMatrix::Cell &c : m->cells) {
        QVERIFY(c.witness);
        QVERIFY2(engine.run(*c.witness).delivered(),
                 qPrintable(m->rows[c.row] + QStringLiteral(" -> ") + m->columns[c.column]));
    }
    // A space that names nothing is refused, with why.
    QVERIFY(!ReachMatrix::compute(engine, {QStringLiteral("subnet-none")}, subnets, false, &why));
    QVERIFY(why.contains(QLatin1String("subnet-none")));
}

void TestReachability::mergedMatrixIsTheSame_data()
{
    QTest::addColumn<QString>("path"); // empty: the synthetic design
    for (const QString &p : designFiles())
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    QTest::newRow("synthetic 12 VPCs") << QString();
}

void TestReachability::mergedMatrixIsTheSame()
{
    // Interfaces that behave alike are evaluated once: the matrix of subnets and the one of
    // security groups are the same, cell by cell, as when every interface is evaluated, and
    // each witness still gets there and back.
    QFETCH(QString, path);
    std::unique_ptr<Design> design = designOf(path, 12);
    QVERIFY2(design, qPrintable(path));
    const Simulator sim(*design);
    const Reachability engine(sim);
    for (const QStringList &axis : {ReachMatrix::subnets(*design), ReachMatrix::securityGroups(*design)}) {
        QString why;
        const auto merged = ReachMatrix::compute(engine, axis, axis, true, &why);
        QVERIFY2(merged, qPrintable(why));
        const auto full =
            ReachMatrix::compute(engine, axis, axis, true, &why, Protocol(Protocol::All), {PortRange::all()}, false);
        QVERIFY2(full, qPrintable(why));
        QCOMPARE(merged->pairs, full->pairs);
        QCOMPARE(merged->cells.size(), full->cells.size());
        for (size_t i = 0; i < full->cells.size(); ++i) {
            const ReachMatrix::Cell &a = merged->cells[i], &b = full->cells[i];
            QCOMPARE(a.row, b.row);
            QCOMPARE(a.column, b.column);
            QVERIFY2(a.open == b.open,
                     qPrintable(axis[a.row] + QStringLiteral(" -> ") + axis[a.column] + QStringLiteral(": ") +
                                a.open.toString() + QStringLiteral(" merged, ") + b.open.toString()));
            QVERIFY(engine.run(*a.witness).delivered());
        }
        QVERIFY(merged->classes <= full->classes);
        if (path.isEmpty()) // the synthetic design's subnets hold instances alike
            QVERIFY(merged->classes < full->classes / 2);
    }
}

void TestReachability::diffComputesWhatAnEditCanChange_data()
{
    QTest::addColumn<QString>("path"); // empty: the synthetic design
    QTest::newRow("three-tier") << QStringLiteral(VPC_EXAMPLES "/three-tier.yaml");
    QTest::newRow("peered-web") << QStringLiteral(VPC_EXAMPLES "/peered-web.yaml");
    QTest::newRow("three-tier-intents") << QStringLiteral(VPC_TEST_DATA "/intents/three-tier-intents.yaml");
    QTest::newRow("synthetic 6 VPCs") << QString();
}

void TestReachability::diffComputesWhatAnEditCanChange()
{
    // diff computes only the pairs of subnets in the VPCs an edit touches (and their
    // peers'): after each of 40 random edits, its reachability changes are exactly those of
    // the two full subnet matrices compared cell by cell.
    QFETCH(QString, path);
    std::unique_ptr<Design> start = designOf(path, 6);
    QVERIFY2(start, qPrintable(path));
    Document document(std::move(start), QString());
    RandomEditor editor(&document, quint32(qHash(path)) ^ 0xd1ff);
    const auto full = [](const Design &design) {
        const Simulator sim(design);
        const Reachability engine(sim);
        const QStringList subnets = ReachMatrix::subnets(design);
        QString why;
        std::map<std::pair<QString, QString>, OpenSet> out;
        if (const auto m = ReachMatrix::compute(engine, subnets, subnets, true, &why))
            for (const ReachMatrix::Cell &c : m->cells)
                out[{m->rows[c.row], m->columns[c.column]}] = c.open;
        return out;
    };
    int changedReach = 0;
    for (int step = 0; step < 40; ++step) {
        const std::unique_ptr<Design> before = document.design().clone();
        const QString what = editor.step();
        const Design &after = document.design();
        QString why;
        const auto d = DesignCompare::compare(*before, after, &why);
        QVERIFY2(d, qPrintable(why));
        const auto a = full(*before), b = full(after);
        QStringList expected, got;
        std::set<std::pair<QString, QString>> keys;
        for (const auto &[k, v] : a)
            keys.insert(k);
        for (const auto &[k, v] : b)
            keys.insert(k);
        for (const auto &k : keys) {
            const OpenSet was = a.count(k) ? a.at(k) : OpenSet(), is = b.count(k) ? b.at(k) : OpenSet();
            const OpenSet gained = DesignCompare::minus(is, was), lost = DesignCompare::minus(was, is);
            if (!gained.isEmpty() || !lost.isEmpty())
                expected.append(k.first + QStringLiteral(" -> ") + k.second + QStringLiteral(" +") + gained.toString() +
                                QStringLiteral(" -") + lost.toString());
        }
        for (const DesignCompare::Reach &r : d->reach)
            got.append(r.from + QStringLiteral(" -> ") + r.to + QStringLiteral(" +") + r.gained.toString() +
                       QStringLiteral(" -") + r.lost.toString());
        QVERIFY2(got == expected,
                 qPrintable(QStringLiteral("after %1:\n  diff: %2\n  full: %3")
                                .arg(what, got.join(QStringLiteral("; ")), expected.join(QStringLiteral("; ")))));
        changedReach += !expected.isEmpty();
    }
    qInfo("%d of 40 edits changed reachability between subnets", changedReach);
}

void TestReachability::openSetsSubtract()
{
    // What diff reports as gained and lost: ranges cut into pieces, protocols removed.
    OpenSet a, b;
    a.add(Protocol(Protocol::Tcp), {0, 65535});
    a.add(Protocol(Protocol::Icmp), {-1, -1});
    a.add(Protocol(Protocol::Udp), {53, 53});
    b.add(Protocol(Protocol::Tcp), {22, 22});
    b.add(Protocol(Protocol::Tcp), {443, 1024});
    b.add(Protocol(Protocol::Icmp), {-1, -1});
    QCOMPARE(DesignCompare::minus(a, b).toString(), QStringLiteral("tcp 0-21, 23-442, 1025-65535; udp 53"));
    QCOMPARE(DesignCompare::minus(b, a).toString(), QString());
    QVERIFY(DesignCompare::minus(a, a).isEmpty());
}

QTEST_GUILESS_MAIN(TestReachability)
#include "tst_reachability.moc"
