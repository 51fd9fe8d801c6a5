#include "findingsmodel.h"

#include "validationengine.h"

#include <QColor>

FindingsModel::FindingsModel(ValidationEngine *engine, QObject *parent) : QAbstractTableModel(parent), mEngine(engine)
{
    connect(engine, &ValidationEngine::findingsChanged, this, &FindingsModel::refresh);
    refresh();
}

void FindingsModel::refresh()
{
    beginResetModel();
    mFindings = mEngine->findings();
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mFindings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor FindingsModel::colour(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QColor(0xd1, 0x34, 0x38);
    case Severity::Warning:
        return QColor(0xe8, 0x8a, 0x00);
    case Severity::Info:
        return QColor(0x1f, 0x6f, 0xc5);
    }
    return {};
}

QString FindingsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("error");
    case Severity::Warning:
        return tr("warning");
    case Severity::Info:
        return tr("info");
    }
    return {};
}

int FindingsModel::count(Severity severity) const
{
    return int(
        std::count_if(mFindings.begin(), mFindings.end(), [&](const Finding &f) { return f.severity == severity; }));
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mFindings.size())
        return {};
    const Finding &f = mFindings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(f.severity);
        case RuleColumn:
            return f.rule;
        case ObjectsColumn:
            return f.objects.join(QStringLiteral(", "));
        case MessageColumn:
            return f.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return f.message;
    case Qt::ForegroundRole:
        return index.column() == SeverityColumn ? QVariant(colour(f.severity)) : QVariant();
    case ObjectsRole:
        return f.objects;
    case SeverityRole:
        return int(f.severity);
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case ObjectsColumn:
        return tr("Objects");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}
