#include "runbuilder.h"

#include "designsnapshot.h"
#include "simulationrun.h"

#include <QTimer>

namespace {

/// A slice of copying the design: well under a frame.
constexpr double SliceMs = 3;

} // namespace

RunBuilder::RunBuilder(Document *document, Done done, QObject *parent)
    : QObject(parent), mDocument(document), mSnapshot(DesignSnapshot::of(document)), mDone(std::move(done))
{
    mPool.setMaxThreadCount(1);
}

RunBuilder::~RunBuilder()
{
    cancel();
    mPool.waitForDone();
}

void RunBuilder::request(const QString &scenarioId)
{
    mScenario = scenarioId;
    mBusy = true;
    const quint64 job = ++mJob;
    QTimer::singleShot(0, this, [this, job] { slice(job); });
}

void RunBuilder::cancel()
{
    ++mJob;
    mBusy = false;
}

void RunBuilder::slice(quint64 job)
{
    if (job != mJob)
        return; // a newer request, or a cancel
    if (!mSnapshot->refresh(SliceMs)) {
        QTimer::singleShot(0, this, [this, job] { slice(job); });
        return;
    }
    const std::shared_ptr<const DesignSnapshot::Frozen> frozen = mSnapshot->take();
    const QString scenario = mScenario;
    mPool.clear(); // builds not yet started are moot
    mPool.start([this, frozen, scenario, job] {
        if (job != mJob)
            return;
        auto run = std::make_shared<std::unique_ptr<SimulationRun>>(
            std::make_unique<SimulationRun>(frozen->assemble(), scenario));
        QMetaObject::invokeMethod(
            this,
            [this, run, job] {
                if (job != mJob)
                    return;
                mBusy = false;
                mDone(std::move(*run));
            },
            Qt::QueuedConnection);
    });
}
