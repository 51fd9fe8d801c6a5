#include "properties.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <cmath>

namespace {

template <auto Member> struct MemberTraits;
template <class C, class V, V C::*M> struct MemberTraits<M>
{
    using Class = C;
    using Value = V;
};

/// A property backed by one member of the object's struct.
template <auto Member> PropertyDef field(const char *key, PropertyType type, PropertyDef extra = {})
{
    using Traits = MemberTraits<Member>;
    using C = typename Traits::Class;
    using V = typename Traits::Value;
    PropertyDef d = extra;
    d.key = key;
    d.type = type;
    d.get = [](const Object &o) -> QVariant { return QVariant::fromValue(static_cast<const C &>(o).*Member); };
    d.set = [](Object &o, const QVariant &v) { static_cast<C &>(o).*Member = v.value<V>(); };
    return d;
}

/// A property backed by a member of an enum type: its names in files from EnumNames. The
/// reader and the inspector offer only those names; another leaves the value as it is.
template <auto Member> PropertyDef enumField(const char *key, PropertyDef extra = {})
{
    using Traits = MemberTraits<Member>;
    using C = typename Traits::Class;
    using V = typename Traits::Value;
    PropertyDef d = extra;
    d.key = key;
    d.type = PropertyType::Enum;
    d.enumValues = std::span<const char *const>(EnumNames<V>::names.data(), EnumNames<V>::names.size());
    d.get = [](const Object &o) -> QVariant { return enumName(static_cast<const C &>(o).*Member); };
    d.set = [](Object &o, const QVariant &v) {
        if (const std::optional<V> value = enumFromName<V>(v.toString()))
            static_cast<C &>(o).*Member = *value;
    };
    return d;
}

PropertyDef idField()
{
    PropertyDef d;
    d.key = "id";
    d.type = PropertyType::Id;
    d.required = true;
    d.get = [](const Object &o) -> QVariant { return o.id; };
    d.set = [](Object &o, const QVariant &v) { o.id = v.toString(); };
    return d;
}

PropertyDef required()
{
    PropertyDef d;
    d.required = true;
    return d;
}

PropertyDef refTo(KindMask kinds, bool isRequired = false, bool cascade = false)
{
    PropertyDef d;
    d.refKinds = kinds;
    d.required = isRequired;
    d.cascade = cascade;
    return d;
}

PropertyDef always(PropertyDef d)
{
    d.alwaysWrite = true;
    return d;
}

PropertyDef shown()
{
    return always({});
}

PropertyDef range(int minimum, int maximum)
{
    PropertyDef d;
    d.minimum = minimum;
    d.maximum = maximum;
    return d;
}

constexpr KindMask GatewayTargets = kindBit(ObjectKind::InternetGateway) |
                                    kindBit(ObjectKind::EgressOnlyInternetGateway) | kindBit(ObjectKind::NatGateway) |
                                    kindBit(ObjectKind::PeeringConnection) | kindBit(ObjectKind::Instance);

std::vector<PropertyDef> gatewayProps()
{
    return {idField()};
}

std::vector<PropertyDef> vpcProps()
{
    return {
        idField(),
        field<&Vpc::name>("name", PropertyType::String),
        field<&Vpc::region>("region", PropertyType::String, required()),
        field<&Vpc::account>("account", PropertyType::Account),
        field<&Vpc::cidrBlocks>("cidr-blocks", PropertyType::CidrList, required()),
        field<&Vpc::ipv6CidrBlocks>("ipv6-cidr-blocks", PropertyType::CidrList),
        field<&Vpc::dnsSupport>("dns-support", PropertyType::Bool),
        field<&Vpc::dnsHostnames>("dns-hostnames", PropertyType::Bool),
    };
}

std::vector<PropertyDef> subnetProps()
{
    return {
        idField(),
        field<&Subnet::name>("name", PropertyType::String),
        field<&Subnet::az>("az", PropertyType::String, required()),
        field<&Subnet::cidr>("cidr", PropertyType::Cidr, required()),
        field<&Subnet::ipv6Cidr>("ipv6-cidr", PropertyType::Cidr),
        field<&Subnet::routeTable>("route-table", PropertyType::Ref, refTo(kindBit(ObjectKind::RouteTable))),
        field<&Subnet::networkAcl>("network-acl", PropertyType::Ref, refTo(kindBit(ObjectKind::NetworkAcl))),
    };
}

std::vector<PropertyDef> routeTableProps()
{
    PropertyDef routes = field<&RouteTable::routes>("routes", PropertyType::Routes, refTo(GatewayTargets));
    return {
        idField(),
        field<&RouteTable::name>("name", PropertyType::String),
        field<&RouteTable::main>("main", PropertyType::Bool),
        routes,
    };
}

std::vector<PropertyDef> networkAclProps()
{
    return {
        idField(),
        field<&NetworkAcl::name>("name", PropertyType::String),
        field<&NetworkAcl::isDefault>("default", PropertyType::Bool),
        field<&NetworkAcl::ingress>("ingress", PropertyType::NaclRules),
        field<&NetworkAcl::egress>("egress", PropertyType::NaclRules),
    };
}

std::vector<PropertyDef> securityGroupProps()
{
    PropertyDef egress;
    egress.key = "egress";
    egress.type = PropertyType::OptionalSgRules;
    egress.refKinds = kindBit(ObjectKind::SecurityGroup);
    egress.get = [](const Object &o) -> QVariant {
        const auto &sg = static_cast<const SecurityGroup &>(o);
        return sg.egress ? QVariant::fromValue(*sg.egress) : QVariant();
    };
    egress.set = [](Object &o, const QVariant &v) {
        auto &sg = static_cast<SecurityGroup &>(o);
        if (v.isValid())
            sg.egress = v.value<SgRuleList>();
        else
            sg.egress.reset();
    };
    return {
        idField(),
        field<&SecurityGroup::name>("name", PropertyType::String),
        field<&SecurityGroup::description>("description", PropertyType::String),
        field<&SecurityGroup::ingress>("ingress", PropertyType::SgRules, refTo(kindBit(ObjectKind::SecurityGroup))),
        egress,
    };
}

std::vector<PropertyDef> natProps()
{
    return {
        idField(),
        field<&NatGateway::name>("name", PropertyType::String),
        field<&NatGateway::subnet>("subnet", PropertyType::Ref, refTo(kindBit(ObjectKind::Subnet), true, true)),
        enumField<&NatGateway::connectivity>("connectivity"),
        field<&NatGateway::privateIp>("private-ip", PropertyType::Address),
        field<&NatGateway::publicIp>("public-ip", PropertyType::Address),
    };
}

std::vector<PropertyDef> endpointProps()
{
    PropertyDef type = enumField<&Endpoint::type>("type");
    type.required = true;
    return {
        idField(),
        field<&Endpoint::name>("name", PropertyType::String),
        type,
        field<&Endpoint::service>("service", PropertyType::String, required()),
        field<&Endpoint::serviceRegion>("service-region", PropertyType::String),
        field<&Endpoint::routeTables>("route-tables", PropertyType::RefList, refTo(kindBit(ObjectKind::RouteTable))),
        field<&Endpoint::subnets>("subnets", PropertyType::RefList, refTo(kindBit(ObjectKind::Subnet))),
        field<&Endpoint::securityGroups>("security-groups", PropertyType::RefList,
                                         refTo(kindBit(ObjectKind::SecurityGroup))),
        field<&Endpoint::privateDns>("private-dns", PropertyType::Bool),
        field<&Endpoint::policy>("policy", PropertyType::Mapping),
    };
}

std::vector<PropertyDef> instanceProps()
{
    return {
        idField(),
        field<&Instance::name>("name", PropertyType::String),
        field<&Instance::subnet>("subnet", PropertyType::Ref, refTo(kindBit(ObjectKind::Subnet), true, true)),
        field<&Instance::privateIp>("private-ip", PropertyType::Address),
        field<&Instance::publicIp>("public-ip", PropertyType::Address),
        field<&Instance::ipv6>("ipv6", PropertyType::Address),
        field<&Instance::securityGroups>("security-groups", PropertyType::RefList,
                                         refTo(kindBit(ObjectKind::SecurityGroup))),
        field<&Instance::eni>("eni", PropertyType::String),
    };
}

std::vector<PropertyDef> flowLogProps()
{
    return {
        idField(),
        field<&FlowLog::resource>(
            "resource", PropertyType::Ref,
            refTo(kindBit(ObjectKind::Vpc) | kindBit(ObjectKind::Subnet) | kindBit(ObjectKind::Instance), true, true)),
        enumField<&FlowLog::trafficType>("traffic-type", shown()),
        enumField<&FlowLog::destination>("destination", shown()),
        field<&FlowLog::destinationName>("destination-name", PropertyType::String),
        field<&FlowLog::maxAggregationInterval>("max-aggregation-interval", PropertyType::Int, always(range(1, 86400))),
        field<&FlowLog::format>("format", PropertyType::String),
    };
}

std::vector<PropertyDef> peeringProps()
{
    const KindMask vpc = kindBit(ObjectKind::Vpc);
    return {
        idField(),
        field<&PeeringConnection::name>("name", PropertyType::String),
        field<&PeeringConnection::requester>("requester", PropertyType::Ref, refTo(vpc, true, true)),
        field<&PeeringConnection::accepter>("accepter", PropertyType::Ref, refTo(vpc, true, true)),
        enumField<&PeeringConnection::status>("status"),
        field<&PeeringConnection::requesterDnsResolution>("requester-dns-resolution", PropertyType::Bool),
        field<&PeeringConnection::accepterDnsResolution>("accepter-dns-resolution", PropertyType::Bool),
    };
}

std::vector<PropertyDef> bucketProps()
{
    return {
        idField(),
        field<&Bucket::name>("name", PropertyType::String),
        field<&Bucket::bucketName>("bucket-name", PropertyType::String),
        field<&Bucket::region>("region", PropertyType::String),
        field<&Bucket::account>("account", PropertyType::Account),
        field<&Bucket::policy>("policy", PropertyType::Mapping),
    };
}

std::vector<PropertyDef> intentProps()
{
    constexpr KindMask spaces = kindBit(ObjectKind::Vpc) | kindBit(ObjectKind::Subnet) |
                                kindBit(ObjectKind::SecurityGroup) | kindBit(ObjectKind::Instance) |
                                kindBit(ObjectKind::NatGateway) | kindBit(ObjectKind::Endpoint);
    constexpr KindMask passed = kindBit(ObjectKind::Endpoint) | kindBit(ObjectKind::NatGateway) |
                                kindBit(ObjectKind::PeeringConnection) | kindBit(ObjectKind::InternetGateway) |
                                kindBit(ObjectKind::EgressOnlyInternetGateway);
    PropertyDef from = refTo(spaces, true);
    PropertyDef to = refTo(spaces, true);
    return {
        idField(),
        field<&Intent::name>("name", PropertyType::String),
        field<&Intent::from>("from", PropertyType::SpaceList, from),
        field<&Intent::to>("to", PropertyType::SpaceList, to),
        field<&Intent::protocol>("protocol", PropertyType::Protocol, shown()),
        field<&Intent::ports>("ports", PropertyType::PortList),
        enumField<&Intent::expect>("expect", shown()),
        field<&Intent::via>("via", PropertyType::Ref, refTo(passed)),
    };
}

std::vector<PropertyDef> scenarioProps()
{
    return {
        idField(),
        field<&Scenario::name>("name", PropertyType::String),
        field<&Scenario::start>("start", PropertyType::DateTime),
    };
}

std::vector<PropertyDef> flowProps()
{
    // What has a network interface to send from and answer at (FORMAT.md; an endpoint
    // only of the interface type, which the validator checks).
    const KindMask endpoints =
        kindBit(ObjectKind::Instance) | kindBit(ObjectKind::NatGateway) | kindBit(ObjectKind::Endpoint);
    return {
        idField(),
        field<&Flow::name>("name", PropertyType::String),
        field<&Flow::from>("from", PropertyType::FlowEndpoint, refTo(endpoints, true, true)),
        field<&Flow::to>("to", PropertyType::FlowEndpoint, refTo(endpoints, true, true)),
        field<&Flow::protocol>("protocol", PropertyType::Protocol, shown()),
        field<&Flow::port>("port", PropertyType::Port),
        field<&Flow::sourcePort>("source-port", PropertyType::Port),
        // Limits (docs/format.md): a scenario of up to a month, a flow of up to a million
        // packets a second of up to 65,535 bytes; what a capture makes of them is bounded
        // too (FlowLogCapture::MaxRecords).
        field<&Flow::start>("start", PropertyType::Number, range(0, Flow::MaxSeconds)),
        field<&Flow::duration>("duration", PropertyType::Number, always(range(0, Flow::MaxSeconds))),
        field<&Flow::packetsPerSecond>("packets-per-second", PropertyType::Number, range(0, 1000000)),
        field<&Flow::bytesPerPacket>("bytes-per-packet", PropertyType::Number, range(0, 65535)),
        field<&Flow::reply>("reply", PropertyType::Bool),
        field<&Flow::closes>("closes", PropertyType::Bool),
        field<&Flow::replyDelay>("reply-delay", PropertyType::Number, range(0, 86400)),
        field<&Flow::replyPackets>("reply-packets", PropertyType::Number, range(0, 2000000000)),
        field<&Flow::replyBytesPerPacket>("reply-bytes-per-packet", PropertyType::Number, range(0, 65535)),
        field<&Flow::action>("action", PropertyType::String),
        field<&Flow::principal>("principal", PropertyType::String),
        field<&Flow::bucket>("bucket", PropertyType::Ref, refTo(kindBit(ObjectKind::Bucket))),
    };
}

struct Tables
{
    std::array<std::vector<PropertyDef>, ObjectKindCount> props;
    std::array<QVariantList, ObjectKindCount> defaults;

    Tables()
    {
        props[int(ObjectKind::Vpc)] = vpcProps();
        props[int(ObjectKind::InternetGateway)] = gatewayProps();
        props[int(ObjectKind::EgressOnlyInternetGateway)] = gatewayProps();
        props[int(ObjectKind::Subnet)] = subnetProps();
        props[int(ObjectKind::RouteTable)] = routeTableProps();
        props[int(ObjectKind::NetworkAcl)] = networkAclProps();
        props[int(ObjectKind::SecurityGroup)] = securityGroupProps();
        props[int(ObjectKind::NatGateway)] = natProps();
        props[int(ObjectKind::Endpoint)] = endpointProps();
        props[int(ObjectKind::Instance)] = instanceProps();
        props[int(ObjectKind::FlowLog)] = flowLogProps();
        props[int(ObjectKind::PeeringConnection)] = peeringProps();
        props[int(ObjectKind::Bucket)] = bucketProps();
        props[int(ObjectKind::Intent)] = intentProps();
        props[int(ObjectKind::Scenario)] = scenarioProps();
        props[int(ObjectKind::Flow)] = flowProps();
        for (int k = 0; k < ObjectKindCount; ++k) {
            const ObjectPtr fresh = createObject(ObjectKind(k));
            for (const PropertyDef &d : props[size_t(k)])
                defaults[size_t(k)].append(d.get(*fresh));
        }
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

constexpr std::array<ChildListDef, 10> VpcChildren{{
    {"internet-gateway", ObjectKind::InternetGateway, true},
    {"egress-only-internet-gateway", ObjectKind::EgressOnlyInternetGateway, true},
    {"subnets", ObjectKind::Subnet, false},
    {"route-tables", ObjectKind::RouteTable, false},
    {"network-acls", ObjectKind::NetworkAcl, false},
    {"security-groups", ObjectKind::SecurityGroup, false},
    {"nat-gateways", ObjectKind::NatGateway, false},
    {"endpoints", ObjectKind::Endpoint, false},
    {"instances", ObjectKind::Instance, false},
    {"flow-logs", ObjectKind::FlowLog, false},
}};
constexpr std::array<ChildListDef, 1> ScenarioChildren{{{"flows", ObjectKind::Flow, false}}};
constexpr std::array<ChildListDef, 5> TopLevel{{
    {"vpcs", ObjectKind::Vpc, false},
    {"peering-connections", ObjectKind::PeeringConnection, false},
    {"buckets", ObjectKind::Bucket, false},
    {"intents", ObjectKind::Intent, false},
    {"traffic", ObjectKind::Scenario, false},
}};

} // namespace

std::span<const PropertyDef> propertiesOf(ObjectKind kind)
{
    return tables().props[size_t(kind)];
}

const PropertyDef *findProperty(ObjectKind kind, std::string_view key)
{
    for (const PropertyDef &d : propertiesOf(kind))
        if (key == d.key)
            return &d;
    return nullptr;
}

const PropertyDef *findProperty(ObjectKind kind, QStringView key)
{
    for (const PropertyDef &d : propertiesOf(kind))
        if (key == QLatin1String(d.key))
            return &d;
    return nullptr;
}

std::span<const ChildListDef> childListsOf(ObjectKind kind)
{
    if (kind == ObjectKind::Vpc)
        return VpcChildren;
    if (kind == ObjectKind::Scenario)
        return ScenarioChildren;
    return {};
}

std::span<const ChildListDef> topLevelLists()
{
    return TopLevel;
}

ObjectPtr createObject(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Vpc:
        return std::make_unique<Vpc>();
    case ObjectKind::InternetGateway:
    case ObjectKind::EgressOnlyInternetGateway:
        return std::make_unique<Gateway>(kind);
    case ObjectKind::Subnet:
        return std::make_unique<Subnet>();
    case ObjectKind::RouteTable:
        return std::make_unique<RouteTable>();
    case ObjectKind::NetworkAcl:
        return std::make_unique<NetworkAcl>();
    case ObjectKind::SecurityGroup:
        return std::make_unique<SecurityGroup>();
    case ObjectKind::NatGateway:
        return std::make_unique<NatGateway>();
    case ObjectKind::Endpoint:
        return std::make_unique<Endpoint>();
    case ObjectKind::Instance:
        return std::make_unique<Instance>();
    case ObjectKind::FlowLog:
        return std::make_unique<FlowLog>();
    case ObjectKind::PeeringConnection:
        return std::make_unique<PeeringConnection>();
    case ObjectKind::Bucket:
        return std::make_unique<Bucket>();
    case ObjectKind::Intent:
        return std::make_unique<Intent>();
    case ObjectKind::Scenario:
        return std::make_unique<Scenario>();
    case ObjectKind::Flow:
        return std::make_unique<Flow>();
    }
    return nullptr;
}

QVariant defaultValue(ObjectKind kind, const PropertyDef &def)
{
    const auto &props = tables().props[size_t(kind)];
    const qsizetype index = &def - props.data();
    if (index < 0 || index >= qsizetype(props.size()))
        return {};
    return tables().defaults[size_t(kind)].at(index);
}

bool isSpaceId(const QString &space)
{
    return space != QLatin1String("internet") && !space.startsWith(QLatin1String("service:")) &&
           !Cidr::parse(QStringView(space)) && !IpAddress::parse(QStringView(space));
}

bool isSpaceText(const QString &space)
{
    if (space.startsWith(QLatin1String("service:")))
        return space.size() > 8;
    return !isSpaceId(space) || isValidId(space);
}

QStringList referencedIds(const PropertyDef &def, const QVariant &value)
{
    switch (def.type) {
    case PropertyType::Ref: {
        const QString id = value.toString();
        return id.isEmpty() ? QStringList() : QStringList{id};
    }
    case PropertyType::FlowEndpoint: {
        // Addresses and service:NAME are not references.
        const QString text = value.toString();
        if (text.isEmpty() || text.startsWith(QLatin1String("service:")) || IpAddress::parse(QStringView(text)))
            return {};
        return {text};
    }
    case PropertyType::RefList:
        return value.toStringList();
    case PropertyType::SpaceList: {
        QStringList ids;
        for (const QString &space : value.toStringList())
            if (isSpaceId(space))
                ids.append(space);
        return ids;
    }
    case PropertyType::Routes: {
        QStringList ids;
        for (const Route &r : value.value<RouteList>())
            ids.append(r.target);
        return ids;
    }
    case PropertyType::SgRules:
    case PropertyType::OptionalSgRules: {
        QStringList ids;
        if (value.isValid())
            for (const SgRule &r : value.value<SgRuleList>())
                if (r.isGroupReference())
                    ids.append(r.group);
        return ids;
    }
    default:
        return {};
    }
}

QVariant withoutReference(const PropertyDef &def, const QVariant &value, const QString &id, const QString &newId)
{
    const bool rename = !newId.isEmpty();
    switch (def.type) {
    case PropertyType::Ref:
    case PropertyType::FlowEndpoint:
        return value.toString() == id ? QVariant(rename ? newId : QString()) : value;
    case PropertyType::RefList:
    case PropertyType::SpaceList: {
        QStringList ids = value.toStringList();
        if (rename) {
            for (QString &each : ids)
                if (each == id)
                    each = newId;
        } else {
            ids.removeAll(id);
        }
        return QVariant(ids);
    }
    case PropertyType::Routes: {
        RouteList routes = value.value<RouteList>();
        if (rename) {
            for (Route &r : routes)
                if (r.target == id)
                    r.target = newId;
        } else {
            routes.removeIf([&](const Route &r) { return r.target == id; });
        }
        return QVariant::fromValue(routes);
    }
    case PropertyType::SgRules:
    case PropertyType::OptionalSgRules: {
        if (!value.isValid())
            return value;
        SgRuleList rules = value.value<SgRuleList>();
        if (rename) {
            for (SgRule &r : rules)
                if (r.group == id)
                    r.group = newId;
        } else {
            rules.removeIf([&](const SgRule &r) { return r.group == id; });
        }
        return QVariant::fromValue(rules);
    }
    default:
        return value;
    }
}
