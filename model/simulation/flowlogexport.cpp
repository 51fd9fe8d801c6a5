#include "flowlogexport.h"

#include "atomicwrite.h"

#include "gzip.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <map>
#include <set>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowLogs)
};

QString bucketOf(const CapturedLog &log)
{
    return log.log->destinationName.isEmpty() ? QStringLiteral("flow-log-bucket") : log.log->destinationName;
}

QString prefixOf(const CapturedLog &log)
{
    return QStringLiteral("AWSLogs/%1/vpcflowlogs/%2/").arg(log.vpc->account, log.vpc->region);
}

QString tableName(const CapturedLog &log)
{
    QString name = QStringLiteral("vpc_flow_logs_") + log.log->id;
    for (QChar &c : name)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    return name.toLower();
}

} // namespace

std::vector<FlowLogExport::File> FlowLogExport::s3Files(const FlowLogCapture &capture, qint64 maxBytes)
{
    // Records by flow log and five-minute delivery batch, in capture order.
    std::map<std::pair<int, qint64>, std::vector<const FlowLogRecord *>> batches;
    for (const FlowLogRecord &r : capture.records)
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
        const QString path = QDir(dir).filePath(relative);
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *error = Tr::tr("%1: cannot create the folder").arg(QFileInfo(path).absolutePath());
            return false;
        }
        if (!AtomicWrite::write(path, bytes, error))
            return false;
        if (written)
            written->append(path);
        return true;
    };
    for (const File &f : s3Files(capture))
        if (!save(f.path, f.gzip))
            return false;
    return save(QStringLiteral("athena.sql"), athenaSql(capture));
}
