#pragma once

#include <QGraphicsItem>

class CanvasScene;

/// A region: the dashed frame around its VPCs, with its name. Decoration, not an object.
class RegionItem : public QGraphicsItem
{
public:
    RegionItem(const QString &name, const QRectF &rect);
    void set(const QString &name, const QRectF &rect);
    QRectF boundingRect() const override { return mRect.adjusted(-2, -2, 2, 2); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString mName;
    QRectF mRect;
};

/// Compare with File: the objects of the other design that this one no longer has, drawn
/// as red dashed ghosts where that design had them, each with its id.
class CompareOverlay : public QGraphicsItem
{
public:
    struct Ghost
    {
        QString id;
        QRectF rect;
    };
    explicit CompareOverlay(CanvasScene *scene);
    void setGhosts(QList<Ghost> ghosts);
    const QList<Ghost> &ghosts() const { return mGhosts; }
    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CanvasScene *mScene;
    QList<Ghost> mGhosts;
    QRectF mBounds;
};

/// The routes of the selected subnet, drawn as arrows from the subnet to each target
/// (gateways, NAT gateways, instances, peered VPCs, gateway endpoints), labelled with
/// their destinations.
class RouteOverlay : public QGraphicsItem
{
public:
    explicit RouteOverlay(CanvasScene *scene);
    /// Shows the routes of `subnetId` (empty: none).
    void showSubnet(const QString &subnetId);
    const QString &subnet() const { return mSubnet; }
    int arrowCount() const { return int(mArrows.size()); }
    /// Where each arrow's destinations are written (scene coordinates).
    QList<QRectF> tagRects() const;
    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Arrow
    {
        QLineF line;
        QString label;
        QColor colour;
        QRectF tag; // where the label goes: clear of headers and of the other labels
    };
    /// Places the tags along their arrows where they cover no VPC, AZ or subnet header and
    /// no other tag (the first free place from near the start; the start when none is).
    void placeTags();
    CanvasScene *mScene;
    QString mSubnet;
    QList<Arrow> mArrows;
    QRectF mBounds;
};
