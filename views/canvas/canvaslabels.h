#pragma once

#include <QFont>
#include <QSizeF>
#include <QStringList>

class Design;
struct Object;
struct PeeringConnection;
struct Subnet;
struct Vpc;

/// What each box of the canvas says, and how much room that takes: one place for the
/// items that draw the texts and the geometry that sizes the boxes, so that a box is
/// always as large as its texts and an export shows every id, name, block and address in
/// full (the window may still elide when zoomed far out).
///
/// A text is a title and parts; parts are laid out in lines by `wrap`, each part whole.
namespace CanvasLabels {

/// The few fonts of the drawing, made once (making a QFont at every paint is costly).
const QFont &font(qreal points, bool bold = false);
/// How wide `text` is in `f`, in scene units (measured once per text and font).
qreal width(const QString &text, const QFont &f);
/// `parts` in lines no wider than `width` where they fit, joined by `separator`; a part
/// wider than `width` gets a line of its own. Never splits a part.
QStringList wrap(const QStringList &parts, const QFont &f, qreal width, const QString &separator);

struct Text
{
    QString title;
    QStringList parts;
    bool idFirst = false; // the first part is the id (the title is a name)
};

// The fonts of each text.
inline const QFont &vpcTitleFont()
{
    return font(12, true);
}
inline const QFont &vpcDetailFont()
{
    return font(9);
}
inline const QFont &subnetTitleFont()
{
    return font(10, true);
}
inline const QFont &subnetDetailFont()
{
    return font(8.5);
}
inline const QFont &nodeTitleFont()
{
    return font(8, true);
}
inline const QFont &nodeDetailFont()
{
    return font(7);
}
inline const QFont &chipFont()
{
    return font(8);
}
inline const QFont &peeringFont()
{
    return font(8);
}

/// The separators of the parts in a line.
QString vpcSeparator();
QString subnetSeparator();
QString nodeSeparator();

/// A VPC: its name (or id); its id when named, then its blocks.
Text vpc(const Vpc &vpc);
/// A subnet: its name (or id); its id when named, public or private, its blocks.
Text subnet(const Design &design, const Subnet &subnet);
/// A node (instance, NAT gateway, endpoint, gateway): its name (or id); its id when
/// named, then its addresses, its service or what it is.
Text node(const Object &object);
/// A chip (route table, network ACL, security group, flow log): its id, marks such as
/// "(main)", and its name.
QString chip(const Object &object);
/// A peering's label: its name (or id), and its id under a name.
Text peering(const PeeringConnection &peering);

// Sizes, in scene units.
/// A node's box: at least the standard tile, wider for a long part, taller per line.
QSizeF nodeSize(const Object &object);
/// The lines of a node's parts in a box of `width`.
QStringList nodeLines(const Text &text, qreal width);
/// The narrowest a subnet may be for its title and each part to fit.
qreal subnetMinWidth(const Text &subnet);
/// The lines of a subnet's parts in a box of `width`, and the header they need.
QStringList subnetLines(const Text &text, qreal width);
qreal subnetHeader(int lines);
/// A chip's width for its whole text.
qreal chipWidth(const Object &object);
/// The narrowest a VPC may be for its title and each part to fit beside `sideWidth`
/// (the gateways on the right of its top edge).
qreal vpcMinWidth(const Vpc &vpc, qreal sideWidth);
/// The lines of a VPC's parts in a box of `width` with `sideWidth` kept free on the right.
QStringList vpcLines(const Text &text, qreal width, qreal sideWidth);
qreal vpcHeader(int lines);

} // namespace CanvasLabels
