// Simulation panel benchmark: importing a million flow-log records into the panel (parse,
// replay onto the design, table and timeline), redrawing the timeline while zooming and
// panning, and the cost of a playback frame on the bundled examples (advance, packets,
// canvas repaint). Baselines in the same run: a linear re-binning of every record, and
// the canvas repaint without packets. Not a test: no timed asserts.
//
//   bench_panel [--records 1000000] [--vpcs 200] [--frames 300]

#include "benchutil.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "designformat.h"
#include "document.h"
#include "mainwindow.h"
#include "packetoverlay.h"
#include "recordtablemodel.h"
#include "selection.h"
#include "simulationpanel.h"
#include "simulationrun.h"
#include "simulator.h"
#include "syntheticdesign.h"
#include "timelineplot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

/// A day of default-format records about the design's interfaces, per VPC as flow-log
/// files come, a tenth of them REJECT.
QByteArray makeRecords(const Design &design, qint64 count)
{
    const Simulator sim(design);
    const Network &net = sim.network();
    std::vector<std::vector<int>> byVpc(net.vpcs.size());
    for (size_t i = 0; i < net.interfaces.size(); ++i)
        byVpc[size_t(net.interfaces[i].vpc)].push_back(int(i));
    QRandomGenerator rng(11);
    QByteArray text = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start "
                      "end action log-status\n";
    text.reserve(count * 110);
    const qint64 day = 86400, t0 = 1795651200; // 2026-11-26 00:00 UTC
    for (qint64 i = 0; i < count; ++i) {
        const std::vector<int> &pool = byVpc[size_t(i / 2000) % byVpc.size()];
        const Network::Interface &x = net.interfaces[size_t(pool[rng.bounded(quint32(pool.size()))])];
        const bool in = rng.bounded(2) == 0;
        const QByteArray other = "203.0.113." + QByteArray::number(rng.bounded(256));
        const QByteArray self = x.privateV4.toString().toLatin1();
        const qint64 start = t0 + (i * day) / count;
        text += "2 111122223333 " + x.eni.toLatin1() + ' ' + (in ? other : self) + ' ' + (in ? self : other) + ' ' +
                QByteArray::number(32768 + rng.bounded(28000)) + " 443 6 " + QByteArray::number(1 + rng.bounded(50)) +
                ' ' + QByteArray::number(40 + rng.bounded(50000)) + ' ' + QByteArray::number(start) + ' ' +
                QByteArray::number(start + 60) + (rng.bounded(10) == 0 ? " REJECT OK\n" : " ACCEPT OK\n");
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qint64 records = 1000000;
    int vpcs = 200, frames = 300;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--records"))
            records = args.value(++i).toLongLong();
        else if (args[i] == QLatin1String("--vpcs"))
            vpcs = args.value(++i).toInt();
        else if (args[i] == QLatin1String("--frames"))
            frames = args.value(++i).toInt();
    }

    // 1. Import.
    {
        auto design = makeSyntheticDesign({vpcs, false});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("records.log"));
        {
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(makeRecords(*design, records));
        }
        Document document(std::move(design), QString());
        MainWindow window(&document);
        window.resize(1600, 1000);
        window.show();
        window.showDock(QStringLiteral("SimulationDock"));
        SimulationPanel *panel = window.simulationPanel();
        panel->tabs()->setCurrentIndex(1);
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        QString error;
        const bool ok = panel->importLogs({path}, &error);
        const double importMs = ms(t.nsecsElapsed());
        t.restart();
        QApplication::processEvents(); // the table and plot show
        const double showMs = ms(t.nsecsElapsed());
        std::printf("import of %lld records (%.0f MB, %d VPCs): %s in %.0f ms, shown in %.0f ms more; %d rows\n",
                    (long long)records, double(QFile(path).size()) / 1e6, vpcs, ok ? "done" : qPrintable(error),
                    importMs, showMs, panel->records()->rowCount());

        // 2. Timeline redraw while zooming in, panning, zooming out.
        TimelinePlot *plot = panel->timeline();
        const auto [from, to] = plot->range();
        std::vector<double> zoom, pan;
        double lo = from, hi = to;
        for (int i = 0; i < 12; ++i) { // zoom in towards the middle
            const double mid = (lo + hi) / 2, half = (hi - lo) / 2 * 0.7;
            lo = mid - half;
            hi = mid + half;
            plot->setRange(lo, hi);
            zoom.push_back(plot->redraw());
        }
        for (int i = 0; i < 40; ++i) { // pan right by a tenth
            const double step = (hi - lo) / 10;
            lo += step;
            hi += step;
            plot->setRange(lo, hi);
            pan.push_back(plot->redraw());
        }
        for (int i = 0; i < 12; ++i) { // and all the way out
            const double mid = (lo + hi) / 2, half = (hi - lo) / 2 / 0.7;
            lo = mid - half;
            hi = mid + half;
            plot->setRange(lo, hi);
            zoom.push_back(plot->redraw());
        }
        // Baseline: binning every record by one pass, the simple way.
        std::vector<double> naive;
        const Timeline &data = panel->timelineData();
        (void)data;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            std::vector<double> bins(size_t(plot->binCount() + 1), 0.0);
            const double width = (to - from) / std::max(1, plot->binCount());
            double sum = 0;
            for (qint64 k = 0; k < records; ++k) { // what a pass over the records costs
                const double x = from + double(k) * (to - from) / double(records);
                bins[size_t(std::clamp<qint64>(qint64((x - from) / width), 0, plot->binCount()))] += 1;
            }
            for (double b : bins)
                sum += b;
            naive.push_back(ms(t.nsecsElapsed()) + sum * 0);
        }
        std::printf("timeline redraw (bins and replot): zoom median %.1f ms, max %.1f ms; pan median %.1f ms, max "
                    "%.1f ms; %d bins at the end\n",
                    median(zoom), maximum(zoom), median(pan), maximum(pan), plot->binCount());
        std::printf("baseline, one linear pass over the records per redraw (no replot): %.1f ms\n", median(naive));
    }

    // 3. Playback frames on the bundled examples.
    for (const char *example : {"peered-web.yaml", "three-tier.yaml"}) {
        Document document;
        MainWindow window(&document);
        window.resize(1600, 1000);
        window.show();
        window.openBundledExample(QString::fromLatin1(example));
        window.showDock(QStringLiteral("SimulationDock"));
        QApplication::processEvents();
        window.canvas()->fitToWindow();
        SimulationPanel *panel = window.simulationPanel();
        const SimulationRun *run = panel->run();
        QWidget *viewport = window.canvas()->viewport();
        QImage frame(viewport->size(), QImage::Format_ARGB32_Premultiplied);
        std::vector<double> withPackets, without;
        int shown = 0;
        panel->setTime(0);
        for (int i = 0; i < frames; ++i) {
            QElapsedTimer t;
            t.start();
            panel->advance(1.0 / 30); // what the timer does each frame, at 1x
            QPainter p(&frame);
            window.canvas()->render(&p, QRectF(frame.rect()), viewport->rect());
            p.end();
            withPackets.push_back(ms(t.nsecsElapsed()));
            shown = std::max(shown, panel->overlay()->packetCount());
        }
        panel->overlay()->clear();
        for (int i = 0; i < frames; ++i) {
            QElapsedTimer t;
            t.start();
            QPainter p(&frame);
            window.canvas()->render(&p, QRectF(frame.rect()), viewport->rect());
            p.end();
            without.push_back(ms(t.nsecsElapsed()));
        }
        std::printf("playback on %s (%zu flows, %zu events): a frame %.1f ms median, %.1f ms max (%.0f frames/s "
                    "possible), up to %d packets; the canvas alone %.1f ms\n",
                    example, run->runs().size(), run->events().size(), median(withPackets), maximum(withPackets),
                    1000.0 / std::max(0.001, median(withPackets)), shown, median(without));
    }
    return 0;
}
