#include "backgroundwork.h"

#include <QPointer>
#include <QThread>

#include <algorithm>
#include <vector>

namespace {

std::vector<QThread *> &workers()
{
    static std::vector<QThread *> running;
    return running;
}

} // namespace

void BackgroundWork::run(QObject *owner, std::function<std::function<void()>()> work)
{
    QPointer<QObject> self(owner);
    QThread *worker = QThread::create([self, work = std::move(work)] {
        std::function<void()> done = work();
        // The owner waits for its workers before it goes, so it is there to take this;
        // a call queued to an object that was deleted since is dropped by Qt.
        QMetaObject::invokeMethod(self.data(), [self, done = std::move(done)] {
            if (self)
                done();
        });
    });
    workers().push_back(worker);
    QObject::connect(worker, &QThread::finished, worker, [worker] {
        auto &all = workers();
        all.erase(std::remove(all.begin(), all.end(), worker), all.end());
        worker->deleteLater();
    });
    worker->start(QThread::LowPriority);
}

void BackgroundWork::waitAll()
{
    for (QThread *t : workers())
        t->wait();
}
