#include "cli.h"

#include "athenablame.h"
#include "design.h"
#include "flowlogcapture.h"
#include "flowlogexport.h"
#include "flowlogparser.h"
#include "replay.h"
#include "report.h"
#include "simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int Cli::simulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Evaluates every flow of a traffic scenario through the design, the request and the answer, hop by "
               "hop, naming every setting that blocks a packet. Runs without a display.\n"
               "Exit code 0: every flow delivered; 1: at least one flow dropped; 2: the input could not be used."));
    parser.addPositionalArgument(QStringLiteral("simulate"), Tr::tr("the subcommand"));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("the design file (YAML)"));
    QCommandLineOption scenarioOption(QStringList{QStringLiteral("scenario")},
                                      Tr::tr("the scenario to run (default: the first)"), QStringLiteral("ID"));
    QCommandLineOption flowLogsOption(
        QStringList{QStringLiteral("flow-logs")},
        Tr::tr("also write what the design's flow logs would record, in AWS's S3 layout, and athena.sql"),
        QStringLiteral("DIR"));
    parser.addOption(scenarioOption);
    parser.addOption(flowLogsOption);
    QString format;
    const QString usage =
        Tr::tr("usage: vpc-designer simulate FILE [--scenario ID] [--format text|json] [--flow-logs DIR]");
    if (!parseCommand(parser, arguments, usage, 2, 2, &format))
        return BadInput;
    const QString file = parser.positionalArguments().at(1);
    const auto design = load(file);
    if (!design)
        return BadInput;
    const Scenario *scenario = nullptr;
    if (parser.isSet(scenarioOption)) {
        const Object *o = design->find(parser.value(scenarioOption));
        if (!o || o->kind != ObjectKind::Scenario) {
            printErr(Tr::tr("%1: no scenario '%2'").arg(file, parser.value(scenarioOption)));
            return BadInput;
        }
        scenario = static_cast<const Scenario *>(o);
    } else if (!design->scenarios().empty()) {
        scenario = design->scenarios().at(0);
    }
    if (!scenario) {
        printErr(Tr::tr("%1: the design has no traffic scenario to simulate").arg(file));
        return BadInput;
    }

    const Simulator simulator(*design);
    const std::vector<FlowRun> runs = simulator.run(*scenario);
    int files = 0;
    qsizetype records = 0;
    const QString dir = parser.value(flowLogsOption);
    if (parser.isSet(flowLogsOption) && dir.trimmed().isEmpty()) {
        printErr(Tr::tr("--flow-logs needs a folder to write to"));
        return BadInput;
    }
    if (parser.isSet(flowLogsOption)) {
        const FlowLogCapture capture(simulator, *scenario, runs);
        if (!capture.error.isEmpty()) {
            printErr(Tr::tr("%1: %2").arg(file, capture.error));
            return BadInput;
        }
        for (const CapturedLog &log : capture.logs)
            if (!log.formatError.isEmpty())
                printErr(
                    Tr::tr("%1: flow log %2: %3; the default format is used").arg(file, log.log->id, log.formatError));
        QStringList written;
        QString error;
        if (!FlowLogExport::write(capture, dir, &written, &error)) {
            printErr(error);
            return BadInput;
        }
        files = int(written.size());
        records = qsizetype(capture.records.size());
    }
    bool dropped = false;
    for (const FlowRun &r : runs)
        dropped |= !r.delivered();
    if (format == QLatin1String("json")) {
        printOut(Report::simulationJson(simulator, *scenario, runs, [&](JsonWriter &json) {
            if (parser.isSet(flowLogsOption)) {
                // clang-format off
                json.key("flow-logs").beginObject()
                    .key("dir").value(dir)
                    .key("files").value(files)
                    .key("records").value(qint64(records))
                    .endObject();
                // clang-format on
            }
        }));
    } else {
        QByteArray text = Report::simulationText(simulator, *scenario, runs);
        if (parser.isSet(flowLogsOption))
            text +=
                Tr::tr("flow logs: %1 records in %2 files under %3").arg(records).arg(files).arg(dir).toUtf8() + '\n';
        printOut(text);
    }
    return dropped ? Findings : Ok;
}

int Cli::replay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Reads real VPC flow-log files (plain or gzip, default or custom fields by their header line), "
               "matches each record to the design's interfaces and addresses, and names for each REJECT the "
               "setting of the design that rejects it. With --athena, writes what Athena needs to do the same "
               "where logs too big for one machine are. Runs without a display.\n"
               "Exit code 0: read; 2: the input could not be used."));
    parser.addPositionalArgument(QStringLiteral("replay"), Tr::tr("the subcommand"));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("the design file (YAML)"));
    parser.addPositionalArgument(QStringLiteral("LOG"), Tr::tr("flow-log files"), QStringLiteral("LOG..."));
    QCommandLineOption athenaOption(
        QStringLiteral("athena"),
        Tr::tr("write to DIR the design's interfaces and the classes of packets it rejects, with the setting that "
               "rejects each (CSV for S3), and blame.sql: their tables and the query that names the setting for "
               "every REJECT of the flow-log tables of athena.sql"),
        QStringLiteral("DIR"));
    parser.addOption(athenaOption);
    QString format;
    const QString usage = Tr::tr("usage: vpc-designer replay FILE LOG... [--format text|json] [--athena DIR]");
    if (!parseCommand(parser, arguments, usage, 2, 0, &format))
        return BadInput;
    const QStringList positional = parser.positionalArguments();
    const bool athena = parser.isSet(athenaOption);
    if (positional.size() < 3 && !athena) {
        printErr(usage);
        return BadInput;
    }
    if (athena && parser.value(athenaOption).trimmed().isEmpty()) {
        printErr(Tr::tr("--athena needs a folder"));
        return BadInput;
    }
    const QString file = positional.at(1);
    const auto design = load(file);
    if (!design)
        return BadInput;
    const Simulator simulator(*design);
    // CloudWatch Logs messages have no header: each stream is read in its flow log's format.
    const Replay replay(simulator);
    if (athena) {
        const Reachability reachability(simulator);
        const AthenaBlame blame(reachability, replay);
        QString error;
        const auto table = blame.compute(&error);
        QStringList written;
        if (!table || !blame.write(*table, parser.value(athenaOption), &written, &error)) {
            printErr(error);
            return BadInput;
        }
        if (positional.size() < 3) {
            printOut(Tr::tr("%1 classes of packets at %2 interfaces (%3 evaluated), %4 rows of settings that reject; "
                            "wrote %5")
                         .arg(table->classes)
                         .arg(simulator.network().interfaces.size())
                         .arg(table->evaluated)
                         .arg(table->rows.size())
                         .arg(written.join(QStringLiteral(", ")))
                         .toUtf8() +
                     '\n');
            return Ok;
        }
    }
    FlowLogParser logs;
    replay.prepare(logs);
    for (const QString &path : positional.mid(2)) {
        QString error;
        if (!logs.parseFile(path, &error)) {
            printErr(error);
            return BadInput;
        }
    }
    for (const Diagnostic &p : logs.problems)
        printErr(p.toString());
    if (logs.malformed > logs.problems.size())
        printErr(Tr::tr("%1 more lines not read").arg(logs.malformed - logs.problems.size()));
    const ReplaySummary summary = replay.run(logs);
    printOut(format == QLatin1String("json") ? Report::replayJson(simulator, file, logs, summary)
                                             : Report::replayText(simulator, logs, summary));
    return Ok;
}
