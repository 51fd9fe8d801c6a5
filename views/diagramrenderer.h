#pragma once

#include <QImage>
#include <QString>

class CanvasScene;

/// Draws the whole design, not a view of it: for PNG and SVG export from the window
/// and from `vpc-designer export`, through the same items as the canvas, without
/// selection handles, route overlays or hover state.
namespace DiagramRenderer {

/// The most pixels an image may have; larger designs are drawn at a smaller scale.
constexpr qint64 MaxPixels = qint64(40) << 20;

/// The image of the design at `scale` (1: one pixel per scene unit), shrunk to stay
/// within MaxPixels; `usedScale` says what was used.
QImage render(CanvasScene &scene, qreal scale, qreal *usedScale = nullptr);
/// Writes a PNG (or any format Qt knows by the suffix) atomically.
bool saveImage(CanvasScene &scene, const QString &path, qreal scale, QString *error, QString *note);
/// Writes an SVG atomically.
bool saveSvg(CanvasScene &scene, const QString &path, QString *error);

} // namespace DiagramRenderer
