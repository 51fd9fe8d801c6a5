#pragma once

#include "designformat.h"
#include "finding.h"

#include <QMainWindow>

#include <memory>

#include "editoperations.h"

class CanvasScene;
class CanvasView;
class Document;
class DesignLoader;
class Inspector;
class SimulationPanel;
class IssuesPanel;
class OutlineModel;
class PaletteWidget;
class QMenu;
class QTreeView;
class Selection;
class ValidationEngine;
struct LoadedDesign;

/// The designer's window: assembles the views around one Document and gives the File
/// and Edit menus. It decides nothing about networks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Document *document, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a design file; on failure shows every problem and keeps the current design.
    /// Files over a megabyte are read on a worker thread: this returns at once and the
    /// design arrives later (`designOpened`).
    bool openFile(const QString &path);
    /// Opens an example bundled in the resources (as an untitled design).
    bool openBundledExample(const QString &name = QStringLiteral("peered-web.yaml"));
    /// Saves to `path` (Save As without the dialog); reports failure in a message box.
    bool saveTo(const QString &path);

    /// Writes the whole design as PNG or SVG (by the suffix), as the canvas draws it.
    bool exportTo(const QString &path, qreal scale = 1);

    Document *document() const { return mDocument; }
    ValidationEngine *engine() const { return mEngine; }
    Selection *selection() const { return mSelection; }
    QTreeView *outlineView() const { return mOutlineView; }
    IssuesPanel *issuesPanel() const { return mIssues; }
    SimulationPanel *simulationPanel() const { return mSimulation; }
    /// Shows and raises the dock with this object name.
    void showDock(const QString &objectName);
    Inspector *inspector() const { return mInspector; }
    CanvasView *canvas() const { return mCanvas; }
    CanvasScene *canvasScene() const { return mScene; }
    PaletteWidget *palette() const { return mPalette; }
    bool isLoading() const;

    // The Edit menu's operations on the selection.
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void selectAll();

    /// Files from this size on are read on a worker thread.
    static constexpr qint64 BackgroundLoadSize = qint64(1) << 20;

Q_SIGNALS:
    void designOpened(const QString &fileName);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createEditActions(QMenu *edit);
    void createViewActions();
    void createDocks();
    void exportDialog(const QString &suffix);
    void connectOutline();
    void updateTitle();
    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void newDesign();
    void open();
    bool save();
    bool saveAs();
    /// Takes a loaded design into the document, or shows why it could not be loaded.
    bool adopt(LoadResult result, const QString &fileName, const QString &shownName,
               const FindingList *findings = nullptr);
    void adoptLoaded(const std::shared_ptr<LoadedDesign> &loaded);

    Document *mDocument;
    ValidationEngine *mEngine;
    Selection *mSelection;
    CanvasScene *mScene;
    CanvasView *mCanvas;
    OutlineModel *mOutlineModel;
    QTreeView *mOutlineView;
    PaletteWidget *mPalette;
    IssuesPanel *mIssues;
    SimulationPanel *mSimulation = nullptr;
    Inspector *mInspector = nullptr;
    DesignLoader *mLoader;
    EditOperations::Clipboard mClipboard;
    QList<class QDockWidget *> mDocks;
    bool mShown = false;
};
