#pragma once

#include <QAbstractTableModel>

#include <vector>

class FlowLogParser;
class Network;
class SimulationRun;
struct ReplaySummary;

/// Flow-log records as a table: those the simulator captured for a scenario, or those of
/// imported files with, for each REJECT, the setting of the design that rejects it.
/// Filtering and sorting are done here on typed values (a million imported records sort
/// in well under a second; a proxy model would build strings for every comparison).
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Start,
        Interface,
        Source,
        Destination,
        SourcePort,
        DestinationPort,
        Protocol,
        Packets,
        Bytes,
        Action,
        Status,
        Delivered,
        Cause,
        ColumnCount
    };
    enum class ActionFilter { Any, Accept, Reject };

    explicit RecordTableModel(QObject *parent = nullptr);

    void showSimulated(const SimulationRun *run);
    void showImported(const FlowLogParser *logs, const ReplaySummary *summary, const Network *network);
    bool isImported() const { return mLogs != nullptr; }

    /// Which records are shown: those of one interface and one flow (-1: any; imported
    /// records belong to no flow), of an action, with an address that contains `address`.
    struct Filter
    {
        int iface = -1;
        int flow = -1;
        ActionFilter action = ActionFilter::Any;
        QString address;
        bool operator==(const Filter &) const = default;
    };
    void setFilter(const Filter &filter);
    const Filter &filter() const { return mFilter; }
    int filterInterface() const { return mFilter.iface; }

    /// The record (in its source's order) shown at a row, and the row of a record (-1).
    int recordAt(int row) const { return row >= 0 && row < int(mRows.size()) ? mRows[size_t(row)] : -1; }
    int rowOf(int record) const;
    /// The interface, time (Unix seconds) and flow (-1 when imported) of a record.
    int interfaceOf(int record) const;
    qint64 startOf(int record) const;
    int flowOf(int record) const;
    bool isAccepted(int record) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void rebuild();
    void sortRows();
    int recordCount() const;
    QString addressText(int record, bool source) const;
    QVariant cell(int record, int column) const;
    /// A value to sort by: numbers as numbers.
    qint64 sortKey(int record, int column) const;

    const SimulationRun *mRun = nullptr;
    const FlowLogParser *mLogs = nullptr;
    const ReplaySummary *mSummary = nullptr;
    const Network *mNetwork = nullptr;
    std::vector<int> mRows;
    Filter mFilter;
    int mSortColumn = Start;
    Qt::SortOrder mSortOrder = Qt::AscendingOrder;
};
