#include "gzip.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <vector>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowLogs)
};

} // namespace

QByteArray Gzip::compress(QByteArrayView data, int level)
{
    z_stream z{};
    // 15 window bits + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    // zlib counts in 32 bits: input and output go in pieces of at most a GiB.
    constexpr qint64 Chunk = qint64(1) << 30;
    QByteArray out;
    std::vector<char> buffer(1 << 20);
    qint64 fed = 0;
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        if (z.avail_in == 0 && fed < data.size()) {
            const qint64 n = std::min(Chunk, data.size() - fed);
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + fed));
            z.avail_in = uInt(n);
            fed += n;
        }
        z.next_out = reinterpret_cast<Bytef *>(buffer.data());
        z.avail_out = uInt(buffer.size());
        rc = deflate(&z, fed < data.size() ? Z_NO_FLUSH : Z_FINISH);
        out.append(buffer.data(), qsizetype(buffer.size() - z.avail_out));
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            deflateEnd(&z);
            return {};
        }
    }
    deflateEnd(&z);
    return out;
}

bool Gzip::isGzip(QByteArrayView data)
{
    return data.size() >= 2 && quint8(data[0]) == 0x1f && quint8(data[1]) == 0x8b;
}

bool Gzip::decompress(QByteArrayView data, const std::function<void(QByteArrayView)> &sink, QString *error,
                      qint64 *errorOffset, qint64 maxOutput, qint64 inputChunk)
{
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK) {
        *error = Tr::tr("zlib could not start");
        return false;
    }
    std::vector<char> buffer(1 << 20);
    qint64 fed = 0; // input handed to zlib so far
    qint64 produced = 0;
    const auto refill = [&] {
        if (z.avail_in != 0 || fed >= data.size())
            return;
        const qint64 n = std::min(std::max<qint64>(inputChunk, 1), data.size() - fed);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + fed));
        z.avail_in = uInt(n);
        fed += n;
    };
    refill();
    bool ok = true;
    while (true) {
        z.next_out = reinterpret_cast<Bytef *>(buffer.data());
        z.avail_out = uInt(buffer.size());
        const int rc = inflate(&z, Z_NO_FLUSH);
        const size_t out = buffer.size() - z.avail_out;
        produced += qint64(out);
        if (maxOutput >= 0 && produced > maxOutput) {
            ok = false;
            *error = maxOutput >= (qint64(1) << 30)
                         ? Tr::tr("it inflates to more than %1 GB, more than a flow log holds").arg(maxOutput >> 30)
                         : Tr::tr("it inflates to more than %1 MB, more than a flow log holds")
                               .arg(double(maxOutput) / (1 << 20), 0, 'g', 3);
            break;
        }
        if (out > 0)
            sink(QByteArrayView(buffer.data(), qsizetype(out)));
        refill();
        if (rc == Z_STREAM_END) {
            if (z.avail_in == 0 && fed >= data.size())
                break;
            // Another member follows: AWS and `cat a.gz b.gz` both make such files.
            if (inflateReset(&z) != Z_OK) {
                ok = false;
                *error = Tr::tr("zlib could not continue with the next gzip member");
                break;
            }
            continue;
        }
        if (rc == Z_BUF_ERROR && z.avail_in == 0 && fed >= data.size()) {
            ok = false;
            *error = Tr::tr("the gzip data ends too early (the file is cut short)");
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            ok = false;
            *error = rc == Z_DATA_ERROR
                         ? Tr::tr("the gzip data is corrupt: %1").arg(QString::fromLatin1(z.msg ? z.msg : ""))
                         : Tr::tr("zlib failed (%1)").arg(rc);
            break;
        }
    }
    if (!ok && errorOffset)
        *errorOffset = fed - qint64(z.avail_in);
    inflateEnd(&z);
    return ok;
}
