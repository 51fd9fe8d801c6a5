#pragma once

#include "flowlogparser.h"
#include "recordtablemodel.h"
#include "replay.h"
#include "timeline.h"

#include "canvasscene.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class CanvasScene;
class Design;
class Simulator;
class Document;
class FlowTableModel;
class PacketOverlay;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSlider;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QTreeWidget;
class Selection;
class SimulationRun;
class TimelinePlot;

/// The simulation dock: the scenarios of the design and their flows (edited through the
/// undo stack), playback of the packets on the canvas, the event list with a card per
/// hop, the flow-log timeline and records, import of real flow logs and export of the
/// simulated ones. The run is recomputed from the document when it changes.
class SimulationPanel : public QWidget
{
    Q_OBJECT

public:
    SimulationPanel(Document *document, Selection *selection, CanvasScene *scene, QWidget *parent = nullptr);
    ~SimulationPanel() override;

    // Scenario and run.
    void setScenario(const QString &scenarioId);
    QString scenario() const;
    /// The run for the current scenario, recomputed first when the design changed.
    const SimulationRun *run();
    /// Whether a run is being built on a worker (after an edit, or entering simulation mode).
    bool isBuilding() const;
    void addScenario();
    void removeScenario();
    void addFlow();
    /// Adds a flow from `from` to `to` (ids or addresses) to the current scenario (a new
    /// one when there is none), as one undo step, and makes it current. Returns its id.
    QString addFlowBetween(const QString &from, const QString &to);
    void removeFlow();
    /// Sets the current flow's source or destination to the one selected object.
    void takeEndFromSelection(bool source);

    /// Simulation mode: the panel draws on the canvas (packets, paths, flows' ends) and
    /// may select what a step passes. Inactive, it leaves the canvas alone and pauses.
    void setActive(bool active);
    bool isActive() const { return mActive; }

    // Playback (seconds from the scenario's start).
    double time() const { return mTime; }
    void setTime(double seconds);
    void play();
    void pause();
    bool isPlaying() const;
    void stepForward();
    void stepBack();
    void setSpeed(double factor);
    /// Moves playback on by `realSeconds` at the current speed (what the timer does).
    void advance(double realSeconds);

    // Records.
    bool importLogs(const QStringList &files, QString *error);
    bool exportLogs(const QString &dir, QString *error);
    void showImported(bool imported);
    void selectRecord(int record);
    void setInterfaceFilter(int iface);
    /// Shows a scenario's page ("events", "timeline" or "logs") at a moment, as a picture
    /// of the panel should (the command line's --simulate, --tab and --at): on the logs
    /// page the first REJECT of a flow is selected, else the first record, so that its
    /// path lights up.
    void present(const QString &scenarioId, const QString &page, std::optional<double> time);

    // The parts, for the window and for tests.
    QComboBox *scenarioBox() const { return mScenarios; }
    QTableView *flowsView() const { return mFlowsView; }
    FlowTableModel *flows() const { return mFlows; }
    QTreeWidget *eventsView() const { return mEvents; }
    QTextBrowser *card() const { return mCard; }
    TimelinePlot *timeline() const { return mPlot; }
    const Timeline &timelineData() const { return mTimeline; }
    QTableView *recordsView() const { return mRecordsView; }
    RecordTableModel *records() const { return mRecords; }
    PacketOverlay *overlay() const { return mScene ? mScene->packets() : nullptr; }
    QPushButton *playButton() const { return mPlay; }
    QPushButton *stepForwardButton() const { return mStepForward; }
    QPushButton *stepBackButton() const { return mStepBack; }
    QTabWidget *tabs() const { return mTabs; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// Playback started or stopped.
    void playingChanged(bool playing);

private:
    void buildUi();
    void refillScenarios();
    void markStale();
    /// Builds the run now, on this thread (what `run()` needs).
    void rebuildRun();
    /// Starts building the run on a worker; it is shown when it is done.
    void startBuild();
    void installRun(std::unique_ptr<SimulationRun> run);
    void fillEvents();
    void fillInterfaces();
    void showEventCard(int event, bool highlight = true);
    void updatePlayback();
    void updateTimeline();
    void onRecordSelected();
    void onPlotClicked(double unixTime);
    void onCanvasSelection(const QStringList &ids);
    void highlightFlow(int flow, bool answer);
    double origin() const;

    Document *mDocument;
    Selection *mSelection;
    QPointer<CanvasScene> mScene;
    std::unique_ptr<SimulationRun> mRun;
    bool mStale = true;
    QTimer *mRecompute;
    QTimer *mTicker;
    class RunBuilder *mBuilder;
    double mTime = 0;
    double mSpeed = 1;
    bool mSyncing = false;
    bool mActive = false;
    int mCardEvent = -1;

    // Imported logs, and the design they were laid onto.
    std::unique_ptr<Design> mImportDesign;
    std::unique_ptr<Simulator> mImportSimulator;
    std::unique_ptr<FlowLogParser> mLogs;
    ReplaySummary mReplay;
    bool mShowImported = false;
    Timeline mTimeline;

    QComboBox *mScenarios;
    FlowTableModel *mFlows;
    QTableView *mFlowsView;
    QPushButton *mPlay;
    QPushButton *mStepBack;
    QPushButton *mStepForward;
    QComboBox *mSpeedBox;
    QSlider *mSlider;
    QLabel *mClock;
    QTabWidget *mTabs;
    QTreeWidget *mEvents;
    QTextBrowser *mCard;
    TimelinePlot *mPlot;
    QComboBox *mInterfaceBox;
    QComboBox *mFlowBox;
    QComboBox *mSourceBox;
    RecordTableModel *mRecords;
    QTableView *mRecordsView;
    QComboBox *mActionBox;
    QLineEdit *mAddressEdit;
    QLabel *mSummary;
};
