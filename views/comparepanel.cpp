#include "comparepanel.h"

#include "backgroundwork.h"
#include "design.h"
#include "document.h"
#include "selection.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

ComparePanel::ComparePanel(Document *document, Selection *selection, QWidget *parent)
    : QWidget(parent), mDocument(document), mSelection(selection), mSummary(new QLabel(this)),
      mList(new QTreeWidget(this)), mEnd(new QPushButton(tr("End Comparison"), this)), mDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("ComparePanel"));
    mSummary->setWordWrap(true);
    mSummary->setText(tr("Compare the design with another file: File > Compare with File…"));
    mList->setObjectName(QStringLiteral("CompareList"));
    mList->setColumnCount(2);
    mList->setHeaderLabels({tr("Change"), tr("Detail")});
    mList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mList->setRootIsDecorated(true);
    mList->setUniformRowHeights(true);
    mList->setToolTip(tr("Click an entry to select what it names on the canvas"));
    mEnd->setObjectName(QStringLiteral("EndComparison"));
    mEnd->setToolTip(tr("Stop comparing and take the marks off the canvas"));
    mEnd->setEnabled(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(mSummary, 1);
    bar->addWidget(mEnd);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(mList, 1);

    connect(mEnd, &QPushButton::clicked, this, &ComparePanel::end);
    connect(mList, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    mList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mList, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QTreeWidgetItem *item = mList->itemAt(at);
        QMenu menu(this);
        QAction *select = menu.addAction(tr("&Select on the Canvas"), this, [this, item] { activate(item); });
        select->setEnabled(item && item->parent());
        QAction *copy = menu.addAction(tr("&Copy"), this, [item] {
            QGuiApplication::clipboard()->setText(item->text(0) + QLatin1Char('\t') + item->text(1));
        });
        copy->setEnabled(item != nullptr);
        menu.addSeparator();
        menu.addAction(tr("&End Comparison"), this, &ComparePanel::end)->setEnabled(isComparing());
        menu.exec(mList->viewport()->mapToGlobal(at));
    });
    connect(mList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    // Edits come in bursts: compared again once they pause.
    mDebounce->setSingleShot(true);
    mDebounce->setInterval(400);
    connect(mDebounce, &QTimer::timeout, this, &ComparePanel::recompute);
    connect(mDocument, &Document::objectAdded, this, &ComparePanel::schedule);
    connect(mDocument, &Document::objectRemoved, this, &ComparePanel::schedule);
    connect(mDocument, &Document::propertyChanged, this, &ComparePanel::schedule);
    connect(mDocument, &Document::objectRenamed, this, &ComparePanel::schedule);
    connect(mDocument, &Document::designReset, this, &ComparePanel::schedule);
}

ComparePanel::~ComparePanel()
{
    BackgroundWork::waitAll(); // a worker may still read its copies
}

void ComparePanel::setOther(std::shared_ptr<const Design> other, const QString &name)
{
    mOther = std::move(other);
    mName = name;
    mResult.reset();
    mList->clear();
    mEnd->setEnabled(true);
    recompute();
}

void ComparePanel::end()
{
    if (!mOther)
        return;
    mOther.reset();
    mName.clear();
    mResult.reset();
    ++mGeneration; // a result on its way is dropped
    mRunning = false;
    mDebounce->stop();
    mList->clear();
    mEnd->setEnabled(false);
    mSummary->setText(tr("Compare the design with another file: File > Compare with File…"));
    Q_EMIT comparisonChanged();
    Q_EMIT statusMessage(tr("Comparison ended"));
    Q_EMIT ended();
}

void ComparePanel::schedule()
{
    if (!mOther)
        return;
    mStale = true;
    if (isVisible())
        mDebounce->start();
}

void ComparePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mStale && mOther)
        mDebounce->start(0);
}

void ComparePanel::recompute()
{
    mDebounce->stop();
    if (!mOther)
        return;
    mStale = false;
    const quint64 generation = ++mGeneration;
    mRunning = true;
    mSummary->setText(tr("Comparing with %1…").arg(mName));
    // The worker gets copies: the design may change while it runs, and two workers
    // never share one.
    std::shared_ptr<Design> before(mOther->clone());
    std::shared_ptr<Design> after(mDocument->design().clone());
    BackgroundWork::run(this, [this, before, after, generation]() -> std::function<void()> {
        QString why;
        auto result = std::make_shared<std::optional<DesignCompare>>(DesignCompare::compare(*before, *after, &why));
        return [this, result, why, generation] { show(std::move(*result), why, generation); };
    });
}

void ComparePanel::show(std::optional<DesignCompare> result, const QString &error, quint64 generation)
{
    if (generation != mGeneration)
        return; // a newer one is on its way, or the comparison ended
    mRunning = false;
    mResult = std::move(result);
    if (!mResult) {
        mSummary->setText(tr("Cannot compare with %1: %2").arg(mName, error));
        mList->clear();
    } else {
        fill();
    }
    Q_EMIT comparisonChanged();
}

void ComparePanel::fill()
{
    const DesignCompare &d = *mResult;
    mList->clear();
    const auto group = [this](const QString &title, int count) {
        auto *item = new QTreeWidgetItem(mList, {title.arg(count)});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(true);
        return item;
    };
    const auto entry = [](QTreeWidgetItem *parent, const QString &what, const QString &detail, const QStringList &ids) {
        auto *item = new QTreeWidgetItem(parent, {what, detail});
        item->setData(0, IdsRole, ids);
        item->setToolTip(0, what);
        item->setToolTip(1, detail);
        return item;
    };
    if (!d.added.empty()) {
        QTreeWidgetItem *g = group(tr("Added (%1)"), int(d.added.size()));
        for (const auto &[id, kind] : d.added)
            entry(g, id, kind, {id});
    }
    if (!d.removed.empty()) {
        QTreeWidgetItem *g = group(tr("Removed (%1)"), int(d.removed.size()));
        for (const auto &[id, kind] : d.removed)
            entry(g, id, kind, {})->setData(0, RemovedRole, id);
    }
    if (!d.changed.empty()) {
        QTreeWidgetItem *g = group(tr("Changed (%1)"), int(d.changed.size()));
        for (const DesignCompare::Changed &c : d.changed)
            entry(g, c.id.isEmpty() ? tr("the design") : c.id,
                  tr("%1: %2").arg(c.kind, c.keys.join(QStringLiteral(", "))),
                  c.id.isEmpty() ? QStringList() : QStringList{c.id});
    }
    if (!d.reach.empty()) {
        QTreeWidgetItem *g = group(tr("Reachability (%1)"), int(d.reach.size()));
        for (const DesignCompare::Reach &r : d.reach) {
            if (!r.gained.isEmpty())
                entry(g, tr("+ %1 -> %2").arg(r.from, r.to), tr("now open: %1").arg(r.gained.toString()),
                      {r.from, r.to});
            if (!r.lost.isEmpty())
                entry(g, tr("- %1 -> %2").arg(r.from, r.to), tr("no longer open: %1").arg(r.lost.toString()),
                      {r.from, r.to});
        }
    }
    if (!d.intents.empty()) {
        QTreeWidgetItem *g = group(tr("Intents (%1)"), int(d.intents.size()));
        for (const DesignCompare::IntentChange &i : d.intents)
            entry(g, i.id,
                  tr("%1 -> %2").arg(i.before, i.after) +
                      (i.message.isEmpty() ? QString() : QStringLiteral(": ") + i.message),
                  i.after == QLatin1String("absent") ? QStringList() : QStringList{i.id});
    }
    if (d.isEmpty())
        mSummary->setText(tr("No difference from %1.").arg(mName));
    else
        mSummary->setText(
            tr("Compared with %1: %2 added, %3 removed, %4 changed; reachability changed between %5 pairs "
               "of subnets.")
                .arg(mName)
                .arg(d.added.size())
                .arg(d.removed.size())
                .arg(d.changed.size())
                .arg(d.reach.size()) +
            (d.widensProtected ? QLatin1Char(' ') + tr("Reachability widened towards what an intent "
                                                       "protects.")
                               : QString()));
}

void ComparePanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString removed = item->data(0, RemovedRole).toString();
    if (!removed.isEmpty()) {
        Q_EMIT ghostRequested(removed);
        Q_EMIT statusMessage(tr("%1 was in %2 and is not in this design").arg(removed, mName));
        return;
    }
    QStringList ids;
    for (const QString &id : item->data(0, IdsRole).toStringList())
        if (mDocument->design().find(id))
            ids.append(id);
    if (ids.isEmpty())
        return;
    mSelection->set(ids, true);
    Q_EMIT statusMessage(item->text(0) + QStringLiteral(": ") + item->text(1));
}
