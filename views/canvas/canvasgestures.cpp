// CanvasView: the gestures that become commands: clicks and drags with the mouse (select,
// move, resize, peer), arrow-key nudges, and the context menu's request.

#include "canvasview.h"

#include "canvasitems.h"
#include "canvasscene.h"
#include "connectcommand.h"
#include "document.h"
#include "layoutcommand.h"
#include "selection.h"

#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>

#include <cmath>

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
        if (const QString subnet = CanvasGeometry::hostSubnet(*o); !subnet.isEmpty() && ids.contains(subnet))
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
            for (const QString &node : CanvasGeometry::nodesOf(*design.vpcOf(*o), id))
                follower(node);
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
    mOwnPush = true;
    mScene->document()->undoStack()->push(new MoveResizeCommand(mScene->document(), changes, !mFirstStep));
    mOwnPush = false;
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
    case Gesture::Move:
        moveTo(scenePos);
        return;
    case Gesture::Resize:
        resizeTo(scenePos);
        return;
    case Gesture::Link: {
        if (!mLinkLine) {
            mLinkLine = mScene->addLine(QLineF(), QPen(mScene->theme().vpc, 2.5 / zoom(), Qt::DashLine));
            mLinkLine->setZValue(10);
        }
        mLinkLine->setLine(QLineF(mScene->geometry().rect(mPressed).center(), scenePos));
        const QString target = mScene->geometry().vpcAt(scenePos);
        mLinkTarget = target != mPressed ? target : QString();
        Q_EMIT statusMessage(mLinkTarget.isEmpty() ? tr("Drop on another VPC to peer it with %1").arg(mPressed)
                                                   : tr("Release to peer %1 with %2").arg(mPressed, mLinkTarget));
        return;
    }
    default:
        break;
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
    case Gesture::Pan:
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    case Gesture::Link:
        finishLink(mapToScene(event->position().toPoint()));
        return;
    case Gesture::Press:
        // A click on one of several selected objects selects just it.
        mSelection->set({mPressed});
        return;
    case Gesture::RubberBand:
        QGraphicsView::mouseReleaseEvent(event);
        setDragMode(QGraphicsView::NoDrag);
        return;
    case Gesture::Move:
    case Gesture::Resize:
        mScene->setGestureActive(false);
        return;
    default:
        QGraphicsView::mouseReleaseEvent(event);
    }
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
    case Qt::Key_Left:
        by = {-step, 0};
        break;
    case Qt::Key_Right:
        by = {step, 0};
        break;
    case Qt::Key_Up:
        by = {0, -step};
        break;
    case Qt::Key_Down:
        by = {0, step};
        break;
    case Qt::Key_Escape:
        endNudge();
        mSelection->clear();
        event->accept();
        return;
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_Meta:
        QGraphicsView::keyPressEvent(event);
        return; // a modifier alone ends no burst
    default:
        endNudge();
        QGraphicsView::keyPressEvent(event);
        return;
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
