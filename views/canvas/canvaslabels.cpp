#include "canvaslabels.h"

#include "design.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>

#include <cmath>
#include <memory>
#include <vector>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CanvasItems)
};

/// The title, and the id as the first part when the title is a name.
CanvasLabels::Text titled(const Object &o)
{
    const QString name = objectNameOf(o);
    CanvasLabels::Text t;
    t.title = name.isEmpty() ? o.id : name;
    if (!name.isEmpty() && name != o.id) {
        t.parts.append(o.id);
        t.idFirst = true;
    }
    return t;
}

qreal widest(const QStringList &parts, const QFont &f)
{
    qreal w = 0;
    for (const QString &p : parts)
        w = std::max(w, CanvasLabels::width(p, f));
    return w;
}

// Room around the texts of each box (the icon on the left, margins).
constexpr qreal NodeMargin = 8;
constexpr qreal NodeMinWidth = 84;
constexpr qreal NodeBase = 54; // icon and title; each line of parts adds NodeLine
constexpr qreal NodeLine = 12;
constexpr qreal SubnetText = 44; // icon on the left, margin on the right
constexpr qreal SubnetLine = 15;
constexpr qreal VpcText = 60;
constexpr qreal VpcLine = 16;

} // namespace

namespace CanvasLabels {

const QFont &font(qreal points, bool bold)
{
    static QHash<int, QFont> fonts;
    const int key = int(points * 10) * 2 + (bold ? 1 : 0);
    auto it = fonts.find(key);
    if (it == fonts.end()) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        it = fonts.insert(key, f);
    }
    return *it;
}

qreal width(const QString &text, const QFont &f)
{
    // Labels are ids, names and addresses, tens of thousands of them in a large design:
    // measuring each with the shaper costs microseconds. The sum of the characters'
    // advances (kept per font) is never narrower than the shaped text in the scripts
    // below (kerning and ligatures only narrow it); other scripts are shaped.
    struct Advances
    {
        QFontMetricsF metrics;
        std::vector<qreal> of = std::vector<qreal>(0x10000, -1);
    };
    static QHash<int, std::shared_ptr<Advances>> fonts;
    const int key = int(f.pointSizeF() * 10) * 2 + (f.bold() ? 1 : 0);
    auto it = fonts.find(key);
    if (it == fonts.end())
        it = fonts.insert(key, std::make_shared<Advances>(Advances{QFontMetricsF(f)}));
    Advances &a = **it;
    qreal sum = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool simple = u < 0x0590 || (u >= 0x2000 && u < 0x2100) || (u >= 0x3000 && u < 0xA000) ||
                            (u >= 0xAC00 && u < 0xD800) || (u >= 0xFF00 && u < 0xFFF0);
        if (!simple)
            return std::ceil(a.metrics.horizontalAdvance(text)) + 1;
        qreal &w = a.of[u];
        if (w < 0)
            w = a.metrics.horizontalAdvance(c);
        sum += w;
    }
    // Rounded up to whole units, with room for the antialiased edge.
    return std::ceil(sum) + 1;
}

QStringList wrap(const QStringList &parts, const QFont &f, qreal width, const QString &separator)
{
    QStringList lines;
    QString line;
    for (const QString &p : parts) {
        if (p.isEmpty())
            continue;
        if (line.isEmpty()) {
            line = p;
            continue;
        }
        const QString longer = line + separator + p;
        if (CanvasLabels::width(longer, f) <= width) {
            line = longer;
        } else {
            lines.append(line);
            line = p;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QString vpcSeparator()
{
    return QStringLiteral("  ");
}

QString subnetSeparator()
{
    return QStringLiteral("  ");
}

QString nodeSeparator()
{
    return QStringLiteral(" · ");
}

Text vpc(const Vpc &vpc)
{
    Text t = titled(vpc);
    for (const Cidr &c : vpc.cidrBlocks)
        t.parts.append(c.toString());
    for (const Cidr &c : vpc.ipv6CidrBlocks)
        t.parts.append(c.toString());
    return t;
}

Text subnet(const Design &design, const Subnet &subnet)
{
    Text t = titled(subnet);
    t.parts.append(design.isPublicSubnet(subnet) ? Tr::tr("public") : Tr::tr("private"));
    t.parts.append(subnet.cidr.toString());
    if (subnet.ipv6Cidr.isValid())
        t.parts.append(subnet.ipv6Cidr.toString());
    return t;
}

Text node(const Object &o)
{
    Text t = titled(o);
    switch (o.kind) {
    case ObjectKind::Instance: {
        const auto &i = static_cast<const Instance &>(o);
        t.parts.append(i.privateIp.isValid() ? i.privateIp.toString() : Tr::tr("auto address"));
        if (i.publicIp.isValid())
            t.parts.append(i.publicIp.toString());
        if (i.ipv6.isValid())
            t.parts.append(i.ipv6.toString());
        break;
    }
    case ObjectKind::NatGateway: {
        const auto &n = static_cast<const NatGateway &>(o);
        t.parts.append(n.isPublic() ? Tr::tr("public NAT") : Tr::tr("private NAT"));
        if (n.privateIp.isValid())
            t.parts.append(n.privateIp.toString());
        if (n.publicIp.isValid())
            t.parts.append(n.publicIp.toString());
        break;
    }
    case ObjectKind::Endpoint:
        t.parts.append(static_cast<const Endpoint &>(o).service);
        break;
    case ObjectKind::InternetGateway:
        t.parts.append(Tr::tr("internet gateway"));
        break;
    case ObjectKind::EgressOnlyInternetGateway:
        t.parts.append(Tr::tr("egress-only"));
        break;
    default:
        break;
    }
    return t;
}

QString chip(const Object &o)
{
    QString text = o.id;
    if (o.kind == ObjectKind::RouteTable && static_cast<const RouteTable &>(o).main)
        text += Tr::tr(" (main)");
    if (o.kind == ObjectKind::NetworkAcl && static_cast<const NetworkAcl &>(o).isDefault)
        text += Tr::tr(" (default)");
    const QString name = objectNameOf(o);
    if (!name.isEmpty() && name != o.id)
        text += QStringLiteral("  ") + name;
    return text;
}

Text peering(const PeeringConnection &peering)
{
    return titled(peering);
}

QSizeF nodeSize(const Object &object)
{
    const Text t = node(object);
    const qreal w = std::max(
        {NodeMinWidth, width(t.title, nodeTitleFont()) + NodeMargin, widest(t.parts, nodeDetailFont()) + NodeMargin});
    const qreal wide = std::ceil(w / 2) * 2; // even, so that centred text sits on whole units
    return {wide, NodeBase + NodeLine * qreal(std::max<qsizetype>(1, nodeLines(t, wide).size()))};
}

QStringList nodeLines(const Text &text, qreal w)
{
    // A named node's id has a line of its own, the addresses or what it is follow.
    if (text.idFirst && text.parts.size() > 1)
        return QStringList{text.parts.first()} +
               wrap(text.parts.mid(1), nodeDetailFont(), w - NodeMargin, nodeSeparator());
    return wrap(text.parts, nodeDetailFont(), w - NodeMargin, nodeSeparator());
}

qreal subnetMinWidth(const Text &t)
{
    return std::max(width(t.title, subnetTitleFont()), widest(t.parts, subnetDetailFont())) + SubnetText;
}

QStringList subnetLines(const Text &text, qreal w)
{
    return wrap(text.parts, subnetDetailFont(), w - SubnetText, subnetSeparator());
}

qreal subnetHeader(int lines)
{
    return 21 + SubnetLine * std::max(1, lines) + 6;
}

qreal chipWidth(const Object &object)
{
    constexpr qreal height = 26; // CanvasGeometry::ChipHeight: the icon is as wide
    return std::max<qreal>(136, std::ceil(height + width(chip(object), chipFont()) + 8));
}

qreal vpcMinWidth(const Vpc &v, qreal sideWidth)
{
    const Text t = vpc(v);
    return std::max(width(t.title, vpcTitleFont()), widest(t.parts, vpcDetailFont())) + VpcText + sideWidth;
}

QStringList vpcLines(const Text &text, qreal w, qreal sideWidth)
{
    return wrap(text.parts, vpcDetailFont(), w - VpcText - sideWidth, vpcSeparator());
}

qreal vpcHeader(int lines)
{
    return 47 + VpcLine * std::max(1, lines) + 1;
}

} // namespace CanvasLabels
