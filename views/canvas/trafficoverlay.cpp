#include "trafficoverlay.h"

#include "canvasitems.h"
#include "canvaslabels.h"
#include "canvasscene.h"
#include "design.h"
#include "icons.h"
#include "packetoverlay.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrafficOverlay)
};

constexpr qreal EndWidth = 170;
constexpr qreal EndHeight = 46;
constexpr qreal EndGap = 16;
constexpr qreal EndColumnGap = 90; // between the ends' column and the design

QString blockerText(const CanvasScene &scene, const QString &flow, const QString &blocker)
{
    const Object *o = scene.design().find(blocker);
    return o ? Tr::tr("%1: stopped by %2 (%3)").arg(flow, blocker, kindName(o->kind))
             : Tr::tr("%1: stopped by %2").arg(flow, blocker);
}

} // namespace

TrafficOverlay::TrafficOverlay(CanvasScene *scene, const SimulationRun &run) : mScene(scene)
{
    setZValue(60); // above the packets of playback and every item
    setAcceptedMouseButtons(Qt::NoButton);
    const QRectF design = scene->geometry().bounds();
    // The ends outside the design: a column to its left, from its top.
    const QList<SimulationFrame::End> &ends = run.ends();
    for (qsizetype i = 0; i < ends.size(); ++i)
        mEnds.append({ends[i], QRectF(design.left() - EndColumnGap - EndWidth,
                                      design.top() + qreal(i) * (EndHeight + EndGap), EndWidth, EndHeight)});
    const auto centreOf = [&](const QString &id) -> std::optional<QPointF> {
        const ObjectItem *item = scene->item(id);
        if (!item)
            return std::nullopt;
        if (item->kind() == ObjectKind::PeeringConnection)
            return static_cast<const PeeringItem *>(item)->line().center();
        return item->sceneBoundingRect().center();
    };
    const QList<SimulationRun::TrafficPath> paths = run.trafficPaths();
    for (qsizetype k = 0; k < paths.size(); ++k) {
        const SimulationRun::TrafficPath &p = paths[k];
        Arrow a;
        a.flow = run.runs()[size_t(p.flow)].flow->id;
        a.answer = p.answer;
        a.delivered = p.delivered;
        a.blocker = p.blocker;
        // Arrows side by side where they share objects: each a few units apart.
        const qreal shift = (qreal(k % 7) - 3) * 3;
        const QPointF offset(shift, shift);
        if (p.sourceEnd >= 0)
            a.line.append(mEnds[p.sourceEnd].rect.center() + QPointF(EndWidth / 2, 0) + offset);
        // Through the places a packet passes (nodes, gateways, peerings), not the settings
        // that judge it (tables, ACLs, groups on the shelf): their names are on the stop.
        QStringList places;
        for (const QString &id : p.objects) {
            const Object *o = scene->design().find(id);
            if (o && (CanvasGeometry::hostSubnet(*o).size() > 0 || o->kind == ObjectKind::InternetGateway ||
                      o->kind == ObjectKind::EgressOnlyInternetGateway || o->kind == ObjectKind::Endpoint ||
                      o->kind == ObjectKind::PeeringConnection))
                places.append(id);
        }
        if (places.isEmpty()) // between subnets only: their boxes
            for (const QString &id : p.objects)
                if (const Object *o = scene->design().find(id); o && o->kind == ObjectKind::Subnet)
                    places.append(id);
        for (const QString &id : std::as_const(places))
            if (const auto c = centreOf(id))
                a.line.append(*c + offset);
        if (p.destinationEnd >= 0)
            a.line.append(mEnds[p.destinationEnd].rect.center() + QPointF(EndWidth / 2, 0) + offset);
        if (a.line.size() < 2 && !a.line.isEmpty())
            a.line.append(a.line.first() + QPointF(24, 0)); // starts and stops at one object
        if (a.line.isEmpty())
            continue;
        mArrows.append(a);
    }
    for (const EndNode &e : std::as_const(mEnds))
        mBounds |= e.rect;
    for (const Arrow &a : std::as_const(mArrows)) {
        mBounds |= a.line.boundingRect().adjusted(-12, -12, 12, 12);
        if (!a.blocker.isEmpty()) // the stop's label, right of the cross
            mBounds |= QRectF(
                a.line.last() + QPointF(12, -10),
                QSizeF(CanvasLabels::width(blockerText(*scene, a.flow, a.blocker), CanvasLabels::font(8, true)) + 12,
                       20));
    }
}

void TrafficOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasTheme &t = mScene->theme();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The ends: a tile with the icon, what it is and its address or service.
    for (const EndNode &e : std::as_const(mEnds)) {
        painter->setPen(QPen(t.muted, 1));
        painter->setBrush(t.nodeFill);
        painter->drawRoundedRect(e.rect, 6, 6);
        Icons::paint(painter, PacketOverlay::endIcon(e.end.kind),
                     QRectF(e.rect.left() + 8, e.rect.center().y() - 14, 28, 28));
        painter->setPen(t.text);
        painter->setFont(CanvasLabels::font(8, true));
        painter->drawText(QRectF(e.rect.left() + 42, e.rect.top() + 6, e.rect.width() - 46, 16),
                          Qt::AlignLeft | Qt::AlignVCenter, PacketOverlay::endTitle(e.end.kind));
        painter->setPen(t.muted);
        painter->setFont(CanvasLabels::font(7.5));
        painter->drawText(QRectF(e.rect.left() + 42, e.rect.top() + 23, e.rect.width() - 46, 16),
                          Qt::AlignLeft | Qt::AlignVCenter, e.end.label);
    }
    // Requests first, answers over them; each with its head or its stop.
    for (const bool answers : {false, true})
        for (const Arrow &a : std::as_const(mArrows)) {
            if (a.answer != answers)
                continue;
            const QColor colour = !a.delivered ? t.blocked : a.answer ? t.answer : t.delivered;
            painter->setPen(QPen(colour, 2.5, a.answer ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPolyline(a.line);
            const QPointF end = a.line.last();
            if (a.delivered) {
                const QPointF from = a.line.size() > 1 ? a.line[a.line.size() - 2] : end - QPointF(1, 0);
                const QLineF back(end, from);
                const qreal angle = std::atan2(-(from.y() - end.y()), from.x() - end.x());
                const QPointF left = end + QPointF(std::cos(angle + 0.45) * 11, -std::sin(angle + 0.45) * 11);
                const QPointF right = end + QPointF(std::cos(angle - 0.45) * 11, -std::sin(angle - 0.45) * 11);
                painter->setPen(Qt::NoPen);
                painter->setBrush(colour);
                if (back.length() > 0)
                    painter->drawPolygon(QPolygonF{end, left, right});
            } else {
                // The red end: a cross in a ring at the blocker, and its name.
                painter->setPen(QPen(Qt::white, 1.5));
                painter->setBrush(colour);
                painter->drawEllipse(end, 9, 9);
                painter->setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap));
                painter->drawLine(end + QPointF(-4, -4), end + QPointF(4, 4));
                painter->drawLine(end + QPointF(-4, 4), end + QPointF(4, -4));
                if (!a.blocker.isEmpty()) {
                    const QString text = blockerText(*mScene, a.flow, a.blocker);
                    const QFont &f = CanvasLabels::font(8, true);
                    const QRectF tag(end + QPointF(12, -10), QSizeF(CanvasLabels::width(text, f) + 12, 20));
                    painter->setPen(Qt::NoPen);
                    painter->setBrush(t.tagFill);
                    painter->drawRoundedRect(tag, 4, 4);
                    painter->setPen(colour);
                    painter->setFont(f);
                    painter->drawText(tag, Qt::AlignCenter, text);
                }
            }
        }
    painter->restore();
}
