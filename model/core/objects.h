#pragma once

#include "rules.h"
#include "yamlvalue.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <iterator>
#include <memory>
#include <optional>
#include <vector>

/// Every kind of object a design holds; a kind comes from the list an object stands in.
enum class ObjectKind : quint8 {
    Vpc,
    InternetGateway,
    EgressOnlyInternetGateway,
    Subnet,
    RouteTable,
    NetworkAcl,
    SecurityGroup,
    NatGateway,
    Endpoint,
    Instance,
    FlowLog,
    PeeringConnection,
    Bucket,
    Intent,
    Scenario,
    Flow,
};
constexpr int ObjectKindCount = int(ObjectKind::Flow) + 1;

/// The values of enum-like properties, as types; their names in files come from EnumNames.
enum class NatConnectivity : quint8 { Public, Private };
enum class EndpointType : quint8 { Gateway, Interface };
enum class TrafficType : quint8 { Accept, Reject, All };
enum class LogDestination : quint8 { S3, CloudWatchLogs, KinesisDataFirehose };
enum class PeeringStatus : quint8 { Active, PendingAcceptance, Rejected, Failed, Deleted };
enum class IntentExpect : quint8 { None, All, Some };

/// The names of an enum's values in files (FORMAT.md), in the order of the enum: the one
/// table the reader, the writer, the inspector and the messages share.
template <class E> struct EnumNames;
template <> struct EnumNames<NatConnectivity>
{
    static constexpr std::array<const char *, 2> names{"public", "private"};
};
template <> struct EnumNames<EndpointType>
{
    static constexpr std::array<const char *, 2> names{"gateway", "interface"};
};
template <> struct EnumNames<TrafficType>
{
    static constexpr std::array<const char *, 3> names{"ACCEPT", "REJECT", "ALL"};
};
template <> struct EnumNames<LogDestination>
{
    static constexpr std::array<const char *, 3> names{"s3", "cloud-watch-logs", "kinesis-data-firehose"};
};
template <> struct EnumNames<PeeringStatus>
{
    static constexpr std::array<const char *, 5> names{"active", "pending-acceptance", "rejected", "failed", "deleted"};
};
template <> struct EnumNames<IntentExpect>
{
    static constexpr std::array<const char *, 3> names{"none", "all", "some"};
};

/// A value's name in files.
template <class E> QString enumName(E value)
{
    return QLatin1String(EnumNames<E>::names[size_t(value)]);
}

/// The value a file's name stands for, if it is one.
template <class E> std::optional<E> enumFromName(QStringView name)
{
    const auto &names = EnumNames<E>::names;
    for (size_t i = 0; i < names.size(); ++i)
        if (name == QLatin1String(names[i]))
            return E(i);
    return std::nullopt;
}

/// A bit set of kinds, for references that may name several kinds.
using KindMask = quint32;
constexpr KindMask kindBit(ObjectKind k)
{
    return KindMask(1) << int(k);
}

struct Object;
using ObjectPtr = std::unique_ptr<Object>;
using ObjectList = std::vector<ObjectPtr>;

/// The children an object owns (a VPC's subnets, a scenario's flows): copying one copies
/// every child deeply; the copy's owner then adopts them (ChildList::adopt).
class ChildList : public ObjectList
{
public:
    ChildList() = default;
    ChildList(const ChildList &other);
    ChildList(ChildList &&) = default;
    ChildList &operator=(const ChildList &) = delete;
    ChildList &operator=(ChildList &&) = default;
    /// Makes `parent` the parent of every child.
    void adopt(Object *parent);
};

/// The common part of every design object: its kind, its id, its container, and the
/// keys of its file entry that this version does not know (kept on save).
struct Object
{
    explicit Object(ObjectKind k) : kind(k) {}
    virtual ~Object() = default;
    Object &operator=(const Object &) = delete;

    /// A deep copy, children included, with the same ids and no parent. Every kind's is
    /// its implicit copy constructor: a field added is a field cloned.
    virtual ObjectPtr clone() const = 0;

    const ObjectKind kind;
    QString id;
    Object *parent = nullptr; // the VPC, the scenario, or nullptr at top level
    ExtraKeys extra;
    int line = 0; // where the object started in the file it was read from (1-based; 0: none)
    int column = 0;

protected:
    /// For the kinds' copy constructors (clone): everything but the parent.
    Object(const Object &other)
        : kind(other.kind), id(other.id), extra(other.extra), line(other.line), column(other.column)
    {}
};

/// Typed iteration over an ObjectList whose entries are all of one kind.
template <class T> class ListOf
{
public:
    explicit ListOf(const ObjectList &list) : mList(&list) {}
    struct iterator
    {
        using iterator_category = std::forward_iterator_tag;
        using value_type = T *;
        using difference_type = std::ptrdiff_t;
        using pointer = T **;
        using reference = T *;

        ObjectList::const_iterator it;
        T *operator*() const { return static_cast<T *>(it->get()); }
        iterator operator++(int)
        {
            iterator old = *this;
            ++it;
            return old;
        }
        iterator &operator++()
        {
            ++it;
            return *this;
        }
        bool operator!=(const iterator &o) const { return it != o.it; }
        bool operator==(const iterator &o) const { return it == o.it; }
    };
    iterator begin() const { return {mList->begin()}; }
    iterator end() const { return {mList->end()}; }
    size_t size() const { return mList->size(); }
    bool empty() const { return mList->empty(); }
    T *at(size_t i) const { return static_cast<T *>((*mList)[i].get()); }

private:
    const ObjectList *mList;
};

struct Gateway : Object
{
    using Object::Object;
    ObjectPtr clone() const override { return std::make_unique<Gateway>(*this); }
};

struct Subnet : Object
{
    Subnet() : Object(ObjectKind::Subnet) {}
    ObjectPtr clone() const override { return std::make_unique<Subnet>(*this); }
    QString name;
    QString az;
    Cidr cidr;
    Cidr ipv6Cidr;      // invalid when absent
    QString routeTable; // empty: the VPC's main route table
    QString networkAcl; // empty: the VPC's default network ACL
};

struct RouteTable : Object
{
    RouteTable() : Object(ObjectKind::RouteTable) {}
    ObjectPtr clone() const override { return std::make_unique<RouteTable>(*this); }
    QString name;
    bool main = false;
    RouteList routes;
};

struct NetworkAcl : Object
{
    NetworkAcl() : Object(ObjectKind::NetworkAcl) {}
    ObjectPtr clone() const override { return std::make_unique<NetworkAcl>(*this); }
    QString name;
    bool isDefault = false;
    NaclRuleList ingress;
    NaclRuleList egress;
};

struct SecurityGroup : Object
{
    SecurityGroup() : Object(ObjectKind::SecurityGroup) {}
    ObjectPtr clone() const override { return std::make_unique<SecurityGroup>(*this); }
    QString name;
    QString description;
    SgRuleList ingress;
    /// Absent in the file: allow all traffic out (AWS's default). Present and empty: none.
    std::optional<SgRuleList> egress;
    /// The egress rules that apply, the implicit allow-all when none were written.
    SgRuleList effectiveEgress() const;
};

struct NatGateway : Object
{
    NatGateway() : Object(ObjectKind::NatGateway) {}
    ObjectPtr clone() const override { return std::make_unique<NatGateway>(*this); }
    QString name;
    QString subnet;
    NatConnectivity connectivity = NatConnectivity::Public;
    IpAddress privateIp; // optional
    IpAddress publicIp;  // optional: the elastic IP
    bool isPublic() const { return connectivity == NatConnectivity::Public; }
};

struct Endpoint : Object
{
    Endpoint() : Object(ObjectKind::Endpoint) {}
    ObjectPtr clone() const override { return std::make_unique<Endpoint>(*this); }
    QString name;
    EndpointType type = EndpointType::Gateway;
    QString service;
    QString serviceRegion; // empty: the VPC's region
    QStringList routeTables;
    QStringList subnets;
    QStringList securityGroups;
    bool privateDns = true;
    YamlValue policy; // Null when absent
    bool isGateway() const { return type == EndpointType::Gateway; }
    bool isInterface() const { return type == EndpointType::Interface; }
};

struct Instance : Object
{
    Instance() : Object(ObjectKind::Instance) {}
    ObjectPtr clone() const override { return std::make_unique<Instance>(*this); }
    QString name;
    QString subnet;
    IpAddress privateIp; // invalid: the first free usable address
    IpAddress publicIp;
    IpAddress ipv6;
    QStringList securityGroups;
    QString eni; // empty: derived from the id
    /// The interface id: the written one, or one derived from the id, stable across saves.
    QString effectiveEni() const;
};

struct FlowLog : Object
{
    FlowLog() : Object(ObjectKind::FlowLog) {}
    ObjectPtr clone() const override { return std::make_unique<FlowLog>(*this); }
    QString resource;
    TrafficType trafficType = TrafficType::All;
    LogDestination destination = LogDestination::CloudWatchLogs;
    QString destinationName;
    int maxAggregationInterval = 600;
    QString format = QStringLiteral("default");
};

struct Vpc : Object
{
    Vpc() : Object(ObjectKind::Vpc) {}
    ObjectPtr clone() const override;
    static inline const QString DefaultAccount = QStringLiteral("123456789012");

    QString name;
    QString region;
    QString account = DefaultAccount;
    QList<Cidr> cidrBlocks;
    QList<Cidr> ipv6CidrBlocks;
    bool dnsSupport = true;
    bool dnsHostnames = false;

    ChildList internetGateways;   // at most one
    ChildList egressOnlyGateways; // at most one
    ChildList subnets;
    ChildList routeTables;
    ChildList networkAcls;
    ChildList securityGroups;
    ChildList natGateways;
    ChildList endpoints;
    ChildList instances;
    ChildList flowLogs;

    Gateway *internetGateway() const;
    Gateway *egressOnlyGateway() const;
    ListOf<Subnet> subnetList() const { return ListOf<Subnet>(subnets); }
    ListOf<RouteTable> routeTableList() const { return ListOf<RouteTable>(routeTables); }
    ListOf<NetworkAcl> networkAclList() const { return ListOf<NetworkAcl>(networkAcls); }
    ListOf<SecurityGroup> securityGroupList() const { return ListOf<SecurityGroup>(securityGroups); }
    ListOf<NatGateway> natGatewayList() const { return ListOf<NatGateway>(natGateways); }
    ListOf<Endpoint> endpointList() const { return ListOf<Endpoint>(endpoints); }
    ListOf<Instance> instanceList() const { return ListOf<Instance>(instances); }
    ListOf<FlowLog> flowLogList() const { return ListOf<FlowLog>(flowLogs); }

    /// The list that holds children of `kind`, or nullptr when a VPC holds none.
    ObjectList *childList(ObjectKind kind);
    const ObjectList *childList(ObjectKind kind) const;
};

struct PeeringConnection : Object
{
    PeeringConnection() : Object(ObjectKind::PeeringConnection) {}
    ObjectPtr clone() const override { return std::make_unique<PeeringConnection>(*this); }
    QString name;
    QString requester;
    QString accepter;
    PeeringStatus status = PeeringStatus::Active;
    bool requesterDnsResolution = false;
    bool accepterDnsResolution = false;
    bool isActive() const { return status == PeeringStatus::Active; }
    /// The VPC at the other end from `vpcId` (empty when `vpcId` is neither end).
    QString peerOf(const QString &vpcId) const;
};

/// An S3 bucket that flows name (FORMAT.md `buckets`), with its bucket policy.
struct Bucket : Object
{
    Bucket() : Object(ObjectKind::Bucket) {}
    ObjectPtr clone() const override { return std::make_unique<Bucket>(*this); }
    QString name;
    QString bucketName;                               // the name in ARNs; empty: the id
    QString region;                                   // empty: the region of the VPC that asks
    QString account = QStringLiteral("123456789012"); // the owner's account (Vpc::DefaultAccount)
    YamlValue policy;                                 // Null when absent
    QString effectiveBucketName() const { return bucketName.isEmpty() ? id : bucketName; }
    QString effectiveAccount() const { return account; }
};

/// What must or must not reach what, proved over every packet (INTENTS.md).
struct Intent : Object
{
    Intent() : Object(ObjectKind::Intent) {}
    ObjectPtr clone() const override { return std::make_unique<Intent>(*this); }
    QString name;
    QStringList from; // spaces: internet, an id, a CIDR block, service:NAME
    QStringList to;
    Protocol protocol{Protocol::All};
    QList<PortRange> ports{PortRange::all()};
    IntentExpect expect = IntentExpect::None;
    QString via; // an object every delivered packet passes (empty: none)
};

struct Flow : Object
{
    /// The longest start or duration: 31 days.
    static constexpr int MaxSeconds = 31 * 24 * 3600;
    Flow() : Object(ObjectKind::Flow) {}
    ObjectPtr clone() const override { return std::make_unique<Flow>(*this); }
    QString name;
    QString from;
    QString to;
    Protocol protocol{Protocol::Tcp};
    int port = -1;       // -1: absent (icmp, all)
    int sourcePort = -1; // -1: a stable ephemeral port
    double start = 0;
    double duration = 60;
    double packetsPerSecond = 1;
    double bytesPerPacket = 100; // a mean: 212.45 gives 4249 bytes for 20 packets
    bool reply = true;
    /// A TCP connection closes at the flow's end (FIN in its last window); false: it goes
    /// on past the scenario, as the first window of the flow-log guide's TCP-flags example.
    bool closes = true;
    double replyDelay = 0; // seconds from the first request to the first answer
    /// Asymmetric answers (FORMAT.md): how many in all, and their mean size; 0 (absent):
    /// as many as the requests, of the requests' size.
    double replyPackets = 0;
    double replyBytesPerPacket = 0;
    /// What a request to an AWS service does, for endpoint policies (FORMAT.md): the
    /// action (default s3:GetObject) and the principal's ARN (default the source's account).
    QString action;
    QString principal;
    /// The bucket a request to service:s3 is for (its policy is evaluated); empty: none.
    QString bucket;
};

struct Scenario : Object
{
    Scenario() : Object(ObjectKind::Scenario) {}
    ObjectPtr clone() const override;
    static QDateTime defaultStart();
    QString name;
    QDateTime start = defaultStart();
    ChildList flows;
    ListOf<Flow> flowList() const { return ListOf<Flow>(flows); }
};

/// Geometry of one object on the canvas, in absolute scene coordinates.
struct LayoutRect
{
    double x = 0;
    double y = 0;
    double width = 0; // 0: no size written (points such as instances)
    double height = 0;
    bool hasSize() const { return width > 0 || height > 0; }
    friend bool operator==(const LayoutRect &, const LayoutRect &) = default;
};

/// The object's `name` (empty when it has none, or its kind has no names).
QString objectNameOf(const Object &object);
/// Kind names as the UI and messages use them ("subnet", "route table").
QString kindName(ObjectKind kind);
/// The kind name with its indefinite article ("a subnet", "an instance").
QString kindNameWithArticle(ObjectKind kind);
/// The kebab-case tag used in JSON and CLI output ("subnet", "route-table").
const char *kindTag(ObjectKind kind);
/// The conventional id prefix of a kind ("subnet-", "rtb-").
QString kindIdPrefix(ObjectKind kind);
/// Whether an id follows FORMAT.md: 1-64 letters, digits, '-', '_', '.'.
bool isValidId(QStringView id);
/// An AWS account id: exactly 12 ASCII digits.
bool isValidAccount(QStringView account);

Q_DECLARE_METATYPE(LayoutRect)
