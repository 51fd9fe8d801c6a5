#include "issuespanel.h"

#include "findingsmodel.h"
#include "selection.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

IssuesPanel::IssuesPanel(ValidationEngine *engine, Selection *selection, QWidget *parent)
    : QWidget(parent), mModel(new FindingsModel(engine, this)), mProxy(new QSortFilterProxyModel(this)),
      mView(new QTableView(this)), mSummary(new QLabel(this)), mSelection(selection)
{
    setObjectName(QStringLiteral("IssuesPanel"));
    mProxy->setSourceModel(mModel);
    mView->setObjectName(QStringLiteral("IssuesView"));
    mView->setModel(mProxy);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setWordWrap(false);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->horizontalHeader()->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    mView->horizontalHeader()->setSectionResizeMode(FindingsModel::RuleColumn, QHeaderView::ResizeToContents);
    mView->setSortingEnabled(true);
    mView->sortByColumn(-1, Qt::AscendingOrder);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(mSummary);
    layout->addWidget(mView);
    connect(mView, &QTableView::activated, this, [this](const QModelIndex &i) { activateRow(i.row()); });
    connect(mView, &QTableView::clicked, this, [this](const QModelIndex &i) { activateRow(i.row()); });
    connect(mModel, &QAbstractItemModel::modelReset, this, &IssuesPanel::updateSummary);
    updateSummary();
}

void IssuesPanel::activateRow(int row)
{
    const QModelIndex source = mProxy->mapToSource(mProxy->index(row, 0));
    if (!source.isValid())
        return;
    mSelection->set(mModel->finding(source.row()).objects, true);
}

void IssuesPanel::updateSummary()
{
    const int errors = mModel->count(Severity::Error);
    const int warnings = mModel->count(Severity::Warning);
    const int infos = mModel->count(Severity::Info);
    if (errors + warnings + infos == 0) {
        mSummary->setText(tr("No findings: the design passes every rule."));
        return;
    }
    mSummary->setText(tr("%1, %2, %3")
                          .arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings),
                               tr("%n info(s)", nullptr, infos)));
}
