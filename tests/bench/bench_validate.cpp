// Validation benchmark: the full rule pass, one edit re-validated by the incremental
// engine, `vpc-designer validate` end to end, and a naive pairwise overlap check as a
// baseline in the same run. Not a test: no timed asserts.
//
//   bench_validate [--sizes 200,1000,2000] [--edits 300]

#include "benchutil.h"
#include "designformat.h"
#include "document.h"
#include "propertycommand.h"
#include "syntheticdesign.h"
#include "validationengine.h"
#include "validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

extern char **environ;

namespace {

struct Counts
{
    qsizetype subnets = 0, routes = 0, rules = 0, instances = 0;
};

Counts count(const Design &d)
{
    Counts c;
    for (const Vpc *v : d.vpcs()) {
        c.subnets += qsizetype(v->subnets.size());
        c.instances += qsizetype(v->instances.size());
        for (const RouteTable *t : v->routeTableList())
            c.routes += t->routes.size();
        for (const SecurityGroup *g : v->securityGroupList())
            c.rules += g->ingress.size() + (g->egress ? g->egress->size() : 0);
    }
    return c;
}

/// The baseline: every pair of VPCs compared for overlapping blocks, O(n^2).
int naiveOverlaps(const Design &d)
{
    std::vector<const Vpc *> vpcs(d.vpcs().begin(), d.vpcs().end());
    int found = 0;
    for (size_t i = 0; i < vpcs.size(); ++i)
        for (size_t j = i + 1; j < vpcs.size(); ++j)
            for (const Cidr &a : vpcs[i]->cidrBlocks)
                for (const Cidr &b : vpcs[j]->cidrBlocks)
                    found += a.overlaps(b);
    return found;
}

/// Runs the CLI as a child process; returns seconds and its peak memory in MB.
std::pair<double, double> runCli(const QString &file)
{
    const QByteArray binary = VPC_DESIGNER_BINARY;
    const QByteArray path = file.toLocal8Bit();
    char *argv[] = {const_cast<char *>(binary.constData()), const_cast<char *>("validate"),
                    const_cast<char *>(path.constData()), nullptr};
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv, environ) != 0)
        return {-1, -1};
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    posix_spawn_file_actions_destroy(&actions);
    return {double(timer.nsecsElapsed()) / 1e9, double(usage.ru_maxrss) / 1024.0};
}

void benchmark(int vpcs, int edits)
{
    auto design = makeSyntheticDesign({vpcs});
    const Counts c = count(*design);
    printf("\n== %d VPCs: %lld objects, %lld subnets, %lld peerings, %lld routes, %lld security-group "
           "rules, %lld instances\n",
           vpcs, qlonglong(design->objectCount()), qlonglong(c.subnets), qlonglong(design->peerings().size()),
           qlonglong(c.routes), qlonglong(c.rules), qlonglong(c.instances));

    const Validator validator;
    std::vector<double> full;
    qsizetype findings = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        findings = validator.validate(*design).size();
        full.push_back(ms(t.nsecsElapsed()));
    }
    std::vector<double> naive;
    int overlaps = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        overlaps = naiveOverlaps(*design);
        naive.push_back(ms(t.nsecsElapsed()));
    }
    printf("all rules, full pass (one core): median %.1f ms (%lld findings)\n", median(full), qlonglong(findings));
    printf("baseline, naive pairwise VPC overlap check alone: median %.1f ms (%d overlaps); "
           "the full pass of all %lld rules takes %.2fx its time\n",
           median(naive), overlaps, qlonglong(Validator::catalogue().size()), median(full) / median(naive));

    // One edit at a time through the engine: subnet renames, subnet moves, VPC block
    // changes (which reach two peerings out), peering status flips.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("synthetic.yaml"));
    DesignFormat::save(*design, file, nullptr);
    Document document(std::move(design), file);
    ValidationEngine engine(&document);
    QRandomGenerator rng(11);
    std::vector<double> local, wide;
    std::vector<int> units;
    for (int e = 0; e < edits; ++e) {
        const QString id = QStringLiteral("%1").arg(int(rng.bounded(vpcs)), 4, 10, QLatin1Char('0'));
        QUndoCommand *cmd = nullptr;
        bool isWide = false;
        switch (e % 4) {
        case 0:
            cmd = new ChangePropertyCommand(&document, QStringLiteral("subnet-%1-app-a").arg(id),
                                            QStringLiteral("name"), QStringLiteral("n%1").arg(e));
            break;
        case 1:
            cmd = new ChangePropertyCommand(&document, QStringLiteral("subnet-%1-data-b").arg(id), QStringLiteral("az"),
                                            e % 8 == 1 ? QStringLiteral("us-east-1a") : QStringLiteral("us-east-1b"));
            break;
        case 2: {
            const Vpc *v = document.design().findVpc(QStringLiteral("vpc-") + id);
            QList<Cidr> blocks = v->cidrBlocks;
            blocks.append(Cidr(IpAddress::v4((100u << 24) | (64u << 16) | quint32(e)), 28));
            cmd =
                new ChangePropertyCommand(&document, v->id, QStringLiteral("cidr-blocks"), QVariant::fromValue(blocks));
            isWide = true;
            break;
        }
        default: {
            const auto peerings = document.design().peerings();
            const PeeringConnection *p = peerings.at(rng.bounded(int(peerings.size())));
            cmd = new ChangePropertyCommand(&document, p->id, QStringLiteral("status"),
                                            p->isActive() ? QStringLiteral("pending-acceptance")
                                                          : QStringLiteral("active"));
            isWide = true;
            break;
        }
        }
        document.undoStack()->push(cmd);
        QElapsedTimer t;
        t.start();
        engine.flush();
        (isWide ? wide : local).push_back(ms(t.nsecsElapsed()));
        units.push_back(engine.lastFlushUnits());
    }
    std::vector<double> all = local;
    all.insert(all.end(), wide.begin(), wide.end());
    printf("one edit re-validated: median %.3f ms, 95th percentile %.3f ms, max %.3f ms over %d edits\n", median(all),
           percentile(all, 0.95), *std::max_element(all.begin(), all.end()), edits);
    printf("  edits inside a VPC: median %.3f ms; edits to VPC blocks and peerings: median %.3f ms "
           "(units re-checked per edit: median %d, max %d)\n",
           median(local), median(wide), int(median(std::vector<double>(units.begin(), units.end()))),
           *std::max_element(units.begin(), units.end()));

    std::vector<double> cliTimes;
    double cliMem = 0;
    for (int run = 0; run < 3; ++run) {
        const auto [seconds, mb] = runCli(file);
        cliTimes.push_back(seconds);
        cliMem = std::max(cliMem, mb);
    }
    printf("vpc-designer validate, end to end (load included): median %.2f s, peak %.0f MB "
           "(file %.1f MB)\n",
           median(cliTimes), cliMem, double(QFileInfo(file).size()) / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes{200, 1000, 2000};
    int edits = 300;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args.value(++i).split(QLatin1Char(',')))
                sizes.append(s.toInt());
        } else if (args[i] == QLatin1String("--edits")) {
            edits = args.value(++i).toInt();
        }
    }
    for (int n : sizes)
        benchmark(n, edits);
    return 0;
}
