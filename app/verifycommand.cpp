// The verify subcommand: every intent of a design, proved over every packet (INTENTS.md).

#include "cli.h"

#include "design.h"
#include "finding.h"
#include "intentcheck.h"
#include "jsonwriter.h"
#include "report.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

Witness witnessOf(const FlowRun &run)
{
    return {run.from.address.toString(), run.to.address.toString(), run.protocol.toString(), run.port};
}

} // namespace

int Cli::verify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Proves every intent of a design (its intents: section) over every packet of its spaces: every "
               "address, protocol and port. Each violated intent comes with one packet that breaks it (the "
               "witness) and its path hop by hop. Exit code 0 when all hold, 1 when one is violated or "
               "invalid, 2 when the file cannot be used."));
    parser.addPositionalArgument(QStringLiteral("verify"), Tr::tr("the subcommand"));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("the design file"));
    QString format;
    if (!parseCommand(parser, arguments, Tr::tr("usage: vpc-designer verify FILE [--format text|json]"), 2, 2, &format))
        return BadInput;
    const QString path = parser.positionalArguments().at(1);
    const auto design = load(path);
    if (!design)
        return BadInput;
    const Simulator simulator(*design);
    const Reachability engine(simulator);
    const IntentCheck checker(engine);
    const Explain explain(simulator.network());
    int holds = 0, violated = 0, invalid = 0;
    std::vector<IntentResult> results;
    for (const Intent *intent : design->intents()) {
        results.push_back(checker.check(*intent));
        switch (results.back().status) {
        case IntentResult::Status::Holds:
            ++holds;
            break;
        case IntentResult::Status::Violated:
            ++violated;
            break;
        case IntentResult::Status::Invalid:
            ++invalid;
            break;
        }
    }
    const auto intents = design->intents();
    if (format == QLatin1String("json")) {
        JsonWriter json;
        json.beginObject().key("file").value(path).key("intents").beginArray();
        for (size_t i = 0; i < results.size(); ++i) {
            const IntentResult &r = results[i];
            const Intent &intent = *intents.at(qsizetype(i));
            json.beginObject()
                .key("id")
                .value(intent.id)
                .key("name")
                .value(intent.name)
                .key("expect")
                .value(enumName(intent.expect))
                .key("status")
                .value(IntentResult::statusName(r.status))
                .key("classes")
                .value(qint64(r.classes));
            if (!r.message.isEmpty())
                json.key("message").value(r.message);
            if (r.witnessRun && r.status == IntentResult::Status::Violated) {
                writeWitness(json, witnessOf(*r.witnessRun));
                Report::runJson(json, explain, *r.witnessRun);
            }
            json.endObject();
        }
        json.endArray().key("holds").value(holds).key("violated").value(violated).key("invalid").value(invalid);
        json.endObject();
        printOut(json.data() + '\n');
    } else {
        QByteArray out;
        for (size_t i = 0; i < results.size(); ++i) {
            const IntentResult &r = results[i];
            const Intent &intent = *intents.at(qsizetype(i));
            out += QStringLiteral("%1 %2").arg(IntentResult::statusName(r.status), intent.id).toUtf8();
            if (!intent.name.isEmpty())
                out += QStringLiteral(" (%1)").arg(intent.name).toUtf8();
            out += '\n';
            if (!r.message.isEmpty())
                out += QStringLiteral("  %1\n").arg(r.message).toUtf8();
            if (r.witnessRun && r.status == IntentResult::Status::Violated)
                Report::runText(out, explain, *r.witnessRun);
        }
        out += Tr::tr("%n intent(s)", nullptr, int(results.size())).toUtf8() + ": " +
               Tr::tr("%1 holding, %2 violated, %3 invalid").arg(holds).arg(violated).arg(invalid).toUtf8() + '\n';
        printOut(out);
    }
    return violated + invalid > 0 ? Findings : Ok;
}
