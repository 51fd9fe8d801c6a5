#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

/// gzip files through zlib: what AWS delivers flow logs in.
namespace Gzip {

/// A complete gzip file (one member) holding `data` (of any size).
QByteArray compress(QByteArrayView data, int level = 6);

/// Whether `data` starts like a gzip file.
bool isGzip(QByteArrayView data);

/// Inflates a gzip file (one member or several one after the other, as concatenated
/// deliveries are) and hands the text to `sink` in pieces. False with `error` (and the
/// byte offset in the compressed data) when it is not gzip, is cut short, or would inflate
/// to more than `maxOutput` bytes (-1: no limit). Input of any size is handed to zlib in
/// pieces of `inputChunk` bytes (zlib counts in 32 bits: more at once would be read
/// modulo 4 GiB).
bool decompress(QByteArrayView data, const std::function<void(QByteArrayView)> &sink, QString *error,
                qint64 *errorOffset = nullptr, qint64 maxOutput = -1, qint64 inputChunk = qint64(1) << 30);

} // namespace Gzip
