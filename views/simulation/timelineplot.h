#pragma once

#include "timeline.h"

#include <QWidget>

class QCPBars;
class QCPItemStraightLine;
class QCustomPlot;
class QTimer;

/// Packets per aggregation window, accepted (green) and rejected (red, stacked), over
/// time, with the capture windows and the delivery times of the records marked (flow logs
/// are not real time), a cursor at the playback time, zoom and pan on the time axis.
/// Bins adapt to the zoom: never more than about one per three pixels, never narrower
/// than a window.
class TimelinePlot : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePlot(QWidget *parent = nullptr);

    /// The data: a timeline in Unix seconds, its aggregation window (seconds), and the
    /// records' (window start, window end, delivered) to mark.
    struct Window
    {
        double start, end, delivered;
    };
    void setTimeline(const Timeline *timeline, double window, const QList<Window> &windows);
    /// Shows [from, to] (Unix seconds).
    void setRange(double from, double to);
    QPair<double, double> range() const;
    void setCursor(double time);
    /// How the time axis is labelled: the clock in UTC (as flow logs write it), the local
    /// clock, or the time since the timeline's first record.
    enum class TimeUnits { Utc, Local, Elapsed };
    void setTimeUnits(TimeUnits units);
    TimeUnits timeUnits() const { return mUnits; }
    /// The units new plots start with (Preferences ▸ Timeline).
    static void setDefaultTimeUnits(TimeUnits units);
    static TimeUnits defaultTimeUnits();
    /// Plots bytes instead of packets.
    void setBytes(bool bytes);
    bool showsBytes() const { return mBytes; }
    double cursor() const { return mCursorTime; }

    /// The plotted sums (packets or bytes, as shown), for tests and the status line.
    double plottedPackets(bool accepted) const;
    int binCount() const { return mBinCount; }
    /// Redraws for the current range (bins recomputed); returns the milliseconds taken.
    double redraw();
    bool savePng(const QString &path);
    QCustomPlot *plot() const { return mPlot; }

Q_SIGNALS:
    /// The user clicked the plot at this time.
    void timeClicked(double time);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Background, axes, grid and legend in the palette's colours (light or dark).
    void applyPalette();
    void rebin();
    void markWindows();

    QCustomPlot *mPlot;
    QCPBars *mAccepted;
    QCPBars *mRejected;
    QCPItemStraightLine *mCursor;
    const Timeline *mTimeline = nullptr;
    double mWindow = 60;
    QList<Window> mWindows;
    double mCursorTime = 0;
    int mBinCount = 0;
    bool mRebinning = false;
    bool mBytes = false;
    TimeUnits mUnits = TimeUnits::Utc;
};
