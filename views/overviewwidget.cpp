#include "overviewwidget.h"

#include "canvasscene.h"
#include "canvasview.h"

#include <QMouseEvent>

OverviewWidget::OverviewWidget(CanvasView *canvas, QWidget *parent)
    : QGraphicsView(canvas->scene(), parent), mCanvas(canvas)
{
    setObjectName(QStringLiteral("Overview"));
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setBackgroundBrush(canvas->backgroundBrush());
    connect(canvas, &CanvasView::themeChanged, this, [this] { setBackgroundBrush(mCanvas->backgroundBrush()); });
    connect(canvas->canvasScene(), &CanvasScene::geometryChanged, this, &OverviewWidget::refit);
    connect(canvas, &CanvasView::viewportMoved, this, [this] { viewport()->update(); });
    connect(canvas, &CanvasView::zoomChanged, this, [this] { viewport()->update(); });
    refit();
}

void OverviewWidget::refit()
{
    fitInView(mCanvas->canvasScene()->designBounds(), Qt::KeepAspectRatio);
    viewport()->update();
}

void OverviewWidget::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    mCanvas->centerOn(mapToScene(event->position().toPoint()));
    viewport()->update();
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        mCanvas->centerOn(mapToScene(event->position().toPoint()));
        viewport()->update();
    }
}

void OverviewWidget::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = mCanvas->mapToScene(mCanvas->viewport()->rect()).boundingRect();
    QColor frame = mCanvas->canvasScene()->theme().selection;
    painter->setPen(QPen(frame, 2 / transform().m11()));
    frame.setAlpha(40);
    painter->setBrush(frame);
    painter->drawRect(visible);
}
