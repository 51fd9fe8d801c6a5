#pragma once

#include <QObject>
#include <QStringList>

/// The ids the user has selected, shared by every view (outline, canvas, issues,
/// inspector), so that selecting in one selects in all. Holds ids, never pointers.
class Selection : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const QStringList &ids() const { return mIds; }
    QString current() const { return mIds.isEmpty() ? QString() : mIds.first(); }
    bool contains(const QString &id) const { return mIds.contains(id); }

    /// Replaces the selection; `focus` asks views to bring the objects into sight.
    void set(const QStringList &ids, bool focus = false);
    void clear() { set({}); }
    /// Drops ids that went away, and follows renames.
    void forget(const QString &id);
    void rename(const QString &oldId, const QString &newId);

Q_SIGNALS:
    void changed(const QStringList &ids);
    /// Views that can show objects should scroll or pan to them.
    void focusRequested(const QStringList &ids);

private:
    QStringList mIds;
};
