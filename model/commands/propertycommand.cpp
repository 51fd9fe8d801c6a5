#include "propertycommand.h"

#include "document.h"
#include "properties.h"

#include <QCoreApplication>

ChangePropertyCommand::ChangePropertyCommand(Document *document, const QString &id, const QString &key,
                                             const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document), mObjectId(id), mKey(key), mAfter(value),
      mRename(key == QLatin1String("id"))
{
    if (const Object *o = document->find(id))
        if (const PropertyDef *def = findProperty(o->kind, QStringView(key)))
            mBefore = def->get(*o);
    setText(mRename ? QCoreApplication::translate("Commands", "Rename '%1' to '%2'").arg(id, value.toString())
                    : QCoreApplication::translate("Commands", "Change %1 of '%2'").arg(key, id));
}

QList<SideEdit> ChangePropertyCommand::planSideEdits() const
{
    const Design &design = mDocument->design();
    if (mRename)
        return References::renameReferences(design, mObjectId, mAfter.toString());
    const Object *o = design.find(mObjectId);
    QList<SideEdit> edits;
    if (!o || !mAfter.toBool())
        return edits;
    // A VPC has one main route table and one default ACL: the flag moves, it is not copied.
    const Vpc *vpc = design.vpcOf(*o);
    if (o->kind == ObjectKind::RouteTable && mKey == QLatin1String("main") && vpc) {
        for (const RouteTable *t : vpc->routeTableList())
            if (t != o && t->main)
                edits.append({t->id, mKey, true, false});
    } else if (o->kind == ObjectKind::NetworkAcl && mKey == QLatin1String("default") && vpc) {
        for (const NetworkAcl *a : vpc->networkAclList())
            if (a != o && a->isDefault)
                edits.append({a->id, mKey, true, false});
    }
    return edits;
}

void ChangePropertyCommand::redo()
{
    const Object *o = mDocument->find(mObjectId);
    if (!o)
        return;
    const PropertyDef *def = findProperty(o->kind, QStringView(mKey));
    if (!def)
        return;
    if (mFirst) {
        mEdits = planSideEdits();
        mFirst = false;
    }
    if (!mDocument->setProperty(mObjectId, *def, mAfter))
        return;
    for (const SideEdit &e : std::as_const(mEdits)) {
        // A reference the object holds to itself follows the rename.
        const QString target = e.objectId == mObjectId ? currentId() : e.objectId;
        if (const Object *t = mDocument->find(target))
            if (const PropertyDef *d = findProperty(t->kind, QStringView(e.key)))
                mDocument->setProperty(target, *d, e.after);
    }
}

void ChangePropertyCommand::undo()
{
    for (auto it = mEdits.crbegin(); it != mEdits.crend(); ++it) {
        const QString target = it->objectId == mObjectId ? currentId() : it->objectId;
        if (const Object *t = mDocument->find(target))
            if (const PropertyDef *d = findProperty(t->kind, QStringView(it->key)))
                mDocument->setProperty(target, *d, it->before);
    }
    const Object *o = mDocument->find(currentId());
    if (!o)
        return;
    if (const PropertyDef *def = findProperty(o->kind, QStringView(mKey)))
        mDocument->setProperty(currentId(), *def, mBefore);
}

bool ChangePropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangePropertyCommand *>(other);
    if (mRename || next->mRename || next->mObjectId != mObjectId || next->mKey != mKey || !next->mEdits.isEmpty() ||
        !mEdits.isEmpty())
        return false;
    mAfter = next->mAfter;
    setObsolete(mAfter == mBefore);
    return true;
}

ChangeLessonCommand::ChangeLessonCommand(Document *document, const YamlValue &lesson, const QString &text)
    : QUndoCommand(text), mDocument(document), mOld(document->design().lesson), mNew(lesson)
{}

void ChangeLessonCommand::redo()
{
    mDocument->setLesson(mNew);
}

void ChangeLessonCommand::undo()
{
    mDocument->setLesson(mOld);
}

ChangeDesignTextCommand::ChangeDesignTextCommand(Document *document, const QString &name, const QString &description,
                                                 QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Commands", "Change the design's description"), parent),
      mDocument(document), mOldName(document->design().name), mOldDescription(document->design().description),
      mName(name), mDescription(description)
{}

void ChangeDesignTextCommand::redo()
{
    mDocument->setDesignText(mName, mDescription);
}

void ChangeDesignTextCommand::undo()
{
    mDocument->setDesignText(mOldName, mOldDescription);
}

bool ChangeDesignTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeDesignTextCommand *>(other);
    mName = next->mName;
    mDescription = next->mDescription;
    return true;
}
