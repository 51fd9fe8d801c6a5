#pragma once

#include "simulationrun.h"

#include <QGraphicsItem>

class CanvasScene;

/// A scenario's traffic in a still picture (export and print): each flow's request and
/// answer as an arrow along the objects it passes; delivered green, answers dashed,
/// dropped ones red, ending at the blocker with a cross and its name. The flows' ends
/// outside the design (the internet, addresses elsewhere, AWS services) stand as nodes in
/// a column left of the design. It draws what the run says; nothing here decides a path.
class TrafficOverlay : public QGraphicsItem
{
public:
    struct Arrow
    {
        QPolygonF line;
        QString flow; // the flow's id
        bool answer = false;
        bool delivered = true;
        QString blocker; // the object at the red end (empty: delivered)
    };
    struct EndNode
    {
        SimulationFrame::End end;
        QRectF rect;
    };

    /// Lays out the run's paths over the scene's items (they must be in place).
    TrafficOverlay(CanvasScene *scene, const SimulationRun &run);

    const QList<Arrow> &arrows() const { return mArrows; }
    const QList<EndNode> &ends() const { return mEnds; }
    QRectF boundingRect() const override { return mBounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CanvasScene *mScene;
    QList<Arrow> mArrows;
    QList<EndNode> mEnds;
    QRectF mBounds;
};
