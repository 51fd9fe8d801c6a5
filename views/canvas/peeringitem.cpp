#include "canvasitems.h"

#include "canvaslabels.h"
#include "canvasscene.h"
#include "design.h"
#include "findingsmodel.h"
#include "icons.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

// ---- PeeringItem -----------------------------------------------------------------------

PeeringItem::PeeringItem(CanvasScene *scene, const QString &id) : ObjectItem(scene, id, ObjectKind::PeeringConnection)
{
    setZValue(4);
    setFlag(ItemUsesExtendedStyleOption); // for the exposed rectangle
}

namespace {

/// The part of `line` inside `rect` (Liang-Barsky), or a null line when none is. Long
/// connectors are clipped before they are stroked: rasterising a wide, antialiased line
/// thousands of pixels long only to clip it was what made repaints slow.
QLineF clipped(const QLineF &line, const QRectF &rect)
{
    qreal t0 = 0, t1 = 1;
    const qreal dx = line.dx(), dy = line.dy();
    const qreal p[] = {-dx, dx, -dy, dy};
    const qreal q[] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                       rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return {};
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return {};
    }
    return QLineF(line.pointAt(t0), line.pointAt(t1));
}

} // namespace

void PeeringItem::sync()
{
    const auto *p = mScene->design().find<PeeringConnection>(mId, ObjectKind::PeeringConnection);
    if (!p)
        return;
    const QRectF a = mScene->geometry().rect(p->requester);
    const QRectF b = mScene->geometry().rect(p->accepter);
    prepareGeometryChange();
    setPos(0, 0);
    mActive = p->isActive();
    if (a.isEmpty() || b.isEmpty() || p->requester == p->accepter)
        mLine = QLineF();
    else
        mLine = QLineF(edgePoint(a, b.center()), edgePoint(b, a.center()));
    // The label stands on the longest stretch of the line that crosses no VPC (a peering
    // between VPCs with another between them passes over it), the nearest to the middle.
    mLabelCentre = mLine.center();
    qreal free = mLine.length();
    if (!mLine.isNull()) {
        QList<std::pair<qreal, qreal>> covered; // parts of [0, 1] inside some VPC
        for (const Vpc *v : mScene->design().vpcs()) {
            const QRectF r = mScene->geometry().rect(v->id);
            qreal t0 = 0, t1 = 1;
            const QPointF d = mLine.p2() - mLine.p1();
            bool inside = true;
            for (const auto &[pq, qq] :
                 {std::pair{-d.x(), mLine.p1().x() - r.left()}, std::pair{d.x(), r.right() - mLine.p1().x()},
                  std::pair{-d.y(), mLine.p1().y() - r.top()}, std::pair{d.y(), r.bottom() - mLine.p1().y()}}) {
                if (pq == 0) {
                    if (qq < 0)
                        inside = false;
                } else if (pq < 0) {
                    t0 = std::max(t0, qq / pq);
                } else {
                    t1 = std::min(t1, qq / pq);
                }
            }
            if (inside && t0 < t1 && t1 - t0 < 1)
                covered.append({t0, t1});
        }
        std::sort(covered.begin(), covered.end());
        qreal at = 0, best = -1, bestMid = 0.5;
        covered.append({1, 1});
        for (const auto &[c0, c1] : covered) {
            if (c0 > at) {
                const qreal mid = (at + c0) / 2, length = c0 - at;
                if (best < 0 || length > best + 1e-6 ||
                    (std::abs(length - best) <= 1e-6 && std::abs(mid - 0.5) < std::abs(bestMid - 0.5))) {
                    best = length;
                    bestMid = mid;
                }
            }
            at = std::max(at, c1);
        }
        if (best > 0) {
            mLabelCentre = mLine.pointAt(bestMid);
            free = best * mLine.length();
        }
    }
    // The label wraps on that stretch (a word never splits), the id on a line of its own.
    const CanvasLabels::Text text = CanvasLabels::peering(*p);
    const qreal room = std::max<qreal>(100, free - 16);
    const QStringList name =
        CanvasLabels::wrap(text.title.split(QLatin1Char(' ')), CanvasLabels::peeringFont(), room, QStringLiteral(" "));
    mTitle = name.value(0);
    mParts = name.mid(1) + text.parts;
    mLabelWidth = 0;
    for (const QString &line : QStringList{mTitle} + mParts)
        mLabelWidth = std::max<qreal>(mLabelWidth, CanvasLabels::width(line, CanvasLabels::peeringFont()) + 4);
    // What a click hits: a band along the line, and the label. Made here, not at every
    // query: the scene asks for shapes far more often than lines move.
    const QPointF along = mLine.length() > 0 ? (mLine.p2() - mLine.p1()) / mLine.length() : QPointF(1, 0);
    const QPointF across(-along.y() * 6, along.x() * 6);
    mShape = QPainterPath();
    mShape.addPolygon(QPolygonF{mLine.p1() + across, mLine.p2() + across, mLine.p2() - across, mLine.p1() - across});
    mShape.closeSubpath();
    mShape.addRect(QRectF(mLabelCentre - QPointF(std::max<qreal>(55, mLabelWidth / 2), 24),
                          QSizeF(std::max<qreal>(110, mLabelWidth), 28 + 13 * qreal(mParts.size()))));
    const CanvasScene::Badge *badge = mScene->badge(mId);
    setToolTip(badge ? badge->messages.join(QStringLiteral("\n\n")) : QString());
    update();
}

QRectF PeeringItem::boundingRect() const
{
    const qreal side = std::max<qreal>(80, mLabelWidth / 2 + 4);
    return QRectF(mLine.p1(), mLine.p2()).normalized().adjusted(-side, -30, side, 30 + 13 * qreal(mParts.size()));
}

QRectF PeeringItem::labelRect() const
{
    const QPointF mid = mLabelCentre;
    return QRectF(mid.x() - mLabelWidth / 2, mid.y() + 1, mLabelWidth, 14 + 13 * qreal(mParts.size()));
}

QPainterPath PeeringItem::shape() const
{
    return mShape;
}

void PeeringItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (mLine.isNull())
        return;
    const qreal lod = detail(option, painter);
    const bool broken = mScene->isBroken(mId);
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.25);
    const CanvasTheme &t = mScene->theme();
    QColor colour = broken ? t.broken : t.vpc;
    // Far out, many connectors cross the VPCs: thin and pale (an opaque pale colour: blending
    // a thousand see-through lines costs more than it shows), so the VPCs show.
    if (lod < 0.2 && !broken)
        colour = t.paleConnector;
    // Connectors are long: cosmetic pens (widths in device pixels) with flat caps take Qt's
    // fast line path; a scaled wide pen, or round caps, are stroked as polygons thousands
    // of pixels long (seconds for a large export).
    const qreal pixels = std::clamp<qreal>(2.5 * lod, 1.5, 3);
    const qreal width = pixels / std::max<qreal>(lod, 0.01); // the same width in scene units
    const auto cosmetic = [](QPen pen) {
        pen.setCosmetic(true);
        return pen;
    };
    const QRectF exposed = visibleArea(painter, option).adjusted(-width * 4, -width * 4, width * 4, width * 4);
    const QLineF visible = clipped(mLine, exposed);
    if (visible.isNull() && !exposed.contains(mLabelCentre))
        return;
    if (isSelected() && !mScene->isExporting()) {
        painter->setPen(cosmetic(QPen(t.selection, pixels + 4, Qt::SolidLine, Qt::FlatCap)));
        painter->drawLine(visible);
    }
    if (broken) {
        // Two halves with a gap and a zig-zag: this peering cannot exist.
        const QPointF mid = mLine.center();
        const QPointF dir = (mLine.p2() - mLine.p1()) / std::max<qreal>(mLine.length(), 1);
        const QPointF normal(-dir.y(), dir.x());
        painter->setPen(cosmetic(QPen(colour, pixels, Qt::DashLine, Qt::FlatCap)));
        painter->drawLine(mLine.p1(), mid - dir * 14);
        painter->drawLine(mid + dir * 14, mLine.p2());
        painter->setPen(cosmetic(QPen(colour, pixels, Qt::SolidLine, Qt::FlatCap)));
        const QPointF zig[] = {mid - dir * 14, mid - dir * 5 + normal * 10, mid + dir * 5 - normal * 10,
                               mid + dir * 14};
        painter->drawPolyline(zig, 4);
    } else {
        QPen pen = cosmetic(QPen(colour, pixels, mActive ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap));
        pen.setDashOffset(QLineF(mLine.p1(), visible.p1()).length() / width); // a continuous pattern
        painter->setPen(pen);
        painter->drawLine(visible);
    }
    // The label sits at the middle; most of a long connector's exposures do not show it,
    // and laying out text that is then clipped away is costly.
    if (lod > 0.15 && exposed.adjusted(-mLabelWidth / 2 - 4, -30, mLabelWidth / 2 + 4, 30).contains(mLabelCentre)) {
        const QPointF mid = mLabelCentre;
        Icons::paint(painter, QStringLiteral("peering-connection"), QRectF(mid - QPointF(11, 22), QSizeF(22, 22)));
        const qreal w = mLabelWidth;
        for (qsizetype i = 0; i <= mParts.size(); ++i)
            drawText(painter, QRectF(mid.x() - w / 2, mid.y() + 1 + 13 * qreal(i), w, 14),
                     i == 0 ? mTitle : mParts[i - 1], CanvasLabels::peeringFont(),
                     t.dark ? colour.lighter(120) : colour.darker(120), lod, Qt::AlignCenter);
    }
    const CanvasScene::Badge *b = mScene->badge(mId);
    if (b && exposed.adjusted(-80, -30, 80, 30).contains(mLabelCentre)) {
        painter->save();
        painter->translate(mLabelCentre + QPointF(12, -24));
        const qreal r = std::max<qreal>(9, 6 / std::max<qreal>(lod, 0.05));
        painter->setPen(QPen(Qt::white, r / 5));
        painter->setBrush(FindingsModel::colour(b->severity));
        painter->drawEllipse(QPointF(0, 0), r, r);
        painter->restore();
    }
}
