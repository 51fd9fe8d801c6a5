// The fast YAML reader (model/format/yamlfast.h) against yaml-cpp: wherever it takes a
// text, the tree is yaml-cpp's to the byte, line and column; everything it does not take
// goes to yaml-cpp; and everything the designer writes, it takes.

#include "designformat.h"
#include "syntheticdesign.h"
#include "yamlcompare.h"
#include "yamlslices.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

class TestYamlFast : public QObject
{
    Q_OBJECT

private slots:
    void sameTreeAsYamlCpp_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("fast"); // whether the fast reader takes it

        // What the designer writes.
        QTest::newRow("mapping") << QByteArray("vpc-designer: 1\nname: web\n") << true;
        QTest::newRow("no final line break") << QByteArray("a: 1\nb: two") << true;
        QTest::newRow("blank lines") << QByteArray("\n\na: 1\n\n   \nb: 2\n\n") << true;
        QTest::newRow("nested") << QByteArray("a:\n  b: 1\n  c:\n    d: x\ne: y\n") << true;
        QTest::newRow("sequence of mappings")
            << QByteArray("vpcs:\n  - id: vpc-a\n    name: a\n  - id: vpc-b\n    subnets:\n      - {id: s, cidr: "
                          "10.0.0.0/24}\n")
            << true;
        QTest::newRow("sequence of scalars") << QByteArray("a:\n  - x\n  - \"y\"\n  - 'z'\n") << true;
        QTest::newRow("flow") << QByteArray("a: {x: 1, y: [p, q], z: {}, w: []}\nb: [  a ,b]\n") << true;
        QTest::newRow("quoted") << QByteArray("a: \"2600:1f18::/56\"\nb: \"1024-65535\"\nc: '111122223333'\n") << true;
        QTest::newRow("escapes")
            << QByteArray("a: \"q\\\" b\\\\ n\\n t\\t r\\r x\\x07 u\\u00e9 U\\U0001F600 z\\0 L\\L /\\/\"\n") << true;
        QTest::newRow("single quote escape") << QByteArray("a: 'it''s'\n") << true;
        QTest::newRow("spaces kept in quotes") << QByteArray("a: \"  x  \"\nb: '  '\n") << true;
        QTest::newRow("nulls") << QByteArray("a: null\nb: ~\nc: Null\nd: NULL\ne: \"null\"\nf: nul\n") << true;
        QTest::newRow("null key") << QByteArray("null: 1\n~: 2\n") << true;
        QTest::newRow("plain with colons and dashes")
            << QByteArray("a: ::/0\nb: -120\nc: a:b\nd: 2026-11-26T10:00:00Z\ne: a - b\nf: x,y[z]{w}\n") << true;
        QTest::newRow("plain in flow") << QByteArray("a: {k: a:b, l: -1, m: x y}\nb: [a:b, c]\n") << true;
        QTest::newRow("colon before a comma in flow") << QByteArray("c: {k: v:, l: 1}\n") << false;
        QTest::newRow("trailing spaces") << QByteArray("a: x   \nb: {c: d  , e: f }  \n") << true;
        QTest::newRow("key with spaces") << QByteArray("a b: 1\n\"q k\": 2\n'r': 3\nc : 4\n") << true;
        QTest::newRow("utf-8") << QByteArray("name: Lärm 日本語\nk: {n: 東京}\n") << true;
        QTest::newRow("literal") << QByteArray("description: |\n  one\n  two\nnext: 1\n") << true;
        QTest::newRow("literal strip") << QByteArray("d: |-\n  one\n\n  three\nn: 1\n") << true;
        QTest::newRow("literal keep") << QByteArray("d: |+\n  one\n\n\nn: 1\n") << true;
        QTest::newRow("literal clip with blanks") << QByteArray("d: |\n  one\n\n\nn: 1\n") << true;
        QTest::newRow("literal at the end") << QByteArray("d: |\n  one\n   two\n") << true;
        QTest::newRow("literal keep at the end") << QByteArray("d: |+\n  one\n\n") << true;
        QTest::newRow("literal in a sequence item")
            << QByteArray("l:\n  - id: a\n    description: |\n      x\n      y\n  - id: b\n") << true;
        QTest::newRow("deep") << QByteArray("a:\n b:\n  c:\n   d:\n    - e: [1, [2, [3, {f: g}]]]\n") << true;
        QTest::newRow("indent of one") << QByteArray("a:\n - b\n - c: d\n   e: f\n") << true;

        QTest::newRow("empty value") << QByteArray("a:\nb: 1\n") << true;
        QTest::newRow("empty value, then blank lines") << QByteArray("a:\n\n\n  \nb: 1\n") << true;
        QTest::newRow("empty value at a dedent") << QByteArray("a:\n  b:\nc: 1\n") << true;
        QTest::newRow("empty value at a dedent by two") << QByteArray("a:\n  b:\n    c:\nd: 1\n") << true;
        QTest::newRow("empty value before an entry") << QByteArray("l:\n  - a: 1\n    b:\n  - c:\n  - d: 2\n") << true;
        QTest::newRow("root sequence") << QByteArray("- a\n- b: c\n  d: e\n") << true;
        QTest::newRow("indented root sequence") << QByteArray("\n\n  - id: a\n    x: 1\n  - id: b\n") << true;
        QTest::newRow("indented root") << QByteArray("  a: 1\n  b: 2\n") << true;

        // Left to yaml-cpp: comments, anchors, tags, documents, errors and the rest.
        QTest::newRow("comment") << QByteArray("# c\na: 1\n") << false;
        QTest::newRow("trailing comment") << QByteArray("a: 1 # c\n") << false;
        QTest::newRow("anchor") << QByteArray("a: &x 1\nb: *x\n") << false;
        QTest::newRow("tag") << QByteArray("a: !!str 1\n") << false;
        QTest::newRow("document start") << QByteArray("---\na: 1\n") << false;
        QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n") << false;
        QTest::newRow("tab") << QByteArray("a:\t1\n") << false;
        QTest::newRow("crlf") << QByteArray("a: 1\r\n") << false;
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf"
                                           "a: 1\n")
                             << false;
        QTest::newRow("empty value at the end") << QByteArray("a: 1\nb:\n") << false;
        QTest::newRow("indentless sequence") << QByteArray("a:\n- x\n") << false;
        QTest::newRow("multi-line plain") << QByteArray("a: one\n  two\n") << false;
        QTest::newRow("multi-line quoted") << QByteArray("a: \"one\n  two\"\n") << false;
        QTest::newRow("multi-line flow") << QByteArray("a: [1,\n  2]\n") << false;
        QTest::newRow("explicit key") << QByteArray("? a\n: 1\n") << false;
        QTest::newRow("root sequence then less indented") << QByteArray("  - a\n- b\n") << false;
        QTest::newRow("root scalar") << QByteArray("hello\n") << false;
        QTest::newRow("indented root then less indented") << QByteArray("  a: 1\nb: 2\n") << false;
        QTest::newRow("nested compact sequence") << QByteArray("a:\n  - - x\n") << false;
        QTest::newRow("folded") << QByteArray("a: >\n  x\n") << false;
        QTest::newRow("indentation indicator") << QByteArray("a: |2\n   x\n") << false;
        QTest::newRow("literal after a blank line") << QByteArray("a: |\n\n  x\n") << false;
        QTest::newRow("bad escape") << QByteArray("a: \"\\q\"\n") << false;
        QTest::newRow("surrogate escape") << QByteArray("a: \"\\ud800\"\n") << false;
        QTest::newRow("unclosed quote") << QByteArray("a: \"x\n") << false;
        QTest::newRow("unclosed flow") << QByteArray("a: {x: 1\n") << false;
        QTest::newRow("trailing comma") << QByteArray("a: [1, ]\n") << false;
        QTest::newRow("pair in flow sequence") << QByteArray("a: [x: 1]\n") << false;
        QTest::newRow("two values on a line") << QByteArray("a: b: c\n") << false;
        QTest::newRow("key without value in flow") << QByteArray("a: {x}\n") << false;
        QTest::newRow("more indented line") << QByteArray("a: 1\n  b: 2\n") << false;
        QTest::newRow("less indented key") << QByteArray("a:\n    b: 1\n  c: 2\n") << false;
        QTest::newRow("block entry as value") << QByteArray("a: - b\n") << false;
        QTest::newRow("scalar line in mapping") << QByteArray("a: 1\nb\n") << false;
        QTest::newRow("question in flow") << QByteArray("a: [x?y]\n") << false;
        QTest::newRow("long key") << QByteArray(QByteArray(1100, 'k') + ": 1\n") << false;
        QTest::newRow("nul") << QByteArray("a: 1\n\0", 6) << false;
        // yaml-cpp's stream ends at a 0x04 byte (found by fuzz_yamlfast).
        QTest::newRow("end of transmission") << QByteArray("d: |\n  a\x04\n  b: 1\n") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void sameTreeAsYamlCpp()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, fast);
        QString problem;
        QCOMPARE(compareWithYamlCpp(text, problem), fast);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Whoever reads it, YamlTree::parse gives yaml-cpp's answer.
        YamlTree viaParse, reference;
        Diagnostic e1, e2;
        const bool ok1 = viaParse.parse(text, QStringLiteral("t.yaml"), e1);
        const bool ok2 = reference.parseWithYamlCpp(text, QStringLiteral("t.yaml"), e2);
        QCOMPARE(ok1, ok2);
        QCOMPARE(e1.toString(), e2.toString());
        if (ok1)
            QVERIFY(viaParse.sameAs(reference));
    }

    /// Every design file of the tests, the examples and the lessons, as it stands and as the
    /// designer saves it: the fast reader gives yaml-cpp's tree, and takes every saved one.
    void everyDesignFile()
    {
        int files = 0, takenAsWritten = 0;
        for (const char *dir : {VPC_TEST_DATA, VPC_EXAMPLES, VPC_LESSONS}) {
            QDirIterator it(QString::fromUtf8(dir), {QStringLiteral("*.yaml")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray text = f.readAll();
                ++files;
                QString problem;
                takenAsWritten += compareWithYamlCpp(text, problem) ? 1 : 0;
                QVERIFY2(problem.isEmpty(), qPrintable(f.fileName() + QStringLiteral(": ") + problem));
                const LoadResult r = DesignFormat::read(text, f.fileName());
                if (!r.ok())
                    continue;
                const QByteArray saved = DesignFormat::write(*r.design);
                QVERIFY2(compareWithYamlCpp(saved, problem),
                         qPrintable(QStringLiteral("the fast reader does not take the saved %1").arg(f.fileName())));
                QVERIFY2(problem.isEmpty(), qPrintable(f.fileName() + QStringLiteral(" saved: ") + problem));
            }
        }
        QVERIFY2(files > 100, qPrintable(QString::number(files)));
        qInfo("%d files, %d taken by the fast reader as they stand", files, takenAsWritten);
    }

    /// The synthetic design of the benchmarks (40 VPCs here), saved: taken and the same.
    void syntheticDesign()
    {
        SyntheticOptions options;
        options.vpcs = 40;
        const auto design = makeSyntheticDesign(options);
        const QByteArray saved = DesignFormat::write(*design);
        QString problem;
        QVERIFY(compareWithYamlCpp(saved, problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // And the pieces a large file is read in on several cores.
        const auto plan = YamlSlices::plan(saved, 4);
        QVERIFY(plan && plan->count() == 4);
        for (size_t k = 0; k < plan->count(); ++k) {
            QVERIFY(compareWithYamlCpp(plan->slice(saved, k), problem));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QVERIFY(compareWithYamlCpp(plan->skeleton(saved), problem));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestYamlFast)
#include "tst_yamlfast.moc"
