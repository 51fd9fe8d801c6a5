#include "designformat.h"
#include "designsnapshot.h"
#include "document.h"
#include "propertycommand.h"
#include "randomedits.h"

#include <QTest>

/// The snapshot autosave writes from: after any edits, refreshed in slices, it rebuilds
/// the design exactly (the same bytes when written), and it copies only what changed.
class TestDesignSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsEdits_data();
    void followsEdits();
    void copiesOnlyWhatChanged();
};

void TestDesignSnapshot::followsEdits_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 6; ++seed) {
        QTest::newRow(qPrintable(QStringLiteral("three-tier %1").arg(seed))) << "three-tier.yaml" << seed;
        QTest::newRow(qPrintable(QStringLiteral("peered-web %1").arg(seed))) << "peered-web.yaml" << seed;
    }
}

void TestDesignSnapshot::followsEdits()
{
    QFETCH(QString, example);
    QFETCH(int, seed);
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/") + example);
    QVERIFY(r.ok());
    Document document(std::move(r.design), QString());
    DesignSnapshot snapshot(&document);
    RandomEditor edits(&document, quint32(seed));
    for (int round = 0; round < 8; ++round) {
        for (int i = 0; i < 12; ++i)
            edits.step();
        // Tiny slices: several calls, edits in between would be seen by the next.
        while (!snapshot.refresh(0.001)) {
        }
        const auto frozen = snapshot.take();
        const QByteArray expected = DesignFormat::write(document.design());
        QCOMPARE(DesignFormat::write(*frozen->assemble()), expected);
    }
}

void TestDesignSnapshot::copiesOnlyWhatChanged()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    Document document(std::move(r.design), QString());
    DesignSnapshot snapshot(&document);
    QCOMPARE(snapshot.pending(), 4); // two VPCs, a peering, a scenario
    QVERIFY(snapshot.refresh(1000));
    QCOMPARE(snapshot.pending(), 0);
    const auto before = snapshot.take();
    document.undoStack()->push(new ChangePropertyCommand(&document, QStringLiteral("subnet-tools-a"),
                                                         QStringLiteral("name"), QStringLiteral("tools")));
    QCOMPARE(snapshot.pending(), 1); // vpc-shared only
    QVERIFY(snapshot.refresh(1000));
    const auto after = snapshot.take();
    // vpc-app's copy is shared between the two snapshots; vpc-shared's is new.
    QCOMPARE(before->topLevel[0].get(), after->topLevel[0].get());
    QVERIFY(before->topLevel[1].get() != after->topLevel[1].get());
}

QTEST_GUILESS_MAIN(TestDesignSnapshot)
#include "tst_designsnapshot.moc"
