#include "cfntree.h"

#include "yamltext.h"

namespace {

/// Most of a template's strings (types, ids, property names) are words that no reader takes
/// for anything but a string: a letter that starts no YAML 1.1 keyword or special number,
/// then letters, digits and `-_./:`, not ending in a colon. Telling them apart without
/// the full check halves the time of a large export.
bool plainWord(const QString &text)
{
    if (text.isEmpty() || text.size() > 200 || text.back() == QLatin1Char(':'))
        return false;
    const char16_t first = text.front().unicode();
    if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')) ||
        QStringView(u"ntfyoiNTFYOI").contains(QChar(first)))
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_' ||
              u == '.' || u == '/' || u == ':'))
            return false;
    }
    return true;
}

} // namespace

YamlValue CfnTree::str(const QString &text)
{
    YamlValue v;
    v.type = YamlValue::Type::Scalar;
    v.scalar = text;
    v.quoted = !plainWord(text) && !YamlText::isPlainSafe(text, false);
    return v;
}

YamlValue CfnTree::plain(const QString &text)
{
    YamlValue v;
    v.type = YamlValue::Type::Scalar;
    v.scalar = text;
    return v;
}

YamlValue CfnTree::number(qint64 value)
{
    return plain(QString::number(value));
}

YamlValue CfnTree::boolean(bool value)
{
    return plain(value ? QStringLiteral("true") : QStringLiteral("false"));
}

YamlValue CfnTree::map(std::initializer_list<std::pair<QString, YamlValue>> entries)
{
    YamlValue v = YamlValue::emptyMapping();
    for (const auto &e : entries)
        v.entries.push_back(e);
    return v;
}

YamlValue CfnTree::seq(std::vector<YamlValue> items)
{
    YamlValue v;
    v.type = YamlValue::Type::Sequence;
    v.items = std::move(items);
    return v;
}

YamlValue CfnTree::ref(const QString &logicalId)
{
    return map({{QStringLiteral("Ref"), str(logicalId)}});
}

YamlValue CfnTree::getAtt(const QString &logicalId, const QString &attribute)
{
    return map({{QStringLiteral("Fn::GetAtt"), seq({str(logicalId), str(attribute)})}});
}

YamlValue CfnTree::sub(const QString &text)
{
    return map({{QStringLiteral("Fn::Sub"), str(text)}});
}

void CfnTree::put(YamlValue &mapping, const QString &key, YamlValue value)
{
    mapping.type = YamlValue::Type::Mapping;
    for (auto &[k, v] : mapping.entries)
        if (k == key) {
            v = std::move(value);
            return;
        }
    mapping.entries.emplace_back(key, std::move(value));
}

const YamlValue *CfnTree::at(const YamlValue &mapping, QStringView key)
{
    return mapping.find(key);
}

QString CfnTree::text(const YamlValue *value)
{
    return value && value->type == YamlValue::Type::Scalar ? value->scalar : QString();
}
