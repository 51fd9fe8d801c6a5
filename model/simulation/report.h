#pragma once

#include "explain.h"
#include "replay.h"
#include "simulator.h"

#include "jsonwriter.h"

#include <QByteArray>

#include <functional>

/// Simulation and replay results in the text and JSON of CLI.md; the window's panels
/// show the same words.
namespace Report {

/// `delivered` or `dropped`.
QString verdict(const PacketPath &path);
/// Every hop of a path in words, and the blocking ones.
QList<HopText> hops(const Explain &explain, const PacketPath &path, Protocol protocol);
QList<HopText> blockedBy(const Explain &explain, const PacketPath &path, Protocol protocol);

/// A run's request and answer hop by hop: the keys `request` and `reply`, or indented lines.
void runJson(JsonWriter &json, const Explain &explain, const FlowRun &run);
void runText(QByteArray &out, const Explain &explain, const FlowRun &run);

QByteArray simulationText(const Simulator &simulator, const Scenario &scenario, const std::vector<FlowRun> &runs);
/// `extra` may add keys after `flows` (the flow-log summary of the command line).
QByteArray simulationJson(const Simulator &simulator, const Scenario &scenario, const std::vector<FlowRun> &runs,
                          const std::function<void(JsonWriter &)> &extra = {});

QByteArray replayText(const Simulator &simulator, const FlowLogParser &parsed, const ReplaySummary &summary);
QByteArray replayJson(const Simulator &simulator, const QString &design, const FlowLogParser &parsed,
                      const ReplaySummary &summary);

} // namespace Report
