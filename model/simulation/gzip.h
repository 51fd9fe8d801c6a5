#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

/// gzip files through zlib: what AWS delivers flow logs in.
namespace Gzip {

/// A complete gzip file (one member) holding `data`.
QByteArray compress(QByteArrayView data, int level = 6);

/// Whether `data` starts like a gzip file.
bool isGzip(QByteArrayView data);

/// Inflates a gzip file (one member or several one after the other, as concatenated
/// deliveries are) and hands the text to `sink` in pieces. False with `error` (and the
/// byte offset in the compressed data) when it is not gzip or is cut short.
bool decompress(QByteArrayView data, const std::function<void(QByteArrayView)> &sink, QString *error,
                qint64 *errorOffset = nullptr);

} // namespace Gzip
