#include "canvasgeometry.h"
#include "designformat.h"
#include "syntheticdesign.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

/// The automatic layout: tidy (nothing overlaps, AZ columns aligned, everything inside
/// its container), positions the user set kept, and what lies under a point.
class TestCanvasGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tidy_data();
    void tidy();
    void explicitPositionsKept();
    void targetsUnderPoints();
    void rebuildVpcAgreesWithRebuild();

private:
    static void checkTidy(const Design &design, const CanvasGeometry &g);
};

void TestCanvasGeometry::checkTidy(const Design &design, const CanvasGeometry &g)
{
    QList<QRectF> vpcs;
    for (const Vpc *v : design.vpcs()) {
        const QRectF box = g.rect(v->id);
        QVERIFY(!box.isEmpty());
        for (const QRectF &other : std::as_const(vpcs))
            QVERIFY2(!box.intersects(other), qPrintable(v->id + QStringLiteral(" overlaps another VPC")));
        vpcs.append(box);
        // Subnets inside their VPC, apart from each other; one x and width per AZ.
        QHash<QString, std::pair<qreal, qreal>> columns;
        QList<QRectF> subnets;
        for (const Subnet *s : v->subnetList()) {
            const QRectF r = g.rect(s->id);
            QVERIFY2(box.contains(r), qPrintable(s->id));
            for (const QRectF &o : std::as_const(subnets))
                QVERIFY2(!r.intersects(o), qPrintable(s->id + QStringLiteral(" overlaps a subnet")));
            subnets.append(r);
            if (columns.contains(s->az)) {
                QCOMPARE(r.x(), columns.value(s->az).first);
                QCOMPARE(r.width(), columns.value(s->az).second);
            }
            columns.insert(s->az, {r.x(), r.width()});
        }
        // Instances inside their subnet, apart.
        QList<QRectF> nodes;
        for (const Instance *i : v->instanceList()) {
            const QRectF r = g.rect(i->id);
            QVERIFY2(g.rect(i->subnet).contains(r), qPrintable(i->id));
            for (const QRectF &o : std::as_const(nodes))
                QVERIFY(!r.intersects(o));
            nodes.append(r);
        }
        // AZ columns and the shelf inside the VPC.
        if (const CanvasGeometry::VpcShape *shape = g.vpcShape(v->id)) {
            for (const CanvasGeometry::Column &c : shape->columns)
                QVERIFY2(box.contains(c.rect), qPrintable(v->id + QStringLiteral(": column ") + c.az));
            QVERIFY2(shape->shelf.isEmpty() || box.contains(shape->shelf), qPrintable(v->id));
        }
        // NAT gateways in their subnet.
        for (const NatGateway *n : v->natGatewayList())
            QVERIFY2(g.rect(n->subnet).contains(g.rect(n->id)), qPrintable(n->id));
        // Chips on the shelf, inside the VPC.
        for (const RouteTable *t : v->routeTableList())
            QVERIFY(box.contains(g.rect(t->id)));
        // Gateways on the top edge.
        if (const Gateway *igw = v->internetGateway()) {
            const QRectF r = g.rect(igw->id);
            QVERIFY(r.top() < box.top() && r.bottom() > box.top());
        }
    }
    // Each region's frame holds its VPCs.
    for (const CanvasGeometry::Region &region : g.regions())
        for (const Vpc *v : design.vpcs())
            if (v->region == region.name)
                QVERIFY(region.rect.contains(g.rect(v->id)));
    QVERIFY(g.bounds().contains(g.rect(design.vpcs().at(0)->id)));
}

void TestCanvasGeometry::tidy_data()
{
    QTest::addColumn<QString>("source");
    // Every bundled example and lesson: those that fix a VPC's size smaller than what it
    // holds (peered-web's vpc-web) grow to hold it.
    for (const QString &dir : {QStringLiteral(VPC_EXAMPLES), QStringLiteral(VPC_LESSONS)})
        for (const QFileInfo &f : QDir(dir).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f.fileName())) << f.filePath();
    QTest::newRow("50 VPCs in 3 regions") << QStringLiteral("synthetic:50");
    QTest::newRow("rule cases: peering quota (127 VPCs)")
        << QStringLiteral(VPC_TEST_DATA "/rules/peering-quota.hard-limit.yaml");
}

void TestCanvasGeometry::tidy()
{
    QFETCH(QString, source);
    std::unique_ptr<Design> design;
    if (source.startsWith(QLatin1String("synthetic:"))) {
        design = makeSyntheticDesign({source.mid(10).toInt()});
    } else {
        LoadResult r = DesignFormat::load(source);
        QVERIFY(r.ok());
        design = std::move(r.design);
    }
    CanvasGeometry g(*design);
    g.rebuild();
    checkTidy(*design, g);
    // Readable: for 50 VPCs the grid is about square, not one long row.
    if (source == QLatin1String("synthetic:50")) {
        const QRectF b = g.bounds();
        QVERIFY2(b.width() < 4 * b.height() && b.height() < 4 * b.width(),
                 qPrintable(QStringLiteral("%1 x %2").arg(b.width()).arg(b.height())));
        QCOMPARE(g.regions().size(), 3);
    }
}

void TestCanvasGeometry::explicitPositionsKept()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"));
    QVERIFY(r.ok());
    CanvasGeometry g(*r.design);
    g.rebuild();
    // The example places both VPCs; their subnets are laid out inside them.
    // vpc-web's size fits what it holds and is kept; vpc-data's is too narrow for its two
    // AZ columns: it keeps its place and grows (the file keeps 520).
    QCOMPARE(g.rect(QStringLiteral("vpc-web")), QRectF(0, 0, 760, 420));
    const QRectF data = g.rect(QStringLiteral("vpc-data"));
    QCOMPARE(data.topLeft(), QPointF(900, 0));
    QVERIFY2(data.width() > 520, qPrintable(QString::number(data.width())));
    QCOMPARE(data.height(), 420.0);
    QCOMPARE(r.design->layout(QStringLiteral("vpc-data"))->width, 520.0);
    QVERIFY(data.contains(g.rect(QStringLiteral("subnet-db-b"))));
    QVERIFY(g.rect(QStringLiteral("vpc-web")).contains(g.rect(QStringLiteral("subnet-web-a"))));
    // A subnet given a place keeps it, and its instance follows it.
    r.design->setLayout(QStringLiteral("subnet-web-a"), LayoutRect{300, 200, 260, 200});
    g.rebuild();
    QCOMPARE(g.rect(QStringLiteral("subnet-web-a")), QRectF(300, 200, 260, 200));
    QVERIFY(g.rect(QStringLiteral("subnet-web-a")).contains(g.rect(QStringLiteral("i-web-a"))));
}

void TestCanvasGeometry::targetsUnderPoints()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    CanvasGeometry g(*r.design);
    g.rebuild();
    const QRectF subnet = g.rect(QStringLiteral("subnet-app-b"));
    Placement::Target t = g.targetAt(subnet.center());
    QCOMPARE(t.vpcId, QStringLiteral("vpc-app"));
    QCOMPARE(t.subnetId, QStringLiteral("subnet-app-b"));
    QCOMPARE(t.az, QStringLiteral("us-east-1b"));
    // Below the subnets in column 1a: the VPC and the AZ, no subnet.
    const CanvasGeometry::VpcShape *shape = g.vpcShape(QStringLiteral("vpc-app"));
    QVERIFY(shape && shape->columns.size() == 2);
    const QRectF column = shape->columns.first().rect;
    t = g.targetAt(QPointF(column.center().x(), column.bottom() - 2));
    QCOMPARE(t.vpcId, QStringLiteral("vpc-app"));
    QCOMPARE(t.subnetId, QString());
    QCOMPARE(t.az, QStringLiteral("us-east-1a"));
    // Right of the last column: a new column, the next AZ.
    const QRectF box = g.rect(QStringLiteral("vpc-app"));
    t = g.targetAt(QPointF(box.right() - 3, column.center().y()));
    if (box.right() - 3 > shape->columns.last().rect.right() + CanvasGeometry::ColumnGap)
        QCOMPARE(t.az, QStringLiteral("us-east-1c"));
    // Outside every VPC: nothing.
    t = g.targetAt(box.topLeft() - QPointF(500, 500));
    QVERIFY(t.vpcId.isEmpty());
}

void TestCanvasGeometry::rebuildVpcAgreesWithRebuild()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"));
    Design &d = *r.design;
    CanvasGeometry incremental(d);
    incremental.rebuild();
    d.setLayout(QStringLiteral("vpc-web"), LayoutRect{40, 20, 760, 420});
    QVERIFY(incremental.rebuildVpc(QStringLiteral("vpc-web")));
    CanvasGeometry full(d);
    full.rebuild();
    for (const QString &id : {QStringLiteral("vpc-web"), QStringLiteral("subnet-web-a"), QStringLiteral("i-web-a"),
                              QStringLiteral("igw-web"), QStringLiteral("rtb-web")})
        QCOMPARE(incremental.rect(id), full.rect(id));
    QCOMPARE(incremental.bounds(), full.bounds());
}

QTEST_MAIN(TestCanvasGeometry)
#include "tst_canvasgeometry.moc"
