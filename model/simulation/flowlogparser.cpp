#include "flowlogparser.h"

#include "gzip.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowLogs)
};

bool isDash(const char *b, const char *e)
{
    return e - b == 1 && *b == '-';
}

/// A whole number of at most 18 digits, or false.
bool number(const char *b, const char *e, qint64 *out)
{
    if (b == e || e - b > 18)
        return false;
    qint64 v = 0;
    for (const char *p = b; p < e; ++p) {
        const unsigned d = unsigned(*p) - '0';
        if (d > 9)
            return false;
        v = v * 10 + d;
    }
    *out = v;
    return true;
}

bool address(const char *b, const char *e, IpAddress *out)
{
    // IPv4 by hand: it is most of every file.
    quint32 value = 0;
    int parts = 0, digits = 0;
    unsigned part = 0;
    const char *p = b;
    for (; p < e; ++p) {
        if (*p == '.') {
            if (digits == 0 || ++parts > 3)
                break;
            value = (value << 8) | part;
            part = 0;
            digits = 0;
            continue;
        }
        const unsigned d = unsigned(*p) - '0';
        if (d > 9 || ++digits > 3 || (part = part * 10 + d) > 255)
            break;
    }
    if (p == e && parts == 3 && digits > 0) {
        *out = IpAddress::v4((value << 8) | part);
        return true;
    }
    const auto parsed = IpAddress::parse(std::string_view(b, size_t(e - b)));
    if (!parsed)
        return false;
    *out = *parsed;
    return true;
}

quint64 fnv(const char *b, const char *e)
{
    quint64 h = 1469598103934665603ull;
    for (const char *p = b; p < e; ++p) {
        h ^= quint8(*p);
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

QString FlowLogParser::Problem::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message);
}

QString FlowLogParser::text(int index) const
{
    return index < 0 ? QString() : QString::fromUtf8(mStrings[size_t(index)]);
}

int FlowLogParser::find(const QString &text) const
{
    const QByteArray bytes = text.toUtf8();
    for (int i = mStringIndex.value(fnv(bytes.cbegin(), bytes.cend()), -1); i >= 0; i = mNextSameHash[size_t(i)])
        if (mStrings[size_t(i)] == bytes)
            return i;
    return -1;
}

int FlowLogParser::intern(const char *b, const char *e)
{
    if (isDash(b, e))
        return -1;
    const quint64 h = fnv(b, e);
    const qsizetype n = e - b;
    const auto it = mStringIndex.constFind(h);
    if (it != mStringIndex.constEnd()) {
        for (int i = *it; i >= 0; i = mNextSameHash[size_t(i)])
            if (mStrings[size_t(i)].size() == n && std::memcmp(mStrings[size_t(i)].constData(), b, size_t(n)) == 0)
                return i;
    }
    const int index = int(mStrings.size());
    mStrings.emplace_back(b, n);
    mNextSameHash.push_back(it != mStringIndex.constEnd() ? *it : -1);
    mStringIndex.insert(h, index);
    return index;
}

void FlowLogParser::problem(int column, const QString &message)
{
    ++malformed;
    ++mBadInFile;
    if (problems.size() < MaxProblems)
        problems.append({files.value(mFile), mLine, column, message});
}

bool FlowLogParser::readHeader(const char *b, const char *e)
{
    std::vector<FlowLogField> fields;
    const char *p = b;
    while (p < e) {
        while (p < e && (*p == ' ' || *p == '\t'))
            ++p;
        const char *t = p;
        while (p < e && *p != ' ' && *p != '\t')
            ++p;
        if (t == p)
            break;
        const auto f = FlowLogFormat::field(std::string_view(t, size_t(p - t)));
        if (!f)
            return false;
        fields.push_back(*f);
    }
    if (fields.empty())
        return false;
    mFields = std::move(fields);
    return true;
}

void FlowLogParser::parseLine(const char *b, const char *e)
{
    ++mLine;
    ++lines;
    if (e > b && e[-1] == '\r')
        --e;
    if (b == e)
        return;
    // A header line names fields; it may come first or again after a concatenation.
    // Records start with a digit or `-` in the default format; in others they may start
    // with a word, which is no field name.
    const bool word = (*b >= 'a' && *b <= 'z') || (*b >= 'A' && *b <= 'Z');
    if (word && readHeader(b, e))
        return;
    LogRecord r;
    r.file = mFile;
    r.line = mLine;
    const char *p = b;
    const size_t count = mFields.size();
    for (size_t i = 0; i < count; ++i) {
        while (p < e && *p == ' ')
            ++p;
        const char *t = p;
        while (p < e && *p != ' ')
            ++p;
        const int column = int(t - b) + 1;
        if (t == p) {
            problem(column, Tr::tr("%1 fields expected, %2 found").arg(count).arg(i));
            return;
        }
        if (isDash(t, p))
            continue;
        qint64 n = 0;
        bool ok = true;
        switch (mFields[i]) {
        case FlowLogField::Version: ok = number(t, p, &n) && n < 100; r.version = qint8(n); break;
        case FlowLogField::AccountId: r.accountId = intern(t, p); break;
        case FlowLogField::InterfaceId: r.interfaceId = intern(t, p); break;
        case FlowLogField::VpcId: r.vpcId = intern(t, p); break;
        case FlowLogField::SubnetId: r.subnetId = intern(t, p); break;
        case FlowLogField::InstanceId: r.instanceId = intern(t, p); break;
        case FlowLogField::SrcAddr: ok = address(t, p, &r.src); break;
        case FlowLogField::DstAddr: ok = address(t, p, &r.dst); break;
        case FlowLogField::PktSrcAddr: ok = address(t, p, &r.pktSrc); break;
        case FlowLogField::PktDstAddr: ok = address(t, p, &r.pktDst); break;
        case FlowLogField::SrcPort: ok = number(t, p, &n) && n <= 65535; r.srcPort = int(n); break;
        case FlowLogField::DstPort: ok = number(t, p, &n) && n <= 65535; r.dstPort = int(n); break;
        case FlowLogField::Protocol: ok = number(t, p, &n) && n <= 255; r.protocol = int(n); break;
        case FlowLogField::Packets: ok = number(t, p, &r.packets); break;
        case FlowLogField::Bytes: ok = number(t, p, &r.bytes); break;
        case FlowLogField::Start: ok = number(t, p, &r.start); break;
        case FlowLogField::End: ok = number(t, p, &r.end); break;
        case FlowLogField::TcpFlags: ok = number(t, p, &n) && n < 65536; r.tcpFlags = int(n); break;
        case FlowLogField::TrafficPath: ok = number(t, p, &n) && n < 100; r.trafficPath = qint8(n); break;
        case FlowLogField::Action: {
            const std::string_view v(t, size_t(p - t));
            ok = v == "ACCEPT" || v == "REJECT";
            r.action = v == "ACCEPT" ? LogRecord::Action::Accept : LogRecord::Action::Reject;
            break;
        }
        case FlowLogField::LogStatus: {
            const std::string_view v(t, size_t(p - t));
            ok = v == "OK" || v == "NODATA" || v == "SKIPDATA";
            r.status = v == "OK" ? LogRecord::Status::Ok
                       : v == "NODATA" ? LogRecord::Status::NoData
                                       : LogRecord::Status::SkipData;
            break;
        }
        case FlowLogField::FlowDirection: {
            const std::string_view v(t, size_t(p - t));
            ok = v == "ingress" || v == "egress";
            r.direction = v == "ingress" ? LogRecord::Direction::Ingress : LogRecord::Direction::Egress;
            break;
        }
        default: break; // type, region, az-id, sublocations, services: not needed to replay
        }
        if (!ok) {
            problem(column, Tr::tr("'%1' is not a valid %2")
                                .arg(QString::fromUtf8(t, p - t), QLatin1String(FlowLogFormat::info(mFields[i]).name)));
            return;
        }
    }
    while (p < e && *p == ' ')
        ++p;
    if (p != e) {
        problem(int(p - b) + 1, Tr::tr("more than the %1 fields of the format").arg(count));
        return;
    }
    ++mRecordsInFile;
    records.push_back(r);
}

void FlowLogParser::begin(const QString &name)
{
    mFile = int(files.size());
    files.append(name);
    mFields = FlowLogFormat().fields();
    mCarry.clear();
    mLine = 0;
    mRecordsInFile = 0;
    mBadInFile = 0;
}

void FlowLogParser::feed(QByteArrayView piece)
{
    const char *b = piece.data();
    const char *e = b + piece.size();
    if (!mCarry.isEmpty()) {
        const char *nl = static_cast<const char *>(std::memchr(b, '\n', size_t(e - b)));
        if (!nl) {
            mCarry.append(b, e - b);
            return;
        }
        mCarry.append(b, nl - b);
        parseLine(mCarry.cbegin(), mCarry.cend());
        mCarry.clear();
        b = nl + 1;
    }
    while (b < e) {
        const char *nl = static_cast<const char *>(std::memchr(b, '\n', size_t(e - b)));
        if (!nl) {
            mCarry.append(b, e - b);
            return;
        }
        parseLine(b, nl);
        b = nl + 1;
    }
}

void FlowLogParser::finish()
{
    if (!mCarry.isEmpty()) {
        const QByteArray last = mCarry;
        mCarry.clear();
        parseLine(last.cbegin(), last.cend());
    }
}

void FlowLogParser::parseText(QByteArrayView text, const QString &name)
{
    begin(name);
    feed(text);
    finish();
}

bool FlowLogParser::parseFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    begin(path);
    if (Gzip::isGzip(data)) {
        QString why;
        qint64 offset = 0;
        if (!Gzip::decompress(data, [this](QByteArrayView piece) { feed(piece); }, &why, &offset)) {
            finish();
            *error = Tr::tr("%1: byte %2 of the gzip file: %3").arg(path).arg(offset).arg(why);
            return false;
        }
    } else {
        feed(data);
    }
    finish();
    if (mRecordsInFile == 0 && mBadInFile > 0) {
        *error = Tr::tr("%1: not a VPC flow-log file").arg(path);
        for (const Problem &p : problems)
            if (p.file == path) {
                *error = Tr::tr("%1 (not a VPC flow-log file)").arg(p.toString());
                break;
            }
        return false;
    }
    return true;
}
