#include "designformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

/// What the designer saves it reopens unchanged, whatever the text: a design with odd
/// strings in its name, in unknown keys (as values, as list items, as keys), saved, read
/// back and saved again gives the same bytes and the same strings; and a YAML 1.1 reader
/// (PyYAML, the reader of much tooling) reads the same strings as the designer.
class TestRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oddText_data();
    void oddText();
    void numbersKeepEveryDigit_data();
    void numbersKeepEveryDigit();

private:
    /// What PyYAML reads from `text`: the values of `name`, `x-value`, `x-list` and of the
    /// first key of `x-keyed`, as JSON (empty when PyYAML is not there).
    QJsonObject readWithPyYaml(const QByteArray &text);
    bool mPyYaml = false;
};

void TestRoundTrip::initTestCase()
{
    mPyYaml = QProcess::execute(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import yaml")}) == 0;
    if (!mPyYaml)
        qWarning("python3 with yaml (python3-yaml) is missing: the YAML 1.1 half of the checks is left out");
}

QJsonObject TestRoundTrip::readWithPyYaml(const QByteArray &text)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, json, yaml\n"
                            "d = yaml.safe_load(sys.stdin.buffer.read().decode('utf-8'))\n"
                            "k = d['x-keyed']\n"
                            "items = [x if isinstance(x, str) else None for x in d['x-list']]\n"
                            "print(json.dumps({'name': d['name'], 'value': d['x-value'], 'list': items,\n"
                            "                  'key': next(iter(k)) if isinstance(k, dict) else None}))\n")});
    p.write(text);
    p.closeWriteChannel();
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

void TestRoundTrip::oddText_data()
{
    QTest::addColumn<QString>("text");
    const QStringList odd = {
        QStringLiteral("-"),
        QStringLiteral("<<"),
        QStringLiteral("="),
        QStringLiteral("~"),
        QStringLiteral("null"),
        QStringLiteral("yes"),
        QStringLiteral("Off"),
        QStringLiteral("y"),
        QStringLiteral("0x1F"),
        QStringLiteral("0o17"),
        QStringLiteral("1_000"),
        QStringLiteral("1e3"),
        QStringLiteral(".inf"),
        QStringLiteral("2001-12-14"),
        QStringLiteral("2001-12-14 21:59:43.10 -5"),
        QStringLiteral("1:20"),
        QStringLiteral("- x"),
        QStringLiteral("? x"),
        QStringLiteral(": x"),
        QStringLiteral("a: b"),
        QStringLiteral("#x"),
        QStringLiteral("x #y"),
        QStringLiteral("@x"),
        QStringLiteral("%x"),
        QStringLiteral("!x"),
        QStringLiteral("&x"),
        QStringLiteral("*x"),
        QStringLiteral("|"),
        QStringLiteral(">"),
        QStringLiteral("'"),
        QStringLiteral("\""),
        QStringLiteral("\\"),
        QStringLiteral("[x]"),
        QStringLiteral("{x}"),
        QStringLiteral(","),
        QStringLiteral("x\ty"),
        QStringLiteral("a\u2028b"),
        QStringLiteral("a\u2029b"),
        QStringLiteral("a\u0085b"),
        QStringLiteral("\u200ex"),
        QStringLiteral("\ufeffx"),
        QStringLiteral("x\u00a0"),
        QString::fromUtf8("caf\xc3\xa9 \xf0\x9f\x98\x80"),
        QStringLiteral(" padded "),
        QStringLiteral("x\r\ny"),
        QString(1100, QLatin1Char('k')),
        // Short enough as text, too long as an implicit key once escaped (found by the
        // design-reader fuzzer: 1,040 characters written, not valid YAML).
        QString(900, QLatin1Char('k')) + QString(40, QChar(4)),
        QString(700, QLatin1Char('k')) + QString(200, QLatin1Char('"')),
        // 1,000 characters and 1,025 bytes: yaml-cpp counts a key's length in bytes.
        QString(975, QLatin1Char('k')) + QString(25, QChar(0x0391)),
    };
    for (const QString &t : odd)
        QTest::newRow(t.size() > 40 ? qPrintable(QStringLiteral("%1 characters, %2 escaped")
                                                     .arg(t.size())
                                                     .arg(int(t.count(QChar(4)) + t.count(QLatin1Char('"')))))
                                    : QJsonDocument(QJsonArray{t}).toJson(QJsonDocument::Compact).constData())
            << t;
}

void TestRoundTrip::oddText()
{
    QFETCH(QString, text);
    // The odd text in every place a free string goes: the design's name, an unknown key's
    // value (as a string from a quoted scalar, and as a plain scalar, the way a user
    // writes `[-]`), a list's item, and an unknown mapping's key.
    auto design = std::make_unique<Design>();
    design->name = text;
    YamlValue value;
    value.type = YamlValue::Type::Scalar;
    value.scalar = text;
    value.quoted = true;
    // (A plain ~ or null is read as null, never as text: no reader makes such a scalar.)
    const bool nullWord = text == QLatin1String("~") || text == QLatin1String("null");
    YamlValue plainItem = value;
    plainItem.quoted = nullWord;
    YamlValue list;
    list.type = YamlValue::Type::Sequence;
    list.items = {plainItem};
    YamlValue keyed = YamlValue::emptyMapping();
    YamlValue one;
    one.type = YamlValue::Type::Scalar;
    one.scalar = QStringLiteral("1");
    keyed.entries.push_back({text, one});
    design->extra = {
        {QStringLiteral("x-value"), value}, {QStringLiteral("x-list"), list}, {QStringLiteral("x-keyed"), keyed}};

    const QByteArray first = DesignFormat::write(*design);
    LoadResult r = DesignFormat::read(first, QStringLiteral("saved.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.firstError().toString() + QLatin1Char('\n') + QString::fromUtf8(first)));
    QCOMPARE(r.design->name, text);
    QCOMPARE(r.design->extra.size(), size_t(3));
    QCOMPARE(r.design->extra[0].second.scalar, text);
    QCOMPARE(r.design->extra[1].second.items.size(), size_t(1));
    QCOMPARE(r.design->extra[1].second.items[0].scalar, text);
    QCOMPARE(r.design->extra[2].second.entries.at(0).first, text);
    QCOMPARE(DesignFormat::write(*r.design), first); // reopened unchanged

    if (!mPyYaml)
        return;
    const QJsonObject py = readWithPyYaml(first);
    QVERIFY2(!py.isEmpty(), first.constData());
    QCOMPARE(py.value(QStringLiteral("name")).toString(), text);
    QCOMPARE(py.value(QStringLiteral("value")).toString(), text);
    QCOMPARE(py.value(QStringLiteral("key")).toString(), text);
    // A plain item keeps its type for readers that resolve types alike; for a plain text
    // that the designer had to quote, every reader sees the string.
    const QJsonValue pyItem = py.value(QStringLiteral("list")).toArray().at(0);
    if (pyItem.isString())
        QCOMPARE(pyItem.toString(), text);
}

void TestRoundTrip::numbersKeepEveryDigit_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("0.1 + 0.2") << 0.1 + 0.2;
    QTest::newRow("a third") << 1.0 / 3.0;
    QTest::newRow("seventeen digits") << 1234.5678901234567;
    QTest::newRow("smallest step above 1") << 1.0000000000000002;
    QTest::newRow("whole") << 2678400.0;
    QTest::newRow("half") << 0.5;
}

void TestRoundTrip::numbersKeepEveryDigit()
{
    // A flow's numbers and the layout's were written with 15 digits: 0.30000000000000004
    // came back as 0.3, and the reopened design was another.
    QFETCH(double, value);
    const QByteArray text = "vpc-designer: 1\nvpcs:\n  - {id: v, region: r, cidr-blocks: [10.0.0.0/16]}\n"
                            "traffic:\n  - id: t\n    flows: [{id: f, from: 1.2.3.4, to: 5.6.7.8, duration: " +
                            QByteArray::number(value, 'g', 17) +
                            "}]\nlayout:\n  v: {x: " + QByteArray::number(value, 'g', 17) + ", y: 0}\n";
    LoadResult r = DesignFormat::read(text, QStringLiteral("numbers.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.firstError().toString()));
    const QByteArray saved = DesignFormat::write(*r.design);
    LoadResult again = DesignFormat::read(saved, QStringLiteral("saved.yaml"));
    QVERIFY2(again.ok(), qPrintable(again.firstError().toString()));
    const Flow *flow = again.design->find<Flow>(QStringLiteral("f"), ObjectKind::Flow);
    QVERIFY(flow);
    QCOMPARE(flow->duration, value); // exactly: QCOMPARE on doubles would forgive the last digits
    QVERIFY(flow->duration == value);
    QVERIFY(again.design->layout(QStringLiteral("v"))->x == value);
    QCOMPARE(DesignFormat::write(*again.design), saved);
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
