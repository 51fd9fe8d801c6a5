#pragma once

#include "flowlogcapture.h"

#include <QStringList>

/// Writes captured records as AWS delivers them to S3, so that the folder can be copied
/// into a bucket and queried with Athena like real flow logs.
namespace FlowLogExport {

/// The files: `AWSLogs/ACCOUNT/vpcflowlogs/REGION/YYYY/MM/DD/
/// ACCOUNT_vpcflowlogs_REGION_FLOWLOGID_YYYYMMDDTHHmmZ_HASH.log.gz`, one per flow log and
/// five-minute delivery batch (split at 75 MB), each a gzip text file with the header
/// line first; paths relative to the output folder, with their contents.
struct File
{
    QString path;
    QByteArray gzip;
    int records = 0;
};
std::vector<File> s3Files(const FlowLogCapture &capture, qint64 maxBytes = 75LL * 1000 * 1000);

/// The Athena statements for a table per flow log over those files, with a partition
/// per day that has files.
QByteArray athenaSql(const FlowLogCapture &capture);

/// Writes the files and `athena.sql` under `dir`, each whole or not at all (QSaveFile).
/// False with `error` on the first file that cannot be written.
bool write(const FlowLogCapture &capture, const QString &dir, QStringList *written, QString *error);

} // namespace FlowLogExport
