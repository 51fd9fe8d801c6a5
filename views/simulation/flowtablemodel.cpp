#include "flowtablemodel.h"
#include "canvastheme.h"
#include <QGuiApplication>
#include <QPalette>

#include "design.h"
#include "document.h"
#include "properties.h"
#include "propertycommand.h"
#include "simulationrun.h"

#include <QBrush>
#include <QUndoStack>

FlowTableModel::FlowTableModel(Document *document, QObject *parent) : QAbstractTableModel(parent), mDocument(document)
{
    connect(document, &Document::objectAdded, this, &FlowTableModel::refresh);
    connect(document, &Document::objectRemoved, this, &FlowTableModel::refresh);
    connect(document, &Document::objectRenamed, this, [this](const QString &oldId, const QString &newId) {
        if (oldId == mScenario)
            mScenario = newId;
        refresh();
    });
    connect(document, &Document::designReset, this, &FlowTableModel::refresh);
    connect(document, &Document::propertyChanged, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

const char *FlowTableModel::key(int column)
{
    switch (column) {
    case Id:
        return "id";
    case From:
        return "from";
    case To:
        return "to";
    case Protocol:
        return "protocol";
    case Port:
        return "port";
    case Start:
        return "start";
    case Duration:
        return "duration";
    case Rate:
        return "packets-per-second";
    case Reply:
        return "reply";
    default:
        return nullptr;
    }
}

void FlowTableModel::setScenario(const QString &scenarioId)
{
    mScenario = scenarioId;
    refresh();
}

void FlowTableModel::setRun(const SimulationRun *run)
{
    mRun = run;
    if (!mFlows.isEmpty())
        Q_EMIT dataChanged(index(0, Verdict), index(int(mFlows.size()) - 1, Verdict));
}

void FlowTableModel::refresh()
{
    beginResetModel();
    mFlows.clear();
    const Object *o = mDocument->find(mScenario);
    if (o && o->kind == ObjectKind::Scenario)
        for (const Flow *f : static_cast<const Scenario *>(o)->flowList())
            mFlows.append(f->id);
    endResetModel();
}

QString FlowTableModel::flowId(int row) const
{
    return mFlows.value(row);
}

int FlowTableModel::rowOf(const QString &flowId) const
{
    return int(mFlows.indexOf(flowId));
}

const Flow *FlowTableModel::flowAt(int row) const
{
    const Object *o = mDocument->find(mFlows.value(row));
    return o && o->kind == ObjectKind::Flow ? static_cast<const Flow *>(o) : nullptr;
}

int FlowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mFlows.size());
}

int FlowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlowTableModel::data(const QModelIndex &index, int role) const
{
    const Flow *f = flowAt(index.row());
    if (!f)
        return {};
    if (index.column() == Verdict) {
        const FlowRun *run = nullptr;
        if (mRun && mRun->isValid())
            for (const FlowRun &r : mRun->runs())
                if (r.flow->id == f->id)
                    run = &r;
        if (!run)
            return {};
        if (role == Qt::DisplayRole)
            return !run->error.isEmpty() ? tr("error") : run->delivered() ? tr("delivered") : tr("dropped");
        if (role == Qt::ForegroundRole)
            return QBrush(run->delivered() ? CanvasTheme::acceptedText(QGuiApplication::palette())
                                           : CanvasTheme::rejectedText(QGuiApplication::palette()));
        if (role == Qt::ToolTipRole)
            return run->error;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const PropertyDef *def = findProperty(ObjectKind::Flow, std::string_view(key(index.column())));
    if (!def)
        return {};
    if (index.column() == Reply && role == Qt::DisplayRole)
        return f->reply ? tr("yes") : tr("no");
    return propertyText(*def, def->get(*f));
}

QVariant FlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Flow");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Protocol:
        return tr("Protocol");
    case Port:
        return tr("Port");
    case Start:
        return tr("Start (s)");
    case Duration:
        return tr("Duration (s)");
    case Rate:
        return tr("Packets/s");
    case Reply:
        return tr("Answer");
    case Verdict:
        return tr("Verdict");
    default:
        return {};
    }
}

Qt::ItemFlags FlowTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() != Verdict)
        f |= Qt::ItemIsEditable;
    return f;
}

bool FlowTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() == Verdict)
        return false;
    const Flow *f = flowAt(index.row());
    const PropertyDef *def = findProperty(ObjectKind::Flow, std::string_view(key(index.column())));
    if (!f || !def)
        return false;
    QString text = value.toString().trimmed();
    if (index.column() == Reply)
        text = (text == tr("yes") || text == QLatin1String("true") || text == QLatin1String("1"))
                   ? QStringLiteral("true")
                   : QStringLiteral("false");
    QString why;
    const auto parsed = propertyFromText(*def, text, &why);
    if (!parsed)
        return false;
    if (*parsed == def->get(*f))
        return true;
    mDocument->undoStack()->push(new ChangePropertyCommand(mDocument, f->id, QString::fromLatin1(def->key), *parsed));
    return true;
}
