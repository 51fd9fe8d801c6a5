#include "cli.h"

#include "design.h"
#include "jsonwriter.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QByteArray asText(const FindingList &findings, int errors, int warnings, int infos)
{
    QByteArray out;
    for (const Finding &f : findings)
        out += QStringLiteral("%1 %2 %3: %4\n")
                   .arg(QLatin1String(severityName(f.severity)), f.rule, f.objects.join(QLatin1Char(',')), f.message)
                   .toUtf8();
    out += QCoreApplication::translate("Cli", "%n error(s)", nullptr, errors).toUtf8() + ", " +
           QCoreApplication::translate("Cli", "%n warning(s)", nullptr, warnings).toUtf8() + ", " +
           QCoreApplication::translate("Cli", "%n info(s)", nullptr, infos).toUtf8() + '\n';
    return out;
}

} // namespace

void Cli::writeWitness(JsonWriter &json, const Witness &w)
{
    // INTENTS.md: concrete addresses, so that `simulate` can replay the packet.
    json.key("witness").beginObject().key("from").value(w.from).key("to").value(w.to).key("protocol").value(w.protocol);
    if (w.port >= 0)
        json.key("port").value(w.port);
    json.endObject();
}

namespace {

QByteArray asJson(const QString &file, const FindingList &findings, int errors, int warnings, int infos)
{
    JsonWriter json;
    json.beginObject().key("file").value(file).key("findings").beginArray();
    for (const Finding &f : findings) {
        // clang-format off
        json.beginObject()
            .key("rule").value(f.rule)
            .key("severity").value(severityName(f.severity))
            .key("objects").stringArray(f.objects)
            .key("message").value(f.message);
        // clang-format on
        if (!f.witness.isEmpty())
            Cli::writeWitness(json, f.witness);
        json.endObject();
    }
    // clang-format off
    json.endArray()
        .key("errors").value(errors)
        .key("warnings").value(warnings)
        .key("infos").value(infos)
        .endObject();
    // clang-format on
    return json.data() + '\n';
}

} // namespace

int Cli::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Checks a design against every validation rule (see 'vpc-designer rules'). Runs "
               "without a display.\nExit code 0: no error finding; 1: at least one error finding; "
               "2: the file could not be used."));
    parser.addPositionalArgument(QStringLiteral("validate"), Tr::tr("the subcommand"));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("the design file (YAML)"));
    QString fmt;
    if (!parseCommand(parser, arguments, Tr::tr("usage: vpc-designer validate FILE [--format text|json]"), 2, 2, &fmt))
        return BadInput;
    const QString file = parser.positionalArguments().at(1);
    const auto design = load(file);
    if (!design)
        return BadInput;

    const FindingList findings = Validator().validate(*design);
    int errors = 0, warnings = 0, infos = 0;
    for (const Finding &f : findings) {
        errors += f.severity == Severity::Error;
        warnings += f.severity == Severity::Warning;
        infos += f.severity == Severity::Info;
    }
    printOut(fmt == QLatin1String("json") ? asJson(file, findings, errors, warnings, infos)
                                          : asText(findings, errors, warnings, infos));
    return errors > 0 ? Findings : Ok;
}
