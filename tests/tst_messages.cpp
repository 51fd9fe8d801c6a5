// Every message the validators and the simulator can give, made from the test designs and
// the examples (each template with representative values), checked against the rules a
// reader relies on: placeholders filled, "an" before a vowel sound, no internal jargon.
// Whether advice fits its case is checked per rule in tst_rules (# message: and # unsaid:).

#include "designformat.h"
#include "explain.h"
#include "report.h"
#include "simulator.h"
#include "validator.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

class TestMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void grammar_data();
    void grammar();
    void checkerCatches_data();
    void checkerCatches();
    void everyTemplateIsMet();

private:
    struct Message
    {
        QString where; // file and rule or flow
        QString text;
    };
    QList<Message> mMessages;
    QSet<QString> mRulesSeen;
    QSet<int> mWhysSeen;
};

namespace {

QStringList designFiles()
{
    QStringList out;
    for (const QString &dir : {QStringLiteral(VPC_TEST_DATA "/rules"), QStringLiteral(VPC_TEST_DATA "/simulation"),
                               QStringLiteral(VPC_EXAMPLES)})
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
            out.append(dir + QLatin1Char('/') + name);
    return out;
}

/// Whether the word after "a" or "an" begins with a vowel sound ("an ACL", "an SG",
/// "a NAT gateway", "a unique", "a UDP flow").
bool soundsLikeVowel(const QString &word)
{
    // Read as words, or with a consonant sound despite the letter.
    static const QStringList consonant{QStringLiteral("NAT"), QStringLiteral("NACL"), QStringLiteral("REJECT"),
                                       QStringLiteral("UDP"), QStringLiteral("URL"),  QStringLiteral("one"),
                                       QStringLiteral("uni"), QStringLiteral("use"),  QStringLiteral("usual"),
                                       QStringLiteral("us-"), QStringLiteral("eu-"),  QStringLiteral("Euro")};
    for (const QString &c : consonant)
        if (word.startsWith(c))
            return false;
    // An initialism is read letter by letter: A, E, F, H, I, L, M, N, O, R, S and X begin
    // with a vowel sound.
    const bool initialism = word.size() >= 2 && word.at(0).isUpper() && (word.at(1).isUpper() || word.at(1).isDigit());
    if (initialism)
        return QStringLiteral("AEFHILMNORSX").contains(word.at(0));
    return QStringLiteral("aeiouAEIOU").contains(word.at(0));
}

/// What is wrong with a message for a reader, or nothing.
QString grammarProblem(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("an empty message");
    static const QRegularExpression placeholder(QStringLiteral(R"(%L?\d)"));
    if (placeholder.match(text).hasMatch())
        return QStringLiteral("a placeholder left: ") + text;
    // "a" and "an" as the next word sounds.
    static const QRegularExpression article(QStringLiteral(R"((?:^|[\s(])(a|an|A|An) ([\w.:/-]+))"));
    for (auto it = article.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool an = m.captured(1).size() == 2;
        const QString word = m.captured(2);
        if (word.front().isDigit())
            continue; // "a 10.0.0.0/16 block": either article is heard
        if (an != soundsLikeVowel(word))
            return QStringLiteral("'%1 %2' in: %3").arg(m.captured(1), word, text);
    }
    // No internal jargon: the reader knows AWS's words, not the program's.
    for (const char *jargon : {"iface", "nullptr", "index", "Hop::", "Kind::", "QString", "(null)", "seed-era"})
        if (text.contains(QLatin1String(jargon)))
            return QStringLiteral("'%1' in: %2").arg(QLatin1String(jargon), text);
    static const QRegularExpression minusOne(QStringLiteral(R"((^|\s)-1\b)"));
    if (minusOne.match(text).hasMatch())
        return QStringLiteral("-1 in: ") + text;
    // Sentences, not fragments glued twice.
    for (const char *glue : {"  ", " .", ";;", ".."})
        if (text.contains(QLatin1String(glue)))
            return QStringLiteral("'%1' in: %2").arg(QLatin1String(glue), text);
    return {};
}

} // namespace

void TestMessages::initTestCase()
{
    const Validator validator;
    for (const QString &path : designFiles()) {
        LoadResult loaded = DesignFormat::load(path);
        if (!loaded.ok())
            continue; // the files that must not load are the readers' tests
        const QString file = QFileInfo(path).fileName();
        for (const Finding &f : validator.validate(*loaded.design)) {
            mMessages.append({file + QLatin1Char(' ') + f.rule, f.message});
            mRulesSeen.insert(f.rule);
        }
        const Simulator sim(*loaded.design);
        const Explain explain(sim.network());
        for (const Scenario *s : loaded.design->scenarios())
            for (const FlowRun &run : sim.run(*s)) {
                const QString where = file + QLatin1Char(' ') + run.flow->id;
                if (!run.error.isEmpty())
                    mMessages.append({where, run.error});
                for (const PacketPath *path : {&run.request, &run.reply}) {
                    if (path == &run.reply && !run.hasReply)
                        continue;
                    for (int i = 0; i < path->count; ++i) {
                        const Hop &h = path->hops[size_t(i)];
                        mWhysSeen.insert(int(h.why));
                        const HopText t = explain.hop(h, run.protocol);
                        mMessages.append({where + QLatin1Char(' ') + t.at, t.detail});
                    }
                }
            }
    }
    QVERIFY(mMessages.size() > 500);
}

void TestMessages::grammar_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("text");
    QSet<QString> seen;
    for (const Message &m : mMessages)
        if (!seen.contains(m.text)) {
            seen.insert(m.text);
            QTest::newRow(qPrintable(m.where + QLatin1Char('#') + QString::number(seen.size()))) << m.where << m.text;
        }
}

void TestMessages::grammar()
{
    QFETCH(QString, text);
    const QString problem = grammarProblem(text);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMessages::checkerCatches_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("fine");
    QTest::newRow("a before a vowel") << "sg-a names a instance" << false;
    QTest::newRow("an before a consonant") << "an route table" << false;
    QTest::newRow("an before a spoken initialism") << "an NAT gateway" << false;
    QTest::newRow("a before a lettered initialism") << "a ACL rule" << false;
    QTest::newRow("a placeholder left") << "route %1 to igw-a" << false;
    QTest::newRow("jargon") << "iface 3 has no group" << false;
    QTest::newRow("a minus one") << "rule -1 of sg-a" << false;
    QTest::newRow("doubled space") << "no route  for 10.0.0.1" << false;
    QTest::newRow("an instance") << "names an instance, a NAT gateway, an SG, a UDP flow and a unique id" << true;
    QTest::newRow("ids with -1") << "pcx-1 joins vpc-1" << true;
}

void TestMessages::checkerCatches()
{
    QFETCH(QString, text);
    QFETCH(bool, fine);
    QCOMPARE(grammarProblem(text).isEmpty(), fine);
}

void TestMessages::everyTemplateIsMet()
{
    // The walk reaches every rule of the catalogue and every reason a hop can give, so the
    // grammar test above reads every template at least once.
    for (const RuleInfo *r : Validator::catalogue())
        QVERIFY2(mRulesSeen.contains(QLatin1String(r->id)), r->id);
    QStringList missing;
    for (int why = 0; why <= int(Hop::Why::Delivered); ++why)
        if (!mWhysSeen.contains(why))
            missing.append(QString::number(why));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("hop reasons never met: ") + missing.join(u',')));
}

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
