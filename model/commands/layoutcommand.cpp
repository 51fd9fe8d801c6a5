#include "layoutcommand.h"

#include "document.h"

#include <QCoreApplication>

MoveResizeCommand::MoveResizeCommand(Document *document, QList<LayoutChange> changes, bool continuing,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document), mChanges(std::move(changes)), mContinuing(continuing)
{
    const bool resize = std::any_of(mChanges.begin(), mChanges.end(), [](const LayoutChange &c) {
        return c.before && c.after && (c.before->width != c.after->width || c.before->height != c.after->height);
    });
    setText(resize ? QCoreApplication::translate("Commands", "Resize %n object(s)", nullptr, int(mChanges.size()))
                   : QCoreApplication::translate("Commands", "Move %n object(s)", nullptr, int(mChanges.size())));
}

void MoveResizeCommand::redo()
{
    for (const LayoutChange &c : std::as_const(mChanges))
        mDocument->setLayout(c.id, c.after);
}

void MoveResizeCommand::undo()
{
    for (auto it = mChanges.crbegin(); it != mChanges.crend(); ++it)
        mDocument->setLayout(it->id, it->before);
}

bool MoveResizeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveResizeCommand *>(other);
    if (!next->mContinuing || next->mChanges.size() != mChanges.size())
        return false;
    for (qsizetype i = 0; i < mChanges.size(); ++i)
        if (mChanges[i].id != next->mChanges[i].id)
            return false;
    for (qsizetype i = 0; i < mChanges.size(); ++i)
        mChanges[i].after = next->mChanges[i].after;
    return true;
}
