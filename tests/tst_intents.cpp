#include "designformat.h"
#include "document.h"
#include "intentcheck.h"
#include "objectcommands.h"
#include "propertycommand.h"
#include "validationengine.h"
#include "validator.h"

#include <QTest>
#include <QUndoStack>

/// Intents (INTENTS.md): each verdict of the test design with its reason, the witness
/// that replays as the verdict says, and intents checked live as an edit changes what
/// reaches what (and undone).
class TestIntents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void liveAfterEdits();
    void readWriteUndo();
    void boundedWork();

private:
    static std::unique_ptr<Design> load();
};

std::unique_ptr<Design> TestIntents::load()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_TEST_DATA "/intents/three-tier-intents.yaml"));
    return r.ok() ? std::move(r.design) : nullptr;
}

void TestIntents::verdicts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    const int holds = int(IntentResult::Status::Holds), violated = int(IntentResult::Status::Violated),
              invalid = int(IntentResult::Status::Invalid);
    QTest::newRow("none, over every protocol and port") << "no-internet-to-data" << holds << "";
    QTest::newRow("all, both families") << "web-serves-https" << holds << "";
    QTest::newRow("all, through the endpoint") << "app-reaches-s3-privately" << holds << "";
    QTest::newRow("some") << "app-reaches-db" << holds << "";
    QTest::newRow("none, broken by the web rule")
        << "web-closed" << violated << "is delivered, let in by sg-web, whose ingress rule 1 (tcp 443 from 0.0.0.0/0)";
    QTest::newRow("some, stopped at the group") << "web-reaches-db" << violated << "is stopped at sg-db";
    QTest::newRow("via, around the endpoint")
        << "app-out-through-s3-endpoint" << violated << "is delivered without passing vpce-s3";
    QTest::newRow("names nothing") << "names-nothing" << invalid << "'nothing-here' names nothing";
    QTest::newRow("ports without ports") << "ports-on-icmp" << invalid << "icmp has no ports";
    QTest::newRow("an empty space") << "empty-space" << invalid << "subnet-tools-b has no interface";
}

void TestIntents::verdicts()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    QFETCH(QString, says);
    const auto design = load();
    QVERIFY(design);
    const Simulator sim(*design);
    const Reachability engine(sim);
    const auto *intent = design->find<Intent>(id, ObjectKind::Intent);
    QVERIFY(intent);
    const IntentResult r = IntentCheck(engine).check(*intent);
    QCOMPARE(int(r.status), status);
    QVERIFY2(r.message.contains(says), qPrintable(r.message));
    if (r.status == IntentResult::Status::Holds) {
        QVERIFY(r.message.isEmpty());
        QVERIFY(r.classes > 0);
        return;
    }
    if (r.status == IntentResult::Status::Invalid)
        return;
    // The witness is one concrete packet of the spaces, and it does what the message says.
    QVERIFY(r.witness && r.witnessRun);
    const FlowRun &run = *r.witnessRun;
    QVERIFY(run.error.isEmpty());
    switch (intent->expect) {
    case IntentExpect::None:
        QVERIFY(run.requestDelivered());
        break;
    case IntentExpect::All:
        QVERIFY(!run.delivered() || !intent->via.isEmpty());
        break;
    case IntentExpect::Some:
        QVERIFY(!run.delivered());
        break;
    }
    QVERIFY(r.objects.contains(id));
}

void TestIntents::liveAfterEdits()
{
    // The issues list follows edits: opening the database group to the web group breaks
    // an intent; undo mends it.
    Document document(load(), QStringLiteral("t.yaml"));
    ValidationEngine engine(&document);
    const auto violated = [&](const QString &intent) {
        for (const Finding &f : engine.findings())
            if (f.rule == QLatin1String("intent-violated") && f.objects.first() == intent)
                return true;
        return false;
    };
    QVERIFY(!violated(QStringLiteral("no-internet-to-data")));
    QVERIFY(violated(QStringLiteral("web-reaches-db")));
    // The database group lets anyone in on 5432: the internet still has no way into the
    // data subnets (no public address), so the first intent holds; the web tier's request
    // now gets to the database, but the data tier's ACL stops the answer.
    const auto *db = document.design().find<SecurityGroup>(QStringLiteral("sg-db"), ObjectKind::SecurityGroup);
    SgRuleList rules = db->ingress;
    SgRule open;
    open.protocol = Protocol(Protocol::Tcp);
    open.ports = PortRange::single(5432);
    open.cidr = *Cidr::parse(QStringView(u"0.0.0.0/0"));
    rules.append(open);
    document.undoStack()->push(new ChangePropertyCommand(&document, QStringLiteral("sg-db"), QStringLiteral("ingress"),
                                                         QVariant::fromValue(rules)));
    QVERIFY(!violated(QStringLiteral("no-internet-to-data")));
    const auto message = [&](const QString &intent) {
        for (const Finding &f : engine.findings())
            if (f.objects.first() == intent)
                return f.message;
        return QString();
    };
    QVERIFY2(message(QStringLiteral("web-reaches-db")).contains(QLatin1String("its answer is stopped at acl-data")),
             qPrintable(message(QStringLiteral("web-reaches-db"))));
    // The witness travels with the finding, for the simulator.
    for (const Finding &f : engine.findings())
        if (f.rule == QLatin1String("intent-violated"))
            QVERIFY2(!f.witness.isEmpty() && IpAddress::parse(QStringView(f.witness.from)), qPrintable(f.message));
    document.undoStack()->undo();
    QVERIFY2(message(QStringLiteral("web-reaches-db")).contains(QLatin1String("is stopped at sg-db")),
             qPrintable(message(QStringLiteral("web-reaches-db"))));
    QCOMPARE(engine.findings(), Validator().validate(document.design()));
}

void TestIntents::readWriteUndo()
{
    // An intent is an object like any: added, edited and removed with undo; removing what
    // it names drops the name from its spaces (and the intent then says it is invalid).
    Document document(load(), QStringLiteral("t.yaml"));
    const QByteArray before = DesignFormat::write(document.design());
    auto *intent = document.design().find<Intent>(QStringLiteral("web-closed"), ObjectKind::Intent);
    document.undoStack()->push(
        new ChangePropertyCommand(&document, intent->id, QStringLiteral("to"),
                                  QVariant(QStringList{QStringLiteral("sg-web"), QStringLiteral("10.10.20.0/24")})));
    document.undoStack()->push(
        new ChangePropertyCommand(&document, intent->id, QStringLiteral("ports"),
                                  QVariant::fromValue(QList<PortRange>{PortRange::single(22), {8000, 8080}})));
    QByteArray text = DesignFormat::write(document.design());
    QVERIFY2(text.contains("    to: [sg-web, 10.10.20.0/24]\n    protocol: all\n    ports: [22, 8000-8080]\n"),
             text.mid(text.indexOf("id: web-closed"), 300).constData());
    const LoadResult again = DesignFormat::read(text, QStringLiteral("again.yaml"));
    QVERIFY(again.ok());
    QCOMPARE(DesignFormat::write(*again.design), text);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(DesignFormat::write(document.design()), before);
    // Removing the group removes it from the spaces that name it.
    document.undoStack()->push(new RemoveObjectCommand(&document, QStringLiteral("sg-web")));
    QCOMPARE(document.design().find<Intent>(QStringLiteral("web-closed"), ObjectKind::Intent)->to, QStringList());
    document.undoStack()->undo();
    QCOMPARE(DesignFormat::write(document.design()), before);
}

void TestIntents::boundedWork()
{
    // Past its budget of classes an intent is not half-proved: it says it is too large.
    const auto design = load();
    const Simulator sim(*design);
    const Reachability engine(sim);
    const auto *intent = design->find<Intent>(QStringLiteral("no-internet-to-data"), ObjectKind::Intent);
    const IntentResult small = IntentCheck(engine, 10).check(*intent);
    QCOMPARE(small.status, IntentResult::Status::Invalid);
    QVERIFY2(small.message.contains(QLatin1String("more than 10 classes")), qPrintable(small.message));
    QCOMPARE(IntentCheck(engine).check(*intent).status, IntentResult::Status::Holds);
}

QTEST_GUILESS_MAIN(TestIntents)
#include "tst_intents.moc"
