#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <vector>

/// A free-form YAML value kept as written: endpoint policies and unknown keys.
struct YamlValue
{
    enum class Type : quint8 { Null, Scalar, Sequence, Mapping };

    Type type = Type::Null;
    QString scalar;
    bool quoted = false; // a quoted scalar stays a string when written back
    std::vector<YamlValue> items;
    std::vector<std::pair<QString, YamlValue>> entries;

    static YamlValue emptyMapping()
    {
        YamlValue v;
        v.type = Type::Mapping;
        return v;
    }
    bool isNull() const { return type == Type::Null; }
    /// A mapping's value at `key`, or nullptr (not a mapping, or no such key).
    const YamlValue *find(QStringView key) const
    {
        if (type != Type::Mapping)
            return nullptr;
        for (const auto &[k, v] : entries)
            if (k == key)
                return &v;
        return nullptr;
    }
    bool isEmptyContainer() const
    {
        return (type == Type::Mapping && entries.empty()) || (type == Type::Sequence && items.empty());
    }

    friend bool operator==(const YamlValue &, const YamlValue &) = default;
};

/// Keys a reader did not know, kept in file order so that saving loses nothing.
using ExtraKeys = std::vector<std::pair<QString, YamlValue>>;

Q_DECLARE_METATYPE(YamlValue)
