#pragma once

#include "canvaslabels.h"
#include "placement.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QStringList>

class Design;
struct Vpc;

/// Where everything of a design is drawn, in absolute scene coordinates: an object's
/// layout entry when it has one (positions the user set), else the automatic layout as
/// AWS draws it: regions around their VPCs, AZ columns inside a VPC, subnets stacked in
/// their AZ's column, instances, NAT gateways and endpoint interfaces in a grid inside
/// their subnet, gateways on the VPC's top edge, route tables, network ACLs, security
/// groups and flow logs as chips on a shelf along the VPC's bottom.
/// Pure geometry: it reads the design, it never changes it.
class CanvasGeometry
{
public:
    // Sizes of the automatic layout.
    static constexpr double NodeWidth = 84;
    static constexpr double NodeHeight = 66;
    static constexpr double NodeGap = 8;
    static constexpr int NodesPerRow = 3;
    static constexpr double SubnetHeader = 42;
    static constexpr double SubnetPadding = 10;
    static constexpr double SubnetMinWidth = 250;
    static constexpr double SubnetGap = 14;
    static constexpr double ColumnHeader = 24;
    static constexpr double ColumnGap = 20;
    static constexpr double VpcPadding = 20;
    static constexpr double VpcHeader = 64; // the title, with gateways on the top edge's right
    static constexpr double VpcMinWidth = 380;
    static constexpr double ChipWidth = 136;
    static constexpr double ChipHeight = 26;
    static constexpr double ChipGap = 6;
    static constexpr double EdgeGap = 12;      // between gateways on a VPC's top edge
    static constexpr double EdgeOverhang = 25; // how far they stand above the edge
    static constexpr double VpcGap = 140;
    static constexpr double RegionPadding = 40;
    static constexpr double RegionHeader = 34;
    static constexpr double RegionGap = 120;

    struct Column
    {
        QString az;
        QRectF rect;
    };
    struct VpcShape
    {
        QRectF rect;
        QList<Column> columns;
        QRectF shelf;
    };
    struct Region
    {
        QString name;
        QRectF rect;
    };

    explicit CanvasGeometry(const Design &design);

    /// Recomputes everything (after a reset or a change that moves VPCs around).
    void rebuild();
    /// Recomputes one VPC and what it holds (after a change inside it); returns false
    /// when the VPC's own auto position must change, which needs `rebuild`.
    bool rebuildVpc(const QString &vpcId);

    /// The object's rectangle (empty when the object is not drawn, as flows are).
    QRectF rect(const QString &id) const { return mRects.value(id); }
    bool contains(const QString &id) const { return mRects.contains(id); }
    const VpcShape *vpcShape(const QString &vpcId) const;
    const QList<Region> &regions() const { return mRegions; }
    /// Everything drawn, regions included.
    QRectF bounds() const { return mBounds; }

    /// What a point falls in: VPC, subnet, AZ column (for drops).
    Placement::Target targetAt(const QPointF &point) const;
    /// The VPC whose rectangle holds the point (the smallest when they overlap).
    QString vpcAt(const QPointF &point) const;
    /// The subnet an object is drawn inside (an instance's, a NAT gateway's, an interface
    /// endpoint's first), or "" for objects drawn elsewhere.
    static QString hostSubnet(const Object &object);
    /// The objects drawn inside a subnet, in drawing order.
    static QStringList nodesOf(const Vpc &vpc, const QString &subnetId);

    /// How tall a subnet's header is at `width`: its title and its wrapped texts.
    double subnetHeader(const QString &subnetId, double width) const;
    /// The VPC's header: its title and wrapped blocks, and the gateways that hang into it.
    double vpcHeader(const Vpc &vpc, double width) const;

private:
    void layoutVpcContents(const Vpc &vpc, VpcShape &shape);
    QSizeF autoVpcSize(const Vpc &vpc) const;
    /// A subnet's size for its nodes and texts; its header wraps at `columnWidth` when
    /// the column is wider than the subnet needs.
    QSizeF autoSubnetSize(const Vpc &vpc, const QString &subnetId, double columnWidth = 0) const;
    /// The cell of a subnet's node grid: its largest node.
    QSizeF nodeCell(const Vpc &vpc, const QString &subnetId, int *count = nullptr) const;
    /// A node's size for its texts, measured once per rebuild.
    QSizeF nodeSize(const Object &object) const;
    /// How wide the gateways on the top edge are, gaps included; `tallest` gets the tallest.
    double edgeWidth(const Vpc &vpc, double *tallest = nullptr) const;
    /// Lays chips in rows of `width` from `topLeft`; returns the rows.
    int flowChips(const QStringList &ids, const QPointF &topLeft, double width, QList<QRectF> *rects) const;
    double widestChip(const Vpc &vpc) const;
    QStringList chipsOf(const Vpc &vpc) const;
    QStringList edgeNodesOf(const Vpc &vpc) const;
    QStringList zonesOf(const Vpc &vpc) const;
    void placeVpcs();
    void updateRegionsAndBounds();

    const Design &mDesign;
    QHash<QString, QRectF> mRects;
    mutable QHash<QString, QSizeF> mNodeSizes;
    struct SubnetText
    {
        CanvasLabels::Text text;
        double minWidth = 0;
        double headerWidth = -1; // the width `header` was made for
        double header = 0;
        int nodes = -1; // the nodes drawn in it (-1: not counted yet), and their cell
        QSizeF cell;
    };
    /// A subnet's texts, made once per rebuild (public or private asks its routes).
    const SubnetText *subnetText(const QString &subnetId) const;
    mutable QHash<QString, SubnetText> mSubnetTexts;
    QHash<QString, VpcShape> mVpcs;
    QHash<QString, QPointF> mAutoVpcPositions;
    QList<Region> mRegions;
    QRectF mBounds;
};
