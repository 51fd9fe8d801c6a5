#pragma once

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

private:
    void layoutVpcContents(const Vpc &vpc, VpcShape &shape);
    QSizeF autoVpcSize(const Vpc &vpc) const;
    QSizeF autoSubnetSize(const Vpc &vpc, const QString &subnetId) const;
    QStringList chipsOf(const Vpc &vpc) const;
    QStringList edgeNodesOf(const Vpc &vpc) const;
    QStringList zonesOf(const Vpc &vpc) const;
    void placeVpcs();
    void updateRegionsAndBounds();

    const Design &mDesign;
    QHash<QString, QRectF> mRects;
    QHash<QString, VpcShape> mVpcs;
    QHash<QString, QPointF> mAutoVpcPositions;
    QList<Region> mRegions;
    QRectF mBounds;
};
