#include "flowlogparser.h"

#include <QCoreApplication>

#include <algorithm>
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

/// A hash of a short token, eight bytes at a time.
quint64 tokenHash(const char *b, const char *e)
{
    quint64 h = 0x9E3779B97F4A7C15ull ^ quint64(e - b);
    const char *p = b;
    for (; e - p >= 8; p += 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    quint64 w = 0;
    std::memcpy(&w, p, size_t(e - p));
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
}

} // namespace

QString FlowLogParser::text(int index) const
{
    if (index < 0)
        return {};
    const QByteArrayView t = stringAt(index);
    return QString::fromUtf8(t.data(), t.size());
}

int FlowLogParser::find(const QString &text) const
{
    const QByteArray bytes = text.toUtf8();
    const quint64 h = tokenHash(bytes.cbegin(), bytes.cend());
    const size_t mask = mSlots.size() - 1;
    for (size_t slot = size_t(h) & mask;; slot = (slot + 1) & mask) {
        const Slot &s = mSlots[slot];
        if (s.index < 0)
            return -1;
        if (s.hash == h && stringAt(s.index) == QByteArrayView(bytes))
            return s.index;
    }
}

int FlowLogParser::intern(const char *b, const char *e)
{
    if (isDash(b, e))
        return -1;
    const quint64 h = tokenHash(b, e);
    const qsizetype n = e - b;
    size_t mask = mSlots.size() - 1;
    size_t slot = size_t(h) & mask;
    for (;; slot = (slot + 1) & mask) {
        const Slot &s = mSlots[slot];
        if (s.index < 0)
            break;
        if (s.hash == h) {
            const QByteArrayView t = stringAt(s.index);
            if (t.size() == n && std::memcmp(t.data(), b, size_t(n)) == 0)
                return s.index;
        }
    }
    const int index = int(mStrings.size());
    mStrings.push_back({quint32(mText.size()), quint32(n)});
    mText.append(b, n);
    if (mStrings.size() * 2 > mSlots.size()) {
        // Grow to keep the table at most half full, and place every string again.
        std::vector<Slot> old(mSlots.size() * 2);
        old.swap(mSlots);
        mask = mSlots.size() - 1;
        old.push_back({h, index});
        for (const Slot &s : old) {
            if (s.index < 0)
                continue;
            size_t at = size_t(s.hash) & mask;
            while (mSlots[at].index >= 0)
                at = (at + 1) & mask;
            mSlots[at] = s;
        }
        return index;
    }
    mSlots[slot] = {h, index};
    return index;
}

int FlowLogParser::internRepeated(int slot, const char *b, const char *e)
{
    const int last = mLastString[slot];
    if (last >= 0) {
        const QByteArrayView s = stringAt(last);
        if (s.size() == e - b && std::memcmp(s.data(), b, size_t(e - b)) == 0)
            return last;
    }
    return mLastString[slot] = intern(b, e);
}

Diagnostic FlowLogParser::at(int column, const QString &message) const
{
    Diagnostic d;
    d.file = files.value(mFile);
    d.line = mLine;
    d.column = column + mColumnBase;
    d.message = message;
    return d;
}

void FlowLogParser::problem(int column, const QString &message)
{
    ++malformed;
    ++mBadInFile;
    if (problems.size() < MaxProblems)
        problems.append(at(column, message));
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
    if (qint64(records.size()) >= maxRecords) {
        if (!mFull)
            mFull = at(1, Tr::tr("more than %L1 flow-log records: at most that many are read at a time; "
                                 "read fewer files at once")
                              .arg(maxRecords));
        return;
    }
    LogRecord &r = records.emplace_back();
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
            records.pop_back();
            problem(column, Tr::tr("%1 fields expected, %2 found").arg(count).arg(i));
            return;
        }
        if (isDash(t, p))
            continue;
        qint64 n = 0;
        bool ok = true;
        switch (mFields[i]) {
        case FlowLogField::Version:
            ok = number(t, p, &n) && n < 100;
            r.version = qint8(n);
            break;
        case FlowLogField::AccountId:
            r.accountId = internRepeated(0, t, p);
            break;
        case FlowLogField::InterfaceId:
            r.interfaceId = internRepeated(1, t, p);
            break;
        case FlowLogField::VpcId:
            r.vpcId = intern(t, p);
            break;
        case FlowLogField::SubnetId:
            r.subnetId = intern(t, p);
            break;
        case FlowLogField::InstanceId:
            r.instanceId = intern(t, p);
            break;
        case FlowLogField::SrcAddr:
            ok = address(t, p, &r.src);
            break;
        case FlowLogField::DstAddr:
            ok = address(t, p, &r.dst);
            break;
        case FlowLogField::PktSrcAddr:
        case FlowLogField::PktDstAddr: {
            IpAddress checked;
            ok = address(t, p, &checked);
            break;
        }
        case FlowLogField::SrcPort:
            ok = number(t, p, &n) && n <= 65535;
            r.srcPort = int(n);
            break;
        case FlowLogField::DstPort:
            ok = number(t, p, &n) && n <= 65535;
            r.dstPort = int(n);
            break;
        case FlowLogField::Protocol:
            ok = number(t, p, &n) && n <= 255;
            r.protocol = qint16(n);
            break;
        case FlowLogField::Packets:
            ok = number(t, p, &r.packets);
            break;
        case FlowLogField::Bytes:
            ok = number(t, p, &r.bytes);
            break;
        case FlowLogField::Start:
            ok = number(t, p, &r.start);
            break;
        case FlowLogField::End:
            ok = number(t, p, &r.end);
            break;
        case FlowLogField::TcpFlags:
            ok = number(t, p, &n) && n < 32768;
            r.tcpFlags = qint16(n);
            break;
        case FlowLogField::TrafficPath:
            ok = number(t, p, &n) && n < 100;
            r.trafficPath = qint8(n);
            break;
        case FlowLogField::Action: {
            const std::string_view v(t, size_t(p - t));
            ok = v == "ACCEPT" || v == "REJECT";
            r.action = v == "ACCEPT" ? LogRecord::Action::Accept : LogRecord::Action::Reject;
            break;
        }
        case FlowLogField::LogStatus: {
            const std::string_view v(t, size_t(p - t));
            ok = v == "OK" || v == "NODATA" || v == "SKIPDATA";
            r.status = v == "OK"       ? LogRecord::Status::Ok
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
        default:
            break; // type, region, az-id, sublocations, services: not needed to replay
        }
        if (!ok) {
            records.pop_back();
            // Quoted at most 40 characters long: a line of garbage is not echoed whole.
            const QString text = QString::fromUtf8(t, std::min<qsizetype>(p - t, 41));
            problem(column, Tr::tr("'%1' is not a valid %2")
                                .arg(text.size() > 40 ? text.left(39) + QStringLiteral("…") : text,
                                     QLatin1String(FlowLogFormat::info(mFields[i]).name)));
            return;
        }
    }
    while (p < e && *p == ' ')
        ++p;
    if (p != e) {
        records.pop_back();
        problem(int(p - b) + 1, Tr::tr("more than the %1 fields of the format").arg(count));
        return;
    }
    ++mRecordsInFile;
}

void FlowLogParser::begin(const QString &name)
{
    mFile = int(files.size());
    files.append(name);
    mFields = FlowLogFormat().fields();
    mCarry.clear();
    mLastString[0] = mLastString[1] = -1;
    mLine = 0;
    mRecordsInFile = 0;
    mBadInFile = 0;
}

void FlowLogParser::feed(QByteArrayView piece)
{
    const char *b = piece.data();
    const char *e = b + piece.size();
    if (mSkippingLine || !mCarry.isEmpty()) {
        const char *nl = static_cast<const char *>(std::memchr(b, '\n', size_t(e - b)));
        if (!nl) {
            carry(b, e);
            return;
        }
        carry(b, nl);
        if (mSkippingLine)
            mSkippingLine = false;
        else
            parseLine(mCarry.cbegin(), mCarry.cend());
        mCarry.clear();
        b = nl + 1;
    }
    while (b < e) {
        const char *nl = static_cast<const char *>(std::memchr(b, '\n', size_t(e - b)));
        if (!nl) {
            carry(b, e);
            return;
        }
        if (nl - b > MaxLineBytes) {
            carry(b, nl); // reported as too long
            mSkippingLine = false;
            mCarry.clear();
        } else {
            parseLine(b, nl);
        }
        b = nl + 1;
    }
}

void FlowLogParser::carry(const char *b, const char *e)
{
    if (mSkippingLine) {
        mSkippedBytes += e - b;
        return;
    }
    if (mCarry.size() + (e - b) <= MaxLineBytes) {
        mCarry.append(b, e - b);
        return;
    }
    // Too long to be a flow-log line (a file with no newlines, binary data): counted and
    // reported once, then dropped up to the next newline.
    ++mLine;
    ++lines;
    problem(1, Tr::tr("a line longer than %1 KiB: not a flow-log line").arg(MaxLineBytes / 1024));
    mSkippedBytes = mCarry.size() + (e - b);
    mCarry.clear();
    mSkippingLine = true;
}

void FlowLogParser::finish()
{
    mSkippingLine = false;
    if (!mCarry.isEmpty()) {
        const QByteArray last = mCarry;
        mCarry.clear();
        parseLine(last.cbegin(), last.cend());
    }
}

void FlowLogParser::parseText(QByteArrayView text, const QString &name)
{
    records.reserve(records.size() + size_t(text.size() / 90)); // a default-format line is ~100 bytes
    begin(name);
    feedDocument(text);
    finish();
}

void FlowLogParser::feedDocument(QByteArrayView data)
{
    qsizetype i = 0;
    while (i < data.size() && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        ++i;
    if (i < data.size() && data[i] == '{')
        feedCloudWatchJson(data);
    else
        feed(data);
}
