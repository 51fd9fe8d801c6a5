// The moving parts of the simulation panel: playback, the event list and its card, the
// timeline and the records, and how they follow one another and the canvas.

#include "canvastheme.h"
#include "simulationpanel.h"

#include "design.h"
#include "packetoverlay.h"
#include "selection.h"
#include "simulationrun.h"
#include "timelineplot.h"

#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// A steady clock for the pulse of blocking objects, whatever the playback speed.
double pulsePhase()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return std::fmod(double(clock.elapsed()) / 700.0, 1.0);
}

} // namespace

double SimulationPanel::origin() const
{
    return mRun && mRun->isValid() ? double(mRun->scenario().start.toSecsSinceEpoch()) : 0;
}

void SimulationPanel::fillEvents()
{
    QSignalBlocker block(mEvents);
    mEvents->clear();
    mCard->clear();
    mCardEvent = -1;
    if (!mRun || !mRun->isValid())
        return;
    QList<QTreeWidgetItem *> items;
    const auto &events = mRun->events();
    items.reserve(qsizetype(events.size()));
    for (size_t i = 0; i < events.size(); ++i) {
        const PacketEvent &e = events[i];
        const FlowRun &run = mRun->runs()[size_t(e.flow)];
        const PacketPath &p = mRun->path(e.flow, e.answer);
        const Hop &hop = p.hops[size_t(e.hop)];
        const HopText text = mRun->explain().hop(hop, run.protocol);
        auto *item = new QTreeWidgetItem({QString::number(e.time, 'f', 2), run.flow->id,
                                          e.answer ? tr("answer") : tr("request"), text.at, text.kind,
                                          hop.verdict == Hop::Verdict::Block  ? tr("blocks")
                                          : hop.verdict == Hop::Verdict::Pass ? tr("passes")
                                                                              : QString()});
        item->setData(0, Qt::UserRole, int(i));
        item->setToolTip(5, text.detail);
        if (hop.verdict == Hop::Verdict::Block)
            for (int c = 0; c < 6; ++c)
                item->setForeground(c, CanvasTheme::rejectedText(mEvents->palette()));
        items.append(item);
    }
    mEvents->addTopLevelItems(items);
    for (int c = 0; c < 5; ++c)
        mEvents->resizeColumnToContents(c);
}

void SimulationPanel::fillInterfaces()
{
    const int current = mInterfaceBox->currentData().toInt();
    QSignalBlocker a(mInterfaceBox), b(mFlowBox);
    mInterfaceBox->clear();
    mInterfaceBox->addItem(tr("All interfaces"), -1);
    mFlowBox->clear();
    mFlowBox->addItem(tr("All flows"), -1);
    std::set<int> seen;
    const Network *net = nullptr;
    if (mShowImported && mLogs) {
        net = &mImportSimulator->network();
        for (int i : mReplay.recordInterface)
            if (i >= 0)
                seen.insert(i);
    } else if (mRun && mRun->isValid()) {
        net = &mRun->simulator().network();
        // The interfaces with records: those worth filtering to (a logged VPC of a large
        // design has thousands that saw nothing).
        for (const FlowLogRecord &r : mRun->capture().records)
            if (r.iface >= 0)
                seen.insert(r.iface);
        for (size_t f = 0; f < mRun->runs().size(); ++f)
            mFlowBox->addItem(mRun->runs()[f].flow->id, int(f));
    }
    for (int i : seen)
        mInterfaceBox->addItem(
            QStringLiteral("%1 (%2)").arg(net->interfaces[size_t(i)].owner->id, net->interfaces[size_t(i)].eni), i);
    mInterfaceBox->setCurrentIndex(std::max(0, mInterfaceBox->findData(current)));
}

void SimulationPanel::showImported(bool imported)
{
    mShowImported = imported && mLogs;
    {
        QSignalBlocker block(mSourceBox);
        mSourceBox->setCurrentIndex(mShowImported ? 1 : 0);
    }
    if (mShowImported)
        mRecords->showImported(mLogs.get(), &mReplay, &mImportSimulator->network());
    else
        mRecords->showSimulated(mRun.get());
    fillInterfaces();
    mRecords->setFilter(mInterfaceBox->currentData().toInt(),
                        RecordTableModel::ActionFilter(mActionBox->currentData().toInt()), mAddressEdit->text());
    updateTimeline();
}

void SimulationPanel::setInterfaceFilter(int iface)
{
    {
        QSignalBlocker block(mInterfaceBox);
        const int index = mInterfaceBox->findData(iface);
        mInterfaceBox->setCurrentIndex(std::max(0, index));
    }
    mRecords->setFilter(mInterfaceBox->currentData().toInt(),
                        RecordTableModel::ActionFilter(mActionBox->currentData().toInt()), mAddressEdit->text());
    updateTimeline();
}

void SimulationPanel::updateTimeline()
{
    std::vector<Timeline::Point> points;
    QList<TimelinePlot::Window> windows;
    double window = 60, from = 0, to = 0;
    const int iface = mInterfaceBox->currentData().toInt();
    const int flow = mFlowBox->currentData().toInt();
    if (mShowImported && mLogs) {
        points.reserve(mLogs->records.size());
        for (size_t i = 0; i < mLogs->records.size(); ++i) {
            const LogRecord &r = mLogs->records[i];
            if (r.status != LogRecord::Status::Ok || r.action == LogRecord::Action::None || r.start < 0)
                continue;
            points.push_back({double(r.start), std::max<qint64>(0, r.packets), std::max<qint64>(0, r.bytes),
                              r.action == LogRecord::Action::Accept, mReplay.recordInterface[i], -1});
        }
    } else if (mRun && mRun->isValid()) {
        std::set<std::tuple<qint64, qint64, qint64>> marks;
        window = 600;
        for (const CapturedLog &log : mRun->capture().logs)
            window = std::min<double>(window, log.interval);
        for (const FlowLogRecord &r : mRun->capture().records) {
            if ((iface >= 0 && r.iface != iface) || (flow >= 0 && r.flow != flow))
                continue;
            marks.insert({r.windowStart, r.windowEnd, r.delivered});
            if (r.status == FlowLogRecord::Status::Ok)
                points.push_back({double(r.start), r.packets, r.bytes, r.accepted, r.iface, r.flow});
        }
        for (const auto &[s, e, d] : marks)
            windows.append({double(s), double(e), double(d)});
        from = origin();
        to = origin() + std::max(1.0, mRun->duration());
    }
    mTimeline.setPoints(std::move(points));
    mTimeline.setFilter(iface, mShowImported ? -1 : flow);
    if (mShowImported && mTimeline.size() > 0) {
        from = mTimeline.first();
        to = mTimeline.last() + window;
    }
    mPlot->setTimeline(&mTimeline, window, windows);
    mPlot->setRange(from, std::max(to, from + window));
    mPlot->setCursor(origin() + mTime);
    mSummary->setText(tr("%1 records shown; %2 packets accepted, %3 rejected")
                          .arg(mRecords->rowCount())
                          .arg(mTimeline.packets(true))
                          .arg(mTimeline.packets(false)));
}

void SimulationPanel::showEventCard(int event, bool highlight)
{
    if (!mRun || event < 0 || event >= int(mRun->events().size()))
        return;
    const PacketEvent &e = mRun->events()[size_t(event)];
    const FlowRun &run = mRun->runs()[size_t(e.flow)];
    const PacketPath &p = mRun->path(e.flow, e.answer);
    const Explain &explain = mRun->explain();
    const HopText now = explain.hop(p.hops[size_t(e.hop)], run.protocol);
    QString html = QStringLiteral("<h3>%1: %2 &rarr; %3, %4</h3>")
                       .arg(esc(run.flow->id), esc(run.flow->from), esc(run.flow->to),
                            esc(Explain::traffic(run.protocol, run.port)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("The %1, hop %2 of %3, at %4 s: %5")
                             .arg(e.answer ? tr("answer") : tr("request"))
                             .arg(e.hop + 1)
                             .arg(p.count)
                             .arg(e.time, 0, 'f', 2)
                             .arg(p.delivered() ? tr("this packet is delivered") : tr("this packet is dropped"))));
    const bool blocks = p.hops[size_t(e.hop)].verdict == Hop::Verdict::Block;
    html += QStringLiteral("<p style='font-size:large;%1'><b>%2</b> (%3): %4</p>")
                .arg(blocks ? QStringLiteral("color:#c82828") : QString(), esc(now.at), esc(now.kind), esc(now.detail));
    QStringList blockers;
    for (int h = 0; h < p.count; ++h)
        if (p.hops[size_t(h)].verdict == Hop::Verdict::Block) {
            const HopText t = explain.hop(p.hops[size_t(h)], run.protocol);
            blockers.append(QStringLiteral("<li><b>%1</b> (%2): %3</li>").arg(esc(t.at), esc(t.kind), esc(t.detail)));
        }
    if (!blockers.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                    .arg(esc(tr("Every setting that blocks it:")), blockers.join(QString()));
    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(esc(tr("The whole way:")));
    for (int h = 0; h < p.count; ++h) {
        const HopText t = explain.hop(p.hops[size_t(h)], run.protocol);
        const bool block = p.hops[size_t(h)].verdict == Hop::Verdict::Block;
        QString line = QStringLiteral("%1 (%2): %3").arg(esc(t.at), esc(t.kind), esc(t.detail));
        if (block)
            line = QStringLiteral("<span style='color:#c82828'>%1</span>").arg(line);
        if (h == e.hop)
            line = QStringLiteral("<b>%1</b>").arg(line);
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    html += QStringLiteral("</ol>");
    mCard->setHtml(html);
    mCardEvent = event;
    if (highlight)
        highlightFlow(e.flow, e.answer);
}

void SimulationPanel::highlightFlow(int flow, bool answer)
{
    if (!mRun || flow < 0 || !mActive)
        return;
    mSyncing = true;
    mSelection->set(mRun->pathObjects(flow, answer));
    mSyncing = false;
}

void SimulationPanel::setActive(bool active)
{
    if (active == mActive)
        return;
    mActive = active;
    if (!active)
        pause();
    else if (mStale)
        startBuild(); // shown when done: the switch itself stays quick on large designs
    updatePlayback();
}

void SimulationPanel::setTime(double seconds)
{
    const double end = mRun && mRun->isValid() ? mRun->duration() : 0;
    mTime = std::clamp(seconds, 0.0, std::max(0.0, end));
    updatePlayback();
}

void SimulationPanel::updatePlayback()
{
    const bool valid = mRun && mRun->isValid();
    const double end = valid ? mRun->duration() : 0;
    {
        QSignalBlocker block(mSlider);
        mSlider->setValue(end > 0 ? int(std::lround(1000 * mTime / end)) : 0);
    }
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(qint64(origin() + mTime), Qt::UTC);
    mClock->setText(valid ? tr("%1 s of %2 s, %3 UTC")
                                .arg(mTime, 0, 'f', 1)
                                .arg(end, 0, 'f', 0)
                                .arg(wall.toString(QStringLiteral("HH:mm:ss")))
                          : tr("no scenario"));
    mPlot->setCursor(origin() + mTime);
    PacketOverlay *overlay = mScene ? mScene->packets() : nullptr;
    if (!overlay)
        return;
    if (!valid || !mActive) {
        overlay->clear();
        return;
    }
    overlay->show(mRun->frameAt(mTime), pulsePhase());
    // The event list follows, unless it is what moved the time.
    if (!mSyncing) {
        const int event = mRun->eventAtOrBefore(mTime + 1e-9);
        QSignalBlocker block(mEvents);
        if (QTreeWidgetItem *item = event >= 0 ? mEvents->topLevelItem(event) : nullptr) {
            mEvents->setCurrentItem(item);
            mEvents->scrollToItem(item);
        }
        if (event >= 0 && event != mCardEvent)
            showEventCard(event, false); // the card follows; the selection stays the user's
    }
}

void SimulationPanel::play()
{
    const SimulationRun *r = run();
    if (!r || !r->isValid())
        return;
    if (mTime >= r->duration())
        mTime = 0;
    mTicker->start();
    mPlay->setText(tr("Pause"));
    Q_EMIT playingChanged(true);
}

void SimulationPanel::pause()
{
    const bool was = mTicker->isActive();
    mTicker->stop();
    mPlay->setText(tr("Play"));
    if (was)
        Q_EMIT playingChanged(false);
}

bool SimulationPanel::isPlaying() const
{
    return mTicker->isActive();
}

void SimulationPanel::setSpeed(double factor)
{
    mSpeed = factor > 0 ? factor : 1;
}

void SimulationPanel::advance(double realSeconds)
{
    if (!mRun || !mRun->isValid())
        return;
    const double next = mTime + realSeconds * mSpeed;
    if (next >= mRun->duration()) {
        setTime(mRun->duration());
        pause();
        return;
    }
    setTime(next);
}

void SimulationPanel::stepForward()
{
    const SimulationRun *r = run();
    if (!r || r->events().empty())
        return;
    const int next = r->eventAtOrBefore(mTime + 1e-9) + 1;
    if (next >= int(r->events().size()))
        return;
    pause();
    setTime(r->events()[size_t(next)].time);
    showEventCard(next);
}

void SimulationPanel::stepBack()
{
    const SimulationRun *r = run();
    if (!r || r->events().empty())
        return;
    int at = r->eventAtOrBefore(mTime + 1e-9);
    // Events at the same moment count as one step.
    while (at > 0 && r->events()[size_t(at)].time >= mTime - 1e-9)
        --at;
    if (at < 0 || r->events()[size_t(at)].time >= mTime - 1e-9)
        return;
    pause();
    setTime(r->events()[size_t(at)].time);
    showEventCard(at);
}

void SimulationPanel::onRecordSelected()
{
    const int record = mRecords->recordAt(mRecordsView->currentIndex().row());
    if (record < 0)
        return;
    mPlot->setCursor(double(mRecords->startOf(record)));
    const int flow = mRecords->flowOf(record);
    if (flow >= 0 && mRun && mRun->isValid()) {
        const FlowLogRecord &r = mRun->capture().records[size_t(record)];
        highlightFlow(flow, r.answer);
        const Flow &f = *mRun->runs()[size_t(flow)].flow;
        // Playback goes to the moment the record covers, within the flow.
        mSyncing = true;
        setTime(std::clamp(double(r.start) - origin(), f.start, f.start + f.duration));
        mSyncing = false;
        mPlot->setCursor(double(r.start));
    } else if (const int iface = mRecords->interfaceOf(record); iface >= 0 && mShowImported) {
        mSyncing = true;
        mSelection->set({mImportSimulator->network().interfaces[size_t(iface)].owner->id}, true);
        mSyncing = false;
    }
}

void SimulationPanel::selectRecord(int record)
{
    const int row = mRecords->rowOf(record);
    if (row < 0)
        return;
    mRecordsView->setCurrentIndex(mRecords->index(row, 0));
    mRecordsView->scrollTo(mRecords->index(row, 0));
}

void SimulationPanel::onPlotClicked(double unixTime)
{
    // The first record shown that starts in the clicked bin's window, or after it.
    int best = -1;
    qint64 bestStart = 0;
    for (int row = 0; row < mRecords->rowCount(); ++row) {
        const int record = mRecords->recordAt(row);
        const qint64 start = mRecords->startOf(record);
        if (double(start) + 60 < unixTime)
            continue;
        if (best < 0 || start < bestStart) {
            best = record;
            bestStart = start;
        }
    }
    if (!mShowImported && mRun && mRun->isValid()) {
        mSyncing = true;
        setTime(unixTime - origin());
        mSyncing = false;
    }
    mPlot->setCursor(unixTime);
    if (best >= 0)
        selectRecord(best);
}

void SimulationPanel::onCanvasSelection(const QStringList &ids)
{
    if (mSyncing || ids.size() != 1)
        return;
    const Network *net = mShowImported && mImportSimulator ? &mImportSimulator->network()
                         : mRun && mRun->isValid()         ? &mRun->simulator().network()
                                                           : nullptr;
    if (!net)
        return;
    const int iface = net->interfaceOf(ids.front());
    if (iface >= 0 && mInterfaceBox->findData(iface) >= 0)
        setInterfaceFilter(iface);
}
