#include "awsdescribe.h"

#include "cfnintrinsics.h"
#include "designformat.h"
#include "parallel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CfnImport)
};

const QStringList Known = {QStringLiteral("Vpcs"),
                           QStringLiteral("Subnets"),
                           QStringLiteral("RouteTables"),
                           QStringLiteral("NetworkAcls"),
                           QStringLiteral("SecurityGroups"),
                           QStringLiteral("InternetGateways"),
                           QStringLiteral("EgressOnlyInternetGateways"),
                           QStringLiteral("NatGateways"),
                           QStringLiteral("VpcEndpoints"),
                           QStringLiteral("VpcPeeringConnections"),
                           QStringLiteral("Reservations"),
                           QStringLiteral("NetworkInterfaces"),
                           QStringLiteral("FlowLogs"),
                           QStringLiteral("PrefixLists")};

/// AWS's default flow-log format, as describe-flow-logs prints it.
const QString DefaultFormat =
    QStringLiteral("${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} "
                   "${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} "
                   "${log-status}");

QString s(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QString nameOf(const QJsonObject &o)
{
    for (const QJsonValue tag : o.value(u"Tags").toArray())
        if (tag.toObject().value(u"Key").toString() == QLatin1String("Name"))
            return tag.toObject().value(u"Value").toString();
    return {};
}

class Reader
{
public:
    Reader(Design &design, DiagnosticList &diagnostics, const CfnImport::Options &options)
        : mDesign(design), mDiagnostics(diagnostics), mOptions(options)
    {}
    bool add(const QString &file, const QByteArray &data, const QJsonDocument &doc, const QJsonParseError &error);
    void build();

private:
    void warn(const QString &where, const QString &message)
    {
        const auto at = mWhere.constFind(where);
        if (at == mWhere.cend()) {
            mDiagnostics.append(
                {Diagnostic::Severity::Warning, QString(), 0, 0, QStringLiteral("%1: %2").arg(where, message)});
            return;
        }
        QString path = QStringLiteral("$.%1[%2]").arg(at->key).arg(at->index);
        if (at->instance >= 0)
            path += QStringLiteral(".Instances[%1]").arg(at->instance);
        mDiagnostics.append(
            {Diagnostic::Severity::Warning, at->file, 0, 0, QStringLiteral("%1 (%2): %3").arg(path, where, message)});
    }
    template <class T> T *place(std::unique_ptr<T> object, Object *parent, const QString &where)
    {
        T *raw = object.get();
        ObjectPtr owned = std::move(object);
        if (!mDesign.insert(parent, owned)) {
            warn(where, Tr::tr("its id is taken, or its container is missing; left out"));
            return nullptr;
        }
        return raw;
    }
    std::optional<Cidr> block(const QString &where, const QString &text)
    {
        QString why;
        auto c = Cidr::parse(text, &why);
        if (!c)
            warn(where, Tr::tr("'%1' is no block: %2").arg(text, why));
        return c;
    }
    QString prefixList(const QString &id) const { return mPrefixLists.value(id, id); }
    Vpc *vpc(const QString &where, const QString &id)
    {
        Vpc *v = mDesign.findVpc(id);
        if (!v)
            warn(where, Tr::tr("its VPC %1 is not in the files; left out").arg(id));
        return v;
    }
    std::optional<SgRule> rules(const QJsonObject &permission, const QString &where, SgRuleList &into);

    Design &mDesign;
    DiagnosticList &mDiagnostics;
    const CfnImport::Options &mOptions;
    QHash<QString, QList<QJsonObject>> mItems; // by describe key, from every file
    /// Where an item is described: its file and its JSON path ($.RouteTables[2]), put
    /// into words only for a warning.
    struct Where
    {
        QString file;
        QString key;
        qsizetype index = 0;
        qsizetype instance = -1; // in a reservation's Instances
    };
    QHash<QString, Where> mWhere;         // by the item's id
    QHash<QString, QString> mPrefixLists; // pl-... -> service:NAME
    QHash<QString, QString> mEniOwner;    // eni-... -> its instance
};

bool Reader::add(const QString &file, const QByteArray &data, const QJsonDocument &doc, const QJsonParseError &error)
{
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const QByteArray before = data.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(error.offset - before.lastIndexOf('\n'));
        mDiagnostics.append({Diagnostic::Severity::Error, file, doc.isObject() || error.error ? line : 1,
                             doc.isObject() || error.error ? column : 1,
                             error.error ? error.errorString() : Tr::tr("not AWS CLI output: its top is no object")});
        return false;
    }
    const QJsonObject top = doc.object();
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (!Known.contains(it.key())) {
            if (it.key() != QLatin1String("NextToken"))
                mDiagnostics.append({Diagnostic::Severity::Warning, file, 0, 0,
                                     Tr::tr("%1 is not describe output the designer reads; left out").arg(it.key())});
            continue;
        }
        // Each item's own id, so that a warning names its file and its JSON path.
        static const QHash<QString, const char *> ownId = {
            {QStringLiteral("Vpcs"), "VpcId"},
            {QStringLiteral("Subnets"), "SubnetId"},
            {QStringLiteral("RouteTables"), "RouteTableId"},
            {QStringLiteral("NetworkAcls"), "NetworkAclId"},
            {QStringLiteral("SecurityGroups"), "GroupId"},
            {QStringLiteral("InternetGateways"), "InternetGatewayId"},
            {QStringLiteral("EgressOnlyInternetGateways"), "EgressOnlyInternetGatewayId"},
            {QStringLiteral("NatGateways"), "NatGatewayId"},
            {QStringLiteral("VpcEndpoints"), "VpcEndpointId"},
            {QStringLiteral("VpcPeeringConnections"), "VpcPeeringConnectionId"},
            {QStringLiteral("NetworkInterfaces"), "NetworkInterfaceId"},
            {QStringLiteral("FlowLogs"), "FlowLogId"},
            {QStringLiteral("PrefixLists"), "PrefixListId"}};
        const QJsonArray list = it.value().toArray();
        const bool reservations = it.key() == QLatin1String("Reservations");
        QList<QJsonObject> &items = mItems[reservations ? QStringLiteral("Instances") : it.key()];
        const char *idKey = ownId.value(it.key());
        mWhere.reserve(mWhere.size() + list.size());
        for (qsizetype index = 0; index < list.size(); ++index) {
            const QJsonObject o = list[index].toObject();
            if (reservations) {
                const QJsonArray instances = o.value(u"Instances").toArray();
                for (qsizetype j = 0; j < instances.size(); ++j) {
                    const QJsonObject instance = instances[j].toObject();
                    items.append(instance);
                    mWhere.insert(s(instance, "InstanceId"), {file, it.key(), index, j});
                }
                continue;
            }
            items.append(o);
            const QString id = idKey ? s(o, idKey) : QString();
            if (!id.isEmpty())
                mWhere.insert(id, {file, it.key(), index});
        }
    }
    return true;
}

std::optional<SgRule> Reader::rules(const QJsonObject &p, const QString &where, SgRuleList &into)
{
    const auto protocol = Protocol::parse(s(p, "IpProtocol").toStdString());
    if (!protocol) {
        warn(where, Tr::tr("IpProtocol '%1' is no protocol; the rule is left out").arg(s(p, "IpProtocol")));
        return std::nullopt;
    }
    SgRule base;
    base.protocol = *protocol;
    if (protocol->hasPorts() && p.contains(u"FromPort"))
        base.ports = {p.value(u"FromPort").toInt(), p.value(u"ToPort").toInt()};
    for (const QJsonValue r : p.value(u"IpRanges").toArray())
        if (const auto c = block(where, s(r.toObject(), "CidrIp"))) {
            SgRule rule = base;
            rule.cidr = *c;
            into.append(rule);
        }
    for (const QJsonValue r : p.value(u"Ipv6Ranges").toArray())
        if (const auto c = block(where, s(r.toObject(), "CidrIpv6"))) {
            SgRule rule = base;
            rule.cidr = *c;
            into.append(rule);
        }
    for (const QJsonValue r : p.value(u"UserIdGroupPairs").toArray()) {
        SgRule rule = base;
        rule.group = s(r.toObject(), "GroupId");
        into.append(rule);
    }
    for (const QJsonValue r : p.value(u"PrefixListIds").toArray()) {
        SgRule rule = base;
        rule.group = prefixList(s(r.toObject(), "PrefixListId"));
        into.append(rule);
    }
    return base;
}

void Reader::build()
{
    // Managed prefix lists: com.amazonaws.REGION.SERVICE is service:SERVICE.
    static const QRegularExpression managed(QStringLiteral("^com\\.amazonaws\\.[a-z0-9-]+\\.(s3|dynamodb)$"));
    for (const QJsonObject &p : mItems.value(QStringLiteral("PrefixLists")))
        if (const auto m = managed.match(s(p, "PrefixListName")); m.hasMatch())
            mPrefixLists.insert(s(p, "PrefixListId"), QStringLiteral("service:") + m.captured(1));
    // A VPC's region: its subnets' AZ names say it.
    QHash<QString, QString> regionOf;
    for (const QJsonObject &sn : mItems.value(QStringLiteral("Subnets")))
        regionOf.insert(s(sn, "VpcId"), s(sn, "AvailabilityZone").remove(QRegularExpression(QStringLiteral("[a-z]$"))));
    for (const QJsonObject &p : mItems.value(QStringLiteral("VpcPeeringConnections")))
        for (const char *side : {"RequesterVpcInfo", "AccepterVpcInfo"}) {
            const QJsonObject info = p.value(QLatin1String(side)).toObject();
            if (!s(info, "Region").isEmpty() && !regionOf.contains(s(info, "VpcId")))
                regionOf.insert(s(info, "VpcId"), s(info, "Region"));
        }

    for (const QJsonObject &o : mItems.value(QStringLiteral("Vpcs"))) {
        auto v = std::make_unique<Vpc>();
        v->id = s(o, "VpcId");
        v->name = nameOf(o);
        v->region = regionOf.value(v->id, mOptions.region.isEmpty() ? QStringLiteral("us-east-1") : mOptions.region);
        if (!s(o, "OwnerId").isEmpty())
            v->account = s(o, "OwnerId");
        QStringList blocks{s(o, "CidrBlock")};
        for (const QJsonValue a : o.value(u"CidrBlockAssociationSet").toArray())
            if (!blocks.contains(s(a.toObject(), "CidrBlock")) &&
                s(a.toObject().value(u"CidrBlockState").toObject(), "State") != QLatin1String("disassociated"))
                blocks.append(s(a.toObject(), "CidrBlock"));
        for (const QString &b : blocks)
            if (const auto c = block(v->id, b))
                v->cidrBlocks.append(*c);
        for (const QJsonValue a : o.value(u"Ipv6CidrBlockAssociationSet").toArray())
            if (const auto c = block(v->id, s(a.toObject(), "Ipv6CidrBlock")))
                v->ipv6CidrBlocks.append(*c);
        v->dnsHostnames = o.value(u"IsDefault").toBool(); // describe-vpc-attribute says more; AWS's defaults
        if (v->cidrBlocks.isEmpty())
            continue;
        const QString where = v->id;
        place(std::move(v), nullptr, where);
    }
    for (const char *key : {"InternetGateways", "EgressOnlyInternetGateways"}) {
        const bool egress = QLatin1String(key) == QLatin1String("EgressOnlyInternetGateways");
        for (const QJsonObject &o : mItems.value(QLatin1String(key))) {
            const QString id = s(o, egress ? "EgressOnlyInternetGatewayId" : "InternetGatewayId");
            const QJsonArray attachments = o.value(u"Attachments").toArray();
            if (attachments.isEmpty()) {
                warn(id, Tr::tr("attached to no VPC; left out"));
                continue;
            }
            if (Vpc *v = vpc(id, s(attachments.first().toObject(), "VpcId"))) {
                auto g = std::make_unique<Gateway>(egress ? ObjectKind::EgressOnlyInternetGateway
                                                          : ObjectKind::InternetGateway);
                g->id = id;
                place(std::move(g), v, id);
            }
        }
    }
    for (const QJsonObject &o : mItems.value(QStringLiteral("Subnets"))) {
        Vpc *v = vpc(s(o, "SubnetId"), s(o, "VpcId"));
        const auto c = v ? block(s(o, "SubnetId"), s(o, "CidrBlock")) : std::nullopt;
        if (!c)
            continue;
        auto sn = std::make_unique<Subnet>();
        sn->id = s(o, "SubnetId");
        sn->name = nameOf(o);
        sn->az = s(o, "AvailabilityZone");
        sn->cidr = *c;
        for (const QJsonValue a : o.value(u"Ipv6CidrBlockAssociationSet").toArray())
            if (const auto b = block(sn->id, s(a.toObject(), "Ipv6CidrBlock")))
                sn->ipv6Cidr = *b;
        place(std::move(sn), v, s(o, "SubnetId"));
    }
    for (const QJsonObject &o : mItems.value(QStringLiteral("RouteTables"))) {
        const QString id = s(o, "RouteTableId");
        Vpc *v = vpc(id, s(o, "VpcId"));
        if (!v)
            continue;
        auto t = std::make_unique<RouteTable>();
        t->id = id;
        t->name = nameOf(o);
        for (const QJsonValue a : o.value(u"Associations").toArray()) {
            t->main = t->main || a.toObject().value(u"Main").toBool();
            if (Subnet *sn = mDesign.findSubnet(s(a.toObject(), "SubnetId")))
                sn->routeTable = id;
        }
        for (const QJsonValue r : o.value(u"Routes").toArray()) {
            const QJsonObject ro = r.toObject();
            const QString gateway = s(ro, "GatewayId");
            if (gateway == QLatin1String("local") || gateway.startsWith(QLatin1String("vpce-")))
                continue; // AWS's own, and a gateway endpoint's (its route tables say them)
            Route route;
            if (!s(ro, "DestinationPrefixListId").isEmpty()) {
                route.prefixList = prefixList(s(ro, "DestinationPrefixListId"));
            } else if (const auto c =
                           block(id, !s(ro, "DestinationCidrBlock").isEmpty() ? s(ro, "DestinationCidrBlock")
                                                                              : s(ro, "DestinationIpv6CidrBlock"))) {
                route.destination = *c;
            } else {
                continue;
            }
            for (const char *key : {"GatewayId", "NatGatewayId", "EgressOnlyInternetGatewayId",
                                    "VpcPeeringConnectionId", "InstanceId", "NetworkInterfaceId"})
                if (route.target.isEmpty() && !s(ro, key).isEmpty())
                    route.target = s(ro, key);
            if (route.target.isEmpty() || route.target.startsWith(QLatin1String("vgw-"))) {
                warn(id, Tr::tr("the route to %1 goes through %2, which the designer does not model; left out")
                             .arg(route.destinationText(),
                                  route.target.isEmpty() ? QStringLiteral("a transit or VPN gateway") : route.target));
                continue;
            }
            t->routes.append(route);
        }
        place(std::move(t), v, id);
    }
    for (const QJsonObject &o : mItems.value(QStringLiteral("NetworkAcls"))) {
        const QString id = s(o, "NetworkAclId");
        Vpc *v = vpc(id, s(o, "VpcId"));
        if (!v)
            continue;
        auto a = std::make_unique<NetworkAcl>();
        a->id = id;
        a->name = nameOf(o);
        a->isDefault = o.value(u"IsDefault").toBool();
        for (const QJsonValue e : o.value(u"Entries").toArray()) {
            const QJsonObject eo = e.toObject();
            if (eo.value(u"RuleNumber").toInt() == 32767)
                continue; // the final deny every ACL has
            NaclRule rule;
            rule.number = eo.value(u"RuleNumber").toInt();
            rule.protocol = Protocol::parse(s(eo, "Protocol").toStdString()).value_or(Protocol());
            rule.allow = s(eo, "RuleAction") == QLatin1String("allow");
            const auto c = block(id, !s(eo, "CidrBlock").isEmpty() ? s(eo, "CidrBlock") : s(eo, "Ipv6CidrBlock"));
            if (!c)
                continue;
            rule.cidr = *c;
            if (rule.protocol.hasPorts() && eo.contains(u"PortRange"))
                rule.ports = {eo.value(u"PortRange").toObject().value(u"From").toInt(),
                              eo.value(u"PortRange").toObject().value(u"To").toInt()};
            (eo.value(u"Egress").toBool() ? a->egress : a->ingress).append(rule);
        }
        for (const QJsonValue as : o.value(u"Associations").toArray())
            if (Subnet *sn = mDesign.findSubnet(s(as.toObject(), "SubnetId")); sn && !a->isDefault)
                sn->networkAcl = id;
        place(std::move(a), v, id);
    }
    for (const QJsonObject &o : mItems.value(QStringLiteral("SecurityGroups"))) {
        const QString id = s(o, "GroupId");
        Vpc *v = vpc(id, s(o, "VpcId"));
        if (!v)
            continue;
        auto g = std::make_unique<SecurityGroup>();
        g->id = id;
        g->name = s(o, "GroupName");
        g->description = s(o, "Description");
        for (const QJsonValue p : o.value(u"IpPermissions").toArray())
            rules(p.toObject(), id, g->ingress);
        SgRuleList egress;
        for (const QJsonValue p : o.value(u"IpPermissionsEgress").toArray())
            rules(p.toObject(), id, egress);
        // AWS's allow-all out is what no egress rule means in a design.
        const bool allowAll = egress.size() >= 1 && std::all_of(egress.begin(), egress.end(), [](const SgRule &r) {
                                  return r.protocol.isAll() && !r.isGroupReference() && r.cidr.prefixLength() == 0;
                              });
        if (!allowAll)
            g->egress = egress;
        place(std::move(g), v, id);
    }
    for (const QJsonObject &o : mItems.value(QStringLiteral("NatGateways"))) {
        const QString id = s(o, "NatGatewayId");
        if (s(o, "State") == QLatin1String("deleted") || s(o, "State") == QLatin1String("failed"))
            continue;
        Subnet *sn = mDesign.findSubnet(s(o, "SubnetId"));
        if (!sn) {
            warn(id, Tr::tr("its subnet %1 is not in the files; left out").arg(s(o, "SubnetId")));
            continue;
        }
        auto n = std::make_unique<NatGateway>();
        n->id = id;
        n->name = nameOf(o);
        n->subnet = sn->id;
        n->connectivity =
            s(o, "ConnectivityType") == QLatin1String("private") ? NatConnectivity::Private : NatConnectivity::Public;
        const QJsonObject address = o.value(u"NatGatewayAddresses").toArray().first().toObject();
        if (const auto ip = IpAddress::parse(s(address, "PrivateIp")))
            n->privateIp = *ip;
        if (const auto ip = IpAddress::parse(s(address, "PublicIp")))
            n->publicIp = *ip;
        place(std::move(n), mDesign.vpcOf(*sn), id);
    }
    for (const QJsonObject &o : mItems.value(QStringLiteral("VpcEndpoints"))) {
        const QString id = s(o, "VpcEndpointId");
        Vpc *v = vpc(id, s(o, "VpcId"));
        if (!v)
            continue;
        auto e = std::make_unique<Endpoint>();
        e->id = id;
        e->name = nameOf(o);
        const QString type = s(o, "VpcEndpointType");
        if (type != QLatin1String("Gateway") && type != QLatin1String("Interface")) {
            warn(id, Tr::tr("a %1 endpoint is not something the designer models; left out").arg(type));
            continue;
        }
        e->type = type == QLatin1String("Interface") ? EndpointType::Interface : EndpointType::Gateway;
        static const QRegularExpression service(QStringLiteral("^com\\.amazonaws\\.([a-z0-9-]+)\\.(.+)$"));
        const QRegularExpressionMatch m = service.match(s(o, "ServiceName"));
        e->service = m.hasMatch() ? m.captured(2) : s(o, "ServiceName");
        if (m.hasMatch() && m.captured(1) != v->region)
            e->serviceRegion = m.captured(1);
        for (const QJsonValue x : o.value(u"RouteTableIds").toArray())
            e->routeTables.append(x.toString());
        for (const QJsonValue x : o.value(u"SubnetIds").toArray())
            e->subnets.append(x.toString());
        for (const QJsonValue x : o.value(u"Groups").toArray())
            e->securityGroups.append(s(x.toObject(), "GroupId"));
        e->privateDns = o.contains(u"PrivateDnsEnabled") ? o.value(u"PrivateDnsEnabled").toBool() : true;
        if (!s(o, "PolicyDocument").isEmpty()) {
            // Read as YAML (JSON is YAML) so that the statements keep their keys' order.
            const CfnIntrinsics::Parsed policy = CfnIntrinsics::parse(s(o, "PolicyDocument").toUtf8());
            if (policy.error.isEmpty())
                e->policy = policy.root;
            else
                warn(id, Tr::tr("its policy is no JSON document: %1").arg(policy.error));
        }
        place(std::move(e), v, id);
    }
    for (const QJsonObject &o : mItems.value(QStringLiteral("Instances"))) {
        const QString id = s(o, "InstanceId");
        if (s(o.value(u"State").toObject(), "Name") == QLatin1String("terminated"))
            continue;
        Subnet *sn = mDesign.findSubnet(s(o, "SubnetId"));
        if (!sn) {
            warn(id, Tr::tr("its subnet %1 is not in the files; left out").arg(s(o, "SubnetId")));
            continue;
        }
        auto i = std::make_unique<Instance>();
        i->id = id;
        i->name = nameOf(o);
        i->subnet = sn->id;
        if (const auto ip = IpAddress::parse(s(o, "PrivateIpAddress")))
            i->privateIp = *ip;
        if (const auto ip = IpAddress::parse(s(o, "PublicIpAddress")))
            i->publicIp = *ip;
        for (const QJsonValue g : o.value(u"SecurityGroups").toArray())
            i->securityGroups.append(s(g.toObject(), "GroupId"));
        const QJsonObject nic = o.value(u"NetworkInterfaces").toArray().first().toObject();
        i->eni = s(nic, "NetworkInterfaceId");
        if (!i->eni.isEmpty())
            mEniOwner.insert(i->eni, id);
        Instance derived; // the interface id a design without one gets: not written then
        derived.id = id;
        if (i->eni == derived.effectiveEni())
            i->eni.clear();
        if (const auto ip =
                IpAddress::parse(s(nic.value(u"Ipv6Addresses").toArray().first().toObject(), "Ipv6Address")))
            i->ipv6 = *ip;
        place(std::move(i), mDesign.vpcOf(*sn), id);
    }
    for (const QJsonObject &o : mItems.value(QStringLiteral("NetworkInterfaces"))) {
        const QString instance = s(o.value(u"Attachment").toObject(), "InstanceId");
        if (!instance.isEmpty())
            mEniOwner.insert(s(o, "NetworkInterfaceId"), instance);
    }
    for (Vpc *v : mDesign.vpcs())
        for (RouteTable *t : v->routeTableList())
            for (Route &r : t->routes)
                if (mEniOwner.contains(r.target))
                    r.target = mEniOwner.value(r.target);
    for (const QJsonObject &o : mItems.value(QStringLiteral("VpcPeeringConnections"))) {
        const QString id = s(o, "VpcPeeringConnectionId");
        auto p = std::make_unique<PeeringConnection>();
        p->id = id;
        p->name = nameOf(o);
        const QJsonObject requester = o.value(u"RequesterVpcInfo").toObject();
        const QJsonObject accepter = o.value(u"AccepterVpcInfo").toObject();
        p->requester = s(requester, "VpcId");
        p->accepter = s(accepter, "VpcId");
        const QString code = s(o.value(u"Status").toObject(), "Code");
        if (const auto status = enumFromName<PeeringStatus>(code))
            p->status = *status;
        else if (code == QLatin1String("expired") || code == QLatin1String("deleting"))
            p->status = PeeringStatus::Deleted;
        else if (code == QLatin1String("provisioning") || code == QLatin1String("initiating-request"))
            p->status = PeeringStatus::PendingAcceptance;
        p->requesterDnsResolution =
            requester.value(u"PeeringOptions").toObject().value(u"AllowDnsResolutionFromRemoteVpc").toBool();
        p->accepterDnsResolution =
            accepter.value(u"PeeringOptions").toObject().value(u"AllowDnsResolutionFromRemoteVpc").toBool();
        if (!isValidId(p->requester) || !isValidId(p->accepter)) {
            warn(id, Tr::tr("a peering connection needs both VPCs; left out"));
            continue;
        }
        place(std::move(p), nullptr, id);
    }
    for (const QJsonObject &o : mItems.value(QStringLiteral("FlowLogs"))) {
        const QString id = s(o, "FlowLogId");
        QString resource = s(o, "ResourceId");
        resource = mEniOwner.value(resource, resource);
        const Object *target = mDesign.find(resource);
        Vpc *v = target ? mDesign.vpcOf(*target) : nullptr;
        if (!v) {
            warn(id, Tr::tr("it logs %1, which is not in the files; left out").arg(resource));
            continue;
        }
        auto f = std::make_unique<FlowLog>();
        f->id = id;
        f->resource = resource;
        f->trafficType = enumFromName<TrafficType>(s(o, "TrafficType")).value_or(TrafficType::All);
        f->destination =
            enumFromName<LogDestination>(s(o, "LogDestinationType")).value_or(LogDestination::CloudWatchLogs);
        const QString destination = s(o, "LogDestination");
        f->destinationName = f->destination == LogDestination::CloudWatchLogs ? s(o, "LogGroupName")
                             : f->destination == LogDestination::S3 ? destination.section(QLatin1String(":::"), 1)
                                                                    : destination.section(QLatin1Char('/'), 1);
        if (o.contains(u"MaxAggregationInterval"))
            f->maxAggregationInterval = o.value(u"MaxAggregationInterval").toInt();
        const QString format = s(o, "LogFormat");
        f->format = format.isEmpty() || format == DefaultFormat ? QStringLiteral("default") : format;
        place(std::move(f), v, id);
    }
}

} // namespace

bool AwsDescribe::isDescribeOutput(const QByteArray &data)
{
    static const QRegularExpression key(QStringLiteral("^\\s*\\{\\s*\"(%1)\"\\s*:").arg(Known.join(QLatin1Char('|'))));
    return key.match(QString::fromUtf8(data.left(4096))).hasMatch();
}

CfnImport::Result AwsDescribe::read(const QList<QPair<QString, QByteArray>> &files, const CfnImport::Options &options)
{
    CfnImport::Result result;
    auto design = std::make_unique<Design>();
    Reader reader(*design, result.diagnostics, options);
    // The files' JSON parsed on all cores (most of an account's output is a few large files).
    std::vector<QJsonDocument> documents(size_t(files.size()));
    std::vector<QJsonParseError> errors(size_t(files.size()));
    Parallel::forEach(
        files.size(),
        [&](qsizetype i) { documents[size_t(i)] = QJsonDocument::fromJson(files[i].second, &errors[size_t(i)]); }, 1,
        2);
    for (qsizetype i = 0; i < files.size(); ++i)
        if (!reader.add(files[i].first, files[i].second, documents[size_t(i)], errors[size_t(i)]))
            return result;
    reader.build();
    CfnImport::settle(std::move(design), files.isEmpty() ? QString() : files.first().first, result);
    return result;
}
