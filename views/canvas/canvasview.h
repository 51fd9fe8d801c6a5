#pragma once

#include "layoutcommand.h"

#include <QGraphicsView>

#include <cmath>

class CanvasScene;
class EmptyCanvasHint;
class QMimeData;
class QTimer;
class ObjectItem;
class QGraphicsLineItem;
class Selection;

/// The window onto the canvas, and the tools that turn gestures into commands: click
/// and rubber-band selection, dragging to move (children follow), the handle of a
/// selected container to resize it, Shift-dragging (or the link handle) from one VPC
/// to another to peer them, palette drops to create objects, the wheel with Ctrl and
/// pinches to zoom, the middle button to pan; arrow keys to nudge the selection. It asks
/// the window for context menus and opens design files dropped on it.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    /// The MIME type of a palette drag: the kind's tag ("subnet", "instance"...).
    static const QString KindMimeType;

    CanvasView(CanvasScene *scene, Selection *selection, QWidget *parent = nullptr);

    CanvasScene *canvasScene() const { return mScene; }
    qreal zoom() const;
    void setZoom(qreal factor);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    /// Pixels at the left edge that Fit keeps free (for the flows' ends of simulation).
    void setReservedLeft(int pixels) { mReservedLeft = pixels; }
    /// Whether the whole design is in sight.
    bool showsWholeDesign() const;
    /// Brings objects into sight (and selects nothing by itself).
    void focusOn(const QStringList &ids);
    /// The centre of what the canvas shows, in scene coordinates.
    QPointF visibleCentre() const;

    /// Adds an object of `kind` where it makes sense (the selected subnet or VPC, else
    /// the first that can take it; a VPC beside the others), selects it and says so in
    /// the status bar. Returns the new id, or "" with the reason in the status bar.
    QString addObject(ObjectKind kind);
    /// Moves the selection by (dx, dy) scene units. Nudges that follow one another
    /// within a moment are one undo step.
    void nudge(qreal dx, qreal dy);
    /// Ends the current burst of nudges: the next one is a new undo step.
    void endNudge();
    /// A grid step of the arrow keys, and of Shift with them.
    static constexpr qreal NudgeStep = 4;
    static constexpr qreal FarNudgeStep = 40;

    /// The hint shown over an empty canvas (what to do first).
    EmptyCanvasHint *emptyHint() const { return mHint; }
    /// Whether a drop of these MIME data would open design files.
    static QStringList designFiles(const QMimeData *mime);

Q_SIGNALS:
    /// A sentence for the status bar: why a drop is refused, what a drop will do.
    void statusMessage(const QString &message);
    void zoomChanged(qreal zoom);
    void viewportMoved();
    /// A right-click or the menu key: on the object `id` (empty: the empty canvas), at
    /// `scenePos`; the menu goes at `globalPos`.
    void contextMenuRequested(const QString &id, const QPointF &scenePos, const QPoint &globalPos);
    /// Design files were dropped on the canvas.
    void filesDropped(const QStringList &paths);
    /// The colours changed with the palette (light or dark).
    void themeChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Gesture { None, Press, Move, Resize, Link, Pan, RubberBand };

    ObjectItem *objectAt(const QPoint &viewPos) const;
    bool onResizeHandle(const ObjectItem *item, const QPointF &scenePos) const;
    QPointF linkHandle(const QString &vpcId) const;
    void beginMove();
    void moveTo(const QPointF &scenePos);
    void resizeTo(const QPointF &scenePos);
    void finishLink(const QPointF &scenePos);
    /// The kind of a palette drag, and why it cannot go where it is (or "").
    QString dropRefusal(const QMimeData *mime, const QPointF &scenePos, ObjectKind *kind) const;
    void scaleBy(qreal factor);
    /// Positions and sizes snap to a grid of this many scene units.
    static constexpr qreal Snap = 4;
    static qreal snap(qreal v) { return std::round(v / Snap) * Snap; }
    void applyTheme();
    void updateHint();
    /// Tells the packet overlay where the view is (the flows' ends follow its edge).
    void anchorOverlay();

    CanvasScene *mScene;
    Selection *mSelection;
    Gesture mGesture = Gesture::None;
    QPoint mPressView;
    QPointF mPressScene;
    QPoint mLastPan;
    QString mPressed;       // the object under the press
    bool mFirstStep = true; // the first command of a drag does not merge
    struct Moving
    {
        QString id;
        std::optional<LayoutRect> before; // its layout entry when the gesture began
        LayoutRect base;                  // where it was drawn then
    };
    QList<Moving> mMoving; // the dragged objects, and what follows them
    QGraphicsLineItem *mLinkLine = nullptr;
    QString mLinkTarget;
    int mReservedLeft = 0;
    QString mRefusal; // why the palette drag under way cannot be dropped where it is
    bool mNudging = false;
    bool mOwnPush = false; // the stack moves because of our own step
    QPointF mNudged;       // how far the current burst of nudges went
    QTimer *mNudgeEnd;
    EmptyCanvasHint *mHint;
};
