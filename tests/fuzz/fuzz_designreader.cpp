// The design reader on any bytes, with the save-and-reload property: whatever it accepts,
// the saved text reads back to an equal design and saves again to the same bytes.

#include "designformat.h"
#include "properties.h"
#include "yamltext.h"

#include <cstdint>
#include <cstdio>

namespace {

[[noreturn]] void fail(const char *what, const QByteArray &saved)
{
    std::fprintf(stderr, "save-and-reload broke: %s\n--- saved text ---\n%s\n", what, saved.constData());
    __builtin_trap();
}

/// Whether a scalar is a string to its readers: quoted, or plain text that cannot be read as
/// anything else (a plain `-` read from a flow list is saved quoted; it means the same).
bool isString(const YamlValue &v)
{
    return v.quoted || !YamlText::isPlainSyntax(v.scalar, false) || YamlText::isPlainSafe(v.scalar, false);
}

/// Equal in meaning: the same shape, text and, for scalars, the same type to a reader.
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

/// Every object in file order with its kind, id, parent, unknown keys and each property.
bool sameDesign(const Design &a, const Design &b)
{
    if (a.name != b.name || a.description != b.description || !sameExtra(a.extra, b.extra) ||
        a.objectCount() != b.objectCount() || a.layoutEntries() != b.layoutEntries())
        return false;
    std::vector<const Object *> left, right;
    a.forEachObject([&](Object &o) { left.push_back(&o); });
    b.forEachObject([&](Object &o) { right.push_back(&o); });
    if (left.size() != right.size())
        return false;
    for (size_t i = 0; i < left.size(); ++i) {
        const Object &x = *left[i], &y = *right[i];
        if (x.kind != y.kind || x.id != y.id || !sameExtra(x.extra, y.extra) ||
            (x.parent ? x.parent->id : QString()) != (y.parent ? y.parent->id : QString()))
            return false;
        for (const PropertyDef &def : propertiesOf(x.kind))
            if (!sameProperty(def, def.get(x), def.get(y))) {
                std::fprintf(stderr, "%s: %s differs\n", qPrintable(x.id), def.key);
                return false;
            }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const LoadResult first = DesignFormat::read(bytes, QStringLiteral("fuzz.yaml"));
    if (!first.ok()) {
        if (first.firstError().message.isEmpty())
            fail("refused without a reason", bytes);
        return 0;
    }
    const QByteArray saved = DesignFormat::write(*first.design);
    const LoadResult second = DesignFormat::read(saved, QStringLiteral("saved.yaml"));
    if (!second.ok())
        fail(qPrintable(QStringLiteral("the saved text does not reopen: ") + second.firstError().toString()), saved);
    if (!sameDesign(*first.design, *second.design))
        fail("the reopened design differs", saved);
    if (DesignFormat::write(*second.design) != saved)
        fail("saving the reopened design gives other bytes", saved);
    return 0;
}
