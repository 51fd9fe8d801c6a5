#pragma once

#include "placement.h"

#include <QPointF>
#include <QStringList>

#include <memory>

class CanvasGeometry;
class Design;
class Document;

/// The edits of the Edit menu on a selection of ids, each one undo step: delete, copy,
/// paste and duplicate (new ids, free blocks and addresses), select all.
namespace EditOperations {

/// Creates an object of `kind` at `target` in one undo step, at `layout` when given
/// (else placed automatically). Returns the new id and says what was made in `message`
/// ("Added subnet-3 (10.0.3.0/24, us-east-1b)"), or returns "" and says why not.
QString add(Document *document, ObjectKind kind, const Placement::Target &target,
            const std::optional<LayoutRect> &layout, QString *message);

/// Removes the objects (with what depends on them) in one undo step; the number removed.
int remove(Document *document, const QStringList &ids);

/// What Copy took: a snapshot of the design and the ids, so that Paste works after the
/// originals changed or went away.
struct Clipboard
{
    std::shared_ptr<const Design> design;
    QStringList ids;
    bool isEmpty() const { return ids.isEmpty(); }
};
Clipboard copy(const Document *document, const QStringList &ids);

/// What a paste did: the new ids (for the selection) and sentences on what was moved to
/// free space, left out or refused (for the status bar).
struct PasteResult
{
    QStringList added;
    QStringList notes;
};
/// Adds copies of the clipboard's objects in one undo step, `into` the given VPC or
/// subnet where that makes sense (else where the originals are), re-addressed so that
/// nothing overlaps (see Placement::duplicate). Copies of objects that had a position
/// are placed beside their original (`geometry` says where that is drawn), so that the
/// original stays in sight; a copy in another container is placed automatically. With
/// `at`, the first copied VPC goes to that point of the canvas.
PasteResult paste(Document *document, const Clipboard &clipboard, const Placement::Target &into = {},
                  const CanvasGeometry *geometry = nullptr, std::optional<QPointF> at = std::nullopt);
/// Copies the objects in place (paste of a copy, leaving the clipboard alone).
PasteResult duplicate(Document *document, const QStringList &ids, const CanvasGeometry *geometry = nullptr);

/// Every drawn object of the design.
QStringList all(const Document *document);

} // namespace EditOperations
