#include "grader.h"

#include "design.h"
#include "intentcheck.h"
#include "report.h"
#include "validator.h"

#include <QCoreApplication>

namespace Study {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Grader)
};

const Flow *findFlow(const Design &design, const QString &id)
{
    const Object *o = design.find(id);
    return o && o->kind == ObjectKind::Flow ? static_cast<const Flow *>(o) : nullptr;
}

bool flowMet(const Goal &goal, const Design &challenge, const Design &design, QString *why)
{
    // The challenge's flow (not the learner's copy), through the learner's network.
    const Flow *flow = findFlow(challenge, goal.flow);
    if (!flow) {
        *why = Tr::tr("the challenge has no flow %1").arg(goal.flow);
        return false;
    }
    const Simulator sim(design);
    const FlowRun run = sim.run(*flow, flow->parent ? flow->parent->id : QString());
    if (!run.error.isEmpty()) {
        *why = Tr::tr("the flow %1 cannot run in your design: %2").arg(flow->id, run.error);
        return false;
    }
    if (run.delivered() == goal.delivered)
        return true;
    if (goal.delivered) {
        const Explain explain(sim.network());
        const PacketPath &path = !run.request.delivered() ? run.request : run.reply;
        const QList<HopText> blocks = Report::blockedBy(explain, path, run.protocol);
        const QString where =
            path.reached || !blocks.isEmpty()
                ? (blocks.isEmpty() ? QString() : blocks.first().at + QStringLiteral(": ") + blocks.first().detail)
                : QString();
        // Each message takes the arguments it names (one too many is a runtime warning).
        *why = &path == &run.request
                   ? Tr::tr("%1 from %2 to %3 is dropped on its way").arg(flow->id, flow->from, flow->to)
                   : Tr::tr("%1 gets there, but its answer is dropped on the way back").arg(flow->id);
        if (!where.isEmpty())
            *why += QStringLiteral(" (") + where + QLatin1Char(')');
        return false;
    }
    *why = Tr::tr("%1 from %2 to %3 still gets through; nothing in your design stops it")
               .arg(flow->id, flow->from, flow->to);
    return false;
}

bool intentMet(const Goal &goal, const Design &challenge, const Design &design, QString *why)
{
    // The challenge's intent (not the learner's copy), proved over the learner's network.
    const Object *o = challenge.find(goal.intent);
    if (!o || o->kind != ObjectKind::Intent) {
        *why = Tr::tr("the challenge has no intent %1").arg(goal.intent);
        return false;
    }
    const Simulator sim(design);
    const Reachability engine(sim);
    const IntentResult r = IntentCheck(engine).check(*static_cast<const Intent *>(o));
    if (r.status == IntentResult::Status::Invalid) {
        *why = Tr::tr("%1 cannot be checked in your design: %2").arg(goal.intent, r.message);
        return false;
    }
    const bool holds = r.status == IntentResult::Status::Holds;
    if (holds == goal.holds)
        return true;
    *why = holds ? Tr::tr("%1 holds in your design; it should not").arg(goal.intent) : r.message;
    return false;
}

bool findingMet(const Goal &goal, const Design &design, QString *why)
{
    const FindingList findings = Validator().validate(design);
    const Finding *hit = nullptr;
    for (const Finding &f : findings) {
        if (f.rule != goal.rule)
            continue;
        bool names = true;
        for (const QString &o : goal.objects)
            names = names && f.objects.contains(o);
        if (names) {
            hit = &f;
            break;
        }
    }
    if (goal.present == (hit != nullptr))
        return true;
    *why = hit ? Tr::tr("the designer still finds %1: %2").arg(goal.rule, hit->message)
               : Tr::tr("the designer does not find %1 in your design").arg(goal.rule);
    return false;
}

bool objectMet(const Goal &goal, const Design &design, QString *why)
{
    int count = 0;
    QString tag = goal.kindTag;
    if (!goal.object.isEmpty()) {
        const Object *o = design.find(goal.object);
        count = o ? 1 : 0;
        tag = goal.object;
    } else {
        design.forEachObject([&](Object &o) { count += goal.kindTag == QLatin1String(kindTag(o.kind)); });
    }
    if ((goal.atLeast < 0 || count >= goal.atLeast) && (goal.atMost < 0 || count <= goal.atMost))
        return true;
    QString name = tag;
    for (int k = 0; k < ObjectKindCount; ++k)
        if (tag == QLatin1String(kindTag(ObjectKind(k))))
            name = kindName(ObjectKind(k));
    if (!goal.object.isEmpty())
        *why = count ? Tr::tr("%1 is still in your design").arg(goal.object)
                     : Tr::tr("your design has no %1").arg(goal.object);
    else if (goal.atMost >= 0 && count > goal.atMost)
        *why = Tr::tr("%1: %2 in your design, at most %3 wanted").arg(name).arg(count).arg(goal.atMost);
    else
        *why = Tr::tr("%1: %2 in your design, at least %3 wanted").arg(name).arg(count).arg(goal.atLeast);
    return false;
}

} // namespace

bool meets(const Goal &goal, const Design &challenge, const Design &design, QString *why)
{
    QString ignored;
    QString &out = why ? *why : ignored;
    switch (goal.kind) {
    case Goal::Kind::Flow:
        return flowMet(goal, challenge, design, &out);
    case Goal::Kind::Intent:
        return intentMet(goal, challenge, design, &out);
    case Goal::Kind::Finding:
        return findingMet(goal, design, &out);
    case Goal::Kind::Object:
        return objectMet(goal, design, &out);
    case Goal::Kind::Question:
        out = Tr::tr("a question is answered, not built");
        return false;
    }
    return false;
}

Grade grade(const Lesson &lesson, const Design &challenge, const Design &answer, const Lesson &answered)
{
    Grade g;
    for (const Goal &goal : lesson.goals) {
        GoalResult r;
        r.id = goal.id;
        r.kind = goal.kind;
        r.text = goal.text;
        if (goal.kind == Goal::Kind::Question) {
            const int choice = answered.answerTo(goal.id);
            r.met = choice == goal.answer;
            if (choice < 0 && answered.played)
                r.why = Tr::tr("not answered before the simulation was played");
            else if (choice < 0)
                r.why = Tr::tr("not answered");
            else if (!r.met)
                r.why = Tr::tr("you chose \"%1\"; the answer is \"%2\": %3")
                            .arg(goal.choices.value(choice, QString::number(choice)), goal.choices.at(goal.answer),
                                 goal.explanation);
        } else {
            r.met = meets(goal, challenge, answer, &r.why);
        }
        g.met += r.met;
        g.goals.push_back(r);
    }
    g.score = g.goals.empty() ? 100 : int(std::lround(100.0 * g.met / double(g.goals.size())));
    return g;
}

} // namespace Study
