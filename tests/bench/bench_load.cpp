// Loading benchmark: our reader against yaml-cpp's node API and bare event parser, on
// the synthetic design. Each measurement runs in a child process of its own so that
// peak memory (max RSS) belongs to that reader alone. Not a test: no timed asserts.
//
//   bench_load [--vpcs N] [--runs R] [--keep FILE]

#include "designformat.h"
#include "syntheticdesign.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

namespace {

long maxRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

class NullHandler : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override { ++events; }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        ++events;
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        ++events;
    }
    void OnMapEnd() override {}
    long events = 0;
};

/// Runs one reader in this process and prints "seconds max-rss-kb".
int child(const QString &mode, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    if (mode == QLatin1String("ours")) {
        const LoadResult r = DesignFormat::load(path);
        if (!r.ok()) {
            fprintf(stderr, "%s\n", qPrintable(r.firstError().toString()));
            return 1;
        }
    } else if (mode == QLatin1String("yaml-node")) {
        const YAML::Node node = YAML::LoadFile(path.toStdString());
        if (!node.IsMap())
            return 1;
    } else if (mode == QLatin1String("yaml-events")) {
        std::ifstream in(path.toStdString());
        YAML::Parser parser(in);
        NullHandler handler;
        parser.HandleNextDocument(handler);
    } else {
        return 2;
    }
    printf("%.3f %ld\n", double(timer.nsecsElapsed()) / 1e9, maxRssKb());
    return 0;
}

struct Sample
{
    double seconds;
    double megabytes;
};

Sample measure(const QString &mode, const QString &path, int runs)
{
    std::vector<double> times;
    double mem = 0;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), mode, path});
        p.waitForFinished(-1);
        const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
        if (p.exitCode() != 0 || parts.size() != 2) {
            fprintf(stderr, "%s failed: %s\n", qPrintable(mode), p.readAllStandardError().constData());
            return {-1, -1};
        }
        times.push_back(parts[0].toDouble());
        mem = std::max(mem, parts[1].toDouble() / 1024.0);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], mem};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--child"))
        return child(args.value(2), args.value(3));

    int vpcs = 2000, runs = 3;
    QString keep;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--vpcs"))
            vpcs = args.value(++i).toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args.value(++i).toInt());
        else if (args[i] == QLatin1String("--keep"))
            keep = args.value(++i);
    }
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("synthetic.yaml")) : keep;
    QElapsedTimer timer;
    timer.start();
    const auto design = makeSyntheticDesign({vpcs});
    const double generated = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    QString error;
    if (!DesignFormat::save(*design, path, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double written = double(timer.nsecsElapsed()) / 1e9;
    printf("synthetic design: %d VPCs, %lld objects, %.1f MB (built in %.2f s, written in %.2f s)\n", vpcs,
           qlonglong(design->objectCount()), double(QFileInfo(path).size()) / 1e6, generated, written);
    printf("median of %d runs, each in its own process\n\n", runs);
    printf("%-34s %10s %12s\n", "reader", "seconds", "peak MB");
    const Sample events = measure(QStringLiteral("yaml-events"), path, runs);
    const Sample nodes = measure(QStringLiteral("yaml-node"), path, runs);
    const Sample ours = measure(QStringLiteral("ours"), path, runs);
    printf("%-34s %10.2f %12.0f\n", "yaml-cpp event parser, no-op", events.seconds, events.megabytes);
    printf("%-34s %10.2f %12.0f\n", "yaml-cpp node API (YAML::LoadFile)", nodes.seconds, nodes.megabytes);
    printf("%-34s %10.2f %12.0f\n", "DesignFormat::load (the designer)", ours.seconds, ours.megabytes);
    printf("\nours / node API: %.2fx the time, %.2fx the memory\n", ours.seconds / nodes.seconds,
           ours.megabytes / nodes.megabytes);
    printf("ours / bare event parser: %.2fx the time\n", ours.seconds / events.seconds);
    return 0;
}
