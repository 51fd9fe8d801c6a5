// Canvas benchmark on a synthetic design of about 20,000 drawn items: opening with the
// automatic layout, a full repaint of a 1920x1080 view (raster), dragging one VPC with
// the mouse, and export of the whole design (PNG; PNG, SVG and PDF with title block and
// legend); beside them, in the same run, a baseline scene of plain QGraphicsRectItems at
// the same places. Not a test.
//
//   bench_canvas [--vpcs 345] [--frames 40]

#include "benchutil.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "diagramrenderer.h"
#include "document.h"
#include "selection.h"
#include "syntheticdesign.h"
#include "validationengine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsRectItem>
#include <QMouseEvent>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

/// One full repaint of the view's 1920x1080 viewport into a raster image.
double repaint(QGraphicsView &view, QImage &frame)
{
    QElapsedTimer t;
    t.start();
    QPainter p(&frame);
    view.render(&p, QRectF(frame.rect()), view.viewport()->rect());
    p.end();
    return ms(t.nsecsElapsed());
}

void send(QWidget *viewport, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, QPointF(pos), viewport->mapToGlobal(QPointF(pos)),
                  type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &e);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int vpcs = 345, frames = 40;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--vpcs"))
            vpcs = args.value(++i).toInt();
        else if (args[i] == QLatin1String("--frames"))
            frames = args.value(++i).toInt();
    }

    Document document(makeSyntheticDesign({vpcs}), QString());
    ValidationEngine engine(&document);
    Selection selection;

    // Opening: items for every object, the automatic layout, badges.
    QElapsedTimer timer;
    timer.start();
    CanvasScene scene(&document, &engine);
    const double open = ms(timer.nsecsElapsed());
    const qsizetype items = scene.itemCount();
    printf("design: %d VPCs, %lld drawn items (no positions written: all automatic)\n", vpcs, qlonglong(items));
    printf("open with automatic layout (items, layout, badges): %.0f ms\n", open);

    CanvasView view(&scene, &selection);
    view.resize(1920 + view.frameWidth() * 2, 1080 + view.frameWidth() * 2);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.show();
    QApplication::processEvents();
    QImage frame(1920, 1080, QImage::Format_RGB32);

    // The baseline: a plain scene with one rectangle item per drawn object, same places.
    QGraphicsScene plain;
    for (const QString &id : [&] {
             QStringList ids;
             document.design().forEachObject([&](Object &o) { ids.append(o.id); });
             return ids;
         }()) {
        const QRectF r = scene.geometry().rect(id);
        if (!r.isEmpty())
            plain.addRect(r, QPen(Qt::darkGray), QBrush(Qt::white));
    }
    QGraphicsView plainView(&plain);
    plainView.resize(view.size());
    plainView.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    plainView.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    plainView.setRenderHints(view.renderHints());
    plainView.show();

    struct Zoom
    {
        const char *name;
        qreal factor; // 0: fit the whole design
    };
    for (const Zoom &z : {Zoom{"whole design in view", 0}, Zoom{"100 % zoom", 1}, Zoom{"40 % zoom", 0.4}}) {
        if (z.factor == 0) {
            view.fitToWindow();
            plainView.fitInView(scene.designBounds(), Qt::KeepAspectRatio);
        } else {
            view.setZoom(z.factor);
            view.centerOn(scene.geometry().rect(QStringLiteral("vpc-0000")).center());
            plainView.setTransform(view.transform());
            plainView.centerOn(scene.geometry().rect(QStringLiteral("vpc-0000")).center());
        }
        std::vector<double> ours, base;
        for (int i = 0; i < frames; ++i) {
            ours.push_back(repaint(view, frame));
            base.push_back(repaint(plainView, frame));
        }
        printf("full repaint 1920x1080, %s: median %.2f ms (plain rectangle items, same places: %.2f ms, "
               "%.2fx)\n",
               z.name, median(ours), median(base), median(ours) / std::max(median(base), 1e-3));
    }

    // Dragging one VPC with the mouse at 100 %: each step pushes a (merged) command,
    // re-lays out the VPC and repaints the viewport.
    view.setZoom(1);
    const QRectF vpc = scene.geometry().rect(QStringLiteral("vpc-0005"));
    view.centerOn(vpc.center());
    QApplication::processEvents();
    const QPoint grab = view.mapFromScene(vpc.topLeft() + QPointF(60, 18));
    send(view.viewport(), QEvent::MouseButtonPress, grab, Qt::LeftButton);
    std::vector<double> steps;
    for (int i = 1; i <= frames; ++i) {
        timer.restart();
        send(view.viewport(), QEvent::MouseMove, grab + QPoint(i * 6, i * 3), Qt::LeftButton);
        repaint(view, frame);
        steps.push_back(ms(timer.nsecsElapsed()));
    }
    send(view.viewport(), QEvent::MouseButtonRelease, grab + QPoint(frames * 6, frames * 3), Qt::NoButton);
    printf("drag of one VPC (%lld children): median %.2f ms a step with repaint = %.0f frames per second "
           "(undo steps added: %d)\n",
           qlonglong(document.design().findVpc(QStringLiteral("vpc-0005"))->subnets.size() + 43), median(steps),
           1000.0 / median(steps), document.undoStack()->count());

    QTemporaryDir dir;
    QString error, note;
    timer.restart();
    qreal used = 1;
    const QImage image = DiagramRenderer::render(scene, 1, &used);
    const double drawn = ms(timer.nsecsElapsed());
    timer.restart();
    const bool ok = DiagramRenderer::saveImage(scene, dir.filePath(QStringLiteral("d.png")), 1, &error, &note);
    const double png = ms(timer.nsecsElapsed());
    printf("PNG export of the whole design: %.0f ms end to end (drawing alone %.0f ms), %dx%d pixels at scale "
           "%.2f, %lld KB, %s\n",
           png, drawn, image.width(), image.height(), used,
           qlonglong(QFileInfo(dir.filePath(QStringLiteral("d.png"))).size() / 1024), ok ? "ok" : qPrintable(error));

    // The design document's exports: title block and legend on, each format end to end;
    // beside them the plain rectangles written to the same formats.
    DiagramRenderer::Options options;
    options.title = true;
    options.legend = true;
    const auto size = [&](const char *name) {
        return qlonglong(QFileInfo(dir.filePath(QLatin1String(name))).size() / 1024);
    };
    const auto plainTo = [&](QPaintDevice &device, const QRectF &target) {
        QPainter p(&device);
        plain.render(&p, target, scene.designBounds());
    };
    const QRectF bounds = scene.designBounds();
    timer.restart();
    bool done = DiagramRenderer::saveImage(scene, dir.filePath(QStringLiteral("t.png")), options, &error, &note);
    const double tPng = ms(timer.nsecsElapsed());
    timer.restart();
    {
        QImage baseline(image.size(), QImage::Format_RGB32);
        baseline.fill(Qt::white);
        plainTo(baseline, QRectF(QPointF(0, 0), QSizeF(baseline.size())));
        baseline.save(dir.filePath(QStringLiteral("p.png")));
    }
    const double pPng = ms(timer.nsecsElapsed());
    printf("PNG with title and legend: %.0f ms, %lld KB, %s (plain rectangles to PNG: %.0f ms)\n", tPng, size("t.png"),
           done ? "ok" : qPrintable(error), pPng);
    timer.restart();
    done = DiagramRenderer::saveSvg(scene, dir.filePath(QStringLiteral("t.svg")), options, &error);
    const double tSvg = ms(timer.nsecsElapsed());
    timer.restart();
    {
        QSvgGenerator generator;
        generator.setFileName(dir.filePath(QStringLiteral("p.svg")));
        generator.setSize(bounds.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
        plainTo(generator, QRectF(QPointF(0, 0), bounds.size()));
    }
    const double pSvg = ms(timer.nsecsElapsed());
    printf("SVG with title and legend: %.0f ms, %lld KB, %s (plain rectangles to SVG: %.0f ms)\n", tSvg, size("t.svg"),
           done ? "ok" : qPrintable(error), pSvg);
    int pages = 0;
    timer.restart();
    done = DiagramRenderer::savePdf(scene, dir.filePath(QStringLiteral("t.pdf")), options, &error, &pages);
    const double tPdf = ms(timer.nsecsElapsed());
    options.page = DiagramRenderer::Options::Page::A3;
    timer.restart();
    int tiles = 0;
    const bool tiled = DiagramRenderer::savePdf(scene, dir.filePath(QStringLiteral("a3.pdf")), options, &error, &tiles);
    const double tA3 = ms(timer.nsecsElapsed());
    timer.restart();
    {
        QPdfWriter writer(dir.filePath(QStringLiteral("p.pdf")));
        writer.setResolution(96);
        writer.setPageSize(QPageSize(bounds.size() * 0.75, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        plainTo(writer, QRectF(QPointF(0, 0), bounds.size()));
    }
    const double pPdf = ms(timer.nsecsElapsed());
    printf("PDF with title and legend: one page %.0f ms, %lld KB, %s; tiled on A3 %.0f ms, %d pages, %lld KB, %s "
           "(plain rectangles to PDF: %.0f ms)\n",
           tPdf, size("t.pdf"), done ? "ok" : qPrintable(error), tA3, tiles, size("a3.pdf"),
           tiled ? "ok" : qPrintable(error), pPdf);
    return 0;
}
