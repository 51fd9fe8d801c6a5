#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

class Document;
enum class ObjectKind : quint8;

/// Makes random edits through the undo commands, the way a user with a canvas would:
/// add and remove objects of every kind, change properties, rename, move and resize,
/// connect and disconnect. Shared by the undo and the incremental-validation tests.
class RandomEditor
{
public:
    RandomEditor(Document *document, quint32 seed);

    /// Pushes one random command; returns its text (empty when nothing could be done).
    QString step();

private:
    QStringList idsOf(ObjectKind kind) const;
    QString pick(const QStringList &ids);
    QString addObject();
    QString removeObject();
    QString changeProperty();
    QString rename();
    QString moveResize();
    QString connectSomething();
    QString disconnectSomething();

    Document *mDocument;
    QRandomGenerator mRng;
};
