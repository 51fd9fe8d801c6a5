#pragma once

#include "design.h"

#include <QSet>
#include <QVariant>

/// One property value changed as a side effect of another edit (a reference dropped
/// when its target is removed, renamed with its target, a second `main` flag cleared).
struct SideEdit
{
    QString objectId;
    QString key;
    QVariant before;
    QVariant after;
};

namespace References {

/// The ids that go when `id` is removed: the object, its children, and every object
/// whose required reference names one of those (instances of a removed subnet,
/// peerings of a removed VPC, flows of a removed instance), transitively.
QSet<QString> removalClosure(const Design &design, const QString &id);

/// The edits that drop every reference to `removed` from the objects that stay.
QList<SideEdit> dropReferences(const Design &design, const QSet<QString> &removed);

/// The edits that make every reference to `oldId` name `newId`.
QList<SideEdit> renameReferences(const Design &design, const QString &oldId, const QString &newId);

} // namespace References
