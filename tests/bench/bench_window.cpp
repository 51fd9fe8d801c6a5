// Window benchmark: startup to a usable window on the bundled example; the design /
// simulation toggle on a design of about 20,000 items with a scenario; and how long a
// recovery copy of the 2,000-VPC design holds up the event loop, against the event loop
// doing nothing and against copying the design whole. Not a test.
//
//   bench_window [--vpcs 345] [--autosave-vpcs 2000] [--runs 7]

#include "autosaver.h"
#include "benchutil.h"
#include "canvasview.h"
#include "document.h"
#include "mainwindow.h"
#include "propertycommand.h"
#include "simulationpanel.h"
#include "syntheticdesign.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <vector>

namespace {

/// Adds a scenario of `count` flows between instances of different VPCs, as a user's
/// working set would be.
void addScenario(Design &design, int count)
{
    auto scenario = std::make_unique<Scenario>();
    scenario->id = QStringLiteral("bench");
    QStringList instances;
    for (const Vpc *v : design.vpcs())
        if (!v->instances.empty())
            instances.append(v->instanceList().at(0)->id);
    for (int i = 0; i < count && instances.size() > 1; ++i) {
        auto flow = std::make_unique<Flow>();
        flow->id = QStringLiteral("flow-%1").arg(i);
        flow->from = instances[i % instances.size()];
        flow->to =
            i % 3 == 0 ? QStringLiteral("198.51.100.%1").arg(i % 250 + 1) : instances[(i * 7 + 1) % instances.size()];
        flow->port = 443;
        flow->duration = 120;
        flow->parent = scenario.get();
        scenario->flows.push_back(std::move(flow));
    }
    ObjectPtr object = std::move(scenario);
    design.insert(nullptr, object);
}

/// The longest the event loop went without serving a 1 ms timer, while `until` is false
/// (at most `limitMs`): what a user's input would have waited at worst.
double longestGap(const std::function<bool()> &until, int limitMs)
{
    QElapsedTimer clock, total;
    clock.start();
    total.start();
    double worst = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        worst = std::max(worst, ms(clock.nsecsElapsed()));
        clock.restart();
    });
    tick.start();
    while (!until() && total.elapsed() < limitMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    // What the condition's last step set off (a result shown) counts too.
    QElapsedTimer after;
    after.start();
    while (after.elapsed() < 50)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return worst;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings and recovery copies apart from the user's
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VPC Designer Bench"));
    QCoreApplication::setApplicationName(QStringLiteral("vpc-designer"));
    int vpcs = 345, autosaveVpcs = 2000, runs = 7;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--vpcs"))
            vpcs = args.value(++i).toInt();
        else if (args[i] == QLatin1String("--autosave-vpcs"))
            autosaveVpcs = args.value(++i).toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args.value(++i).toInt();
    }

    // 1. Startup: the process with its libraries (--version exits before any window),
    //    then in the process: the window built, the example opened, the first frame drawn.
    {
        std::vector<double> launch, window;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            QProcess p;
            p.start(QStringLiteral(VPC_DESIGNER_BINARY), {QStringLiteral("--version")});
            p.waitForFinished();
            launch.push_back(ms(t.nsecsElapsed()));
            t.restart();
            Document document;
            MainWindow w(&document);
            w.resize(1440, 900);
            w.openBundledExample();
            w.show();
            if (!QTest::qWaitForWindowExposed(&w))
                return 1;
            w.canvas()->viewport()->repaint();
            QCoreApplication::processEvents();
            window.push_back(ms(t.nsecsElapsed()));
        }
        printf("startup: process with its libraries %.0f ms (median; max %.0f); window, example "
               "and first frame "
               "%.0f ms (median; max %.0f); together %.0f ms\n",
               median(launch), maximum(launch), median(window), maximum(window), median(launch) + median(window));
    }

    // 2. The toggle on a large design with a scenario.
    {
        auto design = makeSyntheticDesign({vpcs});
        addScenario(*design, 60);
        Document document(std::move(design), QString());
        MainWindow w(&document);
        w.resize(1440, 900);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return 1;
        w.canvas()->fitToWindow();
        QCoreApplication::processEvents();
        qsizetype items = 0;
        document.design().forEachObject([&](Object &o) { items += o.kind != ObjectKind::Flow; });
        std::vector<double> on, off, frame, arrive, held;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            w.canvas()->viewport()->repaint();
            frame.push_back(ms(t.nsecsElapsed()));
            // Each time on a changed design, so that the run is computed again.
            document.undoStack()->push(
                new ChangePropertyCommand(&document, QStringLiteral("flow-0"), QStringLiteral("port"), 8000 + r));
            QCoreApplication::processEvents();
            // The switch: the mode changes, the docks and the canvas are laid out and drawn.
            t.restart();
            w.setSimulationMode(true);
            QCoreApplication::sendPostedEvents(); // layout, not timers
            w.repaint();
            on.push_back(ms(t.nsecsElapsed()));
            // The run, built meanwhile in slices and on a worker, arrives.
            t.restart();
            held.push_back(longestGap([&] { return !w.simulationPanel()->isBuilding(); }, 60000));
            arrive.push_back(ms(t.nsecsElapsed()));
            t.restart();
            w.setSimulationMode(false);
            QCoreApplication::sendPostedEvents();
            w.repaint();
            off.push_back(ms(t.nsecsElapsed()));
            QCoreApplication::processEvents();
        }
        if (getenv("BENCH_VERBOSE"))
            for (size_t i = 0; i < on.size(); ++i)
                printf("  run %zu: on %.1f ms, off %.1f ms, held %.1f ms\n", i, on[i], off[i], held[i]);
        printf("toggle (%d VPCs, %lld objects, 60 flows): to simulation %.1f ms (median; max "
               "%.1f), to design %.1f ms "
               "(median; max %.1f); the run arrives %.0f ms later (median), the event loop held up "
               "at most %.1f ms "
               "meanwhile; one full repaint of the canvas alone %.1f ms\n",
               vpcs, qlonglong(items), median(on), maximum(on), median(off), maximum(off), median(arrive),
               maximum(held), median(frame));
    }

    // 3. A recovery copy of a large design, with the event loop measured meanwhile.
    {
        Document document(makeSyntheticDesign({autosaveVpcs}), QString());
        AutoSaver saver(&document);
        saver.setInterval(0);
        const double idle = longestGap([] { return false; }, 1500);
        QElapsedTimer t;
        t.start();
        std::unique_ptr<Design> whole = document.design().clone();
        const double naive = ms(t.nsecsElapsed());
        whole.reset();
        std::vector<double> gaps, totals;
        for (int r = 0; r < std::max(2, runs / 2); ++r) {
            document.undoStack()->push(new ChangePropertyCommand(
                &document, QStringLiteral("vpc-0000"), QStringLiteral("name"), QStringLiteral("edit %1").arg(r)));
            QSignalSpy saved(&saver, &AutoSaver::saved);
            t.restart();
            saver.saveNow();
            gaps.push_back(longestGap([&] { return !saved.isEmpty(); }, 60000));
            totals.push_back(ms(t.nsecsElapsed()));
        }
        printf("recovery copy of %d VPCs (%lld objects): event loop held up at most %.1f ms (runs: "
               "first %.1f, "
               "then %.1f; longest slice %.1f ms); copy on disk after %.0f ms (median); the same "
               "loop idle: %.1f "
               "ms; copying the design whole at once: %.0f ms\n",
               autosaveVpcs, qlonglong(document.design().objectCount()), maximum(gaps), gaps.front(),
               gaps.size() > 1 ? median(std::vector<double>(gaps.begin() + 1, gaps.end())) : gaps.front(),
               saver.longestStepMs(), median(totals), idle, naive);
        saver.discard();
    }
    return 0;
}
