#pragma once

#include "design.h"
#include "diagnostic.h"

#include <QByteArray>

#include <memory>

/// The outcome of reading a design: the design, or nothing and at least one error;
/// warnings (unknown keys) either way.
struct LoadResult
{
    std::unique_ptr<Design> design;
    DiagnosticList diagnostics;

    bool ok() const { return design != nullptr; }
    /// The first error (or a blank diagnostic when there is none).
    Diagnostic firstError() const;
    DiagnosticList warnings() const;
};

/// The YAML design file of FORMAT.md: read, write, and what can go wrong.
namespace DesignFormat {

/// Files larger than this are refused before they are read.
constexpr qint64 MaxFileSize = qint64(128) << 20;
/// The farthest a layout position or size may lie from 0 (the canvas draws in floats;
/// 2,000 VPCs in one row span about 2,000,000).
constexpr double MaxLayoutCoordinate = 1e9;
/// Errors reported before reading stops.
constexpr int MaxErrors = 50;
/// Files from this size on are read in slices on all cores when their shape allows.
constexpr qsizetype SliceThreshold = qsizetype(2) << 20;

LoadResult load(const QString &path);
/// Reads a design; `slicing` off forces one whole parse on one core (for comparisons).
LoadResult read(const QByteArray &data, const QString &fileName, bool slicing = true);
/// The canonical text: stable key and list order, block style for objects, flow style
/// for short rows; writing an unchanged design gives the same bytes.
QByteArray write(const Design &design);
/// Writes atomically (QSaveFile): on failure the old file is left as it was.
bool save(const Design &design, const QString &path, QString *error);

} // namespace DesignFormat
