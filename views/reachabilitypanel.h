#pragma once

#include "finding.h"
#include "reachmatrix.h"

#include <QWidget>

#include <optional>

class Document;
class QComboBox;
class QCPColorMap;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QTimer;
class Selection;

/// The reachability matrix as a colour map (INTENTS.md): subnets, security groups or VPCs
/// on both axes, each cell coloured by how much is open from the row to the column and
/// labelled with the exact protocols and ports on hover. A click selects the two; a
/// double click replays the cell's witness. The matrix is computed from a copy of the
/// design on a worker thread, so the window stays responsive; the model decides it all.
class ReachabilityPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Axis { Subnets, SecurityGroups, Vpcs };

    ReachabilityPanel(Document *document, Selection *selection, QWidget *parent = nullptr);
    ~ReachabilityPanel() override;

    void setAxis(Axis axis);
    /// A protocol (tcp, udp, icmp, icmpv6, all, a number) and ports (443, 1024-65535, ...).
    bool setFilter(const QString &protocol, const QString &ports);
    /// Computes again (after the debounce of edits, or at once).
    void recompute();
    bool isComputing() const { return mRunning; }
    const std::optional<ReachMatrix> &matrix() const { return mMatrix; }
    /// The text a cell shows on hover ("subnet-a -> subnet-b: tcp 443").
    QString cellText(int row, int column) const;
    /// The cell under a point of the plot, or (-1, -1).
    QPoint cellAt(const QPointF &pixel) const;
    /// The centre of a cell, in the plot's pixels (for tests and the keyboard).
    QPointF cellCentre(int row, int column) const;
    QCustomPlot *plot() const { return mPlot; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The witness of a cell, to replay as a flow.
    void replayRequested(const Witness &witness, const QString &what);
    void computed();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void schedule();
    void show(std::optional<ReachMatrix> matrix, const QString &error, quint64 generation);
    void redraw();
    void activate(const QPoint &cell, bool replay);

    Document *mDocument;
    Selection *mSelection;
    QComboBox *mAxis;
    QComboBox *mProtocol;
    QLineEdit *mPorts;
    QLabel *mSummary;
    QCustomPlot *mPlot;
    QCPColorMap *mMap;
    QTimer *mDebounce;
    std::optional<ReachMatrix> mMatrix;
    Protocol mFilterProtocol{Protocol::All};
    QList<PortRange> mFilterPorts{PortRange::all()};
    quint64 mGeneration = 0;
    bool mRunning = false;
    bool mStale = true;
};
