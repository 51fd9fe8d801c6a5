#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// CSV as RFC 4180 writes it: a field is quoted when it holds a comma, a quote or a line
/// break, and its quotes are doubled. For `reach --format csv` and `replay --athena`.
namespace Csv {

QString field(const QString &text);
/// The fields joined by commas, with a line break.
QByteArray line(const QStringList &fields);

} // namespace Csv
