#pragma once

#include <QtGlobal>

#include <vector>

/// Packets and bytes over time, accepted and rejected, for the timeline plot: the records
/// of the simulator or of imported flow-log files, for one interface, one flow or all,
/// binned at any resolution. Records are sorted by time once and summed into prefix sums
/// per filter, so that a bin costs two binary searches: redrawing a million records at a
/// new zoom takes a few hundred searches, not a pass over the million.
class Timeline
{
public:
    struct Point
    {
        double time = 0; // seconds from the timeline's origin (the record's start)
        qint64 packets = 0;
        qint64 bytes = 0;
        bool accepted = true;
        int iface = -1; // the design's interface, -1: none matched
        int flow = -1;  // the scenario's flow, -1: not known (imported)
    };
    struct Bins
    {
        double start = 0; // the first bin's start
        double width = 0;
        std::vector<double> acceptedPackets, rejectedPackets, acceptedBytes, rejectedBytes;
        int size() const { return int(acceptedPackets.size()); }
    };

    void setPoints(std::vector<Point> points);
    /// Only the records of this interface and this flow (-1: any).
    void setFilter(int iface, int flow);
    int filterInterface() const { return mIface; }
    int filterFlow() const { return mFlow; }

    /// Bins over [from, to): at most `maxBins`, none narrower than `minWidth`, edges on
    /// multiples of the width so that panning does not move them.
    Bins bins(double from, double to, int maxBins, double minWidth) const;
    /// Totals under the filter.
    qint64 packets(bool accepted) const;
    qint64 bytes(bool accepted) const;
    /// The first and last record times under the filter (0 when none).
    double first() const { return mTimes.empty() ? 0 : mTimes.front(); }
    double last() const { return mTimes.empty() ? 0 : mTimes.back(); }
    size_t size() const { return mTimes.size(); }

private:
    void rebuild();
    size_t indexAt(double time) const; // the first record at or after `time`

    std::vector<Point> mAll; // by time
    int mIface = -1;
    int mFlow = -1;
    std::vector<double> mTimes;
    // Prefix sums of the filtered records: [i] is the sum of records before i.
    std::vector<qint64> mAcceptedPackets, mRejectedPackets, mAcceptedBytes, mRejectedBytes;
};
