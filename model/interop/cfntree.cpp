#include "cfntree.h"

#include "yamltext.h"

YamlValue CfnTree::str(const QString &text)
{
    YamlValue v;
    v.type = YamlValue::Type::Scalar;
    v.scalar = text;
    v.quoted = !YamlText::isPlainSafe(text, false);
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
