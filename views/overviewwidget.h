#pragma once

#include <QGraphicsView>

class CanvasView;

/// A small map of the whole design with the part the canvas shows framed: click or drag
/// in it to move the canvas there. Shares the canvas's scene.
class OverviewWidget : public QGraphicsView
{
    Q_OBJECT

public:
    OverviewWidget(CanvasView *canvas, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void refit();
    CanvasView *mCanvas;
};
