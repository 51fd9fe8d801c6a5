#include "objectcommands.h"

#include "document.h"
#include "properties.h"

#include <QCoreApplication>

namespace {

QString describe(ObjectKind kind, const QString &id)
{
    return QCoreApplication::translate("Commands", "%1 '%2'").arg(kindName(kind), id);
}

void collectIds(const Object &object, QStringList &ids)
{
    ids.append(object.id);
    Design::forEachChild(object, [&](Object &child) { collectIds(child, ids); });
}

void applyEdits(Document *document, const QList<SideEdit> &edits, bool forward)
{
    const auto apply = [&](const SideEdit &e) {
        const Object *o = document->find(e.objectId);
        if (!o)
            return;
        if (const PropertyDef *def = findProperty(o->kind, QStringView(e.key)))
            document->setProperty(e.objectId, *def, forward ? e.after : e.before);
    };
    if (forward) {
        for (const SideEdit &e : edits)
            apply(e);
    } else {
        for (auto it = edits.crbegin(); it != edits.crend(); ++it)
            apply(*it);
    }
}

} // namespace

AddObjectCommand::AddObjectCommand(Document *document, const QString &parentId, ObjectPtr object, int index,
                                   QHash<QString, LayoutRect> layout, QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document), mParentId(parentId), mId(object->id), mObject(std::move(object)),
      mIndex(index), mLayout(std::move(layout))
{
    setText(QCoreApplication::translate("Commands", "Add %1").arg(describe(mObject->kind, mId)));
}

void AddObjectCommand::redo()
{
    if (!mObject)
        return;
    QStringList ids;
    collectIds(*mObject, ids);
    if (!mDocument->insertObject(mParentId, mObject, mIndex))
        return;
    for (const QString &id : ids)
        if (const auto it = mLayout.constFind(id); it != mLayout.constEnd())
            mDocument->setLayout(id, *it);
}

void AddObjectCommand::undo()
{
    if (mObject)
        return;
    const Object *o = mDocument->find(mId);
    if (!o)
        return;
    QStringList ids;
    collectIds(*o, ids);
    // Positions the object had when it was taken back (moves after adding count too).
    mLayout.clear();
    for (const QString &id : ids) {
        if (const auto rect = mDocument->design().layout(id)) {
            mLayout.insert(id, *rect);
            mDocument->setLayout(id, std::nullopt);
        }
    }
    mObject = mDocument->takeObject(mId);
}

RemoveObjectCommand::RemoveObjectCommand(Document *document, const QString &id, QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document), mId(id)
{
    const Object *o = document->find(id);
    setText(QCoreApplication::translate("Commands", "Remove %1").arg(o ? describe(o->kind, id) : id));
}

void RemoveObjectCommand::redo()
{
    const Design &design = mDocument->design();
    if (!design.find(mId))
        return;
    // Planned at each redo: the design between undo and redo is the same, so this
    // gives the same plan, and nothing stale is kept across other commands.
    mIds = References::removalClosure(design, mId);
    mEdits = References::dropReferences(design, mIds);
    mOrder.clear();
    design.forEachObject([&](Object &o) {
        if (mIds.contains(o.id) && !(o.parent && mIds.contains(o.parent->id)))
            mOrder.append(o.id);
    });
    mLayout.clear();
    for (const QString &id : std::as_const(mIds))
        if (const auto rect = design.layout(id))
            mLayout.insert(id, *rect);

    applyEdits(mDocument, mEdits, true);
    for (auto it = mLayout.constBegin(); it != mLayout.constEnd(); ++it)
        mDocument->setLayout(it.key(), std::nullopt);
    mTaken.clear();
    // Later objects first, so the recorded indices of earlier siblings stay right.
    for (auto it = mOrder.crbegin(); it != mOrder.crend(); ++it) {
        Taken t;
        t.object = mDocument->takeObject(*it, &t.position);
        mTaken.push_back(std::move(t));
    }
}

void RemoveObjectCommand::undo()
{
    for (auto it = mTaken.rbegin(); it != mTaken.rend(); ++it)
        mDocument->insertObject(it->position.parentId, it->object, it->position.index);
    mTaken.clear();
    for (auto it = mLayout.constBegin(); it != mLayout.constEnd(); ++it)
        mDocument->setLayout(it.key(), *it);
    applyEdits(mDocument, mEdits, false);
}
