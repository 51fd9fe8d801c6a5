#pragma once

#include "canvastheme.h"
#include "objects.h"

#include <QColor>
#include <QGraphicsItem>
#include <QPainterPath>

class CanvasScene;

/// The part of the scene a paint call can reach, in the item's coordinates: the exposed
/// rectangle, cut down to what the paint device shows (a view's render or a scroll can
/// expose a whole long item while only a corner of it is on the device).
QRectF visibleArea(const QPainter *painter, const QStyleOptionGraphicsItem *option);
/// Where the segment from the centre of `r` towards `towards` leaves `r`.
QPointF edgePoint(const QRectF &r, const QPointF &towards);

/// The item of one design object. It draws only what `sync()` cached from the design
/// and the geometry; it never edits the model. Position is the object's top-left.
class ObjectItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    ObjectItem(CanvasScene *scene, const QString &id, ObjectKind kind);
    int type() const override { return Type; }

    const QString &id() const { return mId; }
    ObjectKind kind() const { return mKind; }
    void setId(const QString &id) { mId = id; }
    QSizeF size() const { return mSize; }

    /// Reads position, size and what to draw; every subclass adds its own texts.
    virtual void sync();
    /// Whether the item is a container that the user may resize (VPCs, subnets).
    virtual bool isResizable() const { return false; }

    QRectF boundingRect() const override;

protected:
    /// The level of detail of the current transform: 1 at 100 %.
    static qreal detail(const QStyleOptionGraphicsItem *option, const QPainter *painter);
    void paintSelection(QPainter *painter) const;
    /// The outline of Compare with File: green for added, amber for changed.
    void paintComparison(QPainter *painter) const;
    void paintBadge(QPainter *painter, qreal detail) const;
    /// Draws text when it would be readable at this zoom, elided to `rect`'s width in the
    /// window and whole in an export (the geometry gives every text its room).
    void drawText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font, const QColor &colour,
                  qreal detail, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) const;

    CanvasScene *mScene;
    QString mId;
    ObjectKind mKind;
    QSizeF mSize;
    QString mTitle;
    QStringList mParts;    // the texts under the title, laid out in lines by CanvasLabels
    bool mIdFirst = false; // the first part is the id, on a line of its own for nodes
    QStringList mLines;    // the parts in lines at the item's size (made in sync)
};

/// A VPC: the frame, its title and blocks, its AZ columns and the shelf of chips.
class VpcItem : public ObjectItem
{
public:
    VpcItem(CanvasScene *scene, const QString &id);
    void sync() override;
    bool isResizable() const override { return true; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Column
    {
        QString az;
        QRectF rect; // item coordinates
    };
    QList<Column> mColumns;
    QRectF mShelf;
    qreal mGatewaysWidth = 0; // what the gateways on the top edge take from its right
};

/// A subnet: public ones green, private ones blue; name, block and AZ in its header.
class SubnetItem : public ObjectItem
{
public:
    SubnetItem(CanvasScene *scene, const QString &id);
    void sync() override;
    bool isResizable() const override { return true; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    bool mPublic = false;
    int mInterfaces = 0; // interface endpoints with an interface here (beyond their first)
};

/// An icon with a label: instances, NAT gateways, endpoints, internet gateways.
class NodeItem : public ObjectItem
{
public:
    NodeItem(CanvasScene *scene, const QString &id, ObjectKind kind);
    void sync() override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString mIcon;
};

/// A small labelled tag on a VPC's shelf: route tables, network ACLs, security groups,
/// flow logs.
class ChipItem : public ObjectItem
{
public:
    ChipItem(CanvasScene *scene, const QString &id, ObjectKind kind);
    void sync() override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString mIcon;
};

/// A peering connection: a connector between its two VPCs; dashed while not active,
/// red and broken when the VPCs' blocks overlap.
class PeeringItem : public ObjectItem
{
public:
    PeeringItem(CanvasScene *scene, const QString &id);
    void sync() override;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QLineF line() const { return mLine; }
    /// Where its label is drawn (scene coordinates).
    QRectF labelRect() const;

private:
    QLineF mLine; // scene coordinates (the item sits at the origin)
    QPainterPath mShape;
    qreal mLabelWidth = 140; // the label
    QPointF mLabelCentre;    // where the mark and the label stand: the line's middle, or clear of VPCs
    bool mActive = true;
};
