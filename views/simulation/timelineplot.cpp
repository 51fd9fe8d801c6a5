#include "timelineplot.h"

#include <QElapsedTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

TimelinePlot::TimeUnits defaultUnits = TimelinePlot::TimeUnits::Utc;

/// Labels ticks as the time since an origin: "+45 s", "+2:05", "+1:02:05".
/// Steps as a clock's (1, 2, 5, 10, 15, 30 s, 1, 2, 5 min ...), counted from the origin.
class ElapsedTicker : public QCPAxisTickerTime
{
public:
    explicit ElapsedTicker(double origin) : mOrigin(origin) {}

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override
    {
        QVector<double> ticks;
        if (tickStep <= 0)
            return ticks;
        for (double t = mOrigin + std::floor((range.lower - mOrigin) / tickStep) * tickStep;
             t <= range.upper + tickStep; t += tickStep)
            ticks.append(t);
        return ticks;
    }
    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override
    {
        const double since = tick - mOrigin;
        const qint64 s = qint64(std::llround(std::abs(since)));
        const QString sign = since < -0.5 ? QStringLiteral("-") : QStringLiteral("+");
        if (s < 60)
            return sign + TimelinePlot::tr("%1 s").arg(locale.toString(s));
        const QString mmss = QStringLiteral("%1:%2").arg((s / 60) % 60).arg(s % 60, 2, 10, QLatin1Char('0'));
        return sign +
               (s < 3600 ? mmss : QStringLiteral("%1:%2").arg(s / 3600).arg(mmss.rightJustified(5, QLatin1Char('0'))));
    }

private:
    double mOrigin;
};

} // namespace

TimelinePlot::TimelinePlot(QWidget *parent) : QWidget(parent), mPlot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mPlot);
    mPlot->setMinimumHeight(160);
    mPlot->setNoAntialiasingOnDrag(true);

    mAccepted = new QCPBars(mPlot->xAxis, mPlot->yAxis);
    mAccepted->setName(tr("accepted packets"));
    mAccepted->setPen(Qt::NoPen);
    mAccepted->setBrush(QColor(22, 150, 60, 200));
    mRejected = new QCPBars(mPlot->xAxis, mPlot->yAxis);
    mRejected->setName(tr("rejected packets"));
    mRejected->setPen(Qt::NoPen);
    mRejected->setBrush(QColor(215, 40, 40, 200));
    mRejected->moveAbove(mAccepted);

    setTimeUnits(defaultUnits);
    mPlot->yAxis->setLabel(tr("packets"));
    mPlot->legend->setVisible(true);
    mPlot->legend->setFont(font());
    mPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    mCursor = new QCPItemStraightLine(mPlot);
    mCursor->setPen(QPen(QColor(40, 80, 200), 2));
    mCursor->point1->setCoords(0, 0);
    mCursor->point2->setCoords(0, 1);

    // Zoom and pan the time axis only; the packet axis follows the data.
    mPlot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    mPlot->axisRect()->setRangeDrag(Qt::Horizontal);
    mPlot->axisRect()->setRangeZoom(Qt::Horizontal);
    connect(mPlot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        if (!mRebinning)
            rebin();
    });
    applyPalette();
    connect(mPlot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier)
            Q_EMIT timeClicked(mPlot->xAxis->pixelToCoord(event->position().x()));
    });
}

void TimelinePlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        mPlot->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

void TimelinePlot::applyPalette()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::WindowText);
    QColor grid = p.color(QPalette::Mid);
    grid.setAlpha(140);
    mPlot->setBackground(p.brush(QPalette::Base));
    mPlot->axisRect()->setBackground(p.brush(QPalette::Base));
    for (QCPAxis *axis : {mPlot->xAxis, mPlot->yAxis, mPlot->xAxis2, mPlot->yAxis2}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(grid));
    }
    mPlot->legend->setBrush(p.brush(QPalette::Base));
    mPlot->legend->setBorderPen(QPen(p.color(QPalette::Mid)));
    mPlot->legend->setTextColor(text);
    const bool dark = p.color(QPalette::Window).lightnessF() < 0.5;
    mCursor->setPen(QPen(dark ? QColor(110, 160, 255) : QColor(40, 80, 200), 2));
}

void TimelinePlot::setTimeline(const Timeline *timeline, double window, const QList<Window> &windows)
{
    mTimeline = timeline;
    mWindow = window > 0 ? window : 60;
    mWindows = windows;
    if (mUnits == TimeUnits::Elapsed)
        setTimeUnits(mUnits); // from the new timeline's first record
    rebin();
}

void TimelinePlot::setRange(double from, double to)
{
    if (to <= from)
        to = from + mWindow;
    mRebinning = true;
    mPlot->xAxis->setRange(from, to);
    mRebinning = false;
    rebin();
}

QPair<double, double> TimelinePlot::range() const
{
    return {mPlot->xAxis->range().lower, mPlot->xAxis->range().upper};
}

void TimelinePlot::setCursor(double time)
{
    mCursorTime = time;
    mCursor->point1->setCoords(time, 0);
    mCursor->point2->setCoords(time, 1);
    mPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::setDefaultTimeUnits(TimeUnits units)
{
    defaultUnits = units;
}

TimelinePlot::TimeUnits TimelinePlot::defaultTimeUnits()
{
    return defaultUnits;
}

void TimelinePlot::setTimeUnits(TimeUnits units)
{
    mUnits = units;
    if (units == TimeUnits::Elapsed) {
        mPlot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new ElapsedTicker(mTimeline ? mTimeline->first() : 0)));
        mPlot->xAxis->setLabel(tr("time since the first record"));
    } else {
        QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
        ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
        ticker->setDateTimeSpec(units == TimeUnits::Utc ? Qt::UTC : Qt::LocalTime);
        mPlot->xAxis->setTicker(ticker);
        mPlot->xAxis->setLabel(units == TimeUnits::Utc ? tr("capture time (UTC)") : tr("capture time (local)"));
    }
    mPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::setBytes(bool bytes)
{
    mBytes = bytes;
    mAccepted->setName(bytes ? tr("accepted bytes") : tr("accepted packets"));
    mRejected->setName(bytes ? tr("rejected bytes") : tr("rejected packets"));
    mPlot->yAxis->setLabel(bytes ? tr("bytes") : tr("packets"));
    rebin();
}

void TimelinePlot::rebin()
{
    QVector<double> keys, accepted, rejected;
    mBinCount = 0;
    if (mTimeline && mTimeline->size() > 0) {
        const QCPRange r = mPlot->xAxis->range();
        const int maxBins = std::max(10, mPlot->axisRect()->width() / 3);
        const Timeline::Bins b = mTimeline->bins(r.lower, r.upper, maxBins, mWindow);
        mBinCount = b.size();
        keys.reserve(b.size());
        for (int i = 0; i < b.size(); ++i) {
            keys.append(b.start + (i + 0.5) * b.width);
            accepted.append((mBytes ? b.acceptedBytes : b.acceptedPackets)[size_t(i)]);
            rejected.append((mBytes ? b.rejectedBytes : b.rejectedPackets)[size_t(i)]);
        }
        mAccepted->setWidth(b.width * 0.9);
        mRejected->setWidth(b.width * 0.9);
    }
    mAccepted->setData(keys, accepted, true);
    mRejected->setData(keys, rejected, true);
    double top = 1;
    for (int i = 0; i < keys.size(); ++i)
        top = std::max(top, accepted[i] + rejected[i]);
    mPlot->yAxis->setRange(0, top * 1.15);
    markWindows();
    mPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelinePlot::markWindows()
{
    // Capture windows as light bands and the moments their records are delivered as
    // dashed lines, for the windows in view (when few enough to read).
    for (int i = mPlot->itemCount() - 1; i >= 0; --i)
        if (mPlot->item(i) != mCursor)
            mPlot->removeItem(i);
    const QCPRange r = mPlot->xAxis->range();
    QList<Window> shown;
    for (const Window &w : mWindows)
        if (w.end >= r.lower && w.start <= r.upper)
            shown.append(w);
    if (shown.size() > 60)
        return;
    for (const Window &w : shown) {
        auto *band = new QCPItemRect(mPlot);
        band->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
        band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        band->topLeft->setCoords(w.start, 0);
        band->bottomRight->setCoords(w.end, 1);
        band->setPen(QPen(QColor(120, 120, 160, 90)));
        band->setBrush(QColor(120, 120, 200, 18));
        band->setLayer(QStringLiteral("background"));
        auto *delivered = new QCPItemStraightLine(mPlot);
        delivered->setPen(QPen(QColor(230, 140, 20), 1.5, Qt::DashLine));
        delivered->point1->setCoords(w.delivered, 0);
        delivered->point2->setCoords(w.delivered, 1);
        delivered->setLayer(QStringLiteral("background"));
    }
}

double TimelinePlot::redraw()
{
    QElapsedTimer t;
    t.start();
    rebin();
    mPlot->replot(QCustomPlot::rpImmediateRefresh);
    return double(t.nsecsElapsed()) / 1e6;
}

double TimelinePlot::plottedPackets(bool accepted) const
{
    double sum = 0;
    for (auto it = (accepted ? mAccepted : mRejected)->data()->constBegin();
         it != (accepted ? mAccepted : mRejected)->data()->constEnd(); ++it)
        sum += it->value;
    return sum;
}

bool TimelinePlot::savePng(const QString &path)
{
    return mPlot->savePng(path, 0, 0, 1.0);
}
