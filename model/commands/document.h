#pragma once

#include "design.h"

#include <QObject>
#include <QUndoStack>

struct PropertyDef;

/// The one object every view listens to: it owns the design, its undo stack, its file
/// name and clean state, and says what changed through typed signals. Views read the
/// design and push commands; only commands call the mutating functions below.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    Document(std::unique_ptr<Design> design, const QString &fileName, QObject *parent = nullptr);
    ~Document() override;

    const Design &design() const { return *mDesign; }
    QUndoStack *undoStack() const { return mUndoStack; }

    QString fileName() const { return mFileName; }
    /// The name for window titles: the file's name, the name a new design was given
    /// (the bundled example's), or "Untitled".
    QString displayName() const;
    bool isModified() const { return !mUndoStack->isClean(); }

    /// Replaces the whole design (New, Open): clears the undo stack, marks clean.
    /// `untitledName` names a design that has no file yet (Save asks where).
    void reset(std::unique_ptr<Design> design, const QString &fileName, const QString &untitledName = {});
    /// Marks the design as differing from its file (a design restored from a recovery
    /// copy): Save is needed, and closing asks.
    void setUnsaved();
    /// Saves atomically to `path` and makes it the document's file; marks clean.
    bool save(const QString &path, QString *error);

    /// The object with this id, for reading (nullptr: none).
    const Object *find(const QString &id) const { return mDesign->find(id); }

    // ---- mutations, for undo commands only -------------------------------------------
    /// Inserts an object (with children) under `parentId` (empty: top level).
    bool insertObject(const QString &parentId, ObjectPtr &object, int index = -1);
    /// Removes an object with its children and hands it over (nullptr: no such id).
    ObjectPtr takeObject(const QString &id, ObjectPosition *position = nullptr);
    /// Sets one property; `id` renames the object (references are the caller's business).
    bool setProperty(const QString &id, const PropertyDef &def, const QVariant &value);
    void setLayout(const QString &id, const std::optional<LayoutRect> &rect);
    /// The design's own name and description.
    void setDesignText(const QString &name, const QString &description);
    /// Replaces the `lesson:` section (ChangeLessonCommand calls it).
    void setLesson(const YamlValue &lesson);

Q_SIGNALS:
    /// After an object was added; sent for its children too, parents first.
    void objectAdded(const QString &id);
    /// Before an object goes; sent for its children too, children first.
    void objectAboutToBeRemoved(const QString &id);
    /// After an object went; sent for its children too, children first.
    void objectRemoved(const QString &id, ObjectKind kind, const QString &parentId);
    void propertyChanged(const QString &id, const QString &key);
    void objectRenamed(const QString &oldId, const QString &newId);
    void layoutChanged(const QString &id);
    void designTextChanged();
    /// The lesson section changed (a learner's answer).
    void lessonChanged();
    /// The whole design was replaced; views rebuild.
    void designReset();
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);

private:
    void announceAdded(const Object &object);
    void announceAboutToRemove(const Object &object);
    struct Removed
    {
        QString id;
        ObjectKind kind;
        QString parentId;
    };
    void collectRemoved(const Object &object, QList<Removed> &out) const;

    std::unique_ptr<Design> mDesign;
    QUndoStack *mUndoStack;
    QString mFileName;
    QString mUntitledName;
};
