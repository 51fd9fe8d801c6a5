// Simulation benchmark: flow evaluations per second on one core over the synthetic
// design, flow-log parsing in lines per second (plain and gzip), and a python3 baseline
// that splits the same lines, as a ratio, in the same run. Not a test: no timed asserts.
//
//   bench_simulate [--vpcs 2000] [--flows 1000000] [--lines 3000000]

#include "flowlogparser.h"
#include "gzip.h"
#include "parallel.h"
#include "replay.h"
#include "simulator.h"
#include "syntheticdesign.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double residentMb()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? double(parts[1].toLongLong()) * 4096.0 / 1e6 : 0;
}

/// A flow to evaluate, kept small (20 bytes) so that a million of them streaming by do
/// not push the network out of the cache: the ends are built when it is evaluated.
struct Probe
{
    enum Kind : quint8 { Inside, Peer, Out, In };
    int a = -1;          // an instance's interface
    int b = -1;          // the other one (Inside, Peer)
    quint32 outside = 0; // the internet address (Out, In)
    quint16 sourcePort = 0;
    quint16 port = 0;
    Kind kind = Inside;
};

/// Flows of the kinds a design carries: inside a VPC, across a peering, out to the
/// internet (through the NAT gateways), in from the internet; between the instances
/// of the first `vpcLimit` VPCs.
std::vector<Probe> makeProbes(const Simulator &sim, int count, int vpcLimit)
{
    const Network &net = sim.network();
    std::vector<std::vector<int>> byVpc(net.vpcs.size());
    std::vector<int> instances;
    for (size_t i = 0; i < net.interfaces.size(); ++i)
        if (net.interfaces[i].kind == Network::Interface::Kind::Instance && net.interfaces[i].vpc < vpcLimit) {
            instances.push_back(int(i));
            byVpc[size_t(net.interfaces[i].vpc)].push_back(int(i));
        }
    QRandomGenerator rng(42);
    const auto pickIn = [&](const std::vector<int> &list) { return list[rng.bounded(quint32(list.size()))]; };
    std::vector<Probe> out;
    out.reserve(size_t(count));
    const quint16 ports[] = {443, 80, 22, 5432, 8080, 3306};
    for (int i = 0; i < count; ++i) {
        Probe p;
        p.sourcePort = quint16(32768 + rng.bounded(28000));
        p.port = ports[rng.bounded(6)];
        p.a = pickIn(instances);
        const int vpc = net.interfaces[size_t(p.a)].vpc;
        const int kind = int(rng.bounded(10));
        if (kind < 4) {
            p.kind = Probe::Inside;
            p.b = pickIn(byVpc[size_t(vpc)]);
        } else if (kind < 7) {
            p.kind = Probe::Peer;
            p.b = pickIn(instances);
            for (int pc : net.vpcs[size_t(vpc)].peerings) { // the first peer with instances in range
                const int peer =
                    net.peerings[size_t(pc)].a == vpc ? net.peerings[size_t(pc)].b : net.peerings[size_t(pc)].a;
                if (!byVpc[size_t(peer)].empty() && rng.bounded(2) == 0) {
                    p.b = pickIn(byVpc[size_t(peer)]);
                    break;
                }
            }
        } else if (kind < 9) {
            p.kind = Probe::Out;
            p.outside = 0xC6336400u | rng.bounded(256); // 198.51.100.x
        } else {
            p.kind = Probe::In;
            p.outside = 0xCB007100u | rng.bounded(256); // 203.0.113.x
        }
        out.push_back(p);
    }
    return out;
}

/// The ends of a probe, as the simulator resolves them.
void ends(const Simulator &sim, const Probe &p, FlowEnd &from, FlowEnd &to)
{
    const Network &net = sim.network();
    const auto end = [&](int iface, FlowEnd &e, const FlowEnd *other, bool source) {
        e = FlowEnd();
        e.type = FlowEnd::Type::Interface;
        e.interface = iface;
        e.subnet = net.interfaces[size_t(iface)].subnet;
        e.vpc = net.interfaces[size_t(iface)].vpc;
        sim.chooseAddress(e, other, source);
    };
    switch (p.kind) {
    case Probe::Inside:
    case Probe::Peer:
        end(p.a, from, nullptr, true);
        end(p.b, to, &from, false);
        break;
    case Probe::Out:
        to = FlowEnd();
        to.type = FlowEnd::Type::Internet;
        to.address = IpAddress::v4(p.outside);
        end(p.a, from, &to, true);
        break;
    case Probe::In:
        from = FlowEnd();
        from.type = FlowEnd::Type::Internet;
        from.address = IpAddress::v4(p.outside);
        end(p.a, to, &from, false);
        break;
    }
}

/// Default-format lines about the design's interfaces. `grouped`: as the files of
/// per-VPC flow logs come (each file about one VPC's interfaces, 1,500 lines a file);
/// otherwise every line about any interface of the design.
QByteArray makeLines(const Simulator &sim, qint64 count, bool grouped)
{
    const Network &net = sim.network();
    std::vector<std::vector<int>> byVpc(net.vpcs.size());
    for (size_t i = 0; i < net.interfaces.size(); ++i)
        byVpc[size_t(net.interfaces[i].vpc)].push_back(int(i));
    QRandomGenerator rng(7);
    QByteArray text = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start "
                      "end action log-status\n";
    text.reserve(count * 110);
    for (qint64 i = 0; i < count; ++i) {
        const std::vector<int> &pool = byVpc[size_t(i / 1500) % byVpc.size()];
        const Network::Interface &x = grouped ? net.interfaces[size_t(pool[rng.bounded(quint32(pool.size()))])]
                                              : net.interfaces[rng.bounded(quint32(net.interfaces.size()))];
        const bool in = rng.bounded(2) == 0;
        const QByteArray other = "203.0.113." + QByteArray::number(rng.bounded(256));
        const QByteArray self = x.privateV4.toString().toLatin1();
        const qint64 start = 1795716000 + i / 1000;
        text += "2 111122223333 " + x.eni.toLatin1() + ' ' + (in ? other : self) + ' ' + (in ? self : other) + ' ' +
                QByteArray::number(32768 + rng.bounded(28000)) + ' ' + QByteArray::number(443) + " 6 " +
                QByteArray::number(1 + rng.bounded(100)) + ' ' + QByteArray::number(40 + rng.bounded(100000)) + ' ' +
                QByteArray::number(start) + ' ' + QByteArray::number(start + 60) +
                (rng.bounded(10) == 0 ? " REJECT OK\n" : " ACCEPT OK\n");
    }
    return text;
}

double python3Split(const QString &path, qint64 *lines)
{
    const QString script = QStringLiteral("import sys, time\n"
                                          "t = time.perf_counter(); n = 0\n"
                                          "with open(sys.argv[1], 'rb') as f:\n"
                                          "    for line in f:\n"
                                          "        fields = line.split(); n += 1\n"
                                          "print(n, time.perf_counter() - t)\n");
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    if (!p.waitForFinished(600000))
        return -1;
    const QList<QByteArray> out = p.readAllStandardOutput().trimmed().split(' ');
    if (out.size() != 2)
        return -1;
    *lines = out[0].toLongLong();
    return out[1].toDouble();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int vpcs = 2000, flows = 1000000;
    qint64 lines = 3000000;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--vpcs"))
            vpcs = args.value(++i).toInt();
        else if (args[i] == QLatin1String("--flows"))
            flows = args.value(++i).toInt();
        else if (args[i] == QLatin1String("--lines"))
            lines = args.value(++i).toLongLong();
    }
    QElapsedTimer t;
    t.start();
    const auto design = makeSyntheticDesign({vpcs, false});
    std::printf("design: %d VPCs generated in %.2f s\n", vpcs, double(t.nsecsElapsed()) / 1e9);
    const double before = residentMb();
    t.restart();
    const Simulator sim(*design);
    const Network &net = sim.network();
    std::printf("compile: %.0f ms, %.0f MB (%zu interfaces, %zu route tables, %zu security groups, %zu peerings)\n",
                double(t.nsecsElapsed()) / 1e6, residentMb() - before, net.interfaces.size(), net.tables.size(),
                net.groups.size(), net.peerings.size());

    const Evaluator &eval = sim.evaluator();
    // Flows between instances anywhere in the design (every flow meets cold memory),
    // then between the instances of 50 VPCs of it (a scenario's working set, in cache).
    for (const int spread : {vpcs, std::min(vpcs, 50)}) {
        const std::vector<Probe> probes = makeProbes(sim, flows, spread);
        std::printf("flows between instances of %d VPCs:\n", spread);
        for (int round = 0; round < 3; ++round) {
            qint64 delivered = 0, hops = 0;
            t.restart();
            FlowEnd from, to;
            for (const Probe &p : probes) {
                ends(sim, p, from, to);
                const PacketPath request = eval.request(from, to, Protocol(Protocol::Tcp), p.sourcePort, p.port);
                hops += request.count;
                if (request.reached) {
                    const PacketPath reply =
                        eval.reply(request, from, to, Protocol(Protocol::Tcp), p.sourcePort, p.port);
                    hops += reply.count;
                    delivered += request.delivered() && reply.delivered();
                }
            }
            const double s = double(t.nsecsElapsed()) / 1e9;
            std::printf("  request and answer, round %d: %d in %.3f s = %.2f M flows/s on one core; "
                        "%.1f hops a flow, %.0f%% delivered both ways\n",
                        round + 1, flows, s, double(flows) / s / 1e6, double(hops) / flows,
                        100.0 * double(delivered) / flows);
            // The same flows on every core, as `simulate` and the property tests run them.
            std::vector<quint8> both(probes.size());
            t.restart();
            Parallel::forEach(
                qsizetype(probes.size()),
                [&](qsizetype i) {
                    const Probe &p = probes[size_t(i)];
                    FlowEnd a, b;
                    ends(sim, p, a, b);
                    const PacketPath request = eval.request(a, b, Protocol(Protocol::Tcp), p.sourcePort, p.port);
                    if (request.reached) { // the same work as above: the answer of every request that got there
                        const PacketPath reply =
                            eval.reply(request, a, b, Protocol(Protocol::Tcp), p.sourcePort, p.port);
                        both[size_t(i)] = request.delivered() && reply.delivered();
                    }
                },
                1024);
            const double sp = double(t.nsecsElapsed()) / 1e9;
            const qint64 same = std::count(both.begin(), both.end(), quint8(1));
            std::printf("  the same on %d threads: %.3f s = %.2f M flows/s (%.2fx one core)%s\n", Parallel::threads(),
                        sp, double(flows) / sp / 1e6, s / sp, same == delivered ? "" : " DIFFERENT VERDICTS");
        }
    }

    // A large scenario as `simulate` runs it (ends named by id and address, resolved for
    // each flow): on one core, then on every core.
    {
        const int count = std::min(flows, 200000);
        const std::vector<Probe> probes = makeProbes(sim, count, vpcs);
        Scenario scenario;
        scenario.id = QStringLiteral("bench");
        for (size_t i = 0; i < probes.size(); ++i) {
            const Probe &p = probes[i];
            auto f = std::make_unique<Flow>();
            f->id = QStringLiteral("f%1").arg(i);
            const QString a = net.interfaces[size_t(p.a)].owner->id;
            const QString outside = IpAddress::v4(p.outside).toString();
            f->from = p.kind == Probe::In ? outside : a;
            f->to = p.kind == Probe::In ? a : p.kind == Probe::Out ? outside : net.interfaces[size_t(p.b)].owner->id;
            f->port = p.port;
            f->sourcePort = p.sourcePort;
            scenario.flows.push_back(std::move(f));
        }
        const int all = Parallel::threads();
        double oneCore = 0;
        for (const int n : {1, all}) {
            Parallel::setThreads(n);
            t.restart();
            const std::vector<FlowRun> runs = sim.run(scenario);
            const double s = double(t.nsecsElapsed()) / 1e9;
            if (n == 1)
                oneCore = s;
            const qint64 delivered =
                std::count_if(runs.begin(), runs.end(), [](const FlowRun &r) { return r.delivered(); });
            std::printf("simulate a scenario of %d flows across the design (ends by id and address) on %d thread(s): "
                        "%.3f s = %.2f M flows/s%s, %lld delivered both ways\n",
                        count, n, s, count / s / 1e6,
                        n == 1 ? "" : qPrintable(QStringLiteral(" (%1x one core)").arg(oneCore / s, 0, 'f', 2)),
                        (long long)delivered);
        }
        Parallel::setThreads(all);
    }

    // Flow-log parsing: the same lines in memory, from a gzip file, and split by python3.
    const QByteArray text = makeLines(sim, lines, true);
    double best = 1e9;
    qint64 parsed = 0;
    for (int round = 0; round < 3; ++round) {
        FlowLogParser parser;
        t.restart();
        parser.parseText(text, QStringLiteral("bench.log"));
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
        parsed = qint64(parser.records.size());
    }
    std::printf("parse (plain, in memory, lines grouped per VPC as flow-log files are): %lld lines, %.1f MB in "
                "%.3f s = %.2f M lines/s (best of 3)\n",
                (long long)parsed, double(text.size()) / 1e6, best, double(parsed) / best / 1e6);
    {
        const QByteArray mixed = makeLines(sim, lines, false);
        FlowLogParser parser;
        t.restart();
        parser.parseText(mixed, QStringLiteral("mixed.log"));
        const double s = double(t.nsecsElapsed()) / 1e9;
        std::printf("parse (plain, in memory, every line about any of the %zu interfaces): %.2f M lines/s\n",
                    net.interfaces.size(), double(parser.records.size()) / s / 1e6);
    }

    QTemporaryDir dir;
    const QString plainPath = dir.filePath(QStringLiteral("bench.log"));
    const QString gzPath = dir.filePath(QStringLiteral("bench.log.gz"));
    {
        QFile f(plainPath);
        f.open(QIODevice::WriteOnly);
        f.write(text);
        QFile g(gzPath);
        g.open(QIODevice::WriteOnly);
        g.write(Gzip::compress(text, 1));
    }
    {
        FlowLogParser parser;
        QString error;
        t.restart();
        parser.parseFile(plainPath, &error);
        const double s = double(t.nsecsElapsed()) / 1e9;
        std::printf("parse (plain file): %.2f M lines/s\n", double(parser.records.size()) / s / 1e6);
    }
    FlowLogParser fromGzip;
    {
        QString error;
        t.restart();
        fromGzip.parseFile(gzPath, &error);
        const double s = double(t.nsecsElapsed()) / 1e9;
        std::printf("parse (gzip file, %.1f MB): %.2f M lines/s\n", double(QFile(gzPath).size()) / 1e6,
                    double(fromGzip.records.size()) / s / 1e6);
    }
    qint64 pyLines = 0;
    const double py = python3Split(plainPath, &pyLines);
    if (py > 0)
        std::printf("python3 baseline (for line in f: line.split()): %lld lines in %.3f s = %.2f M lines/s; "
                    "ours is %.1fx faster\n",
                    (long long)pyLines, py, double(pyLines) / py / 1e6,
                    (double(parsed) / best) / (double(pyLines) / py));
    else
        std::printf("python3 baseline: python3 did not run\n");

    t.restart();
    const ReplaySummary summary = Replay(sim).run(fromGzip);
    const double rs = double(t.nsecsElapsed()) / 1e9;
    std::printf("replay: %lld records (%lld matched, %lld rejected, %zu distinct rejects blamed) in %.3f s = "
                "%.2f M records/s\n",
                (long long)summary.records, (long long)summary.matched, (long long)summary.rejected,
                summary.rejects.size(), rs, double(summary.records) / rs / 1e6);
    return 0;
}
