#include "references.h"

#include "properties.h"

namespace {

void addWithChildren(const Object &object, QSet<QString> &ids)
{
    ids.insert(object.id);
    Design::forEachChild(object, [&](Object &child) { addWithChildren(child, ids); });
}

/// Calls f(object, def, value) for every reference-holding property in the design.
template <class F> void forEachReferenceProperty(const Design &design, F &&f)
{
    design.forEachObject([&](Object &o) {
        for (const PropertyDef &def : propertiesOf(o.kind)) {
            if (def.refKinds == 0)
                continue;
            f(o, def, def.get(o));
        }
    });
}

} // namespace

QSet<QString> References::removalClosure(const Design &design, const QString &id)
{
    QSet<QString> ids;
    const Object *root = design.find(id);
    if (!root)
        return ids;
    addWithChildren(*root, ids);
    for (bool grew = true; grew;) {
        grew = false;
        design.forEachObject([&](Object &o) {
            if (ids.contains(o.id))
                return;
            for (const PropertyDef &def : propertiesOf(o.kind)) {
                if (!def.cascade)
                    continue;
                for (const QString &ref : referencedIds(def, def.get(o))) {
                    if (ids.contains(ref)) {
                        addWithChildren(o, ids);
                        grew = true;
                        return;
                    }
                }
            }
        });
    }
    return ids;
}

QList<SideEdit> References::dropReferences(const Design &design, const QSet<QString> &removed)
{
    QList<SideEdit> edits;
    forEachReferenceProperty(design, [&](const Object &o, const PropertyDef &def, const QVariant &value) {
        if (removed.contains(o.id))
            return;
        QVariant after = value;
        bool changed = false;
        for (const QString &ref : referencedIds(def, value)) {
            if (removed.contains(ref)) {
                after = withoutReference(def, after, ref);
                changed = true;
            }
        }
        if (changed)
            edits.append({o.id, QLatin1String(def.key), value, after});
    });
    return edits;
}

QList<SideEdit> References::renameReferences(const Design &design, const QString &oldId, const QString &newId)
{
    QList<SideEdit> edits;
    forEachReferenceProperty(design, [&](const Object &o, const PropertyDef &def, const QVariant &value) {
        if (referencedIds(def, value).contains(oldId))
            edits.append({o.id, QLatin1String(def.key), value, withoutReference(def, value, oldId, newId)});
    });
    return edits;
}
