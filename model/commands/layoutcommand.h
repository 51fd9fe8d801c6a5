#pragma once

#include "design.h"

#include <QUndoCommand>

class Document;

/// Where one object was and where it goes on the canvas (nullopt: no layout entry).
struct LayoutChange
{
    QString id;
    std::optional<LayoutRect> before;
    std::optional<LayoutRect> after;
};

/// Moves or resizes objects on the canvas. A drag pushes one command per step with
/// `continuing` set; steps of one drag over the same objects merge into one undo step.
class MoveResizeCommand : public QUndoCommand
{
public:
    MoveResizeCommand(Document *document, QList<LayoutChange> changes, bool continuing = false,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return 0x4d56; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *mDocument;
    QList<LayoutChange> mChanges;
    bool mContinuing;
};
