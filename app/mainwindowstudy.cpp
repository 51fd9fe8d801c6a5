// MainWindow: study mode, the lesson pane beside the canvas and the lessons' browser.

#include "canvasview.h"
#include "design.h"
#include "document.h"
#include "lessonbrowser.h"
#include "lessonpane.h"
#include "library.h"
#include "mainwindow.h"
#include "selection.h"
#include "settings.h"
#include "simulationpanel.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QProcess>
#include <QScrollArea>
#include <QTimer>

void MainWindow::createLessonPane()
{
    startWindow = [](const QStringList &arguments) {
        return QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    };
    mLessonPane = new LessonPane(mDocument, this);
    auto *d = new QDockWidget(tr("Lesson"), this);
    d->setObjectName(QStringLiteral("LessonDock"));
    // Long steps and many questions scroll rather than squeeze.
    auto *scroll = new QScrollArea(d);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(mLessonPane);
    d->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, d);
    mDocks.append(d);
    if (QDockWidget *inspector = dock(QStringLiteral("InspectorDock")))
        tabifyDockWidget(inspector, d);
    d->hide();
    connect(mLessonPane, &LessonPane::stepShown, this, &MainWindow::showLessonStep);
    connect(mLessonPane, &LessonPane::progress, this,
            [](const QString &id, int score) { Settings::setLessonScore(id, score); });
    connect(mLessonPane, &LessonPane::statusMessage, this, [this](const QString &m) { showStatus(m); });
    connect(mDocument, &Document::designReset, this, &MainWindow::syncLesson);
}

bool MainWindow::openLesson(const QString &id)
{
    QString why;
    auto loaded = Study::load(id, &why);
    if (!loaded) {
        showStatus(tr("Cannot open the lesson: %1").arg(why));
        return false;
    }
    // The learner's own work is never replaced: a lesson goes to a window of its own then.
    if (!mDocument->fileName().isEmpty() || mDocument->isModified()) {
        const bool started = startWindow({QStringLiteral("--lesson"), loaded->id});
        showStatus(started ? tr("Opened \"%1\" in a new window").arg(loaded->lesson.title)
                           : tr("Could not start a new window for the lesson"));
        return started;
    }
    LoadResult result;
    result.design = std::move(loaded->design);
    return adopt(std::move(result), QString(), loaded->id + QStringLiteral(".yaml"));
}

void MainWindow::syncLesson()
{
    const Design &design = mDocument->design();
    QDockWidget *d = dock(QStringLiteral("LessonDock"));
    QString why;
    const auto lesson = design.lesson.isNull() ? std::nullopt : Study::parse(design.lesson, &why);
    if (!lesson) {
        mLessonPane->stop();
        d->hide();
        if (!why.isEmpty())
            showStatus(tr("The lesson of this file does not read: %1").arg(why));
        return;
    }
    // A challenge is graded against the bundled one of that title when there is one (its
    // flows as shipped), else against the file as it opened.
    QString id = QFileInfo(mDocument->displayName()).completeBaseName();
    std::unique_ptr<Design> original;
    for (const QString &bundled : Study::bundledIds()) {
        auto l = Study::load(bundled, &why);
        if (l && l->lesson.title == lesson->title) {
            id = l->id;
            original = std::move(l->design);
            break;
        }
    }
    if (!original)
        original = design.clone();
    mLessonPane->start(id, *lesson, std::move(original));
    d->show();
    d->raise();
    // Opening a design ends in design mode with nothing selected, after this: the first
    // step's selection and scenario are shown once the opening is over; and the lesson gets
    // room to be read, a wider right column and most of its height.
    QTimer::singleShot(0, mLessonPane, [this, d] {
        if (QDockWidget *issues = dock(QStringLiteral("IssuesDock")); issues && issues->isVisible()) {
            const int column = d->height() + issues->height();
            resizeDocks({d, issues}, {column * 75 / 100, column * 25 / 100}, Qt::Vertical);
        }
        resizeDocks({d}, {std::clamp(width() * 30 / 100, 300, 460)}, Qt::Horizontal);
        mLessonPane->setStep(mLessonPane->step());
    });
    if (Settings::lessonScore(id) < 0)
        Settings::setLessonScore(id, 0); // started
}

void MainWindow::showLessonStep(const Study::Step &step)
{
    if (!step.select.isEmpty())
        mSelection->set(step.select, true);
    if (!step.scenario.isEmpty()) {
        setSimulationMode(true);
        const QString page = step.panel == QLatin1String("flow-logs") ? QStringLiteral("logs") : step.panel;
        mSimulation->present(step.scenario, page, step.at >= 0 ? std::optional<double>(step.at) : std::nullopt);
    } else if (isSimulationMode() && step.select.isEmpty()) {
        setSimulationMode(false);
    }
    if (step.panel == QLatin1String("issues"))
        showDock(QStringLiteral("IssuesDock"));
}

void MainWindow::showLessons()
{
    auto *browser = new LessonBrowser(this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    connect(browser, &LessonBrowser::openRequested, this, &MainWindow::openLesson);
    browser->open();
}
