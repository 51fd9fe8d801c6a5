#include "designformat.h"
#include "document.h"
#include "propertycommand.h"
#include "randomedits.h"
#include "syntheticdesign.h"
#include "validationengine.h"

#include <QSignalSpy>
#include <QTest>

/// The incremental engine equals a full re-validation after every step of random edit
/// sequences, and re-checks only a few units for a local edit.
class TestIncremental : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomEdits_data();
    void randomEdits();
    void twoHopChange();
    void localEditsStayLocal();
    void coalescesEventsOfOneCommand();
    void precomputedFindingsAreAdopted();
};

namespace {

std::unique_ptr<Design> load(const QString &path)
{
    LoadResult r = DesignFormat::load(path);
    return std::move(r.design);
}

QString describe(const FindingList &list)
{
    QString out;
    for (const Finding &f : list)
        out += QStringLiteral("  %1 %2: %3\n").arg(f.rule, f.objects.join(QLatin1Char(',')), f.message);
    return out;
}

} // namespace

void TestIncremental::randomEdits_data()
{
    QTest::addColumn<QString>("design");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");
    QTest::newRow("three-tier 1") << "three-tier" << 1u << 400;
    QTest::newRow("three-tier 2") << "three-tier" << 2u << 400;
    QTest::newRow("peered-web 3") << "peered-web" << 3u << 400;
    QTest::newRow("synthetic 40 VPCs 4") << "synthetic" << 4u << 300;
    QTest::newRow("synthetic 40 VPCs 5") << "synthetic" << 5u << 300;
}

void TestIncremental::randomEdits()
{
    QFETCH(QString, design);
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    std::unique_ptr<Design> start = design == QLatin1String("synthetic")
                                        ? makeSyntheticDesign({40})
                                        : load(QStringLiteral(VPC_EXAMPLES "/%1.yaml").arg(design));
    QVERIFY(start);
    Document document(std::move(start), QString());
    ValidationEngine engine(&document);
    const Validator validator;
    RandomEditor editor(&document, seed);
    for (int i = 0; i < steps; ++i) {
        QString what = editor.step();
        if (i % 9 == 4 && document.undoStack()->canUndo()) {
            document.undoStack()->undo();
            what += QStringLiteral(" (undone)");
        }
        const FindingList incremental = engine.findings();
        const FindingList full = validator.validate(document.design());
        if (incremental != full)
            QFAIL(qPrintable(QStringLiteral("step %1 (%2):\nincremental:\n%3full:\n%4")
                                 .arg(i)
                                 .arg(what, describe(incremental), describe(full))));
    }
}

void TestIncremental::twoHopChange()
{
    // A routes 10.9.0.0/16 to B: outside the peer, a warning. Then C, B's peer two hops
    // from A, takes that block: the same route becomes transitive, an error.
    Document document(load(QStringLiteral(VPC_TEST_DATA "/rules/peering-route-outside-peer.yaml")), QString());
    ValidationEngine engine(&document);
    const auto has = [&](const char *rule) {
        const FindingList all = engine.findings();
        return std::any_of(all.begin(), all.end(), [&](const Finding &f) {
            return f.rule == QLatin1String(rule) && f.objects.first() == QLatin1String("rtb-a");
        });
    };
    QVERIFY(has("peering-route-outside-peer"));
    QVERIFY(!has("transitive-peering"));
    document.undoStack()->push(
        new ChangePropertyCommand(&document, QStringLiteral("vpc-c"), QStringLiteral("cidr-blocks"),
                                  QVariant::fromValue(QList<Cidr>{*Cidr::parse(std::string_view("10.9.0.0/16"))})));
    QVERIFY(has("transitive-peering"));
    QVERIFY(!has("peering-route-outside-peer"));
    QCOMPARE(engine.findings(), Validator().validate(document.design()));
}

void TestIncremental::localEditsStayLocal()
{
    Document document(makeSyntheticDesign({200}), QString());
    ValidationEngine engine(&document);
    QVERIFY(engine.findings().isEmpty());
    // A subnet's name: its VPC and that VPC's peerings, not the world.
    document.undoStack()->push(new ChangePropertyCommand(&document, QStringLiteral("subnet-0100-app-a"),
                                                         QStringLiteral("name"), QStringLiteral("x")));
    engine.flush();
    QVERIFY2(engine.lastFlushUnits() <= 1 + 6, qPrintable(QString::number(engine.lastFlushUnits())));
    // A VPC's blocks: it and the VPCs up to two peerings away.
    document.undoStack()->push(
        new ChangePropertyCommand(&document, QStringLiteral("vpc-0100"), QStringLiteral("cidr-blocks"),
                                  QVariant::fromValue(QList<Cidr>{*Cidr::parse(std::string_view("10.200.0.0/20"))})));
    engine.flush();
    QVERIFY(engine.lastFlushUnits() > 7);
    QVERIFY2(engine.lastFlushUnits() < 60, qPrintable(QString::number(engine.lastFlushUnits())));
    // Peers still route to the old block: the engine says so, as a full run does.
    QCOMPARE(engine.findings(), Validator().validate(document.design()));
    QVERIFY(!engine.findings().isEmpty());
}

void TestIncremental::coalescesEventsOfOneCommand()
{
    Document document(load(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml")), QString());
    ValidationEngine engine(&document);
    QSignalSpy changed(&engine, &ValidationEngine::findingsChanged);
    document.undoStack()->push(
        new ChangePropertyCommand(&document, QStringLiteral("subnet-data-a"), QStringLiteral("cidr"),
                                  QVariant::fromValue(*Cidr::parse(std::string_view("10.10.21.0/24")))));
    QCOMPARE(changed.count(), 0); // not yet: on return to the event loop
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(!engine.findingsFor(QStringLiteral("subnet-data-a")).isEmpty());
}

void TestIncremental::precomputedFindingsAreAdopted()
{
    auto design = load(QStringLiteral(VPC_TEST_DATA "/rules/transitive-peering.yaml"));
    const FindingList expected = Validator().validate(*design);
    Document document;
    ValidationEngine engine(&document);
    engine.expectReset(expected);
    document.reset(std::move(design), QString());
    QCOMPARE(engine.findings(), expected);
    // Later edits are incremental from there.
    document.undoStack()->push(new ChangePropertyCommand(&document, QStringLiteral("pcx-bc"), QStringLiteral("status"),
                                                         QStringLiteral("deleted")));
    QCOMPARE(engine.findings(), Validator().validate(document.design()));
}

QTEST_GUILESS_MAIN(TestIncremental)
#include "tst_incremental.moc"
