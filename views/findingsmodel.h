#pragma once

#include "finding.h"

#include <QAbstractTableModel>

class ValidationEngine;

/// The engine's findings as a table: severity, rule, objects, message.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, ObjectsColumn, MessageColumn, ColumnCount };
    enum Role { ObjectsRole = Qt::UserRole + 1, SeverityRole };

    explicit FindingsModel(ValidationEngine *engine, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Finding &finding(int row) const { return mFindings.at(row); }
    /// Counts by severity, for a summary line.
    int count(Severity severity) const;

    /// The colour views use for a severity.
    static QColor colour(Severity severity);
    static QString severityText(Severity severity);

private:
    void refresh();

    ValidationEngine *mEngine;
    FindingList mFindings;
};
