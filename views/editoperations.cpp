#include "editoperations.h"

#include "canvasgeometry.h"
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

QString EditOperations::add(Document *document, ObjectKind kind, const Placement::Target &target,
                            const std::optional<LayoutRect> &layout, QString *message)
{
    QString why;
    ObjectPtr object = Placement::create(document->design(), kind, target, &why);
    if (!object) {
        *message = why;
        return {};
    }
    const QString id = object->id;
    QString detail;
    if (kind == ObjectKind::Subnet) {
        const auto *s = static_cast<const Subnet *>(object.get());
        detail = QStringLiteral(" (%1, %2)").arg(s->cidr.toString(), s->az);
    } else if (kind == ObjectKind::Instance) {
        detail = QStringLiteral(" (%1)").arg(static_cast<const Instance *>(object.get())->privateIp.toString());
    } else if (kind == ObjectKind::Vpc) {
        detail = QStringLiteral(" (%1)").arg(static_cast<const Vpc *>(object.get())->cidrBlocks.first().toString());
    }
    const QString where = !target.subnetId.isEmpty() ? target.subnetId : target.vpcId;
    QHash<QString, LayoutRect> positions;
    if (layout)
        positions.insert(id, *layout);
    document->undoStack()->push(
        new AddObjectCommand(document, Placement::parentOf(kind, target), std::move(object), -1, positions));
    *message =
        where.isEmpty() ? Tr::tr("Added %1%2").arg(id, detail) : Tr::tr("Added %1%2 to %3").arg(id, detail, where);
    return id;
}

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

namespace {

/// Where a copy of an object with a position goes: beside its original, by the size of
/// what is drawn, so that the original stays in sight.
QPointF besideOffset(const Object &original, const CanvasGeometry *geometry)
{
    const QRectF drawn = geometry ? geometry->rect(original.id) : QRectF();
    switch (original.kind) {
    case ObjectKind::Vpc:
        return {drawn.isEmpty() ? 480 : drawn.width() + 80, 0};
    case ObjectKind::Subnet:
        return {0, drawn.isEmpty() ? 120 : drawn.height() + 14};
    default:
        return {drawn.isEmpty() ? PasteOffset * 2 : drawn.width() + 8, 0};
    }
}

} // namespace

namespace {

/// Adds copies of `ids` of `source` (which may be the document's own design: the copies
/// are all made before anything changes) in one undo step.
EditOperations::PasteResult pasteFrom(Document *document, const Design &source, const QStringList &ids,
                                      const Placement::Target &into, const CanvasGeometry *geometry,
                                      std::optional<QPointF> at)
{
    EditOperations::PasteResult result;
    std::vector<Placement::Copy> copies = Placement::duplicate(source, ids, document->design(), into, &result.notes);
    auto *macro = new QUndoCommand(Tr::tr("Paste %n object(s)", nullptr, int(copies.size())));
    bool placedAt = false;
    for (Placement::Copy &c : copies) {
        const Object *original = source.find(c.originalId);
        const Object *originalParent = original ? original->parent : nullptr;
        bool keepShape = (originalParent ? originalParent->id : QString()) == c.parentId;
        // Positions follow the originals', moved beside them; a copy's tree has its
        // original's shape. A copy in another container is placed automatically. Pasted
        // at a point of the canvas, the first VPC copy goes there, what it holds with it.
        QPointF offset = original ? besideOffset(*original, geometry) : QPointF();
        QHash<QString, LayoutRect> layout;
        if (at && !placedAt && original && original->kind == ObjectKind::Vpc) {
            const QRectF drawn = geometry ? geometry->rect(original->id) : QRectF();
            offset = *at - drawn.topLeft();
            LayoutRect r = source.layout(original->id).value_or(LayoutRect{});
            r.x = at->x();
            r.y = at->y();
            layout.insert(c.object->id, r);
            keepShape = placedAt = true;
        }
        std::function<void(const Object &, const Object &)> place = [&](const Object &copy, const Object &from) {
            if (const auto l = source.layout(from.id); l && !layout.contains(copy.id)) {
                LayoutRect r = *l;
                r.x += offset.x();
                r.y += offset.y();
                layout.insert(copy.id, r);
            }
            QList<const Object *> originals;
            Design::forEachChild(from, [&](Object &o) { originals.append(&o); });
            int i = 0;
            Design::forEachChild(copy, [&](Object &o) {
                if (i < originals.size())
                    place(o, *originals[i++]);
            });
        };
        if (original && keepShape)
            place(*c.object, *original);
        result.added.append(c.object->id);
        new AddObjectCommand(document, c.parentId, std::move(c.object), -1, layout, macro);
    }
    if (result.added.isEmpty()) {
        delete macro;
        return result;
    }
    document->undoStack()->push(macro);
    return result;
}

} // namespace

EditOperations::PasteResult EditOperations::paste(Document *document, const Clipboard &clipboard,
                                                  const Placement::Target &into, const CanvasGeometry *geometry,
                                                  std::optional<QPointF> at)
{
    if (clipboard.isEmpty())
        return {};
    // Copies read the snapshot and are made free against the current design.
    return pasteFrom(document, *clipboard.design, clipboard.ids, into, geometry, at);
}

EditOperations::PasteResult EditOperations::duplicate(Document *document, const QStringList &ids,
                                                      const CanvasGeometry *geometry)
{
    // From the design itself: no copy of all of it, however large, for a few objects.
    return pasteFrom(document, document->design(), ids, {}, geometry, std::nullopt);
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
