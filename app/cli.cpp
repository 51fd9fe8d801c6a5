#include "cli.h"

#include "designformat.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

struct Subcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const Subcommand Subcommands[] = {
    {"validate", QT_TRANSLATE_NOOP("Cli", "check a design against every validation rule"),
     Cli::validate},
    {"export", QT_TRANSLATE_NOOP("Cli", "write the design as canonical YAML, PNG or SVG"),
     Cli::exportDesign},
    {"simulate", QT_TRANSLATE_NOOP("Cli", "replay a traffic scenario hop by hop; write its flow logs"),
     Cli::simulate},
    {"replay", QT_TRANSLATE_NOOP("Cli", "lay real flow-log files onto the design and explain each REJECT"),
     Cli::replay},
    {"rules", QT_TRANSLATE_NOOP("Cli", "list the validation rules"), Cli::rules},
};

} // namespace

bool Cli::isSubcommand(const QString &word)
{
    for (const Subcommand &s : Subcommands)
        if (word == QLatin1String(s.name))
            return true;
    return false;
}

bool Cli::needsPainting(const QString &word)
{
    return word == QLatin1String("export");
}

QString Cli::subcommandSummary()
{
    QString text = QCoreApplication::translate("Cli", "Subcommands (run without a display):") +
                   QLatin1Char('\n');
    for (const Subcommand &s : Subcommands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(s.name), -9)
                    .arg(QCoreApplication::translate("Cli", s.summary));
    return text;
}

int Cli::run(const QStringList &arguments)
{
    for (const Subcommand &s : Subcommands)
        if (arguments.value(1) == QLatin1String(s.name))
            return s.run(arguments);
    printErr(QCoreApplication::translate("Cli", "unknown subcommand '%1'").arg(arguments.value(1)));
    return BadInput;
}

void Cli::printOut(const QByteArray &bytes)
{
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

void Cli::printErr(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    fflush(stderr);
}

std::unique_ptr<Design> Cli::load(const QString &path)
{
    LoadResult result = DesignFormat::load(path);
    for (const Diagnostic &d : result.diagnostics)
        if (!d.isError())
            printErr(d.toString());
    if (!result.ok()) {
        printErr(result.firstError().toString());
        return nullptr;
    }
    return std::move(result.design);
}
