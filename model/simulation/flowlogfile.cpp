// FlowLogParser: reading a file from disk, mapped; gzip inflated on a second thread while
// this one parses.

#include "flowlogparser.h"

#include "gzip.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowLogs)
};

} // namespace

bool FlowLogParser::parseFile(const QString &path, QString *error)
{
    // Devices, pipes and sockets are not logs: /dev/zero would be read without end, a pipe
    // with no writer would wait for ever.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        *error = Tr::tr("%1: not a regular file (a device, a pipe or a socket): not read").arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    // Mapped, not read: a log of hundreds of MB is not copied first.
    QByteArray copy;
    QByteArrayView data;
    if (uchar *mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr) {
        data = QByteArrayView(reinterpret_cast<const char *>(mapped), file.size());
    } else {
        copy = file.readAll();
        data = copy;
    }
    begin(path);
    if (Gzip::isGzip(data)) {
        // Inflating and parsing take about as long each: inflate on a second thread and
        // parse here, handing over pieces of a few MB.
        std::mutex mutex;
        std::condition_variable changed;
        std::deque<QByteArray> pieces;
        bool done = false;
        QString why;
        qint64 offset = 0;
        bool inflated = false;
        std::thread inflater([&] {
            QByteArray piece;
            const auto handOver = [&] {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return pieces.size() < 4; });
                pieces.push_back(std::move(piece));
                piece = QByteArray();
                changed.notify_all();
            };
            inflated = Gzip::decompress(
                data,
                [&](QByteArrayView chunk) {
                    piece.append(chunk.data(), chunk.size());
                    if (piece.size() >= (4 << 20))
                        handOver();
                },
                &why, &offset, maxInflatedBytes);
            if (!piece.isEmpty())
                handOver();
            std::lock_guard lock(mutex);
            done = true;
            changed.notify_all();
        });
        // Text is parsed piece by piece; CloudWatch Logs JSON (a '{' first) is gathered,
        // up to its limit, and read whole.
        enum class Kind { Unknown, Text, Json } kind = Kind::Unknown;
        QByteArray json;
        while (true) {
            QByteArray piece;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !pieces.empty() || done; });
                if (pieces.empty())
                    break;
                piece = std::move(pieces.front());
                pieces.pop_front();
                changed.notify_all();
            }
            if (kind == Kind::Unknown) {
                const qsizetype first =
                    std::find_if(piece.cbegin(), piece.cend(),
                                 [](char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; }) -
                    piece.cbegin();
                if (first < piece.size())
                    kind = piece[first] == '{' ? Kind::Json : Kind::Text;
            }
            if (kind == Kind::Json) {
                if (json.size() <= MaxJsonBytes)
                    json.append(piece.left(MaxJsonBytes + 1 - json.size()));
                continue;
            }
            feed(piece);
        }
        inflater.join();
        if (kind == Kind::Json)
            feedCloudWatchJson(json);
        if (!inflated) {
            // Where the readable text stops, as a line and column of the log, like every
            // other problem; the byte of the compressed file follows for a hex viewer.
            // Within an overlong line, the column counts bytes: it is no text anyway.
            const int line = mSkippingLine ? mLine : mLine + 1;
            const qint64 column = mSkippingLine ? mSkippedBytes + 1 : QString::fromUtf8(mCarry).size() + 1;
            finish();
            *error = Tr::tr("%1:%2:%3: %4: the text stops here (byte %5 of the compressed file)")
                         .arg(path)
                         .arg(line)
                         .arg(column)
                         .arg(why)
                         .arg(offset);
            return false;
        }
    } else {
        records.reserve(records.size() + size_t(data.size() / 90));
        feedDocument(data);
    }
    finish();
    if (mFull) {
        *error = mFull->toString();
        return false;
    }
    if (mRecordsInFile == 0 && mBadInFile > 0) {
        *error = Tr::tr("%1: not a VPC flow-log file").arg(path);
        for (const Diagnostic &p : problems)
            if (p.file == path) {
                *error = Tr::tr("%1 (not a VPC flow-log file)").arg(p.toString());
                break;
            }
        return false;
    }
    return true;
}
