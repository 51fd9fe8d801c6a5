#pragma once

#include "yamlvalue.h"

#include <QString>

#include <initializer_list>
#include <utility>
#include <vector>

/// Building and reading CloudFormation templates as YamlValue trees.
namespace CfnTree {

/// A string scalar (quoted in YAML only where a reader would take it for something else).
YamlValue str(const QString &text);
/// A number or a bool, as written (`true`, `6`).
YamlValue plain(const QString &text);
YamlValue number(qint64 value);
YamlValue boolean(bool value);
YamlValue map(std::initializer_list<std::pair<QString, YamlValue>> entries = {});
YamlValue seq(std::vector<YamlValue> items = {});
/// `{Ref: id}` and `{Fn::GetAtt: [id, attribute]}`.
YamlValue ref(const QString &logicalId);
YamlValue getAtt(const QString &logicalId, const QString &attribute);
/// `{Fn::Sub: text}`.
YamlValue sub(const QString &text);
/// Appends `key: value` to a mapping (replaces the value when the key is there).
void put(YamlValue &mapping, const QString &key, YamlValue value);
/// A mapping's value or nullptr; a scalar's text or "".
const YamlValue *at(const YamlValue &mapping, QStringView key);
QString text(const YamlValue *value);

} // namespace CfnTree
