#pragma once

#include "flowlogpage.h"
#include "simulationplayer.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class CanvasScene;
class Document;
class FlowTableModel;
class PacketOverlay;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;
class RecordTableModel;
class Selection;
class SimulationRun;
class TimelinePlot;

/// The simulation dock: the scenarios of the design and their flows (edited through the
/// undo stack), the playback controls of its SimulationPlayer, the event list with a card
/// per hop, and the FlowLogPage (timeline and records, imported or simulated).
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
    const SimulationRun *run() { return mPlayer->run(); }
    /// Whether a run is being built on a worker (after an edit, or entering simulation mode).
    bool isBuilding() const { return mPlayer->isBuilding(); }
    void addScenario();
    void removeScenario();
    void addFlow();
    /// Adds a flow from `from` to `to` (ids or addresses) to the current scenario (a new
    /// one when there is none), as one undo step, and makes it current. Returns its id.
    QString addFlowBetween(const QString &from, const QString &to, Protocol protocol = Protocol(Protocol::Tcp),
                           int port = 443);
    void removeFlow();
    /// Sets the current flow's source or destination to the one selected object.
    void takeEndFromSelection(bool source);

    /// Simulation mode: the panel draws on the canvas (packets, paths, flows' ends) and
    /// may select what a step passes. Inactive, it leaves the canvas alone and pauses.
    void setActive(bool active) { mPlayer->setActive(active); }
    bool isActive() const { return mPlayer->isActive(); }

    // Playback (seconds from the scenario's start).
    double time() const { return mPlayer->time(); }
    void setTime(double seconds) { mPlayer->setTime(seconds); }
    void play() { mPlayer->play(); }
    void pause() { mPlayer->pause(); }
    bool isPlaying() const { return mPlayer->isPlaying(); }
    void stepForward();
    void stepBack();
    void setSpeed(double factor) { mPlayer->setSpeed(factor); }
    /// Moves playback on by `realSeconds` at the current speed (what the timer does).
    void advance(double realSeconds) { mPlayer->advance(realSeconds); }

    // Records.
    bool importLogs(const QStringList &files, QString *error) { return mLogs->importLogs(files, error); }
    bool exportLogs(const QString &dir, QString *error) { return mLogs->exportLogs(dir, error); }
    void showImported(bool imported) { mLogs->showImported(imported); }
    void selectRecord(int record) { mLogs->selectRecord(record); }
    void setInterfaceFilter(int iface) { mLogs->setInterfaceFilter(iface); }
    /// Shows a scenario's page ("events", or "timeline" and "logs": both the flow-log
    /// page) at a moment, as a picture of the panel should (the command line's
    /// --simulate, --tab and --at): on the flow-log page the first REJECT of a flow is
    /// selected, else the first record, so that its path lights up.
    void present(const QString &scenarioId, const QString &page, std::optional<double> time);

    // The parts, for the window and for tests.
    SimulationPlayer *player() const { return mPlayer; }
    FlowLogPage *flowLogs() const { return mLogs; }
    QComboBox *scenarioBox() const { return mScenarios; }
    QTableView *flowsView() const { return mFlowsView; }
    FlowTableModel *flows() const { return mFlows; }
    QTreeWidget *eventsView() const { return mEvents; }
    QTextBrowser *card() const { return mCard; }
    TimelinePlot *timeline() const { return mLogs->timeline(); }
    const Timeline &timelineData() const { return mLogs->timelineData(); }
    QTableView *recordsView() const { return mLogs->recordsView(); }
    RecordTableModel *records() const { return mLogs->records(); }
    PacketOverlay *overlay() const;
    QPushButton *playButton() const { return mPlay; }
    QPushButton *stepForwardButton() const { return mStepForward; }
    QPushButton *stepBackButton() const { return mStepBack; }
    QTabWidget *tabs() const { return mTabs; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// Playback started or stopped.
    void playingChanged(bool playing);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void refillScenarios();
    void onRunChanged();
    void onTimeChanged(double seconds);
    void fillEvents();
    void showEventCard(int event, bool highlight = true);

    Document *mDocument;
    Selection *mSelection;
    QPointer<CanvasScene> mScene;
    SimulationPlayer *mPlayer;
    FlowTableModel *mFlows;
    bool mSyncing = false;
    int mCardEvent = -1;

    QComboBox *mScenarios;
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
    FlowLogPage *mLogs;
};
