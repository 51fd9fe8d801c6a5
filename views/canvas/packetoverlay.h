#pragma once

#include "simulationrun.h"

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
    /// What to draw, as the run makes it (SimulationRun::frameAt).
    using End = SimulationFrame::End;
    using Path = SimulationFrame::Path;
    using Packet = SimulationFrame::Packet;

    explicit PacketOverlay(CanvasScene *scene);
    /// What an end is, for people ("Internet"), and its icon's name.
    static QString endTitle(End::Kind kind);
    static QString endIcon(End::Kind kind);
    /// The width the ends take at the canvas's left edge, in pixels.
    static constexpr int ReservedPixels = 180;

    /// Shows these paths and packets; `blockers` are the objects to flash, `phase`
    /// (0-1) the moment of the flash; `ends` the flow ends outside the design.
    void show(const QList<Path> &paths, const QList<Packet> &packets, const QStringList &blockers, double phase,
              const QList<End> &ends = {});
    /// Shows a moment of a run, flashing its blockers at `phase`.
    void show(const SimulationFrame &frame, double phase)
    {
        show(frame.paths, frame.packets, frame.blockers, phase, frame.ends);
    }
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
