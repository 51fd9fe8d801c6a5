#include "selection.h"

void Selection::set(const QStringList &ids, bool focus)
{
    QStringList unique;
    for (const QString &id : ids)
        if (!id.isEmpty() && !unique.contains(id))
            unique.append(id);
    if (unique != mIds) {
        mIds = unique;
        Q_EMIT changed(mIds);
    }
    if (focus && !mIds.isEmpty())
        Q_EMIT focusRequested(mIds);
}

void Selection::forget(const QString &id)
{
    if (!mIds.contains(id))
        return;
    QStringList rest = mIds;
    rest.removeAll(id);
    set(rest);
}

void Selection::rename(const QString &oldId, const QString &newId)
{
    const qsizetype i = mIds.indexOf(oldId);
    if (i < 0)
        return;
    mIds[i] = newId;
    Q_EMIT changed(mIds);
}
