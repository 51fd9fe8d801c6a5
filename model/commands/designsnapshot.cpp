#include "designsnapshot.h"

#include "document.h"
#include "properties.h"

#include <QElapsedTimer>

DesignSnapshot::DesignSnapshot(Document *document, QObject *parent) : QObject(parent), mDocument(document)
{
    connect(document, &Document::designReset, this, &DesignSnapshot::markAll);
    connect(document, &Document::objectAdded, this, &DesignSnapshot::markTopOf);
    connect(document, &Document::objectAboutToBeRemoved, this, &DesignSnapshot::markTopOf);
    connect(document, &Document::propertyChanged, this, [this](const QString &id) { markTopOf(id); });
    connect(document, &Document::objectRenamed, this, [this](const QString &oldId, const QString &newId) {
        mDirty.insert(oldId); // a renamed top-level object: its old copy goes
        markTopOf(newId);
    });
    markAll();
}

DesignSnapshot *DesignSnapshot::of(Document *document)
{
    if (auto *shared = document->findChild<DesignSnapshot *>(QString(), Qt::FindDirectChildrenOnly))
        return shared;
    return new DesignSnapshot(document, document);
}

namespace {

/// Every object at the top of the file (VPCs, peerings, buckets, scenarios), in file order.
template <class F> void forEachTopLevel(const Design &d, F &&f)
{
    for (const ChildListDef &def : topLevelLists())
        for (const ObjectPtr &o : *d.listFor(nullptr, def.kind))
            f(*o);
}

qsizetype topLevelCount(const Design &d)
{
    qsizetype n = 0;
    for (const ChildListDef &def : topLevelLists())
        n += qsizetype(d.listFor(nullptr, def.kind)->size());
    return n;
}

} // namespace

void DesignSnapshot::markAll()
{
    mCopies.clear();
    mDirty.clear();
    const Design &d = mDocument->design();
    const qsizetype all = topLevelCount(d);
    mDirty.reserve(all);
    mCopies.reserve(all); // no rehash in the middle of a slice
    forEachTopLevel(d, [&](const Object &o) { mDirty.insert(o.id); });
}

void DesignSnapshot::markTopOf(const QString &id)
{
    const Object *o = mDocument->find(id);
    if (!o) {
        mDirty.insert(id);
        return;
    }
    while (o->parent)
        o = o->parent;
    mDirty.insert(o->id);
}

bool DesignSnapshot::refresh(double budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    const qint64 budget = qint64(budgetMs * 1e6);
    for (auto it = mDirty.begin(); it != mDirty.end();) {
        const Object *o = mDocument->find(*it);
        if (o && !o->parent)
            mCopies.insert(*it, std::shared_ptr<const Object>(o->clone()));
        else
            mCopies.remove(*it); // gone, or no longer at the top
        it = mDirty.erase(it);
        if (clock.nsecsElapsed() > budget)
            break;
    }
    return mDirty.isEmpty();
}

std::shared_ptr<const DesignSnapshot::Frozen> DesignSnapshot::take() const
{
    Q_ASSERT(mDirty.isEmpty());
    auto frozen = std::make_shared<Frozen>();
    const Design &d = mDocument->design();
    frozen->name = d.name;
    frozen->description = d.description;
    frozen->extra = d.extra;
    frozen->lesson = d.lesson;
    frozen->layout = d.layoutEntries(); // shared until the design's changes (copy on write)
    frozen->topLevel.reserve(size_t(topLevelCount(d)));
    forEachTopLevel(d, [&](const Object &o) {
        if (auto copy = mCopies.value(o.id))
            frozen->topLevel.push_back(std::move(copy));
    });
    return frozen;
}

std::unique_ptr<Design> DesignSnapshot::Frozen::assemble() const
{
    auto design = std::make_unique<Design>();
    design->name = name;
    design->description = description;
    design->extra = extra;
    design->lesson = lesson;
    for (const std::shared_ptr<const Object> &o : topLevel) {
        ObjectPtr copy = o->clone();
        design->insert(nullptr, copy);
    }
    for (auto it = layout.constBegin(); it != layout.constEnd(); ++it)
        design->setLayout(it.key(), *it);
    return design;
}
