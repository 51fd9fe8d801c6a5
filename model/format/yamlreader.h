#pragma once

#include "diagnostic.h"
#include "objects.h"
#include "yamltree.h"

#include <QVariant>

#include <functional>
#include <optional>
#include <string_view>

struct PropertyDef;

/// Reads typed values out of a YamlTree, with the position of every problem: the part
/// of reading a design that knows YAML and values but not which object holds them.
/// Errors and warnings collect in the list given; after MaxErrors reading stops.
class YamlReader
{
public:
    YamlReader(YamlTree &tree, const QString &file, DiagnosticList &out);
    /// Keys one mapping may hold (a design of 2,000 VPCs has 116,000 objects, so at most as
    /// many layout entries);
    /// a mapping with more is refused before any of its keys is read.
    static constexpr quint32 MaxKeysPerMapping = 1'000'000;
    int errorCount() const { return mErrors; }
    /// The tree's root as a free-form value.
    std::optional<YamlValue> rootValue() { return toValue(mTree.root(), 0); }

protected:
    using Node = YamlTree::Node;
    using Type = YamlTree::Type;
    using EntryFn = std::function<void(quint32 keyNode, std::string_view key, quint32 value)>;
    using ItemFn = std::function<void(quint32 item)>;
    static constexpr quint32 None = YamlTree::None;

    // ---- diagnostics
    void report(Diagnostic::Severity severity, quint32 at, const QString &message);

    void error(quint32 at, const QString &message);

    void warning(quint32 at, const QString &message);

    // ---- tree access
    /// The node an alias stands for; None (after one error) when expansion runs away.
    quint32 resolve(quint32 i);
    const Node &node(quint32 i) const { return mTree.node(i); }

    /// Calls f(keyNode, key, valueNode) for each entry; reports non-scalar and repeated keys.
    void forEachEntry(quint32 map, const EntryFn &f);

    /// The text of a scalar value; nullopt (with an error) for other shapes. Null gives "".
    std::optional<std::string_view> scalar(quint32 at, const QString &what);

    bool isNull(quint32 at);

    std::optional<YamlValue> toValue(quint32 at, int depth);

    void keepUnknown(ExtraKeys &extra, quint32 keyNode, std::string_view key, quint32 value, const QString &where);

    // ---- values
    std::optional<Cidr> cidr(quint32 at, std::string_view text);

    std::optional<IpAddress> address(quint32 at, std::string_view text);

    std::optional<QString> id(quint32 at, std::string_view text);

    /// A list value; a single null counts as empty. Calls f(itemNode) per item.
    bool forEachItem(quint32 at, const QString &what, const ItemFn &f);
    /// One value or a list of them (intents' spaces and ports): f(itemNode) per item, or
    /// once for a value that is not a list.
    bool forOneOrEachItem(quint32 at, const QString &what, const ItemFn &f);

    std::optional<PortRange> ports(quint32 at);

    std::optional<Protocol> protocol(quint32 at);

    // ---- rows and property values (propertyreader.cpp)
    std::optional<RouteList> routes(quint32 at);

    std::optional<NaclRuleList> naclRules(quint32 at, bool ingress);

    std::optional<SgRuleList> sgRules(quint32 at, bool ingress);

    /// Reads one property value; nullopt after reporting an error.
    std::optional<QVariant> value(ObjectKind kind, const PropertyDef &def, quint32 at);

    YamlTree &mTree;
    QString mFile;
    DiagnosticList &mOut;
    int mErrors = 0;
    bool mStop = false;
    bool mBombReported = false;
};

/// Small text helpers shared by the readers.
namespace YamlReading {
QString str(std::string_view s);
QString quote(const QString &s);
QString quote(std::string_view s);
bool parseInt(std::string_view s, qint64 &out);
bool parseDouble(std::string_view s, double &out);
std::optional<bool> parseBool(std::string_view s);
const char *typeName(YamlTree::Type t);
/// Reads a free-form value from YAML text (an endpoint policy typed by the user): an
/// empty text is Null; nullopt with `error` set on bad YAML.
std::optional<YamlValue> parseValue(const QString &text, QString *error);
/// As parseValue, but only a mapping (or nothing) is accepted: a policy's text.
std::optional<YamlValue> parseMapping(const QString &text, QString *error);
} // namespace YamlReading
