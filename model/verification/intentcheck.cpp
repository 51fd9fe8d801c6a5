#include "intentcheck.h"

#include "explain.h"

#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Intents)
};

/// "tcp/5432 from 203.0.113.0 to 10.10.20.10": the witness as a packet.
QString packetText(const FlowRun &run)
{
    return Tr::tr("%1 from %2 to %3")
        .arg(Explain::traffic(run.protocol, run.port), run.from.address.toString(), run.to.address.toString());
}

/// The settings that let a delivered request in at its destination: the last network ACL
/// and security group that allowed it (most specific first).
QList<const Hop *> allowedBy(const PacketPath &path)
{
    const Hop *group = nullptr;
    const Hop *acl = nullptr;
    for (int i = 0; i < path.count; ++i) {
        const Hop &h = path.hops[size_t(i)];
        if (h.verdict != Hop::Verdict::Pass)
            continue;
        if (h.kind == Hop::Kind::SecurityGroup && h.why == Hop::Why::GroupAllows)
            group = &h;
        else if (h.kind == Hop::Kind::NetworkAcl && h.why == Hop::Why::AclAllows)
            acl = &h;
    }
    QList<const Hop *> out;
    for (const Hop *h : {group, acl})
        if (h)
            out.append(h);
    return out;
}

const Hop *firstBlock(const PacketPath &path)
{
    for (int i = 0; i < path.count; ++i)
        if (path.hops[size_t(i)].verdict == Hop::Verdict::Block)
            return &path.hops[size_t(i)];
    return nullptr;
}

bool passes(const PacketPath &path, const Explain &explain, const QString &id)
{
    for (int i = 0; i < path.count; ++i) {
        const Hop &h = path.hops[size_t(i)];
        if (h.verdict != Hop::Verdict::Block && explain.objectId(h) == id)
            return true;
    }
    return false;
}

} // namespace

QString IntentResult::statusName(Status status)
{
    switch (status) {
    case Status::Holds:
        return QStringLiteral("holds");
    case Status::Violated:
        return QStringLiteral("violated");
    case Status::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

IntentResult IntentCheck::check(const Intent &intent) const
{
    IntentResult result;
    result.objects = {intent.id};
    const Network &net = mEngine.network();
    const auto invalid = [&](const QString &why) {
        result.status = IntentResult::Status::Invalid;
        result.message = why;
        return result;
    };
    Reachability::Query q;
    for (const auto &[spaces, into, side] : {std::tuple{&intent.from, &q.from, QStringLiteral("from")},
                                             std::tuple{&intent.to, &q.to, QStringLiteral("to")}}) {
        if (spaces->isEmpty())
            return invalid(Tr::tr("%1 names no space").arg(side));
        for (const QString &text : *spaces) {
            QString why;
            auto s = Space::resolve(net, text, &why);
            if (!s)
                return invalid(Tr::tr("%1: %2").arg(side, why));
            if (s->kind == Space::Kind::Interfaces && s->interfaces.empty())
                return invalid(Tr::tr("%1: %2 has no interface (no instance, NAT gateway or interface endpoint), so "
                                      "it is an empty space")
                                   .arg(side, text));
            into->push_back(*s);
        }
    }
    q.protocol = intent.protocol;
    q.answers = intent.expect != IntentExpect::None; // none: the request alone counts
    q.budget = mBudget;
    q.ports = intent.ports.isEmpty() ? QList<PortRange>{PortRange::all()} : intent.ports;
    const bool allPorts = q.ports.size() == 1 && q.ports.front().isAll();
    if (!allPorts && !intent.protocol.hasPorts() && !intent.protocol.isAll())
        return invalid(Tr::tr("%1 has no ports: a port range is for tcp, udp or all").arg(intent.protocol.toString()));
    if (!intent.via.isEmpty()) {
        const Object *via = net.design().find(intent.via);
        if (!via)
            return invalid(Tr::tr("via names nothing: '%1'").arg(intent.via));
    }

    const Explain explain(net);
    std::optional<PacketClass> breaks; // a class that breaks the intent
    std::optional<PacketClass> proves; // some: a class that gets there and back
    std::optional<PacketClass> firstRunnable;
    QString firstError;
    const bool checkVia = !intent.via.isEmpty() && intent.expect != IntentExpect::None;
    result.classes = mEngine.forEachClass(q, [&](const PacketClass &c) {
        if (!c.error.isEmpty()) {
            if (firstError.isEmpty())
                firstError = c.error;
            return true;
        }
        if (!firstRunnable)
            firstRunnable = c;
        if ((intent.expect == IntentExpect::None && c.delivered) || (intent.expect == IntentExpect::All && !c.answered))
            breaks = c;
        else if (checkVia && c.delivered && !passes(mEngine.run(c).request, explain, intent.via))
            breaks = c;
        if (intent.expect == IntentExpect::Some && c.answered && !proves)
            proves = c;
        // Every class is looked at, but for the first that breaks it; some without via
        // is proved by one.
        return !breaks && !(proves && !checkVia);
    });
    if (result.classes < 0)
        return invalid(Tr::tr("proving it takes more than %1 classes of packets; narrow its spaces, protocol or ports")
                           .arg(mBudget));
    if (!firstRunnable)
        return invalid(firstError.isEmpty() ? Tr::tr("no packet can go from these spaces to those")
                                            : Tr::tr("no packet of these spaces can be sent: %1").arg(firstError));

    const QString name = intent.name.isEmpty() ? intent.id : QStringLiteral("%1 (%2)").arg(intent.id, intent.name);
    if (breaks) {
        result.status = IntentResult::Status::Violated;
        result.witness = breaks;
    } else if (intent.expect == IntentExpect::Some && !proves) {
        // Nothing gets through and back: the first class shows where it stops.
        result.status = IntentResult::Status::Violated;
        result.witness = firstRunnable;
    } else {
        result.status = IntentResult::Status::Holds;
        result.witness = proves; // some: the packet that proves it
        return result;
    }
    result.witnessRun = mEngine.run(*result.witness);
    const FlowRun &run = *result.witnessRun;
    const PacketClass &w = *result.witness;
    for (const PacketEnd *e : {&w.from, &w.to})
        if (e->type == PacketEnd::Type::Interface && net.interfaces[size_t(e->interface)].owner)
            result.objects.append(net.interfaces[size_t(e->interface)].owner->id);
    const bool viaMissed = checkVia && run.requestDelivered() && !passes(run.request, explain, intent.via);
    if (intent.expect == IntentExpect::None) {
        QStringList why;
        for (const Hop *h : allowedBy(run.request)) {
            const HopText t = explain.hop(*h, run.protocol);
            why.append(Tr::tr("%1, whose %2").arg(t.at, t.detail));
            result.objects.append(explain.objectId(*h));
        }
        result.message =
            why.isEmpty()
                ? Tr::tr("%1 does not hold: %2 is delivered; nothing on its way stops it").arg(name, packetText(run))
                : Tr::tr("%1 does not hold: %2 is delivered, let in by %3; narrow that rule "
                         "(or deny the traffic in a network ACL) to keep it out")
                      .arg(name, packetText(run), why.join(Tr::tr("; and by ")));
    } else if (viaMissed) {
        result.message = Tr::tr("%1 does not hold: %2 is delivered without passing %3; route it through %3")
                             .arg(name, packetText(run), intent.via);
        result.objects.append(intent.via);
    } else {
        const bool back = run.requestDelivered();
        const Hop *block = firstBlock(back ? run.reply : run.request);
        QString where;
        if (block) {
            const HopText t = explain.hop(*block, run.protocol);
            where = QStringLiteral("%1: %2").arg(t.at, t.detail);
            result.objects.append(explain.objectId(*block));
        } else {
            where = Tr::tr("it has nowhere to go");
        }
        const QString what = intent.expect == IntentExpect::All
                                 ? Tr::tr("%1 does not hold: %2").arg(name, packetText(run))
                                 : Tr::tr("%1 does not hold: no packet gets there and "
                                          "back; for one, %2")
                                       .arg(name, packetText(run));
        result.message = back ? Tr::tr("%1 gets there, but its answer is stopped at %2").arg(what, where)
                              : Tr::tr("%1 is stopped at %2").arg(what, where);
    }
    result.objects.removeAll(QString());
    result.objects.removeDuplicates();
    return result;
}
