#include "overlays.h"

#include "canvasitems.h"
#include "canvaslabels.h"
#include "canvasscene.h"
#include "design.h"
#include "icons.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

RegionItem::RegionItem(const QString &name, const QRectF &rect) : mName(name), mRect(rect)
{
    setZValue(-10);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // for the exposed rectangle
}

void RegionItem::set(const QString &name, const QRectF &rect)
{
    if (name == mName && rect == mRect)
        return;
    prepareGeometryChange();
    mName = name;
    mRect = rect;
    update();
}

void RegionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, false);
    // A region can be tens of thousands of units around: dashing all of it for a view of
    // a corner is what made repaints slow. Only the exposed parts of its edges are drawn,
    // each dashed from a phase that keeps the pattern continuous.
    const CanvasTheme &theme = static_cast<CanvasScene *>(scene())->theme();
    QPen pen(theme.region, 1.5, Qt::DashLine);
    pen.setCosmetic(true); // a fast line in device pixels, at any zoom
    const qreal unit = 1.5 / std::max<qreal>(lod, 0.01);
    const QRectF exposed = visibleArea(painter, option).adjusted(-4, -4, 4, 4);
    const QLineF edges[] = {{mRect.topLeft(), mRect.topRight()},
                            {mRect.topRight(), mRect.bottomRight()},
                            {mRect.bottomRight(), mRect.bottomLeft()},
                            {mRect.bottomLeft(), mRect.topLeft()}};
    for (const QLineF &edge : edges) {
        // The part of an axis-parallel edge inside the exposed rectangle.
        const qreal x1 = std::clamp(edge.x1(), exposed.left(), exposed.right());
        const qreal x2 = std::clamp(edge.x2(), exposed.left(), exposed.right());
        const qreal y1 = std::clamp(edge.y1(), exposed.top(), exposed.bottom());
        const qreal y2 = std::clamp(edge.y2(), exposed.top(), exposed.bottom());
        const bool horizontal = edge.y1() == edge.y2();
        if ((horizontal && (edge.y1() < exposed.top() || edge.y1() > exposed.bottom())) ||
            (!horizontal && (edge.x1() < exposed.left() || edge.x1() > exposed.right())))
            continue;
        const QLineF visible(x1, y1, x2, y2);
        if (visible.length() <= 0)
            continue;
        pen.setDashOffset(QLineF(edge.p1(), visible.p1()).length() / unit);
        painter->setPen(pen);
        painter->drawLine(visible);
    }
    // The name stays readable when zoomed out: it grows as the drawing shrinks.
    const qreal scale = std::clamp<qreal>(0.6 / std::max<qreal>(lod, 0.02), 1, std::max<qreal>(1, mRect.width() / 400));
    const QRectF icon(mRect.left() + 10, mRect.top() + 6, 22 * scale, 22 * scale);
    Icons::paint(painter, QStringLiteral("region"), icon);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(11 * scale);
    f.setBold(true);
    painter->setFont(f);
    painter->setPen(theme.regionText);
    painter->drawText(QRectF(icon.right() + 6, icon.top(), mRect.width(), icon.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, mName);
}

CompareOverlay::CompareOverlay(CanvasScene *scene) : mScene(scene)
{
    setZValue(4);
    setAcceptedMouseButtons(Qt::NoButton);
}

void CompareOverlay::setGhosts(QList<Ghost> ghosts)
{
    prepareGeometryChange();
    mGhosts = std::move(ghosts);
    mBounds = QRectF();
    for (const Ghost &g : std::as_const(mGhosts))
        mBounds |= g.rect.adjusted(-4, -18, 4, 4);
    update();
}

void CompareOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (mScene->isExporting() || mGhosts.isEmpty())
        return;
    const QRectF exposed = option->exposedRect;
    const QColor colour = mScene->theme().removed;
    QPen pen(colour, 2, Qt::DashLine);
    pen.setCosmetic(true);
    QColor fill = colour;
    fill.setAlpha(28);
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(8);
    f.setBold(true);
    painter->setFont(f);
    for (const Ghost &g : std::as_const(mGhosts)) {
        if (!exposed.isEmpty() && !exposed.intersects(g.rect.adjusted(-4, -18, 4, 4)))
            continue;
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawRoundedRect(g.rect, 6, 6);
        painter->setPen(colour);
        painter->drawText(QRectF(g.rect.left(), g.rect.top() - 16, std::max<qreal>(g.rect.width(), 200), 15),
                          Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("− %1").arg(g.id));
    }
}

RouteOverlay::RouteOverlay(CanvasScene *scene) : mScene(scene)
{
    setZValue(5);
    setAcceptedMouseButtons(Qt::NoButton);
}

void RouteOverlay::showSubnet(const QString &subnetId)
{
    prepareGeometryChange();
    mSubnet = subnetId;
    mArrows.clear();
    mBounds = QRectF();
    const Design &design = mScene->design();
    const Subnet *subnet = design.findSubnet(subnetId);
    if (!subnet)
        return;
    const CanvasGeometry &g = mScene->geometry();
    const QRectF from = g.rect(subnet->id);
    const RouteTable &table = design.routeTableOf(*subnet);
    const Vpc *vpc = design.vpcOf(*subnet);
    const auto add = [&](const QRectF &to, const QString &label, const QColor &colour) {
        if (to.isEmpty())
            return;
        const QLineF line(edgePoint(from, to.center()), edgePoint(to, from.center()));
        mArrows.append({line, label, colour, QRectF()});
    };
    QHash<QString, QStringList> byTarget;
    QStringList order;
    for (const Route &r : table.routes) {
        if (!byTarget.contains(r.target))
            order.append(r.target);
        byTarget[r.target].append(r.destinationText());
    }
    for (const QString &target : order) {
        const Object *o = design.find(target);
        const QString label = byTarget.value(target).join(QStringLiteral(", "));
        if (!o) {
            continue;
        } else if (o->kind == ObjectKind::PeeringConnection) {
            const QString peer = static_cast<const PeeringConnection *>(o)->peerOf(vpc->id);
            add(g.rect(peer), label, mScene->theme().vpc);
        } else {
            const CanvasTheme &t = mScene->theme();
            const QColor colour = o->kind == ObjectKind::NatGateway ? t.vpc
                                  : o->kind == ObjectKind::Instance ? QColor(0xed, 0x71, 0x00)
                                                                    : t.zone;
            add(g.rect(target), label, colour);
        }
    }
    for (const Endpoint *e : vpc->endpointList())
        if (e->isGateway() && e->routeTables.contains(table.id))
            add(g.rect(e->id), QStringLiteral("pl-%1").arg(e->service), mScene->theme().publicSubnet);
    placeTags();
    update();
}

QList<QRectF> RouteOverlay::tagRects() const
{
    QList<QRectF> out;
    for (const Arrow &a : mArrows)
        out.append(a.tag);
    return out;
}

void RouteOverlay::placeTags()
{
    // What a tag must not hide: the titles of VPCs, AZ columns and subnets near the arrows.
    const CanvasGeometry &g = mScene->geometry();
    const Design &design = mScene->design();
    QRectF reach;
    for (const Arrow &a : std::as_const(mArrows))
        reach |= QRectF(a.line.p1(), a.line.p2()).normalized();
    QList<QRectF> headers, nodes;
    for (const Vpc *v : design.vpcs()) {
        const QRectF box = g.rect(v->id);
        if (!box.intersects(reach.adjusted(-200, -200, 200, 200)))
            continue;
        headers.append(QRectF(box.left(), box.top(), box.width(), g.vpcHeader(*v, box.width())));
        if (const CanvasGeometry::VpcShape *shape = g.vpcShape(v->id))
            for (const CanvasGeometry::Column &c : shape->columns)
                headers.append(QRectF(c.rect.left(), c.rect.top(), c.rect.width(), CanvasGeometry::ColumnHeader));
        for (const Subnet *s : v->subnetList()) {
            const QRectF r = g.rect(s->id);
            headers.append(QRectF(r.left(), r.top(), r.width(), g.subnetHeader(s->id, r.width())));
        }
        // And the nodes: instances, gateways, endpoints with their names.
        Design::forEachChild(*v, [&](Object &o) {
            if (o.kind == ObjectKind::Instance || o.kind == ObjectKind::NatGateway || o.kind == ObjectKind::Endpoint ||
                o.kind == ObjectKind::InternetGateway || o.kind == ObjectKind::EgressOnlyInternetGateway)
                nodes.append(g.rect(o.id));
        });
    }
    const QFont &f = CanvasLabels::font(8.5, true);
    QList<QRectF> placed;
    for (Arrow &a : mArrows) {
        const QSizeF size(CanvasLabels::width(a.label, f) + 16, 18);
        const auto tagAt = [&](qreal t, qreal below) {
            const QPointF at = a.line.pointAt(t) + QPointF(0, below);
            return QRectF(at - QPointF(size.width() / 2, size.height() / 2), size);
        };
        // Along the arrow from near its start, on it or just beside it; then lower down,
        // below the headers an arrow may run through from end to end (a subnet's route to
        // its VPC's internet gateway on the top edge).
        // Where every place hides something, the one that hides least: a node's picture
        // least, a title more, another label most (two labels over each other cannot be read).
        a.tag = tagAt(0.3, 0);
        qreal least = -1;
        for (const qreal below : {0.0, 14.0, -14.0, 28.0, 42.0, 56.0, 70.0, 84.0}) {
            for (int step = 0; step < 19 && least != 0; ++step) {
                const qreal t = 0.3 + (step % 2 ? -1 : 1) * 0.05 * ((step + 1) / 2);
                if (t <= 0.02 || t >= 0.98)
                    continue;
                const QRectF r = tagAt(t, below);
                qreal hidden = 0;
                for (const auto &[rects, weight] :
                     {std::pair{&nodes, 1.0}, std::pair{&headers, 20.0}, std::pair{&placed, 100.0}})
                    for (const QRectF &o : *rects)
                        if (const QRectF x = o & r; !x.isEmpty())
                            hidden += weight * x.width() * x.height();
                if (least < 0 || hidden < least) {
                    least = hidden;
                    a.tag = r;
                }
            }
        }
        placed.append(a.tag);
        mBounds |= QRectF(a.line.p1(), a.line.p2()).normalized().adjusted(-14, -14, 14, 14);
        mBounds |= a.tag;
    }
}

void RouteOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mScene->isExporting())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(CanvasLabels::font(8.5, true));
    for (const Arrow &a : std::as_const(mArrows)) {
        painter->setPen(QPen(a.colour, 2.5, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(a.line);
        // The head.
        const qreal angle = std::atan2(a.line.dy(), a.line.dx());
        const QPointF tip = a.line.p2();
        const QPointF h1 = tip - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * 12;
        const QPointF h2 = tip - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * 12;
        painter->setBrush(a.colour);
        const QPointF head[] = {tip, h1, h2};
        painter->drawPolygon(head, 3);
        // The destinations, on a tag where it hides no header and no other tag.
        painter->setPen(Qt::NoPen);
        painter->setBrush(mScene->theme().tagFill);
        painter->drawRoundedRect(a.tag, 4, 4);
        painter->setPen(mScene->theme().dark ? a.colour.lighter(130) : a.colour.darker(130));
        painter->drawText(a.tag, Qt::AlignCenter, a.label);
    }
}
