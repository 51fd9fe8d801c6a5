#include "document.h"

#include "designformat.h"
#include "properties.h"

#include <QFileInfo>

Document::Document(QObject *parent) : Document(std::make_unique<Design>(), QString(), parent) {}

Document::Document(std::unique_ptr<Design> design, const QString &fileName, QObject *parent)
    : QObject(parent), mDesign(std::move(design)), mUndoStack(new QUndoStack(this)), mFileName(fileName)
{
    connect(mUndoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document() = default;

QString Document::displayName() const
{
    if (!mFileName.isEmpty())
        return QFileInfo(mFileName).fileName();
    return mUntitledName.isEmpty() ? tr("Untitled") : mUntitledName;
}

void Document::reset(std::unique_ptr<Design> design, const QString &fileName, const QString &untitledName)
{
    mUndoStack->clear();
    mDesign = std::move(design);
    mFileName = fileName;
    mUntitledName = untitledName;
    Q_EMIT designReset();
    Q_EMIT fileNameChanged(mFileName);
    Q_EMIT modifiedChanged(false);
}

void Document::setUnsaved()
{
    mUndoStack->resetClean();
}

bool Document::save(const QString &path, QString *error)
{
    if (!DesignFormat::save(*mDesign, path, error))
        return false;
    mUndoStack->setClean();
    if (mFileName != path) {
        mFileName = path;
        Q_EMIT fileNameChanged(mFileName);
    }
    return true;
}

void Document::announceAdded(const Object &object)
{
    Q_EMIT objectAdded(object.id);
    Design::forEachChild(object, [this](Object &child) { announceAdded(child); });
}

void Document::announceAboutToRemove(const Object &object)
{
    Design::forEachChild(object, [this](Object &child) { announceAboutToRemove(child); });
    Q_EMIT objectAboutToBeRemoved(object.id);
}

void Document::collectRemoved(const Object &object, QList<Removed> &out) const
{
    Design::forEachChild(object, [&](Object &child) { collectRemoved(child, out); });
    out.append({object.id, object.kind, object.parent ? object.parent->id : QString()});
}

bool Document::insertObject(const QString &parentId, ObjectPtr &object, int index)
{
    Object *parent = parentId.isEmpty() ? nullptr : mDesign->find(parentId);
    if (!parentId.isEmpty() && !parent)
        return false;
    Object *raw = object.get();
    if (!mDesign->insert(parent, object, index))
        return false;
    announceAdded(*raw);
    return true;
}

ObjectPtr Document::takeObject(const QString &id, ObjectPosition *position)
{
    Object *object = mDesign->find(id);
    if (!object)
        return nullptr;
    if (position)
        *position = mDesign->positionOf(*object);
    announceAboutToRemove(*object);
    QList<Removed> gone;
    collectRemoved(*object, gone);
    ObjectPtr owned = mDesign->take(*object);
    for (const Removed &r : gone)
        Q_EMIT objectRemoved(r.id, r.kind, r.parentId);
    return owned;
}

bool Document::setProperty(const QString &id, const PropertyDef &def, const QVariant &value)
{
    Object *object = mDesign->find(id);
    if (!object)
        return false;
    if (def.type == PropertyType::Id) {
        const QString newId = value.toString();
        if (!mDesign->rename(*object, newId))
            return false;
        Q_EMIT objectRenamed(id, newId);
        return true;
    }
    def.set(*object, value);
    Q_EMIT propertyChanged(id, QLatin1String(def.key));
    return true;
}

void Document::setLayout(const QString &id, const std::optional<LayoutRect> &rect)
{
    mDesign->setLayout(id, rect);
    Q_EMIT layoutChanged(id);
}

void Document::setLesson(const YamlValue &lesson)
{
    mDesign->lesson = lesson;
    Q_EMIT lessonChanged();
}

void Document::setDesignText(const QString &name, const QString &description)
{
    mDesign->name = name;
    mDesign->description = description;
    Q_EMIT designTextChanged();
}
