#include "reachabilitypanel.h"

#include "backgroundwork.h"
#include "design.h"
#include "document.h"
#include "selection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace {

/// Everything open: every TCP and UDP port and a few protocols, on a log scale.
constexpr double MostOpen = 5.2; // log10(1 + 2 x 65536 + 256)

double weight(const OpenSet &open)
{
    return std::log10(1.0 + double(open.size()));
}

} // namespace

ReachabilityPanel::ReachabilityPanel(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent), mDocument(document), mSelection(selection), mAxis(new QComboBox(this)),
      mProtocol(new QComboBox(this)), mPorts(new QLineEdit(this)), mSummary(new QLabel(this)),
      mPlot(new QCustomPlot(this)), mMap(nullptr), mDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("ReachabilityPanel"));
    mAxis->addItem(tr("Subnets"), int(Axis::Subnets));
    mAxis->addItem(tr("Security groups"), int(Axis::SecurityGroups));
    mAxis->addItem(tr("VPCs"), int(Axis::Vpcs));
    mAxis->setToolTip(tr("What the rows and columns are"));
    mProtocol->setEditable(true);
    mProtocol->addItems({QStringLiteral("all"), QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"),
                         QStringLiteral("icmpv6")});
    mProtocol->setToolTip(tr("Only this protocol (all, tcp, udp, icmp, icmpv6 or a number)"));
    mPorts->setPlaceholderText(tr("every port"));
    mPorts->setToolTip(tr("Only these destination ports: 443, 1024-65535, or a list"));
    mSummary->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(mAxis);
    bar->addWidget(new QLabel(tr("Protocol:"), this));
    bar->addWidget(mProtocol);
    bar->addWidget(new QLabel(tr("Ports:"), this));
    bar->addWidget(mPorts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(mPlot, 1);
    layout->addWidget(mSummary);

    mPlot->setMinimumHeight(180);
    mPlot->setMouseTracking(true);
    mPlot->axisRect()->setupFullAxesBox(true);
    mPlot->yAxis->setRangeReversed(true);
    mPlot->xAxis->setTickLabelRotation(60);
    mPlot->xAxis->setLabel(tr("to"));
    mPlot->yAxis->setLabel(tr("from"));
    mMap = new QCPColorMap(mPlot->xAxis, mPlot->yAxis);
    mMap->setInterpolate(false);
    mMap->setTightBoundary(false);
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(225, 225, 225));
    gradient.setColorStopAt(0.001, QColor(190, 230, 180));
    gradient.setColorStopAt(0.45, QColor(240, 200, 70));
    gradient.setColorStopAt(1.0, QColor(205, 45, 45));
    mMap->setGradient(gradient);
    mMap->setDataRange(QCPRange(0, MostOpen));
    auto *scale = new QCPColorScale(mPlot);
    mPlot->plotLayout()->addElement(0, 1, scale);
    scale->setGradient(gradient);
    scale->setDataRange(QCPRange(0, MostOpen));
    scale->axis()->setLabel(tr("how much is open (log10 of ports)"));
    mMap->setColorScale(scale);

    connect(mAxis, &QComboBox::activated, this, [this] { setAxis(Axis(mAxis->currentData().toInt())); });
    const auto filter = [this] {
        if (!setFilter(mProtocol->currentText(), mPorts->text()))
            Q_EMIT statusMessage(tr("The filter does not read: a protocol such as tcp and ports such as 443 or "
                                    "1024-65535"));
    };
    connect(mProtocol, &QComboBox::activated, this, filter);
    connect(mPorts, &QLineEdit::editingFinished, this, filter);
    connect(mPlot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QPoint cell = cellAt(event->position());
        if (cell.x() >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), cellText(cell.y(), cell.x()), mPlot);
        else
            QToolTip::hideText();
    });
    connect(mPlot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (event->button() == Qt::LeftButton)
            activate(cellAt(event->position()), false);
    });
    connect(mPlot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *event) {
        if (event->button() == Qt::LeftButton)
            activate(cellAt(event->position()), true);
    });
    // Edits come in bursts: computed again once they pause, and only while shown.
    mDebounce->setSingleShot(true);
    mDebounce->setInterval(400);
    connect(mDebounce, &QTimer::timeout, this, &ReachabilityPanel::recompute);
    connect(mDocument, &Document::objectAdded, this, &ReachabilityPanel::schedule);
    connect(mDocument, &Document::objectRemoved, this, &ReachabilityPanel::schedule);
    connect(mDocument, &Document::objectRenamed, this, &ReachabilityPanel::schedule);
    connect(mDocument, &Document::propertyChanged, this, &ReachabilityPanel::schedule);
    connect(mDocument, &Document::designReset, this, &ReachabilityPanel::schedule);
    mSummary->setText(tr("Not computed yet."));
}

ReachabilityPanel::~ReachabilityPanel()
{
    // A worker owns its copy of the design; its result is dropped, but it is waited for.
    BackgroundWork::waitAll();
}

void ReachabilityPanel::setAxis(Axis axis)
{
    mAxis->setCurrentIndex(mAxis->findData(int(axis)));
    recompute();
}

bool ReachabilityPanel::setFilter(const QString &protocol, const QString &ports)
{
    const auto p = Protocol::parse(protocol.trimmed().toStdString());
    if (!p)
        return false;
    QList<PortRange> ranges;
    for (const QString &part : ports.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto r = PortRange::parse(part.trimmed().toStdString());
        if (!r)
            return false;
        ranges.append(*r);
    }
    if (ranges.isEmpty())
        ranges.append(PortRange::all());
    mFilterProtocol = *p;
    mFilterPorts = ranges;
    mProtocol->setCurrentText(protocol.trimmed());
    mPorts->setText(ports.trimmed());
    recompute();
    return true;
}

void ReachabilityPanel::schedule()
{
    mStale = true;
    if (isVisible())
        mDebounce->start();
}

void ReachabilityPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mStale)
        mDebounce->start(0);
}

void ReachabilityPanel::recompute()
{
    mDebounce->stop();
    mStale = false;
    const quint64 generation = ++mGeneration;
    mRunning = true;
    mSummary->setText(tr("Computing…"));
    // The worker gets a copy: the design may change while it runs.
    std::shared_ptr<Design> copy(mDocument->design().clone());
    const Axis axis = Axis(mAxis->currentData().toInt());
    const Protocol protocol = mFilterProtocol;
    const QList<PortRange> ports = mFilterPorts;
    BackgroundWork::run(this, [this, copy, axis, protocol, ports, generation]() -> std::function<void()> {
        const QStringList ids = axis == Axis::Subnets          ? ReachMatrix::subnets(*copy)
                                : axis == Axis::SecurityGroups ? ReachMatrix::securityGroups(*copy)
                                                               : ReachMatrix::vpcs(*copy);
        const Simulator simulator(*copy);
        const Reachability engine(simulator);
        QString why;
        auto m = std::make_shared<std::optional<ReachMatrix>>(
            ReachMatrix::compute(engine, ids, ids, axis != Axis::Vpcs, &why, protocol, ports));
        return [this, m, why, generation] { show(std::move(*m), why, generation); };
    });
}

void ReachabilityPanel::show(std::optional<ReachMatrix> matrix, const QString &error, quint64 generation)
{
    if (generation != mGeneration)
        return; // a newer one is on its way
    mRunning = false;
    mMatrix = std::move(matrix);
    if (!mMatrix)
        mSummary->setText(tr("Cannot compute the matrix: %1").arg(error));
    else
        mSummary->setText(tr("%1 of %2 pairs have something open; %3 classes of packets evaluated. Hover a cell for "
                             "what is open, click to select, double-click to replay a packet that gets through.")
                              .arg(mMatrix->cells.size())
                              .arg(mMatrix->pairs)
                              .arg(mMatrix->classes));
    redraw();
    Q_EMIT computed();
}

void ReachabilityPanel::redraw()
{
    const int n = mMatrix ? int(mMatrix->rows.size()) : 0;
    mMap->data()->setSize(std::max(n, 1), std::max(n, 1));
    mMap->data()->setRange(QCPRange(0, std::max(n - 1, 0)), QCPRange(0, std::max(n - 1, 0)));
    mMap->data()->fill(0);
    if (mMatrix)
        for (const ReachMatrix::Cell &c : mMatrix->cells)
            mMap->data()->setCell(c.column, c.row, weight(c.open));
    QSharedPointer<QCPAxisTickerText> rows(new QCPAxisTickerText), columns(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i) {
        rows->addTick(i, mMatrix->rows[i]);
        columns->addTick(i, mMatrix->columns[i]);
    }
    mPlot->yAxis->setTicker(rows);
    mPlot->xAxis->setTicker(columns);
    mPlot->xAxis->setRange(-0.5, std::max(n, 1) - 0.5);
    mPlot->yAxis->setRange(-0.5, std::max(n, 1) - 0.5);
    mPlot->replot();
}

QPoint ReachabilityPanel::cellAt(const QPointF &pixel) const
{
    if (!mMatrix || !mPlot->axisRect()->rect().contains(pixel.toPoint()))
        return {-1, -1};
    const int column = int(std::lround(mPlot->xAxis->pixelToCoord(pixel.x())));
    const int row = int(std::lround(mPlot->yAxis->pixelToCoord(pixel.y())));
    if (row < 0 || column < 0 || row >= mMatrix->rows.size() || column >= mMatrix->columns.size())
        return {-1, -1};
    return {column, row};
}

QPointF ReachabilityPanel::cellCentre(int row, int column) const
{
    return {mPlot->xAxis->coordToPixel(column), mPlot->yAxis->coordToPixel(row)};
}

QString ReachabilityPanel::cellText(int row, int column) const
{
    if (!mMatrix || row < 0 || column < 0 || row >= mMatrix->rows.size() || column >= mMatrix->columns.size())
        return {};
    const ReachMatrix::Cell *c = mMatrix->cell(row, column);
    return tr("%1 -> %2: %3")
        .arg(mMatrix->rows[row], mMatrix->columns[column], c ? c->open.toString() : tr("nothing gets there and back"));
}

void ReachabilityPanel::activate(const QPoint &cell, bool replay)
{
    if (cell.x() < 0 || !mMatrix)
        return;
    const QString from = mMatrix->rows[cell.y()];
    const QString to = mMatrix->columns[cell.x()];
    mSelection->set({from, to}, true);
    Q_EMIT statusMessage(cellText(cell.y(), cell.x()));
    const ReachMatrix::Cell *c = mMatrix->cell(cell.y(), cell.x());
    if (replay && c && !c->witnessPacket.isEmpty())
        Q_EMIT replayRequested(c->witnessPacket, tr("%1 -> %2").arg(from, to));
}

void ReachabilityPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Axes and text follow the palette (dark themes).
        const QColor text = palette().color(QPalette::WindowText);
        const QColor base = palette().color(QPalette::Base);
        mPlot->setBackground(base);
        for (QCPAxis *axis : {mPlot->xAxis, mPlot->yAxis, mPlot->xAxis2, mPlot->yAxis2}) {
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->setBasePen(QPen(text));
            axis->setTickPen(QPen(text));
        }
        mPlot->replot();
    }
}
