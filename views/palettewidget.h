#pragma once

#include "objects.h"

#include <QElapsedTimer>
#include <QListWidget>

/// The objects the user can draw: drag one onto the canvas to create it there, or click
/// it (or press Enter on it) to add it where it makes sense.
class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    /// The row of a kind (for tests and for focus).
    int rowOf(ObjectKind kind) const;
    static ObjectKind kindOf(const QListWidgetItem *item);
    QSize sizeHint() const override;

Q_SIGNALS:
    /// The user asked for a new object of `kind` (click, double-click, Enter, menu).
    void addRequested(ObjectKind kind);
    /// The user asked what the palette is for (its context menu).
    void helpRequested();

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QElapsedTimer mLastClick;
    const QListWidgetItem *mLastClicked = nullptr;
};
