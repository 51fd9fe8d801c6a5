#include "parallel.h"

#include <QtGlobal>

#include <atomic>
#include <thread>
#include <vector>

namespace {

std::atomic<int> &chosen()
{
    static std::atomic<int> n = [] {
        bool ok = false;
        const int forced = qEnvironmentVariableIntValue("VPC_DESIGNER_THREADS", &ok);
        if (ok && forced > 0)
            return std::min(forced, 256);
        return std::max(1, int(std::thread::hardware_concurrency()));
    }();
    return n;
}

} // namespace

int Parallel::threads()
{
    return chosen().load(std::memory_order_relaxed);
}

void Parallel::setThreads(int n)
{
    chosen().store(std::clamp(n, 1, 256), std::memory_order_relaxed);
}

void Parallel::forEach(qsizetype count, const std::function<void(qsizetype)> &work, qsizetype batch, qsizetype minimum)
{
    const int n = count < minimum ? 1 : int(std::min<qsizetype>(threads(), (count + batch - 1) / batch));
    if (n <= 1) {
        for (qsizetype i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::atomic<qsizetype> next{0};
    const auto run = [&] {
        for (;;) {
            const qsizetype begin = next.fetch_add(batch, std::memory_order_relaxed);
            if (begin >= count)
                return;
            const qsizetype end = std::min(count, begin + batch);
            for (qsizetype i = begin; i < end; ++i)
                work(i);
        }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(size_t(n - 1));
    for (int t = 1; t < n; ++t)
        helpers.emplace_back(run);
    run();
    for (std::thread &t : helpers)
        t.join();
}
