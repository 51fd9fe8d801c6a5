#include "cli.h"

#include "designformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int Cli::exportDesign(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes a design to OUT: .yaml as the designer saves it (canonical order and "
           "formatting). Runs without a display. The output is written whole or not at all."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), Tr::tr("the subcommand"));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("the design file (YAML)"));
    QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              Tr::tr("the file to write: .yaml or .yml"), QStringLiteral("OUT"));
    parser.addOption(output);
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || !parser.isSet(output)) {
        printErr(Tr::tr("usage: vpc-designer export FILE --output OUT.yaml"));
        return BadInput;
    }
    const QString out = parser.value(output);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("yaml") && suffix != QLatin1String("yml")) {
        printErr(Tr::tr("%1: the output must end in .yaml or .yml").arg(out));
        return BadInput;
    }
    const auto design = load(positional.at(1));
    if (!design)
        return BadInput;
    QString error;
    if (!DesignFormat::save(*design, out, &error)) {
        printErr(error);
        return BadInput;
    }
    return Ok;
}
