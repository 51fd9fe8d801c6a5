#include "cidr.h"

#include <QRandomGenerator>
#include <QTest>

/// Address and CIDR math: parsing, canonical text, containment, overlap, reserved
/// addresses and free-block search, IPv4 and IPv6.
class TestCidr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAddress_data();
    void parseAddress();
    void parseCidr_data();
    void parseCidr();
    void prefixRanges_data();
    void prefixRanges();
    void contains_data();
    void contains();
    void overlaps_data();
    void overlaps();
    void reserved_data();
    void reserved();
    void nextFree_data();
    void nextFree();
    void mapped();
    void arithmetic();
    void randomRoundTrip();
    void randomOverlapProperties();
    void isPlainValue();
};

void TestCidr::parseAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");

    const auto ok = [](const char *name, const char *text, const char *canonical) {
        QTest::newRow(name) << QString::fromLatin1(text) << true << QString::fromLatin1(canonical);
    };
    const auto bad = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromLatin1(text) << false << QString();
    };
    ok("v4 zero", "0.0.0.0", "0.0.0.0");
    ok("v4 max", "255.255.255.255", "255.255.255.255");
    ok("v4 private", "10.0.1.10", "10.0.1.10");
    ok("v4 172", "172.31.16.139", "172.31.16.139");
    ok("v4 192", "192.168.0.1", "192.168.0.1");
    ok("v4 doc", "203.0.113.12", "203.0.113.12");
    ok("v4 link-local", "169.254.169.254", "169.254.169.254");
    ok("v4 single zero parts", "10.0.0.0", "10.0.0.0");
    bad("v4 empty", "");
    bad("v4 three parts", "10.0.0");
    bad("v4 five parts", "10.0.0.0.1");
    bad("v4 256", "10.0.0.256");
    bad("v4 999", "999.1.1.1");
    bad("v4 leading zero", "10.01.0.1");
    bad("v4 octal-looking", "010.0.0.1");
    bad("v4 trailing dot", "10.0.0.1.");
    bad("v4 leading dot", ".10.0.0.1");
    bad("v4 double dot", "10..0.1");
    bad("v4 letters", "10.0.a.1");
    bad("v4 space", "10.0.0.1 ");
    bad("v4 negative", "10.0.-1.1");
    bad("v4 plus", "10.0.+1.1");
    bad("v4 hex", "0x0a.0.0.1");
    bad("v4 slash", "10.0.0.1/24");
    ok("v6 all zero", "::", "::");
    ok("v6 loopback", "::1", "::1");
    ok("v6 full", "2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:db8::ff00:42:8329");
    ok("v6 compressed", "2001:db8::ff00:42:8329", "2001:db8::ff00:42:8329");
    ok("v6 uppercase", "2001:DB8::FF00:42:8329", "2001:db8::ff00:42:8329");
    ok("v6 aws", "2600:1f18:1a2b:3c00::", "2600:1f18:1a2b:3c00::");
    ok("v6 aws host", "2600:1f18:1:100::10", "2600:1f18:1:100::10");
    ok("v6 trailing ::", "2001:db8::", "2001:db8::");
    ok("v6 leading ::", "::ffff:1", "::ffff:1");
    ok("v6 one zero group not compressed", "2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1");
    ok("v6 longest run wins", "2001:0:0:1:0:0:0:1", "2001:0:0:1::1");
    ok("v6 first of equal runs", "2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1");
    ok("v6 leading zeros dropped", "2001:0db8:0001:0000:0000:0000:0000:0001", "2001:db8:1::1");
    ok("v6 max", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
    ok("v6 all but last zero", "0:0:0:0:0:0:0:1", "::1");
    ok("v6 all but first zero", "1:0:0:0:0:0:0:0", "1::");
    ok("v6 :: in middle of seven", "1:2:3::5:6:7:8", "1:2:3:0:5:6:7:8");
    ok("v6 mapped dotted", "::ffff:10.0.0.1", "::ffff:10.0.0.1");
    ok("v6 mapped hex", "::ffff:a00:1", "::ffff:10.0.0.1");
    ok("v6 compat dotted", "::10.0.0.1", "::a00:1");
    ok("v6 embedded v4 full", "64:ff9b::192.0.2.33", "64:ff9b::c000:221");
    ok("v6 nat64 prefix", "64:ff9b::", "64:ff9b::");
    ok("v6 eight groups", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8");
    ok("v6 link local", "fe80::1", "fe80::1");
    bad("v6 two ::", "1::2::3");
    bad("v6 nine groups", "1:2:3:4:5:6:7:8:9");
    bad("v6 seven groups", "1:2:3:4:5:6:7");
    bad("v6 eight with ::", "1:2:3:4::5:6:7:8");
    bad("v6 five hex digits", "12345::1");
    bad("v6 bad char", "2001:db8::g");
    bad("v6 single colon start", ":1:2:3:4:5:6:7");
    bad("v6 single colon end", "1:2:3:4:5:6:7:");
    bad("v6 triple colon", "1:::2");
    bad("v6 zone id", "fe80::1%eth0");
    bad("v6 bad embedded v4", "::ffff:10.0.0.256");
    bad("v6 embedded v4 too late", "1:2:3:4:5:6:7:1.2.3.4");
    bad("v6 embedded v4 in middle", "::1.2.3.4:5");
    bad("v6 brackets", "[::1]");
    bad("just colon", ":");
    bad("garbage", "not-an-ip");
}

void TestCidr::parseAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    QString error;
    const auto address = IpAddress::parse(QStringView(text), &error);
    QCOMPARE(address.has_value(), valid);
    if (!valid) {
        QVERIFY2(!error.isEmpty(), "a refused address says why");
        return;
    }
    QCOMPARE(address->toString(), canonical);
    // The canonical text parses back to the same value.
    const auto again = IpAddress::parse(QStringView(canonical));
    QVERIFY(again.has_value());
    QCOMPARE(*again, *address);
}

void TestCidr::parseCidr_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("hostBits");
    QTest::addColumn<bool>("hostBitsSet");

    const auto row = [](const char *text, const char *canonical, const char *first, const char *last, int hostBits,
                        bool hostBitsSet) {
        QTest::newRow(text) << QString::fromLatin1(text) << true << QString::fromLatin1(canonical)
                            << QString::fromLatin1(first) << QString::fromLatin1(last) << hostBits << hostBitsSet;
    };
    const auto bad = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromLatin1(text) << false << QString() << QString() << QString() << 0 << false;
    };
    row("10.0.0.0/16", "10.0.0.0/16", "10.0.0.0", "10.0.255.255", 16, false);
    row("10.0.1.0/24", "10.0.1.0/24", "10.0.1.0", "10.0.1.255", 8, false);
    row("10.0.1.7/24", "10.0.1.7/24", "10.0.1.0", "10.0.1.255", 8, true);
    row("0.0.0.0/0", "0.0.0.0/0", "0.0.0.0", "255.255.255.255", 32, false);
    row("10.0.0.1/32", "10.0.0.1/32", "10.0.0.1", "10.0.0.1", 0, false);
    row("10.0.0.16/28", "10.0.0.16/28", "10.0.0.16", "10.0.0.31", 4, false);
    row("10.0.0.17/28", "10.0.0.17/28", "10.0.0.16", "10.0.0.31", 4, true);
    row("172.16.0.0/12", "172.16.0.0/12", "172.16.0.0", "172.31.255.255", 20, false);
    row("192.168.0.0/16", "192.168.0.0/16", "192.168.0.0", "192.168.255.255", 16, false);
    row("100.64.0.0/10", "100.64.0.0/10", "100.64.0.0", "100.127.255.255", 22, false);
    row("169.254.0.0/16", "169.254.0.0/16", "169.254.0.0", "169.254.255.255", 16, false);
    row("255.255.255.255/31", "255.255.255.255/31", "255.255.255.254", "255.255.255.255", 1, true);
    row("128.0.0.0/1", "128.0.0.0/1", "128.0.0.0", "255.255.255.255", 31, false);
    row("::/0", "::/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 128, false);
    row("::1/128", "::1/128", "::1", "::1", 0, false);
    row("2600:1f18:1a2b:3c00::/56", "2600:1f18:1a2b:3c00::/56",
        "2600:1f18:1a2b:3c00::", "2600:1f18:1a2b:3cff:ffff:ffff:ffff:ffff", 72, false);
    row("2600:1f18:1:100::/64", "2600:1f18:1:100::/64", "2600:1f18:1:100::", "2600:1f18:1:100:ffff:ffff:ffff:ffff", 64,
        false);
    row("2600:1F18:0001:0100:0000::/64", "2600:1f18:1:100::/64",
        "2600:1f18:1:100::", "2600:1f18:1:100:ffff:ffff:ffff:ffff", 64, false);
    row("2001:db8::1/64", "2001:db8::1/64", "2001:db8::", "2001:db8::ffff:ffff:ffff:ffff", 64, true);
    row("64:ff9b::/96", "64:ff9b::/96", "64:ff9b::", "64:ff9b::ffff:ffff", 32, false);
    row("::ffff:0.0.0.0/96", "::ffff:0.0.0.0/96", "::ffff:0.0.0.0", "::ffff:255.255.255.255", 32, false);
    row("::ffff:10.0.0.0/104", "::ffff:10.0.0.0/104", "::ffff:10.0.0.0", "::ffff:10.255.255.255", 24, false);
    row("fe80::/10", "fe80::/10", "fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 118, false);
    row("2001:db8::/127", "2001:db8::/127", "2001:db8::", "2001:db8::1", 1, false);
    row("8000::/1", "8000::/1", "8000::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 127, false);
    bad("no prefix", "10.0.0.0");
    bad("v4 /33", "10.0.0.0/33");
    bad("v6 /129", "::/129");
    bad("negative prefix", "10.0.0.0/-1");
    bad("empty prefix", "10.0.0.0/");
    bad("leading zero prefix", "10.0.0.0/08");
    bad("letters prefix", "10.0.0.0/ab");
    bad("bad address", "10.0.0.256/24");
    bad("two slashes", "10.0.0.0/8/8");
    bad("only slash", "/8");
    bad("space", "10.0.0.0 /8");
    bad("huge prefix", "10.0.0.0/1000");
    bad("prefix past int (found by fuzz_designsearch)", "10.0.0.0/5555854551");
}

void TestCidr::parseCidr()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const auto c = Cidr::parse(QStringView(text), &error);
    QCOMPARE(c.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QFETCH(QString, canonical);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(int, hostBits);
    QFETCH(bool, hostBitsSet);
    QCOMPARE(c->toString(), canonical);
    QCOMPARE(c->first().toString(), first);
    QCOMPARE(c->last().toString(), last);
    QCOMPARE(c->hostBits(), hostBits);
    QCOMPARE(c->hasHostBits(), hostBitsSet);
    QCOMPARE(c->network().hasHostBits(), false);
    QCOMPARE(c->network().first(), c->first());
    QVERIFY(c->contains(c->first()));
    QVERIFY(c->contains(c->last()));
    QVERIFY(c->contains(*c));
    QVERIFY(c->overlaps(*c));
}

void TestCidr::prefixRanges_data()
{
    // Every prefix length of one IPv4 and one IPv6 base: size and last address follow.
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("prefix");
    for (int p = 0; p <= 32; ++p) {
        const QString t = QStringLiteral("10.20.30.40/%1").arg(p);
        QTest::newRow(qPrintable(t)) << t << p;
    }
    for (int p = 0; p <= 128; p += 4) {
        const QString t = QStringLiteral("2600:1f18:1a2b:3c4d:5e6f:7a8b:9cad:beef/%1").arg(p);
        QTest::newRow(qPrintable(t)) << t << p;
    }
}

void TestCidr::prefixRanges()
{
    QFETCH(QString, text);
    QFETCH(int, prefix);
    const auto c = Cidr::parse(QStringView(text));
    QVERIFY(c);
    QCOMPARE(c->prefixLength(), prefix);
    const int bits = c->address().bitWidth() - prefix;
    const u128 span = c->last().value() - c->first().value();
    const u128 expected = bits >= 128 ? ~u128(0) : (u128(1) << bits) - 1;
    QVERIFY(span == expected);
    QVERIFY((c->first().value() & expected) == 0);
    // The block contains its own address and nothing just outside it.
    QVERIFY(c->contains(c->address()));
    if (auto below = c->first().minus(1))
        QVERIFY(!c->contains(*below));
    if (auto above = c->last().plus(1))
        QVERIFY(!c->contains(*above));
}

void TestCidr::contains_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("expected");
    const auto row = [](const char *c, const char *a, bool e) {
        QTest::newRow(qPrintable(QStringLiteral("%1 in %2").arg(QLatin1String(a), QLatin1String(c))))
            << QString::fromLatin1(c) << QString::fromLatin1(a) << e;
    };
    row("10.0.0.0/16", "10.0.0.0", true);
    row("10.0.0.0/16", "10.0.255.255", true);
    row("10.0.0.0/16", "10.1.0.0", false);
    row("10.0.0.0/16", "9.255.255.255", false);
    row("10.0.1.0/24", "10.0.1.10", true);
    row("10.0.1.0/24", "10.0.2.10", false);
    row("10.0.1.7/24", "10.0.1.200", true);
    row("0.0.0.0/0", "203.0.113.12", true);
    row("0.0.0.0/0", "::1", false);
    row("10.0.0.1/32", "10.0.0.1", true);
    row("10.0.0.1/32", "10.0.0.2", false);
    row("::/0", "2600::1", true);
    row("::/0", "10.0.0.1", false);
    row("2600:1f18:1:100::/56", "2600:1f18:1:1ff::1", true);
    row("2600:1f18:1:100::/56", "2600:1f18:1:200::1", false);
    row("2600:1f18:1:100::/64", "2600:1f18:1:100::10", true);
    row("::ffff:10.0.0.0/104", "::ffff:10.1.2.3", true);
    row("::ffff:10.0.0.0/104", "10.1.2.3", false);
    row("10.0.0.0/8", "::ffff:10.1.2.3", false);
    row("::1/128", "::1", true);
    row("::1/128", "::2", false);
    row("64:ff9b::/96", "64:ff9b::192.0.2.33", true);
}

void TestCidr::contains()
{
    QFETCH(QString, cidr);
    QFETCH(QString, address);
    QFETCH(bool, expected);
    const auto c = Cidr::parse(QStringView(cidr));
    const auto a = IpAddress::parse(QStringView(address));
    QVERIFY(c && a);
    QCOMPARE(c->contains(*a), expected);
}

void TestCidr::overlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlap");
    QTest::addColumn<bool>("aContainsB");
    const auto row = [](const char *a, const char *b, bool o, bool c) {
        QTest::newRow(qPrintable(QStringLiteral("%1 vs %2").arg(QLatin1String(a), QLatin1String(b))))
            << QString::fromLatin1(a) << QString::fromLatin1(b) << o << c;
    };
    row("10.0.0.0/16", "10.0.128.0/17", true, true);
    row("10.0.0.0/16", "10.1.0.0/16", false, false);
    row("10.0.0.0/16", "10.0.0.0/8", true, false);
    row("10.0.0.0/8", "10.0.0.0/16", true, true);
    row("10.0.0.0/24", "10.0.1.0/24", false, false);
    row("10.0.0.0/23", "10.0.1.0/24", true, true);
    row("10.0.0.0/16", "10.0.0.0/16", true, true);
    row("0.0.0.0/0", "192.168.0.0/16", true, true);
    row("172.31.0.0/16", "172.16.0.0/12", true, false);
    row("192.168.1.0/24", "192.168.1.128/25", true, true);
    row("192.168.1.0/25", "192.168.1.128/25", false, false);
    row("10.0.1.7/24", "10.0.1.0/24", true, true);
    row("10.0.0.0/16", "2600::/56", false, false);
    row("2600:1f18:1a2b:3c00::/56", "2600:1f18:1a2b:3c00::/64", true, true);
    row("2600:1f18:1a2b:3c00::/56", "2600:1f18:1a2b:3d00::/56", false, false);
    row("2600:1f18:1a2b:3c00::/56", "2600:1f18:1a2b::/48", true, false);
    row("::/0", "2600::/56", true, true);
    row("::/0", "0.0.0.0/0", false, false);
    row("::ffff:10.0.0.0/104", "10.0.0.0/8", false, false);
    row("2001:db8::/127", "2001:db8::1/128", true, true);
    row("2001:db8::/128", "2001:db8::1/128", false, false);
}

void TestCidr::overlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlap);
    QFETCH(bool, aContainsB);
    const auto ca = Cidr::parse(QStringView(a));
    const auto cb = Cidr::parse(QStringView(b));
    QVERIFY(ca && cb);
    QCOMPARE(ca->overlaps(*cb), overlap);
    QCOMPARE(cb->overlaps(*ca), overlap);
    QCOMPARE(ca->contains(*cb), aContainsB);
}

void TestCidr::reserved_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QStringList>("reserved");
    QTest::addColumn<QString>("firstUsable");
    QTest::addColumn<QString>("lastUsable");
    QTest::newRow("/24") << QStringLiteral("10.0.1.0/24")
                         << QStringList{"10.0.1.0", "10.0.1.1", "10.0.1.2", "10.0.1.3", "10.0.1.255"}
                         << QStringLiteral("10.0.1.4") << QStringLiteral("10.0.1.254");
    QTest::newRow("/28") << QStringLiteral("10.0.0.16/28")
                         << QStringList{"10.0.0.16", "10.0.0.17", "10.0.0.18", "10.0.0.19", "10.0.0.31"}
                         << QStringLiteral("10.0.0.20") << QStringLiteral("10.0.0.30");
    QTest::newRow("/16") << QStringLiteral("172.31.0.0/16")
                         << QStringList{"172.31.0.0", "172.31.0.1", "172.31.0.2", "172.31.0.3", "172.31.255.255"}
                         << QStringLiteral("172.31.0.4") << QStringLiteral("172.31.255.254");
    QTest::newRow("/20 with host bits") << QStringLiteral("10.0.17.9/20")
                                        << QStringList{"10.0.16.0", "10.0.16.1", "10.0.16.2", "10.0.16.3",
                                                       "10.0.31.255"}
                                        << QStringLiteral("10.0.16.4") << QStringLiteral("10.0.31.254");
    QTest::newRow("v6 /64") << QStringLiteral("2600:1f18:1:100::/64")
                            << QStringList{"2600:1f18:1:100::", "2600:1f18:1:100::1", "2600:1f18:1:100::2",
                                           "2600:1f18:1:100::3", "2600:1f18:1:100:ffff:ffff:ffff:ffff"}
                            << QStringLiteral("2600:1f18:1:100::4")
                            << QStringLiteral("2600:1f18:1:100:ffff:ffff:ffff:fffe");
}

void TestCidr::reserved()
{
    QFETCH(QString, subnet);
    QFETCH(QStringList, reserved);
    QFETCH(QString, firstUsable);
    QFETCH(QString, lastUsable);
    const auto c = Cidr::parse(QStringView(subnet));
    QVERIFY(c);
    const auto list = c->reservedAddresses();
    QCOMPARE(int(list.size()), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(list[size_t(i)].toString(), reserved[i]);
        QVERIFY(c->isReserved(list[size_t(i)]));
    }
    QCOMPARE(c->firstUsable()->toString(), firstUsable);
    QCOMPARE(c->lastUsable()->toString(), lastUsable);
    QVERIFY(!c->isReserved(*c->firstUsable()));
    QVERIFY(!c->isReserved(*c->lastUsable()));
    QVERIFY(!c->isReserved(*IpAddress::parse(std::string_view("192.0.2.1"))));
}

void TestCidr::nextFree_data()
{
    QTest::addColumn<QString>("parent");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<QString>("expected"); // empty: none free

    const auto row = [](const char *name, const char *parent, int prefix, std::initializer_list<const char *> used,
                        const char *expected) {
        QStringList u;
        for (const char *x : used)
            u.append(QString::fromLatin1(x));
        QTest::newRow(name) << QString::fromLatin1(parent) << prefix << u << QString::fromLatin1(expected);
    };
    row("empty parent", "10.0.0.0/16", 24, {}, "10.0.0.0/24");
    row("after one", "10.0.0.0/16", 24, {"10.0.0.0/24"}, "10.0.1.0/24");
    row("gap first", "10.0.0.0/16", 24, {"10.0.1.0/24"}, "10.0.0.0/24");
    row("fills a hole", "10.0.0.0/16", 24, {"10.0.0.0/24", "10.0.2.0/24", "10.0.1.0/25"}, "10.0.3.0/24");
    row("unsorted used", "10.0.0.0/16", 24, {"10.0.2.0/24", "10.0.0.0/24", "10.0.1.0/24"}, "10.0.3.0/24");
    row("small after big", "10.0.0.0/16", 28, {"10.0.0.0/20"}, "10.0.16.0/28");
    row("alignment", "10.0.0.0/16", 24, {"10.0.0.0/28"}, "10.0.1.0/24");
    row("full", "10.0.0.0/24", 24, {"10.0.0.0/24"}, "");
    row("covered by a larger used block", "10.0.0.0/24", 26, {"10.0.0.0/16"}, "");
    row("last slot", "10.0.0.0/24", 26, {"10.0.0.0/26", "10.0.0.64/26", "10.0.0.128/26"}, "10.0.0.192/26");
    row("too big for parent", "10.0.0.0/24", 16, {}, "");
    row("other family ignored", "10.0.0.0/16", 24, {"2600::/56"}, "10.0.0.0/24");
    row("outside parent ignored", "10.0.0.0/16", 24, {"10.1.0.0/24"}, "10.0.0.0/24");
    row("v6 /64 in /56", "2600:1f18:1:100::/56", 64, {"2600:1f18:1:100::/64", "2600:1f18:1:101::/64"},
        "2600:1f18:1:102::/64");
    row("v6 full /64", "2600:1f18:1:100::/64", 64, {"2600:1f18:1:100::/64"}, "");
    row("v6 /0 free", "::/0", 0, {}, "::/0");
    row("v6 /0 taken at end", "::/0", 0, {"ffff::/16"}, "");
    row("v4 /0 end", "0.0.0.0/0", 1, {"0.0.0.0/1"}, "128.0.0.0/1");
    row("v4 end full", "0.0.0.0/0", 1, {"0.0.0.0/1", "255.0.0.0/8"}, "");
}

void TestCidr::nextFree()
{
    QFETCH(QString, parent);
    QFETCH(int, prefix);
    QFETCH(QStringList, used);
    QFETCH(QString, expected);
    QList<Cidr> blocks;
    for (const QString &u : used)
        blocks.append(*Cidr::parse(QStringView(u)));
    const auto result = Cidr::nextFree(*Cidr::parse(QStringView(parent)), prefix, blocks);
    if (expected.isEmpty()) {
        QVERIFY2(!result, qPrintable(result ? result->toString() : QString()));
        return;
    }
    QVERIFY(result);
    QCOMPARE(result->toString(), expected);
    for (const Cidr &b : blocks)
        QVERIFY(!result->overlaps(b));
}

void TestCidr::mapped()
{
    const auto a = IpAddress::parse(std::string_view("::ffff:192.0.2.1"));
    QVERIFY(a && a->isV4Mapped());
    QCOMPARE(a->mappedV4().toString(), QStringLiteral("192.0.2.1"));
    QVERIFY(a->isV6());
    const auto plain = IpAddress::parse(std::string_view("192.0.2.1"));
    QVERIFY(*plain != *a);
    QVERIFY(!IpAddress::parse(std::string_view("::1"))->isV4Mapped());
    QVERIFY(!IpAddress::parse(std::string_view("::fffe:192.0.2.1"))->isV4Mapped());
}

void TestCidr::arithmetic()
{
    const IpAddress top = IpAddress::v4(0xffffffffu);
    QVERIFY(!top.plus(1));
    QCOMPARE(top.minus(1)->toString(), QStringLiteral("255.255.255.254"));
    QVERIFY(!IpAddress::v4(0).minus(1));
    const IpAddress v6top = IpAddress::v6(~u128(0));
    QVERIFY(!v6top.plus(1));
    QCOMPARE(IpAddress::v6(0).plus(0x10)->toString(), QStringLiteral("::10"));
    QVERIFY(IpAddress::v4(1) < IpAddress::v4(2));
    QVERIFY(IpAddress::v4(0xffffffffu) < IpAddress::v6(0)); // families order
    QCOMPARE(Cidr::parse(std::string_view("::/0"))->size(), ~u128(0));
    QVERIFY(Cidr::parse(std::string_view("10.0.0.0/24"))->size() == 256);
}

void TestCidr::randomRoundTrip()
{
    QRandomGenerator rng(20261127);
    for (int i = 0; i < 2000; ++i) {
        u128 v = (u128(rng.generate64()) << 64) | rng.generate64();
        // Zero out random groups so that compression is exercised.
        for (int g = 0; g < 8; ++g)
            if (rng.bounded(3) == 0)
                v &= ~(u128(0xffff) << (16 * g));
        const IpAddress a = IpAddress::v6(v);
        const auto back = IpAddress::parse(QStringView(a.toString()));
        QVERIFY2(back && *back == a, qPrintable(a.toString()));
        const IpAddress b = IpAddress::v4(rng.generate());
        QCOMPARE(*IpAddress::parse(QStringView(b.toString())), b);
    }
}

void TestCidr::randomOverlapProperties()
{
    // Overlap agrees with interval arithmetic on first/last for random blocks.
    QRandomGenerator rng(7);
    for (int i = 0; i < 3000; ++i) {
        const Cidr a(IpAddress::v4((rng.generate() & 0xffff0000u) | (rng.generate() & 0xff)), 8 + int(rng.bounded(25)));
        const Cidr b(IpAddress::v4((rng.generate() & 0xffff0000u) | (rng.generate() & 0xff)), 8 + int(rng.bounded(25)));
        const bool intervals = a.first() <= b.last() && b.first() <= a.last();
        QCOMPARE(a.overlaps(b), intervals);
        QCOMPARE(a.contains(b), a.first() <= b.first() && b.last() <= a.last());
    }
}

void TestCidr::isPlainValue()
{
    // Plain values: no heap, trivially copyable, small.
    static_assert(std::is_trivially_copyable_v<IpAddress>);
    static_assert(std::is_trivially_copyable_v<Cidr>);
    QVERIFY(sizeof(Cidr) <= 48);
}

QTEST_APPLESS_MAIN(TestCidr)
#include "tst_cidr.moc"
