#pragma once

#include "explain.h"
#include "flowlogcapture.h"
#include "simulator.h"

#include <array>
#include <memory>
#include <vector>

/// One hop of one flow's packet in time: what the event list shows and playback steps to.
struct PacketEvent
{
    double time = 0; // seconds from the scenario's start
    int flow = -1;   // index into SimulationRun::runs()
    bool answer = false;
    int hop = -1; // index into the path's hops
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

/// What playback draws at one moment, made by the run (views only draw it): the flows'
/// ends outside the design, each packet on its way with the objects of its path, and the
/// objects that stop one.
struct SimulationFrame
{
    /// A flow end outside the design: the internet, an address elsewhere, an AWS service.
    struct End
    {
        enum class Kind { Internet, Outside, Service };
        Kind kind = Kind::Internet;
        QString label; // the address or the service
        bool operator==(const End &o) const { return kind == o.kind && label == o.label; }
    };
    struct Path
    {
        QList<QString> objects; // the source, then the object of each hop (empty: none)
        bool delivered = true;
        int sourceEnd = -1;      // into `ends`, when the source is outside the design
        int destinationEnd = -1; // likewise for the destination (where a delivered packet arrives)
    };
    struct Packet
    {
        int path = -1;       // into `paths`
        int hop = 0;         // the hop it last passed (-1: still at the source)
        double fraction = 0; // of the way to the next
        bool blocked = false;
        bool answer = false;
        bool arrived = false; // at the destination end, past the last hop
    };
    QList<End> ends; // every end of the scenario, whether a packet is on its way there or not
    QList<Path> paths;
    QList<Packet> packets;
    QStringList blockers; // the objects that stop a packet now
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
    /// All that playback draws at `time`.
    SimulationFrame frameAt(double time) const;

    /// One direction of a flow, whole, as a still picture of the scenario draws it.
    struct TrafficPath
    {
        int flow = -1;
        bool answer = false;
        bool delivered = true;
        QStringList objects;     // the source's object, then each hop's, up to where it stops
        int sourceEnd = -1;      // into ends(), when the source is outside the design
        int destinationEnd = -1; // likewise for the destination (delivered paths only)
        QString blocker;         // the object that stops it (empty: delivered)
    };
    /// Every flow's request, and its answer when it has one and the request got there.
    QList<TrafficPath> trafficPaths() const;
    /// The flows' ends outside the design, each once.
    const QList<SimulationFrame::End> &ends() const { return mEnds; }
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
    /// The ends and the drawn objects of every path, once per run.
    void prepareFrames();
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
    QList<SimulationFrame::End> mEnds;
    std::vector<std::pair<int, int>> mFlowEnds;     // per flow: its source's and destination's end
    std::vector<std::array<QStringList, 2>> mDrawn; // per flow: the drawn objects of request, answer
};
