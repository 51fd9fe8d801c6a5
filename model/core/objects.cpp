#include "objects.h"

#include <QCoreApplication>
#include <QCryptographicHash>

ChildList::ChildList(const ChildList &other) : ObjectList()
{
    reserve(other.size());
    for (const ObjectPtr &o : other)
        push_back(o->clone());
}

void ChildList::adopt(Object *parent)
{
    for (const ObjectPtr &o : *this)
        o->parent = parent;
}

SgRuleList SecurityGroup::effectiveEgress() const
{
    if (egress)
        return *egress;
    SgRule v4;
    v4.cidr = *Cidr::parse(std::string_view("0.0.0.0/0"));
    SgRule v6;
    v6.cidr = *Cidr::parse(std::string_view("::/0"));
    return {v4, v6};
}

QString Instance::effectiveEni() const
{
    if (!eni.isEmpty())
        return eni;
    // 17 hex digits, as AWS's interface ids have, from a hash of the id.
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("eni-") + QString::fromLatin1(hash.toHex().left(17));
}

ObjectPtr Vpc::clone() const
{
    auto c = std::make_unique<Vpc>(*this);
    for (ObjectKind k : {ObjectKind::InternetGateway, ObjectKind::EgressOnlyInternetGateway, ObjectKind::Subnet,
                         ObjectKind::RouteTable, ObjectKind::NetworkAcl, ObjectKind::SecurityGroup,
                         ObjectKind::NatGateway, ObjectKind::Endpoint, ObjectKind::Instance, ObjectKind::FlowLog})
        static_cast<ChildList *>(c->childList(k))->adopt(c.get());
    return c;
}

Gateway *Vpc::internetGateway() const
{
    return internetGateways.empty() ? nullptr : static_cast<Gateway *>(internetGateways[0].get());
}

Gateway *Vpc::egressOnlyGateway() const
{
    return egressOnlyGateways.empty() ? nullptr : static_cast<Gateway *>(egressOnlyGateways[0].get());
}

ObjectList *Vpc::childList(ObjectKind k)
{
    return const_cast<ObjectList *>(std::as_const(*this).childList(k));
}

const ObjectList *Vpc::childList(ObjectKind k) const
{
    switch (k) {
    case ObjectKind::InternetGateway:
        return &internetGateways;
    case ObjectKind::EgressOnlyInternetGateway:
        return &egressOnlyGateways;
    case ObjectKind::Subnet:
        return &subnets;
    case ObjectKind::RouteTable:
        return &routeTables;
    case ObjectKind::NetworkAcl:
        return &networkAcls;
    case ObjectKind::SecurityGroup:
        return &securityGroups;
    case ObjectKind::NatGateway:
        return &natGateways;
    case ObjectKind::Endpoint:
        return &endpoints;
    case ObjectKind::Instance:
        return &instances;
    case ObjectKind::FlowLog:
        return &flowLogs;
    default:
        return nullptr;
    }
}

QString PeeringConnection::peerOf(const QString &vpcId) const
{
    if (vpcId == requester)
        return accepter;
    if (vpcId == accepter)
        return requester;
    return {};
}

QDateTime Scenario::defaultStart()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

ObjectPtr Scenario::clone() const
{
    auto c = std::make_unique<Scenario>(*this);
    c->flows.adopt(c.get());
    return c;
}

QString objectNameOf(const Object &o)
{
    switch (o.kind) {
    case ObjectKind::Vpc:
        return static_cast<const Vpc &>(o).name;
    case ObjectKind::Subnet:
        return static_cast<const Subnet &>(o).name;
    case ObjectKind::RouteTable:
        return static_cast<const RouteTable &>(o).name;
    case ObjectKind::NetworkAcl:
        return static_cast<const NetworkAcl &>(o).name;
    case ObjectKind::SecurityGroup:
        return static_cast<const SecurityGroup &>(o).name;
    case ObjectKind::NatGateway:
        return static_cast<const NatGateway &>(o).name;
    case ObjectKind::Endpoint:
        return static_cast<const Endpoint &>(o).name;
    case ObjectKind::Instance:
        return static_cast<const Instance &>(o).name;
    case ObjectKind::PeeringConnection:
        return static_cast<const PeeringConnection &>(o).name;
    case ObjectKind::Bucket:
        return static_cast<const Bucket &>(o).name;
    case ObjectKind::Intent:
        return static_cast<const Intent &>(o).name;
    default:
        return {};
    }
}

QString kindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Vpc:
        return QCoreApplication::translate("ObjectKind", "VPC");
    case ObjectKind::InternetGateway:
        return QCoreApplication::translate("ObjectKind", "internet gateway");
    case ObjectKind::EgressOnlyInternetGateway:
        return QCoreApplication::translate("ObjectKind", "egress-only internet gateway");
    case ObjectKind::Subnet:
        return QCoreApplication::translate("ObjectKind", "subnet");
    case ObjectKind::RouteTable:
        return QCoreApplication::translate("ObjectKind", "route table");
    case ObjectKind::NetworkAcl:
        return QCoreApplication::translate("ObjectKind", "network ACL");
    case ObjectKind::SecurityGroup:
        return QCoreApplication::translate("ObjectKind", "security group");
    case ObjectKind::NatGateway:
        return QCoreApplication::translate("ObjectKind", "NAT gateway");
    case ObjectKind::Endpoint:
        return QCoreApplication::translate("ObjectKind", "endpoint");
    case ObjectKind::Instance:
        return QCoreApplication::translate("ObjectKind", "instance");
    case ObjectKind::FlowLog:
        return QCoreApplication::translate("ObjectKind", "flow log");
    case ObjectKind::PeeringConnection:
        return QCoreApplication::translate("ObjectKind", "peering connection");
    case ObjectKind::Bucket:
        return QCoreApplication::translate("ObjectKind", "S3 bucket");
    case ObjectKind::Intent:
        return QCoreApplication::translate("ObjectKind", "intent");
    case ObjectKind::Scenario:
        return QCoreApplication::translate("ObjectKind", "scenario");
    case ObjectKind::Flow:
        return QCoreApplication::translate("ObjectKind", "flow");
    }
    return {};
}

QString kindNameWithArticle(ObjectKind kind)
{
    // Whole phrases, so that English gets "an instance" and other languages their own
    // article and case.
    switch (kind) {
    case ObjectKind::Vpc:
        return QCoreApplication::translate("ObjectKind", "a VPC");
    case ObjectKind::InternetGateway:
        return QCoreApplication::translate("ObjectKind", "an internet gateway");
    case ObjectKind::EgressOnlyInternetGateway:
        return QCoreApplication::translate("ObjectKind", "an egress-only internet gateway");
    case ObjectKind::Subnet:
        return QCoreApplication::translate("ObjectKind", "a subnet");
    case ObjectKind::RouteTable:
        return QCoreApplication::translate("ObjectKind", "a route table");
    case ObjectKind::NetworkAcl:
        return QCoreApplication::translate("ObjectKind", "a network ACL");
    case ObjectKind::SecurityGroup:
        return QCoreApplication::translate("ObjectKind", "a security group");
    case ObjectKind::NatGateway:
        return QCoreApplication::translate("ObjectKind", "a NAT gateway");
    case ObjectKind::Endpoint:
        return QCoreApplication::translate("ObjectKind", "an endpoint");
    case ObjectKind::Instance:
        return QCoreApplication::translate("ObjectKind", "an instance");
    case ObjectKind::FlowLog:
        return QCoreApplication::translate("ObjectKind", "a flow log");
    case ObjectKind::PeeringConnection:
        return QCoreApplication::translate("ObjectKind", "a peering connection");
    case ObjectKind::Bucket:
        return QCoreApplication::translate("ObjectKind", "an S3 bucket");
    case ObjectKind::Intent:
        return QCoreApplication::translate("ObjectKind", "an intent");
    case ObjectKind::Scenario:
        return QCoreApplication::translate("ObjectKind", "a scenario");
    case ObjectKind::Flow:
        return QCoreApplication::translate("ObjectKind", "a flow");
    }
    return {};
}

const char *kindTag(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Vpc:
        return "vpc";
    case ObjectKind::InternetGateway:
        return "internet-gateway";
    case ObjectKind::EgressOnlyInternetGateway:
        return "egress-only-internet-gateway";
    case ObjectKind::Subnet:
        return "subnet";
    case ObjectKind::RouteTable:
        return "route-table";
    case ObjectKind::NetworkAcl:
        return "network-acl";
    case ObjectKind::SecurityGroup:
        return "security-group";
    case ObjectKind::NatGateway:
        return "nat-gateway";
    case ObjectKind::Endpoint:
        return "endpoint";
    case ObjectKind::Instance:
        return "instance";
    case ObjectKind::FlowLog:
        return "flow-log";
    case ObjectKind::PeeringConnection:
        return "peering-connection";
    case ObjectKind::Bucket:
        return "bucket";
    case ObjectKind::Intent:
        return "intent";
    case ObjectKind::Scenario:
        return "scenario";
    case ObjectKind::Flow:
        return "flow";
    }
    return "";
}

QString kindIdPrefix(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Vpc:
        return QStringLiteral("vpc-");
    case ObjectKind::InternetGateway:
        return QStringLiteral("igw-");
    case ObjectKind::EgressOnlyInternetGateway:
        return QStringLiteral("eigw-");
    case ObjectKind::Subnet:
        return QStringLiteral("subnet-");
    case ObjectKind::RouteTable:
        return QStringLiteral("rtb-");
    case ObjectKind::NetworkAcl:
        return QStringLiteral("acl-");
    case ObjectKind::SecurityGroup:
        return QStringLiteral("sg-");
    case ObjectKind::NatGateway:
        return QStringLiteral("nat-");
    case ObjectKind::Endpoint:
        return QStringLiteral("vpce-");
    case ObjectKind::Instance:
        return QStringLiteral("i-");
    case ObjectKind::FlowLog:
        return QStringLiteral("fl-");
    case ObjectKind::PeeringConnection:
        return QStringLiteral("pcx-");
    case ObjectKind::Bucket:
        return QStringLiteral("bucket-");
    case ObjectKind::Intent:
        return QStringLiteral("intent-");
    case ObjectKind::Scenario:
        return QStringLiteral("scenario-");
    case ObjectKind::Flow:
        return QStringLiteral("flow-");
    }
    return {};
}

bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' ||
                        u == '_' || u == '.';
        if (!ok)
            return false;
    }
    return true;
}

bool isValidAccount(QStringView account)
{
    if (account.size() != 12)
        return false;
    for (QChar c : account)
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    return true;
}
