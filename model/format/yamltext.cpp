#include "yamltext.h"

#include <QStringList>

#include <algorithm>
#include <charconv>

namespace {

void indentTo(QByteArray &out, int indent)
{
    out.append(indent, ' ');
}

bool looksLikeNonString(QStringView text)
{
    static const char *const words[] = {"null", "~", "true", "false", "yes",   "no",    "on",
                                        "off",  "y", "n",    ".inf",  "-.inf", "+.inf", ".nan"};
    for (const char *w : words)
        if (text.compare(QLatin1String(w), Qt::CaseInsensitive) == 0)
            return true;
    // Anything a number parser accepts (ints, floats, exponents, hex and octal forms).
    const QByteArray latin = text.toLatin1();
    std::string_view s(latin.constData(), size_t(latin.size()));
    if (!s.empty() && (s[0] == '+' || s[0] == '-'))
        s.remove_prefix(1);
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'X' || s[1] == 'O'))
        return true;
    double d = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (!s.empty() && ec == std::errc() && end == s.data() + s.size())
        return true;
    // YAML 1.1 readers take 2001-12-14 (and 2001-12-14 21:59:43) as a date.
    if (s.size() >= 8 && s[4] == '-' &&
        std::all_of(s.begin(), s.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
        return true;
    // YAML 1.1 readers also take 1_000 as a number.
    const bool underscored = s.find('_') != std::string_view::npos &&
                             std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '_'; });
    return underscored;
}

} // namespace

bool YamlText::isPlainSyntax(QStringView text, bool flow)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    static const QLatin1String indicators("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(text.front()))
        return false;
    if (text.back() == QLatin1Char(':'))
        return false;
    // YAML 1.1 readers (PyYAML and what is built on it) take these two as the merge key
    // and the value key.
    if (text == QLatin1String("<<") || text == QLatin1String("="))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        // Controls (C0, DEL, C1 with NEL), format characters, the byte-order mark, and the
        // line and paragraph separators that YAML 1.1 counts as line breaks.
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || c.category() == QChar::Other_Format || u == 0xfeff || u == 0x2028 ||
            u == 0x2029 || c.isSurrogate())
            return false;
        // Colons are legal in plain block scalars, but quoting them keeps IPv6 blocks and
        // service:NAME readable to every YAML parser, in flow rows and out.
        if (c == QLatin1Char(':'))
            return false;
        if (c == QLatin1Char('#') && i > 0 && text[i - 1] == QLatin1Char(' '))
            return false;
        if (flow && (c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('{') ||
                     c == QLatin1Char('}')))
            return false;
    }
    return true;
}

bool YamlText::isPlainSafe(QStringView text, bool flow)
{
    return isPlainSyntax(text, flow) && !looksLikeNonString(text);
}

bool YamlText::needsExplicitKey(const QString &key, bool flow)
{
    // YAML limits an implicit key to 1024 characters as written, escapes and quotes
    // included (a key of 1,000 characters with \x04 in it is longer written), and yaml-cpp
    // counts them in bytes (1,000 characters with Greek in them failed). An escape or a
    // character writes at most 6 bytes for one UTF-16 unit.
    if (key.size() * 6 + 2 <= 1000)
        return false;
    return scalar(key, flow).size() > 1000;
}

QByteArray YamlText::doubleQuoted(const QString &text)
{
    // Escapes work on code points: control characters and the ones YAML 1.1 reads as line
    // breaks (NEL, LS, PS) are escaped, everything else goes as UTF-8.
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        switch (u) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            if (u < 0x20 || u == 0x7f) {
                char buf[8];
                snprintf(buf, sizeof buf, "\\x%02x", unsigned(u));
                out.append(buf);
            } else if ((u >= 0x80 && u <= 0x9f) || u == 0x2028 || u == 0x2029 || u == 0xfeff) {
                char buf[8];
                snprintf(buf, sizeof buf, "\\u%04x", unsigned(u));
                out.append(buf);
            } else if (u < 0x80) {
                out.append(char(u));
            } else {
                // UTF-8 by hand: this runs for every quoted string of a large design.
                char32_t cp = u;
                if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                    cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
                    ++i;
                }
                if (cp < 0x800) {
                    out.append(char(0xc0 | (cp >> 6)));
                } else if (cp < 0x10000) {
                    out.append(char(0xe0 | (cp >> 12)));
                    out.append(char(0x80 | ((cp >> 6) & 0x3f)));
                } else {
                    out.append(char(0xf0 | (cp >> 18)));
                    out.append(char(0x80 | ((cp >> 12) & 0x3f)));
                    out.append(char(0x80 | ((cp >> 6) & 0x3f)));
                }
                out.append(char(0x80 | (cp & 0x3f)));
            }
        }
    }
    out.append('"');
    return out;
}

QByteArray YamlText::plainScalar(const YamlValue &v, bool flow)
{
    // A plain scalar keeps its type (number, bool, null) by staying plain, where its text
    // can stand plain here; any other text is a string to every reader, quoted or not.
    if (!v.quoted && isPlainSyntax(v.scalar, flow))
        return v.scalar.toUtf8();
    return doubleQuoted(v.scalar);
}

QByteArray YamlText::scalar(const QString &text, bool flow)
{
    if (isPlainSafe(text, flow))
        return text.toUtf8();
    return doubleQuoted(text);
}

void YamlText::appendText(QByteArray &out, int indent, const char *key, const QString &text)
{
    indentTo(out, indent);
    out.append(key);
    out.append(':');
    const bool multiLine = text.contains(QLatin1Char('\n'));
    bool literalOk = multiLine && !text.contains(QLatin1Char('\r'));
    for (QChar c : text)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) || c.unicode() == 0x7f ||
            c.unicode() == 0xfeff)
            literalOk = false;
    if (literalOk && text.trimmed().isEmpty())
        literalOk = false;
    if (!literalOk) {
        out.append(' ');
        out.append(scalar(text));
        out.append('\n');
        return;
    }
    QString body = text;
    int trailing = 0;
    while (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
        ++trailing;
    }
    out.append(" |");
    // An explicit indentation indicator when the first line with text starts with a space.
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        if (l.isEmpty())
            continue;
        if (l.front().isSpace())
            out.append('2');
        break;
    }
    if (trailing == 0)
        out.append('-');
    else if (trailing > 1)
        out.append('+');
    out.append('\n');
    for (const QString &l : lines) {
        if (!l.isEmpty())
            indentTo(out, indent + 2);
        out.append(l.toUtf8());
        out.append('\n');
    }
    for (int i = 1; i < trailing; ++i)
        out.append('\n');
}

namespace {

QByteArray scalarOf(const YamlValue &v)
{
    if (v.type == YamlValue::Type::Null)
        return "null";
    if (v.type == YamlValue::Type::Mapping)
        return "{}";
    if (v.type == YamlValue::Type::Sequence)
        return "[]";
    // A plain scalar keeps its type (number, bool) by staying plain; it was plain-safe in
    // block context when it was read. A quoted one stays quoted, so a string that looks
    // like a date or a number never changes type for another reader.
    return YamlText::plainScalar(v, false);
}

bool isInline(const YamlValue &v)
{
    return v.type == YamlValue::Type::Null || v.type == YamlValue::Type::Scalar || v.isEmptyContainer();
}

void appendEntries(QByteArray &out, int indent, const YamlValue &map, const QByteArray &firstPrefix);
void appendItems(QByteArray &out, int indent, const YamlValue &seq);

void appendEntry(QByteArray &out, const QByteArray &prefix, int indent, const QString &key, const YamlValue &value)
{
    out.append(prefix);
    if (YamlText::needsExplicitKey(key)) {
        // Too long for an implicit key: "? key" and ": value" on a line of its own.
        out.append("? ");
        out.append(YamlText::doubleQuoted(key));
        out.append('\n');
        out.append(QByteArray(indent, ' '));
    } else {
        out.append(YamlText::scalar(key));
    }
    out.append(':');
    if (isInline(value)) {
        out.append(' ');
        out.append(scalarOf(value));
        out.append('\n');
    } else if (value.type == YamlValue::Type::Mapping) {
        out.append('\n');
        appendEntries(out, indent + 2, value, QByteArray(indent + 2, ' '));
    } else {
        out.append('\n');
        appendItems(out, indent + 2, value);
    }
}

void appendEntries(QByteArray &out, int indent, const YamlValue &map, const QByteArray &firstPrefix)
{
    bool first = true;
    for (const auto &[key, value] : map.entries) {
        appendEntry(out, first ? firstPrefix : QByteArray(indent, ' '), indent, key, value);
        first = false;
    }
}

void appendItems(QByteArray &out, int indent, const YamlValue &seq)
{
    for (const YamlValue &item : seq.items)
        YamlText::appendItem(out, indent, item);
}

} // namespace

void YamlText::appendValue(QByteArray &out, int indent, const QString &key, const YamlValue &value)
{
    appendEntry(out, QByteArray(indent, ' '), indent, key, value);
}

void YamlText::appendItem(QByteArray &out, int indent, const YamlValue &item)
{
    QByteArray prefix(indent, ' ');
    prefix.append("- ");
    if (isInline(item)) {
        out.append(prefix);
        out.append(scalarOf(item));
        out.append('\n');
    } else if (item.type == YamlValue::Type::Mapping) {
        appendEntries(out, indent + 2, item, prefix);
    } else {
        out.append(QByteArray(indent, ' '));
        out.append("-\n");
        appendItems(out, indent + 2, item);
    }
}

QString YamlText::valueText(const YamlValue &value)
{
    QByteArray out;
    if (value.type == YamlValue::Type::Mapping) {
        for (const auto &[key, v] : value.entries)
            appendValue(out, 0, key, v);
    } else if (value.type == YamlValue::Type::Sequence) {
        for (const YamlValue &item : value.items)
            appendItem(out, 0, item);
    } else {
        out = scalarOf(value);
    }
    return QString::fromUtf8(out);
}
