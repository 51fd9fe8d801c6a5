#include "timeline.h"

#include <algorithm>
#include <cmath>

void Timeline::setPoints(std::vector<Point> points)
{
    mAll = std::move(points);
    std::stable_sort(mAll.begin(), mAll.end(), [](const Point &a, const Point &b) { return a.time < b.time; });
    rebuild();
}

void Timeline::setFilter(int iface, int flow)
{
    if (iface == mIface && flow == mFlow && !mAcceptedPackets.empty())
        return;
    mIface = iface;
    mFlow = flow;
    rebuild();
}

void Timeline::rebuild()
{
    mTimes.clear();
    for (auto *v : {&mAcceptedPackets, &mRejectedPackets, &mAcceptedBytes, &mRejectedBytes}) {
        v->clear();
        v->push_back(0);
    }
    for (const Point &p : mAll) {
        if ((mIface >= 0 && p.iface != mIface) || (mFlow >= 0 && p.flow != mFlow))
            continue;
        mTimes.push_back(p.time);
        mAcceptedPackets.push_back(mAcceptedPackets.back() + (p.accepted ? p.packets : 0));
        mRejectedPackets.push_back(mRejectedPackets.back() + (p.accepted ? 0 : p.packets));
        mAcceptedBytes.push_back(mAcceptedBytes.back() + (p.accepted ? p.bytes : 0));
        mRejectedBytes.push_back(mRejectedBytes.back() + (p.accepted ? 0 : p.bytes));
    }
}

size_t Timeline::indexAt(double time) const
{
    return size_t(std::lower_bound(mTimes.begin(), mTimes.end(), time) - mTimes.begin());
}

Timeline::Bins Timeline::bins(double from, double to, int maxBins, double minWidth) const
{
    Bins b;
    if (to <= from || maxBins <= 0)
        return b;
    double width = std::max(minWidth, (to - from) / maxBins);
    // Round the width up to a multiple of the minimum (the aggregation window), so that a
    // bin is whole windows.
    if (minWidth > 0)
        width = std::ceil(width / minWidth - 1e-9) * minWidth;
    b.width = width;
    b.start = std::floor(from / width) * width;
    const int count = int(std::ceil((to - b.start) / width));
    for (auto *v : {&b.acceptedPackets, &b.rejectedPackets, &b.acceptedBytes, &b.rejectedBytes})
        v->resize(size_t(std::max(0, count)));
    size_t lo = indexAt(b.start);
    for (int i = 0; i < count; ++i) {
        const size_t hi = indexAt(b.start + (i + 1) * width);
        b.acceptedPackets[size_t(i)] = double(mAcceptedPackets[hi] - mAcceptedPackets[lo]);
        b.rejectedPackets[size_t(i)] = double(mRejectedPackets[hi] - mRejectedPackets[lo]);
        b.acceptedBytes[size_t(i)] = double(mAcceptedBytes[hi] - mAcceptedBytes[lo]);
        b.rejectedBytes[size_t(i)] = double(mRejectedBytes[hi] - mRejectedBytes[lo]);
        lo = hi;
    }
    return b;
}

qint64 Timeline::packets(bool accepted) const
{
    const std::vector<qint64> &sums = accepted ? mAcceptedPackets : mRejectedPackets;
    return sums.empty() ? 0 : sums.back(); // empty until the first setPoints
}

qint64 Timeline::bytes(bool accepted) const
{
    const std::vector<qint64> &sums = accepted ? mAcceptedBytes : mRejectedBytes;
    return sums.empty() ? 0 : sums.back();
}
