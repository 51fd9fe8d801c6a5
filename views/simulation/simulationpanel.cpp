#include "simulationpanel.h"

#include "canvasscene.h"
#include "design.h"
#include "document.h"
#include "flowlogexport.h"
#include "flowtablemodel.h"
#include "objectcommands.h"
#include "packetoverlay.h"
#include "propertycommand.h"
#include "runbuilder.h"
#include "selection.h"
#include "simulationrun.h"
#include "timelineplot.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

SimulationPanel::SimulationPanel(Document *document, Selection *selection, CanvasScene *scene, QWidget *parent)
    : QWidget(parent), mDocument(document), mSelection(selection), mScene(scene), mRecompute(new QTimer(this)),
      mTicker(new QTimer(this)),
      mBuilder(new RunBuilder(
          document, [this](std::unique_ptr<SimulationRun> run) { installRun(std::move(run)); }, this)),
      mFlows(new FlowTableModel(document, this)), mRecords(new RecordTableModel(this))
{
    buildUi();
    // The run follows the document, a moment after the last edit of a burst.
    mRecompute->setSingleShot(true);
    mRecompute->setInterval(200);
    connect(mRecompute, &QTimer::timeout, this, [this] {
        if (mStale && isVisible())
            startBuild();
    });
    connect(document, &Document::objectAdded, this, &SimulationPanel::markStale);
    connect(document, &Document::objectRemoved, this, &SimulationPanel::markStale);
    connect(document, &Document::propertyChanged, this, &SimulationPanel::markStale);
    connect(document, &Document::objectRenamed, this, &SimulationPanel::markStale);
    connect(document, &Document::designReset, this, [this] {
        // The table shows the imported records no more before they go.
        showImported(false);
        if (mSourceBox->count() > 1)
            mSourceBox->removeItem(1);
        mLogs.reset();
        mImportSimulator.reset();
        mImportDesign.reset();
        refillScenarios();
        markStale();
    });
    connect(document, &Document::objectAdded, this, [this](const QString &id) {
        if (const Object *o = mDocument->find(id); o && o->kind == ObjectKind::Scenario)
            refillScenarios();
    });
    connect(document, &Document::objectRemoved, this, [this](const QString &, ObjectKind kind) {
        if (kind == ObjectKind::Scenario)
            refillScenarios();
    });
    connect(document, &Document::objectRenamed, this, [this] { refillScenarios(); });
    connect(selection, &Selection::changed, this, &SimulationPanel::onCanvasSelection);
    mTicker->setInterval(33); // 30 frames a second
    connect(mTicker, &QTimer::timeout, this, [this] { advance(mTicker->interval() / 1000.0); });
    refillScenarios();
}

SimulationPanel::~SimulationPanel() = default;

void SimulationPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // Scenarios and flows.
    auto *top = new QHBoxLayout;
    mScenarios = new QComboBox(this);
    mScenarios->setObjectName(QStringLiteral("scenarios"));
    mScenarios->setToolTip(tr("The traffic scenario to run"));
    auto *addScenarioButton = new QPushButton(tr("New scenario"), this);
    auto *removeScenarioButton = new QPushButton(tr("Remove scenario"), this);
    top->addWidget(new QLabel(tr("Scenario:"), this));
    top->addWidget(mScenarios, 1);
    top->addWidget(addScenarioButton);
    top->addWidget(removeScenarioButton);
    layout->addLayout(top);
    connect(mScenarios, &QComboBox::currentIndexChanged, this,
            [this] { setScenario(mScenarios->currentData().toString()); });
    connect(addScenarioButton, &QPushButton::clicked, this, &SimulationPanel::addScenario);
    connect(removeScenarioButton, &QPushButton::clicked, this, &SimulationPanel::removeScenario);

    mFlowsView = new QTableView(this);
    mFlowsView->setObjectName(QStringLiteral("flows"));
    mFlowsView->setModel(mFlows);
    mFlowsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mFlowsView->setSelectionMode(QAbstractItemView::SingleSelection);
    mFlowsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mFlowsView->verticalHeader()->hide();
    mFlowsView->setMinimumHeight(90);
    auto *flowButtons = new QHBoxLayout;
    auto *addFlowButton = new QPushButton(tr("Add flow"), this);
    auto *removeFlowButton = new QPushButton(tr("Remove flow"), this);
    auto *fromSelection = new QPushButton(tr("Source from selection"), this);
    auto *toSelection = new QPushButton(tr("Destination from selection"), this);
    fromSelection->setToolTip(tr("Make the object selected on the canvas the source of the current flow"));
    toSelection->setToolTip(tr("Make the object selected on the canvas the destination of the current flow"));
    for (QPushButton *b : {addFlowButton, removeFlowButton, fromSelection, toSelection})
        flowButtons->addWidget(b);
    flowButtons->addStretch(1);
    connect(addFlowButton, &QPushButton::clicked, this, &SimulationPanel::addFlow);
    connect(removeFlowButton, &QPushButton::clicked, this, &SimulationPanel::removeFlow);
    connect(fromSelection, &QPushButton::clicked, this, [this] { takeEndFromSelection(true); });
    connect(toSelection, &QPushButton::clicked, this, [this] { takeEndFromSelection(false); });

    // Playback.
    auto *transport = new QHBoxLayout;
    mStepBack = new QPushButton(tr("Step back"), this);
    mPlay = new QPushButton(tr("Play"), this);
    mStepForward = new QPushButton(tr("Step"), this);
    mStepBack->setToolTip(tr("The event before (Alt+Left)"));
    mStepForward->setToolTip(tr("The next event (Alt+Right)"));
    mPlay->setToolTip(tr("Play or pause the scenario (F5)"));
    mSpeedBox = new QComboBox(this);
    for (double s : {0.25, 0.5, 1.0, 2.0, 5.0, 20.0, 60.0, 600.0})
        mSpeedBox->addItem(tr("%1x").arg(s), s);
    mSpeedBox->setCurrentIndex(2);
    mSpeedBox->setToolTip(tr("Scenario seconds per second"));
    mSlider = new QSlider(Qt::Horizontal, this);
    mSlider->setRange(0, 1000);
    mClock = new QLabel(this);
    mClock->setMinimumWidth(150);
    for (QWidget *w : std::initializer_list<QWidget *>{mStepBack, mPlay, mStepForward, mSpeedBox})
        transport->addWidget(w);
    transport->addWidget(mSlider, 1);
    transport->addWidget(mClock);
    connect(mPlay, &QPushButton::clicked, this, [this] { isPlaying() ? pause() : play(); });
    connect(mStepForward, &QPushButton::clicked, this, &SimulationPanel::stepForward);
    connect(mStepBack, &QPushButton::clicked, this, &SimulationPanel::stepBack);
    connect(mSpeedBox, &QComboBox::currentIndexChanged, this,
            [this] { setSpeed(mSpeedBox->currentData().toDouble()); });
    connect(mSlider, &QSlider::sliderMoved, this, [this](int value) {
        if (mRun && mRun->isValid())
            setTime(mRun->duration() * value / 1000.0);
    });

    // Events and card; timeline; records.
    mTabs = new QTabWidget(this);
    auto *eventsSplit = new QSplitter(Qt::Horizontal, this);
    mEvents = new QTreeWidget(eventsSplit);
    mEvents->setObjectName(QStringLiteral("events"));
    mEvents->setRootIsDecorated(false);
    mEvents->setUniformRowHeights(true);
    mEvents->setHeaderLabels({tr("Time (s)"), tr("Flow"), tr("Packet"), tr("At"), tr("Kind"), tr("Result")});
    mCard = new QTextBrowser(eventsSplit);
    mCard->setObjectName(QStringLiteral("card"));
    eventsSplit->setStretchFactor(0, 3);
    eventsSplit->setStretchFactor(1, 2);
    connect(mEvents, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || mSyncing)
            return;
        const int event = item->data(0, Qt::UserRole).toInt();
        showEventCard(event);
        mSyncing = true;
        setTime(mRun->events()[size_t(event)].time);
        mSyncing = false;
    });
    mTabs->addTab(eventsSplit, tr("Events"));

    auto *timelinePage = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    auto *timelineBar = new QHBoxLayout;
    mInterfaceBox = new QComboBox(timelinePage);
    mInterfaceBox->setObjectName(QStringLiteral("interfaces"));
    mFlowBox = new QComboBox(timelinePage);
    // Sized by a typical entry, not by measuring hundreds of them after every run.
    for (QComboBox *box : {mInterfaceBox, mFlowBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(18);
    }
    mSourceBox = new QComboBox(timelinePage);
    mSourceBox->addItem(tr("Simulated flow logs"));
    auto *exportPlot = new QPushButton(tr("Export plot…"), timelinePage);
    auto *measure = new QComboBox(timelinePage);
    measure->setObjectName(QStringLiteral("measure"));
    measure->addItem(tr("Packets"));
    measure->addItem(tr("Bytes"));
    connect(measure, &QComboBox::currentIndexChanged, this, [this](int i) { mPlot->setBytes(i == 1); });
    timelineBar->addWidget(mSourceBox);
    timelineBar->addWidget(measure);
    timelineBar->addWidget(new QLabel(tr("Interface:"), timelinePage));
    timelineBar->addWidget(mInterfaceBox, 1);
    timelineBar->addWidget(new QLabel(tr("Flow:"), timelinePage));
    timelineBar->addWidget(mFlowBox, 1);
    timelineBar->addWidget(exportPlot);
    mPlot = new TimelinePlot(timelinePage);
    timelineLayout->addLayout(timelineBar);
    timelineLayout->addWidget(mPlot, 1);
    mTabs->addTab(timelinePage, tr("Timeline"));
    connect(mInterfaceBox, &QComboBox::currentIndexChanged, this,
            [this] { setInterfaceFilter(mInterfaceBox->currentData().toInt()); });
    connect(mFlowBox, &QComboBox::currentIndexChanged, this, [this] { updateTimeline(); });
    connect(mSourceBox, &QComboBox::currentIndexChanged, this, [this](int i) { showImported(i == 1); });
    connect(exportPlot, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the timeline"), QString(), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !mPlot->savePng(path))
            Q_EMIT statusMessage(tr("Could not write %1").arg(path));
    });
    connect(mPlot, &TimelinePlot::timeClicked, this, &SimulationPanel::onPlotClicked);

    auto *recordsPage = new QWidget(this);
    auto *recordsLayout = new QVBoxLayout(recordsPage);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterBar = new QHBoxLayout;
    mActionBox = new QComboBox(recordsPage);
    mActionBox->addItem(tr("Any action"), int(RecordTableModel::ActionFilter::Any));
    mActionBox->addItem(tr("ACCEPT"), int(RecordTableModel::ActionFilter::Accept));
    mActionBox->addItem(tr("REJECT"), int(RecordTableModel::ActionFilter::Reject));
    mAddressEdit = new QLineEdit(recordsPage);
    mAddressEdit->setPlaceholderText(tr("address contains…"));
    auto *importButton = new QPushButton(tr("Import flow logs…"), recordsPage);
    auto *exportButton = new QPushButton(tr("Export flow logs…"), recordsPage);
    filterBar->addWidget(mActionBox);
    filterBar->addWidget(mAddressEdit, 1);
    filterBar->addWidget(importButton);
    filterBar->addWidget(exportButton);
    mRecordsView = new QTableView(recordsPage);
    mRecordsView->setObjectName(QStringLiteral("records"));
    mRecordsView->setModel(mRecords);
    mRecordsView->setSortingEnabled(true);
    mRecordsView->sortByColumn(RecordTableModel::Start, Qt::AscendingOrder);
    mRecordsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mRecordsView->setSelectionMode(QAbstractItemView::SingleSelection);
    mRecordsView->verticalHeader()->hide();
    mRecordsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    mRecordsView->horizontalHeader()->setStretchLastSection(true);
    // Columns sized to what they hold, judged from the first rows (a million are many).
    mRecordsView->horizontalHeader()->setResizeContentsPrecision(100);
    mRecordsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mSummary = new QLabel(recordsPage);
    recordsLayout->addLayout(filterBar);
    recordsLayout->addWidget(mRecordsView, 1);
    recordsLayout->addWidget(mSummary);
    mTabs->addTab(recordsPage, tr("Flow logs"));
    const auto refilter = [this] {
        mRecords->setFilter(mInterfaceBox->currentData().toInt(),
                            RecordTableModel::ActionFilter(mActionBox->currentData().toInt()), mAddressEdit->text());
    };
    connect(mActionBox, &QComboBox::currentIndexChanged, this, refilter);
    connect(mAddressEdit, &QLineEdit::textChanged, this, refilter);
    connect(mRecordsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SimulationPanel::onRecordSelected);
    connect(mRecords, &QAbstractItemModel::modelReset, this, [this] {
        connect(mRecordsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &SimulationPanel::onRecordSelected, Qt::UniqueConnection);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import VPC flow logs"), QString(),
                                                                tr("Flow logs (*.log *.gz *.txt);;All files (*)"));
        QString error;
        if (!files.isEmpty() && !importLogs(files, &error))
            Q_EMIT statusMessage(error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the simulated flow logs to"));
        QString error;
        if (!dir.isEmpty() && !exportLogs(dir, &error))
            Q_EMIT statusMessage(error);
    });

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *flowsBox = new QWidget(split);
    auto *flowsLayout = new QVBoxLayout(flowsBox);
    flowsLayout->setContentsMargins(0, 0, 0, 0);
    flowsLayout->addWidget(mFlowsView, 1);
    flowsLayout->addLayout(flowButtons);
    flowsLayout->addLayout(transport);
    split->addWidget(mTabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
}

void SimulationPanel::refillScenarios()
{
    const QString current = mScenarios->currentData().toString();
    QSignalBlocker block(mScenarios);
    mScenarios->clear();
    for (const Scenario *s : mDocument->design().scenarios())
        mScenarios->addItem(s->name.isEmpty() ? s->id : QStringLiteral("%1 (%2)").arg(s->name, s->id), s->id);
    int index = mScenarios->findData(current);
    if (index < 0)
        index = mScenarios->count() > 0 ? 0 : -1;
    mScenarios->setCurrentIndex(index);
    setScenario(index >= 0 ? mScenarios->itemData(index).toString() : QString());
}

void SimulationPanel::setScenario(const QString &scenarioId)
{
    if (mScenarios->currentData().toString() != scenarioId) {
        QSignalBlocker block(mScenarios);
        mScenarios->setCurrentIndex(mScenarios->findData(scenarioId));
    }
    if (mFlows->scenario() != scenarioId)
        mFlows->setScenario(scenarioId);
    if (!mRun || !mRun->isValid() || mRun->scenario().id != scenarioId) {
        mTime = 0;
        mStale = true;
        rebuildRun();
    }
}

QString SimulationPanel::scenario() const
{
    return mFlows->scenario();
}

void SimulationPanel::markStale()
{
    mStale = true;
    mRecompute->start();
}

const SimulationRun *SimulationPanel::run()
{
    if (mStale || mBuilder->isBusy())
        rebuildRun();
    return mRun.get();
}

void SimulationPanel::rebuildRun()
{
    mBuilder->cancel();
    mStale = false;
    const QString id = mFlows->scenario();
    const Object *o = mDocument->find(id);
    installRun(o && o->kind == ObjectKind::Scenario ? std::make_unique<SimulationRun>(mDocument->design(), id)
                                                    : nullptr);
}

void SimulationPanel::startBuild()
{
    mStale = false;
    const QString id = mFlows->scenario();
    const Object *o = mDocument->find(id);
    if (!o || o->kind != ObjectKind::Scenario) {
        mBuilder->cancel();
        installRun(nullptr);
        return;
    }
    mBuilder->request(id);
    mClock->setText(tr("simulating…"));
}

bool SimulationPanel::isBuilding() const
{
    return mBuilder->isBusy();
}

void SimulationPanel::installRun(std::unique_ptr<SimulationRun> run)
{
    mRun = std::move(run);
    if (mRun && mRun->isValid() && !mRun->capture().error.isEmpty())
        Q_EMIT statusMessage(tr("No flow-log records: %1").arg(mRun->capture().error));
    mFlows->setRun(mRun.get());
    if (!mShowImported)
        mRecords->showSimulated(mRun.get());
    fillEvents();
    fillInterfaces();
    updateTimeline();
    if (mRun && mTime > mRun->duration())
        mTime = 0;
    updatePlayback();
}

void SimulationPanel::present(const QString &scenarioId, const QString &page, std::optional<double> time)
{
    setScenario(scenarioId);
    // The run as the design is now, built here if a worker is still on it: the moment is
    // set within it (set before it arrives, it was clamped to 0).
    run();
    const QStringList pages{QStringLiteral("events"), QStringLiteral("timeline"), QStringLiteral("logs")};
    mTabs->setCurrentIndex(std::max<qsizetype>(0, pages.indexOf(page)));
    if (time)
        setTime(*time);
    if (page != QLatin1String("logs"))
        return;
    int record = -1;
    for (int row = 0; row < mRecords->rowCount() && record < 0; ++row) {
        const int r = mRecords->recordAt(row);
        if (!mRecords->isAccepted(r) && mRecords->flowOf(r) >= 0)
            record = r;
    }
    if (record < 0 && mRecords->rowCount() > 0)
        record = mRecords->recordAt(0);
    selectRecord(record);
}

void SimulationPanel::addScenario()
{
    auto scenario = std::make_unique<Scenario>();
    scenario->id = mDocument->design().uniqueId(QStringLiteral("scenario-"));
    const QString id = scenario->id;
    mDocument->undoStack()->push(new AddObjectCommand(mDocument, QString(), std::move(scenario)));
    setScenario(id);
}

void SimulationPanel::removeScenario()
{
    const QString id = scenario();
    if (!id.isEmpty() && mDocument->find(id))
        mDocument->undoStack()->push(new RemoveObjectCommand(mDocument, id));
}

void SimulationPanel::addFlow()
{
    // From what is selected (or the first instance) to a web server on the internet.
    QString from;
    for (const QString &id : mSelection->ids())
        if (const Object *o = mDocument->find(id); o && o->kind == ObjectKind::Instance)
            from = id;
    if (from.isEmpty())
        for (const Vpc *v : mDocument->design().vpcs())
            for (const Instance *i : v->instanceList())
                if (from.isEmpty())
                    from = i->id;
    addFlowBetween(from, QStringLiteral("198.51.100.10"));
}

QString SimulationPanel::addFlowBetween(const QString &from, const QString &to)
{
    // One undo step, the scenario it needs included.
    const bool needsScenario = scenario().isEmpty();
    if (needsScenario) {
        mDocument->undoStack()->beginMacro(tr("Add a flow"));
        addScenario();
    }
    auto flow = std::make_unique<Flow>();
    flow->id = mDocument->design().uniqueId(QStringLiteral("flow-"));
    flow->from = from;
    flow->to = to;
    flow->port = 443;
    const QString id = flow->id;
    mDocument->undoStack()->push(new AddObjectCommand(mDocument, scenario(), std::move(flow)));
    if (needsScenario)
        mDocument->undoStack()->endMacro();
    const int row = mFlows->rowOf(id);
    if (row >= 0)
        mFlowsView->selectRow(row);
    return id;
}

void SimulationPanel::removeFlow()
{
    const QString id = mFlows->flowId(mFlowsView->currentIndex().row());
    if (!id.isEmpty())
        mDocument->undoStack()->push(new RemoveObjectCommand(mDocument, id));
}

void SimulationPanel::takeEndFromSelection(bool source)
{
    const QString flow = mFlows->flowId(mFlowsView->currentIndex().row());
    const QStringList ids = mSelection->ids();
    const Object *o = ids.size() == 1 ? mDocument->find(ids.front()) : nullptr;
    const bool usable = o && (o->kind == ObjectKind::Instance || o->kind == ObjectKind::NatGateway ||
                              (o->kind == ObjectKind::Endpoint && static_cast<const Endpoint *>(o)->isInterface()));
    if (flow.isEmpty() || !usable) {
        Q_EMIT statusMessage(tr("Select a flow, and one instance, NAT gateway or interface endpoint on the canvas"));
        return;
    }
    mDocument->undoStack()->push(
        new ChangePropertyCommand(mDocument, flow, source ? QStringLiteral("from") : QStringLiteral("to"), o->id));
}

bool SimulationPanel::importLogs(const QStringList &files, QString *error)
{
    auto logs = std::make_unique<FlowLogParser>();
    for (const QString &f : files)
        if (!logs->parseFile(f, error))
            return false;
    // The records are laid onto the design as it is now, kept aside from later edits.
    mImportDesign = mDocument->design().clone();
    mImportSimulator = std::make_unique<Simulator>(*mImportDesign);
    mLogs = std::move(logs);
    mReplay = Replay(*mImportSimulator).run(*mLogs);
    if (mSourceBox->count() < 2)
        mSourceBox->addItem(tr("Imported flow logs"));
    mSourceBox->setItemText(1, tr("Imported: %n file(s)", nullptr, int(files.size())));
    Q_EMIT statusMessage(tr("%1 records read: %2 matched, %3 rejected, %4 explained by the design")
                             .arg(mReplay.records)
                             .arg(mReplay.matched)
                             .arg(mReplay.rejected)
                             .arg(mReplay.explained));
    showImported(true);
    return true;
}

bool SimulationPanel::exportLogs(const QString &dir, QString *error)
{
    const SimulationRun *r = run();
    if (!r || !r->isValid()) {
        *error = tr("No scenario to export the flow logs of");
        return false;
    }
    QStringList written;
    if (!FlowLogExport::write(r->capture(), dir, &written, error))
        return false;
    Q_EMIT statusMessage(tr("Wrote %n file(s) to %1", nullptr, int(written.size())).arg(dir));
    return true;
}
