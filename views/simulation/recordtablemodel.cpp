#include "recordtablemodel.h"
#include "canvastheme.h"
#include <QGuiApplication>
#include <QPalette>

#include "flowlogparser.h"
#include "replay.h"
#include "simulationrun.h"

#include <QBrush>
#include <QDateTime>

#include <algorithm>

RecordTableModel::RecordTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecordTableModel::showSimulated(const SimulationRun *run)
{
    beginResetModel();
    mRun = run && run->isValid() ? run : nullptr;
    mLogs = nullptr;
    mSummary = nullptr;
    mNetwork = mRun ? &mRun->simulator().network() : nullptr;
    rebuild();
    endResetModel();
}

void RecordTableModel::showImported(const FlowLogParser *logs, const ReplaySummary *summary, const Network *network)
{
    beginResetModel();
    mRun = nullptr;
    mLogs = logs;
    mSummary = summary;
    mNetwork = network;
    rebuild();
    endResetModel();
}

void RecordTableModel::setFilter(const Filter &filter)
{
    Filter f = filter;
    f.address = f.address.trimmed();
    if (f == mFilter)
        return;
    beginResetModel();
    mFilter = f;
    rebuild();
    endResetModel();
}

int RecordTableModel::recordCount() const
{
    if (mRun)
        return int(mRun->capture().records.size());
    if (mLogs)
        return int(mLogs->records.size());
    return 0;
}

int RecordTableModel::interfaceOf(int record) const
{
    if (mRun)
        return mRun->capture().records[size_t(record)].iface;
    if (mSummary && size_t(record) < mSummary->recordInterface.size())
        return mSummary->recordInterface[size_t(record)];
    return -1;
}

qint64 RecordTableModel::startOf(int record) const
{
    if (mRun)
        return mRun->capture().records[size_t(record)].start;
    return mLogs ? mLogs->records[size_t(record)].start : 0;
}

int RecordTableModel::flowOf(int record) const
{
    return mRun ? mRun->capture().records[size_t(record)].flow : -1;
}

bool RecordTableModel::isAccepted(int record) const
{
    if (mRun) {
        const FlowLogRecord &r = mRun->capture().records[size_t(record)];
        return r.status == FlowLogRecord::Status::Ok && r.accepted;
    }
    return mLogs && mLogs->records[size_t(record)].action == LogRecord::Action::Accept;
}

QString RecordTableModel::addressText(int record, bool source) const
{
    if (mRun) {
        const FlowLogRecord &r = mRun->capture().records[size_t(record)];
        if (r.status != FlowLogRecord::Status::Ok)
            return QStringLiteral("-");
        return (source ? r.src : r.dst).toString();
    }
    const LogRecord &r = mLogs->records[size_t(record)];
    const IpAddress &a = source ? r.src : r.dst;
    return a.isValid() ? a.toString() : QStringLiteral("-");
}

void RecordTableModel::rebuild()
{
    mRows.clear();
    const int n = recordCount();
    mRows.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        if (mFilter.iface >= 0 && interfaceOf(i) != mFilter.iface)
            continue;
        if (mFilter.flow >= 0 && flowOf(i) != mFilter.flow)
            continue;
        if (mFilter.action != ActionFilter::Any) {
            const bool data = mRun ? mRun->capture().records[size_t(i)].status == FlowLogRecord::Status::Ok
                                   : mLogs->records[size_t(i)].action != LogRecord::Action::None;
            if (!data || isAccepted(i) != (mFilter.action == ActionFilter::Accept))
                continue;
        }
        if (!mFilter.address.isEmpty() && !addressText(i, true).contains(mFilter.address) &&
            !addressText(i, false).contains(mFilter.address))
            continue;
        mRows.push_back(i);
    }
    sortRows(); // the sources hold records by log and window, or by file
}

int RecordTableModel::rowOf(int record) const
{
    const auto it = std::find(mRows.begin(), mRows.end(), record);
    return it == mRows.end() ? -1 : int(it - mRows.begin());
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordTableModel::cell(int record, int column) const
{
    const auto time = [](qint64 t) {
        return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    const int iface = interfaceOf(record);
    const auto ifaceText = [&]() -> QString {
        if (iface >= 0 && mNetwork)
            return QStringLiteral("%1 (%2)").arg(mNetwork->interfaces[size_t(iface)].eni,
                                                 mNetwork->interfaces[size_t(iface)].owner->id);
        if (mLogs)
            return mLogs->text(mLogs->records[size_t(record)].interfaceId);
        return {};
    };
    if (mRun) {
        const FlowLogRecord &r = mRun->capture().records[size_t(record)];
        const bool data = r.status == FlowLogRecord::Status::Ok;
        switch (column) {
        case Start:
            return time(r.start);
        case Interface:
            return ifaceText();
        case Source:
            return addressText(record, true);
        case Destination:
            return addressText(record, false);
        case SourcePort:
            return data ? QVariant(r.srcPort) : QVariant(QStringLiteral("-"));
        case DestinationPort:
            return data ? QVariant(r.dstPort) : QVariant(QStringLiteral("-"));
        case Protocol:
            return data ? ::Protocol(r.protocol).toString() : QStringLiteral("-");
        case Packets:
            return data ? QVariant(r.packets) : QVariant(QStringLiteral("-"));
        case Bytes:
            return data ? QVariant(r.bytes) : QVariant(QStringLiteral("-"));
        case Action:
            return data ? (r.accepted ? tr("ACCEPT") : tr("REJECT")) : QStringLiteral("-");
        case Status:
            return r.status == FlowLogRecord::Status::Ok ? QStringLiteral("OK") : QStringLiteral("NODATA");
        case Delivered:
            return time(r.delivered);
        case Cause:
            return r.flow >= 0 ? mRun->runs()[size_t(r.flow)].flow->id + (r.answer ? tr(" (answer)") : QString())
                               : QString();
        default:
            return {};
        }
    }
    const LogRecord &r = mLogs->records[size_t(record)];
    const auto number = [](qint64 v) { return v < 0 ? QVariant(QStringLiteral("-")) : QVariant(v); };
    switch (column) {
    case Start:
        return time(r.start);
    case Interface:
        return ifaceText();
    case Source:
        return addressText(record, true);
    case Destination:
        return addressText(record, false);
    case SourcePort:
        return number(r.srcPort);
    case DestinationPort:
        return number(r.dstPort);
    case Protocol:
        return r.protocol < 0 ? QStringLiteral("-") : ::Protocol(r.protocol).toString();
    case Packets:
        return number(r.packets);
    case Bytes:
        return number(r.bytes);
    case Action:
        return r.action == LogRecord::Action::Accept   ? tr("ACCEPT")
               : r.action == LogRecord::Action::Reject ? tr("REJECT")
                                                       : QStringLiteral("-");
    case Status:
        return r.status == LogRecord::Status::Ok       ? QStringLiteral("OK")
               : r.status == LogRecord::Status::NoData ? QStringLiteral("NODATA")
                                                       : QStringLiteral("SKIPDATA");
    case Delivered:
        return QStringLiteral("-");
    case Cause: {
        if (!mSummary || size_t(record) >= mSummary->recordReject.size())
            return {};
        if (iface < 0 && r.status == LogRecord::Status::Ok)
            return tr("matches nothing in the design");
        const int reject = mSummary->recordReject[size_t(record)];
        if (reject < 0)
            return {};
        const ReplayReject &g = mSummary->rejects[size_t(reject)];
        if (g.blockedBy.empty())
            return g.note;
        QStringList parts;
        for (const HopText &h : g.blockedBy)
            parts.append(QStringLiteral("%1 (%2): %3").arg(h.at, h.kind, h.detail));
        return parts.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    const int record = recordAt(index.row());
    if (record < 0)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return cell(record, index.column());
    if (role == Qt::ForegroundRole && index.column() == Action)
        return QBrush(isAccepted(record) ? CanvasTheme::acceptedText(QGuiApplication::palette())
                                         : CanvasTheme::rejectedText(QGuiApplication::palette()));
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Start:
        return tr("Start (UTC)");
    case Interface:
        return tr("Interface");
    case Source:
        return tr("Source");
    case Destination:
        return tr("Destination");
    case SourcePort:
        return tr("Src port");
    case DestinationPort:
        return tr("Dst port");
    case Protocol:
        return tr("Protocol");
    case Packets:
        return tr("Packets");
    case Bytes:
        return tr("Bytes");
    case Action:
        return tr("Action");
    case Status:
        return tr("Status");
    case Delivered:
        return tr("Visible at");
    case Cause:
        return isImported() ? tr("Rejected by") : tr("Flow");
    default:
        return {};
    }
}

qint64 RecordTableModel::sortKey(int record, int column) const
{
    if (mRun) {
        const FlowLogRecord &r = mRun->capture().records[size_t(record)];
        switch (column) {
        case Start:
            return r.start;
        case Interface:
            return r.iface;
        case SourcePort:
            return r.srcPort;
        case DestinationPort:
            return r.dstPort;
        case Protocol:
            return r.protocol;
        case Packets:
            return r.packets;
        case Bytes:
            return r.bytes;
        case Action:
            return r.status != FlowLogRecord::Status::Ok ? 2 : r.accepted ? 0 : 1;
        case Status:
            return int(r.status);
        case Delivered:
            return r.delivered;
        case Cause:
            return r.flow;
        default:
            return 0;
        }
    }
    const LogRecord &r = mLogs->records[size_t(record)];
    switch (column) {
    case Start:
        return r.start;
    case Interface:
        return r.interfaceId;
    case SourcePort:
        return r.srcPort;
    case DestinationPort:
        return r.dstPort;
    case Protocol:
        return r.protocol;
    case Packets:
        return r.packets;
    case Bytes:
        return r.bytes;
    case Action:
        return int(r.action);
    case Status:
        return int(r.status);
    case Cause:
        return mSummary && size_t(record) < mSummary->recordReject.size() ? mSummary->recordReject[size_t(record)] : -1;
    default:
        return 0;
    }
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    mSortColumn = column;
    mSortOrder = order;
    beginResetModel(); // rows move: selections made before mean other records now
    sortRows();
    endResetModel();
}

void RecordTableModel::sortRows()
{
    const int column = mSortColumn;
    const Qt::SortOrder order = mSortOrder;
    const bool byAddress = column == Source || column == Destination;
    const auto address = [&](int record) -> IpAddress {
        if (mRun) {
            const FlowLogRecord &r = mRun->capture().records[size_t(record)];
            return column == Source ? r.src : r.dst;
        }
        const LogRecord &r = mLogs->records[size_t(record)];
        return column == Source ? r.src : r.dst;
    };
    std::stable_sort(mRows.begin(), mRows.end(), [&](int a, int b) {
        const bool less = byAddress ? address(a) < address(b) : sortKey(a, column) < sortKey(b, column);
        const bool more = byAddress ? address(b) < address(a) : sortKey(b, column) < sortKey(a, column);
        return order == Qt::AscendingOrder ? less : more;
    });
}
