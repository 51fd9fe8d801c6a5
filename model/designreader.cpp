#include "designformat.h"
#include "properties.h"
#include "yamltree.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <charconv>
#include <cmath>

namespace {

using Node = YamlTree::Node;
using Type = YamlTree::Type;
constexpr quint32 None = YamlTree::None;

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesignReader)
};

QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString quote(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString quote(std::string_view s)
{
    return quote(str(s));
}

bool parseInt(std::string_view s, qint64 &out)
{
    if (!s.empty() && s[0] == '+')
        s.remove_prefix(1);
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}

bool parseDouble(std::string_view s, double &out)
{
    if (!s.empty() && s[0] == '+')
        s.remove_prefix(1);
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && ec == std::errc() && end == s.data() + s.size() && std::isfinite(out);
}

std::optional<bool> parseBool(std::string_view s)
{
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    return std::nullopt;
}

const char *typeName(Type t)
{
    switch (t) {
    case Type::Null: return "nothing";
    case Type::Scalar: return "a single value";
    case Type::Sequence: return "a list";
    case Type::Mapping: return "a mapping";
    case Type::Alias: return "an alias";
    }
    return "";
}

/// Reads a YamlTree into a Design, collecting every error and warning with its position.
class Reader
{
public:
    Reader(YamlTree &tree, const QString &file, DiagnosticList &out)
        : mTree(tree), mFile(file), mOut(out)
    {
    }

    std::unique_ptr<Design> run()
    {
        mDesign = std::make_unique<Design>();
        readTop(mTree.root());
        if (mErrors > 0)
            return nullptr;
        return std::move(mDesign);
    }

private:
    // ---- diagnostics ------------------------------------------------------------------
    void report(Diagnostic::Severity severity, quint32 at, const QString &message)
    {
        Diagnostic d;
        d.severity = severity;
        d.file = mFile;
        if (at != None) {
            d.line = int(mTree.node(at).line);
            d.column = int(mTree.node(at).column);
        }
        d.message = message;
        mOut.append(d);
    }
    void error(quint32 at, const QString &message)
    {
        if (mStop)
            return;
        report(Diagnostic::Severity::Error, at, message);
        if (++mErrors >= DesignFormat::MaxErrors) {
            Diagnostic d;
            d.file = mFile;
            d.message = Tr::tr("too many errors; reading stopped");
            mOut.append(d);
            mStop = true;
        }
    }
    void warning(quint32 at, const QString &message)
    {
        if (!mStop)
            report(Diagnostic::Severity::Warning, at, message);
    }

    // ---- tree access ------------------------------------------------------------------
    const Node &node(quint32 i) const { return mTree.node(i); }

    /// The node an alias stands for; None (after one error) when expansion runs away.
    quint32 resolve(quint32 i)
    {
        const quint32 r = mTree.resolve(i);
        if (r == None && i != None) {
            if (mTree.budgetExceeded() && !mBombReported) {
                mBombReported = true;
                error(i, Tr::tr("anchors and aliases here would expand to more than %1 nodes; an "
                            "alias that repeats an alias that repeats... (a 'billion laughs' "
                            "file) is refused")
                             .arg(mTree.expansionBudget()));
                mStop = true;
            } else if (!mTree.budgetExceeded()) {
                error(i, Tr::tr("an alias names an anchor that does not exist"));
            }
        }
        return r;
    }

    /// Calls f(keyNode, key, valueNode) for each entry; reports non-scalar and repeated keys.
    template <class F>
    void forEachEntry(quint32 map, F &&f)
    {
        std::vector<std::string_view> seen;
        for (quint32 k = node(map).first; k != None && !mStop;) {
            const quint32 v = node(k).next;
            const quint32 key = resolve(k);
            if (key == None)
                return;
            if (node(key).type != Type::Scalar) {
                error(k, Tr::tr("a key must be a single word, not %1").arg(QLatin1String(typeName(node(key).type))));
            } else {
                const std::string_view name = mTree.text(node(key));
                if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
                    error(k, Tr::tr("the key %1 appears twice in one mapping").arg(quote(name)));
                } else {
                    seen.push_back(name);
                    f(k, name, v);
                }
            }
            k = v == None ? None : node(v).next;
        }
    }

    /// The text of a scalar value; nullopt (with an error) for other shapes. Null gives "".
    std::optional<std::string_view> scalar(quint32 at, const QString &what)
    {
        const quint32 v = resolve(at);
        if (v == None)
            return std::nullopt;
        if (node(v).type == Type::Null)
            return std::string_view();
        if (node(v).type != Type::Scalar) {
            error(at, Tr::tr("%1 should be a single value, not %2")
                          .arg(what, QLatin1String(typeName(node(v).type))));
            return std::nullopt;
        }
        return mTree.text(node(v));
    }

    bool isNull(quint32 at)
    {
        const quint32 v = mTree.resolve(at);
        return v != None && node(v).type == Type::Null;
    }

    // ---- generic values ---------------------------------------------------------------
    std::optional<YamlValue> toValue(quint32 at, int depth)
    {
        if (depth > 64) {
            error(at, Tr::tr("this value is nested more than 64 levels deep"));
            return std::nullopt;
        }
        const quint32 v = resolve(at);
        if (v == None)
            return std::nullopt;
        YamlValue out;
        const Node &n = node(v);
        switch (n.type) {
        case Type::Null:
        case Type::Alias: break;
        case Type::Scalar:
            out.type = YamlValue::Type::Scalar;
            out.scalar = str(mTree.text(n));
            out.quoted = n.quoted;
            break;
        case Type::Sequence:
            out.type = YamlValue::Type::Sequence;
            for (quint32 c = n.first; c != None; c = node(c).next) {
                auto item = toValue(c, depth + 1);
                if (!item)
                    return std::nullopt;
                out.items.push_back(std::move(*item));
            }
            break;
        case Type::Mapping: {
            out.type = YamlValue::Type::Mapping;
            bool ok = true;
            forEachEntry(v, [&](quint32, std::string_view key, quint32 value) {
                auto item = ok ? toValue(value, depth + 1) : std::nullopt;
                if (!item) {
                    ok = false;
                    return;
                }
                out.entries.emplace_back(str(key), std::move(*item));
            });
            if (!ok)
                return std::nullopt;
            break;
        }
        }
        return out;
    }

    void keepUnknown(ExtraKeys &extra, quint32 keyNode, std::string_view key, quint32 value,
                     const QString &where)
    {
        warning(keyNode, Tr::tr("unknown key %1 in %2; it is kept as written").arg(quote(key), where));
        if (auto v = toValue(value, 0))
            extra.emplace_back(str(key), std::move(*v));
    }

    // ---- typed values -----------------------------------------------------------------
    std::optional<Cidr> cidr(quint32 at, std::string_view text)
    {
        QString why;
        auto c = Cidr::parse(text, &why);
        if (!c)
            error(at, Tr::tr("%1 is not a CIDR block: %2").arg(quote(text), why));
        return c;
    }

    std::optional<IpAddress> address(quint32 at, std::string_view text)
    {
        QString why;
        auto a = IpAddress::parse(text, &why);
        if (!a)
            error(at, Tr::tr("%1 is not an IP address: %2").arg(quote(text), why));
        return a;
    }

    std::optional<QString> id(quint32 at, std::string_view text)
    {
        const QString s = str(text);
        if (!isValidId(s)) {
            error(at, Tr::tr("%1 is not a valid id: an id is 1 to 64 letters, digits, '-', '_' or '.'")
                          .arg(quote(text)));
            return std::nullopt;
        }
        return s;
    }

    /// A list value; a single null counts as empty. Calls f(itemNode) per item.
    template <class F>
    bool forEachItem(quint32 at, const QString &what, F &&f)
    {
        const quint32 v = resolve(at);
        if (v == None)
            return false;
        if (node(v).type == Type::Null)
            return true;
        if (node(v).type != Type::Sequence) {
            error(at, Tr::tr("%1 should be a list, not %2").arg(what, QLatin1String(typeName(node(v).type))));
            return false;
        }
        for (quint32 c = node(v).first; c != None && !mStop; c = node(c).next)
            f(c);
        return true;
    }

    std::optional<PortRange> ports(quint32 at)
    {
        auto text = scalar(at, QStringLiteral("ports"));
        if (!text)
            return std::nullopt;
        if (text->empty() || *text == "all")
            return PortRange::all();
        QString why;
        auto r = PortRange::parse(*text, &why);
        if (!r)
            error(at, Tr::tr("%1: %2").arg(quote(*text), why));
        return r;
    }

    std::optional<Protocol> protocol(quint32 at)
    {
        auto text = scalar(at, QStringLiteral("protocol"));
        if (!text)
            return std::nullopt;
        auto p = Protocol::parse(*text);
        if (!p)
            error(at, Tr::tr("%1 is not a protocol: use tcp, udp, icmp, icmpv6, all (or -1), or a "
                         "number from 0 to 255")
                          .arg(quote(*text)));
        return p;
    }

    std::optional<RouteList> routes(quint32 at)
    {
        RouteList out;
        bool ok = forEachItem(at, QStringLiteral("routes"), [&](quint32 item) {
            const quint32 m = resolve(item);
            if (m == None || node(m).type != Type::Mapping) {
                error(item, Tr::tr("a route is a mapping such as {destination: 0.0.0.0/0, target: igw-a}"));
                return;
            }
            Route r;
            bool hasDest = false, hasTarget = false, good = true;
            forEachEntry(m, [&](quint32 k, std::string_view key, quint32 v) {
                if (key == "destination") {
                    auto t = scalar(v, QStringLiteral("destination"));
                    auto c = t ? cidr(v, *t) : std::nullopt;
                    good = good && c.has_value();
                    if (c) {
                        r.destination = *c;
                        hasDest = true;
                    }
                } else if (key == "target") {
                    auto t = scalar(v, QStringLiteral("target"));
                    auto i = t ? id(v, *t) : std::nullopt;
                    good = good && i.has_value();
                    if (i) {
                        r.target = *i;
                        hasTarget = true;
                    }
                } else {
                    warning(k, Tr::tr("unknown key %1 in a route; it is ignored").arg(quote(key)));
                }
            });
            if (!hasDest && good)
                error(item, Tr::tr("a route needs a destination"));
            else if (!hasTarget && good)
                error(item, Tr::tr("a route needs a target"));
            else if (good)
                out.append(r);
        });
        if (!ok)
            return std::nullopt;
        return out;
    }

    std::optional<NaclRuleList> naclRules(quint32 at, bool ingress)
    {
        const char *peerKey = ingress ? "source" : "destination";
        NaclRuleList out;
        bool ok = forEachItem(at, QLatin1String(ingress ? "ingress" : "egress"), [&](quint32 item) {
            const quint32 m = resolve(item);
            if (m == None || node(m).type != Type::Mapping) {
                error(item, Tr::tr("a network ACL rule is a mapping such as {rule: 100, protocol: tcp, "
                               "ports: 443, %1: 0.0.0.0/0, action: allow}")
                                .arg(QLatin1String(peerKey)));
                return;
            }
            NaclRule r;
            bool hasNumber = false, hasPeer = false, hasAction = false, good = true;
            forEachEntry(m, [&](quint32 k, std::string_view key, quint32 v) {
                if (key == "rule") {
                    auto t = scalar(v, QStringLiteral("rule"));
                    qint64 n = 0;
                    if (t && parseInt(*t, n) && n >= 0 && n <= 1000000) {
                        r.number = int(n);
                        hasNumber = true;
                    } else if (t) {
                        error(v, Tr::tr("a rule number is a whole number (1 to 32766)"));
                        good = false;
                    }
                } else if (key == "protocol") {
                    auto p = protocol(v);
                    good = good && p.has_value();
                    if (p)
                        r.protocol = *p;
                } else if (key == "ports") {
                    auto p = ports(v);
                    good = good && p.has_value();
                    if (p)
                        r.ports = *p;
                } else if (key == peerKey) {
                    auto t = scalar(v, QLatin1String(peerKey));
                    auto c = t ? cidr(v, *t) : std::nullopt;
                    good = good && c.has_value();
                    if (c) {
                        r.cidr = *c;
                        hasPeer = true;
                    }
                } else if (key == "action") {
                    auto t = scalar(v, QStringLiteral("action"));
                    if (t && (*t == "allow" || *t == "deny")) {
                        r.allow = *t == "allow";
                        hasAction = true;
                    } else if (t) {
                        error(v, Tr::tr("action is allow or deny"));
                        good = false;
                    }
                } else {
                    warning(k, Tr::tr("unknown key %1 in a network ACL rule; it is ignored").arg(quote(key)));
                }
            });
            if (!good)
                return;
            if (!hasNumber)
                error(item, Tr::tr("a network ACL rule needs a rule number"));
            else if (!hasPeer)
                error(item, Tr::tr("an %1 rule needs a %2").arg(QLatin1String(ingress ? "ingress" : "egress"), QLatin1String(peerKey)));
            else if (!hasAction)
                error(item, Tr::tr("a network ACL rule needs an action (allow or deny)"));
            else
                out.append(r);
        });
        if (!ok)
            return std::nullopt;
        return out;
    }

    std::optional<SgRuleList> sgRules(quint32 at, bool ingress)
    {
        const char *peerKey = ingress ? "source" : "destination";
        SgRuleList out;
        bool ok = forEachItem(at, QLatin1String(ingress ? "ingress" : "egress"), [&](quint32 item) {
            const quint32 m = resolve(item);
            if (m == None || node(m).type != Type::Mapping) {
                error(item, Tr::tr("a security-group rule is a mapping such as {protocol: tcp, ports: "
                               "443, %1: 0.0.0.0/0}")
                                .arg(QLatin1String(peerKey)));
                return;
            }
            SgRule r;
            bool hasPeer = false, good = true;
            forEachEntry(m, [&](quint32 k, std::string_view key, quint32 v) {
                if (key == "protocol") {
                    auto p = protocol(v);
                    good = good && p.has_value();
                    if (p)
                        r.protocol = *p;
                } else if (key == "ports") {
                    auto p = ports(v);
                    good = good && p.has_value();
                    if (p)
                        r.ports = *p;
                } else if (key == peerKey) {
                    auto t = scalar(v, QLatin1String(peerKey));
                    if (!t) {
                        good = false;
                        return;
                    }
                    // A block when it has a slash; else the id of a group or prefix list.
                    if (t->find('/') != std::string_view::npos) {
                        auto c = cidr(v, *t);
                        good = good && c.has_value();
                        if (c) {
                            r.cidr = *c;
                            hasPeer = true;
                        }
                    } else if (IpAddress::parse(*t)) {
                        error(v, Tr::tr("%1 is an address; a rule needs a block such as %2/%3")
                                     .arg(quote(*t), str(*t))
                                     .arg(t->find(':') == std::string_view::npos ? 32 : 128));
                        good = false;
                    } else {
                        auto i = id(v, *t);
                        good = good && i.has_value();
                        if (i) {
                            r.group = *i;
                            hasPeer = true;
                        }
                    }
                } else {
                    warning(k, Tr::tr("unknown key %1 in a security-group rule; it is ignored").arg(quote(key)));
                }
            });
            if (!good)
                return;
            if (!hasPeer)
                error(item, Tr::tr("a security-group rule needs a %1 (a CIDR block or a group id)").arg(QLatin1String(peerKey)));
            else
                out.append(r);
        });
        if (!ok)
            return std::nullopt;
        return out;
    }

    /// Reads one property value; nullopt after reporting an error.
    std::optional<QVariant> value(ObjectKind kind, const PropertyDef &def, quint32 at)
    {
        const QString key = QLatin1String(def.key);
        switch (def.type) {
        case PropertyType::Routes: {
            auto r = routes(at);
            return r ? std::optional<QVariant>(QVariant::fromValue(*r)) : std::nullopt;
        }
        case PropertyType::NaclRules: {
            auto r = naclRules(at, key == QLatin1String("ingress"));
            return r ? std::optional<QVariant>(QVariant::fromValue(*r)) : std::nullopt;
        }
        case PropertyType::SgRules:
        case PropertyType::OptionalSgRules: {
            auto r = sgRules(at, key == QLatin1String("ingress"));
            return r ? std::optional<QVariant>(QVariant::fromValue(*r)) : std::nullopt;
        }
        case PropertyType::Mapping: {
            auto v = toValue(at, 0);
            return v ? std::optional<QVariant>(QVariant::fromValue(*v)) : std::nullopt;
        }
        case PropertyType::CidrList: {
            QList<Cidr> blocks;
            bool good = true;
            const bool ok = forEachItem(at, key, [&](quint32 item) {
                auto t = scalar(item, key);
                auto c = t ? cidr(item, *t) : std::nullopt;
                good = good && c.has_value();
                if (c)
                    blocks.append(*c);
            });
            if (!ok || !good)
                return std::nullopt;
            return QVariant::fromValue(blocks);
        }
        case PropertyType::RefList: {
            QStringList ids;
            bool good = true;
            const bool ok = forEachItem(at, key, [&](quint32 item) {
                auto t = scalar(item, key);
                auto i = t ? id(item, *t) : std::nullopt;
                good = good && i.has_value();
                if (i)
                    ids.append(*i);
            });
            if (!ok || !good)
                return std::nullopt;
            return QVariant(ids);
        }
        default: break;
        }

        auto text = scalar(at, key);
        if (!text)
            return std::nullopt;
        if (text->empty() && isNull(at))
            return defaultValue(kind, def);
        switch (def.type) {
        case PropertyType::Id:
        case PropertyType::Ref: {
            if (def.type == PropertyType::Ref && text->empty())
                return QVariant(QString());
            auto i = id(at, *text);
            return i ? std::optional<QVariant>(*i) : std::nullopt;
        }
        case PropertyType::String:
        case PropertyType::Text:
        case PropertyType::FlowEndpoint: return QVariant(str(*text));
        case PropertyType::Enum:
            for (const char *e : def.enumValues)
                if (*text == e)
                    return QVariant(str(*text));
            {
                QStringList names;
                for (const char *e : def.enumValues)
                    names.append(QLatin1String(e));
                error(at, Tr::tr("%1 is not a value of %2: use %3")
                              .arg(quote(*text), key, names.join(QStringLiteral(", "))));
            }
            return std::nullopt;
        case PropertyType::Bool:
            if (auto b = parseBool(*text))
                return QVariant(*b);
            error(at, Tr::tr("%1 is true or false, not %2").arg(key, quote(*text)));
            return std::nullopt;
        case PropertyType::Int:
        case PropertyType::Port: {
            qint64 n = 0;
            if (!parseInt(*text, n)) {
                error(at, Tr::tr("%1 is a whole number, not %2").arg(key, quote(*text)));
                return std::nullopt;
            }
            if (def.type == PropertyType::Port && (n < 0 || n > 65535)) {
                error(at, Tr::tr("a port is 0 to 65535, not %1").arg(n));
                return std::nullopt;
            }
            if (def.minimum < def.maximum && (n < def.minimum || n > def.maximum)) {
                error(at, Tr::tr("%1 is %2 to %3, not %4").arg(key).arg(def.minimum).arg(def.maximum).arg(n));
                return std::nullopt;
            }
            return QVariant(int(n));
        }
        case PropertyType::Number: {
            double d = 0;
            if (!parseDouble(*text, d) || d < 0) {
                error(at, Tr::tr("%1 is a number of zero or more, not %2").arg(key, quote(*text)));
                return std::nullopt;
            }
            return QVariant(d);
        }
        case PropertyType::Cidr: {
            if (text->empty())
                return QVariant::fromValue(Cidr());
            auto c = cidr(at, *text);
            return c ? std::optional<QVariant>(QVariant::fromValue(*c)) : std::nullopt;
        }
        case PropertyType::Address: {
            if (text->empty())
                return QVariant::fromValue(IpAddress());
            auto a = address(at, *text);
            return a ? std::optional<QVariant>(QVariant::fromValue(*a)) : std::nullopt;
        }
        case PropertyType::DateTime: {
            const QDateTime t = QDateTime::fromString(str(*text), Qt::ISODate);
            if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
                error(at, Tr::tr("%1 is not a UTC time such as 2026-11-26T10:00:00Z").arg(quote(*text)));
                return std::nullopt;
            }
            return QVariant(t.toUTC());
        }
        case PropertyType::Protocol: {
            auto p = protocol(at);
            return p ? std::optional<QVariant>(QVariant::fromValue(*p)) : std::nullopt;
        }
        default: break;
        }
        return std::nullopt;
    }

    // ---- objects ----------------------------------------------------------------------
    QString describe(const Object &o) const
    {
        return Tr::tr("%1 %2").arg(kindName(o.kind), quote(o.id));
    }

    Object *readObject(quint32 at, ObjectKind kind, Object *parent, const QString &listKey)
    {
        const quint32 m = resolve(at);
        if (m == None)
            return nullptr;
        if (node(m).type != Type::Mapping) {
            error(at, Tr::tr("each entry of %1 is a mapping with an id, not %2")
                          .arg(listKey, QLatin1String(typeName(node(m).type))));
            return nullptr;
        }
        // The id first: messages and duplicate checks need it.
        quint32 idNode = None;
        forEachEntry(m, [&](quint32, std::string_view key, quint32 v) {
            if (key == "id")
                idNode = v;
        });
        if (mStop)
            return nullptr;
        if (idNode == None) {
            error(at, Tr::tr("this %1 has no id; every object needs one").arg(kindName(kind)));
            return nullptr;
        }
        auto idText = scalar(idNode, QStringLiteral("id"));
        if (!idText)
            return nullptr;
        auto objectId = id(idNode, *idText);
        if (!objectId)
            return nullptr;

        ObjectPtr owned = createObject(kind);
        Object *object = owned.get();
        object->id = *objectId;
        object->line = int(node(m).line);
        object->column = int(node(m).column);
        if (Object *existing = mDesign->find(*objectId)) {
            error(idNode, Tr::tr("the id %1 is used twice: it already names the %2 at line %3")
                              .arg(quote(*idText), kindName(existing->kind))
                              .arg(existing->line));
            return nullptr;
        }
        if (!mDesign->insert(parent, owned)) {
            error(idNode, Tr::tr("a %1 cannot stand here").arg(kindName(kind)));
            return nullptr;
        }

        QSet<const PropertyDef *> present;
        forEachEntry(m, [&](quint32 k, std::string_view key, quint32 v) {
            if (key == "id")
                return;
            if (const PropertyDef *def = findProperty(kind, key)) {
                if (auto val = value(kind, *def, v)) {
                    def->set(*object, *val);
                    if (!isNull(v))
                        present.insert(def);
                }
                return;
            }
            for (const ChildListDef &list : childListsOf(kind)) {
                if (key == list.key) {
                    readChildren(v, list, object);
                    return;
                }
            }
            keepUnknown(object->extra, k, key, v, describe(*object));
        });
        for (const PropertyDef &def : propertiesOf(kind)) {
            if (def.required && !present.contains(&def) && def.type != PropertyType::Id)
                error(at, Tr::tr("%1 has no %2, which is required")
                              .arg(describe(*object), quote(QLatin1String(def.key))));
        }
        if (kind == ObjectKind::Vpc && present.contains(findProperty(kind, std::string_view("cidr-blocks"))) &&
            static_cast<Vpc *>(object)->cidrBlocks.isEmpty())
            error(at, Tr::tr("%1 needs at least one IPv4 block in cidr-blocks").arg(describe(*object)));
        return object;
    }

    void readChildren(quint32 at, const ChildListDef &list, Object *parent)
    {
        const QString key = QLatin1String(list.key);
        if (list.single) {
            const quint32 v = resolve(at);
            if (v == None || node(v).type == Type::Null)
                return;
            if (node(v).type != Type::Mapping) {
                error(at, Tr::tr("%1 is a mapping such as {id: %2a}").arg(key, kindIdPrefix(list.kind)));
                return;
            }
            readObject(at, list.kind, parent, key);
            return;
        }
        forEachItem(at, key, [&](quint32 item) { readObject(item, list.kind, parent, key); });
        checkSingletons(parent);
    }

    /// At most one main route table and one default ACL per VPC (FORMAT.md).
    void checkSingletons(Object *parent)
    {
        if (!parent || parent->kind != ObjectKind::Vpc)
            return;
        const auto *vpc = static_cast<const Vpc *>(parent);
        const auto second = [&](auto list, auto flag, const char *what) {
            const Object *first = nullptr;
            for (auto *o : list) {
                if (!flag(o))
                    continue;
                if (first && !mReportedSingletons.contains(o)) {
                    mReportedSingletons.insert(o);
                    Diagnostic d;
                    d.file = mFile;
                    d.line = o->line;
                    d.column = o->column;
                    d.message = Tr::tr("%1 is a second %2 of %3 (the first is %4); a VPC has at most one")
                                    .arg(describe(*o), QLatin1String(what), describe(*vpc), quote(first->id));
                    mOut.append(d);
                    ++mErrors;
                }
                if (!first)
                    first = o;
            }
        };
        second(vpc->routeTableList(), [](const RouteTable *t) { return t->main; }, "main route table");
        second(vpc->networkAclList(), [](const NetworkAcl *a) { return a->isDefault; }, "default network ACL");
    }

    void readLayout(quint32 at)
    {
        const quint32 m = resolve(at);
        if (m == None || node(m).type == Type::Null)
            return;
        if (node(m).type != Type::Mapping) {
            error(at, Tr::tr("layout is a mapping from ids to positions"));
            return;
        }
        QSet<QString> seen;
        for (quint32 k = node(m).first; k != None && !mStop;) {
            const quint32 v = node(k).next;
            const quint32 key = resolve(k);
            if (key == None)
                return;
            if (node(key).type != Type::Scalar) {
                error(k, Tr::tr("a layout key is an object id"));
                k = node(v).next;
                continue;
            }
            const QString objectId = str(mTree.text(node(key)));
            if (seen.contains(objectId))
                error(k, Tr::tr("the layout of %1 is given twice").arg(quote(mTree.text(node(key)))));
            seen.insert(objectId);
            readLayoutEntry(k, objectId, v);
            k = node(v).next;
        }
    }

    void readLayoutEntry(quint32 keyNode, const QString &objectId, quint32 at)
    {
        const quint32 m = resolve(at);
        if (m == None)
            return;
        if (node(m).type != Type::Mapping) {
            error(at, Tr::tr("a layout entry is a mapping such as {x: 0, y: 0, width: 300, height: 200}"));
            return;
        }
        LayoutRect rect;
        bool hasX = false, hasY = false, good = true;
        forEachEntry(m, [&](quint32 k, std::string_view key, quint32 v) {
            double *target = key == "x"        ? &rect.x
                             : key == "y"      ? &rect.y
                             : key == "width"  ? &rect.width
                             : key == "height" ? &rect.height
                                               : nullptr;
            if (!target) {
                warning(k, Tr::tr("unknown key %1 in a layout entry; it is ignored").arg(quote(key)));
                return;
            }
            auto text = scalar(v, str(key));
            double d = 0;
            if (!text || !parseDouble(*text, d)) {
                if (text)
                    error(v, Tr::tr("%1 is a number, not %2").arg(str(key), quote(*text)));
                good = false;
                return;
            }
            if ((key == "width" || key == "height") && d < 0) {
                error(v, Tr::tr("%1 cannot be negative").arg(str(key)));
                good = false;
                return;
            }
            *target = d;
            hasX = hasX || key == "x";
            hasY = hasY || key == "y";
        });
        if (!good)
            return;
        if (!hasX || !hasY) {
            error(at, Tr::tr("a layout entry needs x and y"));
            return;
        }
        if (!mDesign->contains(objectId))
            warning(keyNode, Tr::tr("the layout names %1, which is not an object of this design; the "
                                "entry is kept")
                                 .arg(quote(objectId)));
        mDesign->setLayout(objectId, rect);
    }

    void readTop(quint32 at)
    {
        const quint32 root = resolve(at);
        if (root == None)
            return;
        if (node(root).type != Type::Mapping) {
            error(root, Tr::tr("not a VPC Designer design: the file holds %1; a design is a mapping "
                           "that starts with 'vpc-designer: 1'")
                            .arg(QLatin1String(typeName(node(root).type))));
            return;
        }
        quint32 versionNode = None;
        forEachEntry(root, [&](quint32, std::string_view key, quint32 v) {
            if (key == "vpc-designer")
                versionNode = v;
        });
        if (mStop)
            return;
        if (versionNode == None) {
            error(root, Tr::tr("not a VPC Designer design: the key 'vpc-designer: 1' (the format "
                           "version) is missing"));
            return;
        }
        auto version = scalar(versionNode, QStringLiteral("vpc-designer"));
        qint64 v = 0;
        if (!version)
            return;
        if (!parseInt(*version, v)) {
            error(versionNode, Tr::tr("vpc-designer is the format version, a whole number; %1 is not")
                                   .arg(quote(*version)));
            return;
        }
        if (v != 1) {
            error(versionNode, v > 1 ? Tr::tr("this file is in format version %1; this designer reads "
                                          "version 1 (a newer designer wrote it)")
                                           .arg(v)
                                     : Tr::tr("format version %1 does not exist; this designer reads "
                                          "version 1")
                                           .arg(v));
            return;
        }
        quint32 layoutNode = None;
        forEachEntry(root, [&](quint32 k, std::string_view key, quint32 value) {
            if (key == "vpc-designer")
                return;
            if (key == "name" || key == "description") {
                auto t = scalar(value, str(key));
                if (t)
                    (key == "name" ? mDesign->name : mDesign->description) = str(*t);
                return;
            }
            if (key == "layout") {
                layoutNode = value;
                return;
            }
            for (const ChildListDef &list : topLevelLists()) {
                if (key == list.key) {
                    readChildren(value, list, nullptr);
                    return;
                }
            }
            keepUnknown(mDesign->extra, k, key, value, Tr::tr("the design"));
        });
        // Layout last: its warnings can then tell whether an id names an object.
        if (layoutNode != None)
            readLayout(layoutNode);
    }

    YamlTree &mTree;
    QString mFile;
    DiagnosticList &mOut;
    std::unique_ptr<Design> mDesign;
    int mErrors = 0;
    bool mStop = false;
    bool mBombReported = false;
    QSet<const Object *> mReportedSingletons;
};

} // namespace

Diagnostic LoadResult::firstError() const
{
    for (const Diagnostic &d : diagnostics)
        if (d.isError())
            return d;
    return {};
}

DiagnosticList LoadResult::warnings() const
{
    DiagnosticList out;
    for (const Diagnostic &d : diagnostics)
        if (!d.isError())
            out.append(d);
    return out;
}

LoadResult DesignFormat::read(const QByteArray &data, const QString &fileName)
{
    LoadResult result;
    YamlTree tree;
    Diagnostic parseError;
    if (!tree.parse(data, fileName, parseError)) {
        result.diagnostics.append(parseError);
        return result;
    }
    result.diagnostics.append(tree.warnings());
    Reader reader(tree, fileName, result.diagnostics);
    result.design = reader.run();
    return result;
}

LoadResult DesignFormat::load(const QString &path)
{
    LoadResult result;
    Diagnostic d;
    d.file = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        d.message = Tr::tr("no such file");
        result.diagnostics.append(d);
        return result;
    }
    if (info.isDir()) {
        d.message = Tr::tr("is a folder, not a design file");
        result.diagnostics.append(d);
        return result;
    }
    if (info.size() > MaxFileSize) {
        d.message = Tr::tr("the file is %1 MB; designs up to %2 MB can be opened (a design of 2,000 "
                       "VPCs is about 18 MB), so this is not read")
                        .arg(info.size() >> 20)
                        .arg(MaxFileSize >> 20);
        result.diagnostics.append(d);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        d.message = Tr::tr("cannot be read: %1").arg(file.errorString());
        result.diagnostics.append(d);
        return result;
    }
    const QByteArray data = file.readAll();
    if (data.size() != info.size() && file.error() != QFileDevice::NoError) {
        d.message = Tr::tr("cannot be read: %1").arg(file.errorString());
        result.diagnostics.append(d);
        return result;
    }
    return read(data, path);
}
