#include "connectcommand.h"
#include "designformat.h"
#include "document.h"
#include "layoutcommand.h"
#include "objectcommands.h"
#include "properties.h"
#include "propertycommand.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// The Document and its undo commands: cascades, reference clean-up, renames, merges,
/// connectors and the change signals views rely on.
class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void removeSubnetCascades();
    void removeVpcCleansOtherVpcs();
    void renameCarriesReferences();
    void propertyEditsMerge();
    void mainFlagMoves();
    void dragMerges();
    void peerAndUnpeer();
    void routesAndAssociations_data();
    void routesAndAssociations();
    void signalsInOrder();
    void addWithLayoutAndIndex();
    void saveMarksClean();

private:
    std::unique_ptr<Document> mDocument;
    QByteArray mStart;
};

namespace {

template <class T> const T *get(const Document &d, const char *id)
{
    return dynamic_cast<const T *>(d.find(QString::fromLatin1(id)));
}

QByteArray bytes(const Document &d)
{
    return DesignFormat::write(d.design());
}

} // namespace

void TestDocument::init()
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/peered-web.yaml"));
    QVERIFY(r.ok());
    mDocument = std::make_unique<Document>(std::move(r.design), QString());
    mStart = bytes(*mDocument);
}

void TestDocument::removeSubnetCascades()
{
    Document &d = *mDocument;
    // An interface endpoint in both web subnets, a flow log on subnet-web-a.
    auto endpoint = std::make_unique<Endpoint>();
    endpoint->id = QStringLiteral("vpce-sqs");
    endpoint->type = EndpointType::Interface;
    endpoint->service = QStringLiteral("sqs");
    endpoint->subnets = {QStringLiteral("subnet-web-a"), QStringLiteral("subnet-web-b")};
    d.undoStack()->push(new AddObjectCommand(&d, QStringLiteral("vpc-web"), std::move(endpoint)));
    auto log = std::make_unique<FlowLog>();
    log->id = QStringLiteral("fl-sub");
    log->resource = QStringLiteral("subnet-web-a");
    d.undoStack()->push(new AddObjectCommand(&d, QStringLiteral("vpc-web"), std::move(log)));
    const QByteArray before = bytes(d);

    auto *remove = new RemoveObjectCommand(&d, QStringLiteral("subnet-web-a"));
    d.undoStack()->push(remove);
    // The instance in it, its flow log, and the flows that start at that instance go too.
    for (const char *gone : {"subnet-web-a", "i-web-a", "fl-sub", "users-a", "web-db"})
        QVERIFY2(!d.find(QString::fromLatin1(gone)), gone);
    QVERIFY(remove->removedIds().contains(QStringLiteral("web-db")));
    // References from what stays are dropped, not left dangling.
    QCOMPARE(get<Endpoint>(d, "vpce-sqs")->subnets, QStringList{QStringLiteral("subnet-web-b")});
    QVERIFY(d.find(QStringLiteral("i-web-b")));
    d.undoStack()->undo();
    QCOMPARE(bytes(d), before);
}

void TestDocument::removeVpcCleansOtherVpcs()
{
    Document &d = *mDocument;
    d.undoStack()->push(new RemoveObjectCommand(&d, QStringLiteral("vpc-web")));
    QVERIFY(!d.find(QStringLiteral("pcx-web-data")));           // the peering cannot exist alone
    QVERIFY(get<RouteTable>(d, "rtb-data")->routes.isEmpty());  // its route went with it
    QVERIFY(get<SecurityGroup>(d, "sg-db")->ingress.isEmpty()); // the rule naming sg-web too
    QVERIFY(!d.design().layout(QStringLiteral("vpc-web")));
    QVERIFY(d.design().layout(QStringLiteral("vpc-data")));
    d.undoStack()->undo();
    QCOMPARE(bytes(d), mStart);
    d.undoStack()->redo();
    d.undoStack()->undo();
    QCOMPARE(bytes(d), mStart);
}

void TestDocument::renameCarriesReferences()
{
    Document &d = *mDocument;
    QSignalSpy renamed(&d, &Document::objectRenamed);
    d.undoStack()->push(
        new ChangePropertyCommand(&d, QStringLiteral("sg-web"), QStringLiteral("id"), QStringLiteral("sg-frontend")));
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(get<Instance>(d, "i-web-a")->securityGroups, QStringList{QStringLiteral("sg-frontend")});
    QCOMPARE(get<SecurityGroup>(d, "sg-db")->ingress.first().group, QStringLiteral("sg-frontend"));
    d.undoStack()->push(
        new ChangePropertyCommand(&d, QStringLiteral("pcx-web-data"), QStringLiteral("id"), QStringLiteral("pcx-1")));
    QCOMPARE(get<RouteTable>(d, "rtb-data")->routes.first().target, QStringLiteral("pcx-1"));
    d.undoStack()->push(
        new ChangePropertyCommand(&d, QStringLiteral("vpc-web"), QStringLiteral("id"), QStringLiteral("vpc-front")));
    QVERIFY(d.design().layout(QStringLiteral("vpc-front")));
    QCOMPARE(get<PeeringConnection>(d, "pcx-1")->requester, QStringLiteral("vpc-front"));
    QCOMPARE(get<FlowLog>(d, "fl-web")->resource, QStringLiteral("vpc-front"));
    QCOMPARE(d.design().mainRouteTable(*d.design().findVpc(QStringLiteral("vpc-front"))).id, QStringLiteral("rtb-web"));
    // A taken id is refused and changes nothing.
    d.undoStack()->push(
        new ChangePropertyCommand(&d, QStringLiteral("i-web-a"), QStringLiteral("id"), QStringLiteral("i-web-b")));
    QVERIFY(d.find(QStringLiteral("i-web-a")));
    while (d.undoStack()->canUndo())
        d.undoStack()->undo();
    QCOMPARE(bytes(d), mStart);
}

void TestDocument::propertyEditsMerge()
{
    Document &d = *mDocument;
    for (const char *name : {"w", "we", "web", "web!"})
        d.undoStack()->push(new ChangePropertyCommand(&d, QStringLiteral("vpc-web"), QStringLiteral("name"),
                                                      QString::fromLatin1(name)));
    QCOMPARE(d.undoStack()->count(), 1);
    QCOMPARE(d.design().findVpc(QStringLiteral("vpc-web"))->name, QStringLiteral("web!"));
    d.undoStack()->push(new ChangePropertyCommand(&d, QStringLiteral("vpc-web"), QStringLiteral("region"),
                                                  QStringLiteral("eu-west-1")));
    QCOMPARE(d.undoStack()->count(), 2);
    d.undoStack()->undo();
    d.undoStack()->undo();
    QCOMPARE(bytes(d), mStart);
    // Edits that return to the start cancel out.
    d.undoStack()->push(
        new ChangePropertyCommand(&d, QStringLiteral("vpc-web"), QStringLiteral("name"), QStringLiteral("x")));
    d.undoStack()->push(
        new ChangePropertyCommand(&d, QStringLiteral("vpc-web"), QStringLiteral("name"), QStringLiteral("web")));
    QCOMPARE(d.undoStack()->count(), 0);
}

void TestDocument::mainFlagMoves()
{
    Document &d = *mDocument;
    auto table = std::make_unique<RouteTable>();
    table->id = QStringLiteral("rtb-new");
    d.undoStack()->push(new AddObjectCommand(&d, QStringLiteral("vpc-web"), std::move(table)));
    d.undoStack()->push(new ChangePropertyCommand(&d, QStringLiteral("rtb-new"), QStringLiteral("main"), true));
    QVERIFY(get<RouteTable>(d, "rtb-new")->main);
    QVERIFY(!get<RouteTable>(d, "rtb-web")->main);
    d.undoStack()->undo();
    QVERIFY(get<RouteTable>(d, "rtb-web")->main);
    QVERIFY(!get<RouteTable>(d, "rtb-new")->main);
}

void TestDocument::dragMerges()
{
    Document &d = *mDocument;
    const LayoutRect start = *d.design().layout(QStringLiteral("vpc-web"));
    LayoutRect r = start;
    for (int step = 0; step < 10; ++step) {
        const LayoutRect before = r;
        r.x += 10;
        d.undoStack()->push(new MoveResizeCommand(&d, {{QStringLiteral("vpc-web"), before, r}}, step > 0));
    }
    QCOMPARE(d.undoStack()->count(), 1);
    QCOMPARE(d.design().layout(QStringLiteral("vpc-web"))->x, start.x + 100);
    d.undoStack()->undo();
    QCOMPARE(*d.design().layout(QStringLiteral("vpc-web")), start);
    // A new drag is a new step.
    d.undoStack()->redo();
    d.undoStack()->push(new MoveResizeCommand(&d, {{QStringLiteral("vpc-web"), r, start}}, false));
    QCOMPARE(d.undoStack()->count(), 2);
}

void TestDocument::peerAndUnpeer()
{
    Document &d = *mDocument;
    auto vpc = std::make_unique<Vpc>();
    vpc->id = QStringLiteral("vpc-c");
    vpc->region = QStringLiteral("us-east-1");
    vpc->cidrBlocks = {*Cidr::parse(std::string_view("10.3.0.0/16"))};
    d.undoStack()->push(new AddObjectCommand(&d, QString(), std::move(vpc)));
    auto peer = ConnectCommand::peer(&d, QStringLiteral("vpc-data"), QStringLiteral("vpc-c"));
    QVERIFY(peer);
    const QString id = peer->createdId();
    d.undoStack()->push(peer.release());
    const auto *p = d.design().find<PeeringConnection>(id, ObjectKind::PeeringConnection);
    QVERIFY(p);
    QCOMPARE(p->requester, QStringLiteral("vpc-data"));
    QCOMPARE(p->accepter, QStringLiteral("vpc-c"));
    QVERIFY(!ConnectCommand::peer(&d, QStringLiteral("vpc-data"), QStringLiteral("nope")));
    d.undoStack()->push(
        ConnectCommand::addRoute(&d, QStringLiteral("rtb-data"), *Cidr::parse(std::string_view("10.3.0.0/16")), id)
            .release());
    d.undoStack()->push(ConnectCommand::unpeer(&d, id).release());
    QVERIFY(!d.find(id));
    QCOMPARE(get<RouteTable>(d, "rtb-data")->routes.size(), 1); // the route to it went too
    while (d.undoStack()->canUndo())
        d.undoStack()->undo();
    QCOMPARE(bytes(d), mStart);
}

void TestDocument::routesAndAssociations_data()
{
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("associates");
    QTest::newRow("subnet to its table already") << "subnet-db-a"
                                                 << "rtb-data"
                                                 << "route-table" << false;
    QTest::newRow("subnet to table") << "subnet-web-a"
                                     << "rtb-web"
                                     << "route-table" << false;
    QTest::newRow("subnet to acl") << "subnet-db-a"
                                   << "acl-db"
                                   << "network-acl" << false;
    QTest::newRow("subnet to new acl") << "subnet-web-a"
                                       << "acl-db"
                                       << "network-acl" << true;
    QTest::newRow("endpoint to table") << "vpce-web-s3"
                                       << "rtb-data"
                                       << "route-tables" << true;
    QTest::newRow("instance to group") << "i-db"
                                       << "sg-web"
                                       << "security-groups" << true;
    QTest::newRow("flow log to subnet") << "fl-web"
                                        << "subnet-web-b"
                                        << "resource" << true;
    QTest::newRow("nonsense") << "i-db"
                              << "rtb-web"
                              << "" << false;
    QTest::newRow("self") << "i-db"
                          << "i-db"
                          << "" << false;
    QTest::newRow("missing") << "i-db"
                             << "sg-nothing"
                             << "" << false;
}

void TestDocument::routesAndAssociations()
{
    QFETCH(QString, object);
    QFETCH(QString, target);
    QFETCH(QString, key);
    QFETCH(bool, associates);
    Document &d = *mDocument;
    QCOMPARE(ConnectCommand::associationKey(&d, object, target), key);
    auto cmd = ConnectCommand::associate(&d, object, target);
    QCOMPARE(bool(cmd), associates);
    if (!associates)
        return;
    d.undoStack()->push(cmd.release());
    const Object *o = d.find(object);
    const PropertyDef *def = findProperty(o->kind, QStringView(key));
    QVERIFY(referencedIds(*def, def->get(*o)).contains(target));
    auto undo = ConnectCommand::dissociate(&d, object, target);
    if (def->required) {
        QVERIFY(!undo); // a required reference cannot be cut, only moved
    } else {
        QVERIFY(undo);
        d.undoStack()->push(undo.release());
        QVERIFY(!referencedIds(*def, def->get(*o)).contains(target));
    }
    while (d.undoStack()->canUndo())
        d.undoStack()->undo();
    QCOMPARE(bytes(d), mStart);
}

void TestDocument::signalsInOrder()
{
    Document &d = *mDocument;
    QStringList events;
    connect(&d, &Document::objectAdded, this, [&](const QString &id) { events << "+" + id; });
    connect(&d, &Document::objectAboutToBeRemoved, this, [&](const QString &id) { events << "?" + id; });
    connect(&d, &Document::objectRemoved, this,
            [&](const QString &id, ObjectKind, const QString &parent) { events << "-" + id + "@" + parent; });
    connect(&d, &Document::propertyChanged, this,
            [&](const QString &id, const QString &key) { events << "~" + id + "." + key; });
    d.undoStack()->push(new RemoveObjectCommand(&d, QStringLiteral("vpc-data")));
    // Children before their parent; the peering's reference clean-up first.
    const qsizetype aboutVpc = events.indexOf(QStringLiteral("?vpc-data"));
    QVERIFY(aboutVpc > events.indexOf(QStringLiteral("?subnet-db-a")));
    QVERIFY(events.contains(QStringLiteral("-subnet-db-a@vpc-data")));
    QVERIFY(events.contains(QStringLiteral("-vpc-data@")));
    QVERIFY(events.indexOf(QStringLiteral("~rtb-web.routes")) < events.indexOf(QStringLiteral("?pcx-web-data")));
    events.clear();
    d.undoStack()->undo();
    QVERIFY(events.indexOf(QStringLiteral("+vpc-data")) < events.indexOf(QStringLiteral("+subnet-db-a")));
}

void TestDocument::addWithLayoutAndIndex()
{
    Document &d = *mDocument;
    auto subnet = std::make_unique<Subnet>();
    subnet->id = QStringLiteral("subnet-mid");
    subnet->az = QStringLiteral("us-east-1a");
    subnet->cidr = *Cidr::parse(std::string_view("10.1.5.0/24"));
    d.undoStack()->push(new AddObjectCommand(&d, QStringLiteral("vpc-web"), std::move(subnet), 1,
                                             {{QStringLiteral("subnet-mid"), LayoutRect{10, 20, 30, 40}}}));
    const Vpc *vpc = d.design().findVpc(QStringLiteral("vpc-web"));
    QCOMPARE(vpc->subnetList().at(1)->id, QStringLiteral("subnet-mid"));
    QCOMPARE(*d.design().layout(QStringLiteral("subnet-mid")), (LayoutRect{10, 20, 30, 40}));
    d.undoStack()->undo();
    QVERIFY(!d.find(QStringLiteral("subnet-mid")));
    QVERIFY(!d.design().layout(QStringLiteral("subnet-mid")));
    QCOMPARE(bytes(d), mStart);
    d.undoStack()->redo();
    QCOMPARE(vpc->subnetList().at(1)->id, QStringLiteral("subnet-mid"));
}

void TestDocument::saveMarksClean()
{
    Document &d = *mDocument;
    QSignalSpy modified(&d, &Document::modifiedChanged);
    d.undoStack()->push(
        new ChangePropertyCommand(&d, QStringLiteral("vpc-web"), QStringLiteral("name"), QStringLiteral("changed")));
    QVERIFY(d.isModified());
    QCOMPARE(modified.count(), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saved.yaml"));
    QString error;
    QVERIFY(d.save(path, &error));
    QVERIFY(!d.isModified());
    QCOMPARE(d.fileName(), path);
    QCOMPARE(d.displayName(), QStringLiteral("saved.yaml"));
    d.undoStack()->undo();
    QVERIFY(d.isModified());
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
