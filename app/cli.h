#pragma once

#include "designformat.h"

#include <QStringList>

class QCommandLineParser;

#include <memory>

class Design;
class JsonWriter;
struct Witness;

/// The headless subcommands of CLI.md. They run under a QCoreApplication: no display.
namespace Cli {

enum ExitCode { Ok = 0, Findings = 1, BadInput = 2 };

/// Whether `word` names a subcommand (validate, export, rules...).
bool isSubcommand(const QString &word);
/// Whether a first argument is a word that names neither a subcommand nor a file: a
/// mistyped subcommand, to be refused rather than opening the window (which would need a
/// display, and wait forever without one).
bool isMistypedSubcommand(const QString &word);
/// Refuses a mistyped subcommand: one line with the closest subcommand; exit code 2.
int refuseMistyped(const QString &word);
/// Whether the subcommand draws (and so needs a QApplication on the offscreen platform).
bool needsPainting(const QString &word);
/// The subcommands with one line each, for the main --help.
QString subcommandSummary();
/// Runs `arguments` (program name first, then the subcommand) and returns the exit code.
int run(const QStringList &arguments);

// Shared by the subcommand files.
void printOut(const QByteArray &bytes);
void printErr(const QString &line);
/// Loads a design; on failure prints the first error as `FILE:LINE:COLUMN: message`
/// and returns nullptr. Warnings go to stderr either way.
std::unique_ptr<Design> load(const QString &path);
/// The same for a file already read.
std::unique_ptr<Design> loaded(LoadResult result);
/// Parses a subcommand's arguments, the same for all: --help, between `minPositional` and
/// `maxPositional` (0: no limit) positionals counting the subcommand, and, when `format`
/// is given, --format text|json into it. False after printing why (`usage`, or the
/// parser's or --format's complaint); the caller exits with BadInput.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, int minPositional,
                  int maxPositional, QString *format = nullptr);

int validate(const QStringList &arguments);
int exportDesign(const QStringList &arguments);
int importDesign(const QStringList &arguments);
/// export's CloudFormation output: the templates of docs/cloudformation.md, each written whole.
int exportCloudFormation(const Design &design, const QString &out, bool json);
int rules(const QStringList &arguments);
int simulate(const QStringList &arguments);
int replay(const QStringList &arguments);
int lessons(const QStringList &arguments);
int grade(const QStringList &arguments);
int verify(const QStringList &arguments);
int reach(const QStringList &arguments);
int diff(const QStringList &arguments);

/// A finding's or an intent's witness packet as the JSON key `witness` (INTENTS.md).
void writeWitness(JsonWriter &json, const Witness &witness);

} // namespace Cli
