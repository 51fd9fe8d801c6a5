// CloudFormation export and import of the synthetic design (docs/cloudformation.md,
// docs/performance.md). Beside each, the design's own YAML save and load of the same
// design in the same run, as the baseline. Not a test: no timed asserts.
//
//   bench_cloudformation [--vpcs N] [--runs R] [--describe-only]

#include "awsdescribe.h"
#include "benchutil.h"
#include "cfnexport.h"
#include "cfnimport.h"
#include "describedump.h"
#include "designformat.h"
#include "syntheticdesign.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int vpcs = 2000, runs = 3;
    const QStringList args = app.arguments();
    const bool describeOnly = args.contains(QStringLiteral("--describe-only"));
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--vpcs"))
            vpcs = args[i + 1].toInt();
        if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    SyntheticOptions options;
    options.vpcs = vpcs;
    const std::unique_ptr<Design> design = makeSyntheticDesign(options);
    std::printf("synthetic design: %d VPCs, %lld objects\n", vpcs, qlonglong(design->objectCount()));

    std::vector<double> exportMs, yamlMs, jsonMs, importMs, saveMs, loadMs;
    QByteArray yaml, json, saved;
    size_t resources = 0;
    for (int run = 0; run < (describeOnly ? 0 : runs); ++run) {
        QElapsedTimer t;
        t.start();
        const std::vector<CfnExport::Template> templates = CfnExport::build(*design);
        exportMs.push_back(ms(t.nsecsElapsed()));
        resources = templates.front().body.find(u"Resources")->entries.size();
        t.restart();
        yaml = CfnExport::toYaml(templates.front().body);
        yamlMs.push_back(ms(t.nsecsElapsed()));
        t.restart();
        json = CfnExport::toJson(templates.front().body);
        jsonMs.push_back(ms(t.nsecsElapsed()));
        t.restart();
        const CfnImport::Result back = CfnImport::read({{QStringLiteral("bench.cfn.yaml"), yaml}});
        importMs.push_back(ms(t.nsecsElapsed()));
        if (!back.design)
            return 1;
        // The baseline: the design file itself, written and read.
        t.restart();
        saved = DesignFormat::write(*design);
        saveMs.push_back(ms(t.nsecsElapsed()));
        t.restart();
        const LoadResult loaded = DesignFormat::read(saved, QStringLiteral("bench.yaml"));
        loadMs.push_back(ms(t.nsecsElapsed()));
    }
    // AWS CLI describe output of the same design (what its account would print), imported.
    const QList<QPair<QString, QByteArray>> dump = describeDump(*design);
    qsizetype dumpBytes = 0;
    for (const auto &f : dump)
        dumpBytes += f.second.size();
    std::vector<double> describeMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        const CfnImport::Result r = AwsDescribe::read(dump);
        describeMs.push_back(ms(t.nsecsElapsed()));
        if (!r.design || r.design->vpcs().size() != size_t(vpcs))
            return 1;
    }
    std::printf("describe-* dump: %lld files, %.1f MB; import: median %.0f ms\n", qlonglong(dump.size()),
                double(dumpBytes) / 1e6, median(describeMs));
    if (describeOnly)
        return 0;
    std::printf("template: %zu resources, YAML %.1f MB, JSON %.1f MB (design file %.1f MB)\n", resources,
                double(yaml.size()) / 1e6, double(json.size()) / 1e6, double(saved.size()) / 1e6);
    std::printf("export (build + YAML text): median %.0f ms (build %.0f, YAML %.0f; JSON text %.0f)\n",
                median(exportMs) + median(yamlMs), median(exportMs), median(yamlMs), median(jsonMs));
    std::printf("import of that YAML template: median %.0f ms\n", median(importMs));
    std::printf("baseline, the design file: write %.0f ms, read %.0f ms\n", median(saveMs), median(loadMs));
    return 0;
}
