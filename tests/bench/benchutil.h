#pragma once

// Small helpers the benchmarks share: nanoseconds to milliseconds, and order statistics.

#include <QtGlobal>

#include <algorithm>
#include <vector>

inline double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

inline double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}

inline double maximum(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}
