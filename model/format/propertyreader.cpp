#include "properties.h"
#include "yamlreader.h"

#include <QCoreApplication>

#include <cmath>

using namespace YamlReading;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesignReader)
};

} // namespace

std::optional<RouteList> YamlReader::routes(quint32 at)
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
                // An AWS-managed prefix list (DestinationPrefixListId): service:s3, pl-...
                if (t && !(r.prefixList = Route::prefixListOf(str(*t))).isEmpty()) {
                    hasDest = true;
                    return;
                }
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

std::optional<NaclRuleList> YamlReader::naclRules(quint32 at, bool ingress)
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
            error(item, Tr::tr("an %1 rule needs a %2")
                            .arg(QLatin1String(ingress ? "ingress" : "egress"), QLatin1String(peerKey)));
        else if (!hasAction)
            error(item, Tr::tr("a network ACL rule needs an action (allow or deny)"));
        else
            out.append(r);
    });
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<SgRuleList> YamlReader::sgRules(quint32 at, bool ingress)
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
                } else if (t->substr(0, 8) == "service:" && t->size() > 8) {
                    // An AWS-managed prefix list by its service: that of the VPC's Region.
                    r.group = str(*t).toLower();
                    hasPeer = true;
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
            error(item,
                  Tr::tr("a security-group rule needs a %1 (a CIDR block or a group id)").arg(QLatin1String(peerKey)));
        else
            out.append(r);
    });
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<QVariant> YamlReader::value(ObjectKind kind, const PropertyDef &def, quint32 at)
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
        if (v && v->type != YamlValue::Type::Mapping && v->type != YamlValue::Type::Null) {
            // A policy is a document of keys (Version, Statement); a lone word or a list is a slip.
            error(at, Tr::tr("%1 is a mapping of keys such as Statement: [...], not %2")
                          .arg(key, v->type == YamlValue::Type::Sequence ? Tr::tr("a list") : quote(v->scalar)));
            return std::nullopt;
        }
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
    case PropertyType::SpaceList: {
        // One space, or a list of them.
        QStringList spaces;
        bool good = true;
        const auto one = [&](quint32 item) {
            auto t = scalar(item, key);
            if (!t) {
                good = false;
                return;
            }
            const QString s = str(*t);
            if (!isSpaceText(s)) {
                error(item, Tr::tr("%1 is not a space: internet, a CIDR block, service:NAME or an id").arg(quote(*t)));
                good = false;
                return;
            }
            spaces.append(s);
        };
        if (!forOneOrEachItem(at, key, one) || !good)
            return std::nullopt;
        return QVariant(spaces);
    }
    case PropertyType::PortList: {
        QList<PortRange> ranges;
        bool good = true;
        const auto one = [&](quint32 item) {
            auto r = ports(item);
            good = good && r.has_value();
            if (r)
                ranges.append(*r);
        };
        if (!forOneOrEachItem(at, key, one) || !good)
            return std::nullopt;
        if (ranges.isEmpty())
            ranges.append(PortRange::all());
        return QVariant::fromValue(ranges);
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
    default:
        break;
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
    case PropertyType::FlowEndpoint:
        return QVariant(str(*text));
    case PropertyType::Account:
        if (isValidAccount(str(*text)))
            return QVariant(str(*text));
        error(at, Tr::tr("an account is 12 digits, such as 111122223333, not %1").arg(quote(*text)));
        return std::nullopt;
    case PropertyType::Enum:
        for (const char *e : def.enumValues)
            if (*text == e)
                return QVariant(str(*text));
        {
            QStringList names;
            for (const char *e : def.enumValues)
                names.append(QLatin1String(e));
            error(at,
                  Tr::tr("%1 is not a value of %2: use %3").arg(quote(*text), key, names.join(QStringLiteral(", "))));
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
        if (!parseDouble(*text, d) || !std::isfinite(d) || d < 0) {
            error(at, Tr::tr("%1 is a number of zero or more, not %2").arg(key, quote(*text)));
            return std::nullopt;
        }
        if (def.minimum < def.maximum && (d < def.minimum || d > def.maximum)) {
            error(at, Tr::tr("%1 is %2 to %3, not %4").arg(key).arg(def.minimum).arg(def.maximum).arg(d));
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
    default:
        break;
    }
    return std::nullopt;
}
