#pragma once

#include "objects.h"

#include <QIcon>
#include <QString>

class QPainter;
class QRectF;

/// Our own SVG icons (resources/icons), drawn crisp at any zoom: cached as pixmaps per
/// device size for the screen, drawn as vectors into SVG exports.
namespace Icons {

/// The icon name of an object kind ("instance", "subnet-public"...).
QString nameFor(ObjectKind kind, bool publicSubnet = false);
void paint(QPainter *painter, const QString &name, const QRectF &rect);
/// An object icon for lists and menus, drawn from the SVG at the size and pixel ratio
/// asked (sharp at any scale factor).
QIcon icon(const QString &name);
/// A monochrome action icon (resources/icons/actions) in the application palette's text
/// colour, so that it shows on light and dark palettes alike.
QIcon actionIcon(const QString &name);

} // namespace Icons
