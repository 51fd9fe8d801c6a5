#pragma once

#include "designsearch.h"

#include <QWidget>

class Document;
class QLabel;
class QLineEdit;
class QToolButton;
class Selection;

/// Find (Ctrl+F): a bar over the canvas that finds objects by id, name, CIDR or IP
/// address as you type (an address finds the instance, subnet and VPC that hold it).
/// The current result is selected and brought into sight; Enter goes to the next,
/// Shift+Enter to the previous, Escape closes the bar.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    FindBar(Document *document, Selection *selection, QWidget *parent = nullptr);

    /// Shows the bar with the focus in its field, the text selected.
    void activate();
    void next();
    void previous();
    QLineEdit *field() const { return mField; }
    const QList<DesignSearch::Match> &results() const { return mResults; }
    int current() const { return mCurrent; }

Q_SIGNALS:
    /// The bar closed (Escape or its button): the focus may go back to the canvas.
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Finds what the field says and goes to the first result.
    void search();
    /// Finds again after an edit, keeping the current result and the selection.
    void refresh();
    void show(int index);
    void showCount();

    Document *mDocument;
    Selection *mSelection;
    QLineEdit *mField;
    QLabel *mCount;
    QToolButton *mPrevious;
    QToolButton *mNext;
    QList<DesignSearch::Match> mResults;
    int mCurrent = -1;
    bool mRefreshQueued = false;
};
