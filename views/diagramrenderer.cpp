#include "diagramrenderer.h"

#include "atomicwrite.h"
#include "canvasscene.h"
#include "document.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
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

} // namespace

QImage DiagramRenderer::render(CanvasScene &scene, qreal scale, qreal *usedScale)
{
    ExportState state(scene);
    const QRectF source = scene.designBounds();
    const qreal pixels = source.width() * source.height() * scale * scale;
    if (pixels > double(MaxPixels))
        scale *= std::sqrt(double(MaxPixels) / pixels);
    if (usedScale)
        *usedScale = scale;
    state.setScale(scale);
    const QSize size(std::max(1, int(std::ceil(source.width() * scale))),
                     std::max(1, int(std::ceil(source.height() * scale))));
    QImage image(size, QImage::Format_RGB32);
    image.fill(scene.theme().background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::KeepAspectRatio);
    painter.end();
    return image;
}

bool DiagramRenderer::saveImage(CanvasScene &scene, const QString &path, qreal scale, QString *error, QString *note)
{
    qreal used = scale;
    const QImage image = render(scene, scale, &used);
    if (note && used < scale * 0.999)
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

bool DiagramRenderer::saveSvg(CanvasScene &scene, const QString &path, QString *error)
{
    ExportState state(scene);
    state.setScale(1); // vectors: everything, at full detail
    const QRectF source = scene.designBounds();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(scene.design().name.isEmpty() ? QFileInfo(path).completeBaseName() : scene.design().name);
    generator.setDescription(Tr::tr("Drawn by VPC Designer"));
    QPainter painter(&generator);
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), scene.theme().background);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source, Qt::KeepAspectRatio);
    painter.end();
    return AtomicWrite::write(path, bytes, error);
}
