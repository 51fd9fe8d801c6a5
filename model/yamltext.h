#pragma once

#include "yamlvalue.h"

#include <QByteArray>
#include <QString>

/// Small helpers that write YAML text by hand, so that the designer controls every byte
/// of its files (key order, flow rows, quoting) and output is the same on every run.
namespace YamlText {

/// Whether `text` may stand as a plain scalar and read back as the same string.
/// `flow` also rules out the characters that end a flow collection.
bool isPlainSafe(QStringView text, bool flow);
/// `text` as a plain or double-quoted scalar that reads back as the same string.
QByteArray scalar(const QString &text, bool flow = false);
/// A double-quoted scalar with YAML escapes.
QByteArray doubleQuoted(const QString &text);
/// Writes `key: text` where text may span lines (a literal block when it does).
void appendText(QByteArray &out, int indent, const char *key, const QString &text);
/// Writes a generic value under `key` in block style (empty containers as {} or []).
void appendValue(QByteArray &out, int indent, const QString &key, const YamlValue &value);
/// Writes a generic value as an item of a block sequence.
void appendItem(QByteArray &out, int indent, const YamlValue &value);
/// A generic value as block YAML text on its own (a mapping's entries, a list's items).
QString valueText(const YamlValue &value);

} // namespace YamlText
