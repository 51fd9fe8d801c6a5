#include <QDirIterator>
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
    void lessonsAndGrade();
    void verifyIntents();
    void reachMatrix();
    void diffDesigns();
    void validateJson();
    void validateFindings();
    void validateBadInput_data();
    void validateBadInput();
    void exportYaml();
    void exportImages();
    void exportTitleLegendSelection();
    void exportRefusesWithoutWriting_data();
    void exportRefusesWithoutWriting();
    void savesFailWithoutHarm_data();
    void savesFailWithoutHarm();
    void flowLogsBounded();
    void mistypedSubcommand_data();
    void mistypedSubcommand();
    void rules();
    void help();
    void simulate_data();
    void simulate();
    void simulateJson();
    void simulateFlowLogs();
    void replay_data();
    void replay();
    void replayAthena();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    /// Runs the designer; with `fileSizeLimit` (KiB) under that file-size limit, so that
    /// writes fail as on a full disk (the limit's signal ignored, as bash's trap does).
    Run run(const QStringList &arguments, int fileSizeLimit = 0);
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir mDir;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(VPC_DESIGNER_BINARY)));
    QVERIFY(mDir.isValid());
}

TestCli::Run TestCli::run(const QStringList &arguments, int fileSizeLimit)
{
    QProcess p;
    // No display of any kind: the subcommands must not need one.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    if (fileSizeLimit > 0)
        p.start(QStringLiteral("bash"),
                QStringList{QStringLiteral("-c"),
                            QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(fileSizeLimit),
                            QStringLiteral(VPC_DESIGNER_BINARY)} +
                    arguments);
    else
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
    QVERIFY2(r.out.endsWith("0 errors, 0 warnings, 0 infos\n") || r.out.contains(" 0 errors"), r.out.constData());
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
    const QString path =
        write(QStringLiteral("flows.yaml"), "vpc-designer: 1\n"
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
    QTest::newRow("wrong version") << QByteArray("vpc-designer: 9\n") << QStringList{}
                                   << ":1:15: this file is in format version 9";
    QTest::newRow("bad cidr") << QByteArray("vpc-designer: 1\nvpcs: [{id: v, region: r, cidr-blocks: [10.0.0.0/40]}]\n")
                              << QStringList{} << ":2:41: '10.0.0.0/40' is not a CIDR block";
    QTest::newRow("bad format option") << QByteArray("vpc-designer: 1\n")
                                       << QStringList{QStringLiteral("--format"), QStringLiteral("xml")}
                                       << "--format is text or json";
    // A warning (the unknown key) before the error: still one line, the error's.
    QTest::newRow("warning then error") << QByteArray("vpc-designer: 1\ncolour: blue\nvpcs: [\n") << QStringList{}
                                        << ":4:1: not valid YAML";
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
    Run r = run(
        {QStringLiteral("export"), QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"), QStringLiteral("--output"), out});
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
    Run r = run(
        {QStringLiteral("export"), QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"), QStringLiteral("--output"), png});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QImage image(png);
    QVERIFY(image.width() > 1000 && image.height() > 500);
    const QString big = mDir.filePath(QStringLiteral("design2.png"));
    r = run({QStringLiteral("export"), QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"), QStringLiteral("--output"), big,
             QStringLiteral("--scale"), QStringLiteral("2")});
    QCOMPARE(r.code, 0);
    QVERIFY(std::abs(QImage(big).width() - 2 * image.width()) <= 2);
    const QString svg = mDir.filePath(QStringLiteral("design.svg"));
    r = run(
        {QStringLiteral("export"), QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"), QStringLiteral("--output"), svg});
    QCOMPARE(r.code, 0);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    // The name is the title, the id beside it: every label in full (tst_diagramrenderer
    // checks all of them).
    QVERIFY(text.contains("<svg") && text.contains(">db-a<") && text.contains("subnet-db-a"));
    r = run({QStringLiteral("export"), QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"), QStringLiteral("--output"),
             mDir.filePath(QStringLiteral("x.png")), QStringLiteral("--scale"), QStringLiteral("zero")});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("x.png"))));
    for (const char *scale : {"nan", "inf", "-1", "17"}) { // NaN once slipped past "<= 0 || > 16"
        r = run({QStringLiteral("export"), QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"), QStringLiteral("--output"),
                 mDir.filePath(QStringLiteral("x.png")), QStringLiteral("--scale"), QLatin1String(scale)});
        QVERIFY2(r.code == 2 && r.err.contains("--scale"), scale);
        QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("x.png"))));
    }
}

void TestCli::exportRefusesWithoutWriting_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("output");
    QTest::newRow("bad input") << QByteArray("vpc-designer: 1\nvpcs: {\n") << "out.yaml";
    QTest::newRow("unknown output type") << QByteArray("vpc-designer: 1\n") << "out.txt";
}

void TestCli::exportTitleLegendSelection()
{
    const QString png = mDir.filePath(QStringLiteral("decorated.png"));
    const QString file = QStringLiteral(VPC_EXAMPLES "/three-tier.yaml");
    Run r = run({QStringLiteral("export"), file, QStringLiteral("--output"), png, QStringLiteral("--title"),
                 QStringLiteral("--legend"), QStringLiteral("--transparent")});
    QCOMPARE(r.code, 0);
    const QImage decorated(png);
    QVERIFY(decorated.hasAlphaChannel());
    QCOMPARE(qAlpha(decorated.pixel(decorated.width() - 1, decorated.height() / 2)), 0);
    r = run({QStringLiteral("export"), file, QStringLiteral("--output"), mDir.filePath(QStringLiteral("plain.png"))});
    QCOMPARE(r.code, 0);
    const QImage plain(mDir.filePath(QStringLiteral("plain.png")));
    QVERIFY(decorated.height() > plain.height() + 200); // a title block above, a legend below
    const QString part = mDir.filePath(QStringLiteral("part.svg"));
    r = run({QStringLiteral("export"), file, QStringLiteral("--output"), part, QStringLiteral("--selection"),
             QStringLiteral("subnet-app-a, subnet-app-b")});
    QCOMPARE(r.code, 0);
    QFile f(part);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    QVERIFY(svg.contains(">app-a<") && svg.contains(">app-b<"));
    // An id that is not drawn: exit 2, a reason, nothing written.
    const QString none = mDir.filePath(QStringLiteral("none.png"));
    r = run({QStringLiteral("export"), file, QStringLiteral("--output"), none, QStringLiteral("--selection"),
             QStringLiteral("subnet-app-a,nope")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("nope"), r.err.constData());
    QVERIFY(!QFile::exists(none));
    // A scenario's traffic; one the design does not have is refused.
    r = run({QStringLiteral("export"), file, QStringLiteral("--output"), mDir.filePath(QStringLiteral("day.svg")),
             QStringLiteral("--scenario"), QStringLiteral("workday")});
    QCOMPARE(r.code, 0);
    QFile day(mDir.filePath(QStringLiteral("day.svg")));
    QVERIFY(day.open(QIODevice::ReadOnly) && day.readAll().contains("db-ping: stopped by igw-app"));
    r = run({QStringLiteral("export"), file, QStringLiteral("--output"), mDir.filePath(QStringLiteral("night.svg")),
             QStringLiteral("--scenario"), QStringLiteral("night")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("night"), r.err.constData());
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("night.svg"))));
    // PDF: tiled on A4; a page size PDF does not know, or one given for a PNG, is refused.
    const QString pdf = mDir.filePath(QStringLiteral("tiles.pdf"));
    r = run({QStringLiteral("export"), file, QStringLiteral("--output"), pdf, QStringLiteral("--page"),
             QStringLiteral("A4"), QStringLiteral("--title")});
    QCOMPARE(r.code, 0);
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly) && written.read(5) == "%PDF-");
    // A picture's option with a design file out: refused, nothing written.
    r = run({QStringLiteral("export"), file, QStringLiteral("--output"), mDir.filePath(QStringLiteral("x.yaml")),
             QStringLiteral("--legend")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("--legend"), r.err.constData());
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("x.yaml"))));
    for (const QStringList &bad : {QStringList{QStringLiteral("x.pdf"), QStringLiteral("B5")},
                                   QStringList{QStringLiteral("x.png"), QStringLiteral("A4")}}) {
        r = run({QStringLiteral("export"), file, QStringLiteral("--output"), mDir.filePath(bad[0]),
                 QStringLiteral("--page"), bad[1]});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--page"), r.err.constData());
        QVERIFY(!QFile::exists(mDir.filePath(bad[0])));
    }
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

void TestCli::savesFailWithoutHarm_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("kept"); // a file there before, unchanged after
    const QString example = QStringLiteral(VPC_EXAMPLES "/peered-web.yaml");
    QTest::newRow("export yaml") << QStringList{QStringLiteral("export"), example, QStringLiteral("--output"),
                                                mDir.filePath(QStringLiteral("full.yaml"))}
                                 << QStringLiteral("full.yaml");
    QTest::newRow("export png") << QStringList{QStringLiteral("export"), example, QStringLiteral("--output"),
                                               mDir.filePath(QStringLiteral("full.png"))}
                                << QStringLiteral("full.png");
    QTest::newRow("flow logs") << QStringList{QStringLiteral("simulate"), example, QStringLiteral("--flow-logs"),
                                              mDir.filePath(QStringLiteral("full-logs"))}
                               << QStringLiteral("full-logs/athena.sql");
}

void TestCli::savesFailWithoutHarm()
{
    // A full disk: every file written whole or not at all, the failure said, exit 2.
    QFETCH(QStringList, arguments);
    QFETCH(QString, kept);
    QDir(mDir.path()).mkpath(QStringLiteral("full-logs"));
    const QString path = write(kept, "what the user had");
    const Run r = run(arguments, 1);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("cannot be written"), r.err.constData());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("what the user had"));
}

void TestCli::flowLogsBounded()
{
    // 500 logged interfaces over a month in one-minute windows: 22 million records (the
    // limit is 5 million). Refused
    // before any is made, with the reason; and no folder is no place to write.
    QByteArray yaml = "vpc-designer: 1\n"
                      "vpcs:\n"
                      "  - id: vpc-a\n"
                      "    region: us-east-1\n"
                      "    cidr-blocks: [10.0.0.0/16]\n"
                      "    subnets: [{id: subnet-a, az: us-east-1a, cidr: 10.0.0.0/20}]\n"
                      "    flow-logs: [{id: fl-a, resource: vpc-a, max-aggregation-interval: 60}]\n"
                      "    instances:\n";
    for (int i = 0; i < 500; ++i)
        yaml += "      - {id: i-" + QByteArray::number(i) + ", subnet: subnet-a}\n";
    yaml += "traffic:\n"
            "  - id: month\n"
            "    flows: [{id: f, from: i-0, to: i-1, port: 443, duration: 2678400}]\n";
    const QString design = write(QStringLiteral("month.yaml"), yaml);
    Run r = run(
        {QStringLiteral("simulate"), design, QStringLiteral("--flow-logs"), mDir.filePath(QStringLiteral("month"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("million records"), r.err.constData());
    QVERIFY(!QFileInfo::exists(mDir.filePath(QStringLiteral("month/athena.sql"))));
    r = run({QStringLiteral("simulate"), design, QStringLiteral("--flow-logs"), QString()});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("needs a folder"));
}

void TestCli::mistypedSubcommand_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("a letter missing") << "valdate"
                                      << "validate";
    QTest::newRow("two swapped") << "exprot"
                                 << "export";
    QTest::newRow("a prefix") << "sim"
                              << "simulate";
    QTest::newRow("capitals") << "RULES"
                              << "rules";
    QTest::newRow("nothing close") << "frobnicate"
                                   << "";
}

void TestCli::mistypedSubcommand()
{
    // With no display at all: refused at once, not a window waiting forever.
    QFETCH(QString, word);
    QFETCH(QString, suggestion);
    const Run r = run({word, QStringLiteral(VPC_EXAMPLES "/peered-web.yaml")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY(r.err.contains(word.toUtf8()));
    if (!suggestion.isEmpty())
        QVERIFY2(r.err.contains(QStringLiteral("did you mean '%1'?").arg(suggestion).toUtf8()), r.err.constData());
    else
        QVERIFY(r.err.contains("--help"));
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

void TestCli::verifyIntents()
{
    // verify: exit 1 when an intent is violated or invalid, with a witness that simulate
    // can replay; 0 when all hold; 2 for a file that cannot be used.
    const QString file = QStringLiteral(VPC_TEST_DATA "/intents/three-tier-intents.yaml");
    Run r = run({QStringLiteral("verify"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("holds")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("violated")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("invalid")).toInt(), 3);
    QJsonObject closed;
    for (const QJsonValue &v : o.value(QStringLiteral("intents")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("web-closed"))
            closed = v.toObject();
    QCOMPARE(closed.value(QStringLiteral("status")).toString(), QStringLiteral("violated"));
    const QJsonObject w = closed.value(QStringLiteral("witness")).toObject();
    QCOMPARE(w.value(QStringLiteral("protocol")).toString(), QStringLiteral("tcp"));
    QCOMPARE(w.value(QStringLiteral("port")).toInt(), 443);
    QCOMPARE(w.value(QStringLiteral("to")).toString(), QStringLiteral("54.20.0.10"));
    QCOMPARE(closed.value(QStringLiteral("request")).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("delivered"));
    // The witness replays as a flow: delivered, as the intent says it must not be.
    QTemporaryDir dir;
    QFile source(file);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    text.replace("traffic:\n",
                 "traffic:\n  - id: witness\n    start: 2026-06-01T10:00:00Z\n    flows:\n      - {id: w, from: " +
                     w.value(QStringLiteral("from")).toString().toUtf8() +
                     ", to: " + w.value(QStringLiteral("to")).toString().toUtf8() + ", protocol: tcp, port: 443}\n");
    QFile replay(dir.filePath(QStringLiteral("replay.yaml")));
    QVERIFY(replay.open(QIODevice::WriteOnly));
    replay.write(text);
    replay.close();
    r = run({QStringLiteral("simulate"), replay.fileName(), QStringLiteral("--scenario"), QStringLiteral("witness")});
    QVERIFY2(r.out.contains("w: ") && r.out.contains(": delivered"), r.out.constData());
    // Text: one line per intent and the count.
    r = run({QStringLiteral("verify"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("10 intents: 4 holding, 3 violated, 3 invalid"), r.out.constData());
    // All hold: 0. A design without intents has nothing to break.
    r = run({QStringLiteral("verify"), QStringLiteral(VPC_TEST_DATA "/rules/intent-violated.near-miss.yaml")});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("verify"), QStringLiteral(VPC_EXAMPLES "/three-tier.yaml")});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("verify"), dir.filePath(QStringLiteral("missing.yaml"))});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("verify")});
    QCOMPARE(r.code, 2);
}

void TestCli::reachMatrix()
{
    const QString file = QStringLiteral(VPC_EXAMPLES "/three-tier.yaml");
    // Text: one line per pair with something open, then the counts.
    Run r = run({QStringLiteral("reach"), file});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("subnet-app-a -> subnet-data-a: tcp 5432\n"), r.out.constData());
    // JSON: rows, columns and cells with the open set and a witness.
    r = run({QStringLiteral("reach"), file, QStringLiteral("--from"), QStringLiteral("internet"),
             QStringLiteral("--to"), QStringLiteral("sg-web"), QStringLiteral("--to"), QStringLiteral("sg-db"),
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("columns")).toArray().size(), 2);
    const QJsonArray cells = o.value(QStringLiteral("cells")).toArray();
    QCOMPARE(cells.size(), 1); // the internet reaches the web tier, not the database
    const QJsonObject web = cells[0].toObject();
    QCOMPARE(web.value(QStringLiteral("to")).toString(), QStringLiteral("sg-web"));
    QCOMPARE(web.value(QStringLiteral("open")).toArray()[0].toObject().value(QStringLiteral("ports")).toString(),
             QStringLiteral("443"));
    QVERIFY(!web.value(QStringLiteral("witness")).toObject().value(QStringLiteral("from")).toString().isEmpty());
    // CSV: a header and one line per protocol of a cell.
    r = run({QStringLiteral("reach"), file, QStringLiteral("--from"), QStringLiteral("subnet-app-a"),
             QStringLiteral("--to"), QStringLiteral("subnet-data-a"), QStringLiteral("--format"),
             QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QByteArray("from,to,protocol,ports\nsubnet-app-a,subnet-data-a,tcp,5432\n"));
    // Bad input: a space that names nothing, an unknown format.
    r = run({QStringLiteral("reach"), file, QStringLiteral("--from"), QStringLiteral("nothing-here")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("nothing-here"));
    r = run({QStringLiteral("reach"), file, QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(r.code, 2);
}

void TestCli::diffDesigns()
{
    // The web tier let into the database: two objects changed, 5432 gained from the public
    // subnets to the data subnets, an intent now holds; the data subnets are what
    // no-internet-to-data protects, so the check fails (exit 1).
    const QString old = QStringLiteral(VPC_TEST_DATA "/intents/three-tier-intents.yaml");
    const QString opened = QStringLiteral(VPC_TEST_DATA "/intents/three-tier-intents-opened.yaml");
    Run r = run({QStringLiteral("diff"), old, opened, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QStringList changed;
    for (const QJsonValue &v : o.value(QStringLiteral("changed")).toArray())
        changed.append(v.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char(' ') +
                       v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(changed, (QStringList{QStringLiteral("design "), QStringLiteral("network-acl acl-data"),
                                   QStringLiteral("security-group sg-db")}));
    bool gained = false;
    for (const QJsonValue &v : o.value(QStringLiteral("reachability")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("from")).toString() == QLatin1String("subnet-public-a") &&
            c.value(QStringLiteral("to")).toString() == QLatin1String("subnet-data-a")) {
            const QJsonObject g = c.value(QStringLiteral("gained")).toArray()[0].toObject();
            gained = g.value(QStringLiteral("protocol")).toString() == QLatin1String("tcp") &&
                     g.value(QStringLiteral("ports")).toString() == QLatin1String("5432");
            QVERIFY(c.value(QStringLiteral("lost")).toArray().isEmpty());
        }
    }
    QVERIFY2(gained, r.out.constData());
    const QJsonArray intents = o.value(QStringLiteral("intents")).toArray();
    QCOMPARE(intents.size(), 1);
    QCOMPARE(intents[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("web-reaches-db"));
    QCOMPARE(intents[0].toObject().value(QStringLiteral("after")).toString(), QStringLiteral("holds"));
    QVERIFY(o.value(QStringLiteral("widens-protected")).toBool());
    // Backwards, the same change narrows: 5432 lost, nothing protected widened, but the
    // intent that held now fails: exit 1 again. The same file twice: no change, exit 0.
    r = run({QStringLiteral("diff"), opened, old});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("reach - subnet-public-a -> subnet-data-a: tcp 5432"), r.out.constData());
    QVERIFY2(r.out.contains("intent web-reaches-db: holds -> violated"), r.out.constData());
    r = run({QStringLiteral("diff"), old, old});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("no change"), r.out.constData());
    r = run({QStringLiteral("diff"), old});
    QCOMPARE(r.code, 2);
}

void TestCli::lessonsAndGrade()
{
    // lessons: every bundled lesson, in JSON with its facts.
    Run r = run({QStringLiteral("lessons"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonArray lessons = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("lessons")).toArray();
    QVERIFY(lessons.size() >= 2);
    bool sawChallenge = false;
    for (const QJsonValue &v : lessons) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("covers")).toArray().isEmpty());
        sawChallenge |= o.value(QStringLiteral("challenge")).toBool();
    }
    QVERIFY(sawChallenge);
    // grade: one result per file; exit 0 when all pass, 1 when one misses, 2 for bad input.
    const QString answer = QStringLiteral(VPC_TEST_DATA "/study/answers/challenge-private-egress.yaml");
    const QString start = QStringLiteral(VPC_LESSONS "/challenge-private-egress.yaml");
    r = run({QStringLiteral("grade"), QStringLiteral("challenge-private-egress"), answer});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("5 of 5 goals, 100%"), r.out.constData());
    r = run({QStringLiteral("grade"), QStringLiteral("challenge-private-egress"), answer, start,
             QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 1);
    const QJsonArray results = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].toObject().value(QStringLiteral("score")).toInt(), 100);
    QVERIFY(!results[1].toObject().value(QStringLiteral("passed")).toBool());
    bool explained = false;
    for (const QJsonValue &g : results[1].toObject().value(QStringLiteral("goals")).toArray())
        explained |= g.toObject().value(QStringLiteral("why")).toString().contains(QLatin1String("rtb-private"));
    QVERIFY2(explained, r.out.constData());
    r = run({QStringLiteral("grade"), QStringLiteral("challenge-private-egress"),
             mDir.filePath(QStringLiteral("none.yaml"))});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("grade"), QStringLiteral("no-such-challenge"), answer});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("grade"), QStringLiteral("basics-public-private"), answer});
    QCOMPARE(r.code, 2); // a lesson without goals grades nothing
    QVERIFY(r.err.contains("nothing to grade"));
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("without a display"));
    QVERIFY(r.out.contains("--format"));
    // Every subcommand parses alike (one parser for all): help, a wrong --format, a
    // positional too many.
    for (const char *sub : {"validate", "export", "simulate", "replay", "rules"}) {
        const Run h = run({QLatin1String(sub), QStringLiteral("--help")});
        QVERIFY2(h.code == 0 && h.out.contains("--help"), sub);
    }
    for (const char *sub : {"validate", "simulate", "replay", "rules"}) {
        QStringList args{QLatin1String(sub)};
        if (qstrcmp(sub, "rules") != 0)
            args << QStringLiteral(VPC_EXAMPLES "/three-tier.yaml");
        if (qstrcmp(sub, "replay") == 0)
            args << QStringLiteral(VPC_TEST_DATA "/simulation/aws-records.log");
        const Run f = run(args + QStringList{QStringLiteral("--format"), QStringLiteral("xml")});
        QVERIFY2(f.code == 2 && f.err.startsWith("--format is text or json, not 'xml'"), sub);
    }
    const Run extra = run({QStringLiteral("rules"), QStringLiteral("more")});
    QVERIFY(extra.code == 2 && extra.err.startsWith("usage: vpc-designer rules"));
}

void TestCli::simulate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    const QString sim = QStringLiteral(VPC_TEST_DATA "/simulation/");
    QTest::newRow("all delivered") << QStringList{sim + "aws-ssh.yaml"} << 0
                                   << "ssh: i-client (172.31.16.139) -> "
                                      "i-server (172.31.16.21) tcp/22: delivered"
                                   << "";
    QTest::newRow("one dropped") << QStringList{sim + "aws-ping.yaml"} << 1
                                 << "blocked by acl-icmp-in (network-acl): egress: no rule allows icmp to "
                                    "203.0.113.12; the final rule denies"
                                 << "";
    QTest::newRow("the first scenario") << QStringList{QStringLiteral(VPC_EXAMPLES "/peered-web.yaml")} << 1
                                        << "evening: 4 flows, 1 dropped"
                                        << "";
    QTest::newRow("a named scenario") << QStringList{sim + "hops.yaml", "--scenario", "hops"} << 1
                                      << "hops: 25 flows, 18 dropped"
                                      << "";
    QTest::newRow("no such scenario") << QStringList{sim + "hops.yaml", "--scenario", "nope"} << 2 << ""
                                      << "hops.yaml: no scenario 'nope'";
    QTest::newRow("not a scenario") << QStringList{sim + "hops.yaml", "--scenario", "vpc-a"} << 2 << ""
                                    << "no scenario 'vpc-a'";
    QTest::newRow("bad format") << QStringList{sim + "hops.yaml", "--format", "xml"} << 2 << ""
                                << "--format is text or json";
    QTest::newRow("missing file") << QStringList{sim + "missing.yaml"} << 2 << ""
                                  << "missing.yaml";
    QTest::newRow("no file") << QStringList{} << 2 << ""
                             << "usage: vpc-designer simulate";
}

void TestCli::simulate()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const Run r = run(QStringList{QStringLiteral("simulate")} + arguments);
    QCOMPARE(r.code, code);
    QVERIFY2(r.out.contains(out.toUtf8()), r.out.constData());
    QVERIFY2(r.err.contains(err.toUtf8()), r.err.constData());
    if (code == 2)
        QVERIFY(r.out.isEmpty());
}

void TestCli::simulateJson()
{
    const Run r = run({QStringLiteral("simulate"), QStringLiteral(VPC_TEST_DATA "/simulation/aws-ping.yaml"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("scenario")).toString(), QStringLiteral("ping-from-internet"));
    const QJsonObject flow = root.value(QStringLiteral("flows")).toArray().at(0).toObject();
    QCOMPARE(flow.value(QStringLiteral("id")).toString(), QStringLiteral("ping"));
    QCOMPARE(flow.value(QStringLiteral("protocol")).toString(), QStringLiteral("icmp"));
    QVERIFY(!flow.contains(QStringLiteral("port")));
    QCOMPARE(flow.value(QStringLiteral("request")).toObject().value(QStringLiteral("verdict")).toString(),
             QStringLiteral("delivered"));
    const QJsonObject reply = flow.value(QStringLiteral("reply")).toObject();
    QCOMPARE(reply.value(QStringLiteral("verdict")).toString(), QStringLiteral("dropped"));
    const QJsonObject blocked = reply.value(QStringLiteral("blocked-by")).toArray().at(0).toObject();
    QCOMPARE(blocked.value(QStringLiteral("at")).toString(), QStringLiteral("acl-icmp-in"));
    QCOMPARE(blocked.value(QStringLiteral("kind")).toString(), QStringLiteral("network-acl"));
}

void TestCli::simulateFlowLogs()
{
    const QString dir = mDir.filePath(QStringLiteral("logs"));
    const Run r = run({QStringLiteral("simulate"), QStringLiteral(VPC_TEST_DATA "/simulation/aws-ping.yaml"),
                       QStringLiteral("--flow-logs"), dir});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("flow logs: 2 records in 2 files under"), r.out.constData());
    QStringList files;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        files.append(it.next().mid(dir.size() + 1));
    files.sort();
    QCOMPARE(files.size(), 2);
    QVERIFY(files[0].startsWith(QLatin1String("AWSLogs/123456789010/vpcflowlogs/us-east-1/2015/05/29/"
                                              "123456789010_vpcflowlogs_us-east-1_fl-web_20150529T1650Z_")));
    QCOMPARE(files[1], QStringLiteral("athena.sql"));
    // The written logs replay onto the design: the REJECT is the ACL's.
    const Run replay = run({QStringLiteral("replay"), QStringLiteral(VPC_TEST_DATA "/simulation/aws-ping.yaml"),
                            dir + QLatin1Char('/') + files[0]});
    QCOMPARE(replay.code, 0);
    QVERIFY2(replay.out.contains("rejected by acl-icmp-in (network-acl): egress: no rule allows icmp to 203.0.113.12"),
             replay.out.constData());
    // A folder that cannot be made: exit 2, nothing half-written.
    const QString blocker = write(QStringLiteral("a-file"), "x");
    const Run bad = run({QStringLiteral("simulate"), QStringLiteral(VPC_TEST_DATA "/simulation/aws-ping.yaml"),
                         QStringLiteral("--flow-logs"), blocker + QStringLiteral("/logs")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("cannot create"), bad.err.constData());
}

void TestCli::replay_data()
{
    QTest::addColumn<QStringList>("logs");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    const QString records = QStringLiteral(VPC_TEST_DATA "/simulation/aws-records.log");
    QTest::newRow("text") << QStringList{records} << "text" << 0
                          << "6 records: 4 matched, 0 matched nothing; 2 accepted, 2 rejected (1 explained by the "
                             "design, 1 not); 1 NODATA, 1 SKIPDATA"
                          << "";
    QTest::newRow("json") << QStringList{records} << "json" << 0 << "\"rejected\": 2"
                          << "";
    QTest::newRow("bad lines are reported")
        << QStringList{write(QStringLiteral("bad.log"), "version srcaddr\n2 10.0.0.1\n2 nonsense\n")} << "text" << 0
        << "1 lines not read"
        << "bad.log:3:3: 'nonsense' is not a valid srcaddr";
    QTest::newRow("not a log") << QStringList{QStringLiteral(VPC_EXAMPLES "/peered-web.yaml")} << "text" << 2 << ""
                               << "not a VPC flow-log file";
    QTest::newRow("missing log") << QStringList{QStringLiteral("/nonexistent/x.log")} << "text" << 2 << ""
                                 << "/nonexistent/x.log";
    QTest::newRow("no log") << QStringList{} << "text" << 2 << ""
                            << "usage: vpc-designer replay";
}

void TestCli::replay()
{
    QFETCH(QStringList, logs);
    QFETCH(QString, format);
    QFETCH(int, code);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const Run r = run(QStringList{QStringLiteral("replay"), QStringLiteral(VPC_TEST_DATA "/simulation/aws-rdp.yaml")} +
                      logs + QStringList{QStringLiteral("--format"), format});
    QCOMPARE(r.code, code);
    QVERIFY2(r.out.contains(out.toUtf8()), r.out.constData());
    QVERIFY2(r.err.contains(err.toUtf8()), r.err.constData());
    if (format == QLatin1String("json") && code == 0)
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rejects")).toArray().size(), 2);
}

void TestCli::replayAthena()
{
    // The tables and the query for Athena: written whole, named in the summary; the query
    // joins the design's flow-log table (the layout of athena.sql) with them.
    const QString design = QStringLiteral(VPC_EXAMPLES "/three-tier.yaml");
    const QString dir = mDir.filePath(QStringLiteral("athena"));
    Run r = run({QStringLiteral("replay"), design, QStringLiteral("--athena"), dir});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("rows of settings that reject"), r.out.constData());
    QFile sql(dir + QStringLiteral("/blame.sql"));
    QVERIFY(sql.open(QIODevice::ReadOnly));
    const QByteArray text = sql.readAll();
    for (const char *part : {"CREATE EXTERNAL TABLE IF NOT EXISTS vpc_designer_blame_classes",
                             "CREATE EXTERNAL TABLE IF NOT EXISTS vpc_designer_interfaces",
                             "FROM vpc_flow_logs_fl_app l JOIN vpc_designer_interfaces",
                             "LOCATION 's3://app-flow-logs/vpc-designer-blame/classes/'"})
        QVERIFY2(text.contains(part), part);
    QFile classes(dir + QStringLiteral("/blame/classes/classes.csv"));
    QVERIFY(classes.open(QIODevice::ReadOnly));
    QVERIFY(classes.readLine().startsWith("interface_id,flow_direction,other_first,other_last"));
    QVERIFY(classes.readAll().contains(",security-group:sg-web\n"));
    // With logs too, the blame of replay follows.
    r = run({QStringLiteral("replay"), QStringLiteral(VPC_TEST_DATA "/simulation/aws-rdp.yaml"),
             QStringLiteral(VPC_TEST_DATA "/simulation/aws-records.log"), QStringLiteral("--athena"), dir});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("2 rejected"));
    // A folder that cannot be made: exit 2, a message, nothing written.
    const QString blocked = write(QStringLiteral("a-file"), "not a folder");
    r = run({QStringLiteral("replay"), design, QStringLiteral("--athena"), blocked + QStringLiteral("/sub")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("cannot create the folder"), r.err.constData());
    // Neither logs nor --athena: the usage.
    r = run({QStringLiteral("replay"), design});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("usage: vpc-designer replay"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
