#include "canvasview.h"

#include "canvasitems.h"
#include "canvasscene.h"
#include "connectcommand.h"
#include "document.h"
#include "editoperations.h"
#include "emptycanvashint.h"
#include "objectcommands.h"
#include "packetoverlay.h"
#include "placement.h"
#include "selection.h"

#include <QContextMenuEvent>
#include <QCursor>
#include <QFileInfo>
#include <QGestureEvent>
#include <QGraphicsLineItem>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

const QString CanvasView::KindMimeType = QStringLiteral("application/x-vpc-designer-kind");

namespace {

constexpr qreal MinZoom = 0.02;
constexpr qreal MaxZoom = 8;
constexpr qreal Snap = 4;

qreal snap(qreal v)
{
    return std::round(v / Snap) * Snap;
}

std::optional<ObjectKind> kindFromTag(const QByteArray &tag)
{
    for (int k = 0; k < ObjectKindCount; ++k)
        if (tag == kindTag(ObjectKind(k)))
            return ObjectKind(k);
    return std::nullopt;
}

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
    mHint = new EmptyCanvasHint(viewport());
    connect(scene, &CanvasScene::geometryChanged, this, &CanvasView::updateHint);
    connect(scene->document(), &Document::designReset, this, &CanvasView::updateHint);
    connect(scene->document(), &Document::designReset, this, &CanvasView::anchorOverlay);
    connect(this, &CanvasView::viewportMoved, this, &CanvasView::anchorOverlay);
    connect(this, &CanvasView::zoomChanged, this, &CanvasView::anchorOverlay);
    updateHint();

    connect(scene, &QGraphicsScene::selectionChanged, this,
            [this] { mSelection->set(mScene->selectedIds()); });
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
    const qreal z = std::clamp(std::min(room.width() / bounds.width(), room.height() / bounds.height()), MinZoom, MaxZoom);
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

ObjectItem *CanvasView::objectAt(const QPoint &viewPos) const
{
    for (QGraphicsItem *i : items(viewPos))
        if (i->type() == ObjectItem::Type)
            return static_cast<ObjectItem *>(i);
    return nullptr;
}

bool CanvasView::onResizeHandle(const ObjectItem *item, const QPointF &scenePos) const
{
    if (!item || !item->isResizable() || !item->isSelected())
        return false;
    const QPointF corner = item->pos() + QPointF(item->size().width(), item->size().height());
    const qreal reach = 10 / zoom();
    return std::abs(scenePos.x() - corner.x()) <= reach && std::abs(scenePos.y() - corner.y()) <= reach;
}

QPointF CanvasView::linkHandle(const QString &vpcId) const
{
    const QRectF r = mScene->geometry().rect(vpcId);
    return QPointF(r.right(), r.center().y());
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    endNudge();
    mPressView = event->position().toPoint();
    mPressScene = mapToScene(mPressView);
    if (event->button() == Qt::MiddleButton) {
        mGesture = Gesture::Pan;
        mLastPan = mPressView;
        viewport()->setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    // The link handle of a selected VPC starts a peering.
    for (const QString &id : mSelection->ids()) {
        if (!mScene->design().findVpc(id))
            continue;
        if (QLineF(mapFromScene(linkHandle(id)), mPressView).length() <= 10) {
            mPressed = id;
            mGesture = Gesture::Link;
            return;
        }
    }
    ObjectItem *item = objectAt(mPressView);
    if (!item) {
        mGesture = Gesture::RubberBand;
        setDragMode(QGraphicsView::RubberBandDrag);
        QGraphicsView::mousePressEvent(event);
        return;
    }
    mPressed = item->id();
    if (onResizeHandle(item, mPressScene)) {
        mGesture = Gesture::Resize;
        mFirstStep = true;
        mScene->setGestureActive(true);
        return;
    }
    if ((event->modifiers() & Qt::ShiftModifier) && item->kind() == ObjectKind::Vpc) {
        mGesture = Gesture::Link;
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        QStringList ids = mSelection->ids();
        if (ids.contains(item->id()))
            ids.removeAll(item->id());
        else
            ids.append(item->id());
        mSelection->set(ids);
        mGesture = Gesture::None;
        return;
    }
    if (!item->isSelected())
        mSelection->set({item->id()});
    mGesture = Gesture::Press;
}

void CanvasView::beginMove()
{
    const Design &design = mScene->design();
    const CanvasGeometry &g = mScene->geometry();
    QStringList ids = mSelection->ids();
    // What moves: drawn objects but peerings (they follow their VPCs), and not an object
    // whose container moves too.
    QStringList tops;
    for (const QString &id : ids) {
        const Object *o = design.find(id);
        if (!o || o->kind == ObjectKind::PeeringConnection || !g.contains(id))
            continue;
        const Vpc *vpc = design.vpcOf(*o);
        if (o->kind != ObjectKind::Vpc && vpc && ids.contains(vpc->id))
            continue;
        QString subnet;
        if (o->kind == ObjectKind::Instance)
            subnet = static_cast<const Instance *>(o)->subnet;
        else if (o->kind == ObjectKind::NatGateway)
            subnet = static_cast<const NatGateway *>(o)->subnet;
        if (!subnet.isEmpty() && ids.contains(subnet))
            continue;
        tops.append(id);
    }
    mMoving.clear();
    const auto follower = [&](const QString &id) {
        if (const auto l = design.layout(id))
            mMoving.append({id, l, *l});
    };
    for (const QString &id : tops) {
        const QRectF r = g.rect(id);
        const auto l = design.layout(id);
        // An automatic size stays automatic: only the position becomes the user's.
        const LayoutRect base{r.x(), r.y(), l && l->hasSize() ? l->width : 0, l && l->hasSize() ? l->height : 0};
        mMoving.append({id, l, base});
        const Object *o = design.find(id);
        if (o->kind == ObjectKind::Vpc) {
            Design::forEachChild(*o, [&](Object &child) { follower(child.id); });
        } else if (o->kind == ObjectKind::Subnet) {
            const Vpc *vpc = design.vpcOf(*o);
            for (const Instance *i : vpc->instanceList())
                if (i->subnet == id)
                    follower(i->id);
            for (const NatGateway *n : vpc->natGatewayList())
                if (n->subnet == id)
                    follower(n->id);
            for (const Endpoint *e : vpc->endpointList())
                if (e->isInterface() && !e->subnets.isEmpty() && e->subnets.first() == id)
                    follower(e->id);
        }
    }
    mFirstStep = true;
}

void CanvasView::moveTo(const QPointF &scenePos)
{
    if (mMoving.isEmpty())
        return;
    const qreal dx = snap(scenePos.x() - mPressScene.x());
    const qreal dy = snap(scenePos.y() - mPressScene.y());
    // One command per step; the steps of one drag merge, keeping the first `before`.
    QList<LayoutChange> changes;
    for (const Moving &m : std::as_const(mMoving)) {
        LayoutRect r = m.base;
        r.x += dx;
        r.y += dy;
        changes.append({m.id, m.before, r});
    }
    mScene->document()->undoStack()->push(new MoveResizeCommand(mScene->document(), changes, !mFirstStep));
    mFirstStep = false;
    mScene->flush();
}

void CanvasView::resizeTo(const QPointF &scenePos)
{
    if (mMoving.isEmpty()) {
        const QRectF r = mScene->geometry().rect(mPressed);
        if (r.isEmpty())
            return;
        mMoving.append({mPressed, mScene->design().layout(mPressed), LayoutRect{r.x(), r.y(), r.width(), r.height()}});
    }
    const Moving &m = mMoving.first();
    LayoutRect r = m.base;
    r.width = std::max<qreal>(160, snap(m.base.width + scenePos.x() - mPressScene.x()));
    r.height = std::max<qreal>(80, snap(m.base.height + scenePos.y() - mPressScene.y()));
    mScene->document()->undoStack()->push(
        new MoveResizeCommand(mScene->document(), {{m.id, m.before, r}}, !mFirstStep));
    mFirstStep = false;
    mScene->flush();
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QPointF scenePos = mapToScene(pos);
    switch (mGesture) {
    case Gesture::Pan: {
        const QPoint d = pos - mLastPan;
        mLastPan = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        return;
    }
    case Gesture::Press:
        if ((pos - mPressView).manhattanLength() < 4)
            return;
        beginMove();
        mGesture = Gesture::Move;
        mScene->setGestureActive(true);
        [[fallthrough]];
    case Gesture::Move: moveTo(scenePos); return;
    case Gesture::Resize: resizeTo(scenePos); return;
    case Gesture::Link: {
        if (!mLinkLine) {
            mLinkLine = mScene->addLine(QLineF(), QPen(mScene->theme().vpc, 2.5 / zoom(), Qt::DashLine));
            mLinkLine->setZValue(10);
        }
        mLinkLine->setLine(QLineF(mScene->geometry().rect(mPressed).center(), scenePos));
        const QString target = mScene->geometry().vpcAt(scenePos);
        mLinkTarget = target != mPressed ? target : QString();
        Q_EMIT statusMessage(mLinkTarget.isEmpty()
                                 ? tr("Drop on another VPC to peer it with %1").arg(mPressed)
                                 : tr("Release to peer %1 with %2").arg(mPressed, mLinkTarget));
        return;
    }
    default: break;
    }
    // Hover: a resize cursor over a selected container's handle.
    ObjectItem *item = objectAt(pos);
    viewport()->setCursor(onResizeHandle(item, scenePos) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::finishLink(const QPointF &scenePos)
{
    delete mLinkLine;
    mLinkLine = nullptr;
    const QString target = mScene->geometry().vpcAt(scenePos);
    if (target.isEmpty() || target == mPressed) {
        Q_EMIT statusMessage(tr("No peering: drop the link on another VPC"));
        return;
    }
    auto cmd = ConnectCommand::peer(mScene->document(), mPressed, target);
    if (!cmd)
        return;
    const QString id = cmd->createdId();
    mScene->document()->undoStack()->push(cmd.release());
    mScene->flush();
    mSelection->set({id});
    Q_EMIT statusMessage(tr("Peered %1 with %2 through %3").arg(mPressed, target, id));
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    const Gesture gesture = mGesture;
    mGesture = Gesture::None;
    mMoving.clear();
    switch (gesture) {
    case Gesture::Pan: viewport()->setCursor(Qt::ArrowCursor); return;
    case Gesture::Link: finishLink(mapToScene(event->position().toPoint())); return;
    case Gesture::Press:
        // A click on one of several selected objects selects just it.
        mSelection->set({mPressed});
        return;
    case Gesture::RubberBand:
        QGraphicsView::mouseReleaseEvent(event);
        setDragMode(QGraphicsView::NoDrag);
        return;
    case Gesture::Move:
    case Gesture::Resize: mScene->setGestureActive(false); return;
    default: QGraphicsView::mouseReleaseEvent(event);
    }
}

QString CanvasView::dropRefusal(const QMimeData *mime, const QPointF &scenePos, ObjectKind *kind) const
{
    const auto k = kindFromTag(mime->data(KindMimeType));
    if (!k)
        return tr("not something the canvas can add");
    *kind = *k;
    return Placement::refusal(mScene->design(), *k, mScene->geometry().targetAt(scenePos));
}

QStringList CanvasView::designFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!path.isEmpty() && (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")))
            paths.append(path);
    }
    return paths;
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    mRefusal.clear();
    if (event->mimeData()->hasFormat(KindMimeType) || !designFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!designFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT statusMessage(tr("Drop to open the design"));
        return;
    }
    ObjectKind kind{};
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QString why = dropRefusal(event->mimeData(), scenePos, &kind);
    mRefusal = why;
    if (why.isEmpty()) {
        event->acceptProposedAction();
        const Placement::Target t = mScene->geometry().targetAt(scenePos);
        const QString where = !t.subnetId.isEmpty() ? t.subnetId : !t.vpcId.isEmpty() ? t.vpcId : tr("the canvas");
        Q_EMIT statusMessage(tr("Drop to add %1 to %2").arg(kindNameWithArticle(kind), where));
    } else {
        event->ignore();
        Q_EMIT statusMessage(tr("Cannot drop here: %1").arg(why));
    }
}

void CanvasView::dragLeaveEvent(QDragLeaveEvent *event)
{
    // A drag released where it was refused ends with a leave, not a drop: the reason
    // stays in the status bar. A drag that moved away says nothing.
    const bool released = viewport()->rect().contains(viewport()->mapFromGlobal(QCursor::pos()));
    Q_EMIT statusMessage(released && !mRefusal.isEmpty() ? tr("Not added: %1").arg(mRefusal) : QString());
    mRefusal.clear();
    QGraphicsView::dragLeaveEvent(event);
}

void CanvasView::dropEvent(QDropEvent *event)
{
    mRefusal.clear();
    if (const QStringList files = designFiles(event->mimeData()); !files.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT filesDropped(files);
        return;
    }
    mScene->flush();
    ObjectKind kind{};
    const QPointF scenePos = mapToScene(event->position().toPoint());
    QString message = dropRefusal(event->mimeData(), scenePos, &kind);
    if (!message.isEmpty()) {
        event->ignore();
        Q_EMIT statusMessage(tr("Not added: %1").arg(message));
        return;
    }
    std::optional<LayoutRect> layout;
    if (kind == ObjectKind::Vpc) // a VPC stays where it was dropped
        layout = LayoutRect{snap(scenePos.x() - 40), snap(scenePos.y() - 40), 0, 0};
    const QString id =
        EditOperations::add(mScene->document(), kind, mScene->geometry().targetAt(scenePos), layout, &message);
    if (id.isEmpty()) {
        event->ignore();
        Q_EMIT statusMessage(tr("Not added: %1").arg(message));
        return;
    }
    event->acceptProposedAction();
    mScene->flush();
    mSelection->set({id});
    Q_EMIT statusMessage(message);
}

QString CanvasView::addObject(ObjectKind kind)
{
    mScene->flush();
    const Design &design = mScene->design();
    bool ok = false;
    const Placement::Target target = Placement::targetFor(design, kind, mSelection->ids(), &ok);
    if (!ok) {
        const QString why = Placement::refusal(design, kind, target);
        Q_EMIT statusMessage(tr("Not added: %1").arg(why.isEmpty() ? tr("there is no place for it") : why));
        return {};
    }
    QString message;
    const QString id = EditOperations::add(mScene->document(), kind, target, std::nullopt, &message);
    if (id.isEmpty()) {
        Q_EMIT statusMessage(tr("Not added: %1").arg(message));
        return {};
    }
    mScene->flush();
    mSelection->set({id}, true);
    Q_EMIT statusMessage(message);
    return id;
}

void CanvasView::nudge(qreal dx, qreal dy)
{
    if (mGesture != Gesture::None || mSelection->ids().isEmpty())
        return;
    mScene->flush();
    if (!mNudging) {
        mPressScene = QPointF();
        beginMove();
        if (mMoving.isEmpty())
            return;
        mNudging = true;
        mNudged = QPointF();
        mScene->setGestureActive(true);
    }
    mNudged += QPointF(dx, dy);
    moveTo(mNudged);
    mNudgeEnd->start();
}

void CanvasView::endNudge()
{
    if (!mNudging)
        return;
    mNudging = false;
    mMoving.clear();
    mNudgeEnd->stop();
    mScene->setGestureActive(false);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    const bool far = event->modifiers() & Qt::ShiftModifier;
    const bool plain = !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
    const qreal step = far ? FarNudgeStep : NudgeStep;
    QPointF by;
    switch (event->key()) {
    case Qt::Key_Left: by = {-step, 0}; break;
    case Qt::Key_Right: by = {step, 0}; break;
    case Qt::Key_Up: by = {0, -step}; break;
    case Qt::Key_Down: by = {0, step}; break;
    case Qt::Key_Escape:
        endNudge();
        mSelection->clear();
        event->accept();
        return;
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_Meta: QGraphicsView::keyPressEvent(event); return; // a modifier alone ends no burst
    default: endNudge(); QGraphicsView::keyPressEvent(event); return;
    }
    if (!plain || mSelection->ids().isEmpty()) {
        QGraphicsView::keyPressEvent(event); // scrolls
        return;
    }
    nudge(by.x(), by.y());
    event->accept();
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    endNudge();
    QString id;
    QPointF scenePos;
    QPoint global = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        scenePos = mapToScene(event->pos());
        if (ObjectItem *item = objectAt(event->pos())) {
            id = item->id();
            if (!mSelection->contains(id))
                mSelection->set({id}); // the menu acts on what it was opened on
        }
    } else {
        // The menu key: on the selection, at its first object.
        id = mSelection->current();
        const QRectF r = mScene->geometry().rect(id);
        scenePos = r.isEmpty() ? visibleCentre() : r.center();
        global = viewport()->mapToGlobal(mapFromScene(scenePos));
    }
    Q_EMIT contextMenuRequested(id, scenePos, global);
    event->accept();
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
        mHint->setGeometry(QRect(QPoint((viewport()->width() - size.width()) / 2,
                                        (viewport()->height() - size.height()) / 2),
                                 size));
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
