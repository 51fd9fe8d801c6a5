#pragma once

#include <QWidget>

class FindingsModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class Selection;
class ValidationEngine;

/// The findings of the design as a list: a summary line and a table. Activating a row
/// selects its objects and asks the views to bring them into sight.
class IssuesPanel : public QWidget
{
    Q_OBJECT

public:
    IssuesPanel(ValidationEngine *engine, Selection *selection, QWidget *parent = nullptr);

    QTableView *view() const { return mView; }
    FindingsModel *model() const { return mModel; }
    /// Selects the objects of the finding at `row` (in the sorted view) and focuses them.
    void activateRow(int row);

private:
    void updateSummary();

    FindingsModel *mModel;
    QSortFilterProxyModel *mProxy;
    QTableView *mView;
    QLabel *mSummary;
    Selection *mSelection;
};
