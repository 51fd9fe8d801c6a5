#pragma once

#include "designcompare.h"

#include <QWidget>

#include <memory>
#include <optional>

class Document;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class Selection;

/// Compare with File: what changed from another design (the one compared with) to the
/// open one, as `vpc-designer diff` says it: objects added, removed and changed,
/// reachability gained and lost between subnets, intents whose verdict changed. The
/// comparison is computed from a copy of the design on a worker thread and again after
/// edits; a click on an entry selects what it names. The model decides it all.
class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    /// The roles of an entry: the ids it selects, and a removed object's id.
    enum Role { IdsRole = Qt::UserRole + 1, RemovedRole };

    ComparePanel(Document *document, Selection *selection, QWidget *parent = nullptr);
    ~ComparePanel() override;

    /// Compares the open design with `other` (read from `name`) from now on.
    void setOther(std::shared_ptr<const Design> other, const QString &name);
    /// Ends the comparison.
    void end();
    bool isComparing() const { return mOther != nullptr; }
    const Design *other() const { return mOther.get(); }
    const QString &otherName() const { return mName; }
    void recompute();
    bool isComputing() const { return mRunning; }
    const std::optional<DesignCompare> &result() const { return mResult; }
    QTreeWidget *list() const { return mList; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// A new result (or the end of the comparison): the canvas marks follow it.
    void comparisonChanged();
    /// A removed object's entry was clicked: show its ghost.
    void ghostRequested(const QString &id);
    void ended();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void schedule();
    void show(std::optional<DesignCompare> result, const QString &error, quint64 generation);
    void fill();
    void activate(QTreeWidgetItem *item);

    Document *mDocument;
    Selection *mSelection;
    QLabel *mSummary;
    QTreeWidget *mList;
    QPushButton *mEnd;
    QTimer *mDebounce;
    std::shared_ptr<const Design> mOther;
    QString mName;
    std::optional<DesignCompare> mResult;
    quint64 mGeneration = 0;
    bool mRunning = false;
    bool mStale = false;
};
