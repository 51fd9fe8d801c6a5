// The simulation panel's event list and its card, and how they follow playback.

#include "canvastheme.h"
#include "simulationpanel.h"

#include "design.h"
#include "flowtablemodel.h"
#include "selection.h"
#include "simulationrun.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTextBrowser>
#include <QTreeWidget>

#include <cmath>

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

void SimulationPanel::onRunChanged()
{
    mFlows->setRun(mPlayer->currentRun());
    fillEvents();
}

void SimulationPanel::onTimeChanged(double seconds)
{
    const SimulationRun *run = mPlayer->currentRun();
    const bool valid = mPlayer->hasRun();
    const double end = valid ? run->duration() : 0;
    {
        QSignalBlocker block(mSlider);
        mSlider->setValue(end > 0 ? int(std::lround(1000 * seconds / end)) : 0);
    }
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(qint64(mPlayer->origin() + seconds), Qt::UTC);
    mClock->setText(valid ? tr("%1 s of %2 s, %3 UTC")
                                .arg(seconds, 0, 'f', 1)
                                .arg(end, 0, 'f', 0)
                                .arg(wall.toString(QStringLiteral("HH:mm:ss")))
                          : tr("no scenario"));
    // The event list follows, unless it is what moved the time.
    if (!valid || !mPlayer->isActive() || mSyncing)
        return;
    const int event = run->eventAtOrBefore(seconds + 1e-9);
    QSignalBlocker block(mEvents);
    if (QTreeWidgetItem *item = event >= 0 ? mEvents->topLevelItem(event) : nullptr) {
        mEvents->setCurrentItem(item);
        mEvents->scrollToItem(item);
    }
    if (event >= 0 && event != mCardEvent)
        showEventCard(event, false); // the card follows; the selection stays the user's
}

void SimulationPanel::fillEvents()
{
    QSignalBlocker block(mEvents);
    mEvents->clear();
    mCard->clear();
    mCardEvent = -1;
    const SimulationRun *run = mPlayer->currentRun();
    if (!mPlayer->hasRun())
        return;
    QList<QTreeWidgetItem *> items;
    const auto &events = run->events();
    items.reserve(qsizetype(events.size()));
    for (size_t i = 0; i < events.size(); ++i) {
        const PacketEvent &e = events[i];
        const FlowRun &flowRun = run->runs()[size_t(e.flow)];
        const PacketPath &p = run->path(e.flow, e.answer);
        const Hop &hop = p.hops[size_t(e.hop)];
        const HopText text = run->explain().hop(hop, flowRun.protocol);
        auto *item = new QTreeWidgetItem({QString::number(e.time, 'f', 2), flowRun.flow->id,
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

void SimulationPanel::showEventCard(int event, bool highlight)
{
    const SimulationRun *sim = mPlayer->currentRun();
    if (!mPlayer->hasRun() || event < 0 || event >= int(sim->events().size()))
        return;
    const PacketEvent &e = sim->events()[size_t(event)];
    const FlowRun &run = sim->runs()[size_t(e.flow)];
    const PacketPath &p = sim->path(e.flow, e.answer);
    const Explain &explain = sim->explain();
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
        mLogs->highlightFlow(e.flow, e.answer);
}

void SimulationPanel::stepForward()
{
    const int event = mPlayer->stepForward();
    if (event >= 0)
        showEventCard(event);
}

void SimulationPanel::stepBack()
{
    const int event = mPlayer->stepBack();
    if (event >= 0)
        showEventCard(event);
}
