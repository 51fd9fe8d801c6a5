#include "catalogue.h"
#include "designformat.h"
#include "document.h"
#include "validationengine.h"
#include "validator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

/// The rule catalogue against a folder of YAML cases (tests/data/rules): for every rule
/// a design that triggers it and a near miss that must not. Each case says what it
/// expects in comments at its top:
///   # expect: RULE OBJ,OBJ,... [error|warning|info]   this finding must be there
///   # forbid: RULE                                      no finding of this rule
///   # message: RULE TEXT                                a RULE finding's message holds TEXT
///   # unsaid: RULE TEXT                                 no RULE finding's message holds TEXT
///   # exactly                                           and nothing but the expected ones
class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
    void everyRuleHasCases();
    void realisticDesignIsClean_data();
    void realisticDesignIsClean();
    void messagesExplain();

private:
    static QStringList caseFiles();
};

QStringList TestRules::caseFiles()
{
    const QDir dir(QStringLiteral(VPC_TEST_DATA "/rules"));
    QStringList out;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        out.append(dir.filePath(name));
    return out;
}

void TestRules::cases_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : caseFiles())
        QTest::newRow(qPrintable(QFileInfo(path).completeBaseName())) << path;
}

void TestRules::cases()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    LoadResult loaded = DesignFormat::read(text, path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.firstError().toString()));
    const FindingList findings = Validator().validate(*loaded.design);

    QString all;
    for (const Finding &f : findings)
        all += QStringLiteral("  %1 %2 [%3]: %4\n")
                   .arg(QLatin1String(severityName(f.severity)), f.rule, f.objects.join(QLatin1Char(',')), f.message);

    bool exactly = false;
    int expectations = 0;
    QSet<QString> expected;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('#')))
            continue;
        const QString body = line.mid(1).trimmed();
        if (body == QLatin1String("exactly")) {
            exactly = true;
            continue;
        }
        const QStringList words = body.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2)
            continue;
        const QString kind = words[0];
        const QString rule = words[1];
        if (kind == QLatin1String("expect:")) {
            ++expectations;
            QVERIFY2(Catalogue::find(rule), qPrintable(QStringLiteral("unknown rule %1").arg(rule)));
            const QStringList objects = words.value(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
            const QString severity = words.value(3);
            const bool found = std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
                return f.rule == rule && (objects.isEmpty() || f.objects == objects) &&
                       (severity.isEmpty() || severity == QLatin1String(severityName(f.severity)));
            });
            QVERIFY2(found, qPrintable(QStringLiteral("expected %1 %2 %3; found:\n%4")
                                           .arg(rule, objects.join(QLatin1Char(',')), severity, all)));
            expected.insert(rule + QLatin1Char(' ') + objects.join(QLatin1Char(',')));
        } else if (kind == QLatin1String("forbid:")) {
            ++expectations;
            for (const Finding &f : findings)
                QVERIFY2(f.rule != rule, qPrintable(QStringLiteral("%1 must not fire; found:\n%2").arg(rule, all)));
        } else if (kind == QLatin1String("message:")) {
            const QString fragment = body.section(QLatin1Char(' '), 2);
            const bool found = std::any_of(findings.begin(), findings.end(), [&](const Finding &f) {
                return f.rule == rule && f.message.contains(fragment);
            });
            QVERIFY2(found,
                     qPrintable(QStringLiteral("no %1 message holds '%2'; found:\n%3").arg(rule, fragment, all)));
        } else if (kind == QLatin1String("unsaid:")) {
            const QString fragment = body.section(QLatin1Char(' '), 2);
            for (const Finding &f : findings)
                QVERIFY2(f.rule != rule || !f.message.contains(fragment),
                         qPrintable(QStringLiteral("a %1 message says '%2': %3").arg(rule, fragment, f.message)));
        }
    }
    QVERIFY2(expectations > 0, "a case says what it expects");
    if (exactly) {
        for (const Finding &f : findings)
            QVERIFY2(expected.contains(f.rule + QLatin1Char(' ') + f.objects.join(QLatin1Char(','))),
                     qPrintable(QStringLiteral("unexpected finding; found:\n%1").arg(all)));
    }

    // The incremental engine, starting from the same design, agrees.
    Document document(std::move(loaded.design), path);
    ValidationEngine engine(&document);
    QCOMPARE(engine.findings(), findings);
}

void TestRules::everyRuleHasCases()
{
    QSet<QString> triggered, nearMissed;
    for (const QString &path : caseFiles()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const bool nearMiss = path.contains(QLatin1String(".near-miss."));
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("# expect: ") && !nearMiss)
                triggered.insert(QString::fromUtf8(line.mid(10)).section(QLatin1Char(' '), 0, 0));
            if (line.startsWith("# forbid: ") && nearMiss)
                nearMissed.insert(QString::fromUtf8(line.mid(10)).trimmed());
        }
    }
    for (const RuleInfo *r : Validator::catalogue()) {
        const QString id = QLatin1String(r->id);
        QVERIFY2(triggered.contains(id), qPrintable(id + QStringLiteral(" has no triggering case")));
        QVERIFY2(nearMissed.contains(id), qPrintable(id + QStringLiteral(" has no near miss")));
    }
}

void TestRules::realisticDesignIsClean_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("three tiers, two VPCs") << QStringLiteral(VPC_EXAMPLES "/three-tier.yaml");
    QTest::newRow("bundled example") << QStringLiteral(VPC_EXAMPLES "/peered-web.yaml");
}

void TestRules::realisticDesignIsClean()
{
    QFETCH(QString, path);
    const LoadResult r = DesignFormat::load(path);
    QVERIFY2(r.ok(), qPrintable(r.firstError().toString()));
    for (const Finding &f : Validator().validate(*r.design))
        QVERIFY2(f.severity == Severity::Info,
                 qPrintable(QStringLiteral("%1 %2: %3").arg(f.rule, f.objects.join(QLatin1Char(',')), f.message)));
}

void TestRules::messagesExplain()
{
    // Every message names its objects and ends as a sentence; none is empty.
    for (const QString &path : caseFiles()) {
        const LoadResult r = DesignFormat::load(path);
        QVERIFY(r.ok());
        for (const Finding &f : Validator().validate(*r.design)) {
            QVERIFY2(!f.objects.isEmpty(), qPrintable(f.rule));
            QVERIFY2(f.message.contains(f.objects.first()), qPrintable(f.rule + QStringLiteral(": ") + f.message));
            QVERIFY2(f.message.size() > 40, qPrintable(f.message));
        }
    }
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
