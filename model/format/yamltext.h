#pragma once

#include "yamlvalue.h"

#include <QByteArray>
#include <QString>

/// Small helpers that write YAML text by hand, so that the designer controls every byte
/// of its files (key order, flow rows, quoting) and output is the same on every run.
namespace YamlText {

/// Whether `text` may stand as a plain scalar and read back as the same text, for YAML
/// 1.1 and 1.2 readers alike. `flow` also rules out the characters that end a flow
/// collection.
bool isPlainSyntax(QStringView text, bool flow);
/// Whether a string may stand plain: plain syntax, and nothing a reader would take for a
/// number, a bool, null or a date.
bool isPlainSafe(QStringView text, bool flow);
/// Whether a mapping key, as written, is too long to stand as an implicit key (`? key`
/// is written then).
bool needsExplicitKey(const QString &key, bool flow = false);
/// A generic scalar as read: plain when it was plain and can stand plain here (so that a
/// number stays a number), else double-quoted.
QByteArray plainScalar(const YamlValue &value, bool flow);
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
