#include "editoperations.h"

#include "document.h"
#include "objectcommands.h"
#include "placement.h"

#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(EditOperations)
};

constexpr double PasteOffset = 40;

} // namespace

int EditOperations::remove(Document *document, const QStringList &ids)
{
    QStringList present;
    for (const QString &id : ids)
        if (document->find(id))
            present.append(id);
    if (present.isEmpty())
        return 0;
    auto *macro = new QUndoCommand(present.size() == 1 ? Tr::tr("Remove %1").arg(present.first())
                                                       : Tr::tr("Remove %n object(s)", nullptr, int(present.size())));
    for (const QString &id : present)
        new RemoveObjectCommand(document, id, macro);
    document->undoStack()->push(macro);
    return int(present.size());
}

EditOperations::Clipboard EditOperations::copy(const Document *document, const QStringList &ids)
{
    Clipboard c;
    c.design = document->design().clone();
    for (const QString &id : ids)
        if (c.design->find(id))
            c.ids.append(id);
    return c;
}

QStringList EditOperations::paste(Document *document, const Clipboard &clipboard)
{
    if (clipboard.isEmpty())
        return {};
    // Copies read the snapshot and are made free against the current design.
    std::vector<Placement::Copy> copies =
        Placement::duplicate(*clipboard.design, clipboard.ids, document->design());
    QStringList added;
    auto *macro = new QUndoCommand(Tr::tr("Paste %n object(s)", nullptr, int(copies.size())));
    for (Placement::Copy &c : copies) {
        // Positions follow the originals', shifted; a copy's tree has its original's shape.
        QHash<QString, LayoutRect> layout;
        std::function<void(const Object &, const Object &)> place = [&](const Object &copy, const Object &original) {
            if (const auto l = clipboard.design->layout(original.id)) {
                LayoutRect r = *l;
                r.x += PasteOffset;
                r.y += PasteOffset;
                layout.insert(copy.id, r);
            }
            QList<const Object *> originals;
            Design::forEachChild(original, [&](Object &o) { originals.append(&o); });
            int i = 0;
            Design::forEachChild(copy, [&](Object &o) {
                if (i < originals.size())
                    place(o, *originals[i++]);
            });
        };
        if (const Object *original = clipboard.design->find(c.originalId))
            place(*c.object, *original);
        added.append(c.object->id);
        new AddObjectCommand(document, c.parentId, std::move(c.object), -1, layout, macro);
    }
    if (added.isEmpty()) {
        delete macro;
        return {};
    }
    document->undoStack()->push(macro);
    return added;
}

QStringList EditOperations::all(const Document *document)
{
    QStringList ids;
    document->design().forEachObject([&](Object &o) {
        if (o.kind != ObjectKind::Scenario && o.kind != ObjectKind::Flow && o.parent == nullptr)
            ids.append(o.id);
    });
    return ids;
}
