#include "canvasview.h"

#include "canvasitems.h"
#include "canvasscene.h"
#include "document.h"
#include "emptycanvashint.h"
#include "packetoverlay.h"
#include "selection.h"

#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

const QString CanvasView::KindMimeType = QStringLiteral("application/x-vpc-designer-kind");

namespace {

constexpr qreal MinZoom = 0.02;
constexpr qreal MaxZoom = 8;

} // namespace

CanvasView::CanvasView(CanvasScene *scene, Selection *selection, QWidget *parent)
    : QGraphicsView(scene, parent), mScene(scene), mSelection(selection)
{
    setObjectName(QStringLiteral("Canvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    applyTheme();
    mNudgeEnd = new QTimer(this);
    mNudgeEnd->setSingleShot(true);
    mNudgeEnd->setInterval(1000);
    connect(mNudgeEnd, &QTimer::timeout, this, &CanvasView::endNudge);
    // Any other step of the stack (Undo, Redo, an edit elsewhere) ends a burst of nudges:
    // the next nudge must not merge into whatever is now on top.
    connect(scene->document()->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!mOwnPush)
            endNudge();
    });
    mHint = new EmptyCanvasHint(viewport());
    connect(scene, &CanvasScene::geometryChanged, this, &CanvasView::updateHint);
    connect(scene->document(), &Document::designReset, this, &CanvasView::updateHint);
    connect(scene->document(), &Document::designReset, this, &CanvasView::anchorOverlay);
    connect(this, &CanvasView::viewportMoved, this, &CanvasView::anchorOverlay);
    connect(this, &CanvasView::zoomChanged, this, &CanvasView::anchorOverlay);
    updateHint();

    connect(scene, &QGraphicsScene::selectionChanged, this, [this] { mSelection->set(mScene->selectedIds()); });
    connect(selection, &Selection::changed, this, [this](const QStringList &ids) {
        mScene->selectIds(ids);
        viewport()->update();
        if (mNudging && !mMoving.isEmpty())
            endNudge(); // another selection: another undo step
    });
    connect(selection, &Selection::focusRequested, this, &CanvasView::focusOn);
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    factor = target / zoom();
    if (std::abs(factor - 1) < 1e-6)
        return;
    scale(factor, factor);
    mScene->setDrawingZoom(zoom());
    Q_EMIT zoomChanged(zoom());
}

void CanvasView::setZoom(qreal factor)
{
    scaleBy(factor / zoom());
}

void CanvasView::zoomIn()
{
    scaleBy(1.25);
}

void CanvasView::zoomOut()
{
    scaleBy(0.8);
}

void CanvasView::fitToWindow()
{
    mScene->flush();
    const QRectF bounds = mScene->designBounds();
    const QRectF room = QRectF(viewport()->rect()).adjusted(mReservedLeft + 2, 2, -2, -2);
    if (bounds.isEmpty() || room.width() < 10 || room.height() < 10)
        return;
    const qreal z =
        std::clamp(std::min(room.width() / bounds.width(), room.height() / bounds.height()), MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(z, z));
    // The design's centre at the centre of the room left for it (the scene reaches into
    // the reserved room, or the view could not scroll there).
    if (mReservedLeft > 0)
        mScene->setSceneRect(mScene->sceneRect().united(bounds.adjusted(-(mReservedLeft + 4) / z, 0, 0, 0)));
    centerOn(bounds.center() - QPointF(mReservedLeft / 2.0 / z, 0));
    mScene->setDrawingZoom(zoom());
    Q_EMIT zoomChanged(zoom());
}

bool CanvasView::showsWholeDesign() const
{
    return mapToScene(viewport()->rect()).boundingRect().adjusted(-2, -2, 2, 2).contains(mScene->designBounds());
}

void CanvasView::focusOn(const QStringList &ids)
{
    mScene->flush();
    QRectF area;
    for (const QString &id : ids) {
        const QRectF r = mScene->geometry().rect(id);
        if (!r.isEmpty())
            area |= r;
        else if (ObjectItem *item = mScene->item(id))
            area |= item->sceneBoundingRect();
    }
    if (area.isEmpty())
        return;
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    if (area.width() > visible.width() * 0.9 || area.height() > visible.height() * 0.9) {
        fitInView(area.adjusted(-80, -80, 80, 80), Qt::KeepAspectRatio);
        mScene->setDrawingZoom(zoom());
        Q_EMIT zoomChanged(zoom());
    } else {
        centerOn(area.center());
    }
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool CanvasView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            scaleBy(1 + g->value());
            return true;
        }
    }
    if (event->type() == QEvent::Gesture) {
        auto *g = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(g->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                scaleBy(pinch->scaleFactor());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewportMoved();
}

QPointF CanvasView::visibleCentre() const
{
    return mapToScene(viewport()->rect().center());
}

void CanvasView::applyTheme()
{
    mScene->setTheme(CanvasTheme::fromPalette(palette()));
    setBackgroundBrush(mScene->theme().background);
    Q_EMIT themeChanged();
}

void CanvasView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QGraphicsView::changeEvent(event);
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateHint();
    anchorOverlay();
}

void CanvasView::anchorOverlay()
{
    if (PacketOverlay *overlay = mScene->packets())
        overlay->setViewport(mapToScene(viewport()->rect()).boundingRect(), zoom());
}

void CanvasView::updateHint()
{
    const bool empty = mScene->design().vpcs().empty();
    mHint->setVisible(empty);
    if (empty) {
        mHint->adjustSize();
        const QSize size = mHint->sizeHint().boundedTo(viewport()->size());
        mHint->setGeometry(
            QRect(QPoint((viewport()->width() - size.width()) / 2, (viewport()->height() - size.height()) / 2), size));
    }
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &)
{
    // The link handles of selected VPCs: drag one onto another VPC to peer them.
    for (const QString &id : mSelection->ids()) {
        if (!mScene->design().findVpc(id))
            continue;
        const QPointF at = linkHandle(id);
        const qreal r = 8 / zoom();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Qt::white, 1.5 / zoom()));
        painter->setBrush(mScene->theme().vpc);
        painter->drawEllipse(at, r, r);
        painter->setPen(QPen(Qt::white, 2 / zoom()));
        painter->drawLine(at - QPointF(r / 2, 0), at + QPointF(r / 2, 0));
        painter->drawLine(at - QPointF(0, r / 2), at + QPointF(0, r / 2));
        painter->restore();
    }
}
