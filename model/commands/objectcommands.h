#pragma once

#include "references.h"

#include <QUndoCommand>

class Document;

/// Adds an object (with its children) under a parent, with optional canvas positions
/// for it and its children. Holds the object while undone.
class AddObjectCommand : public QUndoCommand
{
public:
    AddObjectCommand(Document *document, const QString &parentId, ObjectPtr object, int index = -1,
                     QHash<QString, LayoutRect> layout = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    QString objectId() const { return mId; }

private:
    Document *mDocument;
    QString mParentId;
    QString mId;
    ObjectPtr mObject;
    int mIndex;
    QHash<QString, LayoutRect> mLayout;
};

/// Removes an object with its children, the objects that cannot exist without it
/// (see References::removalClosure) and every reference to them; undo restores all of
/// it in place, positions and layout included.
class RemoveObjectCommand : public QUndoCommand
{
public:
    RemoveObjectCommand(Document *document, const QString &id, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    /// Every id this command removes (the object, its children and its dependents).
    const QSet<QString> &removedIds() const { return mIds; }

private:
    struct Taken
    {
        ObjectPosition position;
        ObjectPtr object;
    };
    Document *mDocument;
    QString mId;
    QSet<QString> mIds;
    QStringList mOrder; // the tops of the removed set, in the order they are taken
    QList<SideEdit> mEdits;
    QHash<QString, LayoutRect> mLayout;
    std::vector<Taken> mTaken;
};
