#pragma once

#include <QGraphicsItem>
#include <QPointer>

class CanvasScene;

/// Playback on the canvas: the paths of the flows under way as faint lines, their
/// packets as dots moving along them (green, red where a packet is stopped by a block),
/// a pulsing ring on each object that blocks one, and the flows' ends that lie outside
/// the design (the internet, addresses elsewhere, AWS services) as nodes along the left
/// edge of the canvas's view, in sight wherever the view goes. It only draws what it is
/// given: where the packets are comes from the model (SimulationRun). Shown in
/// simulation mode only.
class PacketOverlay : public QGraphicsItem
{
public:
    /// A flow end outside the design.
    struct End
    {
        enum class Kind { Internet, Outside, Service };
        Kind kind = Kind::Internet;
        QString label; // the address or the service
        bool operator==(const End &o) const { return kind == o.kind && label == o.label; }
    };
    struct Path
    {
        QList<QString> objects; // the source, then the object of each hop (empty: none)
        bool delivered = true;
        int sourceEnd = -1;      // into the ends given, when the source is outside the design
        int destinationEnd = -1; // likewise for the destination (where a delivered packet arrives)
    };
    struct Packet
    {
        int path = -1;        // into the paths given
        int hop = 0;          // the hop it last passed (-1: still at the source)
        double fraction = 0;  // of the way to the next
        bool blocked = false;
        bool answer = false;
        bool arrived = false; // at the destination end, past the last hop
    };

    explicit PacketOverlay(CanvasScene *scene);
    /// The width the ends take at the canvas's left edge, in pixels.
    static constexpr int ReservedPixels = 180;

    /// Shows these paths and packets; `blockers` are the objects to flash, `phase`
    /// (0-1) the moment of the flash; `ends` the flow ends outside the design.
    void show(const QList<Path> &paths, const QList<Packet> &packets, const QStringList &blockers, double phase,
              const QList<End> &ends = {});
    void clear();
    /// The part of the scene the canvas shows, and its zoom: the ends stand along its
    /// left edge at a constant size on screen.
    void setViewport(const QRectF &visible, qreal zoom);
    int packetCount() const { return int(mDots.size()); }
    int flashCount() const { return int(mFlashes.size()); }
    int blockedPacketCount() const;
    int endCount() const { return int(mEnds.size()); }
    /// Where the packets are drawn, in scene coordinates (for tests).
    QList<QPointF> packetPositions() const;
    /// Where an end is drawn (its rectangle in the scene).
    QRectF endRect(int end) const;
    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPointF centreOf(const QString &id, const QPointF &fallback) const;
    /// Places the ends and lays out lines and dots from the last input and mCentres.
    void layout();

    enum class State { Delivered, Answer, Blocked };
    struct Dot
    {
        QPointF at;
        State state;
    };
    CanvasScene *mScene;
    // The last input.
    QList<Path> mPaths;
    QList<Packet> mPackets;
    QList<QPolygonF> mCentres; // per path: its objects' centres (null: not drawn)
    QRectF mVisible;
    qreal mZoom = 1;
    // What is drawn.
    QList<QPolygonF> mLines;
    QList<bool> mLineDelivered;
    QList<Dot> mDots;
    QList<QRectF> mFlashes;
    QList<End> mEnds;
    QList<QRectF> mEndRects;
    double mPhase = 0;
    QRectF mBounds;
};
