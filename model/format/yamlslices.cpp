#include "yamlslices.h"

#include <algorithm>
#include <cstring>
#include <string_view>

std::optional<YamlSlices> YamlSlices::plan(const QByteArray &data, int pieces)
{
    const char *d = data.constData();
    const qsizetype n = data.size();
    qsizetype pos = 0;
    int line = 0;
    const auto lineEnd = [&](qsizetype from) {
        const void *nl = memchr(d + from, '\n', size_t(n - from));
        return nl ? qsizetype(static_cast<const char *>(nl) - d) : n;
    };
    // The "vpcs:" line at column 0.
    while (pos < n) {
        const qsizetype end = lineEnd(pos);
        std::string_view text(d + pos, size_t(end - pos));
        while (!text.empty() && (text.back() == ' ' || text.back() == '\r'))
            text.remove_suffix(1);
        pos = end + 1;
        ++line;
        if (text == "vpcs:")
            break;
        if (text.substr(0, 3) == "---" && line > 1)
            return std::nullopt; // several documents: keep it simple
    }
    if (pos >= n)
        return std::nullopt;
    YamlSlices plan;
    plan.regionStart = pos;
    plan.regionEnd = n;
    int indent = -1;
    std::vector<qsizetype> items;
    std::vector<int> itemLines;
    while (pos < n) {
        const qsizetype end = lineEnd(pos);
        const std::string_view text(d + pos, size_t(end - pos));
        size_t spaces = 0;
        while (spaces < text.size() && text[spaces] == ' ')
            ++spaces;
        const bool blank = spaces == text.size() || text[spaces] == '#' || text[spaces] == '\r';
        if (!blank) {
            if (text[spaces] == '\t')
                return std::nullopt;
            const bool dash = text.substr(spaces, 2) == "- " || text.substr(spaces) == "-";
            if (indent < 0) {
                if (!dash)
                    return std::nullopt; // not a block sequence
                indent = int(spaces);
            }
            if (spaces == 0 && !(indent == 0 && dash)) {
                if (text.substr(0, 3) == "---" || text.substr(0, 3) == "...")
                    return std::nullopt;
                plan.regionEnd = pos; // the next top-level key
                break;
            }
            if (int(spaces) == indent && dash) {
                items.push_back(pos);
                itemLines.push_back(line);
            }
        }
        pos = end + 1;
        ++line;
    }
    if (int(items.size()) < pieces * 2)
        return std::nullopt;
    plan.indent = indent;
    // Cut where the bytes divide evenly.
    const qsizetype size = plan.regionEnd - plan.regionStart;
    size_t next = 0;
    for (int k = 0; k < pieces; ++k) {
        const qsizetype target = plan.regionStart + size * k / pieces;
        while (next + 1 < items.size() && items[next] < target)
            ++next;
        if (k == 0)
            next = 0;
        if (!plan.cuts.empty() && items[next] <= plan.cuts.back())
            continue;
        plan.cuts.push_back(items[next]);
        plan.cutLines.push_back(itemLines[next]);
    }
    return plan;
}

QByteArray YamlSlices::slice(const QByteArray &data, size_t k) const
{
    const qsizetype from = cuts[k];
    const qsizetype to = k + 1 < cuts.size() ? cuts[k + 1] : regionEnd;
    QByteArray text;
    text.reserve(cutLines[k] + (to - from));
    text.append(qsizetype(cutLines[k]), '\n');
    text.append(data.constData() + from, to - from);
    return text;
}

QByteArray YamlSlices::skeleton(const QByteArray &data) const
{
    QByteArray text;
    text.reserve(data.size() - (regionEnd - regionStart) + (64 << 10));
    text.append(data.constData(), regionStart);
    text.append(qsizetype(std::count(data.constData() + regionStart, data.constData() + regionEnd, '\n')), '\n');
    text.append(data.constData() + regionEnd, data.size() - regionEnd);
    return text;
}
