#pragma once

#include <QGraphicsItem>
#include <QPointer>

class CanvasScene;

/// Playback on the canvas: the paths of the flows under way as faint lines, their
/// packets as dots moving along them (green, red where a packet is stopped by a block),
/// and a pulsing ring on each object that blocks one. It only draws what it is given:
/// where the packets are comes from the model (SimulationRun).
class PacketOverlay : public QGraphicsItem
{
public:
    struct Path
    {
        QList<QString> objects; // the source, then the object of each hop (empty: none)
        bool delivered = true;
    };
    struct Packet
    {
        int path = -1;        // into the paths given
        int hop = 0;          // the hop it last passed (-1: still at the source)
        double fraction = 0;  // of the way to the next
        bool blocked = false;
        bool answer = false;
    };

    explicit PacketOverlay(CanvasScene *scene);

    /// Shows these paths and packets; `blockers` are the objects to flash, `phase`
    /// (0-1) the moment of the flash.
    void show(const QList<Path> &paths, const QList<Packet> &packets, const QStringList &blockers, double phase);
    void clear();
    int packetCount() const { return int(mDots.size()); }
    int flashCount() const { return int(mFlashes.size()); }
    int blockedPacketCount() const;
    /// Where the packets are drawn, in scene coordinates (for tests).
    QList<QPointF> packetPositions() const;
    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPointF centreOf(const QString &id, const QPointF &fallback) const;

    struct Dot
    {
        QPointF at;
        QColor colour;
    };
    CanvasScene *mScene;
    QList<QPolygonF> mLines;
    QList<QColor> mLineColours;
    QList<Dot> mDots;
    QList<QRectF> mFlashes;
    double mPhase = 0;
    QRectF mBounds;
};
