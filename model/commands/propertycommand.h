#pragma once

#include "references.h"

#include <QUndoCommand>

class Document;

/// Changes one property of one object. Renaming (`id`) carries every reference along;
/// setting `main` on a route table or `default` on an ACL clears it on the others of the
/// VPC. Consecutive edits of the same property of the same object merge into one step.
class ChangePropertyCommand : public QUndoCommand
{
public:
    ChangePropertyCommand(Document *document, const QString &id, const QString &key, const QVariant &value,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return 0x5052; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    QString currentId() const { return mRename ? mAfter.toString() : mObjectId; }
    QList<SideEdit> planSideEdits() const;

    Document *mDocument;
    QString mObjectId; // the id before this command
    QString mKey;
    QVariant mBefore;
    QVariant mAfter;
    bool mRename = false;
    bool mFirst = true;
    QList<SideEdit> mEdits;
};

/// Changes the design's own name and description.
/// Replaces the design's lesson section: a learner's answer to a question, undoable.
class ChangeLessonCommand : public QUndoCommand
{
public:
    ChangeLessonCommand(Document *document, const YamlValue &lesson, const QString &text);
    void redo() override;
    void undo() override;

private:
    Document *mDocument;
    YamlValue mOld, mNew;
};

class ChangeDesignTextCommand : public QUndoCommand
{
public:
    ChangeDesignTextCommand(Document *document, const QString &name, const QString &description,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return 0x4454; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *mDocument;
    QString mOldName, mOldDescription, mName, mDescription;
};
