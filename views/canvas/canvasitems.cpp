#include "canvasitems.h"

#include "canvaslabels.h"
#include "canvasscene.h"
#include "design.h"
#include "findingsmodel.h"
#include "icons.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStaticText>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CanvasItems)
};

constexpr qreal Margin = 14; // room around an item for its badge and selection

using CanvasLabels::font;

} // namespace

QRectF visibleArea(const QPainter *painter, const QStyleOptionGraphicsItem *option)
{
    const QPaintDevice *device = painter->device();
    QRectF area = painter->worldTransform().inverted().mapRect(QRectF(0, 0, device->width(), device->height()));
    if (painter->hasClipping())
        area &= painter->clipBoundingRect();
    if (!option->exposedRect.isEmpty())
        area &= option->exposedRect;
    return area;
}

// ---- ObjectItem -----------------------------------------------------------------------

ObjectItem::ObjectItem(CanvasScene *scene, const QString &id, ObjectKind kind) : mScene(scene), mId(id), mKind(kind)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
}

void ObjectItem::sync()
{
    const QRectF r = mScene->geometry().rect(mId);
    if (r.size() != mSize) {
        prepareGeometryChange();
        mSize = r.size();
    }
    setPos(r.topLeft());
    const CanvasScene::Badge *b = mScene->badge(mId);
    setToolTip(b ? b->messages.join(QStringLiteral("\n\n")) : QString());
    update();
}

QRectF ObjectItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), mSize).adjusted(-Margin, -Margin, Margin, Margin);
}

qreal ObjectItem::detail(const QStyleOptionGraphicsItem *option, const QPainter *painter)
{
    return option->levelOfDetailFromTransform(painter->worldTransform());
}

void ObjectItem::paintSelection(QPainter *painter) const
{
    if (!isSelected() || mScene->isExporting())
        return;
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(mScene->theme().selection, 2.5));
    painter->drawRoundedRect(QRectF(QPointF(0, 0), mSize).adjusted(-3, -3, 3, 3), 6, 6);
    if (isResizable()) {
        painter->setBrush(mScene->theme().selection);
        painter->setPen(Qt::NoPen);
        painter->drawRect(QRectF(mSize.width() - 5, mSize.height() - 5, 10, 10));
    }
    painter->restore();
}

void ObjectItem::paintComparison(QPainter *painter) const
{
    const CanvasScene::Mark mark = mScene->mark(mId);
    if (mark == CanvasScene::Mark::None || mScene->isExporting())
        return;
    const QColor colour = mark == CanvasScene::Mark::Added ? mScene->theme().added : mScene->theme().changed;
    painter->save();
    painter->setBrush(Qt::NoBrush);
    // Solid for added, dashed for changed: apart from the selection's orange frame.
    QPen pen(colour, 3, mark == CanvasScene::Mark::Added ? Qt::SolidLine : Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawRoundedRect(QRectF(QPointF(0, 0), mSize).adjusted(-6, -6, 6, 6), 8, 8);
    // A sign beside the top-left corner says which, for readers who do not tell the colours apart.
    const QRectF sign(-12, -12, 14, 14);
    painter->setBrush(colour);
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(sign);
    painter->setPen(QPen(Qt::white, 2));
    const QPointF c = sign.center();
    painter->setBrush(Qt::NoBrush);
    if (mark == CanvasScene::Mark::Added) { // +
        painter->drawLine(c - QPointF(4, 0), c + QPointF(4, 0));
        painter->drawLine(c - QPointF(0, 4), c + QPointF(0, 4));
    } else { // ~
        QPainterPath tilde(c + QPointF(-5, 1));
        tilde.cubicTo(c + QPointF(-2, -5), c + QPointF(2, 5), c + QPointF(5, -1));
        painter->drawPath(tilde);
    }
    painter->restore();
}

void ObjectItem::paintBadge(QPainter *painter, qreal detail) const
{
    const CanvasScene::Badge *b = mScene->badge(mId);
    if (!b)
        return;
    // Badges stay visible when zoomed out: they grow to keep a readable size.
    const qreal r = std::max<qreal>(9, 6 / std::max<qreal>(detail, 0.05));
    const QPointF centre(mSize.width() - 2, 2);
    painter->save();
    painter->setPen(QPen(Qt::white, r / 5));
    painter->setBrush(FindingsModel::colour(b->severity));
    painter->drawEllipse(centre, r, r);
    if (detail * r > 5) {
        QFont f = font(r * 0.95, true);
        painter->setFont(f);
        painter->setPen(Qt::white);
        const QString text = b->messages.size() > 1 ? QString::number(b->messages.size()) : QStringLiteral("!");
        painter->drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r), Qt::AlignCenter, text);
    }
    painter->restore();
}

void ObjectItem::drawText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &f,
                          const QColor &colour, qreal detail, Qt::Alignment align) const
{
    const bool whole = mScene->isExporting();
    // Below about 4 points on screen text is noise: leave it out, fade it in above.
    const qreal onScreen = f.pointSizeF() * detail;
    if (text.isEmpty() || onScreen < 3.5)
        return;
    painter->save();
    painter->setOpacity(painter->opacity() * std::clamp((onScreen - 3.5) / 2.5, 0.0, 1.0));
    painter->setFont(f);
    painter->setPen(colour);
    // Item coordinates scale with the view, so the text that fits is the same at every
    // zoom: elided and laid out once per text, width and font (QStaticText), then reused.
    static QHash<QString, QStaticText> cache;
    const QString key = text + QLatin1Char('\x1f') + QString::number(whole ? -1 : int(rect.width())) +
                        QLatin1Char('\x1f') + QString::number(f.pointSizeF()) + QLatin1Char(f.bold() ? 'b' : 'n');
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 20000)
            cache.clear();
        QStaticText laid(whole ? text : QFontMetricsF(f).elidedText(text, Qt::ElideRight, rect.width()));
        laid.setTextFormat(Qt::PlainText);
        laid.setPerformanceHint(QStaticText::AggressiveCaching);
        laid.prepare(QTransform(), f);
        it = cache.insert(key, laid);
    }
    const QSizeF size = it->size();
    qreal x = rect.left();
    if (align & Qt::AlignHCenter)
        x = rect.center().x() - size.width() / 2;
    else if (align & Qt::AlignRight)
        x = rect.right() - size.width();
    const qreal y = rect.center().y() - size.height() / 2;
    painter->drawStaticText(QPointF(x, y), *it);
    painter->restore();
}

// ---- VpcItem ---------------------------------------------------------------------------

VpcItem::VpcItem(CanvasScene *scene, const QString &id) : ObjectItem(scene, id, ObjectKind::Vpc)
{
    setZValue(0);
}

void VpcItem::sync()
{
    ObjectItem::sync();
    const Vpc *vpc = mScene->design().findVpc(mId);
    if (!vpc)
        return;
    const CanvasLabels::Text text = CanvasLabels::vpc(*vpc);
    mTitle = text.title;
    mParts = text.parts;
    mIdFirst = text.idFirst;
    mColumns.clear();
    mShelf = QRectF();
    mGatewaysWidth = 0;
    for (const ObjectList *list : {&vpc->internetGateways, &vpc->egressOnlyGateways, &vpc->endpoints})
        for (const ObjectPtr &o : *list)
            if (const QRectF r = mScene->geometry().rect(o->id); r.top() < pos().y())
                mGatewaysWidth = std::max(mGatewaysWidth, pos().x() + mSize.width() - r.left());
    if (const CanvasGeometry::VpcShape *shape = mScene->geometry().vpcShape(mId)) {
        for (const CanvasGeometry::Column &c : shape->columns)
            mColumns.append({c.az, c.rect.translated(-pos())});
        mShelf = shape->shelf.translated(-pos());
    }
    mLines = CanvasLabels::vpcLines({mTitle, mParts, mIdFirst}, mSize.width(), mGatewaysWidth);
}

void VpcItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = detail(option, painter);
    const QRectF box(QPointF(0, 0), mSize);
    const CanvasTheme &t = mScene->theme();
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.2);
    painter->setPen(QPen(t.vpc, 2));
    painter->setBrush(t.vpcFill);
    if (lod < 0.3)
        painter->drawRect(box); // corners of a pixel or two are not worth a path
    else
        painter->drawRoundedRect(box, 6, 6);
    // The title bar: icon, name, id and blocks.
    if (lod > 0.08) {
        const QRectF iconRect(10, 30, 30, 30);
        Icons::paint(painter, QStringLiteral("vpc"), iconRect);
        drawText(painter, QRectF(48, 28, box.width() - 60, 18), mTitle, CanvasLabels::vpcTitleFont(), t.text, lod);
        for (qsizetype i = 0; i < mLines.size(); ++i)
            drawText(painter, QRectF(48, 47 + 16 * qreal(i), box.width() - 60 - mGatewaysWidth, 16), mLines[i],
                     CanvasLabels::vpcDetailFont(), t.muted, lod);
    }
    if (lod > 0.1) {
        painter->setPen(QPen(t.zone, 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        for (const Column &c : mColumns) {
            painter->drawRoundedRect(c.rect.adjusted(-6, 0, 6, 0), 5, 5);
            drawText(painter, QRectF(c.rect.left(), c.rect.top() + 2, c.rect.width(), 18), c.az, font(9, true), t.zone,
                     lod, Qt::AlignCenter);
        }
        if (!mShelf.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(t.shelf);
            painter->drawRoundedRect(mShelf.adjusted(-6, -4, 6, 2), 4, 4);
        }
    }
    paintComparison(painter);
    paintSelection(painter);
    paintBadge(painter, lod);
}

// ---- SubnetItem ------------------------------------------------------------------------

SubnetItem::SubnetItem(CanvasScene *scene, const QString &id) : ObjectItem(scene, id, ObjectKind::Subnet)
{
    setZValue(1);
}

void SubnetItem::sync()
{
    ObjectItem::sync();
    const Design &design = mScene->design();
    const Subnet *s = design.findSubnet(mId);
    if (!s)
        return;
    mPublic = design.isPublicSubnet(*s);
    const CanvasLabels::Text text = CanvasLabels::subnet(design, *s);
    mTitle = text.title;
    mParts = text.parts;
    mIdFirst = text.idFirst;
    mLines = CanvasLabels::subnetLines(text, mSize.width());
    mInterfaces = 0;
    if (const Vpc *vpc = design.vpcOf(*s))
        for (const Endpoint *e : vpc->endpointList())
            if (e->isInterface() && e->subnets.indexOf(s->id) > 0)
                ++mInterfaces;
}

void SubnetItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = detail(option, painter);
    const QRectF box(QPointF(0, 0), mSize);
    const CanvasTheme &t = mScene->theme();
    const QColor edge = mPublic ? t.publicSubnet : t.privateSubnet;
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.2);
    painter->setPen(QPen(edge, 1.5));
    painter->setBrush(mPublic ? t.publicFill : t.privateFill);
    if (lod < 0.3)
        painter->drawRect(box);
    else
        painter->drawRoundedRect(box, 4, 4);
    if (lod > 0.12) {
        Icons::paint(painter, Icons::nameFor(ObjectKind::Subnet, mPublic), QRectF(6, 6, 26, 26));
        drawText(painter, QRectF(38, 4, box.width() - 44, 17), mTitle, CanvasLabels::subnetTitleFont(), t.text, lod);
        for (qsizetype i = 0; i < mLines.size(); ++i)
            drawText(painter, QRectF(38, 21 + 15 * qreal(i), box.width() - 44, 15), mLines[i],
                     CanvasLabels::subnetDetailFont(), t.subnetText(edge), lod);
    }
    // Further interfaces of endpoints whose node sits in another subnet.
    if (mInterfaces > 0 && lod > 0.3) {
        painter->setPen(QPen(t.vpc, 1));
        painter->setBrush(t.dark ? t.vpc.darker(160) : t.vpc.lighter(160));
        for (int i = 0; i < mInterfaces; ++i)
            painter->drawEllipse(QPointF(box.width() - 12 - i * 14, box.height() - 10), 5, 5);
    }
    paintComparison(painter);
    paintSelection(painter);
    paintBadge(painter, lod);
}

// ---- NodeItem --------------------------------------------------------------------------

NodeItem::NodeItem(CanvasScene *scene, const QString &id, ObjectKind kind) : ObjectItem(scene, id, kind)
{
    setZValue(3);
}

void NodeItem::sync()
{
    ObjectItem::sync();
    const Object *o = mScene->design().find(mId);
    if (!o)
        return;
    mIcon = Icons::nameFor(mKind);
    if (mKind == ObjectKind::Endpoint)
        mIcon = static_cast<const Endpoint *>(o)->isGateway() ? QStringLiteral("gateway-endpoint")
                                                              : QStringLiteral("interface-endpoint");
    const CanvasLabels::Text text = CanvasLabels::node(*o);
    mTitle = text.title;
    mParts = text.parts;
    mIdFirst = text.idFirst;
    mLines = CanvasLabels::nodeLines(text, mSize.width());
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = detail(option, painter);
    if (lod < 0.1)
        return; // too small to see: the subnet shows that it holds something
    const QRectF box(QPointF(0, 0), mSize);
    const CanvasTheme &t = mScene->theme();
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    if (lod < 0.25) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(t.nodeFar);
        painter->drawRect(QRectF(box.center().x() - 14, 6, 28, 28));
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(t.nodeFill);
        painter->drawRoundedRect(box.adjusted(2, 0, -2, 0), 6, 6);
        Icons::paint(painter, mIcon, QRectF(box.center().x() - 17, 3, 34, 34));
        drawText(painter, QRectF(2, 38, box.width() - 4, 13), mTitle, CanvasLabels::nodeTitleFont(), t.text, lod,
                 Qt::AlignCenter);
        for (qsizetype i = 0; i < mLines.size(); ++i)
            drawText(painter, QRectF(2, 51 + 12 * qreal(i), box.width() - 4, 12), mLines[i],
                     CanvasLabels::nodeDetailFont(), t.muted, lod, Qt::AlignCenter);
    }
    paintComparison(painter);
    paintSelection(painter);
    paintBadge(painter, lod);
}

// ---- ChipItem --------------------------------------------------------------------------

ChipItem::ChipItem(CanvasScene *scene, const QString &id, ObjectKind kind) : ObjectItem(scene, id, kind)
{
    setZValue(2);
}

void ChipItem::sync()
{
    ObjectItem::sync();
    mIcon = Icons::nameFor(mKind);
    const Object *o = mScene->design().find(mId);
    mTitle = o ? CanvasLabels::chip(*o) : mId;
}

void ChipItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = detail(option, painter);
    if (lod < 0.15)
        return;
    const QRectF box(QPointF(0, 0), mSize);
    const CanvasTheme &t = mScene->theme();
    const QColor edge = mKind == ObjectKind::RouteTable ? t.vpc
                        : mKind == ObjectKind::FlowLog  ? t.flowLogChip
                                                        : t.securityChip;
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    painter->setPen(QPen(edge, 1));
    painter->setBrush(t.chipFill);
    painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
    Icons::paint(painter, mIcon, QRectF(4, 3, box.height() - 6, box.height() - 6));
    drawText(painter, QRectF(box.height(), 0, box.width() - box.height() - 6, box.height()), mTitle,
             CanvasLabels::chipFont(), t.text, lod);
    paintComparison(painter);
    paintSelection(painter);
    paintBadge(painter, lod);
}

QPointF edgePoint(const QRectF &r, const QPointF &towards)
{
    const QPointF c = r.center();
    const QPointF d = towards - c;
    if (d.isNull())
        return c;
    const qreal sx = d.x() == 0 ? 1e9 : (r.width() / 2) / std::abs(d.x());
    const qreal sy = d.y() == 0 ? 1e9 : (r.height() / 2) / std::abs(d.y());
    return c + d * std::min({sx, sy, 1.0});
}
