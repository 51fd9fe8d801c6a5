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
    : QWidget(parent), mDocument(document), mSelection(selection), mScene(scene),
      mPlayer(new SimulationPlayer(document, scene, this)), mFlows(new FlowTableModel(document, this))
{
    buildUi();
    connect(mPlayer, &SimulationPlayer::runChanged, this, &SimulationPanel::onRunChanged);
    connect(mPlayer, &SimulationPlayer::timeChanged, this, &SimulationPanel::onTimeChanged);
    connect(mPlayer, &SimulationPlayer::building, this, [this] { mClock->setText(tr("simulating…")); });
    connect(mPlayer, &SimulationPlayer::statusMessage, this, &SimulationPanel::statusMessage);
    connect(mPlayer, &SimulationPlayer::playingChanged, this, [this](bool playing) {
        mPlay->setText(playing ? tr("Pause") : tr("Play"));
        Q_EMIT playingChanged(playing);
    });
    connect(mLogs, &FlowLogPage::statusMessage, this, &SimulationPanel::statusMessage);
    connect(document, &Document::designReset, this, &SimulationPanel::refillScenarios);
    connect(document, &Document::objectAdded, this, [this](const QString &id) {
        if (const Object *o = mDocument->find(id); o && o->kind == ObjectKind::Scenario)
            refillScenarios();
    });
    connect(document, &Document::objectRemoved, this, [this](const QString &, ObjectKind kind) {
        if (kind == ObjectKind::Scenario)
            refillScenarios();
    });
    connect(document, &Document::objectRenamed, this, [this] { refillScenarios(); });
    refillScenarios();
}

SimulationPanel::~SimulationPanel() = default;

PacketOverlay *SimulationPanel::overlay() const
{
    return mScene ? mScene->packets() : nullptr;
}

void SimulationPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    mPlayer->setBuildsAhead(true);
}

void SimulationPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    mPlayer->setBuildsAhead(false);
}

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
        if (mPlayer->hasRun())
            setTime(mPlayer->currentRun()->duration() * value / 1000.0);
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
        setTime(mPlayer->currentRun()->events()[size_t(event)].time);
        mSyncing = false;
    });
    mTabs->addTab(eventsSplit, tr("Events"));

    mLogs = new FlowLogPage(mDocument, mSelection, mPlayer, this);
    mTabs->addTab(mLogs, tr("Flow logs"));

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
    mPlayer->setScenario(scenarioId);
}

QString SimulationPanel::scenario() const
{
    return mFlows->scenario();
}

void SimulationPanel::present(const QString &scenarioId, const QString &page, std::optional<double> time)
{
    setScenario(scenarioId);
    // The run as the design is now, built here if a worker is still on it: the moment is
    // set within it (set before it arrives, it was clamped to 0).
    run();
    const bool logs = page == QLatin1String("timeline") || page == QLatin1String("logs");
    mTabs->setCurrentWidget(logs ? static_cast<QWidget *>(mLogs) : mTabs->widget(0));
    if (time)
        setTime(*time);
    if (logs)
        mLogs->selectFirstRecord();
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

QString SimulationPanel::addFlowBetween(const QString &from, const QString &to, Protocol protocol, int port)
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
    flow->protocol = protocol;
    flow->port = protocol.hasPorts() ? port : -1;
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
