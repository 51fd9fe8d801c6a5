#include "gzip.h"

#include <QCoreApplication>

#include <zlib.h>

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
    QByteArray out;
    out.resize(qsizetype(deflateBound(&z, uLong(data.size()))) + 32);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

bool Gzip::isGzip(QByteArrayView data)
{
    return data.size() >= 2 && quint8(data[0]) == 0x1f && quint8(data[1]) == 0x8b;
}

bool Gzip::decompress(QByteArrayView data, const std::function<void(QByteArrayView)> &sink, QString *error,
                      qint64 *errorOffset)
{
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK) {
        *error = Tr::tr("zlib could not start");
        return false;
    }
    std::vector<char> buffer(1 << 20);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    bool ok = true;
    while (true) {
        z.next_out = reinterpret_cast<Bytef *>(buffer.data());
        z.avail_out = uInt(buffer.size());
        const int rc = inflate(&z, Z_NO_FLUSH);
        const size_t produced = buffer.size() - z.avail_out;
        if (produced > 0)
            sink(QByteArrayView(buffer.data(), qsizetype(produced)));
        if (rc == Z_STREAM_END) {
            if (z.avail_in == 0)
                break;
            // Another member follows: AWS and `cat a.gz b.gz` both make such files.
            if (inflateReset(&z) != Z_OK) {
                ok = false;
                *error = Tr::tr("zlib could not continue with the next gzip member");
                break;
            }
            continue;
        }
        if (rc == Z_BUF_ERROR && z.avail_in == 0) {
            ok = false;
            *error = Tr::tr("the gzip data ends too early (the file is cut short)");
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            ok = false;
            *error = rc == Z_DATA_ERROR ? Tr::tr("the gzip data is corrupt: %1").arg(QString::fromLatin1(z.msg ? z.msg : ""))
                                        : Tr::tr("zlib failed (%1)").arg(rc);
            break;
        }
    }
    if (!ok && errorOffset)
        *errorOffset = qint64(data.size()) - qint64(z.avail_in);
    inflateEnd(&z);
    return ok;
}
