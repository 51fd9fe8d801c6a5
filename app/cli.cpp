#include "cli.h"

#include "designformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Subcommand
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
};

const Subcommand Subcommands[] = {
    {"validate", QT_TRANSLATE_NOOP("Cli", "check a design against every validation rule"), Cli::validate},
    {"export", QT_TRANSLATE_NOOP("Cli", "write the design as canonical YAML, or draw it as PNG, SVG or PDF"),
     Cli::exportDesign},
    {"simulate", QT_TRANSLATE_NOOP("Cli", "replay a traffic scenario hop by hop; write its flow logs"), Cli::simulate},
    {"replay", QT_TRANSLATE_NOOP("Cli", "lay real flow-log files onto the design and explain each REJECT"),
     Cli::replay},
    {"rules", QT_TRANSLATE_NOOP("Cli", "list the validation rules"), Cli::rules},
    {"lessons", QT_TRANSLATE_NOOP("Cli", "list the bundled lessons and challenges"), Cli::lessons},
    {"grade", QT_TRANSLATE_NOOP("Cli", "grade learners' design files against a challenge"), Cli::grade},
    {"verify", QT_TRANSLATE_NOOP("Cli", "prove the design's intents over every packet"), Cli::verify},
    {"reach", QT_TRANSLATE_NOOP("Cli", "the reachability matrix: exact protocols and ports between spaces"),
     Cli::reach},
    {"diff", QT_TRANSLATE_NOOP("Cli", "what changed between two designs: objects, reachability, intents"), Cli::diff},
    {"import", QT_TRANSLATE_NOOP("Cli", "read CloudFormation templates into a design"), Cli::importDesign},
};

} // namespace

bool Cli::isSubcommand(const QString &word)
{
    for (const Subcommand &s : Subcommands)
        if (word == QLatin1String(s.name))
            return true;
    return false;
}

namespace {

/// Letters to change, add or remove to make `a` into `b`.
int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[size_t(b.size())];
}

} // namespace

bool Cli::isMistypedSubcommand(const QString &word)
{
    // A word: letters and dashes, no dot, no slash (those are file names), not an option.
    if (word.isEmpty() || word.startsWith(QLatin1Char('-')) || isSubcommand(word) || QFileInfo::exists(word))
        return false;
    for (const QChar c : word)
        if (!c.isLetter() && c != QLatin1Char('-'))
            return false;
    return true;
}

int Cli::refuseMistyped(const QString &word)
{
    QString best;
    int distance = 3; // farther than two edits is no suggestion
    for (const Subcommand &s : Subcommands) {
        const QString name = QLatin1String(s.name);
        const int d = name.startsWith(word.toLower()) ? 0 : editDistance(word.toLower(), name);
        if (d < distance) {
            distance = d;
            best = name;
        }
    }
    printErr(best.isEmpty()
                 ? QCoreApplication::translate("Cli", "unknown subcommand '%1' (and no such file); "
                                                      "'vpc-designer --help' lists the subcommands")
                       .arg(word)
                 : QCoreApplication::translate("Cli", "unknown subcommand '%1' (and no such file); did you mean '%2'?")
                       .arg(word, best));
    return BadInput;
}

bool Cli::needsPainting(const QString &word)
{
    return word == QLatin1String("export");
}

QString Cli::subcommandSummary()
{
    QString text = QCoreApplication::translate("Cli", "Subcommands (run without a display):") + QLatin1Char('\n');
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
    return loaded(DesignFormat::load(path));
}

std::unique_ptr<Design> Cli::loaded(LoadResult result)
{
    if (!result.ok()) {
        printErr(result.firstError().toString()); // one line: the first error, no warnings
        return nullptr;
    }
    for (const Diagnostic &d : result.diagnostics)
        if (!d.isError())
            printErr(d.toString());
    return std::move(result.design);
}

bool Cli::parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &usage,
                       int minPositional, int maxPositional, QString *format)
{
    QCommandLineOption formatOption(QStringList{QStringLiteral("format")},
                                    QCoreApplication::translate("Cli", "output format: text (default) or json"),
                                    QStringLiteral("text|json"), QStringLiteral("text"));
    if (format)
        parser.addOption(formatOption);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printErr(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional > 0 && n > maxPositional)) {
        printErr(usage);
        return false;
    }
    if (format) {
        *format = parser.value(formatOption);
        if (*format != QLatin1String("text") && *format != QLatin1String("json")) {
            printErr(QCoreApplication::translate("Cli", "--format is text or json, not '%1'").arg(*format));
            return false;
        }
    }
    return true;
}
