#include "packetoverlay.h"

#include "canvasitems.h"
#include "canvasscene.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

const QColor Delivered(22, 150, 60);
const QColor Answer(30, 110, 200);
const QColor Blocked(215, 40, 40);

} // namespace

PacketOverlay::PacketOverlay(CanvasScene *scene) : mScene(scene)
{
    setZValue(50); // above everything drawn
    setAcceptedMouseButtons(Qt::NoButton);
}

QPointF PacketOverlay::centreOf(const QString &id, const QPointF &fallback) const
{
    const ObjectItem *item = mScene->item(id);
    if (!item || !item->isVisible())
        return fallback;
    return item->sceneBoundingRect().center();
}

void PacketOverlay::show(const QList<Path> &paths, const QList<Packet> &packets, const QStringList &blockers,
                         double phase)
{
    prepareGeometryChange();
    mLines.clear();
    mLineColours.clear();
    mDots.clear();
    mFlashes.clear();
    mPhase = phase;
    // Each path as points: the source, then each hop's object (or the point before when
    // the object is not drawn, as implicit tables and ACLs are not).
    QList<QPolygonF> points;
    for (const Path &p : paths) {
        QPolygonF line;
        QPointF last;
        bool any = false;
        for (const QString &id : p.objects) {
            const QPointF c = centreOf(id, last);
            if (!any && c.isNull()) {
                line.append(c);
                continue;
            }
            any = true;
            last = c;
            line.append(c);
        }
        // Before the first drawn object, stand at it.
        for (QPointF &pt : line)
            if (pt.isNull())
                pt = last;
        points.append(line);
        QPolygonF drawn;
        for (const QPointF &pt : line)
            if (drawn.isEmpty() || drawn.back() != pt)
                drawn.append(pt);
        mLines.append(drawn);
        mLineColours.append(p.delivered ? Delivered : Blocked);
    }
    for (const Packet &k : packets) {
        if (k.path < 0 || k.path >= points.size() || points[k.path].isEmpty())
            continue;
        const QPolygonF &line = points[k.path];
        // Point i+1 is the object of hop i; point 0 the source.
        const int from = std::clamp(k.hop + 1, 0, int(line.size()) - 1);
        const int to = std::clamp(k.hop + 2, 0, int(line.size()) - 1);
        const QPointF at = line[from] + (line[to] - line[from]) * k.fraction;
        mDots.append({at, k.blocked ? Blocked : k.answer ? Answer : Delivered});
    }
    for (const QString &id : blockers)
        if (const ObjectItem *item = mScene->item(id); item && item->isVisible())
            mFlashes.append(item->sceneBoundingRect());
    QRectF bounds;
    for (const QPolygonF &l : mLines)
        bounds |= l.boundingRect();
    for (const QRectF &r : mFlashes)
        bounds |= r;
    mBounds = bounds.adjusted(-300, -300, 300, 300); // dots and rings are sized in device pixels
    update();
}

void PacketOverlay::clear()
{
    show({}, {}, {}, 0);
}

int PacketOverlay::blockedPacketCount() const
{
    return int(std::count_if(mDots.begin(), mDots.end(), [](const Dot &d) { return d.colour == Blocked; }));
}

QList<QPointF> PacketOverlay::packetPositions() const
{
    QList<QPointF> out;
    for (const Dot &d : mDots)
        out.append(d.at);
    return out;
}

void PacketOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mScene->isExporting())
        return; // exports show the design, not a moment of playback
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (int i = 0; i < mLines.size(); ++i) {
        QColor c = mLineColours[i];
        c.setAlpha(110);
        QPen pen(c, 3, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(mLines[i]);
    }
    // The blocking objects pulse: a ring that grows and fades.
    for (const QRectF &r : mFlashes) {
        const double grow = 6 + 14 * mPhase;
        QColor c = Blocked;
        c.setAlphaF(float(0.9 * (1.0 - mPhase) + 0.1));
        QPen pen(c, 3);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-grow, -grow, grow, grow), 8, 8);
    }
    const qreal scale = painter->worldTransform().m11();
    const qreal radius = 7 / std::max<qreal>(scale, 0.05); // 7 device pixels at any zoom
    for (const Dot &d : mDots) {
        painter->setPen(QPen(Qt::white, 2 / std::max<qreal>(scale, 0.05)));
        painter->setBrush(d.colour);
        painter->drawEllipse(d.at, radius, radius);
    }
}
