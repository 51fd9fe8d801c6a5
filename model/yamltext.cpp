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
    static const char *const words[] = {"null", "~", "true", "false", "yes", "no", "on", "off",
                                        "y", "n", ".inf", "-.inf", "+.inf", ".nan"};
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
    // YAML 1.1 readers also take 1_000 as a number.
    const bool underscored = s.find('_') != std::string_view::npos &&
                             std::all_of(s.begin(), s.end(), [](char c) {
                                 return (c >= '0' && c <= '9') || c == '_';
                             });
    return underscored;
}

} // namespace

bool YamlText::isPlainSafe(QStringView text, bool flow)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    static const QLatin1String indicators("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(text.front()))
        return false;
    if (text.back() == QLatin1Char(':'))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format ||
            c.unicode() == 0xfeff)
            return false;
        // Colons are legal in plain block scalars, but quoting them keeps IPv6 blocks and
        // service:NAME readable to every YAML parser, in flow rows and out.
        if (c == QLatin1Char(':'))
            return false;
        if (c == QLatin1Char('#') && i > 0 && text[i - 1] == QLatin1Char(' '))
            return false;
        if (flow && (c == QLatin1Char(',') || c == QLatin1Char('[') || c == QLatin1Char(']') ||
                     c == QLatin1Char('{') || c == QLatin1Char('}')))
            return false;
    }
    return !looksLikeNonString(text);
}

QByteArray YamlText::doubleQuoted(const QString &text)
{
    // Escapes work on bytes: UTF-8 sequences pass through, control bytes are escaped.
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (char ch : utf8) {
        const auto u = static_cast<unsigned char>(ch);
        switch (u) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\t': out.append("\\t"); break;
        case '\r': out.append("\\r"); break;
        default:
            if (u < 0x20 || u == 0x7f) {
                char buf[8];
                snprintf(buf, sizeof buf, "\\x%02x", unsigned(u));
                out.append(buf);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
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
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t')) ||
            c.unicode() == 0x7f || c.unicode() == 0xfeff)
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
    if (v.quoted)
        return YamlText::doubleQuoted(v.scalar);
    if (!v.scalar.isEmpty() && !v.scalar.contains(QLatin1Char('\n')) &&
        !v.scalar.front().isSpace() && !v.scalar.back().isSpace())
        return v.scalar.toUtf8();
    return YamlText::scalar(v.scalar);
}

bool isInline(const YamlValue &v)
{
    return v.type == YamlValue::Type::Null || v.type == YamlValue::Type::Scalar ||
           v.isEmptyContainer();
}

void appendEntries(QByteArray &out, int indent, const YamlValue &map, const QByteArray &firstPrefix);
void appendItems(QByteArray &out, int indent, const YamlValue &seq);

void appendEntry(QByteArray &out, const QByteArray &prefix, int indent, const QString &key,
                 const YamlValue &value)
{
    out.append(prefix);
    out.append(YamlText::scalar(key));
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
