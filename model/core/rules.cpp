#include "rules.h"

#include "objects.h"

#include <QCoreApplication>

#include <charconv>

std::optional<Protocol> Protocol::parse(std::string_view text)
{
    if (text == "tcp")
        return Protocol(Tcp);
    if (text == "udp")
        return Protocol(Udp);
    if (text == "icmp")
        return Protocol(Icmp);
    if (text == "icmpv6")
        return Protocol(Icmpv6);
    if (text == "all" || text == "-1")
        return Protocol(All);
    int n = -1;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || n < 0 || n > 255)
        return std::nullopt;
    return Protocol(n);
}

QString Protocol::toString() const
{
    switch (mNumber) {
    case All:
        return QStringLiteral("all");
    case Tcp:
        return QStringLiteral("tcp");
    case Udp:
        return QStringLiteral("udp");
    case Icmp:
        return QStringLiteral("icmp");
    case Icmpv6:
        return QStringLiteral("icmpv6");
    default:
        return QString::number(mNumber);
    }
}

std::optional<PortRange> PortRange::parse(std::string_view text, QString *error)
{
    const auto number = [](std::string_view s, int &out) {
        const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc() && end == s.data() + s.size() && !s.empty() && s[0] != '-' && out >= 0 && out <= 65535;
    };
    PortRange r;
    const size_t dash = text.find('-');
    bool ok;
    if (dash == std::string_view::npos) {
        ok = number(text, r.from);
        r.to = r.from;
    } else {
        ok = number(text.substr(0, dash), r.from) && number(text.substr(dash + 1), r.to) && r.from <= r.to;
    }
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate(
                "PortRange", "ports are a number from 0 to 65535 or a range such as \"1024-65535\"");
        return std::nullopt;
    }
    return r;
}

QString PortRange::toString() const
{
    if (isAll())
        return QStringLiteral("all");
    if (isSingle())
        return QString::number(from);
    return QStringLiteral("%1-%2").arg(from).arg(to);
}

QString Route::prefixListOf(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() > 8 && t.startsWith(u"service:", Qt::CaseInsensitive))
        return t.toString().toLower();
    if (t.size() > 3 && t.startsWith(u"pl-") && isValidId(t))
        return t.toString();
    return {};
}
