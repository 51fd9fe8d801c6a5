#pragma once

#include "objects.h"

#include <QVariant>

#include <span>

/// How a property's value is typed, read, written and edited.
enum class PropertyType : quint8 {
    Id,
    String,
    Text, // multi-line
    Bool,
    Int,
    Port, // -1 when absent
    Number,
    Enum,
    Cidr, // invalid Cidr when absent
    CidrList,
    Address, // invalid IpAddress when absent
    Ref,     // an id; empty when absent
    RefList,
    Routes,
    NaclRules,
    SgRules,
    OptionalSgRules, // null QVariant when absent
    Mapping,
    DateTime,
    Protocol,
    FlowEndpoint, // an instance id, an address, or service:NAME
    Account,      // an AWS account id: 12 digits
    SpaceList,    // intents' spaces (QStringList): internet, ids, CIDR blocks, service:NAME
    PortList,     // QList<PortRange>: one range or a list of them
};

/// One key of an object's file entry: the single description that the reader, the
/// writer, the property commands and the inspector all share.
struct PropertyDef
{
    const char *key = nullptr;
    PropertyType type = PropertyType::String;
    QVariant (*get)(const Object &) = nullptr;
    void (*set)(Object &, const QVariant &) = nullptr;
    bool required = false;
    /// Ref/RefList: the kinds the id may name. FlowEndpoint: the kinds an id may name.
    KindMask refKinds = 0;
    /// Ref: removing the named object removes this one too (the reference is required).
    bool cascade = false;
    /// Written even when it holds the default, because a reader of the file expects it.
    bool alwaysWrite = false;
    /// Enum: the allowed values, in the order the inspector offers them.
    std::span<const char *const> enumValues;
    int minimum = 0;
    int maximum = 0; // Int: a range when minimum < maximum
};

Q_DECLARE_METATYPE(Protocol)
Q_DECLARE_METATYPE(PortRange)
Q_DECLARE_METATYPE(RouteList)
Q_DECLARE_METATYPE(NaclRuleList)
Q_DECLARE_METATYPE(SgRuleList)

/// A list of child objects under a key of an object's entry.
struct ChildListDef
{
    const char *key;
    ObjectKind kind;
    bool single; // a mapping such as `internet-gateway: {id: igw-a}`, at most one
};

/// The properties of a kind, in the order they are written to files.
std::span<const PropertyDef> propertiesOf(ObjectKind kind);
const PropertyDef *findProperty(ObjectKind kind, std::string_view key);
const PropertyDef *findProperty(ObjectKind kind, QStringView key);
/// The child lists of a kind (a VPC's subnets..., a scenario's flows), in file order.
std::span<const ChildListDef> childListsOf(ObjectKind kind);
/// The top-level lists of a design: vpcs, peering-connections, buckets, traffic.
std::span<const ChildListDef> topLevelLists();

/// A new object of `kind` with every default of FORMAT.md.
ObjectPtr createObject(ObjectKind kind);
/// The value a property has on a new object (what the writer leaves out).
QVariant defaultValue(ObjectKind kind, const PropertyDef &def);

/// A property's value as one line of text (for the inspector and messages).
QString propertyText(const PropertyDef &def, const QVariant &value);
/// Reads a property's value from one line of text; nullopt with `error` set on bad input.
/// The inverse of propertyText for every scalar and list type.
std::optional<QVariant> propertyFromText(const PropertyDef &def, const QString &text, QString *error);

/// Whether an intent's space is an object's id (not internet, a block, an address or
/// service:NAME); and whether it is a space at all, as written.
bool isSpaceId(const QString &space);
bool isSpaceText(const QString &space);

/// Reference checks shared by the reader, the commands and the validators.
/// Every id a property's value names (a Ref, a RefList, route targets, group peers).
QStringList referencedIds(const PropertyDef &def, const QVariant &value);
/// The value with every reference to `id` dropped (rows and list entries removed, a
/// single reference cleared), or with it renamed to `newId` when that is non-empty.
QVariant withoutReference(const PropertyDef &def, const QVariant &value, const QString &id, const QString &newId = {});
