#pragma once

#include "properties.h"

#include <QWidget>

class Document;
class QTableWidget;
class QCheckBox;
class QLabel;

/// Edits a list-valued property as a table: a route table's routes, an ACL's rules, a
/// security group's rules. Cells are checked as they are typed (a bad CIDR turns red
/// and says why); the whole list is committed as one undoable change when every cell
/// is good.
class RuleTable : public QWidget
{
    Q_OBJECT

public:
    RuleTable(Document *document, const QString &objectId, const PropertyDef &def, QWidget *parent = nullptr);

    /// Shows the property's current value (after an undo, say).
    void refresh();
    QTableWidget *table() const { return mTable; }
    /// Adds a row with sensible values, or removes the selected rows; both commit.
    void addRow();
    void removeSelectedRows();

private:
    enum class Row { Route, Nacl, Sg };
    QStringList headers() const;
    QStringList rowOf(int index, const QVariant &value) const;
    QStringList defaultRow() const;
    /// Reads every row; false (with the first problem shown) when a cell is bad.
    bool read(QVariant &value, QString &problem, int &badRow, int &badColumn) const;
    void cellEdited(int row, int column);
    void commit();

    Document *mDocument;
    QString mId;
    const PropertyDef &mDef;
    Row mRow;
    bool mIngress;
    QTableWidget *mTable;
    QCheckBox *mDefault = nullptr; // security-group egress: absent (allow all) or written
    QLabel *mProblem;
    bool mLoading = false;
};
