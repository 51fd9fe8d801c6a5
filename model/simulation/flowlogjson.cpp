// CloudWatch Logs JSON, as `aws logs filter-log-events` and `get-log-events` print it: the
// events' messages are the flow-log lines, at the places of the messages in the JSON.

#include "flowlogparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowLogs)
};

} // namespace

void FlowLogParser::feedCloudWatchJson(QByteArrayView data)
{
    // The place of a byte offset as line and column (columns in characters). The places
    // asked for only grow, so a cursor moves on from the last one: linear in the file.
    qsizetype cursor = 0;
    int cursorLine = 1, cursorColumn = 1;
    const auto place = [&](qsizetype offset, int *line, int *column) {
        offset = std::clamp<qsizetype>(offset, 0, data.size());
        if (offset < cursor) { // only for the error's place, asked for once: from the start
            cursor = 0;
            cursorLine = cursorColumn = 1;
        }
        for (; cursor < offset; ++cursor) {
            const auto byte = quint8(data[cursor]);
            if (byte == '\n') {
                ++cursorLine;
                cursorColumn = 1;
            } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte: a character
                ++cursorColumn;
            }
        }
        *line = cursorLine;
        *column = cursorColumn;
    };
    if (data.size() > MaxJsonBytes) {
        mLine = 1;
        ++lines;
        problem(1, Tr::tr("CloudWatch Logs JSON of %1 MB: at most %2 MB is read; export fewer events at once")
                       .arg(data.size() >> 20)
                       .arg(MaxJsonBytes >> 20));
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        int column = 1;
        place(error.offset, &mLine, &column);
        ++lines;
        problem(column, Tr::tr("not JSON: %1").arg(error.errorString()));
        return;
    }
    const QJsonValue events = doc.object().value(QLatin1String("events"));
    if (!events.isArray()) {
        mLine = 1;
        ++lines;
        problem(1, Tr::tr("JSON without \"events\": not what aws logs filter-log-events prints"));
        return;
    }
    // Each event's message, at the place of its "message" key in the text (the CLI prints
    // the keys of an event in a fixed order, one event after the other).
    qsizetype search = 0;
    for (const QJsonValue &event : events.toArray()) {
        const qsizetype key = data.indexOf(QByteArrayView("\"message\""), search);
        int line = 1, column = 1;
        if (key >= 0) {
            const qsizetype quote = data.indexOf('"', key + 9);
            place(quote >= 0 ? quote + 1 : key, &line, &column);
            search = key + 9;
        }
        const QJsonObject object = event.toObject();
        const QJsonValue message = object.value(QLatin1String("message"));
        // The stream's format: messages have no header line to name their fields.
        const auto fields = streamFields.constFind(object.value(QLatin1String("logStreamName")).toString());
        mFields = fields != streamFields.constEnd() ? *fields : FlowLogFormat().fields();
        mLine = line - 1; // parseLine counts it
        mColumnBase = column - 1;
        if (!message.isString()) {
            ++mLine;
            ++lines;
            problem(1, Tr::tr("an event without a message"));
            continue;
        }
        const QByteArray text = message.toString().toUtf8();
        if (text.size() > MaxLineBytes) {
            ++mLine;
            ++lines;
            problem(1, Tr::tr("a line longer than %1 KiB: not a flow-log line").arg(MaxLineBytes / 1024));
            continue;
        }
        parseLine(text.cbegin(), text.cend());
        if (mFull)
            break;
    }
    mColumnBase = 0;
}
