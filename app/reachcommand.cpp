// The reach subcommand: the reachability matrix (INTENTS.md), exact protocol/port sets.

#include "cli.h"

#include "csv.h"
#include "design.h"
#include "finding.h"
#include "jsonwriter.h"
#include "reachmatrix.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int Cli::reach(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The reachability matrix: for each pair of spaces, the exact protocols and ports that are delivered "
               "and answered, proved over every packet. By default every subnet against every subnet of its VPC "
               "and of the VPCs peered with it; --from and --to (each may be given more than once) name the rows "
               "and columns: internet, a CIDR block, service:NAME, or a VPC, subnet, security group, instance, NAT "
               "gateway or endpoint."));
    parser.addPositionalArgument(QStringLiteral("reach"), Tr::tr("the subcommand"));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("the design file"));
    QCommandLineOption fromOption(QStringList{QStringLiteral("from")}, Tr::tr("a row: a space"),
                                  QStringLiteral("SPACE"));
    QCommandLineOption toOption(QStringList{QStringLiteral("to")}, Tr::tr("a column: a space"),
                                QStringLiteral("SPACE"));
    QCommandLineOption formatOption(QStringList{QStringLiteral("format")},
                                    Tr::tr("output format: text (default), json or csv"),
                                    QStringLiteral("text|json|csv"), QStringLiteral("text"));
    parser.addOption(fromOption);
    parser.addOption(toOption);
    parser.addOption(formatOption);
    if (!parseCommand(parser, arguments,
                      Tr::tr("usage: vpc-designer reach FILE [--from SPACE] [--to SPACE] [--format text|json|csv]"), 2,
                      2))
        return BadInput;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("csv")) {
        printErr(Tr::tr("--format is text, json or csv, not '%1'").arg(format));
        return BadInput;
    }
    const QString path = parser.positionalArguments().at(1);
    const auto design = load(path);
    if (!design)
        return BadInput;
    QStringList rows = parser.values(fromOption);
    QStringList columns = parser.values(toOption);
    const bool connectedOnly = rows.isEmpty() && columns.isEmpty();
    if (rows.isEmpty())
        rows = ReachMatrix::subnets(*design);
    if (columns.isEmpty())
        columns = ReachMatrix::subnets(*design);
    const Simulator simulator(*design);
    const Reachability engine(simulator);
    QString why;
    const auto m = ReachMatrix::compute(engine, rows, columns, connectedOnly, &why);
    if (!m) {
        printErr(why);
        return BadInput;
    }
    if (format == QLatin1String("json")) {
        JsonWriter json;
        json.beginObject().key("file").value(path).key("rows").stringArray(m->rows).key("columns").stringArray(
            m->columns);
        json.key("cells").beginArray();
        for (const ReachMatrix::Cell &c : m->cells) {
            json.beginObject().key("from").value(m->rows[c.row]).key("to").value(m->columns[c.column]);
            json.key("open").beginArray();
            for (const auto &[protocol, ports] : c.open.parts()) {
                json.beginObject().key("protocol").value(protocol);
                if (!ports.isEmpty())
                    json.key("ports").value(ports);
                json.endObject();
            }
            json.endArray();
            if (!c.witnessPacket.isEmpty())
                writeWitness(json, c.witnessPacket);
            json.endObject();
        }
        json.endArray().key("pairs").value(m->pairs).key("classes").value(m->classes).endObject();
        printOut(json.data() + '\n');
    } else if (format == QLatin1String("csv")) {
        QByteArray out = "from,to,protocol,ports\n";
        for (const ReachMatrix::Cell &c : m->cells)
            for (const auto &[protocol, ports] : c.open.parts())
                out +=
                    QStringLiteral("%1,%2,%3,%4\n")
                        .arg(Csv::field(m->rows[c.row]), Csv::field(m->columns[c.column]), protocol, Csv::field(ports))
                        .toUtf8();
        printOut(out);
    } else {
        QByteArray out;
        for (const ReachMatrix::Cell &c : m->cells)
            out +=
                QStringLiteral("%1 -> %2: %3\n").arg(m->rows[c.row], m->columns[c.column], c.open.toString()).toUtf8();
        out += Tr::tr("%n pair(s) of spaces", nullptr, int(m->pairs)).toUtf8() + ", " +
               Tr::tr("%n with something open", nullptr, int(m->cells.size())).toUtf8() + ", " +
               Tr::tr("%n class(es) of packets evaluated", nullptr, int(m->classes)).toUtf8() + '\n';
        printOut(out);
    }
    return Ok;
}
