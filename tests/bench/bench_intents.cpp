// Intents benchmark (issue 13): 50 intents over the synthetic design, proved by the
// reachability engine, and one edit re-verified; beside them, in the same run, the naive
// method: the simulator on packets drawn from the same spaces, extrapolated to every
// packet the engine's classes cover. Not a test: no timed asserts.
//
//   bench_intents [--sizes 200,2000] [--edits 20] [--matrix-vpcs 200] [--diff-vpcs 200] [--diff-files DIR]

#include "benchutil.h"
#include "design.h"
#include "designcompare.h"
#include "designformat.h"
#include "intentcheck.h"
#include "intentrules.h"
#include "reachmatrix.h"
#include "syntheticdesign.h"
#include "validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

QString num(int i)
{
    return QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
}

/// Fifty intents of the kinds architects write: tiers closed to the internet, the web tier
/// open on 443, the app tier to S3 through its endpoint, tiers apart and together.
void addIntents(Design &design, int vpcs)
{
    QRandomGenerator rng(50);
    for (int i = 0; i < 50; ++i) {
        const QString v = num(int(rng.bounded(vpcs)));
        auto intent = std::make_unique<Intent>();
        intent->id = QStringLiteral("intent-%1").arg(i);
        switch (i % 5) {
        case 0: // the data tier is closed to the internet, on every port
            intent->from = {QStringLiteral("internet")};
            intent->to = {QStringLiteral("subnet-%1-data-a").arg(v), QStringLiteral("subnet-%1-data-b").arg(v)};
            intent->expect = IntentExpect::None;
            break;
        case 1: // the web tier serves HTTPS to the whole internet
            intent->from = {QStringLiteral("internet")};
            intent->to = {QStringLiteral("sg-%1-web").arg(v)};
            intent->protocol = Protocol(Protocol::Tcp);
            intent->ports = {PortRange::single(443)};
            intent->expect = IntentExpect::All;
            break;
        case 2: // the app tier reaches S3 through the gateway endpoint
            intent->from = {QStringLiteral("subnet-%1-app-a").arg(v)};
            intent->to = {QStringLiteral("service:s3")};
            intent->protocol = Protocol(Protocol::Tcp);
            intent->ports = {PortRange::single(443)};
            intent->expect = IntentExpect::All;
            intent->via = QStringLiteral("vpce-%1-s3").arg(v);
            break;
        case 3: // the web tier never opens the database port
            intent->from = {QStringLiteral("sg-%1-web").arg(v)};
            intent->to = {QStringLiteral("sg-%1-db").arg(v)};
            intent->protocol = Protocol(Protocol::Tcp);
            intent->ports = {PortRange::single(5432)};
            intent->expect = IntentExpect::None;
            break;
        case 4: // the app tier reaches the database
            intent->from = {QStringLiteral("sg-%1-app").arg(v)};
            intent->to = {QStringLiteral("sg-%1-db").arg(v)};
            intent->protocol = Protocol(Protocol::Tcp);
            intent->ports = {PortRange::single(5432)};
            intent->expect = IntentExpect::Some;
            break;
        }
        ObjectPtr o(intent.release());
        design.insert(nullptr, o);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QList<int> sizes{200, 2000};
    int edits = 20;
    int matrixVpcs = 200; // the subnet matrix is timed up to this size
    int diffVpcs = 200;   // and diff
    QString diffFiles;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args[i + 1].split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args[i] == QLatin1String("--edits")) {
            edits = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--diff-files")) {
            diffFiles = args[i + 1]; // keep the two files there, to time `vpc-designer diff` on them
        } else if (args[i] == QLatin1String("--diff-vpcs")) {
            diffVpcs = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--matrix-vpcs")) {
            matrixVpcs = args[i + 1].toInt();
        }
    }
    for (const int vpcs : sizes) {
        auto design = makeSyntheticDesign({vpcs, false});
        addIntents(*design, vpcs);
        QElapsedTimer t;
        t.start();
        const Simulator sim(*design);
        const double compile = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const Reachability engine(sim);
        const double atoms = double(t.nsecsElapsed()) / 1e6;
        const IntentCheck checker(engine);
        std::vector<double> each;
        qint64 classes = 0;
        int holds = 0;
        t.restart();
        for (const Intent *i : design->intents()) {
            QElapsedTimer one;
            one.start();
            const IntentResult r = checker.check(*i);
            each.push_back(double(one.nsecsElapsed()) / 1e6);
            classes += r.classes;
            holds += r.status == IntentResult::Status::Holds;
        }
        const double all = double(t.nsecsElapsed()) / 1e6;
        std::sort(each.begin(), each.end());
        std::printf("%d VPCs: compile %.0f ms, atoms %.0f ms; 50 intents %.0f ms (median %.1f ms, max %.1f ms), "
                    "%lld classes, %d hold\n",
                    vpcs, compile, atoms, all, each[each.size() / 2], each.back(), classes, holds);
        // The naive method: the simulator on one flow per class costs what the engine
        // costs; on every address of a /24 and every port, 65536 x 256 flows per pair.
        Flow f;
        f.id = QStringLiteral("naive");
        f.from = QStringLiteral("203.0.113.7");
        f.to = QStringLiteral("i-%1-00").arg(num(0));
        f.protocol = Protocol(Protocol::Tcp);
        t.restart();
        const int samples = 200000;
        for (int p = 0; p < samples; ++p) {
            f.port = p % 65536;
            f.sourcePort = 40000;
            (void)sim.run(f);
        }
        const double perFlow = double(t.nsecsElapsed()) / samples;
        std::printf("  naive: %.2f us per packet; the 50 intents' spaces hold about %.2e packets "
                    "(internet x ports alone): %.2e s\n",
                    perFlow / 1000, 4.0e9 * 65536, 4.0e9 * 65536 * perFlow / 1e9);
        // One edit re-verified, four kinds of edit in turn: a group rule's port, a route
        // added and removed, a subnet's ACL, an instance's elastic IP (which changes what
        // the whole design calls the internet: every intent over the internet again).
        // Beside it, every intent checked again on the whole design, as the window did
        // before IntentFindings; the findings of the two are compared after every edit.
        IntentFindings incremental;
        t.restart();
        const FindingList first = incremental.check(*design);
        const double initial = double(t.nsecsElapsed()) / 1e6;
        // The VPC whose web group intent-1 opens to the internet: the edits land where
        // intents look (an edit elsewhere re-proves nothing and costs about 0.2 ms).
        const int edited = design->intents().at(1)->to.front().mid(3, 4).toInt();
        const QString v0 = QStringLiteral("vpc-%1").arg(num(edited));
        auto *group =
            design->find<SecurityGroup>(QStringLiteral("sg-%1-web").arg(num(edited)), ObjectKind::SecurityGroup);
        auto *table =
            design->find<RouteTable>(QStringLiteral("rtb-%1-public").arg(num(edited)), ObjectKind::RouteTable);
        auto *subnet = design->findSubnet(QStringLiteral("subnet-%1-app-a").arg(num(edited)));
        auto *instance = design->find<Instance>(QStringLiteral("i-%1-00").arg(num(edited)), ObjectKind::Instance);
        const char *kindNames[] = {"group rule", "route", "subnet ACL", "elastic IP"};
        std::vector<double> times, byKind[4], whole;
        double proved[4] = {}, sliceVpcs[4] = {};
        int mismatches = 0;
        for (int e = 0; e < edits; ++e) {
            const int kind = e % 4;
            switch (kind) {
            case 0:
                group->ingress[0].ports = PortRange::single(e % 8 ? 443 : 8443);
                break;
            case 1:
                if (e % 8 == 1)
                    table->routes.append(
                        {*Cidr::parse(std::string_view("198.51.100.0/24")), QStringLiteral("local"), false});
                else
                    table->routes.removeLast();
                break;
            case 2:
                subnet->networkAcl = e % 8 == 2 ? QStringLiteral("acl-%1-data").arg(num(edited)) : QString();
                break;
            case 3:
                instance->publicIp = IpAddress::v4((203u << 24) | (113u << 8) | quint32(e));
                break;
            }
            t.restart();
            incremental.vpcTouched(v0);
            const FindingList now = incremental.check(*design);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            times.push_back(ms);
            byKind[kind].push_back(ms);
            proved[kind] += incremental.lastProved();
            sliceVpcs[kind] += incremental.lastSliceVpcs();
            t.restart();
            FindingList found;
            Validator().checkIntents(*design, found);
            whole.push_back(double(t.nsecsElapsed()) / 1e6);
            mismatches += found != now;
        }
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        const auto p95 = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[std::min(v.size() - 1, v.size() * 95 / 100)];
        };
        std::printf("  one edit re-verified (IntentFindings), %d edits: median %.1f ms, p95 %.1f ms; first check "
                    "%.0f ms, %lld findings\n",
                    edits, median(times), p95(times), initial, qint64(first.size()));
        for (int k = 0; k < 4; ++k)
            if (!byKind[k].empty())
                std::printf("    %-10s: median %.1f ms, max %.1f ms; %.1f intents on %.1f VPCs per edit\n",
                            kindNames[k], median(byKind[k]), p95(byKind[k]), proved[k] / double(byKind[k].size()),
                            sliceVpcs[k] / double(byKind[k].size()));
        std::printf("  the same edits, every intent on the whole design (compile, atoms, 50 intents): median %.0f ms, "
                    "p95 %.0f ms; %.0fx; findings differ after %d of %d edits\n",
                    median(whole), p95(whole), median(whole) / median(times), mismatches, edits);
        if (vpcs <= matrixVpcs) {
            // The subnet matrix: every subnet against those of its VPC and its peers.
            const Simulator again(*design);
            const Reachability matrixEngine(again);
            const QStringList subnets = ReachMatrix::subnets(*design);
            QString why;
            t.restart();
            const auto m = ReachMatrix::compute(matrixEngine, subnets, subnets, true, &why);
            std::printf("  subnet matrix: %lld subnets, %lld pairs, %zu open, %lld classes in %.0f ms\n",
                        qint64(subnets.size()), m ? m->pairs : 0, m ? m->cells.size() : size_t(0), m ? m->classes : 0,
                        double(t.nsecsElapsed()) / 1e6);
        }
        if (vpcs <= diffVpcs) {
            // diff of two designs one edit apart, end to end: both files read, both subnet
            // matrices, the objects and intents compared.
            QTemporaryDir temporary;
            const QDir dir(diffFiles.isEmpty() ? temporary.path() : diffFiles);
            const QString before = dir.filePath(QStringLiteral("before-%1.yaml").arg(vpcs));
            const QString after = dir.filePath(QStringLiteral("after-%1.yaml").arg(vpcs));
            QString error;
            group->ingress[0].ports = PortRange::single(443);
            DesignFormat::save(*design, before, &error);
            group->ingress[0].ports = PortRange::single(8443);
            DesignFormat::save(*design, after, &error);
            t.restart();
            LoadResult a, b; // read at once, as `vpc-designer diff` reads them
            std::thread reader([&] { b = DesignFormat::load(after); });
            a = DesignFormat::load(before);
            reader.join();
            const double loads = double(t.nsecsElapsed()) / 1e6;
            QString why;
            const auto d = DesignCompare::compare(*a.design, *b.design, &why);
            std::printf("  diff of two designs one edit apart: %.0f ms (loads %.0f ms), %zu changed, %zu pairs "
                        "changed reachability\n",
                        double(t.nsecsElapsed()) / 1e6, loads, d ? d->changed.size() : size_t(0),
                        d ? d->reach.size() : size_t(0));
        }
    }
    return 0;
}
