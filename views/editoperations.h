#pragma once

#include <QStringList>

#include <memory>

class Design;
class Document;

/// The edits of the Edit menu on a selection of ids, each one undo step: delete, copy,
/// paste (new ids, free blocks and addresses), select all.
namespace EditOperations {

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
/// Adds copies of the clipboard's objects where their containers still exist, shifted
/// when they had a position; returns the new ids (for the selection).
QStringList paste(Document *document, const Clipboard &clipboard);

/// Every drawn object of the design.
QStringList all(const Document *document);

} // namespace EditOperations
