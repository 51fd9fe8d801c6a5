#pragma once

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class DesignSnapshot;
class Document;
class SimulationRun;

/// Builds simulation runs away from the user interface's thread: the design is taken
/// from the document's DesignSnapshot in slices of a few milliseconds, and the run is
/// made on a worker. A newer request makes older ones moot: only the newest result is
/// delivered, on the document's thread.
class RunBuilder : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(std::unique_ptr<SimulationRun>)>;

    RunBuilder(Document *document, Done done, QObject *parent = nullptr);
    ~RunBuilder() override;

    /// Starts a run of the scenario as the design is now (dropping one under way).
    void request(const QString &scenarioId);
    /// Drops what is under way: nothing is delivered for it.
    void cancel();
    bool isBusy() const { return mBusy; }

private:
    void slice(quint64 job);

    Document *mDocument;
    DesignSnapshot *mSnapshot;
    Done mDone;
    QThreadPool mPool;
    QString mScenario;
    std::atomic<quint64> mJob = 0; // read by the worker: a build that is moot stops early
    bool mBusy = false;
};
