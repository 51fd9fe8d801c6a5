#include "diagramrenderer.h"

#include "atomicwrite.h"
#include "canvaslabels.h"
#include "canvasscene.h"
#include "diagramdecorations.h"
#include "document.h"
#include "simulationrun.h"
#include "trafficoverlay.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPagedPaintDevice>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiagramRenderer)
};

/// Hides what belongs to the window only while drawing.
class ExportState
{
public:
    explicit ExportState(CanvasScene &scene)
        : mScene(scene), mSelected(scene.selectedIds()), mSmallShown(scene.smallItemsShown())
    {
        mScene.flush();
        mScene.selectIds({});
        mScene.setExporting(true);
    }
    ~ExportState()
    {
        mScene.setExporting(false);
        mScene.selectIds(mSelected);
        mScene.setDrawingZoom(mSmallShown ? 1 : 0);
    }
    /// Draw at this scale (and restore the window's zoom's choice after).
    void setScale(qreal scale) { mScene.setDrawingZoom(scale); }

private:
    CanvasScene &mScene;
    QStringList mSelected;
    bool mSmallShown;
};

/// The picture's layout: the title block on top, the drawing, the legend below.
struct Page
{
    Page() = default;
    Page(Page &&) = default;
    ~Page()
    {
        if (traffic && traffic->scene())
            traffic->scene()->removeItem(traffic.get());
    }
    QRectF area; // scene coordinates
    std::unique_ptr<SimulationRun> run;
    std::unique_ptr<TrafficOverlay> traffic; // in the scene while the page lives
    bool hasTitle = false;
    DiagramDecorations::TitleBlock title;
    QList<DiagramDecorations::Entry> legend;
    qreal width = 0, titleHeight = 0, legendHeight = 0;

    QSizeF size() const { return {width, titleHeight + area.height() + legendHeight}; }

    /// Draws `part` of the page (page coordinates; empty: all of it) where the painter
    /// puts it: a tile of a PDF draws only what falls in it, not the whole picture clipped
    /// (243 A3 tiles of a large design took 290 s and 846 MB that way).
    void paint(QPainter *painter, CanvasScene &scene, bool transparent, QRectF part = QRectF()) const
    {
        const QRectF whole(QPointF(0, 0), size());
        part = part.isEmpty() ? whole : part & whole;
        if (!transparent)
            painter->fillRect(part, scene.theme().background);
        const QRectF titleRect(0, 0, width, titleHeight);
        if (hasTitle && titleRect.intersects(part))
            DiagramDecorations::paintTitle(painter, titleRect, title, scene);
        const QRectF target((width - area.width()) / 2, titleHeight, area.width(), area.height());
        if (const QRectF shown = target & part; !shown.isEmpty()) {
            const QRectF source(area.topLeft() + (shown.topLeft() - target.topLeft()), shown.size());
            scene.render(painter, shown, source, Qt::IgnoreAspectRatio);
        }
        const QRectF legendRect(0, titleHeight + area.height(), width, legendHeight);
        if (!legend.isEmpty() && legendRect.intersects(part))
            DiagramDecorations::paintLegend(painter, legendRect, legend, scene);
    }
};

std::optional<Page> pageOf(CanvasScene &scene, const DiagramRenderer::Options &options, QString *error)
{
    const auto area = options.area ? options.area : DiagramRenderer::areaOf(scene, options.selection, error);
    if (!area)
        return std::nullopt;
    Page page;
    page.area = *area;
    if (!options.scenario.isEmpty()) {
        page.run = std::make_unique<SimulationRun>(scene.design(), options.scenario);
        if (!page.run->isValid()) {
            if (error)
                *error = Tr::tr("no scenario has the id '%1'").arg(options.scenario);
            return std::nullopt;
        }
        page.traffic = std::make_unique<TrafficOverlay>(&scene, *page.run);
        scene.addItem(page.traffic.get());
        // The whole design takes in the ends outside it; a part of it stays that part.
        if (options.selection.isEmpty() && !options.area)
            page.area |= page.traffic->boundingRect().adjusted(-20, -20, 20, 20);
    }
    page.width = page.area.width();
    if (options.title || options.legend)
        page.width = std::max<qreal>(page.width, 560); // room for the texts of a small selection
    if (options.title) {
        page.hasTitle = true;
        page.title = DiagramDecorations::titleBlockOf(scene, options.file);
        page.titleHeight = DiagramDecorations::titleHeight(page.title, page.width);
    }
    if (options.legend) {
        page.legend = DiagramDecorations::legendOf(scene, page.area, page.traffic.get());
        page.legendHeight = DiagramDecorations::legendHeight(page.legend, page.width);
    }
    return page;
}

} // namespace

std::optional<QRectF> DiagramRenderer::areaOf(const CanvasScene &scene, const QStringList &selection, QString *error)
{
    if (selection.isEmpty())
        return scene.designBounds();
    QRectF area;
    for (const QString &id : selection) {
        const QRectF r = scene.geometry().rect(id);
        if (r.isEmpty()) {
            if (error)
                *error = scene.design().find(id)
                             ? Tr::tr("%1 is not drawn on the canvas; select VPCs, subnets or what they hold").arg(id)
                             : Tr::tr("no object has the id '%1'").arg(id);
            return std::nullopt;
        }
        area |= r;
    }
    constexpr qreal Margin = 24; // room for badges and gateways standing over an edge
    return area.adjusted(-Margin, -Margin, Margin, Margin);
}

QImage DiagramRenderer::render(CanvasScene &scene, const Options &options, qreal *usedScale, QString *error)
{
    ExportState state(scene);
    const auto page = pageOf(scene, options, error);
    if (!page)
        return {};
    const QSizeF source = page->size();
    qreal scale = options.scale;
    const qreal pixels = source.width() * source.height() * scale * scale;
    if (pixels > double(MaxPixels))
        scale *= std::sqrt(double(MaxPixels) / pixels);
    if (usedScale)
        *usedScale = scale;
    state.setScale(scale);
    const QSize size(std::max(1, int(std::ceil(source.width() * scale))),
                     std::max(1, int(std::ceil(source.height() * scale))));
    QImage image(size, options.transparent ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    image.fill(options.transparent ? QColor(Qt::transparent) : scene.theme().background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    page->paint(&painter, scene, true);
    painter.end();
    return image;
}

bool DiagramRenderer::saveImage(CanvasScene &scene, const QString &path, const Options &options, QString *error,
                                QString *note)
{
    qreal used = options.scale;
    const QImage image = render(scene, options, &used, error);
    if (image.isNull())
        return false;
    if (note && used < options.scale * 0.999)
        *note = Tr::tr("the design is large: drawn at scale %1 to stay within %2 megapixels")
                    .arg(used, 0, 'f', 3)
                    .arg(MaxPixels >> 20);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QFileInfo(path).suffix().toLower().toLatin1());
    if (!writer.write(image)) {
        if (error)
            *error = Tr::tr("%1: cannot encode the image: %2").arg(path, writer.errorString());
        return false;
    }
    return AtomicWrite::write(path, bytes, error);
}

bool DiagramRenderer::saveSvg(CanvasScene &scene, const QString &path, const Options &options, QString *error)
{
    ExportState state(scene);
    state.setScale(1); // vectors: everything, at full detail
    const auto page = pageOf(scene, options, error);
    if (!page)
        return false;
    const QSizeF size = page->size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(page->hasTitle                  ? page->title.title
                       : scene.design().name.isEmpty() ? QFileInfo(path).completeBaseName()
                                                       : scene.design().name);
    generator.setDescription(Tr::tr("Drawn by VPC Designer"));
    QPainter painter(&generator);
    page->paint(&painter, scene, options.transparent);
    painter.end();
    return AtomicWrite::write(path, bytes, error);
}

namespace {

constexpr qreal UnitsPerInch = 96;    // a canvas unit on paper: one pixel of a 96-dpi screen
constexpr qreal PageMarginMm = 10;    // around every tile
constexpr qreal PageLabelHeight = 16; // the tile's place, under it (canvas units)

QPageSize pageSizeOf(DiagramRenderer::Options::Page page)
{
    switch (page) {
    case DiagramRenderer::Options::Page::A3:
        return QPageSize(QPageSize::A3);
    case DiagramRenderer::Options::Page::Letter:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

/// The part of a page a tile takes, in canvas units, for a page size and orientation.
QSizeF tileOf(const QPageSize &size, bool landscape)
{
    QSizeF mm = size.size(QPageSize::Millimeter);
    if (landscape)
        mm.transpose();
    const qreal perMm = UnitsPerInch / 25.4;
    return {(mm.width() - 2 * PageMarginMm) * perMm, (mm.height() - 2 * PageMarginMm) * perMm - PageLabelHeight};
}

} // namespace

std::optional<DiagramRenderer::Options::Page> DiagramRenderer::pageNamed(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return Options::Page::A4;
    if (n == QLatin1String("a3"))
        return Options::Page::A3;
    if (n == QLatin1String("letter"))
        return Options::Page::Letter;
    return std::nullopt;
}

DiagramRenderer::Tiling DiagramRenderer::tilingFor(const QSizeF &size, Options::Page page)
{
    Tiling best;
    if (page == Options::Page::Fit || page == Options::Page::Device)
        return best;
    int fewest = -1;
    for (const bool landscape : {size.width() > size.height(), size.width() <= size.height()}) {
        const QSizeF tile = tileOf(pageSizeOf(page), landscape);
        Tiling t;
        t.landscape = landscape;
        t.columns = std::max(1, int(std::ceil(size.width() / tile.width() - 1e-9)));
        t.rows = std::max(1, int(std::ceil(size.height() / tile.height() - 1e-9)));
        if (fewest < 0 || t.rows * t.columns < fewest) {
            fewest = t.rows * t.columns;
            best = t;
        }
    }
    return best;
}

int DiagramRenderer::paintPages(CanvasScene &scene, QPagedPaintDevice &device, const Options &options, QString *error)
{
    ExportState state(scene);
    state.setScale(1); // vectors: everything, at full detail
    const auto page = pageOf(scene, options, error);
    if (!page)
        return 0;
    const QSizeF size = page->size();
    const Tiling tiling = tilingFor(size, options.page);
    if (options.page == Options::Page::Fit) {
        const qreal points = 72 / UnitsPerInch;
        device.setPageSize(QPageSize(QSizeF(size.width() * points, size.height() * points), QPageSize::Point, QString(),
                                     QPageSize::ExactMatch));
        device.setPageMargins(QMarginsF(0, 0, 0, 0));
    } else if (options.page != Options::Page::Device) {
        device.setPageSize(pageSizeOf(options.page));
        device.setPageOrientation(tiling.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        device.setPageMargins(QMarginsF(PageMarginMm, PageMarginMm, PageMarginMm, PageMarginMm),
                              QPageLayout::Millimeter);
    }
    QPainter painter;
    if (!painter.begin(&device)) {
        if (error)
            *error = Tr::tr("cannot draw on the page");
        return 0;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const qreal s = device.logicalDpiX() / UnitsPerInch; // device units per canvas unit (1 as set)
    painter.scale(s, s);
    if (options.page == Options::Page::Fit) {
        page->paint(&painter, scene, options.transparent);
        return 1;
    }
    // The tile each page shows, as the device measures its paintable area.
    const QSizeF tile(device.width() / s, device.height() / s - PageLabelHeight);
    const int columns = std::max(1, int(std::ceil(size.width() / tile.width() - 1e-9)));
    const int rows = std::max(1, int(std::ceil(size.height() / tile.height() - 1e-9)));
    const int pages = rows * columns;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            if (r > 0 || c > 0)
                device.newPage();
            painter.save();
            painter.setClipRect(QRectF(QPointF(0, 0), tile));
            painter.translate(-c * tile.width(), -r * tile.height());
            page->paint(&painter, scene, options.transparent,
                        QRectF(QPointF(c * tile.width(), r * tile.height()), tile));
            painter.restore();
            if (pages > 1) {
                painter.setPen(scene.theme().muted);
                painter.setFont(CanvasLabels::font(7));
                const int n = r * columns + c + 1;
                painter.drawText(QRectF(0, tile.height() + 2, tile.width(), PageLabelHeight - 2),
                                 Qt::AlignRight | Qt::AlignVCenter,
                                 Tr::tr("page %1 of %2: row %3 of %4, column %5 of %6")
                                     .arg(n)
                                     .arg(pages)
                                     .arg(r + 1)
                                     .arg(rows)
                                     .arg(c + 1)
                                     .arg(columns));
            }
        }
    painter.end();
    return pages;
}

bool DiagramRenderer::savePdf(CanvasScene &scene, const QString &path, const Options &options, QString *error,
                              int *pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    int drawn = 0;
    {
        QPdfWriter writer(&buffer);
        // One device unit per canvas unit: the canvas's fonts are sized for 96 dots per inch,
        // and a painter scaled up would scale its texts twice.
        writer.setResolution(int(UnitsPerInch));
        writer.setCreator(Tr::tr("VPC Designer %1").arg(QCoreApplication::applicationVersion()));
        writer.setTitle(scene.design().name.isEmpty() ? QFileInfo(path).completeBaseName() : scene.design().name);
        drawn = paintPages(scene, writer, options, error);
    }
    if (drawn == 0)
        return false;
    if (pages)
        *pages = drawn;
    return AtomicWrite::write(path, bytes, error);
}

QImage DiagramRenderer::render(CanvasScene &scene, qreal scale, qreal *usedScale)
{
    Options options;
    options.scale = scale;
    return render(scene, options, usedScale);
}

bool DiagramRenderer::saveImage(CanvasScene &scene, const QString &path, qreal scale, QString *error, QString *note)
{
    Options options;
    options.scale = scale;
    return saveImage(scene, path, options, error, note);
}

bool DiagramRenderer::saveSvg(CanvasScene &scene, const QString &path, QString *error)
{
    return saveSvg(scene, path, Options(), error);
}
