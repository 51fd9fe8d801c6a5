#pragma once

#include <QObject>
#include <QPointF>

class MainWindow;
class QMenu;
class QModelIndex;
class QWidget;

/// The context menus of the window: what makes sense for each kind of object on the
/// canvas (delete, duplicate, peer, add a subnet or instance here, simulate from or to
/// here, copy id), the empty canvas (paste here, add a VPC here, fit), the outline and
/// the issues (go to, copy the message, explain the rule). Each menu is built when asked
/// (so that tests can read it) and acts through the window's operations.
class ContextMenus : public QObject
{
    Q_OBJECT

public:
    explicit ContextMenus(MainWindow *window);

    /// The menu for a canvas object (`id`) or the empty canvas (`id` empty) at `scenePos`.
    QMenu *canvasMenu(const QString &id, const QPointF &scenePos, QWidget *parent);
    /// The menu for an outline row / an issues row.
    QMenu *outlineMenu(const QModelIndex &index, QWidget *parent);
    QMenu *issuesMenu(int row, QWidget *parent);

    /// Builds a menu and opens it at `globalPos` (the window's handlers).
    void popup(QMenu *menu, const QPoint &globalPos);

private:
    void addObjectEntries(QMenu *menu, const QString &id, const QPointF &scenePos);
    void addSimulateEntries(QMenu *menu, const QString &id);
    void addCommonEntries(QMenu *menu, const QString &id);

    MainWindow *mWindow;
};
