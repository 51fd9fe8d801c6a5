#include "cli.h"

#include "cfnimport.h"
#include "designformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The files a SOURCE names: itself, or a folder's templates (.yaml, .yml, .json,
/// .template), in name order.
QStringList filesOf(const QString &source)
{
    const QFileInfo info(source);
    if (!info.isDir())
        return {source};
    QStringList files;
    const QDir dir(source);
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml"),
                                              QStringLiteral("*.json"), QStringLiteral("*.template")},
                                             QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

int Cli::importDesign(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Reads CloudFormation templates (YAML with the short tags, or JSON; several are the stacks of one "
               "network), or the JSON the AWS CLI's describe-* commands print (several files, any order, regions and "
               "accounts), into a design and writes it to FILE.yaml: intrinsic functions evaluated, parameters from "
               "--parameter or their defaults, conditions and mappings applied. What the designer does not model is "
               "a warning with its place; the rest still loads. Runs without a display."));
    parser.addPositionalArgument(QStringLiteral("import"), Tr::tr("the subcommand"));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), Tr::tr("a template, or a folder of them"),
                                 QStringLiteral("SOURCE..."));
    QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              Tr::tr("the design file to write (.yaml)"), QStringLiteral("FILE"));
    QCommandLineOption parameter(QStringList{QStringLiteral("parameter")},
                                 Tr::tr("a template parameter's value (repeatable)"), QStringLiteral("KEY=VALUE"));
    QCommandLineOption region(QStringList{QStringLiteral("region")},
                              Tr::tr("the region of the stacks (default: the template's, else us-east-1)"),
                              QStringLiteral("REGION"));
    QCommandLineOption account(QStringList{QStringLiteral("account")},
                               Tr::tr("the account of the stacks (default: the template's, else 123456789012)"),
                               QStringLiteral("ID"));
    parser.addOption(output);
    parser.addOption(parameter);
    parser.addOption(region);
    parser.addOption(account);
    const QString usage = Tr::tr("usage: vpc-designer import SOURCE... --output FILE.yaml [--parameter KEY=VALUE]... "
                                 "[--region REGION] [--account ID]");
    if (!parseCommand(parser, arguments, usage, 2, 0))
        return BadInput;
    const QString out = parser.value(output);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QLatin1String("yaml") && suffix != QLatin1String("yml"))) {
        printErr(out.isEmpty() ? usage : Tr::tr("%1: the output must end in .yaml or .yml").arg(out));
        return BadInput;
    }
    CfnImport::Options options;
    options.region = parser.value(region);
    options.account = parser.value(account);
    for (const QString &p : parser.values(parameter)) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printErr(Tr::tr("--parameter takes KEY=VALUE, not '%1'").arg(p));
            return BadInput;
        }
        options.parameters.insert(p.left(eq), p.mid(eq + 1));
    }
    QStringList paths;
    for (const QString &source : parser.positionalArguments().mid(1))
        paths += filesOf(source);
    const CfnImport::Result result = CfnImport::readFiles(paths, options);
    for (const Diagnostic &d : result.diagnostics)
        if (!d.isError())
            printErr(Tr::tr("warning: %1").arg(d.toString()));
    if (!result.design) {
        for (const Diagnostic &d : result.diagnostics)
            if (d.isError())
                printErr(d.toString());
        return BadInput;
    }
    QString error;
    if (!DesignFormat::save(*result.design, out, &error)) {
        printErr(error);
        return BadInput;
    }
    return Ok;
}
