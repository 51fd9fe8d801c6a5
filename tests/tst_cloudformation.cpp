#include "awsdescribe.h"
#include "cfnexport.h"
#include "cfnimport.h"
#include "describedump.h"
#include "designformat.h"
#include "intentcheck.h"
#include "placement.h"
#include "simulator.h"
#include "validator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// CloudFormation both ways (docs/cloudformation.md): every bundled example and lesson
/// exported passes npm's cfn-lint and the CloudFormation resource specification, imports
/// back to the same design, and exports again to the same bytes; templates written by hand
/// with the short tags, conditions, mappings and Fn::Cidr import as AWS would create them.
class TestCloudFormation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void intrinsics();
    void describeRoundTrip_data();
    void describeRoundTrip();
    void describeExamples();
    void awsSamples_data();
    void awsSamples();
    void badInput_data();
    void badInput();
    void getAzs();
};

namespace {

QStringList designs()
{
    QStringList files;
    for (const QString &dir : {QStringLiteral(VPC_EXAMPLES), QStringLiteral(VPC_LESSONS)}) {
        QDirIterator it(dir, {QStringLiteral("*.yaml")}, QDir::Files);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

/// What a template cannot carry, taken out of a design: scenarios, intents, buckets with
/// no policy, the canvas's layout and a lesson's text.
QByteArray deployable(const QString &file)
{
    LoadResult loaded = DesignFormat::load(file);
    Design &d = *loaded.design;
    QList<Object *> drop;
    for (Scenario *s : d.scenarios())
        drop.append(s);
    for (Intent *i : d.intents())
        drop.append(i);
    for (Bucket *b : d.buckets())
        if (b->policy.isNull())
            drop.append(b);
    for (Object *o : drop)
        d.take(*o);
    for (const QString &id : d.layoutEntries().keys())
        d.setLayout(id, std::nullopt);
    d.lesson = YamlValue();
    d.extra.clear();
    return DesignFormat::write(d);
}

/// The first line where two design files differ, for a failure's message.
QString firstDifference(const QByteArray &expected, const QByteArray &got)
{
    const QList<QByteArray> a = expected.split('\n'), b = got.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i))
            return QStringLiteral("line %1: expected '%2', got '%3'")
                .arg(i + 1)
                .arg(QString::fromUtf8(a.value(i)), QString::fromUtf8(b.value(i)));
    return {};
}

int run(const QString &program, const QStringList &arguments, QByteArray *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(300000))
        return -1;
    *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

void TestCloudFormation::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : designs())
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestCloudFormation::roundTrip()
{
    QFETCH(QString, file);
    LoadResult loaded = DesignFormat::load(file);
    QVERIFY(loaded.ok());
    const std::vector<CfnExport::Template> templates = CfnExport::build(*loaded.design);
    QTemporaryDir dir;
    QList<QPair<QString, QByteArray>> yaml, json;
    for (const CfnExport::Template &t : templates) {
        const QString name = QStringLiteral("%1-%2").arg(t.account, t.region);
        yaml.append({dir.filePath(name + QStringLiteral(".cfn.yaml")), CfnExport::toYaml(t.body)});
        json.append({dir.filePath(name + QStringLiteral(".cfn.json")), CfnExport::toJson(t.body)});
    }
    QStringList paths;
    for (const auto &[path, bytes] : yaml + json) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        paths.append(path);
    }

    // npm's cfn-lint and the resource specification (tests/cfn, installed by .ci/install-deps).
    const QString tools = QStringLiteral(VPC_SOURCE_DIR "/tests/cfn");
    QVERIFY2(QFile::exists(tools + QStringLiteral("/node_modules/cfn-lint/package.json")),
             "npm ci --prefix tests/cfn has not been run (.ci/install-deps runs it)");
    QByteArray out;
    QCOMPARE(run(QStringLiteral("node"), QStringList{tools + QStringLiteral("/check-spec.js")} + paths, &out), 0);
    QVERIFY2(out.contains(" 0 problems"), out.constData());
    const int lint = run(QStringLiteral("bash"), QStringList{tools + QStringLiteral("/run-cfn-lint.sh")} + paths, &out);
    QVERIFY2(lint == 0, out.right(3000).constData());

    // Import gives the design back (what a template can carry), from YAML and from JSON.
    const QByteArray expected = deployable(file);
    for (const auto *form : {&yaml, &json}) {
        const CfnImport::Result back = CfnImport::read(*form);
        QVERIFY2(back.design, back.diagnostics.isEmpty() ? "" : qPrintable(back.diagnostics.first().toString()));
        for (const Diagnostic &d : back.diagnostics)
            QVERIFY2(false, qPrintable(d.toString())); // an exported template imports without a word
        const QByteArray got = DesignFormat::write(*back.design);
        QVERIFY2(got == expected, qPrintable(firstDifference(expected, got)));
        // And exporting that gives the same bytes.
        const std::vector<CfnExport::Template> again = CfnExport::build(*back.design);
        QCOMPARE(again.size(), templates.size());
        for (size_t i = 0; i < again.size(); ++i)
            QCOMPARE(CfnExport::toYaml(again[i].body), yaml[qsizetype(i)].second);
    }
}

void TestCloudFormation::describeRoundTrip_data()
{
    roundTrip_data();
}

/// What AWS CLI describe-* prints for a deployed design imports back as that design, less
/// what describe output does not say (DNS settings need describe-vpc-attribute; names and
/// descriptions of designs, buckets).
void TestCloudFormation::describeRoundTrip()
{
    QFETCH(QString, file);
    const CfnImport::Result back = AwsDescribe::read(describeDump(*DesignFormat::load(file).design));
    QVERIFY(back.design);
    for (const Diagnostic &d : back.diagnostics)
        QVERIFY2(false, qPrintable(d.toString()));
    LoadResult expected = DesignFormat::read(deployable(file), QStringLiteral("expected.yaml"));
    Design &e = *expected.design;
    e.name.clear();
    e.description.clear();
    QList<Object *> buckets;
    for (Bucket *b : e.buckets())
        buckets.append(b);
    for (Object *b : buckets)
        e.take(*b);
    for (Vpc *v : e.vpcs()) {
        v->dnsSupport = true;
        v->dnsHostnames = false;
    }
    const QByteArray want = DesignFormat::write(e), got = DesignFormat::write(*back.design);
    QVERIFY2(got == want, qPrintable(firstDifference(want, got)));
}

/// The example outputs of the AWS CLI's own documentation (tests/data/describe/SOURCES.md),
/// each read on its own: what it names is imported, what it refers to that is not in it is
/// a warning.
void TestCloudFormation::describeExamples()
{
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(QStringLiteral(VPC_TEST_DATA "/describe"), {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        files.append({QFileInfo(f).fileName(), f.readAll()});
        QVERIFY2(AwsDescribe::isDescribeOutput(files.last().second), qPrintable(files.last().first));
    }
    std::sort(files.begin(), files.end());
    QCOMPARE(files.size(), 10);
    const auto one = [&](const QString &name) {
        for (const auto &f : files)
            if (f.first == name)
                return AwsDescribe::read({f});
        return CfnImport::Result{};
    };
    // describe-vpcs: two VPCs of two accounts, their blocks and Name tags.
    CfnImport::Result r = one(QStringLiteral("describe-vpcs.json"));
    QVERIFY(r.design && r.diagnostics.isEmpty());
    QCOMPARE(r.design->vpcs().size(), size_t(2));
    QCOMPARE(r.design->findVpc(QStringLiteral("vpc-06e4ab6c6cEXAMPLE"))->account, QStringLiteral("222222222222"));
    QCOMPARE(r.design->findVpc(QStringLiteral("vpc-06e4ab6c6cEXAMPLE"))->name, QStringLiteral("Shared VPC"));
    // describe-route-tables names VPCs it does not describe: one warning per table, no crash.
    r = one(QStringLiteral("describe-route-tables.json"));
    QVERIFY(r.design);
    QCOMPARE(r.diagnostics.size(), 3);
    // Each with its file and JSON path.
    QCOMPARE(r.diagnostics[1].file, QStringLiteral("describe-route-tables.json"));
    QVERIFY2(r.diagnostics[1].message.startsWith(QLatin1String("$.RouteTables[1] (rtb-a1eec7de): ")),
             qPrintable(r.diagnostics[1].message));
    // All ten together: what fits together loads, the rest is said.
    r = AwsDescribe::read(files);
    QVERIFY(r.design);
    QVERIFY(!r.diagnostics.isEmpty());
    // Not JSON: an error with its line and column.
    r = AwsDescribe::read({{QStringLiteral("bad.json"), QByteArray("{\"Vpcs\": [\n  {\"VpcId\": }\n]}")}});
    QVERIFY(!r.design);
    QCOMPARE(r.diagnostics.first().line, 2);
}

void TestCloudFormation::intrinsics()
{
    // Short tags, a parameter given and one by default, a condition, a mapping, Fn::Cidr,
    // Fn::GetAZs, Fn::Sub and Fn::Join, and a resource type the designer does not model.
    const QByteArray text = R"(AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: {Type: String, Default: test}
  VpcBlock: {Type: String, Default: 10.0.0.0/16}
Mappings:
  Sizes:
    prod: {Bits: "8"}
    test: {Bits: "6"}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  WantsNat: !Not [!Condition IsProd]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !Ref VpcBlock
      EnableDnsHostnames: !If [IsProd, true, false]
      Tags: [{Key: Name, Value: !Sub "${Env}-vpc"}]
  SubnetA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: !Select [0, !GetAZs ""]
      CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 4, !FindInMap [Sizes, !Ref Env, Bits]]]
  SubnetB:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: !Select [1, !GetAZs {Ref: "AWS::Region"}]
      CidrBlock: !Select [1, !Cidr [!Ref VpcBlock, 4, 6]]
  Table:
    Type: AWS::EC2::RouteTable
    Properties: {VpcId: !Ref Vpc}
  Gateway:
    Type: AWS::EC2::InternetGateway
  Attach:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Gateway}
  Default:
    Type: AWS::EC2::Route
    DependsOn: Attach
    Properties: {RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Gateway}
  ProdOnly:
    Type: AWS::EC2::Subnet
    Condition: IsProd
    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.9.0/24, AvailabilityZone: eu-west-1a}
  Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: !Join [".", [com.amazonaws, !Ref "AWS::Region", s3]]
      RouteTableIds: [!Ref Table]
  Queue:
    Type: AWS::SQS::Queue
)";
    CfnImport::Options options;
    options.region = QStringLiteral("eu-west-1");
    options.parameters.insert(QStringLiteral("VpcBlock"), QStringLiteral("10.1.0.0/16"));
    const CfnImport::Result r = CfnImport::read({{QStringLiteral("t.yaml"), text}}, options);
    QVERIFY(r.design);
    const Design &d = *r.design;
    const Vpc *vpc = d.findVpc(QStringLiteral("Vpc"));
    QVERIFY(vpc);
    QCOMPARE(vpc->cidrBlocks.value(0).toString(), QStringLiteral("10.1.0.0/16"));
    QCOMPARE(vpc->name, QStringLiteral("test-vpc"));
    QCOMPARE(vpc->region, QStringLiteral("eu-west-1"));
    QVERIFY(!vpc->dnsHostnames);
    // Fn::Cidr [10.1.0.0/16, 4, 6]: /26 blocks from the start.
    QCOMPARE(d.findSubnet(QStringLiteral("SubnetA"))->cidr.toString(), QStringLiteral("10.1.0.0/26"));
    QCOMPARE(d.findSubnet(QStringLiteral("SubnetB"))->cidr.toString(), QStringLiteral("10.1.0.64/26"));
    QCOMPARE(d.findSubnet(QStringLiteral("SubnetA"))->az, QStringLiteral("eu-west-1a"));
    QCOMPARE(d.findSubnet(QStringLiteral("SubnetB"))->az, QStringLiteral("eu-west-1b"));
    QVERIFY(!d.contains(QStringLiteral("ProdOnly"))); // its condition is false
    QCOMPARE(vpc->internetGateway()->id, QStringLiteral("Gateway"));
    const auto *table = d.find<RouteTable>(QStringLiteral("Table"), ObjectKind::RouteTable);
    QCOMPARE(table->routes.size(), 1);
    QCOMPARE(table->routes[0].target, QStringLiteral("Gateway"));
    const auto *endpoint = d.find<Endpoint>(QStringLiteral("Endpoint"), ObjectKind::Endpoint);
    QCOMPARE(endpoint->service, QStringLiteral("s3"));
    QCOMPARE(endpoint->routeTables, QStringList{QStringLiteral("Table")});
    // The queue is a warning with its place; nothing else is.
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].line, 53);
    QVERIFY(r.diagnostics[0].message.contains(QLatin1String("AWS::SQS::Queue")));
}

void TestCloudFormation::awsSamples_data()
{
    // AWS's own templates (tests/data/cfn/aws/SOURCES.md): what they create, and what the
    // network does once an instance stands in a private and a public subnet.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("parameters");
    QTest::addColumn<QStringList>("counts"); // subnets, route tables, NAT gateways, endpoints
    QTest::addColumn<QString>("privateSubnet");
    QTest::addColumn<QString>("publicSubnet");
    QTest::addColumn<int>("warnings");
    QTest::newRow("NAT and private subnets") << "VPC_With_Managed_NAT_And_Private_Subnet.yaml" << QStringList()
                                             << QStringList{"4", "3", "2", "0"} << "PrivateSubnet0"
                                             << "PublicSubnet0" << 0;
    QTest::newRow("AZs from a mapping") << "FindInMapAZs.yaml" << QStringList() << QStringList{"4", "3", "2", "0"}
                                        << "PrivateSubnet2"
                                        << "PublicSubnet1" << 0;
    QTest::newRow("quick start VPC") << "aws-vpc.template.yaml"
                                     << QStringList{"AvailabilityZones=us-east-1a,us-east-1b", "NumberOfAZs=2"}
                                     << QStringList{"4", "3", "2", "1"} << "PrivateSubnet2A"
                                     << "PublicSubnet2" << 2; // DHCP options and their association
    QTest::newRow("ECS cluster") << "public-vpc.yaml" << QStringList() << QStringList{"2", "1", "0", "0"} << QString()
                                 << "PublicSubnetTwo" << 10; // ECS, load balancers, IAM, auto scaling
}

void TestCloudFormation::awsSamples()
{
    QFETCH(QString, file);
    QFETCH(QStringList, parameters);
    QFETCH(QStringList, counts);
    QFETCH(QString, privateSubnet);
    QFETCH(QString, publicSubnet);
    QFETCH(int, warnings);
    QFile f(QStringLiteral(VPC_TEST_DATA "/cfn/aws/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    CfnImport::Options options;
    for (const QString &p : parameters)
        options.parameters.insert(p.section(QLatin1Char('='), 0, 0), p.section(QLatin1Char('='), 1));
    const CfnImport::Result r = CfnImport::read({{file, f.readAll()}}, options);
    QVERIFY(r.design);
    QStringList said;
    for (const Diagnostic &d : r.diagnostics)
        said.append(d.toString());
    QVERIFY2(r.diagnostics.size() == warnings, qPrintable(said.join(QLatin1Char('\n'))));
    Design &d = *r.design;
    QCOMPARE(d.vpcs().size(), size_t(1));
    Vpc *vpc = d.vpcs().at(0);
    QCOMPARE(QStringList({QString::number(vpc->subnets.size()), QString::number(vpc->routeTables.size()),
                          QString::number(vpc->natGateways.size()), QString::number(vpc->endpoints.size())}),
             counts);
    QVERIFY(vpc->internetGateway());

    // An instance in each subnet, as a user would drop them (a public address in the public
    // one), in a group that lets HTTPS in and everything out.
    auto group = std::make_unique<SecurityGroup>();
    group->id = QStringLiteral("sg-https");
    SgRule https;
    https.protocol = Protocol::parse("tcp").value();
    https.ports = PortRange::single(443);
    https.cidr = *Cidr::parse(QStringView(u"0.0.0.0/0"));
    group->ingress.append(https);
    ObjectPtr groupObject = std::move(group);
    QVERIFY(d.insert(vpc, groupObject));
    const auto place = [&](const QString &subnet, bool open) {
        ObjectPtr i = Placement::create(d, ObjectKind::Instance, {vpc->id, subnet, {}});
        auto *instance = static_cast<Instance *>(i.get());
        if (open)
            instance->publicIp = *IpAddress::parse(QStringView(u"54.0.0.10"));
        instance->securityGroups = {QStringLiteral("sg-https")};
        const QString id = i->id;
        Object *vpcObject = vpc;
        return d.insert(vpcObject, i) ? id : QString();
    };
    const QString web = place(publicSubnet, true);
    QVERIFY(!web.isEmpty());
    const QString app = privateSubnet.isEmpty() ? QString() : place(privateSubnet, false);
    const Simulator sim(d);
    const Reachability engine(sim);
    const auto prove = [&](const QString &from, const QString &to, IntentExpect expect) {
        Intent intent;
        intent.id = QStringLiteral("check");
        intent.from = {from};
        intent.to = {to};
        intent.protocol = Protocol::parse("tcp").value();
        intent.ports = {PortRange::single(443)};
        intent.expect = expect;
        const IntentResult result = IntentCheck(engine).check(intent);
        return result.status == IntentResult::Status::Holds ? QStringLiteral("holds") : result.message;
    };
    // The validators find no error in what AWS's templates build.
    for (const Finding &f : Validator().validate(d))
        QVERIFY2(f.severity != Severity::Error, qPrintable(f.rule + QLatin1String(": ") + f.message));
    // The public instance reaches the internet and is reached from it (where the ACLs let 443 in).
    QCOMPARE(prove(web, QStringLiteral("internet"), IntentExpect::Some), QStringLiteral("holds"));
    if (app.isEmpty())
        return;
    // The private one goes out through its NAT gateway, and nothing comes in.
    QCOMPARE(prove(app, QStringLiteral("internet"), IntentExpect::Some), QStringLiteral("holds"));
    QCOMPARE(prove(QStringLiteral("internet"), app, IntentExpect::None), QStringLiteral("holds"));
}

void TestCloudFormation::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("not YAML") << QByteArray("Resources: [a, b\n") << 2;
    QTest::newRow("a list") << QByteArray("- Resources\n") << 0;
    QTest::newRow("no resources") << QByteArray("AWSTemplateFormatVersion: x\n") << 1;
    QByteArray deep = "Resources: ";
    for (int i = 0; i < 600; ++i)
        deep += "[";
    QTest::newRow("deep") << deep << 1;
}

void TestCloudFormation::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    const CfnImport::Result r = CfnImport::read({{QStringLiteral("bad.yaml"), text}});
    QVERIFY(!r.design);
    QVERIFY(!r.diagnostics.isEmpty());
    QVERIFY(r.diagnostics.first().isError());
    QCOMPARE(r.diagnostics.first().line, line);
}

void TestCloudFormation::getAzs()
{
    QCOMPARE(CfnImport::availabilityZones(QStringLiteral("us-east-1")).size(), 6);
    QCOMPARE(CfnImport::availabilityZones(QStringLiteral("ap-northeast-1")),
             (QStringList{QStringLiteral("ap-northeast-1a"), QStringLiteral("ap-northeast-1c"),
                          QStringLiteral("ap-northeast-1d")}));
}

QTEST_MAIN(TestCloudFormation)
#include "tst_cloudformation.moc"
