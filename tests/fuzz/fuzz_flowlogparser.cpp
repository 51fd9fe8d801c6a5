// The flow-log parser on any bytes, plain or gzip: no crash, no sanitizer report, and the
// same result whether the text arrives whole or in pieces (as gzip hands it over).

#include "flowlogparser.h"
#include "gzip.h"

#include <cstdint>
#include <cstdio>

namespace {

struct Outcome
{
    size_t records = 0;
    qint64 lines = 0;
    qint64 malformed = 0;
    qsizetype problems = 0;
    bool operator==(const Outcome &) const = default;
};

Outcome outcomeOf(const FlowLogParser &p)
{
    return {p.records.size(), p.lines, p.malformed, p.problems.size()};
}

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "flow-log parser: %s\n", what);
        __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the size of the pieces; the rest is the file.
    const qsizetype piece = 1 + data[0] % 64;
    QByteArray text(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (Gzip::isGzip(text)) {
        QByteArray inflated;
        QString why;
        qint64 offset = 0;
        const bool ok = Gzip::decompress(
            text, [&](QByteArrayView chunk) { inflated.append(chunk.data(), chunk.size()); }, &why, &offset,
            qint64(1) << 20, 7);
        check(ok || !why.isEmpty(), "a gzip failure without a reason");
        check(offset >= 0 && offset <= text.size(), "a gzip failure offset outside the file");
        check(inflated.size() <= (qint64(1) << 20) + (64 << 10), "inflated past the limit");
        text = inflated;
    }
    FlowLogParser whole;
    whole.parseText(text, QStringLiteral("fuzz.log"));
    const Outcome w = outcomeOf(whole);
    check(qint64(w.records) + w.malformed <= w.lines, "more records and bad lines than lines");
    check(w.problems <= FlowLogParser::MaxProblems, "more problems than the limit");
    // CloudWatch Logs JSON is read whole, its places those of the JSON text.
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{')) {
        const qint64 textLines = text.count('\n') + 1;
        for (const Diagnostic &p : whole.problems)
            check(p.line >= 1 && p.line <= textLines && p.column >= 1, "a JSON problem without a place in the file");
        return 0;
    }
    for (const Diagnostic &p : whole.problems)
        check(p.line >= 1 && p.line <= w.lines && p.column >= 1, "a problem without a place in the file");

    FlowLogParser pieces;
    pieces.begin(QStringLiteral("fuzz.log"));
    for (qsizetype i = 0; i < text.size(); i += piece)
        pieces.feed(QByteArrayView(text.constData() + i, std::min(piece, text.size() - i)));
    pieces.finish();
    check(outcomeOf(pieces) == w, "pieces and the whole text read differently");
    return 0;
}
