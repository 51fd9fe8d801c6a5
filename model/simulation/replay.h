#pragma once

#include "explain.h"
#include "flowlogparser.h"
#include "simulator.h"

#include <vector>

/// The REJECT records of one interface and 5-tuple, with what in the design rejects them.
struct ReplayReject
{
    int iface = -1;
    bool egress = false;
    bool answer = false; // read as the answer of a connection the other way
    IpAddress src, dst;
    int srcPort = -1, dstPort = -1, protocol = -1;
    qint64 records = 0, packets = 0, bytes = 0;
    int file = 0, line = 0; // the first record
    std::vector<HopText> blockedBy;
    QString note; // why nothing is named (nothing in the design rejects it)
};

struct ReplaySummary
{
    qint64 records = 0;
    qint64 matched = 0;
    qint64 unmatched = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 noData = 0;
    qint64 skipData = 0;
    qint64 explained = 0;   // REJECT records the design accounts for
    qint64 unexplained = 0; // REJECT records it allows
    std::vector<ReplayReject> rejects;
    // Per record of the parser, in its order: the design's interface (-1: none) and, for
    // a REJECT, its entry in `rejects` (-1: none).
    std::vector<int> recordInterface;
    std::vector<int> recordReject;
};

/// Lays real flow-log records onto a design: each record goes to the design's interface
/// with its interface id (or its address), and each REJECT is evaluated as a packet to
/// find the settings that reject it. Security groups count as stateful: a record that
/// reads as the answer of a connection (from a lower port to a higher, ephemeral one) is
/// evaluated as that answer.
class Replay
{
public:
    explicit Replay(const Simulator &simulator);

    ReplaySummary run(const FlowLogParser &parsed) const;
    /// Tells `parser`, before it reads, the format of each CloudWatch Logs stream the
    /// design's flow logs write: their messages carry no header line.
    void prepare(FlowLogParser &parser) const;
    /// The design's interface a record belongs to, or -1.
    int interfaceOf(const FlowLogParser &parsed, const LogRecord &record) const;
    /// What in the design rejects a packet seen at `iface`.
    ReplayReject blame(const LogRecord &record, int iface) const;

private:
    const Simulator &mSim;
    Explain mExplain;
    QHash<QString, int> mByEni;
};
