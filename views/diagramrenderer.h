#pragma once

#include <QImage>
#include <QRectF>

#include <optional>
#include <QString>
#include <QStringList>

class CanvasScene;
class QPagedPaintDevice;

/// Draws the whole design, not a view of it: for PNG and SVG export from the window
/// and from `vpc-designer export`, through the same items as the canvas, without
/// selection handles, route overlays or hover state.
namespace DiagramRenderer {

/// The most pixels an image may have; larger designs are drawn at a smaller scale.
constexpr qint64 MaxPixels = qint64(40) << 20;

/// What a picture shows besides the drawing, and of what.
struct Options
{
    qreal scale = 1;            // PNG: pixels per scene unit
    bool transparent = false;   // no background (PNG, SVG)
    bool title = false;         // the title block above the drawing
    bool legend = false;        // the legend below it
    QStringList selection;      // the area of these objects only (empty: the whole design)
    std::optional<QRectF> area; // or this part of the scene (the window's visible area)
    QString file;               // the design's file, named in the title block
    QString scenario;           // this scenario's traffic drawn over the design (empty: none)
    /// PDF and print: Fit is one page the picture's size; the others tile the picture at
    /// its natural size (one canvas unit = 1/96 inch) over as many pages as it needs.
    /// Device: the page layout the printer dialog chose, tiled.
    enum class Page : quint8 { Fit, A4, A3, Letter, Device };
    Page page = Page::Fit;
};

/// Reads "A4", "A3", "Letter" (any case); nullopt otherwise.
std::optional<Options::Page> pageNamed(const QString &name);

/// The area drawn: the whole design, or the rectangles of `selection` with a margin.
/// nullopt with `error` when a selected id is not drawn on the canvas.
std::optional<QRectF> areaOf(const CanvasScene &scene, const QStringList &selection, QString *error);

/// The picture (drawing, title block, legend) at `options.scale`, shrunk to stay within
/// MaxPixels; `usedScale` says what was used. A null image when the selection is bad.
QImage render(CanvasScene &scene, const Options &options, qreal *usedScale = nullptr, QString *error = nullptr);
bool saveImage(CanvasScene &scene, const QString &path, const Options &options, QString *error, QString *note);
bool saveSvg(CanvasScene &scene, const QString &path, const Options &options, QString *error);
/// Writes a vector PDF with selectable text atomically; `pages` gets how many it has.
bool savePdf(CanvasScene &scene, const QString &path, const Options &options, QString *error, int *pages = nullptr);
/// Draws the picture on a paged device (a PDF writer or a printer): one page sized to the
/// picture for Fit, else tiles of `options.page` in the orientation that needs fewer pages,
/// each marked with its place. Returns the pages drawn (0 with `error` when it fails).
int paintPages(CanvasScene &scene, QPagedPaintDevice &device, const Options &options, QString *error);
/// The rows and columns of tiles a picture of `size` (canvas units) needs on `page`, and
/// whether they are landscape.
struct Tiling
{
    int rows = 1, columns = 1;
    bool landscape = false;
};
Tiling tilingFor(const QSizeF &size, Options::Page page);

/// The image of the design at `scale` (1: one pixel per scene unit), shrunk to stay
/// within MaxPixels; `usedScale` says what was used.
QImage render(CanvasScene &scene, qreal scale, qreal *usedScale = nullptr);
/// Writes a PNG (or any format Qt knows by the suffix) atomically.
bool saveImage(CanvasScene &scene, const QString &path, qreal scale, QString *error, QString *note);
/// Writes an SVG atomically.
bool saveSvg(CanvasScene &scene, const QString &path, QString *error);

} // namespace DiagramRenderer
