#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

enum class Severity : quint8 { Error, Warning, Info };

/// `error`, `warning`, `info`: the words of the CLI and JSON.
const char *severityName(Severity severity);

/// One problem a validation rule found: which rule, how bad, every object involved
/// (most specific first) and a sentence that says what, why and what to do.
struct Finding
{
    QString rule;
    Severity severity = Severity::Error;
    QStringList objects;
    QString message;

    friend bool operator==(const Finding &, const Finding &) = default;
};

using FindingList = QList<Finding>;

Q_DECLARE_METATYPE(Finding)
