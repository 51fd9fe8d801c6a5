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
QIcon icon(const QString &name);

} // namespace Icons
