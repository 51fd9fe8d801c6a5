#include "designdiff.h"

#include "design.h"
#include "properties.h"
#include "yamltext.h"

namespace {

bool isString(const YamlValue &v)
{
    return v.quoted || !YamlText::isPlainSyntax(v.scalar, false) || YamlText::isPlainSafe(v.scalar, false);
}

bool sameValue(const YamlValue &a, const YamlValue &b)
{
    if (a.type != b.type || a.items.size() != b.items.size() || a.entries.size() != b.entries.size())
        return false;
    if (a.type == YamlValue::Type::Scalar && (a.scalar != b.scalar || isString(a) != isString(b)))
        return false;
    for (size_t i = 0; i < a.items.size(); ++i)
        if (!sameValue(a.items[i], b.items[i]))
            return false;
    for (size_t i = 0; i < a.entries.size(); ++i)
        if (a.entries[i].first != b.entries[i].first || !sameValue(a.entries[i].second, b.entries[i].second))
            return false;
    return true;
}

bool sameExtra(const ExtraKeys &a, const ExtraKeys &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].first != b[i].first || !sameValue(a[i].second, b[i].second))
            return false;
    return true;
}

bool sameProperty(const PropertyDef &def, const QVariant &a, const QVariant &b)
{
    if (def.type == PropertyType::Mapping)
        return sameValue(a.value<YamlValue>(), b.value<YamlValue>());
    return a == b;
}

} // namespace

QString designDifference(const Design &a, const Design &b)
{
    if (a.name != b.name)
        return QStringLiteral("name");
    if (a.description != b.description)
        return QStringLiteral("description: '%1' vs '%2'").arg(a.description, b.description);
    if (!sameExtra(a.extra, b.extra))
        return QStringLiteral("top-level extra keys");
    if (!(a.lesson == b.lesson))
        return QStringLiteral("the lesson section");
    QList<const Object *> objectsA, objectsB;
    a.forEachObject([&](Object &o) { objectsA.append(&o); });
    b.forEachObject([&](Object &o) { objectsB.append(&o); });
    if (objectsA.size() != objectsB.size())
        return QStringLiteral("object count %1 vs %2").arg(objectsA.size()).arg(objectsB.size());
    for (qsizetype i = 0; i < objectsA.size(); ++i) {
        const Object &oa = *objectsA[i];
        const Object &ob = *objectsB[i];
        if (oa.kind != ob.kind || oa.id != ob.id)
            return QStringLiteral("object %1: %2 vs %3").arg(i).arg(oa.id, ob.id);
        if ((oa.parent ? oa.parent->id : QString()) != (ob.parent ? ob.parent->id : QString()))
            return QStringLiteral("parent of %1").arg(oa.id);
        for (const PropertyDef &def : propertiesOf(oa.kind))
            if (!sameProperty(def, def.get(oa), def.get(ob)))
                return QStringLiteral("%1.%2").arg(oa.id, QLatin1String(def.key));
        if (!sameExtra(oa.extra, ob.extra))
            return QStringLiteral("%1 extra keys").arg(oa.id);
    }
    if (a.layoutEntries() != b.layoutEntries())
        return QStringLiteral("layout");
    return {};
}
