// The study subcommands: lessons (the bundled lessons and challenges) and grade.

#include "cli.h"

#include "designformat.h"
#include "grader.h"
#include "jsonwriter.h"
#include "library.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// The bundled lessons are a resource of this static library: make sure it is linked in.
static void initLessons()
{
    Q_INIT_RESOURCE(resources);
}

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int Cli::lessons(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists the bundled lessons and challenges: id, topic, title, the facts "
                                            "they cover, and for a challenge its number of goals."));
    parser.addPositionalArgument(QStringLiteral("lessons"), Tr::tr("the subcommand"));
    QString format;
    if (!parseCommand(parser, arguments, Tr::tr("usage: vpc-designer lessons [--format text|json]"), 1, 1, &format))
        return BadInput;
    initLessons();
    std::vector<Study::Loaded> all;
    for (const QString &id : Study::bundledIds()) {
        QString why;
        auto l = Study::load(id, &why);
        if (!l) {
            printErr(why);
            return BadInput;
        }
        all.push_back(std::move(*l));
    }
    if (format == QLatin1String("json")) {
        JsonWriter json;
        json.beginObject().key("lessons").beginArray();
        for (const Study::Loaded &l : all) {
            json.beginObject()
                .key("id")
                .value(l.id)
                .key("title")
                .value(l.lesson.title)
                .key("topic")
                .value(l.lesson.topic)
                .key("challenge")
                .value(l.lesson.isChallenge())
                .key("steps")
                .value(qint64(l.lesson.steps.size()))
                .key("goals")
                .value(qint64(l.lesson.goals.size()))
                .key("covers")
                .beginArray();
            for (const QString &f : l.lesson.covers)
                json.value(f);
            json.endArray().endObject();
        }
        json.endArray().endObject();
        printOut(json.data() + '\n');
        return Ok;
    }
    int width = 0;
    for (const Study::Loaded &l : all)
        width = std::max(width, int(l.id.size()));
    QByteArray out;
    for (const Study::Loaded &l : all)
        out += QStringLiteral("%1  %2  %3  %4  [%5]\n")
                   .arg(l.id, -width)
                   .arg(l.lesson.isChallenge() ? Tr::tr("challenge") : Tr::tr("lesson"), -9)
                   .arg(l.lesson.topic, -19)
                   .arg(l.lesson.title, l.lesson.covers.join(QStringLiteral(", ")))
                   .toUtf8();
    printOut(out);
    return Ok;
}

int Cli::grade(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Grades learners' design files against a challenge (a bundled id or a file): every goal is checked "
               "in each file, with what is wrong and where.\n"
               "Exit code 0: every file passes; 1: some file misses a goal; 2: the input could not be used."));
    parser.addPositionalArgument(QStringLiteral("grade"), Tr::tr("the subcommand"));
    parser.addPositionalArgument(QStringLiteral("CHALLENGE"), Tr::tr("a bundled challenge's id, or its file"));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("the learners' design files"),
                                 QStringLiteral("FILE..."));
    QString format;
    if (!parseCommand(parser, arguments, Tr::tr("usage: vpc-designer grade CHALLENGE FILE... [--format text|json]"), 3,
                      0, &format))
        return BadInput;
    initLessons();
    const QStringList positional = parser.positionalArguments();
    QString why;
    const auto challenge = Study::load(positional.at(1), &why);
    if (!challenge) {
        printErr(why);
        return BadInput;
    }
    if (!challenge->lesson.isChallenge()) {
        printErr(Tr::tr("%1 is a lesson without goals: there is nothing to grade").arg(positional.at(1)));
        return BadInput;
    }
    struct Result
    {
        QString file;
        QString error;
        Study::Grade grade;
    };
    std::vector<Result> results;
    bool unreadable = false, missed = false;
    for (const QString &file : positional.mid(2)) {
        Result r{file, {}, {}};
        LoadResult loaded = DesignFormat::load(file);
        if (!loaded.ok()) {
            r.error = loaded.firstError().toString();
            printErr(r.error);
            unreadable = true;
            results.push_back(r);
            continue;
        }
        // The learner's answers to questions stand in their file's lesson section.
        QString ignored;
        const Study::Lesson answered = Study::parse(loaded.design->lesson, &ignored).value_or(Study::Lesson{});
        r.grade = Study::grade(challenge->lesson, *challenge->design, *loaded.design, answered);
        missed = missed || !r.grade.passed();
        results.push_back(r);
    }
    if (format == QLatin1String("json")) {
        JsonWriter json;
        json.beginObject().key("challenge").value(challenge->id).key("results").beginArray();
        for (const Result &r : results) {
            json.beginObject().key("file").value(r.file);
            if (!r.error.isEmpty()) {
                json.key("error").value(r.error).endObject();
                continue;
            }
            json.key("score")
                .value(qint64(r.grade.score))
                .key("passed")
                .value(r.grade.passed())
                .key("goals")
                .beginArray();
            for (const Study::GoalResult &g : r.grade.goals) {
                json.beginObject().key("id").value(g.id).key("met").value(g.met).key("text").value(g.text);
                if (!g.met)
                    json.key("why").value(g.why);
                json.endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().endObject();
        printOut(json.data() + '\n');
    } else {
        QByteArray out;
        for (const Result &r : results) {
            if (!r.error.isEmpty()) {
                out += Tr::tr("%1: not graded: %2\n").arg(r.file, r.error).toUtf8();
                continue;
            }
            out += Tr::tr("%1: %2 of %3 goals, %4%\n")
                       .arg(r.file)
                       .arg(r.grade.met)
                       .arg(r.grade.goals.size())
                       .arg(r.grade.score)
                       .toUtf8();
            for (const Study::GoalResult &g : r.grade.goals)
                out += (g.met ? QStringLiteral("  met     %1: %2\n").arg(g.id, g.text)
                              : QStringLiteral("  missed  %1: %2 (%3)\n").arg(g.id, g.text, g.why))
                           .toUtf8();
        }
        printOut(out);
    }
    return unreadable ? BadInput : missed ? Findings : Ok;
}
