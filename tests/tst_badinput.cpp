#include "designformat.h"
#include "yamlreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/// Every class of bad input gets an error value with file, line, column and a sentence;
/// nothing crashes, nothing hangs, nothing eats memory.
class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errors_data();
    void errors();
    void warnings_data();
    void warnings();
    void hugeFileRefusedUnread();
    void missingFile();
    void unreachableFile();
    void folder();
    void specialFilesRefusedUnread_data();
    void specialFilesRefusedUnread();
    void manyErrorsStop();
    void keysPerMappingBounded();
};

namespace {

const QByteArray Head = "vpc-designer: 1\n";
const QByteArray OneVpc = "vpcs:\n"
                          "  - id: vpc-a\n"
                          "    region: us-east-1\n"
                          "    cidr-blocks: [10.0.0.0/16]\n";

QByteArray deepNesting(int levels)
{
    return Head + "name: " + QByteArray(levels, '[') + QByteArray(levels, ']') + '\n';
}

QByteArray aliasBomb()
{
    // The "billion laughs": ten levels of ten aliases each expand to 10^10 nodes.
    QByteArray y = Head + "vpcs:\n  - id: v\n    region: r\n    cidr-blocks: [10.0.0.0/16]\n";
    y += "    lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= 9; ++i) {
        y += "    lol" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [";
        for (int k = 0; k < 10; ++k)
            y += (k ? ", *l" : "*l") + QByteArray::number(i - 1);
        y += "]\n";
    }
    return y;
}

} // namespace

void TestBadInput::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty file") << QByteArray() << 1 << 1 << "empty";
    QTest::newRow("not yaml: unclosed flow") << Head + "vpcs: [\n  - id: a\n" << 3 << 0 << "not valid YAML";
    QTest::newRow("not yaml: bad indentation") << Head + "vpcs:\n  - id: a\n   region: x\n"
                                               << 0 << 0 << "not valid YAML";
    QTest::newRow("not yaml: tab indent") << Head + "vpcs:\n\t- id: a\n" << 0 << 0 << "not valid YAML";
    QTest::newRow("binary garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 1 << 1 << "not UTF-8 (0x89)";
    QTest::newRow("a NUL byte") << Head + QByteArray("name: a\0b\n", 10) << 2 << 8 << "a NUL byte";
    QTest::newRow("Latin-1, not UTF-8") << Head + "name: caf\xe9\n" << 2 << 10 << "not UTF-8 (0xe9)";
    QTest::newRow("an overlong form") << Head + "name: \xc0\xafx\n" << 2 << 7 << "not UTF-8 (0xc0)";
    QTest::newRow("a surrogate in UTF-8") << Head + "name: \xed\xa0\x80\n" << 2 << 7 << "not UTF-8 (0xed)";
    QTest::newRow("a sequence cut short") << Head + "name: ab\xe2\x82" << 2 << 9 << "not UTF-8 (0xe2)";
    QTest::newRow("after multi-byte text: columns count characters") << Head + "name: \xc3\xa9\xe2\x82\xac\xff\n"
                                                                     << 2 << 9 << "not UTF-8 (0xff)";
    QTest::newRow("top level list") << QByteArray("- a\n- b\n") << 1 << 1 << "holds a list";
    QTest::newRow("top level scalar") << QByteArray("hello\n") << 1 << 1 << "a single value";
    QTest::newRow("version missing") << QByteArray("name: x\nvpcs: []\n") << 1 << 1 << "'vpc-designer: 1'";
    QTest::newRow("version newer") << QByteArray("vpc-designer: 2\n") << 1 << 15 << "format version 2";
    QTest::newRow("version zero") << QByteArray("vpc-designer: 0\n") << 1 << 15 << "does not exist";
    QTest::newRow("version text") << QByteArray("vpc-designer: one\n") << 1 << 15 << "whole number";
    QTest::newRow("missing id") << Head + "vpcs:\n  - region: us-east-1\n    cidr-blocks: [10.0.0.0/16]\n"
                                << 3 << 5 << "has no id";
    QTest::newRow("missing region") << Head + "vpcs:\n  - id: vpc-a\n    cidr-blocks: [10.0.0.0/16]\n"
                                    << 3 << 5 << "no 'region'";
    QTest::newRow("missing cidr-blocks") << Head + "vpcs:\n  - id: vpc-a\n    region: us-east-1\n"
                                         << 3 << 5 << "no 'cidr-blocks'";
    QTest::newRow("empty cidr-blocks") << Head + "vpcs:\n  - id: vpc-a\n    region: r\n    cidr-blocks: []\n"
                                       << 3 << 5 << "at least one";
    QTest::newRow("missing az") << Head + OneVpc + "    subnets:\n      - {id: s1, cidr: 10.0.1.0/24}\n"
                                << 7 << 9 << "no 'az'";
    // Found by fuzz_designreader: an empty required value was taken, and saved as "/0".
    QTest::newRow("empty required cidr") << Head + OneVpc + "    subnets:\n      - {id: s1, az: a, cidr: ''}\n"
                                         << 7 << 31 << "'cidr' is required; it may not be empty";
    QTest::newRow("a tag and no cidr") << Head + OneVpc + "    subnets:\n      - {id: s1, az: a, cidr: !0.0.1.0/24}\n"
                                       << 7 << 31 << "'cidr' is required";
    QTest::newRow("empty required region") << Head + "vpcs:\n  - {id: v, region: \"\", cidr-blocks: [10.0.0.0/16]}\n"
                                           << 3 << 21 << "'region' is required";
    QTest::newRow("missing instance subnet") << Head + OneVpc + "    instances:\n      - id: i-1\n"
                                             << 7 << 9 << "no 'subnet'";
    QTest::newRow("missing flow to") << Head + "traffic:\n  - id: t\n    flows: [{id: f, from: 1.2.3.4}]\n"
                                     << 4 << 13 << "no 'to'";
    QTest::newRow("wrong type: list as scalar") << Head + OneVpc + "    subnets: s1\n" << 6 << 14 << "should be a list";
    QTest::newRow("wrong type: bool") << Head + OneVpc + "    dns-support: maybe\n" << 6 << 18 << "true or false";
    QTest::newRow("wrong type: cidr-blocks scalar")
        << Head + "vpcs:\n  - id: v\n    region: r\n    cidr-blocks: 10.0.0.0/16\n"
        << 5 << 18 << "should be a list";
    QTest::newRow("wrong type: object as scalar") << Head + "vpcs:\n  - vpc-a\n" << 3 << 5 << "mapping with an id";
    QTest::newRow("wrong type: name as list") << Head + "name: [a, b]\n" << 2 << 7 << "single value";
    QTest::newRow("wrong type: port text")
        << Head + "traffic:\n  - id: t\n    flows: [{id: f, from: 1.2.3.4, to: 5.6.7.8, port: https}]\n"
        << 4 << 55 << "whole number";
    // Numbers that would make a scenario without end (start, duration, rates).
    const QByteArray flowHead =
        Head + "traffic:\n  - id: t\n    flows: [{id: f, from: 1.2.3.4, to: 5.6.7.8, port: 443, ";
    QTest::newRow("duration 1e18") << flowHead + "duration: 1e18}]\n" << 4 << 70 << "duration is 0 to 2678400";
    QTest::newRow("start 1e300") << flowHead + "start: 1e300}]\n" << 4 << 67 << "start is 0 to 2678400";
    QTest::newRow("start 2^63") << flowHead + "start: 9223372036854775808}]\n" << 4 << 67 << "start is 0 to 2678400";
    QTest::newRow("duration nan") << flowHead + "duration: .nan}]\n" << 4 << 70 << "a number of zero or more";
    QTest::newRow("rate infinite") << flowHead + "packets-per-second: .inf}]\n"
                                   << 4 << 80 << "a number of zero or more";
    QTest::newRow("packets larger than IP allows") << flowHead + "bytes-per-packet: 70000}]\n"
                                                   << 4 << 78 << "bytes-per-packet is 0 to 65535";
    QTest::newRow("wrong type: enum") << Head + OneVpc +
                                             "    nat-gateways: [{id: n, subnet: s, connectivity: shared}]\n"
                                      << 6 << 53 << "public, private";
    QTest::newRow("account of 11 digits") << Head + OneVpc + "    account: 11112222333\n"
                                          << 6 << 14 << "account is 12 digits";
    QTest::newRow("account of letters") << Head + OneVpc + "    account: \"my-account\"\n" << 6 << 14 << "'my-account'";
    QTest::newRow("policy as a word") << Head + OneVpc +
                                             "    endpoints: [{id: e, type: gateway, service: s3, policy: -}]\n"
                                      << 6 << 61 << "policy is a mapping of keys such as Statement";
    QTest::newRow("policy as a list") << Head + OneVpc +
                                             "    endpoints: [{id: e, type: gateway, service: s3, policy: [a]}]\n"
                                      << 6 << 61 << "not a list";
    QTest::newRow("wrong type: gateway scalar") << Head + OneVpc + "    internet-gateway: igw-a\n"
                                                << 6 << 23 << "mapping such as {id: igw-a}";
    QTest::newRow("bad cidr: prefix") << Head + "vpcs:\n  - id: v\n    region: r\n    cidr-blocks: [10.0.0.0/33]\n"
                                      << 5 << 19 << "'10.0.0.0/33' is not a CIDR block";
    QTest::newRow("bad cidr: address") << Head + "vpcs:\n  - id: v\n    region: r\n    cidr-blocks: [10.0.300.0/16]\n"
                                       << 5 << 19 << "0 to 255";
    QTest::newRow("bad cidr: no prefix") << Head + OneVpc + "    subnets: [{id: s, az: a, cidr: 10.0.1.0}]\n"
                                         << 6 << 36 << "needs a prefix length";
    QTest::newRow("bad cidr: v6") << Head + OneVpc + "    ipv6-cidr-blocks: [\"2600::1::/56\"]\n"
                                  << 6 << 24 << "only once";
    QTest::newRow("bad address") << Head + OneVpc + "    instances: [{id: i, subnet: s, private-ip: 10.0.0.999}]\n"
                                 << 6 << 48 << "not an IP address";
    QTest::newRow("bad route destination")
        << Head + OneVpc + "    route-tables: [{id: r, routes: [{destination: default, target: igw-a}]}]\n"
        << 6 << 51 << "'default' is not a CIDR block";
    QTest::newRow("bad sg source address")
        << Head + OneVpc + "    security-groups: [{id: sg, ingress: [{protocol: tcp, source: 10.0.0.5}]}]\n"
        << 6 << 66 << "10.0.0.5/32";
    QTest::newRow("bad protocol")
        << Head + OneVpc + "    security-groups: [{id: sg, ingress: [{protocol: http, source: 0.0.0.0/0}]}]\n"
        << 6 << 53 << "not a protocol";
    QTest::newRow("bad ports")
        << Head + OneVpc +
               "    security-groups: [{id: sg, ingress: [{protocol: tcp, ports: \"443-80\", source: 0.0.0.0/0}]}]\n"
        << 6 << 65 << "1024-65535";
    QTest::newRow("bad nacl action")
        << Head + OneVpc +
               "    network-acls: [{id: a, ingress: [{rule: 1, protocol: all, source: 0.0.0.0/0, action: permit}]}]\n"
        << 6 << 90 << "allow or deny";
    QTest::newRow("bad id characters")
        << Head + "vpcs:\n  - id: \"vpc a/b\"\n    region: r\n    cidr-blocks: [10.0.0.0/16]\n"
        << 3 << 9 << "not a valid id";
    QTest::newRow("bad time") << Head + "traffic:\n  - id: t\n    start: yesterday\n" << 4 << 12 << "UTC time";
    QTest::newRow("duplicate id") << Head + OneVpc + "    subnets:\n      - {id: vpc-a, az: a, cidr: 10.0.1.0/24}\n"
                                  << 7 << 14 << "used twice: it already names the VPC at line 3";
    QTest::newRow("duplicate id across vpcs") << Head + OneVpc + "    subnets: [{id: s1, az: a, cidr: 10.0.1.0/24}]\n" +
                                                     "  - id: vpc-b\n    region: r\n    cidr-blocks: [10.1.0.0/16]\n" +
                                                     "    subnets: [{id: s1, az: a, cidr: 10.1.1.0/24}]\n"
                                              << 10 << 20 << "'s1' is used twice";
    QTest::newRow("duplicate key") << Head + OneVpc + "    region: eu-west-1\n" << 6 << 5 << "appears twice";
    QTest::newRow("second main table")
        << Head + OneVpc + "    route-tables:\n      - {id: r1, main: true}\n      - {id: r2, main: true}\n"
        << 8 << 9 << "second main route table";
    QTest::newRow("unknown anchor") << Head + "name: *nowhere\n" << 2 << 7 << "not valid YAML";
    QTest::newRow("nesting too deep") << deepNesting(600) << 2 << 0 << "nested more than";
    QTest::newRow("alias bomb") << aliasBomb() << 0 << 0 << "billion laughs";
    QTest::newRow("negative layout size") << Head + OneVpc + "layout:\n  vpc-a: {x: 0, y: 0, width: -5, height: 10}\n"
                                          << 7 << 30 << "cannot be negative";
    QTest::newRow("layout without y") << Head + OneVpc + "layout:\n  vpc-a: {x: 0}\n" << 7 << 10 << "needs x and y";
    // Found by fuzz_designreader: a height of 5.7e29 did not come back the same.
    QTest::newRow("layout far away") << Head + OneVpc + "layout:\n  vpc-a: {x: 0, y: 0, width: 900, height: 5.7e29}\n"
                                     << 7 << 43 << "height is a number between -1,000,000,000 and 1,000,000,000";
    QTest::newRow("layout far to the left") << Head + OneVpc + "layout:\n  vpc-a: {x: -2e9, y: 0}\n"
                                            << 7 << 14 << "x is a number between";
}

void TestBadInput::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    const LoadResult r = DesignFormat::read(yaml, QStringLiteral("bad.yaml"));
    QVERIFY2(!r.ok(), "bad input must not load");
    const Diagnostic e = r.firstError();
    QVERIFY2(e.message.contains(fragment), qPrintable(e.toString()));
    QCOMPARE(e.file, QStringLiteral("bad.yaml"));
    if (line > 0)
        QCOMPARE(e.line, line);
    else
        QVERIFY2(e.line > 0, "every error has a line");
    if (column > 0)
        QCOMPARE(e.column, column);
    QVERIFY(e.toString().startsWith(QStringLiteral("bad.yaml:%1:").arg(e.line)));
}

void TestBadInput::warnings_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown top key") << Head + "colour: blue\n" << 2 << 1 << "unknown key 'colour'";
    QTest::newRow("unknown vpc key") << Head + OneVpc + "    colour: blue\n" << 6 << 5 << "in VPC 'vpc-a'";
    QTest::newRow("unknown route key")
        << Head + OneVpc + "    route-tables: [{id: r, routes: [{destination: 0.0.0.0/0, target: igw-a, weight: 2}]}]\n"
        << 6 << 77 << "unknown key 'weight' in a route";
    QTest::newRow("layout of nothing") << Head + "layout:\n  ghost: {x: 1, y: 2}\n" << 3 << 3 << "'ghost'";
    QTest::newRow("second document") << Head + "---\nname: other\n" << 3 << 1 << "only the first";
}

void TestBadInput::warnings()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);
    const LoadResult r = DesignFormat::read(yaml, QStringLiteral("warn.yaml"));
    QVERIFY2(r.ok(), qPrintable(r.firstError().toString()));
    const DiagnosticList w = r.warnings();
    QVERIFY(!w.isEmpty());
    QVERIFY2(w.first().message.contains(fragment), qPrintable(w.first().toString()));
    QCOMPARE(w.first().line, line);
    QCOMPARE(w.first().column, column);
}

void TestBadInput::hugeFileRefusedUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(qint64(300) << 20)); // sparse: costs no disk and no time
    f.close();
    const LoadResult r = DesignFormat::load(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.firstError().message.contains(QLatin1String("300 MB")), qPrintable(r.firstError().toString()));
    QCOMPARE(r.firstError().file, path);
}

void TestBadInput::missingFile()
{
    const LoadResult r = DesignFormat::load(QStringLiteral("/nonexistent/design.yaml"));
    QVERIFY(!r.ok());
    QCOMPARE(r.firstError().toString(), QStringLiteral("/nonexistent/design.yaml: no such file"));
}

void TestBadInput::unreachableFile()
{
    // A file in a folder that may not be entered is not "no such file": the user would
    // look for a typo that is not there.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(Head) > 0);
    f.close();
    const QByteArray folder = QFile::encodeName(dir.path());
    const auto loadMessage = [&] { return DesignFormat::load(path).firstError().message; };
    if (::geteuid() != 0) {
        QVERIFY(::chmod(folder.constData(), 0) == 0);
        const QString message = loadMessage();
        ::chmod(folder.constData(), 0700);
        QCOMPARE(message, QStringLiteral("cannot be reached: permission denied"));
        return;
    }
    // As root every folder may be entered: ask as nobody, in a child process.
    QVERIFY(::chmod(folder.constData(), 0700) == 0);
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(3);
        ::_exit(loadMessage() == QLatin1String("cannot be reached: permission denied") ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    // And the same folder, readable, gives the file.
    QVERIFY(DesignFormat::load(path).ok());
}

void TestBadInput::folder()
{
    QTemporaryDir dir;
    const LoadResult r = DesignFormat::load(dir.path());
    QVERIFY(!r.ok());
    QVERIFY(r.firstError().message.contains(QLatin1String("folder")));
}

void TestBadInput::specialFilesRefusedUnread_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("a device without end") << "/dev/zero";
    QTest::newRow("random bytes without end") << "/dev/urandom";
    QTest::newRow("a pipe with no writer") << "fifo";
}

void TestBadInput::specialFilesRefusedUnread()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    if (path == QLatin1String("fifo")) {
        path = dir.filePath(QStringLiteral("design.yaml"));
        QVERIFY(QProcess::execute(QStringLiteral("mkfifo"), {path}) == 0);
    }
    if (!QFileInfo::exists(path))
        QSKIP("no such special file here");
    QElapsedTimer clock;
    clock.start();
    const LoadResult r = DesignFormat::load(path); // must return, and at once
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(!r.ok());
    QVERIFY2(r.firstError().message.contains(QLatin1String("not a regular file")),
             qPrintable(r.firstError().toString()));
}

void TestBadInput::manyErrorsStop()
{
    QByteArray y = Head + "vpcs:\n";
    for (int i = 0; i < 500; ++i)
        y += "  - {id: v" + QByteArray::number(i) + ", region: r, cidr-blocks: [bad]}\n";
    const LoadResult r = DesignFormat::read(y, QStringLiteral("many.yaml"));
    QVERIFY(!r.ok());
    QVERIFY(r.diagnostics.size() <= DesignFormat::MaxErrors + 2);
    QVERIFY(r.diagnostics.last().message.contains(QLatin1String("too many errors")));
}

QTEST_GUILESS_MAIN(TestBadInput)
void TestBadInput::keysPerMappingBounded()
{
    // One key more than a mapping may hold, in a flow mapping under an unknown key:
    // refused where the mapping starts, before its keys are gathered.
    const quint32 keys = YamlReader::MaxKeysPerMapping + 1;
    QByteArray y = Head + "x-many: {";
    y.reserve(qsizetype(keys) * 10);
    for (quint32 i = 0; i < keys; ++i) {
        y += QByteArray::number(i, 36);
        y += i + 1 < keys ? ": 1, " : ": 1}\n";
    }
    const LoadResult r = DesignFormat::read(y, QStringLiteral("many.yaml"));
    QVERIFY(!r.ok());
    QCOMPARE(r.firstError().toString(),
             QStringLiteral("many.yaml:2:9: this mapping has 1,000,001 keys; at most 1,000,000 are read"));
}

#include "tst_badinput.moc"
