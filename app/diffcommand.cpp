// The diff subcommand: what changed between two designs, in objects, reachability and intents.

#include "cli.h"

#include "design.h"
#include "designcompare.h"
#include "jsonwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <thread>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void openJson(JsonWriter &json, const char *key, const OpenSet &open)
{
    json.key(key).beginArray();
    for (const auto &[protocol, ports] : open.parts()) {
        json.beginObject().key("protocol").value(protocol);
        if (!ports.isEmpty())
            json.key("ports").value(ports);
        json.endObject();
    }
    json.endArray();
}

} // namespace

int Cli::diff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("What changed from OLD to NEW: objects added, removed and changed (by id and key), reachability "
               "gained and lost between subnets (exact protocols and ports), and intents that newly fail or hold. "
               "Exit code 1 when reachability widened towards a subnet that an intent protects (the destination "
               "of an intent that expects none) or an intent newly fails, 0 otherwise, 2 when a file cannot be "
               "used."));
    parser.addPositionalArgument(QStringLiteral("diff"), Tr::tr("the subcommand"));
    parser.addPositionalArgument(QStringLiteral("OLD"), Tr::tr("the design before"));
    parser.addPositionalArgument(QStringLiteral("NEW"), Tr::tr("the design after"));
    QString format;
    if (!parseCommand(parser, arguments, Tr::tr("usage: vpc-designer diff OLD NEW [--format text|json]"), 3, 3,
                      &format))
        return BadInput;
    // Both files are read at once, on two cores; their messages come in order.
    LoadResult second;
    std::thread reader([&] { second = DesignFormat::load(parser.positionalArguments().at(2)); });
    LoadResult first = DesignFormat::load(parser.positionalArguments().at(1));
    reader.join();
    const auto before = loaded(std::move(first));
    if (!before)
        return BadInput;
    const auto after = loaded(std::move(second));
    if (!after)
        return BadInput;
    QString why;
    const auto d = DesignCompare::compare(*before, *after, &why);
    if (!d) {
        printErr(why);
        return BadInput;
    }
    if (format == QLatin1String("json")) {
        JsonWriter json;
        json.beginObject()
            .key("old")
            .value(parser.positionalArguments().at(1))
            .key("new")
            .value(parser.positionalArguments().at(2));
        for (const auto &[key, list] : {std::pair{"added", &d->added}, std::pair{"removed", &d->removed}}) {
            json.key(key).beginArray();
            for (const auto &[id, kind] : *list)
                json.beginObject().key("id").value(id).key("kind").value(kind).endObject();
            json.endArray();
        }
        json.key("changed").beginArray();
        for (const DesignCompare::Changed &c : d->changed)
            json.beginObject()
                .key("id")
                .value(c.id)
                .key("kind")
                .value(c.kind)
                .key("keys")
                .stringArray(c.keys)
                .endObject();
        json.endArray().key("reachability").beginArray();
        for (const DesignCompare::Reach &r : d->reach) {
            json.beginObject().key("from").value(r.from).key("to").value(r.to);
            openJson(json, "gained", r.gained);
            openJson(json, "lost", r.lost);
            json.endObject();
        }
        json.endArray().key("intents").beginArray();
        for (const DesignCompare::IntentChange &i : d->intents) {
            json.beginObject().key("id").value(i.id).key("before").value(i.before).key("after").value(i.after);
            if (!i.message.isEmpty())
                json.key("message").value(i.message);
            json.endObject();
        }
        json.endArray().key("widens-protected").value(d->widensProtected).endObject();
        printOut(json.data() + '\n');
    } else {
        QByteArray out;
        for (const auto &[id, kind] : d->added)
            out += QStringLiteral("+ %1 (%2)\n").arg(id, kind).toUtf8();
        for (const auto &[id, kind] : d->removed)
            out += QStringLiteral("- %1 (%2)\n").arg(id, kind).toUtf8();
        for (const DesignCompare::Changed &c : d->changed)
            out += QStringLiteral("~ %1 (%2): %3\n").arg(c.id, c.kind, c.keys.join(QStringLiteral(", "))).toUtf8();
        for (const DesignCompare::Reach &r : d->reach) {
            if (!r.gained.isEmpty())
                out += Tr::tr("reach + %1 -> %2: %3").arg(r.from, r.to, r.gained.toString()).toUtf8() + '\n';
            if (!r.lost.isEmpty())
                out += Tr::tr("reach - %1 -> %2: %3").arg(r.from, r.to, r.lost.toString()).toUtf8() + '\n';
        }
        for (const DesignCompare::IntentChange &i : d->intents) {
            out += Tr::tr("intent %1: %2 -> %3").arg(i.id, i.before, i.after).toUtf8() + '\n';
            if (!i.message.isEmpty())
                out += "  " + i.message.toUtf8() + '\n';
        }
        if (d->isEmpty())
            out += Tr::tr("no change").toUtf8() + '\n';
        if (d->widensProtected)
            out += Tr::tr("reachability widened towards what an intent protects").toUtf8() + '\n';
        printOut(out);
    }
    return d->widensProtected ? Findings : Ok;
}
