#pragma once

#include <QtGlobal>

#include <functional>

/// Work spread over the machine's cores: the simulator's large scenarios, the reachability
/// matrix, the property tests. Items are taken in small batches from a shared counter, so
/// uneven items still keep every core busy; the calling thread works too and returns when
/// every item is done. `work` must only read shared data (the compiled network and the
/// design are immutable while it runs) and write to its own item's slot.
namespace Parallel {

/// The threads to use: the cores, or `VPC_DESIGNER_THREADS` when set (1 for the one-core
/// figures of the benchmarks).
int threads();
/// Uses `n` threads from now on (benchmarks compare one core with all).
void setThreads(int n);
/// Calls `work(i)` for every i in [0, count), `batch` items at a time per thread; on one
/// thread when there are fewer than `minimum` items.
void forEach(qsizetype count, const std::function<void(qsizetype)> &work, qsizetype batch = 64,
             qsizetype minimum = 256);

} // namespace Parallel
