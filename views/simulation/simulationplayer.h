#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class CanvasScene;
class Document;
class RunBuilder;
class SimulationRun;
class QTimer;

/// Playback of a scenario, without widgets: the player owns the run of the current
/// scenario (rebuilt on a worker a moment after the design changes), the clock and the
/// speed, and keeps the canvas's packet overlay at the moment played. The simulation panel
/// shows its state and drives it; tests drive it alone.
class SimulationPlayer : public QObject
{
    Q_OBJECT

public:
    SimulationPlayer(Document *document, CanvasScene *scene, QObject *parent = nullptr);
    ~SimulationPlayer() override;

    /// The scenario played; a different one is run at once, from its start.
    void setScenario(const QString &scenarioId);
    QString scenario() const { return mScenario; }
    /// The run as the design is now: built here first if it is stale or under way.
    const SimulationRun *run();
    /// The run as it is, perhaps of an older design (what is on screen).
    const SimulationRun *currentRun() const { return mRun.get(); }
    bool hasRun() const;
    /// Whether a run is being built on a worker (after an edit, or entering simulation mode).
    bool isBuilding() const;
    /// Whether edits rebuild the run on a worker in the background (the panel is shown).
    void setBuildsAhead(bool buildsAhead);

    /// Simulation mode: the player draws on the canvas. Inactive, it leaves the canvas
    /// alone and pauses.
    void setActive(bool active);
    bool isActive() const { return mActive; }

    /// Seconds from the scenario's start, within the run.
    double time() const { return mTime; }
    void setTime(double seconds);
    /// The scenario's start as seconds since the epoch (0 without a run).
    double origin() const;
    void play();
    void pause();
    bool isPlaying() const;
    void setSpeed(double factor);
    double speed() const { return mSpeed; }
    /// Moves playback on by `realSeconds` at the current speed (what the timer does).
    void advance(double realSeconds);
    /// Goes to the next (or the previous) event's moment and pauses; returns that event,
    /// or -1 when there is none.
    int stepForward();
    int stepBack();

Q_SIGNALS:
    /// A new run is in place (or none, when the scenario went).
    void runChanged();
    /// A run is being built on a worker; runChanged follows.
    void building();
    /// The moment played changed (the overlay is already drawn at it).
    void timeChanged(double seconds);
    void playingChanged(bool playing);
    void statusMessage(const QString &message);

private:
    void markStale();
    void rebuild();
    void startBuild();
    void install(std::unique_ptr<SimulationRun> run);
    void draw();

    Document *mDocument;
    QPointer<CanvasScene> mScene;
    std::unique_ptr<SimulationRun> mRun;
    RunBuilder *mBuilder;
    QTimer *mRecompute;
    QTimer *mTicker;
    QString mScenario;
    bool mStale = true;
    bool mBuildsAhead = false;
    bool mActive = false;
    double mTime = 0;
    double mSpeed = 1;
};
