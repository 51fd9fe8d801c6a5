#pragma once

#include <QByteArray>

#include <optional>
#include <vector>

/// Cuts a large design file into pieces that parse on their own, so that several cores
/// can share the work: the `vpcs:` block sequence is cut at item boundaries ("  - ..."),
/// and the rest of the file (the skeleton) keeps every line number. Only files written
/// in block style qualify; anything unusual gives nullopt and the file is read whole.
struct YamlSlices
{
    qsizetype regionStart = 0;   // the first byte after the "vpcs:" line
    qsizetype regionEnd = 0;     // the first byte of the next top-level key (or the end)
    std::vector<qsizetype> cuts; // slice starts; the last slice ends at regionEnd
    std::vector<int> cutLines;   // the 0-based line of each cut
    int indent = 0;              // the column of the items' dashes

    /// A plan of at most `pieces` slices, or nullopt when the file does not qualify.
    static std::optional<YamlSlices> plan(const QByteArray &data, int pieces);

    size_t count() const { return cuts.size(); }
    /// Slice `k`: its lines, after as many empty lines as precede it in the file, so that
    /// yaml-cpp reports the file's own line numbers.
    QByteArray slice(const QByteArray &data, size_t k) const;
    /// The file without the list's lines (only their newlines stay).
    QByteArray skeleton(const QByteArray &data) const;
};
