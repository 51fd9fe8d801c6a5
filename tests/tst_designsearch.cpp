#include "designformat.h"
#include "designsearch.h"

#include <QTest>

/// Find: what a query names in the three-tier example, most specific first.
class TestDesignSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finds_data();
    void finds();

private:
    std::unique_ptr<Design> mDesign;
};

void TestDesignSearch::initTestCase()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(r.ok());
    mDesign = std::move(r.design);
}

void TestDesignSearch::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("first"); // the first results, in order
    QTest::addColumn<int>("count");
    QTest::newRow("an instance's address: the instance, its subnet, its VPC")
        << "10.10.10.10" << QStringList{"i-app-a", "subnet-app-a", "vpc-app"} << 3;
    QTest::newRow("a public address") << "54.20.0.10" << QStringList{"i-web-a"} << 1;
    QTest::newRow("an IPv6 address") << "2600:1f18:4a3b:1000::10"
                                     << QStringList{"i-web-a", "subnet-public-a", "vpc-app"} << 3;
    QTest::newRow("a free address: subnet and VPC")
        << "10.20.11.99" << QStringList{"subnet-tools-b", "vpc-shared"} << 2;
    QTest::newRow("an address outside everything") << "192.0.2.1" << QStringList{} << 0;
    QTest::newRow("a subnet's block") << "10.10.20.0/24" << QStringList{"subnet-data-a"}
                                      << 3; // + its instance, the VPC
    QTest::newRow("a VPC's block, then what lies in it")
        << "10.20.0.0/16" << QStringList{"vpc-shared", "subnet-shared-public-a"} << 7;
    QTest::newRow("an id exactly") << "sg-app" << QStringList{"sg-app"} << 1;
    QTest::newRow("a part of ids") << "nat-" << QStringList{"nat-a", "nat-b"} << 2;
    QTest::newRow("a name, any case") << "DB-PRIMARY" << QStringList{"i-db-a"} << 1;
    QTest::newRow("part of a name") << "standby" << QStringList{"i-db-b"} << 1;
    QTest::newRow("blank") << "  " << QStringList{} << 0;
}

void TestDesignSearch::finds()
{
    QFETCH(QString, query);
    QFETCH(QStringList, first);
    QFETCH(int, count);
    const QList<DesignSearch::Match> found = DesignSearch::find(*mDesign, query);
    QStringList ids;
    for (const DesignSearch::Match &m : found) {
        ids.append(m.id);
        QVERIFY(!m.reason.isEmpty());
    }
    QCOMPARE(ids.mid(0, first.size()), first);
    QCOMPARE(ids.size(), count);
}

QTEST_GUILESS_MAIN(TestDesignSearch)
#include "tst_designsearch.moc"
