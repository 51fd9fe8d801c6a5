#include "canvasgeometry.h"

#include "canvaslabels.h"
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

QSizeF CanvasGeometry::nodeSize(const Object &object) const
{
    auto it = mNodeSizes.constFind(object.id);
    if (it == mNodeSizes.constEnd())
        it = mNodeSizes.insert(object.id, CanvasLabels::nodeSize(object));
    return *it;
}

QSizeF CanvasGeometry::nodeCell(const Vpc &vpc, const QString &subnetId, int *count) const
{
    auto *text = const_cast<SubnetText *>(subnetText(subnetId));
    if (text && text->nodes >= 0) {
        if (count)
            *count = text->nodes;
        return text->cell;
    }
    QSizeF cell(NodeWidth, NodeHeight);
    const QStringList ids = nodesOf(vpc, subnetId);
    for (const QString &id : ids)
        if (const Object *o = mDesign.find(id))
            cell = cell.expandedTo(nodeSize(*o));
    if (text) {
        text->cell = cell;
        text->nodes = int(ids.size());
    }
    if (count)
        *count = int(ids.size());
    return cell;
}

QSizeF CanvasGeometry::autoSubnetSize(const Vpc &vpc, const QString &subnetId, double columnWidth) const
{
    int n = 0;
    const QSizeF cell = nodeCell(vpc, subnetId, &n);
    const int cols = std::clamp(n, 1, NodesPerRow);
    const int rows = (n + NodesPerRow - 1) / NodesPerRow;
    const SubnetText *text = subnetText(subnetId);
    double width = std::max(SubnetMinWidth, 2 * SubnetPadding + cols * cell.width() + (cols - 1) * NodeGap);
    if (text)
        width = std::max(width, text->minWidth);
    const double body = rows == 0 ? 26 : rows * cell.height() + (rows - 1) * NodeGap;
    return {width, subnetHeader(subnetId, std::max(width, columnWidth)) + body + SubnetPadding};
}

const CanvasGeometry::SubnetText *CanvasGeometry::subnetText(const QString &subnetId) const
{
    auto it = mSubnetTexts.find(subnetId);
    if (it == mSubnetTexts.end()) {
        const Subnet *subnet = mDesign.findSubnet(subnetId);
        if (!subnet)
            return nullptr;
        SubnetText t;
        t.text = CanvasLabels::subnet(mDesign, *subnet);
        t.minWidth = CanvasLabels::subnetMinWidth(t.text);
        it = mSubnetTexts.insert(subnetId, t);
    }
    return &*it;
}

double CanvasGeometry::subnetHeader(const QString &subnetId, double width) const
{
    SubnetText *text = const_cast<SubnetText *>(subnetText(subnetId));
    if (!text)
        return SubnetHeader;
    if (text->headerWidth != width) { // asked for a few widths in turn: the last is kept
        text->headerWidth = width;
        text->header = std::max(SubnetHeader,
                                CanvasLabels::subnetHeader(int(CanvasLabels::subnetLines(text->text, width).size())));
    }
    return text->header;
}

double CanvasGeometry::edgeWidth(const Vpc &vpc, double *tallest) const
{
    double width = 0;
    for (const QString &id : edgeNodesOf(vpc))
        if (const Object *o = mDesign.find(id)) {
            const QSizeF size = nodeSize(*o);
            width += size.width() + EdgeGap;
            if (tallest)
                *tallest = std::max(*tallest, size.height());
        }
    return width;
}

double CanvasGeometry::vpcHeader(const Vpc &vpc, double width) const
{
    double tallest = 0;
    const double side = edgeWidth(vpc, &tallest) + VpcPadding;
    const auto lines = CanvasLabels::vpcLines(CanvasLabels::vpc(vpc), width, side).size();
    // Gateways hang from the top edge; the AZ columns start below the tallest.
    return std::max({VpcHeader, CanvasLabels::vpcHeader(int(lines)), tallest - EdgeOverhang + 6});
}

int CanvasGeometry::flowChips(const QStringList &ids, const QPointF &topLeft, double width, QList<QRectF> *rects) const
{
    double x = 0;
    int rows = 0;
    for (const QString &id : ids) {
        const Object *o = mDesign.find(id);
        const double w = o ? CanvasLabels::chipWidth(*o) : ChipWidth;
        if (rows == 0 || (x > 0 && x + w > width)) {
            ++rows;
            x = 0;
        }
        if (rects)
            rects->append(QRectF(topLeft.x() + x, topLeft.y() + (rows - 1) * (ChipHeight + ChipGap), w, ChipHeight));
        x += w + ChipGap;
    }
    return rows;
}

double CanvasGeometry::widestChip(const Vpc &vpc) const
{
    double w = 0;
    for (const QString &id : chipsOf(vpc))
        if (const Object *o = mDesign.find(id))
            w = std::max(w, CanvasLabels::chipWidth(*o));
    return w;
}

QSizeF CanvasGeometry::autoVpcSize(const Vpc &vpc) const
{
    double contentWidth = 0;
    const QStringList zones = zonesOf(vpc);
    QList<double> widths;
    for (const QString &az : zones) {
        double width = 0;
        for (const Subnet *s : vpc.subnetList()) {
            if (s->az != az)
                continue;
            double w = autoSubnetSize(vpc, s->id).width();
            if (const auto l = mDesign.layout(s->id); l && l->hasSize())
                w = std::max(w, l->width);
            width = std::max(width, w);
        }
        widths.append(width);
        contentWidth += width + (contentWidth > 0 ? ColumnGap : 0);
    }
    // Room for the title on the left and the gateways on the right of the top edge.
    const double side = edgeWidth(vpc);
    const double width =
        std::max({VpcMinWidth, contentWidth + 2 * VpcPadding, 2 * VpcPadding + 220 + side,
                  CanvasLabels::vpcMinWidth(vpc, side + VpcPadding), widestChip(vpc) + 2 * VpcPadding});
    double contentHeight = 0;
    for (qsizetype z = 0; z < zones.size(); ++z) {
        double height = ColumnHeader;
        for (const Subnet *s : vpc.subnetList()) {
            if (s->az != zones[z])
                continue;
            QSizeF size = autoSubnetSize(vpc, s->id, widths[z]);
            if (const auto l = mDesign.layout(s->id); l && l->hasSize())
                size = size.expandedTo(QSizeF(l->width, l->height));
            height += size.height() + SubnetGap;
        }
        contentHeight = std::max(contentHeight, height);
    }
    if (zones.isEmpty())
        contentHeight = 60;
    const int rows = flowChips(chipsOf(vpc), QPointF(), width - 2 * VpcPadding, nullptr);
    const double shelf = rows == 0 ? 0 : rows * (ChipHeight + ChipGap) + VpcPadding / 2;
    return {width, vpcHeader(vpc, width) + contentHeight + VpcPadding + shelf};
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
    const double top = box.top() + vpcHeader(vpc, box.width());
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
            QSizeF size = autoSubnetSize(vpc, s->id, width);
            size.setWidth(width);
            QRectF r(x, y, size.width(), size.height());
            if (const auto l = mDesign.layout(s->id))
                r = explicitRect(*l, autoSubnetSize(vpc, s->id)); // its nodes fit, whatever its size
            else
                y += size.height() + SubnetGap;
            mRects.insert(s->id, r);
            // Nodes in a grid of equal cells inside the subnet's actual rectangle.
            const QSizeF cell = nodeCell(vpc, s->id);
            const double header = subnetHeader(s->id, r.width());
            int k = 0;
            for (const QString &id : nodes.value(s->id)) {
                QRectF n(r.left() + SubnetPadding + (k % NodesPerRow) * (cell.width() + NodeGap),
                         r.top() + header + (k / NodesPerRow) * (cell.height() + NodeGap), cell.width(), cell.height());
                if (const auto l = mDesign.layout(id))
                    n = QRectF(QPointF(l->x, l->y), cell);
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
    double right = box.right() - VpcPadding;
    for (const QString &id : edgeNodesOf(vpc)) {
        const Object *o = mDesign.find(id);
        const QSizeF size = o ? nodeSize(*o) : QSizeF(NodeWidth, NodeHeight);
        QRectF n(right - size.width(), box.top() - EdgeOverhang, size.width(), size.height());
        if (const auto l = mDesign.layout(id))
            n = QRectF(QPointF(l->x, l->y), size);
        else
            right -= size.width() + EdgeGap;
        mRects.insert(id, n);
    }

    // Chips on the shelf along the bottom.
    const QStringList chips = chipsOf(vpc);
    const double shelfTop = std::max(columnsBottom, top) + VpcPadding / 2;
    // Chips the user placed keep their place; the others flow along the shelf.
    QStringList flowing;
    for (const QString &id : chips) {
        const auto l = mDesign.layout(id);
        if (!l) {
            flowing.append(id);
            continue;
        }
        const Object *o = mDesign.find(id);
        mRects.insert(id, QRectF(l->x, l->y, o ? CanvasLabels::chipWidth(*o) : ChipWidth, ChipHeight));
    }
    QList<QRectF> placed;
    const int rows =
        flowChips(flowing, QPointF(box.left() + VpcPadding, shelfTop), box.width() - 2 * VpcPadding, &placed);
    for (qsizetype i = 0; i < flowing.size(); ++i)
        mRects.insert(flowing[i], placed[i]);
    shape.shelf =
        QRectF(box.left() + VpcPadding, shelfTop, box.width() - 2 * VpcPadding, rows * (ChipHeight + ChipGap));
}

void CanvasGeometry::placeVpcs()
{
    // Side by side, VPCs leave room for the labels of the peerings between them: a
    // label wraps its name at spaces, so its widest line is its id or its longest word.
    double gap = VpcGap;
    for (const PeeringConnection *p : mDesign.peerings()) {
        const CanvasLabels::Text text = CanvasLabels::peering(*p);
        for (const QString &line : text.title.split(QLatin1Char(' ')) + text.parts)
            gap = std::max(gap, CanvasLabels::width(line, CanvasLabels::peeringFont()) + 40);
    }
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
            x += size.width() + gap;
            right = std::max(right, x - gap);
            rowHeight = std::max(rowHeight, size.height());
        }
        x0 = right + 2 * RegionPadding + RegionGap;
    }
}

void CanvasGeometry::rebuild()
{
    mNodeSizes.clear();
    mSubnetTexts.clear();
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
    Design::forEachChild(*v, [&](Object &o) { // their texts may have changed
        mNodeSizes.remove(o.id);
        mSubnetTexts.remove(o.id);
    });
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
