#include "designformat.h"

#include "atomicwrite.h"
#include "properties.h"
#include "yamltext.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

using YamlText::scalar;

QByteArray number(double d)
{
    // The shortest text that reads back as the same double: 15 digits changed values such
    // as 0.30000000000000004 on every save.
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

QByteArray cidrText(const Cidr &c, bool flow)
{
    return scalar(c.toString(), flow);
}

QByteArray portsText(const PortRange &p)
{
    // A range is quoted, as FORMAT.md writes it, so no reader takes it for arithmetic.
    return p.isSingle() ? QByteArray::number(p.from) : YamlText::doubleQuoted(p.toString());
}

/// Protocol keywords and numbers are plain: `tcp`, `all`, `50`.
QByteArray protocolText(const Protocol &p)
{
    return p.toString().toLatin1();
}

QByteArray routeRow(const Route &r)
{
    return "{destination: " + (r.isPrefixList() ? scalar(r.prefixList, true) : cidrText(r.destination, true)) +
           ", target: " + scalar(r.target, true) + "}";
}

QByteArray naclRow(const NaclRule &r, bool ingress)
{
    QByteArray row = "{rule: " + QByteArray::number(r.number) + ", protocol: " + protocolText(r.protocol);
    if (!r.ports.isAll())
        row += ", ports: " + portsText(r.ports);
    row += (ingress ? ", source: " : ", destination: ") + cidrText(r.cidr, true);
    row += r.allow ? ", action: allow}" : ", action: deny}";
    return row;
}

QByteArray sgRow(const SgRule &r, bool ingress)
{
    QByteArray row = "{protocol: " + protocolText(r.protocol);
    if (!r.ports.isAll())
        row += ", ports: " + portsText(r.ports);
    row += ingress ? ", source: " : ", destination: ";
    row += r.isGroupReference() ? scalar(r.group, true) : cidrText(r.cidr, true);
    return row + '}';
}

QByteArray flowList(const QStringList &items)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ", ";
        out += scalar(items[i], true);
    }
    return out + ']';
}

/// A kept scalar inside a flow row: plain ones stay plain (so numbers stay numbers)
/// unless a character would end the row.
/// Writes one design in canonical form.
class Writer
{
public:
    explicit Writer(const Design &design) : mDesign(design) {}

    QByteArray run()
    {
        mOut.reserve(1 << 16);
        mOut += "vpc-designer: 1\n";
        if (!mDesign.name.isEmpty())
            YamlText::appendText(mOut, 0, "name", mDesign.name);
        if (!mDesign.description.isEmpty())
            YamlText::appendText(mOut, 0, "description", mDesign.description);
        const ObjectList *lists[] = {
            mDesign.listFor(nullptr, ObjectKind::Vpc),      mDesign.listFor(nullptr, ObjectKind::PeeringConnection),
            mDesign.listFor(nullptr, ObjectKind::Bucket),   mDesign.listFor(nullptr, ObjectKind::Intent),
            mDesign.listFor(nullptr, ObjectKind::Scenario),
        };
        int i = 0;
        for (const ChildListDef &def : topLevelLists()) {
            const ObjectList &list = *lists[i++];
            if (list.empty())
                continue;
            mOut += def.key;
            mOut += ":\n";
            writeList(list, 2);
        }
        if (!mDesign.lesson.isNull())
            YamlText::appendValue(mOut, 0, QStringLiteral("lesson"), mDesign.lesson);
        for (const auto &[key, value] : mDesign.extra)
            YamlText::appendValue(mOut, 0, key, value);
        writeLayout();
        return mOut;
    }

private:
    /// Writes `- key: value` for the first line of an entry, `  key: value` after it.
    void keyPrefix(int indent, bool &first)
    {
        if (first) {
            mOut.append(indent, ' ');
            mOut += "- ";
            first = false;
        } else {
            mOut.append(indent + 2, ' ');
        }
    }

    /// `{id: x, key: value, ...}` when every written value fits a flow row, else nullopt
    /// (used for gateways, which have little more than an id).
    std::optional<QByteArray> flowRow(const Object &o) const
    {
        if (!childListsOf(o.kind).empty())
            return std::nullopt;
        QByteArray row = "{";
        for (const PropertyDef &def : propertiesOf(o.kind)) {
            const QVariant value = def.get(o);
            if (!def.required && !def.alwaysWrite && value == defaultValue(o.kind, def))
                continue;
            switch (def.type) {
            case PropertyType::Routes:
            case PropertyType::NaclRules:
            case PropertyType::SgRules:
            case PropertyType::OptionalSgRules:
                return std::nullopt;
            case PropertyType::Mapping:
                if (!value.value<YamlValue>().isEmptyContainer())
                    return std::nullopt;
                break;
            case PropertyType::Text:
            case PropertyType::String:
                if (value.toString().contains(QLatin1Char('\n')))
                    return std::nullopt;
                break;
            default:
                break;
            }
            if (row.size() > 1)
                row += ", ";
            row += def.key;
            row += ": ";
            row += scalarOf(def, value, true);
        }
        for (const auto &[key, value] : o.extra) {
            if (value.type != YamlValue::Type::Scalar || YamlText::needsExplicitKey(key, true))
                return std::nullopt;
            row += ", " + scalar(key, true) + ": " + YamlText::plainScalar(value, true);
        }
        return row + '}';
    }

    /// Writes a list of objects, each in block style.
    void writeList(const ObjectList &list, int indent)
    {
        for (const ObjectPtr &o : list)
            writeObject(*o, indent);
    }

    void writeObject(const Object &o, int indent)
    {
        bool first = true;
        for (const PropertyDef &def : propertiesOf(o.kind)) {
            const QVariant value = def.get(o);
            if (!def.required && !def.alwaysWrite && value == defaultValue(o.kind, def))
                continue;
            writeProperty(def, value, indent, first);
        }
        if (o.kind == ObjectKind::Vpc || o.kind == ObjectKind::Scenario) {
            for (const ChildListDef &list : childListsOf(o.kind)) {
                const ObjectList *children = mDesign.listFor(&o, list.kind);
                if (!children || children->empty())
                    continue;
                keyPrefix(indent, first);
                mOut += list.key;
                if (list.single) {
                    writeGateway(*children->front(), indent + 4);
                    continue;
                }
                mOut += ":\n";
                writeList(*children, indent + 4);
            }
        }
        // The id is always written first, so extras never start the entry.
        for (const auto &[key, value] : o.extra)
            YamlText::appendValue(mOut, indent + 2, key, value);
    }

    /// `{id: igw-a}` as a flow row; block style when unknown keys hold nested values.
    void writeGateway(const Object &gateway, int indent)
    {
        if (const auto row = flowRow(gateway)) {
            mOut += ": " + *row + '\n';
            return;
        }
        mOut += ":\n";
        mOut.append(indent, ' ');
        mOut += "id: " + scalar(gateway.id) + '\n';
        for (const auto &[key, value] : gateway.extra)
            YamlText::appendValue(mOut, indent, key, value);
    }

    void writeProperty(const PropertyDef &def, const QVariant &value, int indent, bool &first)
    {
        const int keyIndent = indent + 2;
        if (def.type == PropertyType::Text || def.type == PropertyType::String || def.type == PropertyType::Mapping) {
            if (def.type == PropertyType::Mapping) {
                keyPrefix(indent, first);
                const YamlValue v = value.value<YamlValue>();
                QByteArray tmp;
                YamlText::appendValue(tmp, keyIndent, QLatin1String(def.key), v);
                mOut += tmp.mid(keyIndent);
                return;
            }
            keyPrefix(indent, first);
            QByteArray tmp;
            YamlText::appendText(tmp, keyIndent, def.key, value.toString());
            mOut += tmp.mid(keyIndent);
            return;
        }
        keyPrefix(indent, first);
        mOut += def.key;
        mOut += ':';
        switch (def.type) {
        case PropertyType::Routes: {
            const RouteList routes = value.value<RouteList>();
            if (routes.isEmpty()) {
                mOut += " []\n";
                return;
            }
            mOut += '\n';
            for (const Route &r : routes)
                row(keyIndent + 2, routeRow(r));
            return;
        }
        case PropertyType::NaclRules: {
            const bool ingress = qstrcmp(def.key, "ingress") == 0;
            const NaclRuleList rules = value.value<NaclRuleList>();
            if (rules.isEmpty()) {
                mOut += " []\n";
                return;
            }
            mOut += '\n';
            for (const NaclRule &r : rules)
                row(keyIndent + 2, naclRow(r, ingress));
            return;
        }
        case PropertyType::SgRules:
        case PropertyType::OptionalSgRules: {
            const bool ingress = qstrcmp(def.key, "ingress") == 0;
            const SgRuleList rules = value.value<SgRuleList>();
            if (rules.isEmpty()) {
                mOut += " []\n";
                return;
            }
            mOut += '\n';
            for (const SgRule &r : rules)
                row(keyIndent + 2, sgRow(r, ingress));
            return;
        }
        default:
            break;
        }
        mOut += ' ';
        mOut += scalarOf(def, value, false);
        mOut += '\n';
    }

    void row(int indent, const QByteArray &text)
    {
        mOut.append(indent, ' ');
        mOut += "- ";
        mOut += text;
        mOut += '\n';
    }

    QByteArray scalarOf(const PropertyDef &def, const QVariant &value, bool flow) const
    {
        switch (def.type) {
        case PropertyType::Bool:
            return value.toBool() ? "true" : "false";
        case PropertyType::Int:
        case PropertyType::Port:
            return QByteArray::number(value.toInt());
        case PropertyType::Number:
            return number(value.toDouble());
        case PropertyType::Cidr:
            return cidrText(value.value<Cidr>(), flow);
        case PropertyType::Address:
            return scalar(value.value<IpAddress>().toString(), flow);
        case PropertyType::CidrList: {
            QStringList parts;
            for (const Cidr &c : value.value<QList<Cidr>>())
                parts.append(c.toString());
            return flowList(parts);
        }
        case PropertyType::RefList:
            return flowList(value.toStringList());
        case PropertyType::SpaceList: {
            const QStringList spaces = value.toStringList();
            return spaces.size() == 1 ? scalar(spaces.front(), flow) : flowList(spaces);
        }
        case PropertyType::PortList: {
            QStringList parts;
            for (const PortRange &r : value.value<QList<PortRange>>())
                parts.append(r.isAll() ? QStringLiteral("0-65535") : r.toString());
            // Ports are numbers and ranges: plain, never quoted.
            return parts.size() == 1 ? parts.front().toLatin1()
                                     : '[' + parts.join(QStringLiteral(", ")).toLatin1() + ']';
        }
        case PropertyType::DateTime:
            return value.toDateTime().toUTC().toString(Qt::ISODate).toLatin1();
        case PropertyType::Protocol:
            return protocolText(value.value<Protocol>());
        case PropertyType::Mapping:
            return value.value<YamlValue>().type == YamlValue::Type::Sequence ? "[]" : "{}";
        default:
            return scalar(value.toString(), flow);
        }
    }

    void writeLayout()
    {
        const auto &entries = mDesign.layoutEntries();
        if (entries.isEmpty())
            return;
        mOut += "layout:\n";
        QSet<QString> written;
        const auto entry = [&](const QString &id, const LayoutRect &r) {
            mOut += "  " + scalar(id) + ": {x: " + number(r.x) + ", y: " + number(r.y);
            if (r.hasSize())
                mOut += ", width: " + number(r.width) + ", height: " + number(r.height);
            mOut += "}\n";
        };
        // Objects in file order, then entries that name no object, sorted.
        mDesign.forEachObject([&](Object &o) {
            const auto it = entries.constFind(o.id);
            if (it != entries.constEnd()) {
                entry(o.id, *it);
                written.insert(o.id);
            }
        });
        QStringList orphans;
        for (auto it = entries.constBegin(); it != entries.constEnd(); ++it)
            if (!written.contains(it.key()))
                orphans.append(it.key());
        orphans.sort();
        for (const QString &id : orphans)
            entry(id, entries.value(id));
    }

    const Design &mDesign;
    QByteArray mOut;
};

} // namespace

QByteArray DesignFormat::write(const Design &design)
{
    return Writer(design).run();
}

bool DesignFormat::save(const Design &design, const QString &path, QString *error)
{
    return AtomicWrite::write(path, write(design), error);
}
