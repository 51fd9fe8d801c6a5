#include "designformat.h"
#include "grader.h"
#include "library.h"
#include "simulator.h"
#include "validator.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

/// Study mode (STUDY.md): every bundled lesson reads, its design is clean (or shows the
/// findings it says it shows), its steps name what exists; every challenge fails as it
/// starts and passes with its reference answer (tests/data/study/answers, not shipped).
class TestStudy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lessons_data();
    void lessons();
    void challenges_data();
    void challenges();
    void gradeSaysWhatIsWrong();
    void badLessonsAreRefused_data();
    void badLessonsAreRefused();
    void answersAreKept();
    void coverage();
    void playedLocksThePredictions();
    void lessonTextIsTranslatable();
    void lessonTextIsTranslated();

private:
    static QStringList files();
};

QStringList TestStudy::files()
{
    QStringList out;
    const QDir dir(QStringLiteral(VPC_LESSONS));
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

void TestStudy::lessons_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &p : files())
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

void TestStudy::lessons()
{
    QFETCH(QString, path);
    QString why;
    const auto l = Study::load(path, &why);
    QVERIFY2(l, qPrintable(why));
    QVERIFY(!l->lesson.covers.isEmpty());
    QVERIFY(l->lesson.steps.size() >= 1 && l->lesson.steps.size() <= 8);
    // Clean, but for the findings the lesson is about, which must all be there.
    QStringList errors, found;
    for (const Finding &f : Validator().validate(*l->design)) {
        found.append(f.rule);
        if (f.severity == Severity::Error && !l->lesson.expectedFindings.contains(f.rule))
            errors.append(f.rule + QStringLiteral(": ") + f.message);
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    for (const QString &rule : l->lesson.expectedFindings)
        QVERIFY2(found.contains(rule), qPrintable(rule));
    // Every step names objects and scenarios that exist, and every flow of them runs.
    const Simulator sim(*l->design);
    for (const Study::Step &s : l->lesson.steps) {
        for (const QString &id : s.select)
            QVERIFY2(l->design->find(id), qPrintable(id));
        if (!s.scenario.isEmpty()) {
            const Object *o = l->design->find(s.scenario);
            QVERIFY2(o && o->kind == ObjectKind::Scenario, qPrintable(s.scenario));
            for (const FlowRun &run : sim.run(*static_cast<const Scenario *>(o)))
                QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        }
    }
    // What a lesson shows, the designer shows: every flow of a lesson runs.
    for (const Scenario *s : l->design->scenarios())
        QVERIFY(!s->flows.empty());
}

void TestStudy::challenges_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &p : files())
        if (QFileInfo(p).fileName().startsWith(QLatin1String("challenge-")))
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

void TestStudy::challenges()
{
    QFETCH(QString, path);
    QString why;
    const auto c = Study::load(path, &why);
    QVERIFY2(c, qPrintable(why));
    QVERIFY(c->lesson.isChallenge());
    QVERIFY(!c->lesson.hints.isEmpty());
    // As it starts, it is not solved.
    const Study::Grade start = Study::grade(c->lesson, *c->design, *c->design, c->lesson);
    QVERIFY(!start.passed());
    QVERIFY(start.score < 100);
    for (const Study::GoalResult &g : start.goals)
        QVERIFY2(g.met || !g.why.isEmpty(), qPrintable(g.id));
    // The reference answer solves it.
    const QString answerPath = QStringLiteral(VPC_TEST_DATA "/study/answers/") + QFileInfo(path).fileName();
    LoadResult answer = DesignFormat::load(answerPath);
    QVERIFY2(answer.ok(), qPrintable(answerPath));
    const auto answered = Study::parse(answer.design->lesson, &why);
    QVERIFY2(answered, qPrintable(why));
    const Study::Grade solved = Study::grade(c->lesson, *c->design, *answer.design, *answered);
    for (const Study::GoalResult &g : solved.goals)
        QVERIFY2(g.met, qPrintable(g.id + QStringLiteral(": ") + g.why));
    QCOMPARE(solved.score, 100);
}

void TestStudy::gradeSaysWhatIsWrong()
{
    QString why;
    const auto c = Study::load(QStringLiteral(VPC_LESSONS "/challenge-private-egress.yaml"), &why);
    QVERIFY2(c, qPrintable(why));
    // A shortcut: a public address and a route to the internet gateway. The update gets out,
    // but the server is no longer private, and the grade says so with the finding.
    auto shortcut = c->design->clone();
    auto *rtb = shortcut->find<RouteTable>(QStringLiteral("rtb-private"), ObjectKind::RouteTable);
    rtb->routes.append({*Cidr::parse(QStringView(u"0.0.0.0/0")), QStringLiteral("igw-shop"), false});
    auto *app = shortcut->find<Instance>(QStringLiteral("i-app"), ObjectKind::Instance);
    app->publicIp = *IpAddress::parse(QStringView(u"198.51.100.77"));
    const Study::Grade g = Study::grade(c->lesson, *c->design, *shortcut, Study::Lesson{});
    QMap<QString, Study::GoalResult> byId;
    for (const Study::GoalResult &r : g.goals)
        byId.insert(r.id, r);
    QVERIFY(byId[QStringLiteral("updates")].met);
    QVERIFY(!byId[QStringLiteral("nat")].met);
    QVERIFY2(byId[QStringLiteral("nat")].why.contains(QLatin1String("NAT gateway: 0 in your design")),
             qPrintable(byId[QStringLiteral("nat")].why));
    QCOMPARE(byId[QStringLiteral("why-not-in")].why, QStringLiteral("not answered"));
    // The intent goal is proved over every packet: the shortcut's group still admits only the
    // VPC; opened to the world, some packet gets in, and the grade names it and the rule.
    QVERIFY2(byId[QStringLiteral("still-private")].met, qPrintable(byId[QStringLiteral("still-private")].why));
    auto *group = shortcut->find<SecurityGroup>(QStringLiteral("sg-app"), ObjectKind::SecurityGroup);
    group->ingress.front().cidr = *Cidr::parse(QStringView(u"0.0.0.0/0"));
    for (const Study::GoalResult &r : Study::grade(c->lesson, *c->design, *shortcut, Study::Lesson{}).goals)
        if (r.id == QLatin1String("still-private")) {
            QVERIFY(!r.met);
            QVERIFY2(r.why.contains(QLatin1String("tcp/8080")) && r.why.contains(QLatin1String("let in by sg-app")),
                     qPrintable(r.why));
        }
    // A wrong answer is told the right one and why.
    Study::Lesson wrong;
    wrong.answers = {{QStringLiteral("why-not-in"), 0}};
    const Study::Grade w = Study::grade(c->lesson, *c->design, *c->design, wrong);
    for (const Study::GoalResult &r : w.goals)
        if (r.id == QLatin1String("why-not-in")) {
            QVERIFY(!r.met);
            QVERIFY2(r.why.contains(QLatin1String("only carries connections started from inside")), qPrintable(r.why));
        }
    // A flow that gets there but whose answer does not: the message names the flow once
    // (it once took three arguments for its one, and Qt warned at each grade).
    const auto acl = Study::load(QStringLiteral(VPC_LESSONS "/basics-stateless-acl.yaml"), &why);
    QVERIFY2(acl, qPrintable(why));
    Study::Lesson pingBack = acl->lesson;
    Study::Goal back;
    back.id = QStringLiteral("ping-back");
    back.flow = QStringLiteral("ping");
    pingBack.goals = {back};
    QTest::failOnWarning(QRegularExpression(QStringLiteral("QString::arg")));
    const Study::Grade answer = Study::grade(pingBack, *acl->design, *acl->design, Study::Lesson{});
    QCOMPARE(answer.goals.size(), size_t(1));
    QVERIFY(!answer.goals.front().met);
    QVERIFY2(answer.goals.front().why.startsWith(
                 QLatin1String("ping gets there, but its answer is dropped on the way back")),
             qPrintable(answer.goals.front().why));
    // The challenge's own flow is run, not the learner's: editing the flow passes nothing.
    auto cheat = c->design->clone();
    auto *probe = cheat->find<Flow>(QStringLiteral("app-updates"), ObjectKind::Flow);
    probe->to = QStringLiteral("10.0.1.20");
    const Study::Grade cg = Study::grade(c->lesson, *c->design, *cheat, Study::Lesson{});
    QVERIFY(!cg.goals.front().met);
}

void TestStudy::badLessonsAreRefused_data()
{
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<QString>("why");
    QTest::newRow("no title") << QByteArray("{topic: basics, covers: [F6], steps: [{text: a}]}") << "title";
    QTest::newRow("unknown topic") << QByteArray("{title: t, topic: dns, covers: [F6], steps: [{text: a}]}") << "topic";
    QTest::newRow("a fact that is not one")
        << QByteArray("{title: t, topic: basics, covers: [F29], steps: [{text: a}]}") << "F29";
    QTest::newRow("no steps") << QByteArray("{title: t, topic: basics, covers: [F6]}") << "step";
    QTest::newRow("wait for nothing") << QByteArray(
                                             "{title: t, topic: basics, covers: [F6], steps: [{text: a, wait-for: g}]}")
                                      << "wait-for";
    QTest::newRow("a question without its answer")
        << QByteArray("{title: t, topic: basics, covers: [F6], steps: [{text: a}], goals: [{id: q, question: x, "
                      "choices: [a, b]}]}")
        << "choices";
    QTest::newRow("a flow goal without verdict")
        << QByteArray("{title: t, topic: basics, covers: [F6], steps: [{text: a}], goals: [{id: f, flow: x, text: t}]}")
        << "verdict";
    QTest::newRow("two goals, one id")
        << QByteArray("{title: t, topic: basics, covers: [F6], steps: [{text: a}], goals: [{id: n, kind: vpc, "
                      "at-least: 1, text: t}, {id: n, kind: vpc, at-most: 3, text: t}]}")
        << "two goals";
}

void TestStudy::badLessonsAreRefused()
{
    QFETCH(QByteArray, section);
    QFETCH(QString, why);
    const LoadResult r = DesignFormat::read("vpc-designer: 1\nlesson: " + section + "\n", QStringLiteral("l.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.firstError().toString()));
    QString problem;
    QVERIFY(!Study::parse(r.design->lesson, &problem));
    QVERIFY2(problem.contains(why), qPrintable(problem));
}

void TestStudy::answersAreKept()
{
    // An answer given is written into the learner's file and read back from it.
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_LESSONS "/challenge-private-egress.yaml"));
    QVERIFY(r.ok());
    r.design->lesson = Study::withAnswer(r.design->lesson, QStringLiteral("why-not-in"), 1);
    const LoadResult again = DesignFormat::read(DesignFormat::write(*r.design), QStringLiteral("saved.yaml"));
    QVERIFY(again.ok());
    QString why;
    const auto l = Study::parse(again.design->lesson, &why);
    QVERIFY2(l, qPrintable(why));
    QCOMPARE(l->answerTo(QStringLiteral("why-not-in")), 1);
    QCOMPARE(l->steps.size(), size_t(2));
    // A file whose `answers:` is no mapping (fuzz_lesson found one): the answer given
    // replaces it and is read back, not appended to a scalar and lost.
    for (auto &[k, v] : r.design->lesson.entries)
        if (k == QLatin1String("answers")) {
            v = YamlValue();
            v.type = YamlValue::Type::Scalar;
            v.scalar = QStringLiteral("Choose where a flow log attaches");
        }
    const auto broken = Study::parse(r.design->lesson, &why);
    QVERIFY2(broken, qPrintable(why));
    QCOMPARE(broken->answerTo(QStringLiteral("why-not-in")), -1);
    const auto kept = Study::parse(Study::withAnswer(r.design->lesson, QStringLiteral("why-not-in"), 2), &why);
    QVERIFY2(kept, qPrintable(why));
    QCOMPARE(kept->answerTo(QStringLiteral("why-not-in")), 2);
}

void TestStudy::coverage()
{
    // Coverage is computed from covers: every fact F1-F28 is shown by a lesson, and every
    // fact a challenge tests is also shown by one.
    QSet<QString> shown, tested;
    int lessons = 0, challenges = 0;
    QSet<QString> topicsWithChallenges;
    for (const QString &p : files()) {
        QString why;
        const auto l = Study::load(p, &why);
        QVERIFY2(l, qPrintable(why));
        for (const QString &f : l->lesson.covers)
            (l->lesson.isChallenge() ? tested : shown).insert(f);
        (l->lesson.isChallenge() ? challenges : lessons) += 1;
        if (l->lesson.isChallenge())
            topicsWithChallenges.insert(l->lesson.topic);
    }
    // STUDY.md: at least 14 of each, and every topic has a challenge.
    QVERIFY2(lessons >= 14, qPrintable(QString::number(lessons)));
    QVERIFY2(challenges >= 14, qPrintable(QString::number(challenges)));
    QCOMPARE(topicsWithChallenges.size(), qsizetype(Study::topics().size()));
    for (const QString &f : std::as_const(tested))
        QVERIFY2(shown.contains(f), qPrintable(f + QStringLiteral(" is tested but shown by no lesson")));
    QStringList missing;
    for (int i = 1; i <= 28; ++i)
        if (!shown.contains(QStringLiteral("F%1").arg(i)))
            missing.append(QStringLiteral("F%1").arg(i));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("shown by no lesson: ") + missing.join(u',')));
}

void TestStudy::playedLocksThePredictions()
{
    // Playing the simulation is written into the learner's file; a question left open then
    // is told so, not just "not answered".
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_LESSONS "/challenge-private-egress.yaml"));
    QVERIFY(r.ok());
    QString why;
    QVERIFY(!Study::parse(r.design->lesson, &why)->played);
    r.design->lesson = Study::withPlayed(Study::withPlayed(r.design->lesson));
    const LoadResult again = DesignFormat::read(DesignFormat::write(*r.design), QStringLiteral("saved.yaml"));
    QVERIFY(again.ok());
    const auto l = Study::parse(again.design->lesson, &why);
    QVERIFY2(l, qPrintable(why));
    QVERIFY(l->played);
    QVERIFY(l->hasQuestions());
    const Study::Grade g = Study::grade(*l, *again.design, *again.design, *l);
    bool seen = false;
    for (const Study::GoalResult &res : g.goals)
        if (res.id == QLatin1String("why-not-in")) {
            QCOMPARE(res.why, QStringLiteral("not answered before the simulation was played"));
            seen = true;
        }
    QVERIFY(seen);
}

namespace {

/// The bundled lessons' text as the lupdate-only source model/study/lessontext.h holds it.
QByteArray lessonTextSource(const QStringList &files)
{
    QStringList texts;
    const auto add = [&texts](const QString &t) {
        if (!t.isEmpty() && !texts.contains(t))
            texts.append(t);
    };
    for (const QString &p : files) {
        QString why;
        const auto l = Study::load(p, &why);
        if (!l)
            continue;
        add(l->lesson.title);
        add(l->lesson.summary);
        for (const Study::Step &s : l->lesson.steps)
            add(s.text);
        for (const Study::Goal &g : l->lesson.goals) {
            add(g.text);
            for (const QString &c : g.choices)
                add(c);
            add(g.explanation);
        }
        for (const QString &h : l->lesson.hints)
            add(h);
    }
    QByteArray out =
        "// The bundled lessons' text, for lupdate only (never compiled): Study::parse shows it\n"
        "// through the \"Lesson text\" context. Generated by tst_study; after changing a lesson run\n"
        "//   VPC_WRITE_LESSON_TEXT=model/study/lessontext.h build/tests/tst_study lessonTextIsTranslatable\n"
        "// clang-format off\n"
        "#pragma once\n"
        "#include <QtGlobal>\n"
        "[[maybe_unused]] static const char *const lessonText[] = {\n";
    for (const QString &t : std::as_const(texts)) {
        QByteArray literal;
        for (const char c : t.toUtf8()) {
            if (c == '\\' || c == '"')
                literal += '\\';
            if (c == '\n')
                literal += "\\n";
            else
                literal += c;
        }
        out += "    QT_TRANSLATE_NOOP(\"Lesson text\", \"" + literal + "\"),\n";
    }
    out += "};\n// clang-format on\n";
    return out;
}

} // namespace

void TestStudy::lessonTextIsTranslatable()
{
    // Every text a learner reads is in the source lupdate scans, exactly as the parser
    // passes it to the translator; a lesson changed without regenerating it fails here.
    const QByteArray expected = lessonTextSource(files());
    if (const QByteArray target = qgetenv("VPC_WRITE_LESSON_TEXT"); !target.isEmpty()) {
        QFile out(QString::fromLocal8Bit(target));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(expected);
    }
    QFile file(QStringLiteral(VPC_LESSONS "/../../model/study/lessontext.h"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readAll() == expected, "model/study/lessontext.h is out of date: see its first lines");
}

void TestStudy::lessonTextIsTranslated()
{
    // With the German catalogue loaded, a lesson reads in German: its title, its steps and
    // its questions, while ids and rule names stay as written.
    // The catalogue lrelease builds beside the application (the build makes both).
    QTranslator german;
    QVERIFY(german.load(QStringLiteral("vpc-designer_de"), QFileInfo(QStringLiteral(VPC_DESIGNER_BINARY)).path()));
    QString why;
    QCoreApplication::installTranslator(&german);
    const auto l = Study::load(QStringLiteral(VPC_LESSONS "/challenge-private-egress.yaml"), &why);
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(l, qPrintable(why));
    const auto plain = Study::load(QStringLiteral(VPC_LESSONS "/challenge-private-egress.yaml"), &why);
    QVERIFY(l->lesson.title != plain->lesson.title);
    QVERIFY(l->lesson.steps.front().text != plain->lesson.steps.front().text);
    QCOMPARE(l->lesson.goals.size(), plain->lesson.goals.size());
    for (size_t i = 0; i < l->lesson.goals.size(); ++i) {
        QCOMPARE(l->lesson.goals[i].id, plain->lesson.goals[i].id);
        QVERIFY2(l->lesson.goals[i].text != plain->lesson.goals[i].text, qPrintable(plain->lesson.goals[i].text));
    }
}

QTEST_GUILESS_MAIN(TestStudy)
#include "tst_study.moc"
