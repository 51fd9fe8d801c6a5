#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// The command line, run as a process without a display: exit codes, text and JSON,
/// one-line errors with positions, and outputs written whole or not at all.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validateExample();
    void validateJson();
    void validateFindings();
    void validateBadInput_data();
    void validateBadInput();
    void exportYaml();
    void exportImages();
    void exportRefusesWithoutWriting_data();
    void exportRefusesWithoutWriting();
    void rules();
    void help();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir mDir;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(VPC_DESIGNER_BINARY)));
    QVERIFY(mDir.isValid());
}

TestCli::Run TestCli::run(const QStringList &arguments)
{
    QProcess p;
    // No display of any kind: the subcommands must not need one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VPC_DESIGNER_BINARY), arguments);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString TestCli::write(const QString &name, const QByteArray &content)
{
    const QString path = mDir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

void TestCli::validateExample()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral(VPC_EXAMPLES "/peered-web.yaml")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.endsWith("0 errors, 0 warnings, 0 infos\n") || r.out.contains(" 0 errors"),
             r.out.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestCli::validateJson()
{
    const QString path = write(QStringLiteral("dangling.yaml"),
                               "vpc-designer: 1\n"
                               "vpcs:\n"
                               "  - id: vpc-a\n"
                               "    region: us-east-1\n"
                               "    cidr-blocks: [10.0.0.0/16]\n"
                               "    subnets: [{id: s1, az: us-east-1a, cidr: 10.0.1.0/24, route-table: rtb-gone}]\n");
    const Run r = run({QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("file")).toString(), path);
    QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("warnings")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("infos")).toInt(), 0);
    const QJsonObject f = o.value(QStringLiteral("findings")).toArray().first().toObject();
    QCOMPARE(f.value(QStringLiteral("rule")).toString(), QStringLiteral("reference-missing"));
    QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(f.value(QStringLiteral("objects")).toArray().first().toString(), QStringLiteral("s1"));
    QVERIFY(f.value(QStringLiteral("message")).toString().contains(QLatin1String("rtb-gone")));
    // Keys in the documented order.
    QVERIFY(r.out.indexOf("\"file\"") < r.out.indexOf("\"findings\""));
    QVERIFY(r.out.indexOf("\"findings\"") < r.out.indexOf("\"errors\""));
}

void TestCli::validateFindings()
{
    const QString path = write(QStringLiteral("flows.yaml"),
                               "vpc-designer: 1\n"
                               "traffic: [{id: t, flows: [{id: f, from: i-ghost, to: 1.2.3.4}]}]\n");
    const Run r = run({QStringLiteral("validate"), path});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.startsWith("error reference-missing f,i-ghost: "), r.out.constData());
    QVERIFY(r.out.endsWith("1 error, 0 warnings, 0 infos\n"));
}

void TestCli::validateBadInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("expected"); // what stderr's single line starts with, after the path
    QTest::newRow("not yaml") << QByteArray("vpc-designer: 1\nvpcs: [\n") << QStringList{} << ":3:1: not valid YAML";
    QTest::newRow("wrong version") << QByteArray("vpc-designer: 9\n") << QStringList{} << ":1:15: this file is in format version 9";
    QTest::newRow("bad cidr") << QByteArray("vpc-designer: 1\nvpcs: [{id: v, region: r, cidr-blocks: [10.0.0.0/40]}]\n")
                              << QStringList{} << ":2:41: '10.0.0.0/40' is not a CIDR block";
    QTest::newRow("bad format option") << QByteArray("vpc-designer: 1\n")
                                       << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                       << "--format is text or json";
}

void TestCli::validateBadInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, extra);
    QFETCH(QString, expected);
    const QString path = write(QStringLiteral("bad.yaml"), content);
    const Run r = run(QStringList{QStringLiteral("validate"), path} + extra);
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    if (expected.startsWith(QLatin1Char(':')))
        QVERIFY2(err.startsWith(path + expected), qPrintable(err));
    else
        QVERIFY2(err.startsWith(expected), qPrintable(err));

    const Run missing = run({QStringLiteral("validate"), mDir.filePath(QStringLiteral("none.yaml"))});
    QCOMPARE(missing.code, 2);
    QVERIFY(missing.err.contains("no such file"));
}

void TestCli::exportYaml()
{
    const QString out = mDir.filePath(QStringLiteral("canonical.yaml"));
    Run r = run({QStringLiteral("export"), QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"),
                 QStringLiteral("--output"), out});
    QCOMPARE(r.code, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray first = f.readAll();
    f.close();
    QVERIFY(first.startsWith("vpc-designer: 1\n"));
    // Exporting the export gives the same bytes.
    const QString again = mDir.filePath(QStringLiteral("again.yaml"));
    r = run({QStringLiteral("export"), out, QStringLiteral("--output"), again});
    QCOMPARE(r.code, 0);
    QFile g(again);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(g.readAll(), first);
}

void TestCli::exportImages()
{
    const QString png = mDir.filePath(QStringLiteral("design.png"));
    Run r = run({QStringLiteral("export"), QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"),
                 QStringLiteral("--output"), png});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QImage image(png);
    QVERIFY(image.width() > 1000 && image.height() > 500);
    const QString big = mDir.filePath(QStringLiteral("design2.png"));
    r = run({QStringLiteral("export"), QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"), QStringLiteral("--output"),
             big, QStringLiteral("--scale"), QStringLiteral("2")});
    QCOMPARE(r.code, 0);
    QVERIFY(std::abs(QImage(big).width() - 2 * image.width()) <= 2);
    const QString svg = mDir.filePath(QStringLiteral("design.svg"));
    r = run({QStringLiteral("export"), QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"), QStringLiteral("--output"), svg});
    QCOMPARE(r.code, 0);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg") && text.contains("subnet-db-a") == false && text.contains(">db-a<"));
    r = run({QStringLiteral("export"), QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"), QStringLiteral("--output"),
             mDir.filePath(QStringLiteral("x.png")), QStringLiteral("--scale"), QStringLiteral("zero")});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("x.png"))));
}

void TestCli::exportRefusesWithoutWriting_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("output");
    QTest::newRow("bad input") << QByteArray("vpc-designer: 1\nvpcs: {\n") << "out.yaml";
    QTest::newRow("unknown output type") << QByteArray("vpc-designer: 1\n") << "out.txt";
}

void TestCli::exportRefusesWithoutWriting()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, output);
    const QString input = write(QStringLiteral("in.yaml"), content);
    const QString out = mDir.filePath(output);
    QFile::remove(out);
    const Run r = run({QStringLiteral("export"), input, QStringLiteral("--output"), out});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(out));
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCli::rules()
{
    Run r = run({QStringLiteral("rules")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("reference-missing"));
    r = run({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonArray rules = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rules")).toArray();
    QVERIFY(!rules.isEmpty());
    for (const QJsonValue &v : rules) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("summary")).toString().isEmpty());
        const QString s = o.value(QStringLiteral("severity")).toString();
        QVERIFY(s == QLatin1String("error") || s == QLatin1String("warning") || s == QLatin1String("info"));
    }
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("without a display"));
    QVERIFY(r.out.contains("--format"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
