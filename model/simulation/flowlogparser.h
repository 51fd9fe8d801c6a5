#pragma once

#include "diagnostic.h"
#include "flowlogformat.h"
#include "ipaddress.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

/// One record of a real flow-log file, kept small (a million of them is an import).
/// Fields the file does not have stay at -1 (or invalid addresses); strings are interned
/// in the parser (`FlowLogParser::text`). pkt-srcaddr and pkt-dstaddr are checked but
/// not kept; the region, zone, type and service fields are read past.
struct LogRecord
{
    enum class Action : quint8 { None, Accept, Reject };
    enum class Status : quint8 { Ok, NoData, SkipData };
    enum class Direction : quint8 { Unknown, Ingress, Egress };
    IpAddress src, dst;
    qint64 packets = -1;
    qint64 bytes = -1;
    qint64 start = -1;
    qint64 end = -1;
    int file = 0;
    int line = 0; // 1-based
    int interfaceId = -1;
    int accountId = -1;
    int vpcId = -1;
    int subnetId = -1;
    int instanceId = -1;
    int srcPort = -1;
    int dstPort = -1;
    qint16 protocol = -1;
    qint16 tcpFlags = -1;
    qint8 version = -1;
    qint8 trafficPath = -1;
    Action action = Action::None;
    Status status = Status::Ok;
    Direction direction = Direction::Unknown;
};

/// Reads VPC flow-log files as AWS writes them: text, plain or gzip, with or without
/// the header line, in the default field order or in the order a header names (custom
/// formats, Athena's underscore names too), IPv4 and IPv6, NODATA and SKIPDATA. Lines
/// that do not read are counted and the first of them reported with their position.
class FlowLogParser
{
public:
    static constexpr int MaxProblems = 20;
    /// A flow-log line is a few hundred bytes; a longer one is not one, and is skipped
    /// (reported) rather than gathered without end.
    static constexpr qsizetype MaxLineBytes = 64 * 1024;
    /// The most text one gzip file may inflate to (a log of AWS's holds a few hundred MB
    /// at the most); beyond it the file is refused, not read until memory runs out.
    static constexpr qint64 MaxInflatedBytes = qint64(16) << 30;
    qint64 maxInflatedBytes = MaxInflatedBytes; // lower in tests
    /// The most records kept over all files (128 bytes each: 2.6 GB); past it the
    /// file that goes over is refused with the line where it did. Lower in tests.
    static constexpr qint64 MaxRecords = 20'000'000;
    qint64 maxRecords = MaxRecords;

    std::vector<LogRecord> records;
    QStringList files;
    qint64 lines = 0;        // every line read, headers and blank ones included
    qint64 malformed = 0;    // lines that are neither a header nor a record
    DiagnosticList problems; // the first MaxProblems bad lines, each with its place
    /// The fields of the records of CloudWatch Logs streams, by stream name: their
    /// messages carry no header line (FlowLogExport::cloudWatchStreamFormats). A stream
    /// not named here is read in the default format.
    QHash<QString, std::vector<FlowLogField>> streamFields;

    /// Reads a file (gzip or plain, told by its first bytes). False with `error` when the
    /// file cannot be read or is not a flow log at all (`FILE:LINE:COLUMN: ...`).
    bool parseFile(const QString &path, QString *error);
    /// Reads text in memory as one file named `name`: flow-log lines, or the JSON that
    /// `aws logs filter-log-events` (and get-log-events) prints for CloudWatch Logs.
    void parseText(QByteArrayView text, const QString &name);
    /// The largest CloudWatch Logs JSON read (it is parsed whole).
    static constexpr qint64 MaxJsonBytes = 256LL << 20;
    /// Streaming: begin a file, feed any pieces, finish.
    void begin(const QString &name);
    void feed(QByteArrayView piece);
    /// Keeps a line's start for the next piece, up to MaxLineBytes.
    void carry(const char *b, const char *e);
    void finish();

    /// The interned string of an index (an interface id, account, VPC...).
    QString text(int index) const;
    /// The index of a string, or -1 when no record has it.
    int find(const QString &text) const;

private:
    void parseLine(const char *begin, const char *end);
    /// Text or, when it starts with '{', CloudWatch Logs JSON whose events' messages are
    /// the lines (their places those of the messages in the JSON).
    void feedDocument(QByteArrayView data);
    void feedCloudWatchJson(QByteArrayView data);
    bool readHeader(const char *begin, const char *end);
    int intern(const char *begin, const char *end);
    int internRepeated(int slot, const char *begin, const char *end);
    void problem(int column, const QString &message);
    /// A diagnostic at `column` of the current line.
    Diagnostic at(int column, const QString &message) const;

    std::vector<FlowLogField> mFields;
    int mLastString[2] = {-1, -1}; // the last account and interface: lines repeat them
    QByteArray mCarry;
    bool mSkippingLine = false;      // past MaxLineBytes: the rest of the line is dropped
    qint64 mSkippedBytes = 0;        // of that line so far
    std::optional<Diagnostic> mFull; // where maxRecords was passed
    int mFile = -1;
    int mLine = 0;
    int mColumnBase = 0; // added to columns: a CloudWatch message's place in its JSON line
    int mRecordsInFile = 0;
    int mBadInFile = 0;
    // Interned strings, one after the other in one buffer: an id costs no allocation.
    struct Text
    {
        quint32 offset;
        quint32 length;
    };
    QByteArrayView stringAt(int index) const
    {
        const Text t = mStrings[size_t(index)];
        return {mText.constData() + t.offset, qsizetype(t.length)};
    }
    QByteArray mText;
    std::vector<Text> mStrings;
    // Open addressing over the strings, the hash kept in the slot: a lookup reads one
    // slot and, when the hashes agree, the bytes.
    struct Slot
    {
        quint64 hash = 0;
        int index = -1;
    };
    std::vector<Slot> mSlots = std::vector<Slot>(1024);
};
