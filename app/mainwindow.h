#pragma once

#include "designformat.h"
#include "editoperations.h"
#include "finding.h"
#include "placement.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class AutoSaver;
class CanvasScene;
class CanvasView;
class ContextMenus;
class Document;
class DesignLoader;
class FindBar;
class HelpWindow;
class Inspector;
class IssuesPanel;
class OutlineModel;
class PaletteWidget;
class QDockWidget;
class QMenu;
class QToolBar;
class QTreeView;
class Selection;
class SimulationPanel;
class ValidationEngine;
struct LoadedDesign;
struct RecoveryCopy;

/// The designer's window: assembles the views around one Document, gives the menus,
/// the toolbars and the context menus, the two modes (design and simulation), and keeps
/// what the user set between runs. It decides nothing about networks. Its parts live in
/// mainwindow*.cpp: assembly and modes here, menus and toolbars in
/// mainwindowactions.cpp, files in mainwindowfiles.cpp, edits in mainwindowedit.cpp.
class LessonPane;
class ReachabilityPanel;
class ComparePanel;
struct Witness;
namespace Study {
struct Step;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Document *document, QWidget *parent = nullptr);
    ~MainWindow() override;

    // ---- files (mainwindowfiles.cpp) ------------------------------------------------
    /// Opens a design file; on failure shows every problem and keeps the current design.
    /// Files over a megabyte are read on a worker thread: this returns at once and the
    /// design arrives later (`designOpened`).
    bool openFile(const QString &path);
    /// Opens design files dropped on the window: the first here (after asking about
    /// unsaved changes), the others each in a window of its own.
    void openDropped(const QStringList &paths);
    /// Opens an example bundled in the resources (as an untitled design).
    bool openBundledExample(const QString &name = QStringLiteral("peered-web.yaml"));
    /// Saves to `path` (Save As without the dialog); reports failure in a message box.
    bool saveTo(const QString &path);
    /// Writes the whole design as PNG or SVG (by the suffix), as the canvas draws it.
    bool exportTo(const QString &path, qreal scale = 1);
    /// File > Import CloudFormation without the dialog: the templates become a new, unsaved
    /// design laid out automatically; warnings go to the status bar and a message box.
    /// On failure shows why and keeps the current design.
    bool importTemplates(const QStringList &paths);
    /// File > Export CloudFormation without the dialog (docs/cloudformation.md).
    bool exportCloudFormationTo(const QString &path);
    /// Offers the recovery copies that sessions which ended badly left, one by one.
    void offerRecovery();
    /// Restores a recovery copy as the current design (unsaved, named as it was).
    bool restore(const RecoveryCopy &copy);
    AutoSaver *autoSaver() const { return mAutoSaver; }

    // ---- edits (mainwindowedit.cpp) --------------------------------------------------
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    /// Pastes into a VPC or subnet (`into`), or on the empty canvas at `at`.
    void pasteInto(const Placement::Target &into, std::optional<QPointF> at);
    bool canPaste() const { return !mClipboard.isEmpty(); }
    void duplicateSelection();
    void selectAll();
    /// Adds an object of `kind` at `target` (at the scene point `at` for a VPC).
    void addObjectAt(ObjectKind kind, const Placement::Target &target, std::optional<QPointF> at);
    /// A palette entry was clicked or chosen: added where it makes sense.
    void addFromPalette(ObjectKind kind);
    /// Peers two VPCs (one undo step).
    void peer(const QString &a, const QString &b);
    /// Adds a flow from `from` to `to` and shows it in simulation mode.
    void simulateBetween(const QString &from, const QString &to);

    // ---- study mode (mainwindowstudy.cpp) ---------------------------------------------
    /// Opens a bundled lesson or challenge: here when the window holds no work of the
    /// learner's (an untouched untitled design), else in a new window of its own.
    bool openLesson(const QString &id);
    /// The lessons by topic, with the learner's progress (Help > Lessons and Challenges).
    void showLessons();
    LessonPane *lessonPane() const { return mLessonPane; }
    /// Starts this program again with `arguments` (a window of its own); tests replace it.
    std::function<bool(const QStringList &arguments)> startWindow;

    // ---- modes, help and the parts ---------------------------------------------------
    /// Simulation mode shows the packets, the flows' ends, the playback controls and the
    /// simulation panel; design mode (the default, and after opening a file) none of it.
    void setSimulationMode(bool on);
    bool isSimulationMode() const { return mSimulationMode; }
    void showStatus(const QString &message, int milliseconds = 6000);
    /// The manual (made when first asked for).
    HelpWindow *help();
    /// Opens the manual on the page about the panel that has the focus (F1).
    void helpOnFocus();
    void explainFinding(const Finding &finding);
    /// Adds a violated intent's witness packet as a flow and shows it in simulation mode.
    void replayWitness(const Finding &finding);
    /// Adds a packet as a flow and shows it in simulation mode (`what` names it).
    void replayPacket(const Witness &witness, const QString &what);
    ReachabilityPanel *reachabilityPanel() const { return mReachability; }
    ComparePanel *comparePanel() const { return mCompare; }
    /// Compare with File: compares the open design with the design in `path` (false,
    /// with a message, when it cannot be read).
    bool compareWith(const QString &path);

    Document *document() const { return mDocument; }
    ValidationEngine *engine() const { return mEngine; }
    Selection *selection() const { return mSelection; }
    QTreeView *outlineView() const { return mOutlineView; }
    OutlineModel *outlineModel() const { return mOutlineModel; }
    IssuesPanel *issuesPanel() const { return mIssues; }
    SimulationPanel *simulationPanel() const { return mSimulation; }
    Inspector *inspector() const { return mInspector; }
    CanvasView *canvas() const { return mCanvas; }
    CanvasScene *canvasScene() const { return mScene; }
    PaletteWidget *palette() const { return mPalette; }
    FindBar *findBar() const { return mFindBar; }
    ContextMenus *contextMenus() const { return mContextMenus; }
    QToolBar *mainToolBar() const { return mToolBar; }
    QDockWidget *dock(const QString &objectName) const;
    QDockWidget *addDock(const QString &title, const char *name, QWidget *widget, Qt::DockWidgetArea area);
    /// Shows and raises the dock with this object name.
    void showDock(const QString &objectName);
    /// An action of the menus or toolbars by its object name ("action-save").
    QAction *action(const QString &objectName) const;
    bool isLoading() const;

    /// Files from this size on are read on a worker thread.
    static constexpr qint64 BackgroundLoadSize = qint64(1) << 20;
    /// The window's size on a first start, when the screen has room for it.
    static constexpr QSize PreferredSize{1440, 900};

Q_SIGNALS:
    void designOpened(const QString &fileName);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // mainwindowactions.cpp
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createSimulationMenu();
    void createHelpMenu();
    void createLessonPane();
    /// Starts or stops the lesson pane for the design now open (its lesson: section).
    void syncLesson();
    void showLessonStep(const Study::Step &step);
    void createToolBars();
    void refreshRecentMenu();
    QAction *makeAction(const QString &text, const char *name, const QString &icon = {});

    // mainwindow.cpp
    /// Switches the mode; `refit` fits a view of the whole design again to the room left.
    void applyMode(bool on, bool refit);
    void createDocks();
    void connectOutline();
    void connectContextMenus();
    void updateTitle();
    /// Fits the window on the screen: the saved geometry when there is one, else the
    /// preferred size or what the screen allows.
    void placeOnScreen();
    void arrangeDocks();
    void saveWindowState();
    void saveViewOfFile();
    void restoreViewOfFile();

    // mainwindowfiles.cpp
    /// Asks to save unsaved changes; false when the user cancels.
    bool maybeSave();
    void newDesign();
    void open();
    void compareWithFile();
    void createCompareDock(QDockWidget *beside);
    bool save();
    bool saveAs();
    void exportDialog(const QString &suffix);
    // mainwindowinterop.cpp: the dialogs of the two above
    void importDialog();
    void exportCloudFormationDialog();
    /// File > Print: the picture with its title block and legend, tiled over the pages the
    /// printer dialog chose, with a preview.
    void print();
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
    IssuesPanel *mIssues = nullptr;
    SimulationPanel *mSimulation = nullptr;
    LessonPane *mLessonPane = nullptr;
    ReachabilityPanel *mReachability = nullptr;
    ComparePanel *mCompare = nullptr;
    Inspector *mInspector = nullptr;
    FindBar *mFindBar = nullptr;
    DesignLoader *mLoader;
    AutoSaver *mAutoSaver;
    ContextMenus *mContextMenus;
    HelpWindow *mHelp = nullptr;
    EditOperations::Clipboard mClipboard;
    QList<QDockWidget *> mDocks;
    QToolBar *mToolBar = nullptr;
    QToolBar *mPlaybackBar = nullptr;
    QMenu *mRecentMenu = nullptr;
    QAction *mModeAction = nullptr;
    bool mSimulationMode = false;
    bool mShown = false;
    bool mStateRestored = false;
};
