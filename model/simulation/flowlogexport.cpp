#include "flowlogexport.h"

#include "jsonwriter.h"

#include "atomicwrite.h"

#include "gzip.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <map>
#include <set>

namespace {

/// A CloudWatch Logs stream as AWS names it: the interface and the traffic type.
QString streamName(const Network::Interface &iface, const FlowLog &log)
{
    return iface.eni + QLatin1Char('-') + enumName(log.trafficType).toLower();
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowLogs)
};

QString bucketOf(const CapturedLog &log)
{
    return FlowLogExport::athenaBucket(*log.log);
}

QString prefixOf(const CapturedLog &log)
{
    return QStringLiteral("AWSLogs/%1/vpcflowlogs/%2/").arg(log.vpc->account, log.vpc->region);
}

/// S3 and Kinesis Data Firehose (which delivers to S3): gzip files; CloudWatch Logs: streams.
bool toS3(const CapturedLog &log)
{
    return log.log->destination != LogDestination::CloudWatchLogs;
}

QString logGroupOf(const CapturedLog &log)
{
    return log.log->destinationName.isEmpty() ? QStringLiteral("vpc-flow-logs") : log.log->destinationName;
}

/// A log group's name as a folder: the characters CloudWatch allows (letters, digits, _ - /
/// . #), others as _, and no component that leaves the export folder.
QString groupFolder(const QString &group)
{
    QString out;
    for (const QChar c : group)
        out += c.isLetterOrNumber() || QStringLiteral("_-/.#").contains(c) ? c : QLatin1Char('_');
    QStringList parts;
    for (const QString &p : out.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        parts.append(p == QLatin1String("..") || p == QLatin1String(".") ? QStringLiteral("_") : p);
    return parts.isEmpty() ? QStringLiteral("_") : parts.join(QLatin1Char('/'));
}

QString tableName(const CapturedLog &log)
{
    return FlowLogExport::athenaTable(*log.log);
}

} // namespace

QString FlowLogExport::athenaTable(const FlowLog &log)
{
    QString name = QStringLiteral("vpc_flow_logs_") + log.id;
    for (QChar &c : name)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    return name.toLower();
}

QString FlowLogExport::athenaBucket(const FlowLog &log)
{
    return log.destinationName.isEmpty() ? QStringLiteral("flow-log-bucket") : log.destinationName;
}

std::vector<FlowLogExport::File> FlowLogExport::s3Files(const FlowLogCapture &capture, qint64 maxBytes)
{
    // Records by flow log and five-minute delivery batch, in capture order.
    std::map<std::pair<int, qint64>, std::vector<const FlowLogRecord *>> batches;
    for (const FlowLogRecord &r : capture.records)
        if (toS3(capture.logs[size_t(r.log)]))
            batches[{r.log, r.delivered - r.delivered % 300}].push_back(&r);
    std::vector<File> files;
    for (const auto &[key, records] : batches) {
        const CapturedLog &log = capture.logs[size_t(key.first)];
        const QDateTime at = QDateTime::fromSecsSinceEpoch(key.second, Qt::UTC);
        const QString folder = prefixOf(log) + at.toString(QStringLiteral("yyyy/MM/dd/"));
        const QByteArray header = log.format.header() + '\n';
        size_t next = 0;
        while (next < records.size()) {
            QByteArray text = header;
            int count = 0;
            while (next < records.size()) {
                const QByteArray line = capture.line(*records[next]) + '\n';
                if (count > 0 && text.size() + line.size() > maxBytes)
                    break;
                text += line;
                ++count;
                ++next;
            }
            const QByteArray hash =
                QCryptographicHash::hash(log.log->id.toUtf8() + QByteArray::number(key.second) + text,
                                         QCryptographicHash::Sha1)
                    .toHex()
                    .left(8);
            const QString name = QStringLiteral("%1_vpcflowlogs_%2_%3_%4_%5.log.gz")
                                     .arg(log.vpc->account, log.vpc->region, log.log->id,
                                          at.toString(QStringLiteral("yyyyMMdd'T'HHmm'Z'")), QString::fromLatin1(hash));
            files.push_back({folder + name, Gzip::compress(text), count});
        }
    }
    return files;
}

std::vector<FlowLogExport::File> FlowLogExport::cloudWatchFiles(const FlowLogCapture &capture)
{
    const Network &net = capture.network();
    // Records by log group and stream (an interface and traffic type): two flow logs of one
    // group that see one interface write one stream, as in CloudWatch, in time order.
    std::map<std::pair<QString, QString>, std::vector<const FlowLogRecord *>> streams;
    for (const FlowLogRecord &r : capture.records) {
        const CapturedLog &log = capture.logs[size_t(r.log)];
        if (toS3(log))
            continue;
        const QString stream = streamName(net.interfaces[size_t(r.iface)], *log.log);
        streams[{logGroupOf(log), stream}].push_back(&r);
    }
    std::vector<File> files;
    for (auto &[key, records] : streams) {
        const auto &[group, stream] = key;
        std::stable_sort(records.begin(), records.end(),
                         [](const FlowLogRecord *a, const FlowLogRecord *b) { return a->start < b->start; });
        JsonWriter json;
        json.beginObject().key("events").beginArray();
        int n = 0;
        for (const FlowLogRecord *r : records) {
            const QByteArray line = capture.line(*r);
            const QByteArray id =
                QCryptographicHash::hash(stream.toUtf8() + QByteArray::number(n) + line, QCryptographicHash::Sha256)
                    .toHex()
                    .left(56);
            // clang-format off
            json.beginObject()
                .key("logStreamName").value(stream)
                .key("timestamp").value(qint64(r->start) * 1000)
                .key("message").value(QString::fromUtf8(line))
                .key("ingestionTime").value(qint64(r->delivered) * 1000)
                .key("eventId").value(QString::fromLatin1(id))
                .endObject();
            // clang-format on
            ++n;
        }
        json.endArray().key("searchedLogStreams").beginArray();
        json.beginObject().key("logStreamName").value(stream).key("searchedCompletely").value(true).endObject();
        json.endArray().endObject();
        files.push_back(
            {QStringLiteral("cloudwatch/%1/%2.json").arg(groupFolder(group), stream), json.data() + '\n', n});
    }
    return files;
}

QByteArray FlowLogExport::insightsQueries(const FlowLogCapture &capture)
{
    QStringList groups;
    for (const CapturedLog &log : capture.logs)
        if (!toS3(log) && !groups.contains(logGroupOf(log)))
            groups.append(logGroupOf(log));
    if (groups.isEmpty())
        return {};
    // An interface of the logs for the last query: the first with records.
    QByteArray eni = "eni-0123456789abcdef0";
    for (const FlowLogRecord &r : capture.records)
        if (!toS3(capture.logs[size_t(r.log)]) && r.iface >= 0) {
            eni = capture.network().interfaces[size_t(r.iface)].eni.toUtf8();
            break;
        }
    QByteArray text = "# CloudWatch Logs Insights queries over the flow logs written beside this file.\n"
                      "# Choose the log group (" +
                      groups.join(QStringLiteral(", ")).toUtf8() +
                      ") in the console, paste a query, run it.\n"
                      "# Insights discovers the fields of the default format: srcAddr, dstAddr, srcPort,\n"
                      "# dstPort, protocol, packets, bytes, start, end, action, logStatus, interfaceId.\n"
                      "\n# The ten pairs of addresses that moved the most bytes.\n"
                      "stats sum(bytes) as bytesTransferred by srcAddr, dstAddr\n"
                      "| sort bytesTransferred desc\n"
                      "| limit 10\n"
                      "\n# Rejected traffic by destination port: what security groups and ACLs stop.\n"
                      "filter action = \"REJECT\"\n"
                      "| stats count(*) as records, sum(packets) as packets by dstPort, protocol\n"
                      "| sort packets desc\n"
                      "\n# Who is rejected most: the sources of REJECT records.\n"
                      "filter action = \"REJECT\"\n"
                      "| stats sum(packets) as packets by srcAddr\n"
                      "| sort packets desc\n"
                      "| limit 20\n"
                      "\n# One interface's traffic over time, in five-minute bins.\n"
                      "filter interfaceId = \"" +
                      eni +
                      "\"\n"
                      "| stats sum(bytes) as bytes by bin(5m), action\n";
    return text;
}

QByteArray FlowLogExport::athenaSql(const FlowLogCapture &capture)
{
    std::map<int, std::set<QString>> days; // per log: the day folders that have files
    for (const FlowLogRecord &r : capture.records) {
        const qint64 batch = r.delivered - r.delivered % 300;
        days[r.log].insert(QDateTime::fromSecsSinceEpoch(batch, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")));
    }
    QByteArray sql = "-- Athena tables over the flow logs written beside this file, one per flow log.\n"
                     "-- Copy the AWSLogs folder into the bucket named in each LOCATION, then run these\n"
                     "-- statements. Flow logs of one account and region share a folder, as in AWS: where\n"
                     "-- their formats differ, filter a table's queries by file name,\n"
                     "-- e.g. WHERE \"$path\" LIKE '%_fl-a_%'.\n";
    for (size_t li = 0; li < capture.logs.size(); ++li) {
        const CapturedLog &log = capture.logs[li];
        if (!toS3(log))
            continue;
        const QString table = tableName(log);
        const QString location = QStringLiteral("s3://%1/%2").arg(bucketOf(log), prefixOf(log));
        sql += "\n-- " + log.log->id.toUtf8() + ": " + enumName(log.log->trafficType).toUtf8() + " traffic of " +
               log.log->resource.toUtf8() + ", format version " + QByteArray::number(log.format.version()) + "\n";
        sql += "CREATE EXTERNAL TABLE IF NOT EXISTS " + table.toUtf8() + " (\n";
        const auto &fields = log.format.fields();
        for (size_t i = 0; i < fields.size(); ++i) {
            const FlowLogFormat::FieldInfo &info = FlowLogFormat::info(fields[i]);
            const QByteArray column =
                fields[i] == FlowLogField::End ? QByteArray("`end`") : QByteArray(info.athenaName);
            sql += "  " + column + ' ' + info.athenaType + (i + 1 < fields.size() ? ",\n" : "\n");
        }
        sql += ")\nPARTITIONED BY (`date` date)\n"
               "ROW FORMAT DELIMITED\nFIELDS TERMINATED BY ' '\n"
               "LOCATION '" +
               location.toUtf8() +
               "'\n"
               "TBLPROPERTIES (\"skip.header.line.count\"=\"1\");\n";
        for (const QString &day : days[int(li)]) {
            QString folder = day;
            folder.replace(QLatin1Char('-'), QLatin1Char('/'));
            sql += "ALTER TABLE " + table.toUtf8() + " ADD IF NOT EXISTS PARTITION (`date`='" + day.toUtf8() +
                   "') LOCATION '" + location.toUtf8() + folder.toUtf8() + "/';\n";
        }
    }
    return sql;
}

bool FlowLogExport::write(const FlowLogCapture &capture, const QString &dir, QStringList *written, QString *error)
{
    const auto save = [&](const QString &relative, const QByteArray &bytes) {
        return AtomicWrite::writeInto(dir, relative, bytes, written, error);
    };
    bool anyS3 = false, anyCloudWatch = false;
    for (const CapturedLog &log : capture.logs)
        (toS3(log) ? anyS3 : anyCloudWatch) = true;
    for (const File &f : s3Files(capture))
        if (!save(f.path, f.bytes))
            return false;
    for (const File &f : cloudWatchFiles(capture))
        if (!save(f.path, f.bytes))
            return false;
    if (anyCloudWatch && !save(QStringLiteral("cloudwatch/insights-queries.txt"), insightsQueries(capture)))
        return false;
    return !anyS3 || save(QStringLiteral("athena.sql"), athenaSql(capture));
}

QHash<QString, QString> FlowLogExport::cloudWatchStreamFormats(const Network &net)
{
    QHash<QString, QString> formats;
    QSet<QString> ambiguous;
    for (const Network::VpcInfo &vpc : net.vpcs)
        for (const FlowLog *log : vpc.vpc->flowLogList()) {
            if (log->destination != LogDestination::CloudWatchLogs)
                continue;
            for (int i : net.interfacesWatchedBy(*log)) {
                const QString stream = streamName(net.interfaces[size_t(i)], *log);
                const auto it = formats.constFind(stream);
                if (it != formats.constEnd() && *it != log->format)
                    ambiguous.insert(stream);
                formats.insert(stream, log->format);
            }
        }
    for (const QString &stream : std::as_const(ambiguous))
        formats.remove(stream);
    return formats;
}
