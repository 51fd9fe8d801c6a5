#pragma once

#include "flowlogcapture.h"

#include <QHash>
#include <QStringList>

/// Writes captured records as AWS delivers them: to S3 (and Kinesis Data Firehose, which
/// delivers to S3 as well) as gzip files that the folder can be copied into a bucket and
/// queried with Athena; to CloudWatch Logs as each log stream's events, as `aws logs
/// filter-log-events` prints them, with CloudWatch Logs Insights queries.
namespace FlowLogExport {

/// The files: `AWSLogs/ACCOUNT/vpcflowlogs/REGION/YYYY/MM/DD/
/// ACCOUNT_vpcflowlogs_REGION_FLOWLOGID_YYYYMMDDTHHmmZ_HASH.log.gz`, one per flow log and
/// five-minute delivery batch (split at 75 MB), each a gzip text file with the header
/// line first; paths relative to the output folder, with their contents.
struct File
{
    QString path;
    QByteArray bytes; // gzip for S3, JSON for CloudWatch Logs
    int records = 0;
};
std::vector<File> s3Files(const FlowLogCapture &capture, qint64 maxBytes = 75LL * 1000 * 1000);

/// CloudWatch Logs: `cloudwatch/LOG-GROUP/STREAM.json`, a stream per interface named as
/// AWS names it (`eni-...-all`, `-accept` or `-reject` by the traffic type), the events in
/// the JSON of `aws logs filter-log-events`: timestamp (the record's start) and
/// ingestionTime (its delivery) in milliseconds, the record as message.
std::vector<File> cloudWatchFiles(const FlowLogCapture &capture);

/// The format of the records of each CloudWatch Logs stream the design's flow logs write
/// (`eni-...-all`: the interface and traffic type), so that their messages, which carry no
/// header line, can be read in a custom format. A stream two logs of different formats
/// would write is left out (its records are read in the default format).
QHash<QString, QString> cloudWatchStreamFormats(const Network &network);

/// CloudWatch Logs Insights queries for the common questions (top talkers, rejects by
/// port, an interface's traffic), per log group; empty when no log goes to CloudWatch Logs.
QByteArray insightsQueries(const FlowLogCapture &capture);

/// The name of a flow log's Athena table (`vpc_flow_logs_` and its id) and the bucket its
/// files go to.
QString athenaTable(const FlowLog &log);
QString athenaBucket(const FlowLog &log);

/// The Athena statements for a table per flow log over those files, with a partition
/// per day that has files.
QByteArray athenaSql(const FlowLogCapture &capture);

/// Writes the files and `athena.sql` under `dir`, each whole or not at all (QSaveFile).
/// False with `error` on the first file that cannot be written.
bool write(const FlowLogCapture &capture, const QString &dir, QStringList *written, QString *error);

} // namespace FlowLogExport
