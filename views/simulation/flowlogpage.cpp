#include "flowlogpage.h"

#include "design.h"
#include "document.h"
#include "flowlogexport.h"
#include "recordtablemodel.h"
#include "selection.h"
#include "simulationplayer.h"
#include "simulationrun.h"
#include "timelineplot.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>
#include <tuple>

FlowLogPage::FlowLogPage(Document *document, Selection *selection, SimulationPlayer *player, QWidget *parent)
    : QWidget(parent), mDocument(document), mSelection(selection), mPlayer(player), mRecords(new RecordTableModel(this))
{
    buildUi();
    connect(player, &SimulationPlayer::runChanged, this, &FlowLogPage::onRunChanged);
    connect(player, &SimulationPlayer::timeChanged, this,
            [this](double seconds) { mPlot->setCursor(mPlayer->origin() + seconds); });
    // Records laid onto a design that is gone mean nothing: a new or opened file forgets them.
    connect(document, &Document::designReset, this, &FlowLogPage::forgetImported);
    connect(selection, &Selection::changed, this, &FlowLogPage::onCanvasSelection);
}

FlowLogPage::~FlowLogPage() = default;

void FlowLogPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // What is shown, for the plot and the table alike: one row, so that both keep their height.
    auto *bar = new QHBoxLayout;
    mSourceBox = new QComboBox(this);
    mSourceBox->setObjectName(QStringLiteral("source"));
    mSourceBox->addItem(tr("Simulated flow logs"));
    mSourceBox->setToolTip(tr("The played scenario's simulated records, or real flow logs imported"));
    auto *measure = new QComboBox(this);
    measure->setObjectName(QStringLiteral("measure"));
    measure->addItem(tr("Packets"));
    measure->addItem(tr("Bytes"));
    measure->setToolTip(tr("What the timeline's bars count"));
    mInterfaceBox = new QComboBox(this);
    mInterfaceBox->setObjectName(QStringLiteral("interfaces"));
    mInterfaceBox->setToolTip(tr("The network interface whose records are shown (also chosen by selecting "
                                 "its object on the canvas)"));
    mFlowBox = new QComboBox(this);
    mFlowBox->setObjectName(QStringLiteral("flowFilter"));
    mFlowBox->setToolTip(tr("The scenario's flow whose records are shown"));
    // Sized by a typical entry, not by measuring hundreds of them after every run.
    for (QComboBox *box : {mInterfaceBox, mFlowBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    mActionBox = new QComboBox(this);
    mActionBox->setObjectName(QStringLiteral("action"));
    mActionBox->addItem(tr("Any action"), int(RecordTableModel::ActionFilter::Any));
    mActionBox->addItem(tr("ACCEPT"), int(RecordTableModel::ActionFilter::Accept));
    mActionBox->addItem(tr("REJECT"), int(RecordTableModel::ActionFilter::Reject));
    mAddressEdit = new QLineEdit(this);
    mAddressEdit->setObjectName(QStringLiteral("address"));
    mAddressEdit->setPlaceholderText(tr("address contains…"));
    mAddressEdit->setClearButtonEnabled(true);
    auto *files = new QToolButton(this);
    files->setObjectName(QStringLiteral("files"));
    files->setText(tr("Files"));
    files->setToolTip(tr("Import real flow logs, export the simulated ones, or save the timeline as a picture"));
    files->setPopupMode(QToolButton::InstantPopup);
    auto *filesMenu = new QMenu(files);
    QAction *importAction = filesMenu->addAction(tr("Import flow logs…"));
    importAction->setToolTip(tr("Read real VPC flow logs (plain or gzip) and find what rejects each REJECT"));
    QAction *exportAction = filesMenu->addAction(tr("Export flow logs…"));
    exportAction->setToolTip(tr("Write the simulated records as AWS delivers them to S3"));
    QAction *exportPlot = filesMenu->addAction(tr("Export plot…"));
    filesMenu->setToolTipsVisible(true);
    files->setMenu(filesMenu);
    bar->addWidget(mSourceBox);
    bar->addWidget(measure);
    bar->addWidget(new QLabel(tr("Interface:"), this));
    bar->addWidget(mInterfaceBox, 2);
    bar->addWidget(new QLabel(tr("Flow:"), this));
    bar->addWidget(mFlowBox, 1);
    bar->addWidget(mActionBox);
    bar->addWidget(mAddressEdit, 1);
    bar->addWidget(files);
    layout->addLayout(bar);

    // The timeline beside the records: a bar clicked chooses a record next to it.
    auto *split = mSplit = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("FlowLogSplit"));
    split->setChildrenCollapsible(false);
    mPlot = new TimelinePlot(split);
    auto *recordsHalf = new QWidget(split);
    auto *recordsLayout = new QVBoxLayout(recordsHalf);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    mRecordsView = new QTableView(recordsHalf);
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
    mRecordsView->setContextMenuPolicy(Qt::CustomContextMenu);
    mSummary = new QLabel(recordsHalf);
    recordsLayout->addWidget(mRecordsView, 1);
    recordsLayout->addWidget(mSummary);
    split->addWidget(mPlot);
    split->addWidget(recordsHalf);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    // The table's columns are wide: without a start of its own the plot got its minimum.
    mPlot->setMinimumWidth(240);
    split->setSizes({400, 600});
    layout->addWidget(split, 1);

    // Ctrl+C copies the chosen record, as the table shows it: the table takes the key before
    // the window's Copy (which copies objects of the design) when it has the focus.
    mRecordsView->installEventFilter(this);
    auto *copy = new QAction(tr("Copy record"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut); // shown in the menu; the table's key does the work
    connect(copy, &QAction::triggered, this, &FlowLogPage::copyRecord);
    connect(mRecordsView, &QWidget::customContextMenuRequested, this, [this, copy](const QPoint &at) {
        const int record = mRecords->recordAt(mRecordsView->indexAt(at).row());
        if (record < 0)
            return;
        selectRecord(record);
        QMenu menu(this);
        menu.addAction(copy);
        const int iface = mRecords->interfaceOf(record);
        QAction *byInterface = menu.addAction(tr("Only this interface's records"));
        byInterface->setEnabled(iface >= 0 && mInterfaceBox->findData(iface) >= 0);
        const int flow = mRecords->flowOf(record);
        QAction *byFlow = menu.addAction(tr("Only this flow's records"));
        byFlow->setEnabled(flow >= 0 && mFlowBox->findData(flow) >= 0);
        QAction *all = menu.addAction(tr("Show every record"));
        QAction *chosen = menu.exec(mRecordsView->viewport()->mapToGlobal(at));
        if (chosen == byInterface)
            setInterfaceFilter(iface);
        else if (chosen == byFlow)
            mFlowBox->setCurrentIndex(mFlowBox->findData(flow));
        else if (chosen == all)
            clearFilters();
    });

    connect(measure, &QComboBox::currentIndexChanged, this, [this](int i) { mPlot->setBytes(i == 1); });
    connect(mInterfaceBox, &QComboBox::currentIndexChanged, this,
            [this] { setInterfaceFilter(mInterfaceBox->currentData().toInt()); });
    connect(mFlowBox, &QComboBox::currentIndexChanged, this, [this] {
        refilter();
        updateTimeline();
    });
    connect(mSourceBox, &QComboBox::currentIndexChanged, this, [this](int i) { showImported(i == 1); });
    connect(mActionBox, &QComboBox::currentIndexChanged, this, &FlowLogPage::refilter);
    connect(mAddressEdit, &QLineEdit::textChanged, this, &FlowLogPage::refilter);
    connect(exportPlot, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export the timeline"), QString(), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !mPlot->savePng(path))
            Q_EMIT statusMessage(tr("Could not write %1").arg(path));
    });
    connect(mPlot, &TimelinePlot::timeClicked, this, &FlowLogPage::onPlotClicked);
    connect(mRecordsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FlowLogPage::onRecordSelected);
    connect(mRecords, &QAbstractItemModel::modelReset, this, [this] {
        connect(mRecordsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &FlowLogPage::onRecordSelected, Qt::UniqueConnection);
    });
    connect(importAction, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import VPC flow logs"), QString(), tr("Flow logs (*.log *.gz *.txt *.json);;All files (*)"));
        QString error;
        if (!files.isEmpty() && !importLogs(files, &error))
            Q_EMIT statusMessage(error);
    });
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the simulated flow logs to"));
        QString error;
        if (!dir.isEmpty() && !exportLogs(dir, &error))
            Q_EMIT statusMessage(error);
    });
}

bool FlowLogPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mRecordsView && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                copyRecord();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FlowLogPage::copyRecord()
{
    const int row = mRecordsView->currentIndex().row();
    if (row < 0)
        return;
    QStringList cells;
    for (int c = 0; c < mRecords->columnCount(); ++c)
        cells.append(mRecords->index(row, c).data().toString());
    QGuiApplication::clipboard()->setText(cells.join(QLatin1Char('\t')));
    Q_EMIT statusMessage(tr("Record copied"));
}

void FlowLogPage::clearFilters()
{
    QSignalBlocker a(mInterfaceBox), b(mFlowBox), c(mActionBox), d(mAddressEdit);
    mInterfaceBox->setCurrentIndex(0);
    mFlowBox->setCurrentIndex(0);
    mActionBox->setCurrentIndex(0);
    mAddressEdit->clear();
    refilter();
    updateTimeline();
}

void FlowLogPage::forgetImported()
{
    // The table shows the imported records no more before they go.
    showImported(false);
    if (mSourceBox->count() > 1)
        mSourceBox->removeItem(1);
    mLogs.reset();
    mImportSimulator.reset();
    mImportDesign.reset();
}

void FlowLogPage::onRunChanged()
{
    if (!mShowImported)
        mRecords->showSimulated(mPlayer->currentRun());
    fillInterfaces();
    refilter();
    updateTimeline();
}

const Network *FlowLogPage::network() const
{
    if (mShowImported && mImportSimulator)
        return &mImportSimulator->network();
    return mPlayer->hasRun() ? &mPlayer->currentRun()->simulator().network() : nullptr;
}

void FlowLogPage::fillInterfaces()
{
    const int current = mInterfaceBox->currentData().toInt();
    const int currentFlow = mFlowBox->currentData().toInt();
    QSignalBlocker a(mInterfaceBox), b(mFlowBox);
    mInterfaceBox->clear();
    mInterfaceBox->addItem(tr("All interfaces"), -1);
    mFlowBox->clear();
    mFlowBox->addItem(tr("All flows"), -1);
    std::set<int> seen;
    const SimulationRun *run = mPlayer->currentRun();
    if (mShowImported && mLogs) {
        for (int i : mReplay.recordInterface)
            if (i >= 0)
                seen.insert(i);
    } else if (mPlayer->hasRun()) {
        // The interfaces with records: those worth filtering to (a logged VPC of a large
        // design has thousands that saw nothing).
        for (const FlowLogRecord &r : run->capture().records)
            if (r.iface >= 0)
                seen.insert(r.iface);
        for (size_t f = 0; f < run->runs().size(); ++f)
            mFlowBox->addItem(run->runs()[f].flow->id, int(f));
    }
    mFlowBox->setEnabled(!mShowImported);
    const Network *net = network();
    for (int i : seen)
        mInterfaceBox->addItem(
            QStringLiteral("%1 (%2)").arg(net->interfaces[size_t(i)].owner->id, net->interfaces[size_t(i)].eni), i);
    mInterfaceBox->setCurrentIndex(std::max(0, mInterfaceBox->findData(current)));
    mFlowBox->setCurrentIndex(std::max(0, mFlowBox->findData(currentFlow)));
}

void FlowLogPage::refilter()
{
    mRecords->setFilter({mInterfaceBox->currentData().toInt(), mShowImported ? -1 : mFlowBox->currentData().toInt(),
                         RecordTableModel::ActionFilter(mActionBox->currentData().toInt()), mAddressEdit->text()});
    updateSummary();
}

void FlowLogPage::updateSummary()
{
    mSummary->setText(tr("%1 records shown; on the timeline %2 packets accepted, %3 rejected")
                          .arg(mRecords->rowCount())
                          .arg(mTimeline.packets(true))
                          .arg(mTimeline.packets(false)));
}

void FlowLogPage::showImported(bool imported)
{
    mShowImported = imported && mLogs;
    {
        QSignalBlocker block(mSourceBox);
        mSourceBox->setCurrentIndex(mShowImported ? 1 : 0);
    }
    if (mShowImported)
        mRecords->showImported(mLogs.get(), &mReplay, &mImportSimulator->network());
    else
        mRecords->showSimulated(mPlayer->currentRun());
    fillInterfaces();
    refilter();
    updateTimeline();
}

void FlowLogPage::setInterfaceFilter(int iface)
{
    {
        QSignalBlocker block(mInterfaceBox);
        mInterfaceBox->setCurrentIndex(std::max(0, mInterfaceBox->findData(iface)));
    }
    refilter();
    updateTimeline();
}

void FlowLogPage::updateTimeline()
{
    std::vector<Timeline::Point> points;
    QList<TimelinePlot::Window> windows;
    double window = 60, from = 0, to = 0;
    const int iface = mInterfaceBox->currentData().toInt();
    const int flow = mFlowBox->currentData().toInt();
    const SimulationRun *run = mPlayer->currentRun();
    if (mShowImported && mLogs) {
        points.reserve(mLogs->records.size());
        for (size_t i = 0; i < mLogs->records.size(); ++i) {
            const LogRecord &r = mLogs->records[i];
            if (r.status != LogRecord::Status::Ok || r.action == LogRecord::Action::None || r.start < 0)
                continue;
            points.push_back({double(r.start), std::max<qint64>(0, r.packets), std::max<qint64>(0, r.bytes),
                              r.action == LogRecord::Action::Accept, mReplay.recordInterface[i], -1});
        }
    } else if (mPlayer->hasRun()) {
        std::set<std::tuple<qint64, qint64, qint64>> marks;
        window = 600;
        for (const CapturedLog &log : run->capture().logs)
            window = std::min<double>(window, log.interval);
        for (const FlowLogRecord &r : run->capture().records) {
            if ((iface >= 0 && r.iface != iface) || (flow >= 0 && r.flow != flow))
                continue;
            marks.insert({r.windowStart, r.windowEnd, r.delivered});
            if (r.status == FlowLogRecord::Status::Ok)
                points.push_back({double(r.start), r.packets, r.bytes, r.accepted, r.iface, r.flow});
        }
        for (const auto &[s, e, d] : marks)
            windows.append({double(s), double(e), double(d)});
        from = mPlayer->origin();
        to = mPlayer->origin() + std::max(1.0, run->duration());
    }
    mTimeline.setPoints(std::move(points));
    mTimeline.setFilter(iface, mShowImported ? -1 : flow);
    if (mShowImported && mTimeline.size() > 0) {
        from = mTimeline.first();
        to = mTimeline.last() + window;
    }
    mPlot->setTimeline(&mTimeline, window, windows);
    mPlot->setRange(from, std::max(to, from + window));
    mPlot->setCursor(mPlayer->origin() + mPlayer->time());
    updateSummary();
}

void FlowLogPage::highlightFlow(int flow, bool answer)
{
    if (!mPlayer->hasRun() || flow < 0 || !mPlayer->isActive())
        return;
    mSyncing = true;
    mSelection->set(mPlayer->currentRun()->pathObjects(flow, answer));
    mSyncing = false;
}

void FlowLogPage::onRecordSelected()
{
    const int record = mRecords->recordAt(mRecordsView->currentIndex().row());
    if (record < 0)
        return;
    mPlot->setCursor(double(mRecords->startOf(record)));
    const int flow = mRecords->flowOf(record);
    if (flow >= 0 && !mShowImported && mPlayer->hasRun()) {
        const SimulationRun *run = mPlayer->currentRun();
        const FlowLogRecord &r = run->capture().records[size_t(record)];
        highlightFlow(flow, r.answer);
        const Flow &f = *run->runs()[size_t(flow)].flow;
        // Playback goes to the moment the record covers, within the flow.
        mPlayer->setTime(std::clamp(double(r.start) - mPlayer->origin(), f.start, f.start + f.duration));
        mPlot->setCursor(double(r.start));
    } else if (const int iface = mRecords->interfaceOf(record); iface >= 0 && mShowImported) {
        mSyncing = true;
        mSelection->set({mImportSimulator->network().interfaces[size_t(iface)].owner->id}, true);
        mSyncing = false;
    }
}

void FlowLogPage::selectRecord(int record)
{
    const int row = mRecords->rowOf(record);
    if (row < 0)
        return;
    mRecordsView->setCurrentIndex(mRecords->index(row, 0));
    mRecordsView->scrollTo(mRecords->index(row, 0));
}

void FlowLogPage::selectFirstRecord()
{
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

void FlowLogPage::onPlotClicked(double unixTime)
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
    if (!mShowImported && mPlayer->hasRun())
        mPlayer->setTime(unixTime - mPlayer->origin());
    mPlot->setCursor(unixTime);
    if (best >= 0)
        selectRecord(best);
}

void FlowLogPage::onCanvasSelection(const QStringList &ids)
{
    if (mSyncing || ids.size() != 1)
        return;
    const Network *net = network();
    if (!net)
        return;
    const int iface = net->interfaceOf(ids.front());
    if (iface >= 0 && mInterfaceBox->findData(iface) >= 0)
        setInterfaceFilter(iface);
}

bool FlowLogPage::importLogs(const QStringList &files, QString *error)
{
    // The records are laid onto the design as it is now, kept aside from later edits; its
    // flow logs tell the formats of CloudWatch Logs streams.
    auto design = mDocument->design().clone();
    auto simulator = std::make_unique<Simulator>(*design);
    auto logs = std::make_unique<FlowLogParser>();
    Replay(*simulator).prepare(*logs);
    for (const QString &f : files)
        if (!logs->parseFile(f, error))
            return false;
    mImportSimulator.reset();
    mImportDesign = std::move(design);
    mImportSimulator = std::move(simulator);
    mLogs = std::move(logs);
    mReplay = Replay(*mImportSimulator).run(*mLogs);
    if (mSourceBox->count() < 2)
        mSourceBox->addItem(QString());
    mSourceBox->setItemText(1, tr("Imported: %n file(s)", nullptr, int(files.size())));
    Q_EMIT statusMessage(tr("%1 records read: %2 matched, %3 rejected, %4 explained by the design")
                             .arg(mReplay.records)
                             .arg(mReplay.matched)
                             .arg(mReplay.rejected)
                             .arg(mReplay.explained));
    showImported(true);
    return true;
}

bool FlowLogPage::exportLogs(const QString &dir, QString *error)
{
    const SimulationRun *r = mPlayer->run();
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

QByteArray FlowLogPage::layoutState() const
{
    return mSplit->saveState();
}

bool FlowLogPage::restoreLayoutState(const QByteArray &state)
{
    return !state.isEmpty() && mSplit->restoreState(state);
}
