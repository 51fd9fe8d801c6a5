#include "cli.h"

#include "jsonwriter.h"
#include "validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int Cli::rules(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Lists every validation rule: id, severity and a one-line summary."));
    parser.addPositionalArgument(QStringLiteral("rules"), QCoreApplication::translate("Cli", "the subcommand"));
    QString fmt;
    if (!parseCommand(parser, arguments,
                      QCoreApplication::translate("Cli", "usage: vpc-designer rules [--format text|json]"), 1, 1, &fmt))
        return BadInput;
    const QList<const RuleInfo *> &catalogue = Validator::catalogue();
    if (fmt == QLatin1String("json")) {
        JsonWriter json;
        json.beginObject().key("rules").beginArray();
        for (const RuleInfo *r : catalogue) {
            // clang-format off
            json.beginObject()
                .key("id").value(r->id)
                .key("severity").value(severityName(r->severity))
                .key("summary").value(QCoreApplication::translate("Rules", r->summary))
                .endObject();
            // clang-format on
        }
        json.endArray().endObject();
        printOut(json.data() + '\n');
        return Ok;
    }
    int width = 0;
    for (const RuleInfo *r : catalogue)
        width = std::max(width, int(qstrlen(r->id)));
    QByteArray out;
    for (const RuleInfo *r : catalogue)
        out += QStringLiteral("%1  %2  %3\n")
                   .arg(QLatin1String(r->id), -width)
                   .arg(QLatin1String(severityName(r->severity)), -7)
                   .arg(QCoreApplication::translate("Rules", r->summary))
                   .toUtf8();
    printOut(out);
    return Ok;
}
