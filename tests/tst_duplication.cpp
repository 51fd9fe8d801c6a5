#include "designformat.h"
#include "document.h"
#include "objectcommands.h"
#include "placement.h"
#include "validator.h"

#include <QTest>

/// Copies for paste and duplicate (Placement::duplicate): a copied VPC moves to free
/// blocks of its size and what it holds follows; copied subnets and instances take free
/// space where they land; references a copy cannot use are left out; the design with
/// its copies passes every rule it passed before.
class TestDuplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextFreeBlockLike_data();
    void nextFreeBlockLike();
    void copiesPassValidation_data();
    void copiesPassValidation();
    void vpcCopyMovesEverythingInside();
    void vpcPairKeepsItsPeering();
    void subnetIntoAnotherVpc();
    void instanceIntoAnotherSubnet();
    void fullSpaceRefusesWithANote();
    void originalsSharingABlockEachMoveTheirOwn();
    void selectedInstanceFollowsItsSubnet();
    void targetForPrefersTheSelectedVpc();

private:
    static std::unique_ptr<Document> open(const QString &example);
    /// Pastes copies of `ids` into the document (one undo step); returns the new ids.
    static QStringList paste(Document &document, const QStringList &ids, const Placement::Target &into = {},
                             QStringList *notes = nullptr);
};

std::unique_ptr<Document> TestDuplication::open(const QString &example)
{
    LoadResult r = DesignFormat::load(QStringLiteral(VPC_EXAMPLES "/") + example);
    if (!r.ok())
        return nullptr;
    return std::make_unique<Document>(std::move(r.design), QString());
}

QStringList TestDuplication::paste(Document &document, const QStringList &ids, const Placement::Target &into,
                                   QStringList *notes)
{
    const std::unique_ptr<Design> source = document.design().clone();
    std::vector<Placement::Copy> copies = Placement::duplicate(*source, ids, document.design(), into, notes);
    QStringList added;
    auto *macro = new QUndoCommand(QStringLiteral("paste"));
    for (Placement::Copy &c : copies) {
        added.append(c.object->id);
        new AddObjectCommand(&document, c.parentId, std::move(c.object), -1, {}, macro);
    }
    document.undoStack()->push(macro);
    return added;
}

void TestDuplication::nextFreeBlockLike_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the next one") << "10.1.0.0/16" << QStringList{"10.1.0.0/16", "10.2.0.0/16"} << "10.3.0.0/16";
    QTest::newRow("wraps to the range's start")
        << "10.255.0.0/16" << QStringList{"10.255.0.0/16", "10.0.0.0/16"} << "10.1.0.0/16";
    QTest::newRow("stays in 172.16/12") << "172.31.0.0/16" << QStringList{"172.31.0.0/16"} << "172.16.0.0/16";
    QTest::newRow("a /24 beside") << "192.168.5.0/24" << QStringList{"192.168.5.0/24"} << "192.168.6.0/24";
    QTest::newRow("host bits of the original do not matter")
        << "10.1.7.9/16" << QStringList{"10.1.0.0/16"} << "10.2.0.0/16";
    QTest::newRow("a full range: the others")
        << "192.168.0.0/16" << QStringList{"192.168.0.0/16", "10.0.0.0/16"} << "10.1.0.0/16";
    QTest::newRow("too large for any range") << "10.0.0.0/8" << QStringList{"10.0.0.0/8"} << "";
    QTest::newRow("IPv6 /56, the next") << "2600:1f18:4a3b:1000::/56" << QStringList{"2600:1f18:4a3b:1000::/56"}
                                        << "2600:1f18:4a3b:1100::/56";
}

void TestDuplication::nextFreeBlockLike()
{
    QFETCH(QString, block);
    QFETCH(QStringList, used);
    QFETCH(QString, expected);
    QList<Cidr> taken;
    for (const QString &u : used)
        taken.append(*Cidr::parse(QStringView(u)));
    const auto got = Placement::nextFreeBlockLike(*Cidr::parse(QStringView(block)), taken);
    QCOMPARE(got ? got->toString() : QString(), expected);
}

void TestDuplication::copiesPassValidation_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("a VPC with peerings") << "three-tier.yaml" << QStringList{"vpc-app"};
    QTest::newRow("the peered VPC") << "three-tier.yaml" << QStringList{"vpc-shared"};
    QTest::newRow("two VPCs and their peering")
        << "three-tier.yaml" << QStringList{"vpc-app", "vpc-shared", "pcx-app-shared"};
    QTest::newRow("web VPC with IPv6") << "peered-web.yaml" << QStringList{"vpc-web"};
    QTest::newRow("a subnet with its instances") << "three-tier.yaml" << QStringList{"subnet-app-a"};
    QTest::newRow("instances") << "three-tier.yaml" << QStringList{"i-app-a", "i-db-b"};
    QTest::newRow("security groups and a table") << "three-tier.yaml" << QStringList{"sg-app", "rtb-private-a"};
    QTest::newRow("the same VPC twice over") << "peered-web.yaml" << QStringList{"vpc-web", "vpc-data"};
}

void TestDuplication::copiesPassValidation()
{
    QFETCH(QString, example);
    QFETCH(QStringList, ids);
    auto document = open(example);
    QVERIFY(document);
    Validator validator;
    const FindingList before = validator.validate(document->design());
    const QStringList added = paste(*document, ids);
    QVERIFY(added.size() >= ids.size());
    // Twice: copies of copies must not land on one another either.
    paste(*document, ids);
    FindingList after = validator.validate(document->design());
    QStringList messages;
    for (const Finding &f : std::as_const(after))
        if (!before.contains(f))
            messages.append(f.rule + QStringLiteral(": ") + f.message);
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    // And no two VPCs overlap.
    QList<Cidr> blocks;
    for (const Vpc *v : document->design().vpcs())
        for (const Cidr &c : v->cidrBlocks + v->ipv6CidrBlocks) {
            for (const Cidr &b : std::as_const(blocks))
                QVERIFY2(!b.overlaps(c), qPrintable(b.toString() + QStringLiteral(" / ") + c.toString()));
            blocks.append(c);
        }
}

void TestDuplication::vpcCopyMovesEverythingInside()
{
    auto document = open(QStringLiteral("three-tier.yaml"));
    QStringList notes;
    const QStringList added = paste(*document, {QStringLiteral("vpc-app")}, {}, &notes);
    QCOMPARE(added, QStringList{QStringLiteral("vpc-app-copy")});
    const Design &d = document->design();
    const Vpc *copy = d.findVpc(QStringLiteral("vpc-app-copy"));
    QCOMPARE(copy->cidrBlocks.first().toString(), QStringLiteral("10.11.0.0/16"));
    QCOMPARE(copy->ipv6CidrBlocks.first().toString(), QStringLiteral("2600:1f18:4a3b:1100::/56"));
    QCOMPARE(d.findSubnet(QStringLiteral("subnet-data-a-copy"))->cidr.toString(), QStringLiteral("10.11.20.0/24"));
    QCOMPARE(d.findSubnet(QStringLiteral("subnet-public-a-copy"))->ipv6Cidr.toString(),
             QStringLiteral("2600:1f18:4a3b:1100::/64"));
    const auto *web = d.find<Instance>(QStringLiteral("i-web-a-copy"), ObjectKind::Instance);
    QCOMPARE(web->privateIp.toString(), QStringLiteral("10.11.0.10"));
    QCOMPARE(web->ipv6.toString(), QStringLiteral("2600:1f18:4a3b:1100::10"));
    QVERIFY(!web->publicIp.isValid()); // an elastic address belongs to one instance
    // Rules that named the VPC's own space name the copy's.
    const auto *acl = d.find<NetworkAcl>(QStringLiteral("acl-data-copy"), ObjectKind::NetworkAcl);
    QCOMPARE(acl->ingress.first().cidr.toString(), QStringLiteral("10.11.10.0/23"));
    const auto *endpoints = d.find<SecurityGroup>(QStringLiteral("sg-endpoints-copy"), ObjectKind::SecurityGroup);
    QCOMPARE(endpoints->ingress.first().cidr.toString(), QStringLiteral("10.11.0.0/16"));
    // The copy is not peered: routes to the original's peering and the group of the
    // peered VPC are left out, and the notes say so.
    const auto *table = d.find<RouteTable>(QStringLiteral("rtb-public-copy"), ObjectKind::RouteTable);
    for (const Route &r : table->routes)
        QVERIFY(r.target != QLatin1String("pcx-app-shared"));
    QCOMPARE(table->routes.first().target, QStringLiteral("igw-app-copy"));
    const auto *app = d.find<SecurityGroup>(QStringLiteral("sg-app-copy"), ObjectKind::SecurityGroup);
    QCOMPARE(app->ingress.size(), 1);
    QCOMPARE(app->ingress.first().group, QStringLiteral("sg-web-copy"));
    QVERIFY2(notes.join(QLatin1Char('\n')).contains(QStringLiteral("10.10.0.0/16 → 10.11.0.0/16")),
             qPrintable(notes.join(QLatin1Char('\n'))));
    QVERIFY(notes.join(QLatin1Char('\n')).contains(QLatin1String("left out")));
    // One undo step takes it all back.
    document->undoStack()->undo();
    QVERIFY(!d.findVpc(QStringLiteral("vpc-app-copy")));
}

void TestDuplication::vpcPairKeepsItsPeering()
{
    auto document = open(QStringLiteral("three-tier.yaml"));
    paste(*document, {QStringLiteral("vpc-app"), QStringLiteral("vpc-shared"), QStringLiteral("pcx-app-shared")});
    const Design &d = document->design();
    const auto *pcx = d.find<PeeringConnection>(QStringLiteral("pcx-app-shared-copy"), ObjectKind::PeeringConnection);
    QVERIFY(pcx);
    QCOMPARE(pcx->requester, QStringLiteral("vpc-app-copy"));
    QCOMPARE(pcx->accepter, QStringLiteral("vpc-shared-copy"));
    QCOMPARE(d.findVpc(QStringLiteral("vpc-shared-copy"))->cidrBlocks.first().toString(),
             QStringLiteral("10.21.0.0/16"));
    // The route to the peer names the peer copy's block, through the peering's copy.
    const auto *table = d.find<RouteTable>(QStringLiteral("rtb-private-a-copy"), ObjectKind::RouteTable);
    bool found = false;
    for (const Route &r : table->routes)
        if (r.target == QLatin1String("pcx-app-shared-copy")) {
            QCOMPARE(r.destination.toString(), QStringLiteral("10.21.0.0/16"));
            found = true;
        }
    QVERIFY(found);
    // A group of the peer copy stays referenced: the copies are peered.
    const auto *app = d.find<SecurityGroup>(QStringLiteral("sg-app-copy"), ObjectKind::SecurityGroup);
    QCOMPARE(app->ingress.size(), 2);
    QCOMPARE(app->ingress.last().group, QStringLiteral("sg-bastion-copy"));
}

void TestDuplication::subnetIntoAnotherVpc()
{
    auto document = open(QStringLiteral("three-tier.yaml"));
    const QStringList added =
        paste(*document, {QStringLiteral("subnet-app-a")}, Placement::Target{QStringLiteral("vpc-shared"), {}, {}});
    QCOMPARE(added, (QStringList{QStringLiteral("subnet-app-a-copy"), QStringLiteral("i-app-a-copy")}));
    const Design &d = document->design();
    const Subnet *s = d.findSubnet(QStringLiteral("subnet-app-a-copy"));
    QCOMPARE(d.vpcOf(*s)->id, QStringLiteral("vpc-shared"));
    QVERIFY(Cidr::parse(std::string_view("10.20.0.0/16"))->contains(s->cidr));
    QVERIFY(s->routeTable.isEmpty()); // rtb-private-a is vpc-app's
    // Its instance came along, with an address in the new block and no group of vpc-app.
    const auto *i = d.find<Instance>(QStringLiteral("i-app-a-copy"), ObjectKind::Instance);
    QCOMPARE(i->subnet, s->id);
    QVERIFY(s->cidr.contains(i->privateIp));
    QVERIFY(i->securityGroups.isEmpty());
}

void TestDuplication::instanceIntoAnotherSubnet()
{
    auto document = open(QStringLiteral("three-tier.yaml"));
    paste(*document, {QStringLiteral("i-app-a")},
          Placement::Target{QStringLiteral("vpc-app"), QStringLiteral("subnet-data-b"), QStringLiteral("us-east-1b")});
    const auto *i = document->design().find<Instance>(QStringLiteral("i-app-a-copy"), ObjectKind::Instance);
    QCOMPARE(i->subnet, QStringLiteral("subnet-data-b"));
    QCOMPARE(i->privateIp.toString(), QStringLiteral("10.10.21.11"));   // .10 is taken by i-db-b
    QCOMPARE(i->securityGroups, QStringList{QStringLiteral("sg-app")}); // same VPC: kept
}

namespace {

/// A design of VPCs with these blocks (vpc-0, vpc-1, ...), each with one subnet at the
/// start of its block and an instance in it.
std::unique_ptr<Design> vpcsWith(const QStringList &blocks)
{
    auto design = std::make_unique<Design>();
    for (int i = 0; i < blocks.size(); ++i) {
        auto vpc = std::make_unique<Vpc>();
        vpc->id = QStringLiteral("vpc-%1").arg(i);
        vpc->region = QStringLiteral("eu-west-1");
        vpc->cidrBlocks = {*Cidr::parse(QStringView(blocks[i]))};
        auto subnet = std::make_unique<Subnet>();
        subnet->id = QStringLiteral("subnet-%1").arg(i);
        subnet->az = QStringLiteral("eu-west-1a");
        subnet->cidr = Cidr(vpc->cidrBlocks.first().first(), 24);
        auto instance = std::make_unique<Instance>();
        instance->id = QStringLiteral("i-%1").arg(i);
        instance->subnet = subnet->id;
        instance->privateIp = *subnet->cidr.first().plus(10);
        vpc->subnets.push_back(std::move(subnet));
        vpc->instances.push_back(std::move(instance));
        ObjectPtr object = std::move(vpc);
        design->insert(nullptr, object);
    }
    return design;
}

} // namespace

void TestDuplication::fullSpaceRefusesWithANote()
{
    // Every /16 of every private range taken: no room for a copy of any of them.
    QStringList blocks;
    for (int i = 0; i < 256; ++i)
        blocks.append(QStringLiteral("10.%1.0.0/16").arg(i));
    for (int i = 16; i < 32; ++i)
        blocks.append(QStringLiteral("172.%1.0.0/16").arg(i));
    blocks.append(QStringLiteral("192.168.0.0/16"));
    auto design = vpcsWith(blocks);
    auto pcx = std::make_unique<PeeringConnection>();
    pcx->id = QStringLiteral("pcx-a");
    pcx->requester = QStringLiteral("vpc-0");
    pcx->accepter = QStringLiteral("vpc-272");
    ObjectPtr peering = std::move(pcx);
    design->insert(nullptr, peering);
    Document document(std::move(design), QString());
    QStringList notes;
    const QStringList added =
        paste(document, {QStringLiteral("vpc-272"), QStringLiteral("vpc-0"), QStringLiteral("pcx-a")}, {}, &notes);
    QVERIFY(added.isEmpty()); // nor the peering: its VPCs' copies are not there to join
    QCOMPARE(notes.size(), 3);
    QVERIFY(notes.first().contains(QLatin1String("192.168.0.0/16")));
}

void TestDuplication::originalsSharingABlockEachMoveTheirOwn()
{
    // Two unpeered VPCs on the same block: each copy's subnet and instance stay in its
    // own new block.
    Document document(vpcsWith({QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.0.0/16")}), QString());
    paste(document, {QStringLiteral("vpc-0"), QStringLiteral("vpc-1")});
    const Design &d = document.design();
    for (const char *n : {"0", "1"}) {
        const Vpc *vpc = d.findVpc(QStringLiteral("vpc-%1-copy").arg(QLatin1String(n)));
        const Subnet *subnet = d.findSubnet(QStringLiteral("subnet-%1-copy").arg(QLatin1String(n)));
        const auto *i = d.find<Instance>(QStringLiteral("i-%1-copy").arg(QLatin1String(n)), ObjectKind::Instance);
        QVERIFY(vpc->cidrBlocks.first().contains(subnet->cidr));
        QVERIFY(subnet->cidr.contains(i->privateIp));
    }
    QVERIFY(!d.findVpc(QStringLiteral("vpc-0-copy"))
                 ->cidrBlocks.first()
                 .overlaps(d.findVpc(QStringLiteral("vpc-1-copy"))->cidrBlocks.first()));
}

void TestDuplication::selectedInstanceFollowsItsSubnet()
{
    auto document = open(QStringLiteral("three-tier.yaml"));
    paste(*document, {QStringLiteral("subnet-app-a"), QStringLiteral("i-app-a")},
          Placement::Target{QStringLiteral("vpc-shared"), {}, {}});
    const Design &d = document->design();
    const auto *i = d.find<Instance>(QStringLiteral("i-app-a-copy"), ObjectKind::Instance);
    QCOMPARE(i->subnet, QStringLiteral("subnet-app-a-copy"));
    QVERIFY(!d.find(QStringLiteral("i-app-a-copy-2"))); // copied once, not twice
}

void TestDuplication::targetForPrefersTheSelectedVpc()
{
    auto document = open(QStringLiteral("three-tier.yaml"));
    bool ok = false;
    const Placement::Target t =
        Placement::targetFor(document->design(), ObjectKind::Instance, {QStringLiteral("vpc-shared")}, &ok);
    QVERIFY(ok);
    QCOMPARE(t.vpcId, QStringLiteral("vpc-shared"));
    QVERIFY(t.subnetId.startsWith(QLatin1String("subnet-shared")));
}

QTEST_GUILESS_MAIN(TestDuplication)
#include "tst_duplication.moc"
