#include "lesson.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Study {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Lesson)
};

const YamlValue *entry(const YamlValue &map, QStringView key)
{
    return map.find(key);
}

QString text(const YamlValue &map, QStringView key)
{
    const YamlValue *v = entry(map, key);
    return v && v->type == YamlValue::Type::Scalar ? v->scalar.trimmed() : QString();
}

/// What the learner reads goes through the translation machinery: the bundled lessons'
/// text is in lessontext.h for lupdate (context "Lesson text"); a text no translation
/// knows (a teacher's own lesson) shows as written.
QString shown(const QString &written)
{
    return written.isEmpty() ? written : QCoreApplication::translate("Lesson text", written.toUtf8().constData());
}

QString learnerText(const YamlValue &map, QStringView key)
{
    return shown(text(map, key));
}

QStringList list(const YamlValue &map, QStringView key)
{
    const YamlValue *v = entry(map, key);
    if (!v)
        return {};
    if (v->type == YamlValue::Type::Scalar)
        return {v->scalar};
    QStringList out;
    for (const YamlValue &item : v->items)
        if (item.type == YamlValue::Type::Scalar)
            out.append(item.scalar);
    return out;
}

std::optional<bool> boolean(const YamlValue &map, QStringView key)
{
    const QString t = text(map, key);
    if (t == QLatin1String("true"))
        return true;
    if (t == QLatin1String("false"))
        return false;
    return std::nullopt;
}

std::optional<int> integer(const YamlValue &map, QStringView key)
{
    bool ok = false;
    const int n = text(map, key).toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

std::optional<Goal> readGoal(const YamlValue &g, int index, QString *why)
{
    Goal goal;
    goal.id = text(g, u"id");
    goal.text = learnerText(g, u"text");
    const QString where = Tr::tr("goal %1").arg(goal.id.isEmpty() ? QString::number(index + 1) : goal.id);
    if (g.type != YamlValue::Type::Mapping || goal.id.isEmpty()) {
        *why = Tr::tr("%1: a goal is a mapping with an id").arg(where);
        return std::nullopt;
    }
    if (entry(g, u"flow")) {
        goal.kind = Goal::Kind::Flow;
        goal.flow = text(g, u"flow");
        const QString verdict = text(g, u"verdict");
        if (verdict != QLatin1String("delivered") && verdict != QLatin1String("dropped")) {
            *why = Tr::tr("%1: a flow goal's verdict is delivered or dropped").arg(where);
            return std::nullopt;
        }
        goal.delivered = verdict == QLatin1String("delivered");
    } else if (entry(g, u"intent")) {
        goal.kind = Goal::Kind::Intent;
        goal.intent = text(g, u"intent");
        goal.holds = boolean(g, u"holds").value_or(true);
    } else if (entry(g, u"finding")) {
        goal.kind = Goal::Kind::Finding;
        goal.rule = text(g, u"finding");
        goal.objects = list(g, u"objects");
        goal.present = boolean(g, u"present").value_or(false);
    } else if (entry(g, u"object") || entry(g, u"kind")) {
        goal.kind = Goal::Kind::Object;
        goal.object = text(g, u"object");
        goal.kindTag = text(g, u"kind");
        goal.atLeast = integer(g, u"at-least").value_or(-1);
        goal.atMost = integer(g, u"at-most").value_or(-1);
        if (const auto exists = boolean(g, u"exists")) {
            goal.atLeast = *exists ? 1 : -1;
            goal.atMost = *exists ? -1 : 0;
        }
        if (goal.atLeast < 0 && goal.atMost < 0) {
            *why = Tr::tr("%1: an object goal says exists, at-least or at-most").arg(where);
            return std::nullopt;
        }
    } else if (entry(g, u"question")) {
        goal.kind = Goal::Kind::Question;
        goal.text = learnerText(g, u"question");
        goal.choices = list(g, u"choices");
        for (QString &c : goal.choices)
            c = shown(c);
        goal.answer = integer(g, u"answer").value_or(-1);
        goal.explanation = learnerText(g, u"explanation");
        if (goal.choices.size() < 2 || goal.answer < 0 || goal.answer >= goal.choices.size()) {
            *why = Tr::tr("%1: a question has two or more choices and the index of the right one (from 0)").arg(where);
            return std::nullopt;
        }
    } else {
        *why = Tr::tr("%1: a goal names a flow, an intent, a finding, an object (or kind) or a question").arg(where);
        return std::nullopt;
    }
    if (goal.text.isEmpty()) {
        *why = Tr::tr("%1: a goal says in text what it asks").arg(where);
        return std::nullopt;
    }
    return goal;
}

} // namespace

const Goal *Lesson::goal(const QString &id) const
{
    for (const Goal &g : goals)
        if (g.id == id)
            return &g;
    return nullptr;
}

bool Lesson::hasQuestions() const
{
    return std::any_of(goals.begin(), goals.end(), [](const Goal &g) { return g.kind == Goal::Kind::Question; });
}

int Lesson::answerTo(const QString &id) const
{
    for (const auto &[goal, choice] : answers)
        if (goal == id)
            return choice;
    return -1;
}

QStringList topics()
{
    return {QStringLiteral("basics"),
            QStringLiteral("egress-only"),
            QStringLiteral("gateway-endpoints"),
            QStringLiteral("interface-endpoints"),
            QStringLiteral("peering"),
            QStringLiteral("flow-logs")};
}

QString topicName(const QString &topic)
{
    if (topic == QLatin1String("basics"))
        return Tr::tr("Subnets, gateways and NAT");
    if (topic == QLatin1String("egress-only"))
        return Tr::tr("IPv6 and the egress-only internet gateway");
    if (topic == QLatin1String("gateway-endpoints"))
        return Tr::tr("Gateway endpoints");
    if (topic == QLatin1String("interface-endpoints"))
        return Tr::tr("Interface endpoints");
    if (topic == QLatin1String("peering"))
        return Tr::tr("VPC peering");
    if (topic == QLatin1String("flow-logs"))
        return Tr::tr("Flow logs");
    return topic;
}

std::optional<Lesson> parse(const YamlValue &section, QString *why)
{
    if (section.type != YamlValue::Type::Mapping) {
        *why = Tr::tr("lesson: a mapping with a title, the facts it covers and steps");
        return std::nullopt;
    }
    Lesson l;
    l.title = learnerText(section, u"title");
    l.topic = text(section, u"topic");
    l.summary = learnerText(section, u"summary");
    l.covers = list(section, u"covers");
    l.hints = list(section, u"hints");
    for (QString &h : l.hints)
        h = shown(h);
    l.played = boolean(section, u"played").value_or(false);
    l.expectedFindings = list(section, u"expected-findings");
    if (l.title.isEmpty()) {
        *why = Tr::tr("lesson: a title is needed");
        return std::nullopt;
    }
    if (!topics().contains(l.topic)) {
        *why = Tr::tr("lesson: the topic is one of %1").arg(topics().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    static const QRegularExpression fact(QStringLiteral("^F([1-9]|1[0-9]|2[0-8])$"));
    for (const QString &f : std::as_const(l.covers))
        if (!fact.match(f).hasMatch()) {
            *why = Tr::tr("lesson: covers names facts F1 to F28, not %1").arg(f);
            return std::nullopt;
        }
    if (const YamlValue *goals = entry(section, u"goals")) {
        for (size_t i = 0; i < goals->items.size(); ++i) {
            auto g = readGoal(goals->items[i], int(i), why);
            if (!g)
                return std::nullopt;
            if (l.goal(g->id)) {
                *why = Tr::tr("goal %1: two goals have this id").arg(g->id);
                return std::nullopt;
            }
            l.goals.push_back(*g);
        }
    }
    if (const YamlValue *steps = entry(section, u"steps")) {
        for (size_t i = 0; i < steps->items.size(); ++i) {
            const YamlValue &s = steps->items[i];
            Step step;
            step.text = learnerText(s, u"text");
            step.select = list(s, u"select");
            step.scenario = text(s, u"simulate");
            step.panel = text(s, u"panel");
            step.waitFor = text(s, u"wait-for");
            bool ok = false;
            const double at = text(s, u"at").toDouble(&ok);
            step.at = ok ? at : -1;
            if (step.text.isEmpty()) {
                *why = Tr::tr("step %1: a step has text").arg(i + 1);
                return std::nullopt;
            }
            if (!step.waitFor.isEmpty() && !l.goal(step.waitFor)) {
                *why = Tr::tr("step %1: wait-for names no goal of the lesson (%2)").arg(i + 1).arg(step.waitFor);
                return std::nullopt;
            }
            l.steps.push_back(step);
        }
    }
    if (l.steps.empty()) {
        *why = Tr::tr("lesson: at least one step");
        return std::nullopt;
    }
    if (const YamlValue *answers = entry(section, u"answers"); answers && answers->type == YamlValue::Type::Mapping)
        for (const auto &[goal, choice] : answers->entries) {
            bool ok = false;
            const int n = choice.scalar.toInt(&ok);
            if (ok)
                l.answers.emplace_back(goal, n);
        }
    return l;
}

YamlValue withPlayed(const YamlValue &section)
{
    YamlValue out = section;
    YamlValue yes;
    yes.type = YamlValue::Type::Scalar;
    yes.scalar = QStringLiteral("true");
    for (auto &[k, v] : out.entries)
        if (k == QLatin1String("played")) {
            v = yes;
            return out;
        }
    out.entries.emplace_back(QStringLiteral("played"), yes);
    return out;
}

YamlValue withAnswer(const YamlValue &section, const QString &goalId, int choice)
{
    YamlValue out = section;
    YamlValue *answers = nullptr;
    for (auto &[k, v] : out.entries)
        if (k == QLatin1String("answers"))
            answers = &v;
    // `answers:` that is no mapping holds no answer (parse reads none from it): the
    // learner's first answer replaces it, or it would be written and never read back.
    if (answers && answers->type != YamlValue::Type::Mapping) {
        YamlValue empty;
        empty.type = YamlValue::Type::Mapping;
        *answers = empty;
    }
    if (!answers) {
        YamlValue empty;
        empty.type = YamlValue::Type::Mapping;
        out.entries.emplace_back(QStringLiteral("answers"), empty);
        answers = &out.entries.back().second;
    }
    YamlValue value;
    value.type = YamlValue::Type::Scalar;
    value.scalar = QString::number(choice);
    for (auto &[k, v] : answers->entries)
        if (k == goalId) {
            v = value;
            return out;
        }
    answers->entries.emplace_back(goalId, value);
    return out;
}

} // namespace Study
