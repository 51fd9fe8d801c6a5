#pragma once

#include "explain.h"
#include "flowlogcapture.h"
#include "simulator.h"

#include <memory>
#include <vector>

/// One hop of one flow's packet in time: what the event list shows and playback steps to.
struct PacketEvent
{
    double time = 0; // seconds from the scenario's start
    int flow = -1;   // index into SimulationRun::runs()
    bool answer = false;
    int hop = -1;    // index into the path's hops
};

/// Where a flow's packet is at a moment: between two hops of its path.
struct PacketPosition
{
    int flow = -1;
    bool answer = false;
    int hop = 0;          // the hop it last passed
    double fraction = 0;  // of the way to the next one
    bool stopped = false; // it came to its last hop: arrived, or dropped there
    bool blocked = false; // it is stopped by a block (drawn red)
};

/// A scenario run through a design for the simulation panel: the flows' paths, the
/// flow-log records, the event list and the moving packets of playback. Built in one go;
/// it keeps a copy of the design, so the document may change under it.
class SimulationRun
{
public:
    SimulationRun(const Design &design, const QString &scenarioId);
    /// The same on a design of its own (made on any thread: a run is built off the user
    /// interface's thread from a DesignSnapshot).
    SimulationRun(std::unique_ptr<Design> design, const QString &scenarioId);

    bool isValid() const { return mScenario != nullptr; }
    const Design &design() const { return *mDesign; }
    const Scenario &scenario() const { return *mScenario; }
    const Simulator &simulator() const { return *mSimulator; }
    const Explain &explain() const { return *mExplain; }
    const std::vector<FlowRun> &runs() const { return mRuns; }
    const FlowLogCapture &capture() const { return *mCapture; }
    const std::vector<PacketEvent> &events() const { return mEvents; }
    /// The scenario's span in seconds from its start: the last flow's end (and its
    /// records' delivery, so that the timeline shows when the last record is visible).
    double duration() const { return mDuration; }
    double trafficEnd() const { return mTrafficEnd; }

    /// Seconds a packet takes from one hop to the next in playback.
    static constexpr double HopSeconds = 0.25;
    /// The packets on their way at `time`: each flow sends one while it runs, again each
    /// period, and its answer once the request has arrived.
    std::vector<PacketPosition> packetsAt(double time) const;
    /// The path a packet of `flow` takes (request or answer).
    const PacketPath &path(int flow, bool answer) const
    {
        return answer ? mRuns[size_t(flow)].reply : mRuns[size_t(flow)].request;
    }
    /// The ids of the objects a path passes, in order, without repeats in a row.
    QStringList pathObjects(int flow, bool answer) const;
    /// The hop where a packet of the path stops on the drawing: the first block, else the
    /// last hop.
    static int stopHop(const PacketPath &path);
    /// The event at or before `time` (-1: none) and the next one after it.
    int eventAtOrBefore(double time) const;

private:
    double tripSeconds(int flow) const;
    double periodSeconds(int flow) const;

    std::unique_ptr<Design> mDesign;
    const Scenario *mScenario = nullptr;
    std::unique_ptr<Simulator> mSimulator;
    std::unique_ptr<Explain> mExplain;
    std::vector<FlowRun> mRuns;
    std::unique_ptr<FlowLogCapture> mCapture;
    std::vector<PacketEvent> mEvents;
    double mDuration = 0;
    double mTrafficEnd = 0;
};
