#include "jsonwriter.h"

#include <cmath>

void JsonWriter::separate()
{
    if (mAfterKey) {
        mAfterKey = false;
        return;
    }
    if (!mFirst.isEmpty()) {
        if (!mFirst.last())
            mOut += ", ";
        mFirst.last() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    mOut += '{';
    mFirst.append(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    mOut += '}';
    mFirst.removeLast();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    mOut += '[';
    mFirst.append(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    mOut += ']';
    mFirst.removeLast();
    return *this;
}

JsonWriter &JsonWriter::key(const char *name)
{
    separate();
    mOut += quote(QString::fromUtf8(name)) + ": ";
    mAfterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    mOut += quote(text);
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    mOut += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    mOut += std::isfinite(number) ? QByteArray::number(number, 'g', 15) : QByteArray("null");
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    mOut += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    mOut += "null";
    return *this;
}

JsonWriter &JsonWriter::stringArray(const QStringList &items)
{
    beginArray();
    for (const QString &s : items)
        value(s);
    return endArray();
}

QByteArray JsonWriter::quote(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}
