#include "simulationrun.h"

#include "rulehelpers.h"

#include <algorithm>
#include <cmath>

SimulationRun::SimulationRun(const Design &design, const QString &scenarioId)
    : SimulationRun(design.clone(), scenarioId)
{}

SimulationRun::SimulationRun(std::unique_ptr<Design> design, const QString &scenarioId) : mDesign(std::move(design))
{
    const Object *o = mDesign->find(scenarioId);
    if (!o || o->kind != ObjectKind::Scenario)
        return;
    mScenario = static_cast<const Scenario *>(o);
    mSimulator = std::make_unique<Simulator>(*mDesign);
    mExplain = std::make_unique<Explain>(mSimulator->network());
    mRuns = mSimulator->run(*mScenario);
    mCapture = std::make_unique<FlowLogCapture>(*mSimulator, *mScenario, mRuns);
    for (size_t f = 0; f < mRuns.size(); ++f) {
        const FlowRun &run = mRuns[f];
        const Flow &flow = *run.flow;
        mTrafficEnd = std::max(mTrafficEnd, flow.start + flow.duration);
        if (!run.error.isEmpty())
            continue;
        for (int h = 0; h < run.request.count; ++h)
            mEvents.push_back({flow.start + h * HopSeconds, int(f), false, h});
        if (run.hasReply && run.request.delivered()) {
            const double at = flow.start + run.request.count * HopSeconds + flow.replyDelay;
            for (int h = 0; h < run.reply.count; ++h)
                mEvents.push_back({at + h * HopSeconds, int(f), true, h});
        }
    }
    std::stable_sort(mEvents.begin(), mEvents.end(),
                     [](const PacketEvent &a, const PacketEvent &b) { return a.time < b.time; });
    mDuration = mTrafficEnd;
    const double t0 = double(mScenario->start.toSecsSinceEpoch());
    for (const FlowLogRecord &r : mCapture->records)
        mDuration = std::max(mDuration, double(r.delivered) - t0);
    if (!mEvents.empty())
        mDuration = std::max(mDuration, mEvents.back().time + HopSeconds);
    prepareFrames();
}

void SimulationRun::prepareFrames()
{
    // The flows' ends outside the design, each once: a private address is somewhere
    // else (on premises, another network), a public one the internet.
    const auto endOf = [&](const FlowEnd &e) {
        SimulationFrame::End end;
        switch (e.type) {
        case FlowEnd::Type::Interface:
        case FlowEnd::Type::Address:
            return -1;
        case FlowEnd::Type::Service:
            end.kind = SimulationFrame::End::Kind::Service;
            end.label = e.service;
            break;
        case FlowEnd::Type::VpcService:
            end.kind = SimulationFrame::End::Kind::Service;
            end.label = QStringLiteral("%1 (%2)").arg(Explain::vpcServiceName(int(e.vpcService)), e.address.toString());
            break;
        case FlowEnd::Type::Internet:
            end.kind = RuleHelpers::isPrivate(Cidr(e.address, e.address.bitWidth()))
                           ? SimulationFrame::End::Kind::Outside
                           : SimulationFrame::End::Kind::Internet;
            end.label = e.address.toString();
            break;
        }
        const qsizetype at = mEnds.indexOf(end);
        if (at >= 0)
            return int(at);
        mEnds.append(end);
        return int(mEnds.size()) - 1;
    };
    const Network &net = mSimulator->network();
    for (const FlowRun &run : mRuns) {
        mFlowEnds.emplace_back(run.error.isEmpty() ? endOf(run.from) : -1, run.error.isEmpty() ? endOf(run.to) : -1);
        std::array<QStringList, 2> drawn;
        for (const bool answer : {false, true}) {
            const FlowEnd &source = answer ? run.to : run.from;
            const PacketPath &p = answer ? run.reply : run.request;
            QStringList &objects = drawn[answer];
            objects.append(source.interface >= 0 ? net.interfaces[size_t(source.interface)].owner->id
                           : source.subnet >= 0  ? net.subnets[size_t(source.subnet)].subnet->id
                                                 : QString());
            for (int h = 0; h < p.count; ++h)
                objects.append(mExplain->objectId(p.hops[size_t(h)]));
        }
        mDrawn.push_back(std::move(drawn));
    }
}

SimulationFrame SimulationRun::frameAt(double time) const
{
    SimulationFrame frame;
    if (!isValid())
        return frame;
    frame.ends = mEnds;
    for (const PacketPosition &pos : packetsAt(time)) {
        const PacketPath &p = path(pos.flow, pos.answer);
        SimulationFrame::Path drawn;
        drawn.objects = mDrawn[size_t(pos.flow)][pos.answer];
        drawn.delivered = p.delivered();
        const auto [fromEnd, toEnd] = mFlowEnds[size_t(pos.flow)];
        drawn.sourceEnd = pos.answer ? toEnd : fromEnd;
        drawn.destinationEnd = pos.answer ? fromEnd : toEnd;
        frame.paths.append(drawn);
        SimulationFrame::Packet packet{int(frame.paths.size()) - 1, pos.hop, pos.fraction, pos.blocked, pos.answer};
        packet.arrived = pos.stopped && !pos.blocked && drawn.destinationEnd >= 0;
        frame.packets.append(packet);
        if (pos.blocked)
            frame.blockers.append(mExplain->objectId(p.hops[size_t(pos.hop)]));
    }
    return frame;
}

QList<SimulationRun::TrafficPath> SimulationRun::trafficPaths() const
{
    QList<TrafficPath> out;
    for (size_t f = 0; f < mRuns.size(); ++f) {
        const FlowRun &run = mRuns[f];
        if (!run.error.isEmpty() || run.request.count == 0)
            continue;
        for (const bool answer : {false, true}) {
            if (answer && (!run.hasReply || !run.request.delivered() || run.reply.count == 0))
                continue;
            const PacketPath &p = path(int(f), answer);
            TrafficPath t;
            t.flow = int(f);
            t.answer = answer;
            t.delivered = p.delivered();
            const int last = stopHop(p);
            const QStringList &drawn = mDrawn[f][answer];
            for (qsizetype i = 0; i < std::min<qsizetype>(drawn.size(), last + 2); ++i) // the source, hops to `last`
                if (!drawn[i].isEmpty() && (t.objects.isEmpty() || t.objects.back() != drawn[i]))
                    t.objects.append(drawn[i]);
            const auto [fromEnd, toEnd] = mFlowEnds[f];
            t.sourceEnd = answer ? toEnd : fromEnd;
            t.destinationEnd = t.delivered ? (answer ? fromEnd : toEnd) : -1;
            if (!t.delivered && p.hops[size_t(last)].verdict == Hop::Verdict::Block)
                t.blocker = mExplain->objectId(p.hops[size_t(last)]);
            out.append(t);
        }
    }
    return out;
}

double SimulationRun::tripSeconds(int flow) const
{
    const FlowRun &run = mRuns[size_t(flow)];
    double t = run.request.count * HopSeconds;
    if (run.hasReply && run.request.delivered())
        t += run.flow->replyDelay + run.reply.count * HopSeconds;
    return t;
}

double SimulationRun::periodSeconds(int flow) const
{
    // One packet per period is drawn: the flow's own rate, but never so often that the
    // trips overlap on the drawing.
    const Flow &f = *mRuns[size_t(flow)].flow;
    const double rate = f.packetsPerSecond > 0 ? 1.0 / f.packetsPerSecond : 1e9;
    return std::max(rate, tripSeconds(flow) + 1.0);
}

std::vector<PacketPosition> SimulationRun::packetsAt(double time) const
{
    std::vector<PacketPosition> out;
    for (size_t f = 0; f < mRuns.size(); ++f) {
        const FlowRun &run = mRuns[f];
        if (!run.error.isEmpty() || run.request.count == 0)
            continue;
        const Flow &flow = *run.flow;
        if (time < flow.start || time > flow.start + std::max(flow.duration, tripSeconds(int(f))))
            continue;
        const double period = periodSeconds(int(f));
        // The trip under way: the last one that started (trips start until the flow ends).
        double since = std::fmod(time - flow.start, period);
        if (time - since > flow.start + flow.duration)
            since = time - (flow.start + std::floor(flow.duration / period) * period);
        const auto place = [&](const PacketPath &p, bool answer, double t) {
            PacketPosition pos;
            pos.flow = int(f);
            pos.answer = answer;
            const int last = stopHop(p);
            const double steps = t / HopSeconds;
            pos.hop = std::min(last, int(steps));
            pos.fraction = pos.hop == last ? 0 : steps - pos.hop;
            pos.stopped = pos.hop == last;
            pos.blocked = pos.stopped && p.hops[size_t(last)].verdict == Hop::Verdict::Block;
            out.push_back(pos);
        };
        const double requestTime = (stopHop(run.request) + 1) * HopSeconds;
        if (since < requestTime || !run.hasReply || !run.request.delivered()) {
            // A request that stops shows where it stopped until the next trip.
            place(run.request, false, std::min(since, requestTime));
        } else if (since >= requestTime + flow.replyDelay && run.reply.count > 0) {
            place(run.reply, true, since - requestTime - flow.replyDelay);
        }
    }
    return out;
}

QStringList SimulationRun::pathObjects(int flow, bool answer) const
{
    QStringList out;
    const PacketPath &p = path(flow, answer);
    const FlowRun &run = mRuns[size_t(flow)];
    // The packet starts at its source and, when it gets there, ends at its destination.
    const FlowEnd &from = answer ? run.to : run.from;
    if (from.interface >= 0)
        out.append(mSimulator->network().interfaces[size_t(from.interface)].owner->id);
    for (int h = 0; h < p.count; ++h) {
        const QString id = mExplain->objectId(p.hops[size_t(h)]);
        if (!id.isEmpty() && (out.isEmpty() || out.back() != id))
            out.append(id);
    }
    return out;
}

int SimulationRun::stopHop(const PacketPath &path)
{
    for (int h = 0; h < path.count; ++h)
        if (path.hops[size_t(h)].verdict == Hop::Verdict::Block)
            return h;
    return std::max(0, path.count - 1);
}

int SimulationRun::eventAtOrBefore(double time) const
{
    const auto it = std::upper_bound(mEvents.begin(), mEvents.end(), time,
                                     [](double t, const PacketEvent &e) { return t < e.time; });
    return int(it - mEvents.begin()) - 1;
}
