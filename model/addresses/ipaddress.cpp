#include "ipaddress.h"

#include <QCoreApplication>
#include <QHashFunctions>

#include <array>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(IpAddress)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool parseV4(std::string_view text, quint32 &out, QString *error)
{
    quint32 value = 0;
    int parts = 0;
    size_t i = 0;
    while (true) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return fail(error, Tr::tr("an IPv4 address has four decimal numbers separated by dots"));
        const size_t start = i;
        unsigned part = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            part = part * 10 + unsigned(text[i] - '0');
            if (part > 255)
                return fail(error, Tr::tr("each part of an IPv4 address is 0 to 255"));
            ++i;
        }
        if (i - start > 1 && text[start] == '0')
            return fail(error, Tr::tr("a part of an IPv4 address has a leading zero"));
        value = (value << 8) | part;
        ++parts;
        if (parts == 4)
            break;
        if (i >= text.size() || text[i] != '.')
            return fail(error, Tr::tr("an IPv4 address has four decimal numbers separated by dots"));
        ++i;
    }
    if (i != text.size())
        return fail(error, Tr::tr("an IPv4 address has four decimal numbers separated by dots"));
    out = value;
    return true;
}

bool parseV6(std::string_view text, u128 &out, QString *error)
{
    std::array<quint16, 8> groups{};
    int count = 0;
    int gap = -1; // index in groups where "::" stands
    size_t i = 0;
    const QString badForm = Tr::tr("not a valid IPv6 address");
    if (text.size() >= 2 && text[0] == ':' && text[1] == ':') {
        gap = 0;
        i = 2;
    } else if (!text.empty() && text[0] == ':') {
        return fail(error, badForm);
    }
    while (i < text.size()) {
        // An embedded dotted quad may end the address.
        const size_t dot = text.find('.', i);
        const size_t colon = text.find(':', i);
        if (dot != std::string_view::npos && (colon == std::string_view::npos || dot < colon)) {
            quint32 v4 = 0;
            if (!parseV4(text.substr(i), v4, nullptr))
                return fail(error, badForm);
            if (count > 6)
                return fail(error, Tr::tr("an IPv6 address has at most eight groups"));
            groups[size_t(count++)] = quint16(v4 >> 16);
            groups[size_t(count++)] = quint16(v4 & 0xffff);
            i = text.size();
            break;
        }
        unsigned group = 0;
        int digits = 0;
        while (i < text.size() && hexDigit(text[i]) >= 0) {
            group = (group << 4) | unsigned(hexDigit(text[i]));
            if (++digits > 4)
                return fail(error, Tr::tr("an IPv6 group has at most four hex digits"));
            ++i;
        }
        if (digits == 0)
            return fail(error, badForm);
        if (count >= 8)
            return fail(error, Tr::tr("an IPv6 address has at most eight groups"));
        groups[size_t(count++)] = quint16(group);
        if (i == text.size())
            break;
        if (text[i] != ':')
            return fail(error, badForm);
        ++i;
        if (i < text.size() && text[i] == ':') {
            if (gap >= 0)
                return fail(error, Tr::tr("'::' may appear only once in an IPv6 address"));
            gap = count;
            ++i;
        } else if (i == text.size()) {
            return fail(error, badForm);
        }
    }
    if (gap < 0 && count != 8)
        return fail(error, Tr::tr("an IPv6 address without '::' has eight groups"));
    if (gap >= 0 && count > 7)
        return fail(error, Tr::tr("'::' stands for at least one group, so at most seven may be written"));
    std::array<quint16, 8> full{};
    if (gap < 0) {
        full = groups;
    } else {
        const int tail = count - gap;
        for (int k = 0; k < gap; ++k)
            full[size_t(k)] = groups[size_t(k)];
        for (int k = 0; k < tail; ++k)
            full[size_t(8 - tail + k)] = groups[size_t(gap + k)];
    }
    u128 value = 0;
    for (quint16 g : full)
        value = (value << 16) | g;
    out = value;
    return true;
}

} // namespace

std::optional<IpAddress> IpAddress::parse(std::string_view text, QString *error)
{
    if (text.empty()) {
        fail(error, Tr::tr("empty address"));
        return std::nullopt;
    }
    if (text.find(':') != std::string_view::npos) {
        u128 value = 0;
        if (!parseV6(text, value, error))
            return std::nullopt;
        return IpAddress::v6(value);
    }
    quint32 value = 0;
    if (!parseV4(text, value, error))
        return std::nullopt;
    return IpAddress::v4(value);
}

std::optional<IpAddress> IpAddress::parse(QStringView text, QString *error)
{
    // Addresses are ASCII; anything else fails in the byte parser.
    std::array<char, 64> buffer{};
    if (text.size() >= qsizetype(buffer.size())) {
        fail(error, Tr::tr("too long to be an address"));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        buffer[size_t(i)] = c < 128 ? char(c) : '?';
    }
    return parse(std::string_view(buffer.data(), size_t(text.size())), error);
}

std::optional<IpAddress> IpAddress::plus(u128 delta) const
{
    if (!isValid() || delta > maxValue() - value())
        return std::nullopt;
    return IpAddress(mFamily, value() + delta);
}

std::optional<IpAddress> IpAddress::minus(u128 delta) const
{
    if (!isValid() || delta > value())
        return std::nullopt;
    return IpAddress(mFamily, value() - delta);
}

bool IpAddress::isV4Mapped() const
{
    return isV6() && (value() >> 32) == u128(0xffff);
}

IpAddress IpAddress::mappedV4() const
{
    return IpAddress::v4(quint32(value() & 0xffffffffu));
}

std::string IpAddress::toStdString() const
{
    char buf[48];
    int n = 0;
    if (isV4()) {
        const quint32 v = toV4();
        n = snprintf(buf, sizeof buf, "%u.%u.%u.%u", v >> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255);
        return std::string(buf, size_t(n));
    }
    if (!isV6())
        return {};
    if (isV4Mapped()) {
        const quint32 v = quint32(value());
        n = snprintf(buf, sizeof buf, "::ffff:%u.%u.%u.%u", v >> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255);
        return std::string(buf, size_t(n));
    }
    std::array<unsigned, 8> g{};
    for (int k = 0; k < 8; ++k)
        g[size_t(k)] = unsigned(value() >> (112 - 16 * k)) & 0xffff;
    // RFC 5952: compress the longest run of two or more zero groups, the first on ties.
    int bestStart = -1, bestLen = 1;
    for (int k = 0; k < 8;) {
        if (g[size_t(k)] != 0) {
            ++k;
            continue;
        }
        int end = k;
        while (end < 8 && g[size_t(end)] == 0)
            ++end;
        if (end - k > bestLen) {
            bestStart = k;
            bestLen = end - k;
        }
        k = end;
    }
    std::string out;
    out.reserve(40);
    for (int k = 0; k < 8; ++k) {
        if (k == bestStart) {
            out += "::";
            k += bestLen - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':')
            out += ':';
        n = snprintf(buf, sizeof buf, "%x", g[size_t(k)]);
        out.append(buf, size_t(n));
    }
    return out;
}

QString IpAddress::toString() const
{
    return QString::fromLatin1(toStdString());
}

size_t qHash(const IpAddress &address, size_t seed)
{
    const u128 v = address.value();
    return qHashMulti(seed, quint64(v >> 64), quint64(v), int(address.family()));
}
