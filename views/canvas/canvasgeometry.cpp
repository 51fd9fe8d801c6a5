#include "canvasgeometry.h"

#include "design.h"

#include <QMap>

#include <cmath>

namespace {

/// A container the user placed: at their position, at their size where its content fits
/// in it, else as large as its content (the file keeps the user's size).
QRectF explicitRect(const LayoutRect &r, const QSizeF &autoSize)
{
    return QRectF(r.x, r.y, r.hasSize() ? std::max(r.width, autoSize.width()) : autoSize.width(),
                  r.hasSize() ? std::max(r.height, autoSize.height()) : autoSize.height());
}

} // namespace

CanvasGeometry::CanvasGeometry(const Design &design) : mDesign(design) {}

const CanvasGeometry::VpcShape *CanvasGeometry::vpcShape(const QString &vpcId) const
{
    const auto it = mVpcs.constFind(vpcId);
    return it == mVpcs.constEnd() ? nullptr : &*it;
}

QStringList CanvasGeometry::zonesOf(const Vpc &vpc) const
{
    QStringList zones;
    for (const Subnet *s : vpc.subnetList())
        if (!zones.contains(s->az))
            zones.append(s->az);
    zones.sort();
    return zones;
}

QString CanvasGeometry::hostSubnet(const Object &object)
{
    switch (object.kind) {
    case ObjectKind::Instance:
        return static_cast<const Instance &>(object).subnet;
    case ObjectKind::NatGateway:
        return static_cast<const NatGateway &>(object).subnet;
    case ObjectKind::Endpoint: {
        const auto &e = static_cast<const Endpoint &>(object);
        return e.isInterface() && !e.subnets.isEmpty() ? e.subnets.first() : QString();
    }
    default:
        return {};
    }
}

QStringList CanvasGeometry::nodesOf(const Vpc &vpc, const QString &subnetId)
{
    QStringList ids;
    for (const ChildList *list : {&vpc.natGateways, &vpc.endpoints, &vpc.instances})
        for (const ObjectPtr &o : *list)
            if (hostSubnet(*o) == subnetId)
                ids.append(o->id);
    return ids;
}

QStringList CanvasGeometry::chipsOf(const Vpc &vpc) const
{
    QStringList ids;
    for (const RouteTable *t : vpc.routeTableList())
        ids.append(t->id);
    for (const NetworkAcl *a : vpc.networkAclList())
        ids.append(a->id);
    for (const SecurityGroup *g : vpc.securityGroupList())
        ids.append(g->id);
    for (const FlowLog *f : vpc.flowLogList())
        ids.append(f->id);
    return ids;
}

QStringList CanvasGeometry::edgeNodesOf(const Vpc &vpc) const
{
    QStringList ids;
    if (const Gateway *g = vpc.internetGateway())
        ids.append(g->id);
    if (const Gateway *g = vpc.egressOnlyGateway())
        ids.append(g->id);
    for (const Endpoint *e : vpc.endpointList())
        if (e->isGateway() || e->subnets.isEmpty())
            ids.append(e->id);
    return ids;
}

QSizeF CanvasGeometry::autoSubnetSize(const Vpc &vpc, const QString &subnetId) const
{
    const int n = int(nodesOf(vpc, subnetId).size());
    const int cols = std::clamp(n, 1, NodesPerRow);
    const int rows = (n + NodesPerRow - 1) / NodesPerRow;
    const double width = std::max(SubnetMinWidth, 2 * SubnetPadding + cols * NodeWidth + (cols - 1) * NodeGap);
    const double body = rows == 0 ? 26 : rows * NodeHeight + (rows - 1) * NodeGap;
    return {width, SubnetHeader + body + SubnetPadding};
}

QSizeF CanvasGeometry::autoVpcSize(const Vpc &vpc) const
{
    double contentWidth = 0, contentHeight = 0;
    const QStringList zones = zonesOf(vpc);
    for (const QString &az : zones) {
        double width = 0, height = ColumnHeader;
        for (const Subnet *s : vpc.subnetList()) {
            if (s->az != az)
                continue;
            QSizeF size = autoSubnetSize(vpc, s->id);
            if (const auto l = mDesign.layout(s->id); l && l->hasSize())
                size = size.expandedTo(QSizeF(l->width, l->height));
            width = std::max(width, size.width());
            height += size.height() + SubnetGap;
        }
        contentWidth += width + (contentWidth > 0 ? ColumnGap : 0);
        contentHeight = std::max(contentHeight, height);
    }
    if (zones.isEmpty())
        contentHeight = 60;
    // Room for the title on the left and the gateways on the right of the top edge.
    const double width = std::max({VpcMinWidth, contentWidth + 2 * VpcPadding,
                                   2 * VpcPadding + 220 + double(edgeNodesOf(vpc).size()) * (NodeWidth + 12)});
    const int chips = int(chipsOf(vpc).size());
    const int perRow = std::max(1, int((width - 2 * VpcPadding + ChipGap) / (ChipWidth + ChipGap)));
    const int rows = (chips + perRow - 1) / perRow;
    const double shelf = rows == 0 ? 0 : rows * (ChipHeight + ChipGap) + VpcPadding / 2;
    return {width, VpcHeader + contentHeight + VpcPadding + shelf};
}

void CanvasGeometry::layoutVpcContents(const Vpc &vpc, VpcShape &shape)
{
    const QRectF &box = shape.rect;
    mRects.insert(vpc.id, box);

    // Nodes per subnet, once.
    QHash<QString, QStringList> nodes;
    for (const Subnet *s : vpc.subnetList())
        nodes.insert(s->id, nodesOf(vpc, s->id));

    // AZ columns, subnets stacked in them, all subnets of a column one width.
    const QStringList zones = zonesOf(vpc);
    double x = box.left() + VpcPadding;
    const double top = box.top() + VpcHeader;
    double columnsBottom = top;
    shape.columns.clear();
    for (const QString &az : zones) {
        double width = 0;
        for (const Subnet *s : vpc.subnetList())
            if (s->az == az) {
                const auto l = mDesign.layout(s->id);
                const double content = autoSubnetSize(vpc, s->id).width();
                width = std::max(width, l && l->hasSize() ? std::max(l->width, content) : content);
            }
        double y = top + ColumnHeader;
        for (const Subnet *s : vpc.subnetList()) {
            if (s->az != az)
                continue;
            QSizeF size = autoSubnetSize(vpc, s->id);
            size.setWidth(width);
            QRectF r(x, y, size.width(), size.height());
            if (const auto l = mDesign.layout(s->id))
                r = explicitRect(*l, autoSubnetSize(vpc, s->id)); // its nodes fit, whatever its size
            else
                y += size.height() + SubnetGap;
            mRects.insert(s->id, r);
            // Nodes in a grid inside the subnet's actual rectangle.
            int k = 0;
            for (const QString &id : nodes.value(s->id)) {
                QRectF n(r.left() + SubnetPadding + (k % NodesPerRow) * (NodeWidth + NodeGap),
                         r.top() + SubnetHeader + (k / NodesPerRow) * (NodeHeight + NodeGap), NodeWidth, NodeHeight);
                if (const auto l = mDesign.layout(id))
                    n = QRectF(l->x, l->y, NodeWidth, NodeHeight);
                else
                    ++k;
                mRects.insert(id, n);
            }
        }
        shape.columns.append({az, QRectF(x, top, width, y - top)});
        columnsBottom = std::max(columnsBottom, y);
        x += width + ColumnGap;
    }
    if (zones.isEmpty())
        columnsBottom = top + 60;
    for (Column &c : shape.columns)
        c.rect.setBottom(columnsBottom - SubnetGap / 2);

    // Gateways straddle the top edge, from the right (the title holds the left).
    int k = 0;
    for (const QString &id : edgeNodesOf(vpc)) {
        QRectF n(box.right() - VpcPadding - (k + 1) * NodeWidth - k * 12, box.top() - NodeHeight / 2 + 8, NodeWidth,
                 NodeHeight);
        if (const auto l = mDesign.layout(id))
            n = QRectF(l->x, l->y, NodeWidth, NodeHeight);
        else
            ++k;
        mRects.insert(id, n);
    }

    // Chips on the shelf along the bottom.
    const QStringList chips = chipsOf(vpc);
    const double shelfTop = std::max(columnsBottom, top) + VpcPadding / 2;
    const int perRow = std::max(1, int((box.width() - 2 * VpcPadding + ChipGap) / (ChipWidth + ChipGap)));
    k = 0;
    for (const QString &id : chips) {
        QRectF c(box.left() + VpcPadding + (k % perRow) * (ChipWidth + ChipGap),
                 shelfTop + (k / perRow) * (ChipHeight + ChipGap), ChipWidth, ChipHeight);
        if (const auto l = mDesign.layout(id))
            c = QRectF(l->x, l->y, ChipWidth, ChipHeight);
        else
            ++k;
        mRects.insert(id, c);
    }
    const int rows = (int(chips.size()) + perRow - 1) / perRow;
    shape.shelf =
        QRectF(box.left() + VpcPadding, shelfTop, box.width() - 2 * VpcPadding, rows * (ChipHeight + ChipGap));
}

void CanvasGeometry::placeVpcs()
{
    // Regions side by side, each a grid of its VPCs in file order, sized so that the whole
    // comes out about as wide as a screen is (16:10). A VPC the user placed is drawn where
    // they put it but keeps its slot, so moving one VPC never moves the others.
    mAutoVpcPositions.clear();
    QMap<int, QString> regionOrder;
    QHash<QString, QList<const Vpc *>> byRegion;
    for (const Vpc *v : mDesign.vpcs()) {
        if (!byRegion.contains(v->region))
            regionOrder.insert(int(regionOrder.size()), v->region);
        byRegion[v->region].append(v);
    }
    const double regions = std::max<double>(1, double(regionOrder.size()));
    double x0 = RegionPadding;
    for (const QString &region : regionOrder) {
        const QList<const Vpc *> &vpcs = byRegion.value(region);
        const int perRow = std::max(1, int(std::ceil(std::sqrt(double(vpcs.size()) * 1.6 / regions))));
        double y = RegionPadding + RegionHeader, rowHeight = 0, x = x0, right = x0;
        for (qsizetype i = 0; i < vpcs.size(); ++i) {
            if (i > 0 && i % perRow == 0) {
                y += rowHeight + VpcGap;
                rowHeight = 0;
                x = x0;
            }
            const QSizeF size = autoVpcSize(*vpcs[i]);
            if (!mDesign.layout(vpcs[i]->id))
                mAutoVpcPositions.insert(vpcs[i]->id, QPointF(x, y));
            x += size.width() + VpcGap;
            right = std::max(right, x - VpcGap);
            rowHeight = std::max(rowHeight, size.height());
        }
        x0 = right + 2 * RegionPadding + RegionGap;
    }
}

void CanvasGeometry::rebuild()
{
    mRects.clear();
    mVpcs.clear();
    placeVpcs();
    for (const Vpc *v : mDesign.vpcs()) {
        VpcShape shape;
        const QSizeF size = autoVpcSize(*v);
        if (const auto l = mDesign.layout(v->id))
            shape.rect = explicitRect(*l, size);
        else
            shape.rect = QRectF(mAutoVpcPositions.value(v->id), size);
        layoutVpcContents(*v, shape);
        mVpcs.insert(v->id, shape);
    }
    updateRegionsAndBounds();
}

bool CanvasGeometry::rebuildVpc(const QString &vpcId)
{
    const Vpc *v = mDesign.findVpc(vpcId);
    const auto old = mVpcs.constFind(vpcId);
    if (!v || old == mVpcs.constEnd())
        return false;
    const QSizeF size = autoVpcSize(*v);
    VpcShape shape;
    if (const auto l = mDesign.layout(v->id)) {
        shape.rect = explicitRect(*l, size);
    } else {
        // An automatic VPC that changes size moves the ones after it: a full rebuild.
        if (!mAutoVpcPositions.contains(vpcId) || old->rect.size() != size)
            return false;
        shape.rect = QRectF(mAutoVpcPositions.value(vpcId), size);
    }
    // Drop what the VPC held before (some of it may be gone).
    Design::forEachChild(*v, [&](Object &o) { mRects.remove(o.id); });
    layoutVpcContents(*v, shape);
    mVpcs.insert(vpcId, shape);
    updateRegionsAndBounds();
    return true;
}

void CanvasGeometry::updateRegionsAndBounds()
{
    QMap<int, QString> order;
    QHash<QString, QRectF> frames;
    for (const Vpc *v : mDesign.vpcs()) {
        const QRectF r = mVpcs.value(v->id).rect;
        if (!frames.contains(v->region)) {
            order.insert(int(order.size()), v->region);
            frames.insert(v->region, r);
        } else {
            frames[v->region] |= r;
        }
    }
    mRegions.clear();
    mBounds = QRectF();
    for (const QString &region : order) {
        // Room above for the label and for gateways on the VPCs' top edges.
        const QRectF frame =
            frames.value(region).adjusted(-RegionPadding, -RegionPadding - RegionHeader, RegionPadding, RegionPadding);
        mRegions.append({region, frame});
        mBounds |= frame;
    }
    for (const QRectF &r : std::as_const(mRects))
        mBounds |= r;
}

QString CanvasGeometry::vpcAt(const QPointF &point) const
{
    QString best;
    double bestArea = 0;
    for (auto it = mVpcs.constBegin(); it != mVpcs.constEnd(); ++it) {
        const QRectF &r = it->rect;
        if (!r.contains(point))
            continue;
        const double area = r.width() * r.height();
        if (best.isEmpty() || area < bestArea) {
            best = it.key();
            bestArea = area;
        }
    }
    return best;
}

Placement::Target CanvasGeometry::targetAt(const QPointF &point) const
{
    Placement::Target target;
    target.vpcId = vpcAt(point);
    const Vpc *vpc = mDesign.findVpc(target.vpcId);
    if (!vpc)
        return target;
    for (const Subnet *s : vpc->subnetList())
        if (rect(s->id).contains(point))
            target.subnetId = s->id;
    if (const Subnet *s = mDesign.findSubnet(target.subnetId))
        target.az = s->az;
    else if (const VpcShape *shape = vpcShape(vpc->id)) {
        for (const Column &c : shape->columns)
            if (point.x() >= c.rect.left() && point.x() <= c.rect.right() + ColumnGap)
                target.az = c.az;
        // Right of every column: a new column, the next AZ of the region.
        if (target.az.isEmpty() && !shape->columns.isEmpty() && point.x() > shape->columns.last().rect.right()) {
            QString next = shape->columns.last().az;
            if (!next.isEmpty() && next.back() >= QLatin1Char('a') && next.back() < QLatin1Char('z'))
                next.back() = QChar(next.back().unicode() + 1);
            target.az = next;
        }
    }
    return target;
}
