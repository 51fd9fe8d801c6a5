#include "designformat.h"
#include "document.h"
#include "outlinemodel.h"
#include "randomedits.h"

#include <QAbstractItemModelTester>
#include <QTest>

/// The outline tree follows the document row by row through random edits and undo,
/// and always shows exactly the design's objects in file order.
class TestOutlineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsEdits();
    void showsNamesAndDetails();

private:
    static QStringList designOrder(const Design &design);
    static QStringList modelOrder(const OutlineModel &model, const QModelIndex &parent = {});
};

QStringList TestOutlineModel::designOrder(const Design &design)
{
    QStringList ids;
    // Rows: VPCs (with their children), then peerings, then scenarios (with flows).
    design.forEachObject([&](Object &o) { ids.append(o.id); });
    return ids;
}

QStringList TestOutlineModel::modelOrder(const OutlineModel &model, const QModelIndex &parent)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex i = model.index(row, 0, parent);
        ids.append(model.idAt(i));
        ids.append(modelOrder(model, i));
    }
    return ids;
}

void TestOutlineModel::followsEdits()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"));
    QVERIFY(r.ok());
    Document document(std::move(r.design), QString());
    OutlineModel model(&document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(modelOrder(model), designOrder(document.design()));
    RandomEditor editor(&document, 99);
    for (int i = 0; i < 300; ++i) {
        const QString what = editor.step();
        QCOMPARE(modelOrder(model), designOrder(document.design()));
        if (i % 7 == 0) {
            document.undoStack()->undo();
            QCOMPARE(modelOrder(model), designOrder(document.design()));
            document.undoStack()->redo();
        }
    }
    document.reset(std::make_unique<Design>(), QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestOutlineModel::showsNamesAndDetails()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"));
    Document document(std::move(r.design), QString());
    OutlineModel model(&document);
    const QModelIndex subnet = model.indexOf(QStringLiteral("subnet-web-a"));
    QCOMPARE(subnet.data().toString(), QStringLiteral("subnet-web-a (public-a)"));
    QCOMPARE(model.indexOf(QStringLiteral("subnet-web-a"), OutlineModel::KindColumn).data().toString(),
             QStringLiteral("subnet"));
    QCOMPARE(model.indexOf(QStringLiteral("subnet-web-a"), OutlineModel::DetailColumn).data().toString(),
             QStringLiteral("us-east-1a  10.1.0.0/24"));
    QCOMPARE(model.parent(subnet), model.indexOf(QStringLiteral("vpc-web")));
}

QTEST_MAIN(TestOutlineModel)
#include "tst_outlinemodel.moc"
