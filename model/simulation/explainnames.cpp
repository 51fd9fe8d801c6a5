// Explain: the names of what a hop consulted (ids, kinds, services, statements, routes
// and rules in words), which the sentences of explain.cpp are made of.

#include "explain.h"

#include "awsranges.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Simulation)
};

using Kind = Hop::Kind;
using Why = Hop::Why;

} // namespace

QString Explain::traffic(Protocol protocol, int port)
{
    const QString name = protocol.toString();
    if (protocol.hasPorts() && port >= 0)
        return name + QLatin1Char('/') + QString::number(port);
    return name;
}

QString Explain::vpcServiceName(int service)
{
    switch (Network::VpcService(service)) {
    case Network::VpcService::Dns:
        return Tr::tr("the Amazon DNS server");
    case Network::VpcService::Metadata:
        return Tr::tr("the instance metadata service");
    case Network::VpcService::TimeSync:
        return Tr::tr("the Amazon Time Sync Service");
    case Network::VpcService::Dhcp:
        return Tr::tr("the DHCP server");
    case Network::VpcService::None:
        break;
    }
    return {};
}

QString Explain::vpcServicePorts(int service)
{
    switch (Network::VpcService(service)) {
    case Network::VpcService::Dns:
        return Tr::tr("UDP and TCP port 53");
    case Network::VpcService::Metadata:
        return Tr::tr("HTTP on TCP port 80");
    case Network::VpcService::TimeSync:
        return Tr::tr("NTP on UDP port 123");
    case Network::VpcService::Dhcp:
        return Tr::tr("UDP port 67");
    case Network::VpcService::None:
        break;
    }
    return {};
}

QString Explain::interfaceName(int interface) const
{
    if (interface < 0)
        return {};
    return mNet.interfaces[size_t(interface)].owner->id;
}

QString Explain::kindTag(const Hop &hop, const Network &network)
{
    switch (hop.kind) {
    case Kind::SecurityGroup:
        return QStringLiteral("security-group");
    case Kind::NetworkAcl:
        return QStringLiteral("network-acl");
    case Kind::RouteTable:
        return QStringLiteral("route-table");
    case Kind::InternetGateway:
        return QStringLiteral("internet-gateway");
    case Kind::EgressOnlyGateway:
        return QStringLiteral("egress-only-internet-gateway");
    case Kind::NatGateway:
        return QStringLiteral("nat-gateway");
    case Kind::Peering:
        return QStringLiteral("peering-connection");
    case Kind::GatewayEndpoint:
        return QStringLiteral("gateway-endpoint");
    case Kind::InterfaceEndpoint:
        return QStringLiteral("interface-endpoint");
    case Kind::Subnet:
        return QStringLiteral("subnet");
    case Kind::Vpc:
        return QStringLiteral("vpc");
    case Kind::Bucket:
        return QStringLiteral("bucket");
    case Kind::Instance:
        if (hop.object >= 0) {
            switch (network.interfaces[size_t(hop.object)].kind) {
            case Network::Interface::Kind::NatGateway:
                return QStringLiteral("nat-gateway");
            case Network::Interface::Kind::InterfaceEndpoint:
                return QStringLiteral("interface-endpoint");
            case Network::Interface::Kind::Instance:
                break;
            }
        }
        return QStringLiteral("instance");
    }
    return {};
}

QString Explain::objectId(const Hop &hop) const
{
    if (hop.object < 0)
        return {};
    const size_t i = size_t(hop.object);
    switch (hop.kind) {
    case Kind::SecurityGroup:
        return mNet.groups[i].group->id;
    case Kind::NetworkAcl:
        return mNet.acls[i].acl->id;
    case Kind::RouteTable:
        return mNet.tables[i].table->id;
    case Kind::InternetGateway: {
        const Vpc *vpc = mNet.vpcs[i].vpc;
        return vpc->internetGateway() ? vpc->internetGateway()->id : vpc->id;
    }
    case Kind::EgressOnlyGateway: {
        const Vpc *vpc = mNet.vpcs[i].vpc;
        return vpc->egressOnlyGateway() ? vpc->egressOnlyGateway()->id : vpc->id;
    }
    case Kind::NatGateway:
    case Kind::Instance:
        return interfaceName(hop.object);
    case Kind::InterfaceEndpoint:
        if (hop.why == Why::PrivateDns)
            return interfaceName(hop.object);
        return mNet.endpoints[i].endpoint->id;
    case Kind::Peering:
        return mNet.peerings[i].peering->id;
    case Kind::GatewayEndpoint:
        return mNet.endpoints[i].endpoint->id;
    case Kind::Subnet:
        return mNet.subnets[i].subnet->id;
    case Kind::Vpc:
        return mNet.vpcs[i].vpc->id;
    case Kind::Bucket:
        return mNet.buckets[i]->id;
    }
    return {};
}

QString Explain::routeText(const Hop &hop) const
{
    const Network::Table &t = mNet.tables[size_t(hop.object)];
    int length = 0;
    const Network::RouteTarget *r = (hop.address.isV4() ? t.v4 : t.v6).lookup(hop.address, &length);
    if (!r)
        return {};
    const QString block = Cidr(hop.address, length).network().toString();
    switch (r->kind) {
    case Network::RouteTarget::Kind::Local:
        return Tr::tr("%1 matches %2 local (longest prefix /%3)").arg(hop.address.toString(), block).arg(length);
    case Network::RouteTarget::Kind::GatewayEndpoint: {
        const Endpoint *e = mNet.endpoints[size_t(r->index)].endpoint;
        return Tr::tr("%1 matches the %2 prefix list (%3) -> %4").arg(hop.address.toString(), e->service, block, e->id);
    }
    default:
        break;
    }
    const QString target = r->route >= 0 ? t.table->routes[r->route].target : QString();
    if (r->route >= 0 && t.table->routes[r->route].isPrefixList())
        return Tr::tr("%1 matches the %2 prefix list (%3) -> %4")
            .arg(hop.address.toString(), t.table->routes[r->route].prefixList.mid(8), block, target);
    return Tr::tr("%1 matches %2 -> %3 (longest prefix /%4)").arg(hop.address.toString(), block, target).arg(length);
}

QString Explain::groupRuleText(const Hop &hop) const
{
    const SecurityGroup *g = mNet.groups[size_t(hop.object)].group;
    const SgRuleList rules = hop.ingress ? g->ingress : g->effectiveEgress();
    if (hop.rule < 0 || hop.rule >= rules.size())
        return {};
    const SgRule &r = rules[hop.rule];
    QString text = r.protocol.toString();
    if (r.protocol.hasPorts())
        text += QLatin1Char(' ') + r.ports.toString();
    return text + QLatin1Char(' ') + (hop.ingress ? Tr::tr("from %1") : Tr::tr("to %1")).arg(r.peerText());
}
