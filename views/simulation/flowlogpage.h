#pragma once

#include "flowlogparser.h"
#include "replay.h"
#include "timeline.h"

#include <QWidget>

#include <memory>

class Design;
class Document;
class Network;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class RecordTableModel;
class Selection;
class SimulationPlayer;
class Simulator;
class TimelinePlot;

/// The simulation panel's flow-log page: the records of the played scenario's flow logs
/// (or of imported real ones) on a timeline beside their table, filtered by interface,
/// flow, action and address. A record chosen lights its flow's path and moves playback
/// to its moment; a bar clicked chooses the first record of its window.
class FlowLogPage : public QWidget
{
    Q_OBJECT

public:
    FlowLogPage(Document *document, Selection *selection, SimulationPlayer *player, QWidget *parent = nullptr);
    ~FlowLogPage() override;

    /// Reads real flow logs and lays them onto the design as it is now.
    bool importLogs(const QStringList &files, QString *error);
    /// Writes the played scenario's simulated records as AWS would deliver them.
    bool exportLogs(const QString &dir, QString *error);
    /// Shows the imported records (when there are) or the simulated ones.
    void showImported(bool imported);
    bool isShowingImported() const { return mShowImported; }
    void selectRecord(int record);
    /// Selects the first REJECT that belongs to a flow, else the first record.
    void selectFirstRecord();
    void setInterfaceFilter(int iface);
    /// Selects the objects a flow's request (or answer) passes, in simulation mode; the
    /// page's interface filter does not take that selection for the user's.
    void highlightFlow(int flow, bool answer);

    /// How the timeline and the records share the page (the splitter), kept between runs.
    QByteArray layoutState() const;
    bool restoreLayoutState(const QByteArray &state);

    TimelinePlot *timeline() const { return mPlot; }
    const Timeline &timelineData() const { return mTimeline; }
    QTableView *recordsView() const { return mRecordsView; }
    RecordTableModel *records() const { return mRecords; }

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void forgetImported();
    void onRunChanged();
    void fillInterfaces();
    void refilter();
    void copyRecord();
    void clearFilters();
    void updateSummary();
    void updateTimeline();
    void onRecordSelected();
    void onPlotClicked(double unixTime);
    void onCanvasSelection(const QStringList &ids);
    const Network *network() const;

    Document *mDocument;
    Selection *mSelection;
    SimulationPlayer *mPlayer;
    bool mSyncing = false;

    // Imported logs, and the design they were laid onto (kept aside from later edits).
    std::unique_ptr<Design> mImportDesign;
    std::unique_ptr<Simulator> mImportSimulator;
    std::unique_ptr<FlowLogParser> mLogs;
    ReplaySummary mReplay;
    bool mShowImported = false;
    Timeline mTimeline;

    QComboBox *mSourceBox;
    QComboBox *mInterfaceBox;
    QComboBox *mFlowBox;
    QSplitter *mSplit = nullptr;
    TimelinePlot *mPlot;
    RecordTableModel *mRecords;
    QTableView *mRecordsView;
    QComboBox *mActionBox;
    QLineEdit *mAddressEdit;
    QLabel *mSummary;
};
