#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Writes JSON with keys in the order given (QJsonObject sorts them), so that command
/// output reads in the order the documentation shows.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);
    JsonWriter &value(const QString &text);
    JsonWriter &value(const char *text) { return value(QString::fromUtf8(text)); }
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    JsonWriter &stringArray(const QStringList &items);

    QByteArray data() const { return mOut; }
    static QByteArray quote(const QString &text);

private:
    void separate();
    QByteArray mOut;
    QList<bool> mFirst; // per open container: nothing written yet
    bool mAfterKey = false;
};
