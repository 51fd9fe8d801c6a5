#include "properties.h"

#include <QCoreApplication>

#include <cmath>

// Properties as the text the inspector shows and the user types, and back.

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Properties)
};

QString joinList(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

} // namespace

QString propertyText(const PropertyDef &def, const QVariant &value)
{
    switch (def.type) {
    case PropertyType::Id:
    case PropertyType::String:
    case PropertyType::Text:
    case PropertyType::Enum:
    case PropertyType::Ref:
    case PropertyType::Account:
    case PropertyType::FlowEndpoint:
        return value.toString();
    case PropertyType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case PropertyType::Int:
        return QString::number(value.toInt());
    case PropertyType::Port:
        return value.toInt() < 0 ? QString() : QString::number(value.toInt());
    case PropertyType::Number:
        return QString::number(value.toDouble(), 'g', 15);
    case PropertyType::Cidr: {
        const Cidr c = value.value<Cidr>();
        return c.isValid() ? c.toString() : QString();
    }
    case PropertyType::CidrList: {
        QStringList parts;
        for (const Cidr &c : value.value<QList<Cidr>>())
            parts.append(c.toString());
        return joinList(parts);
    }
    case PropertyType::Address: {
        const IpAddress a = value.value<IpAddress>();
        return a.isValid() ? a.toString() : QString();
    }
    case PropertyType::RefList:
    case PropertyType::SpaceList:
        return joinList(value.toStringList());
    case PropertyType::PortList: {
        QStringList parts;
        for (const PortRange &r : value.value<QList<PortRange>>())
            parts.append(r.toString());
        return joinList(parts);
    }
    case PropertyType::DateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODate);
    case PropertyType::Protocol:
        return value.value<Protocol>().toString();
    case PropertyType::Routes:
        return Tr::tr("%n route(s)", nullptr, int(value.value<RouteList>().size()));
    case PropertyType::NaclRules:
        return Tr::tr("%n rule(s)", nullptr, int(value.value<NaclRuleList>().size()));
    case PropertyType::SgRules:
        return Tr::tr("%n rule(s)", nullptr, int(value.value<SgRuleList>().size()));
    case PropertyType::OptionalSgRules:
        return value.isValid() ? Tr::tr("%n rule(s)", nullptr, int(value.value<SgRuleList>().size()))
                               : Tr::tr("all traffic (default)");
    case PropertyType::Mapping: {
        const YamlValue v = value.value<YamlValue>();
        return v.isNull() ? QString() : Tr::tr("%n entries", nullptr, int(v.entries.size()));
    }
    }
    return {};
}

std::optional<QVariant> propertyFromText(const PropertyDef &def, const QString &input, QString *error)
{
    const QString text = def.type == PropertyType::Text ? input : input.trimmed();
    const auto failWith = [&](const QString &message) -> std::optional<QVariant> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.isEmpty() && def.required)
        return failWith(Tr::tr("%1 is required").arg(QLatin1String(def.key)));
    switch (def.type) {
    case PropertyType::Id:
        if (!isValidId(text))
            return failWith(Tr::tr("an id is 1 to 64 letters, digits, '-', '_' or '.'"));
        return QVariant(text);
    case PropertyType::String:
    case PropertyType::Text:
    case PropertyType::FlowEndpoint:
        return QVariant(text);
    case PropertyType::Account:
        if (!isValidAccount(text))
            return failWith(Tr::tr("an account is 12 digits, such as 111122223333"));
        return QVariant(text);
    case PropertyType::Ref:
        if (!text.isEmpty() && !isValidId(text))
            return failWith(Tr::tr("an id is 1 to 64 letters, digits, '-', '_' or '.'"));
        return QVariant(text);
    case PropertyType::RefList: {
        const QStringList ids = splitList(text);
        for (const QString &id : ids)
            if (!isValidId(id))
                return failWith(Tr::tr("'%1' is not an id").arg(id));
        return QVariant(ids);
    }
    case PropertyType::Enum: {
        for (const char *v : def.enumValues)
            if (text == QLatin1String(v))
                return QVariant(text);
        QStringList names;
        for (const char *v : def.enumValues)
            names.append(QLatin1String(v));
        return failWith(Tr::tr("%1 is one of: %2").arg(QLatin1String(def.key), names.join(QStringLiteral(", "))));
    }
    case PropertyType::Bool:
        if (text == QLatin1String("true"))
            return QVariant(true);
        if (text == QLatin1String("false"))
            return QVariant(false);
        return failWith(Tr::tr("expected true or false"));
    case PropertyType::Int:
    case PropertyType::Port: {
        if (text.isEmpty() && def.type == PropertyType::Port)
            return QVariant(-1);
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok)
            return failWith(Tr::tr("expected a whole number"));
        if (def.type == PropertyType::Port && (n < 0 || n > 65535))
            return failWith(Tr::tr("a port is 0 to 65535"));
        if (def.minimum < def.maximum && (n < def.minimum || n > def.maximum))
            return failWith(Tr::tr("expected a number from %1 to %2").arg(def.minimum).arg(def.maximum));
        return QVariant(n);
    }
    case PropertyType::Number: {
        bool ok = false;
        const double n = text.toDouble(&ok);
        if (!ok || !std::isfinite(n) || n < 0)
            return failWith(Tr::tr("expected a number of zero or more"));
        if (def.minimum < def.maximum && (n < def.minimum || n > def.maximum))
            return failWith(Tr::tr("expected a number from %1 to %2").arg(def.minimum).arg(def.maximum));
        return QVariant(n);
    }
    case PropertyType::Cidr: {
        if (text.isEmpty())
            return QVariant::fromValue(Cidr());
        QString why;
        const auto c = Cidr::parse(QStringView(text), &why);
        if (!c)
            return failWith(Tr::tr("'%1' is not a CIDR block: %2").arg(text, why));
        return QVariant::fromValue(*c);
    }
    case PropertyType::CidrList: {
        QList<Cidr> blocks;
        for (const QString &part : splitList(text)) {
            QString why;
            const auto c = Cidr::parse(QStringView(part), &why);
            if (!c)
                return failWith(Tr::tr("'%1' is not a CIDR block: %2").arg(part, why));
            blocks.append(*c);
        }
        if (blocks.isEmpty() && def.required)
            return failWith(Tr::tr("%1 needs at least one block").arg(QLatin1String(def.key)));
        return QVariant::fromValue(blocks);
    }
    case PropertyType::Address: {
        if (text.isEmpty())
            return QVariant::fromValue(IpAddress());
        QString why;
        const auto a = IpAddress::parse(QStringView(text), &why);
        if (!a)
            return failWith(Tr::tr("'%1' is not an IP address: %2").arg(text, why));
        return QVariant::fromValue(*a);
    }
    case PropertyType::DateTime: {
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
            return failWith(Tr::tr("expected a UTC time such as 2026-11-26T10:00:00Z"));
        return QVariant(t.toUTC());
    }
    case PropertyType::Protocol: {
        const auto p = Protocol::parse(text.toStdString());
        if (!p)
            return failWith(Tr::tr("a protocol is tcp, udp, icmp, icmpv6, all (-1) or 0 to 255"));
        return QVariant::fromValue(*p);
    }
    case PropertyType::SpaceList: {
        const QStringList spaces = splitList(text);
        for (const QString &s : spaces)
            if (!isSpaceText(s))
                return failWith(Tr::tr("'%1' is not a space: internet, a CIDR block, service:NAME or an id").arg(s));
        if (spaces.isEmpty() && def.required)
            return failWith(Tr::tr("%1 needs at least one space").arg(QLatin1String(def.key)));
        return QVariant(spaces);
    }
    case PropertyType::PortList: {
        QList<PortRange> ranges;
        for (const QString &part : splitList(text)) {
            QString why;
            const auto r = part == QLatin1String("all") ? std::optional<PortRange>(PortRange::all())
                                                        : PortRange::parse(part.toStdString(), &why);
            if (!r)
                return failWith(Tr::tr("'%1' is not a port or range: %2").arg(part, why));
            ranges.append(*r);
        }
        if (ranges.isEmpty())
            ranges.append(PortRange::all());
        return QVariant::fromValue(ranges);
    }
    case PropertyType::Routes:
    case PropertyType::NaclRules:
    case PropertyType::SgRules:
    case PropertyType::OptionalSgRules:
    case PropertyType::Mapping:
        break;
    }
    return failWith(Tr::tr("%1 is edited as a table").arg(QLatin1String(def.key)));
}
