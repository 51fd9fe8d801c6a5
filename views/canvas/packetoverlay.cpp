#include "packetoverlay.h"

#include "canvasitems.h"
#include "canvasscene.h"
#include "icons.h"

#include <QCoreApplication>

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

constexpr double EndWidth = 150;
constexpr double EndHeight = 52;
constexpr double EndGap = 16;

} // namespace

PacketOverlay::PacketOverlay(CanvasScene *scene) : mScene(scene)
{
    setZValue(50); // above everything drawn
    setAcceptedMouseButtons(Qt::NoButton);
}

QString PacketOverlay::endTitle(End::Kind kind)
{
    switch (kind) {
    case End::Kind::Internet:
        return QCoreApplication::translate("PacketOverlay", "Internet");
    case End::Kind::Outside:
        return QCoreApplication::translate("PacketOverlay", "Outside the design");
    case End::Kind::Service:
        return QCoreApplication::translate("PacketOverlay", "AWS service");
    }
    return {};
}

QString PacketOverlay::endIcon(End::Kind kind)
{
    switch (kind) {
    case End::Kind::Internet:
        return QStringLiteral("internet");
    case End::Kind::Outside:
        return QStringLiteral("outside");
    case End::Kind::Service:
        return QStringLiteral("aws-service");
    }
    return {};
}

QPointF PacketOverlay::centreOf(const QString &id, const QPointF &fallback) const
{
    const ObjectItem *item = mScene->item(id);
    if (!item || !item->isVisible())
        return fallback;
    return item->sceneBoundingRect().center();
}

void PacketOverlay::show(const QList<Path> &paths, const QList<Packet> &packets, const QStringList &blockers,
                         double phase, const QList<End> &ends)
{
    mPaths = paths;
    mPackets = packets;
    mEnds = ends;
    mPhase = phase;
    // Where the objects of each path are drawn, found once here: the view's moves only
    // move the ends (layout).
    mCentres.clear();
    for (const Path &p : std::as_const(mPaths)) {
        QPolygonF line;
        QPointF last;
        for (const QString &id : p.objects) {
            const QPointF c = centreOf(id, last);
            if (!c.isNull())
                last = c;
            line.append(c);
        }
        mCentres.append(line);
    }
    mFlashes.clear();
    for (const QString &id : blockers)
        if (const ObjectItem *item = mScene->item(id); item && item->isVisible())
            mFlashes.append(item->sceneBoundingRect());
    layout();
}

void PacketOverlay::setViewport(const QRectF &visible, qreal zoom)
{
    if (visible == mVisible && zoom == mZoom)
        return;
    mVisible = visible;
    mZoom = zoom > 0 ? zoom : 1;
    if (!mEnds.isEmpty())
        layout();
}

void PacketOverlay::layout()
{
    prepareGeometryChange();
    mLines.clear();
    mLineDelivered.clear();
    mDots.clear();
    // The ends outside the design stand in a column along the left edge of the view, the
    // same size on screen at any zoom (before the view is known: left of the drawing).
    mEndRects.clear();
    const qreal unit = 1 / mZoom;
    const QRectF design = mScene->geometry().bounds();
    const QPointF origin = mVisible.isEmpty() ? QPointF(design.left() - 60 - EndWidth, design.top() + 20)
                                              : mVisible.topLeft() + QPointF(14, 14) * unit;
    for (qsizetype i = 0; i < mEnds.size(); ++i)
        mEndRects.append(
            QRectF(origin + QPointF(0, double(i) * (EndHeight + EndGap) * unit), QSizeF(EndWidth, EndHeight) * unit));
    // Each path as points: the source, then each hop's object (or the point before when
    // the object is not drawn, as implicit tables and ACLs are not), then the end it
    // arrives at when that lies outside the design.
    QList<QPolygonF> points;
    for (qsizetype n = 0; n < mPaths.size(); ++n) {
        const Path &p = mPaths[n];
        QPolygonF line = mCentres[n];
        if (!line.isEmpty() && p.sourceEnd >= 0 && p.sourceEnd < mEndRects.size())
            line[0] = mEndRects[p.sourceEnd].center();
        // Before the first drawn object, stand at it.
        QPointF first;
        for (const QPointF &pt : std::as_const(line))
            if (!pt.isNull()) {
                first = pt;
                break;
            }
        for (QPointF &pt : line)
            if (pt.isNull())
                pt = first;
        if (p.delivered && p.destinationEnd >= 0 && p.destinationEnd < mEndRects.size())
            line.append(mEndRects[p.destinationEnd].center());
        points.append(line);
        QPolygonF drawn;
        for (const QPointF &pt : std::as_const(line))
            if (drawn.isEmpty() || drawn.back() != pt)
                drawn.append(pt);
        mLines.append(drawn);
        mLineDelivered.append(p.delivered);
    }
    for (const Packet &k : std::as_const(mPackets)) {
        if (k.path < 0 || k.path >= points.size() || points[k.path].isEmpty())
            continue;
        const QPolygonF &line = points[k.path];
        // Point i+1 is the object of hop i; point 0 the source; a packet that arrived
        // stands at the destination end, one past the last hop.
        const int hop = k.arrived ? k.hop + 1 : k.hop;
        const int from = std::clamp(hop + 1, 0, int(line.size()) - 1);
        const int to = std::clamp(hop + 2, 0, int(line.size()) - 1);
        const QPointF at = line[from] + (line[to] - line[from]) * (k.arrived ? 0 : k.fraction);
        mDots.append({at, k.blocked ? State::Blocked : k.answer ? State::Answer : State::Delivered});
    }
    QRectF bounds;
    for (const QPolygonF &l : mLines)
        bounds |= l.boundingRect();
    for (const QRectF &r : mFlashes)
        bounds |= r;
    for (const QRectF &r : mEndRects)
        bounds |= r;
    // Dots and rings are sized in device pixels.
    mBounds = bounds.isEmpty() ? QRectF() : bounds.adjusted(-300, -300, 300, 300);
    update();
}

QRectF PacketOverlay::endRect(int end) const
{
    return end >= 0 && end < mEndRects.size() ? mEndRects[end] : QRectF();
}

void PacketOverlay::clear()
{
    show({}, {}, {}, 0, {});
}

int PacketOverlay::blockedPacketCount() const
{
    return int(std::count_if(mDots.begin(), mDots.end(), [](const Dot &d) { return d.state == State::Blocked; }));
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
    const CanvasTheme &theme = mScene->theme();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const qreal scale = std::max<qreal>(painter->worldTransform().m11(), 0.05);
    // The ends outside the design: an icon, what it is, and its address or service, in
    // screen units (the rectangles are sized by 1/zoom).
    for (qsizetype i = 0; i < mEnds.size(); ++i) {
        const QRectF r = mEndRects[i];
        painter->save();
        painter->translate(r.topLeft());
        painter->scale(r.width() / EndWidth, r.height() / EndHeight);
        const QRectF box(0, 0, EndWidth, EndHeight);
        QPen frame(theme.muted, 1.2, Qt::DashLine);
        frame.setCosmetic(true);
        painter->setPen(frame);
        painter->setBrush(theme.tagFill);
        painter->drawRoundedRect(box, 8, 8);
        Icons::paint(painter, endIcon(mEnds[i].kind), QRectF(8, 9, 34, 34));
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(8.5);
        f.setBold(true);
        painter->setFont(f);
        painter->setPen(theme.text);
        const QRectF text(48, 6, EndWidth - 54, 20);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, endTitle(mEnds[i].kind));
        f.setBold(false);
        painter->setFont(f);
        painter->setPen(theme.muted);
        painter->drawText(text.translated(0, 20), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(f).elidedText(mEnds[i].label, Qt::ElideMiddle, text.width()));
        painter->restore();
    }
    for (int i = 0; i < mLines.size(); ++i) {
        QColor c = mLineDelivered[i] ? theme.delivered : theme.blocked;
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
        QColor c = theme.blocked;
        c.setAlphaF(float(0.9 * (1.0 - mPhase) + 0.1));
        QPen pen(c, 3);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-grow, -grow, grow, grow), 8, 8);
    }
    const qreal radius = 7 / scale; // 7 device pixels at any zoom
    for (const Dot &d : mDots) {
        painter->setPen(QPen(theme.background, 2 / scale));
        painter->setBrush(d.state == State::Blocked  ? theme.blocked
                          : d.state == State::Answer ? theme.answer
                                                     : theme.delivered);
        painter->drawEllipse(d.at, radius, radius);
    }
}
