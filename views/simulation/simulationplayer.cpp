#include "simulationplayer.h"

#include "canvasscene.h"
#include "document.h"
#include "packetoverlay.h"
#include "runbuilder.h"
#include "simulationrun.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {

/// A steady clock for the pulse of blocking objects, whatever the playback speed.
double pulsePhase()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return std::fmod(double(clock.elapsed()) / 700.0, 1.0);
}

} // namespace

SimulationPlayer::SimulationPlayer(Document *document, CanvasScene *scene, QObject *parent)
    : QObject(parent), mDocument(document), mScene(scene),
      mBuilder(new RunBuilder(
          document, [this](std::unique_ptr<SimulationRun> run) { install(std::move(run)); }, this)),
      mRecompute(new QTimer(this)), mTicker(new QTimer(this))
{
    // The run follows the document, a moment after the last edit of a burst.
    mRecompute->setSingleShot(true);
    mRecompute->setInterval(200);
    connect(mRecompute, &QTimer::timeout, this, [this] {
        if (mStale && (mBuildsAhead || mActive))
            startBuild();
    });
    connect(document, &Document::objectAdded, this, &SimulationPlayer::markStale);
    connect(document, &Document::objectRemoved, this, &SimulationPlayer::markStale);
    connect(document, &Document::propertyChanged, this, &SimulationPlayer::markStale);
    connect(document, &Document::objectRenamed, this, &SimulationPlayer::markStale);
    connect(document, &Document::designReset, this, &SimulationPlayer::markStale);
    mTicker->setInterval(33); // 30 frames a second
    connect(mTicker, &QTimer::timeout, this, [this] { advance(mTicker->interval() / 1000.0); });
}

SimulationPlayer::~SimulationPlayer() = default;

void SimulationPlayer::setScenario(const QString &scenarioId)
{
    const bool changed = scenarioId != mScenario;
    mScenario = scenarioId;
    if (changed || !hasRun() || mRun->scenario().id != scenarioId) {
        mTime = 0;
        rebuild();
    }
}

bool SimulationPlayer::hasRun() const
{
    return mRun && mRun->isValid();
}

const SimulationRun *SimulationPlayer::run()
{
    if (mStale || mBuilder->isBusy())
        rebuild();
    return mRun.get();
}

bool SimulationPlayer::isBuilding() const
{
    return mBuilder->isBusy();
}

void SimulationPlayer::setBuildsAhead(bool buildsAhead)
{
    mBuildsAhead = buildsAhead;
    if (buildsAhead && mStale)
        mRecompute->start();
}

void SimulationPlayer::markStale()
{
    mStale = true;
    mRecompute->start();
}

void SimulationPlayer::rebuild()
{
    mBuilder->cancel();
    mStale = false;
    const Object *o = mDocument->find(mScenario);
    install(o && o->kind == ObjectKind::Scenario ? std::make_unique<SimulationRun>(mDocument->design(), mScenario)
                                                 : nullptr);
}

void SimulationPlayer::startBuild()
{
    mStale = false;
    const Object *o = mDocument->find(mScenario);
    if (!o || o->kind != ObjectKind::Scenario) {
        mBuilder->cancel();
        install(nullptr);
        return;
    }
    mBuilder->request(mScenario);
    Q_EMIT building();
}

void SimulationPlayer::install(std::unique_ptr<SimulationRun> run)
{
    mRun = std::move(run);
    if (hasRun() && !mRun->capture().error.isEmpty())
        Q_EMIT statusMessage(tr("No flow-log records: %1").arg(mRun->capture().error));
    if (!hasRun() || mTime > mRun->duration())
        mTime = 0;
    if (!hasRun())
        pause();
    Q_EMIT runChanged();
    draw();
    Q_EMIT timeChanged(mTime);
}

void SimulationPlayer::setActive(bool active)
{
    if (active == mActive)
        return;
    mActive = active;
    if (!active)
        pause();
    else if (mStale)
        startBuild(); // shown when done: the switch itself stays quick on large designs
    draw();
}

double SimulationPlayer::origin() const
{
    return hasRun() ? double(mRun->scenario().start.toSecsSinceEpoch()) : 0;
}

void SimulationPlayer::setTime(double seconds)
{
    const double end = hasRun() ? mRun->duration() : 0;
    mTime = std::clamp(std::isfinite(seconds) ? seconds : 0.0, 0.0, std::max(0.0, end));
    draw();
    Q_EMIT timeChanged(mTime);
}

void SimulationPlayer::draw()
{
    PacketOverlay *overlay = mScene ? mScene->packets() : nullptr;
    if (!overlay)
        return;
    if (!hasRun() || !mActive)
        overlay->clear();
    else
        overlay->show(mRun->frameAt(mTime), pulsePhase());
}

void SimulationPlayer::play()
{
    const SimulationRun *r = run();
    if (!r || !r->isValid())
        return;
    if (mTime >= r->duration())
        setTime(0);
    if (!mTicker->isActive()) {
        mTicker->start();
        Q_EMIT playingChanged(true);
    }
}

void SimulationPlayer::pause()
{
    if (!mTicker->isActive())
        return;
    mTicker->stop();
    Q_EMIT playingChanged(false);
}

bool SimulationPlayer::isPlaying() const
{
    return mTicker->isActive();
}

void SimulationPlayer::setSpeed(double factor)
{
    mSpeed = factor > 0 && std::isfinite(factor) ? factor : 1;
}

void SimulationPlayer::advance(double realSeconds)
{
    if (!hasRun())
        return;
    const double next = mTime + realSeconds * mSpeed;
    if (next >= mRun->duration()) {
        setTime(mRun->duration());
        pause();
        return;
    }
    setTime(next);
}

int SimulationPlayer::stepForward()
{
    const SimulationRun *r = run();
    if (!r || r->events().empty())
        return -1;
    const int next = r->eventAtOrBefore(mTime + 1e-9) + 1;
    if (next >= int(r->events().size()))
        return -1;
    pause();
    setTime(r->events()[size_t(next)].time);
    return next;
}

int SimulationPlayer::stepBack()
{
    const SimulationRun *r = run();
    if (!r || r->events().empty())
        return -1;
    int at = r->eventAtOrBefore(mTime + 1e-9);
    // Events at the same moment count as one step.
    while (at > 0 && r->events()[size_t(at)].time >= mTime - 1e-9)
        --at;
    if (at < 0 || r->events()[size_t(at)].time >= mTime - 1e-9)
        return -1;
    pause();
    setTime(r->events()[size_t(at)].time);
    return at;
}
