// Endpoint and bucket policies evaluated as AWS does: explicit deny, then allow, no allow
// is a deny; wildcards, NotAction and NotResource, conditions and their keys.

#include "designformat.h"
#include "objects.h"
#include "policy.h"

#include <QTest>

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wildcards_data();
    void wildcards();
    void decisions_data();
    void decisions();
    void noPolicyAllows();
};

namespace {

/// The policy as a design file would hold it: an endpoint's `policy:` in YAML.
YamlValue policyOf(const QString &yaml)
{
    const QByteArray text = "vpc-designer: 1\nvpcs:\n  - id: v\n    region: us-east-1\n    cidr-blocks: [10.0.0.0/16]\n"
                            "    endpoints:\n      - id: e\n        type: gateway\n        service: s3\n"
                            "        policy: " +
                            yaml.toUtf8() + "\n";
    const LoadResult r = DesignFormat::read(text, QStringLiteral("policy.yaml"));
    if (!r.ok())
        qWarning() << r.firstError().toString();
    return r.ok() ? r.design->find<Endpoint>(QStringLiteral("e"), ObjectKind::Endpoint)->policy : YamlValue();
}

const char *const PrivateBucket =
    R"({Version: "2012-10-17", Statement: [{Sid: OnlyThroughTheEndpoint, Effect: Deny, Principal: "*", Action: "s3:*",)"
    R"( Resource: ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"],)"
    R"( Condition: {StringNotEquals: {"aws:SourceVpce": vpce-1a2b3c4d}}},)"
    R"( {Sid: ReadReports, Effect: Allow, Principal: {AWS: "111122223333"}, Action: ["s3:GetObject", "s3:List*"],)"
    R"( Resource: "arn:aws:s3:::reports/*"}]})";

} // namespace

void TestPolicy::wildcards_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("star") << "s3:*"
                          << "s3:GetObject" << true;
    QTest::newRow("prefix") << "s3:Get*"
                            << "s3:GetObject" << true;
    QTest::newRow("other prefix") << "s3:Put*"
                                  << "s3:GetObject" << false;
    QTest::newRow("question mark") << "arn:aws:s3:::report?/*"
                                   << "arn:aws:s3:::reports/a" << true;
    QTest::newRow("star in the middle") << "arn:aws:s3:::*/logs/*"
                                        << "arn:aws:s3:::b/logs/x" << true;
    QTest::newRow("no star") << "arn:aws:s3:::reports"
                             << "arn:aws:s3:::reports/a" << false;
    QTest::newRow("empty text") << "*"
                                << "" << true;
    QTest::newRow("many stars") << "a*b*c*d"
                                << "aXXbYYcZZd" << true;
    QTest::newRow("many stars, no end") << "a*b*c*d"
                                        << "aXXbYYcZZ" << false;
}

void TestPolicy::wildcards()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(Policy::wildcardMatch(pattern, text), matches);
}

void TestPolicy::decisions_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QStringList>("context"); // key=value
    QTest::addColumn<int>("effect");          // Policy::Decision::Effect
    QTest::addColumn<QString>("statement");
    const QString account = QStringLiteral("arn:aws:iam::111122223333:root");
    const QString other = QStringLiteral("arn:aws:iam::444455556666:root");
    const QString object = QStringLiteral("arn:aws:s3:::reports/q3.csv");
    using E = Policy::Decision::Effect;
    // AWS's "private bucket reachable only through a gateway endpoint" (S3 User Guide,
    // "Controlling access from VPC endpoints with bucket policies").
    QTest::newRow("through the endpoint")
        << PrivateBucket << "s3:GetObject" << object << account << QStringList{"aws:SourceVpce=vpce-1a2b3c4d"}
        << int(E::Allow) << "ReadReports";
    QTest::newRow("through another endpoint")
        << PrivateBucket << "s3:GetObject" << object << account << QStringList{"aws:SourceVpce=vpce-99999999"}
        << int(E::ExplicitDeny) << "OnlyThroughTheEndpoint";
    QTest::newRow("over the internet (no endpoint key)")
        << PrivateBucket << "s3:GetObject" << object << account << QStringList{"aws:SourceIp=54.1.1.10"}
        << int(E::ExplicitDeny) << "OnlyThroughTheEndpoint";
    QTest::newRow("another account, through the endpoint")
        << PrivateBucket << "s3:GetObject" << object << other << QStringList{"aws:SourceVpce=vpce-1a2b3c4d"}
        << int(E::ImplicitDeny) << "";
    QTest::newRow("an action not allowed") << PrivateBucket << "s3:PutObject" << object << account
                                           << QStringList{"aws:SourceVpce=vpce-1a2b3c4d"} << int(E::ImplicitDeny) << "";
    QTest::newRow("a wildcard action, case apart")
        << PrivateBucket << "S3:LISTBUCKET" << object << account << QStringList{"aws:SourceVpce=vpce-1a2b3c4d"}
        << int(E::Allow) << "ReadReports";
    // An endpoint policy that names no Sid: statements by number.
    const QString endpoint =
        QStringLiteral(R"({Statement: [{Effect: Allow, Principal: "*", NotAction: "s3:Delete*", Resource: "*"},)"
                       R"( {Effect: Deny, Principal: "*", Action: "s3:*", NotResource: ["arn:aws:s3:::reports/*"],)"
                       R"( Condition: {Bool: {"aws:SecureTransport": "false"}}}]})");
    QTest::newRow("NotAction allows the rest")
        << endpoint << "s3:GetObject" << object << account << QStringList{"aws:SecureTransport=true"} << int(E::Allow)
        << "statement 1";
    QTest::newRow("NotAction leaves deletes out")
        << endpoint << "s3:DeleteObject" << object << account << QStringList{"aws:SecureTransport=true"}
        << int(E::ImplicitDeny) << "";
    QTest::newRow("NotResource with a condition")
        << endpoint << "s3:GetObject"
        << "arn:aws:s3:::other/x" << account << QStringList{"aws:SecureTransport=false"} << int(E::ExplicitDeny)
        << "statement 2";
    QTest::newRow("NotResource spares its resources")
        << endpoint << "s3:GetObject" << object << account << QStringList{"aws:SecureTransport=false"} << int(E::Allow)
        << "statement 1";
    // Addresses, VPCs, accounts, and ...IfExists.
    const QString conditions = QStringLiteral(
        R"({Statement: [{Sid: FromTheOffice, Effect: Allow, Principal: "*", Action: "s3:*", Resource: "*",)"
        R"( Condition: {IpAddress: {"aws:SourceIp": ["203.0.113.0/24", "198.51.100.7"]}}},)"
        R"( {Sid: FromTheVpc, Effect: Allow, Principal: "*", Action: "s3:*", Resource: "*",)"
        R"( Condition: {StringEquals: {"aws:SourceVpc": vpc-a, "aws:PrincipalAccount": "111122223333"},)"
        R"( NotIpAddress: {"aws:VpcSourceIp": 10.0.99.0/24}}},)"
        R"( {Sid: NoOtherAccounts, Effect: Deny, Principal: "*", Action: "s3:*", Resource: "*",)"
        R"( Condition: {StringNotEqualsIfExists: {"aws:PrincipalAccount": "111122223333"}}},)"
        R"( {Sid: OnlyLikeIt, Effect: Deny, Principal: "*", Action: "s3:*", Resource: "*",)"
        R"( Condition: {StringNotLikeIfExists: {"aws:SourceVpce": "vpce-1*"}}}]})");
    QTest::newRow("IpAddress, a block") << conditions << "s3:GetObject" << object << account
                                        << QStringList{"aws:SourceIp=203.0.113.9", "aws:PrincipalAccount=111122223333",
                                                       "aws:SourceVpce=vpce-1a2b"}
                                        << int(E::Allow) << "FromTheOffice";
    QTest::newRow("IpAddress, a single address")
        << conditions << "s3:GetObject" << object << account
        << QStringList{"aws:SourceIp=198.51.100.7", "aws:PrincipalAccount=111122223333", "aws:SourceVpce=vpce-1a2b"}
        << int(E::Allow) << "FromTheOffice";
    QTest::newRow("...IfExists holds when the key is absent")
        << conditions << "s3:GetObject" << object << account
        << QStringList{"aws:SourceIp=198.51.100.7", "aws:PrincipalAccount=111122223333"} << int(E::ExplicitDeny)
        << "OnlyLikeIt";
    QTest::newRow("StringEquals on two keys, NotIpAddress")
        << conditions << "s3:GetObject" << object << account
        << QStringList{"aws:SourceVpc=vpc-a", "aws:PrincipalAccount=111122223333", "aws:VpcSourceIp=10.0.1.10",
                       "aws:SourceVpce=vpce-1a2b"}
        << int(E::Allow) << "FromTheVpc";
    QTest::newRow("NotIpAddress excludes a subnet")
        << conditions << "s3:GetObject" << object << account
        << QStringList{"aws:SourceVpc=vpc-a", "aws:PrincipalAccount=111122223333", "aws:VpcSourceIp=10.0.99.4",
                       "aws:SourceVpce=vpce-1a2b"}
        << int(E::ImplicitDeny) << "";
    QTest::newRow("an explicit deny beats an allow")
        << conditions << "s3:GetObject" << object << other
        << QStringList{"aws:SourceIp=203.0.113.9", "aws:PrincipalAccount=444455556666"} << int(E::ExplicitDeny)
        << "NoOtherAccounts";
    QTest::newRow("StringNotLike with a wildcard")
        << conditions << "s3:GetObject" << object << account
        << QStringList{"aws:SourceVpc=vpc-a", "aws:PrincipalAccount=111122223333", "aws:SourceVpce=vpce-2b"}
        << int(E::ExplicitDeny) << "OnlyLikeIt";
    QTest::newRow("ArnLike on a principal")
        << QStringLiteral(
               R"({Statement: [{Effect: Allow, Principal: {AWS: ["arn:aws:iam::111122223333:role/*"]}, Action: "s3:*",)"
               R"( Resource: "*", Condition: {ArnLike: {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/app-*"}}}]})")
        << "s3:GetObject" << object << "arn:aws:iam::111122223333:role/app-web"
        << QStringList{"aws:PrincipalArn=arn:aws:iam::111122223333:role/app-web"} << int(E::Allow) << "statement 1";
    // A flow that names no bucket is taken to be for the buckets the policy names: Resource
    // matches it and NotResource leaves it out (the usual endpoint policy, s3:* on the
    // company's buckets and a deny of everything else, must not deny every flow).
    const QString ownBuckets = QStringLiteral(
        R"({Statement: [{Sid: OwnBuckets, Effect: Allow, Principal: "*", Action: "s3:*",)"
        R"( Resource: ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]},)"
        R"( {Sid: NothingElse, Effect: Deny, Principal: "*", Action: "s3:*", NotResource: "arn:aws:s3:::reports*"}]})");
    QTest::newRow("no resource named: Resource matches")
        << ownBuckets << "s3:GetObject"
        << "" << account << QStringList{} << int(E::Allow) << "OwnBuckets";
    QTest::newRow("a resource named outside")
        << ownBuckets << "s3:GetObject"
        << "arn:aws:s3:::other/x" << account << QStringList{} << int(E::ExplicitDeny) << "NothingElse";
    // An account's root ARN stands for every principal of the account.
    QTest::newRow("a root ARN means the account")
        << QStringLiteral(R"({Statement: [{Effect: Allow, Principal: {AWS: "arn:aws:iam::111122223333:root"},)"
                          R"( Action: "s3:*", Resource: "*"}]})")
        << "s3:GetObject" << object << "arn:aws:iam::111122223333:role/app" << QStringList{} << int(E::Allow)
        << "statement 1";
    QTest::newRow("a root ARN of another account")
        << QStringLiteral(R"({Statement: [{Effect: Allow, Principal: {AWS: "arn:aws:iam::111122223333:root"},)"
                          R"( Action: "s3:*", Resource: "*"}]})")
        << "s3:GetObject" << object << other << QStringList{} << int(E::ImplicitDeny) << "";
    QTest::newRow("an unknown operator matches nothing")
        << QStringLiteral(R"({Statement: [{Effect: Allow, Principal: "*", Action: "*", Resource: "*",)"
                          R"( Condition: {DateGreaterThan: {"aws:CurrentTime": "2020-01-01T00:00:00Z"}}}]})")
        << "s3:GetObject" << object << account << QStringList{} << int(E::ImplicitDeny) << "";
}

void TestPolicy::decisions()
{
    QFETCH(QString, policy);
    QFETCH(QString, action);
    QFETCH(QString, resource);
    QFETCH(QString, principal);
    QFETCH(QStringList, context);
    QFETCH(int, effect);
    QFETCH(QString, statement);
    const YamlValue p = policyOf(policy);
    QVERIFY(!p.isNull());
    Policy::Request request;
    request.action = action;
    request.resource = resource;
    request.principal = principal;
    for (const QString &kv : context)
        request.context.insert(kv.section(QLatin1Char('='), 0, 0).toLower(), kv.section(QLatin1Char('='), 1));
    const Policy::Decision d = Policy::evaluate(p, request);
    QCOMPARE(int(d.effect), effect);
    QCOMPARE(d.statement, statement);
}

void TestPolicy::noPolicyAllows()
{
    // No policy written: the default endpoint policy, full access.
    QVERIFY(Policy::evaluate(YamlValue(), Policy::Request()).allowed());
    // A policy without statements allows nothing.
    QVERIFY(!Policy::evaluate(YamlValue::emptyMapping(), Policy::Request()).allowed());
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
