#pragma once

#include <QAbstractTableModel>

class Document;
class SimulationRun;
struct Flow;

/// The flows of one scenario as a table that edits them: every cell is a property of the
/// flow, changed through the undo stack; the last column shows the simulator's verdict.
class FlowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, From, To, Protocol, Port, Start, Duration, Rate, Reply, Verdict, ColumnCount };

    explicit FlowTableModel(Document *document, QObject *parent = nullptr);

    void setScenario(const QString &scenarioId);
    QString scenario() const { return mScenario; }
    /// The run whose verdicts the last column shows (may be null or out of date).
    void setRun(const SimulationRun *run);

    QString flowId(int row) const;
    int rowOf(const QString &flowId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    /// The file key a column edits.
    static const char *key(int column);

private:
    void refresh();
    const Flow *flowAt(int row) const;

    Document *mDocument;
    QString mScenario;
    QStringList mFlows; // ids, in the scenario's order
    const SimulationRun *mRun = nullptr;
};
