#include "yamlreader.h"

#include "designformat.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <unordered_set>

using namespace YamlReading;

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DesignReader)
};

} // namespace

QString YamlReading::str(std::string_view s)
{
    // QString::fromUtf8 drops a leading byte-order mark; in a scalar it is text and stays.
    qsizetype marks = 0;
    while (s.substr(size_t(marks) * 3).starts_with("\xef\xbb\xbf"))
        ++marks;
    if (marks == 0)
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    const std::string_view rest = s.substr(size_t(marks) * 3);
    return QString(marks, QChar(0xfeff)) + QString::fromUtf8(rest.data(), qsizetype(rest.size()));
}

QString YamlReading::quote(const QString &s)
{
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

QString YamlReading::quote(std::string_view s)
{
    return quote(str(s));
}

bool YamlReading::parseInt(std::string_view s, qint64 &out)
{
    if (!s.empty() && s[0] == '+')
        s.remove_prefix(1);
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && ec == std::errc() && end == s.data() + s.size();
}

bool YamlReading::parseDouble(std::string_view s, double &out)
{
    if (!s.empty() && s[0] == '+')
        s.remove_prefix(1);
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && ec == std::errc() && end == s.data() + s.size() && std::isfinite(out);
}

std::optional<bool> YamlReading::parseBool(std::string_view s)
{
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    return std::nullopt;
}

const char *YamlReading::typeName(YamlTree::Type t)
{
    switch (t) {
    case YamlTree::Type::Null:
        return "nothing";
    case YamlTree::Type::Scalar:
        return "a single value";
    case YamlTree::Type::Sequence:
        return "a list";
    case YamlTree::Type::Mapping:
        return "a mapping";
    case YamlTree::Type::Alias:
        return "an alias";
    }
    return "";
}

YamlReader::YamlReader(YamlTree &tree, const QString &file, DiagnosticList &out) : mTree(tree), mFile(file), mOut(out)
{}

void YamlReader::report(Diagnostic::Severity severity, quint32 at, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.file = mFile;
    if (at != None) {
        d.line = int(mTree.node(at).line);
        d.column = int(mTree.node(at).column);
    }
    d.message = message;
    mOut.append(d);
}

void YamlReader::error(quint32 at, const QString &message)
{
    if (mStop)
        return;
    report(Diagnostic::Severity::Error, at, message);
    if (++mErrors >= DesignFormat::MaxErrors) {
        Diagnostic d;
        d.file = mFile;
        d.message = Tr::tr("too many errors; reading stopped");
        mOut.append(d);
        mStop = true;
    }
}

void YamlReader::warning(quint32 at, const QString &message)
{
    if (!mStop)
        report(Diagnostic::Severity::Warning, at, message);
}

quint32 YamlReader::resolve(quint32 i)
{
    const quint32 r = mTree.resolve(i);
    if (r == None && i != None) {
        if (mTree.budgetExceeded() && !mBombReported) {
            mBombReported = true;
            error(i, Tr::tr("anchors and aliases here would expand to more than %L1 nodes; an "
                            "alias that repeats an alias that repeats... (a 'billion laughs' "
                            "file) is refused")
                         .arg(mTree.expansionBudget()));
            mStop = true;
        } else if (!mTree.budgetExceeded()) {
            error(i, Tr::tr("an alias names an anchor that does not exist"));
        }
    }
    return r;
}

void YamlReader::forEachEntry(quint32 map, const EntryFn &f)
{
    // Duplicate keys found by a short list for the few keys objects have, by a hash set
    // once a mapping has many (a list would make 100,000 keys take seconds).
    constexpr size_t Few = 16;
    if (const quint32 keys = node(map).count / 2; keys > MaxKeysPerMapping) {
        error(map, Tr::tr("this mapping has %L1 keys; at most %L2 are read").arg(keys).arg(MaxKeysPerMapping));
        return;
    }
    std::vector<std::string_view> seen;
    std::unordered_set<std::string_view> many;
    for (quint32 k = node(map).first; k != None && !mStop;) {
        const quint32 v = node(k).next;
        const quint32 key = resolve(k);
        if (key == None)
            return;
        if (node(key).type != Type::Scalar) {
            error(k, Tr::tr("a key must be a single word, not %1").arg(QLatin1String(typeName(node(key).type))));
        } else {
            const std::string_view name = mTree.text(node(key));
            bool duplicate = false;
            if (many.empty()) {
                duplicate = std::find(seen.begin(), seen.end(), name) != seen.end();
                if (!duplicate) {
                    seen.push_back(name);
                    if (seen.size() > Few)
                        many.insert(seen.begin(), seen.end());
                }
            } else {
                duplicate = !many.insert(name).second;
            }
            if (duplicate)
                error(k, Tr::tr("the key %1 appears twice in one mapping").arg(quote(name)));
            else
                f(k, name, v);
        }
        k = v == None ? None : node(v).next;
    }
}

std::optional<std::string_view> YamlReader::scalar(quint32 at, const QString &what)
{
    const quint32 v = resolve(at);
    if (v == None)
        return std::nullopt;
    if (node(v).type == Type::Null)
        return std::string_view();
    if (node(v).type != Type::Scalar) {
        error(at, Tr::tr("%1 should be a single value, not %2").arg(what, QLatin1String(typeName(node(v).type))));
        return std::nullopt;
    }
    return mTree.text(node(v));
}

bool YamlReader::isNull(quint32 at)
{
    const quint32 v = mTree.resolve(at);
    return v != None && node(v).type == Type::Null;
}

std::optional<YamlValue> YamlReader::toValue(quint32 at, int depth)
{
    if (depth > 64) {
        error(at, Tr::tr("this value is nested more than 64 levels deep"));
        return std::nullopt;
    }
    const quint32 v = resolve(at);
    if (v == None)
        return std::nullopt;
    YamlValue out;
    const Node &n = node(v);
    switch (n.type) {
    case Type::Null:
    case Type::Alias:
        break;
    case Type::Scalar:
        out.type = YamlValue::Type::Scalar;
        out.scalar = str(mTree.text(n));
        out.quoted = n.quoted;
        break;
    case Type::Sequence:
        out.type = YamlValue::Type::Sequence;
        for (quint32 c = n.first; c != None; c = node(c).next) {
            auto item = toValue(c, depth + 1);
            if (!item)
                return std::nullopt;
            out.items.push_back(std::move(*item));
        }
        break;
    case Type::Mapping: {
        out.type = YamlValue::Type::Mapping;
        bool ok = true;
        forEachEntry(v, [&](quint32, std::string_view key, quint32 value) {
            auto item = ok ? toValue(value, depth + 1) : std::nullopt;
            if (!item) {
                ok = false;
                return;
            }
            out.entries.emplace_back(str(key), std::move(*item));
        });
        if (!ok)
            return std::nullopt;
        break;
    }
    }
    return out;
}

void YamlReader::keepUnknown(ExtraKeys &extra, quint32 keyNode, std::string_view key, quint32 value,
                             const QString &where)
{
    warning(keyNode, Tr::tr("unknown key %1 in %2; it is kept as written").arg(quote(key), where));
    if (auto v = toValue(value, 0))
        extra.emplace_back(str(key), std::move(*v));
}

std::optional<Cidr> YamlReader::cidr(quint32 at, std::string_view text)
{
    QString why;
    auto c = Cidr::parse(text, &why);
    if (!c)
        error(at, Tr::tr("%1 is not a CIDR block: %2").arg(quote(text), why));
    return c;
}

std::optional<IpAddress> YamlReader::address(quint32 at, std::string_view text)
{
    QString why;
    auto a = IpAddress::parse(text, &why);
    if (!a)
        error(at, Tr::tr("%1 is not an IP address: %2").arg(quote(text), why));
    return a;
}

std::optional<QString> YamlReader::id(quint32 at, std::string_view text)
{
    const QString s = str(text);
    if (!isValidId(s)) {
        error(at, Tr::tr("%1 is not a valid id: an id is 1 to 64 letters, digits, '-', '_' or '.'").arg(quote(text)));
        return std::nullopt;
    }
    return s;
}

bool YamlReader::forEachItem(quint32 at, const QString &what, const ItemFn &f)
{
    const quint32 v = resolve(at);
    if (v == None)
        return false;
    if (node(v).type == Type::Null)
        return true;
    if (node(v).type != Type::Sequence) {
        error(at, Tr::tr("%1 should be a list, not %2").arg(what, QLatin1String(typeName(node(v).type))));
        return false;
    }
    for (quint32 c = node(v).first; c != None && !mStop; c = node(c).next)
        f(c);
    return true;
}

bool YamlReader::forOneOrEachItem(quint32 at, const QString &what, const ItemFn &f)
{
    const quint32 v = resolve(at);
    if (v != None && node(v).type == Type::Sequence)
        return forEachItem(at, what, f);
    f(at);
    return true;
}

std::optional<PortRange> YamlReader::ports(quint32 at)
{
    auto text = scalar(at, QStringLiteral("ports"));
    if (!text)
        return std::nullopt;
    if (text->empty() || *text == "all")
        return PortRange::all();
    QString why;
    auto r = PortRange::parse(*text, &why);
    if (!r)
        error(at, Tr::tr("%1: %2").arg(quote(*text), why));
    return r;
}

std::optional<Protocol> YamlReader::protocol(quint32 at)
{
    auto text = scalar(at, QStringLiteral("protocol"));
    if (!text)
        return std::nullopt;
    auto p = Protocol::parse(*text);
    if (!p)
        error(at, Tr::tr("%1 is not a protocol: use tcp, udp, icmp, icmpv6, all (or -1), or a "
                         "number from 0 to 255")
                      .arg(quote(*text)));
    return p;
}

std::optional<YamlValue> YamlReading::parseValue(const QString &text, QString *error)
{
    if (text.trimmed().isEmpty())
        return YamlValue();
    YamlTree tree;
    Diagnostic d;
    if (!tree.parse(text.toUtf8(), QString(), d)) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message);
        return std::nullopt;
    }
    DiagnosticList problems;
    YamlReader reader(tree, QString(), problems);
    auto value = reader.rootValue();
    if (!value && error && !problems.isEmpty())
        *error = problems.first().message;
    return value;
}

std::optional<YamlValue> YamlReading::parseMapping(const QString &text, QString *error)
{
    auto value = parseValue(text, error);
    if (value && value->type != YamlValue::Type::Mapping && value->type != YamlValue::Type::Null) {
        if (error)
            *error = Tr::tr("a mapping of keys such as Statement: [...] is needed here");
        return std::nullopt;
    }
    return value;
}
