#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

enum class Severity : quint8 { Error, Warning, Info };

/// `error`, `warning`, `info`: the words of the CLI and JSON.
const char *severityName(Severity severity);

/// One problem a validation rule found: which rule, how bad, every object involved
/// (most specific first) and a sentence that says what, why and what to do.
/// One concrete packet that shows a finding (intents): wire addresses, so that
/// `simulate` can replay it.
struct Witness
{
    QString from;
    QString to;
    QString protocol;
    int port = -1;
    bool isEmpty() const { return from.isEmpty(); }
    friend bool operator==(const Witness &, const Witness &) = default;
};

struct Finding
{
    QString rule;
    Severity severity = Severity::Error;
    QStringList objects;
    QString message;
    Witness witness = {}; // intent-violated only

    friend bool operator==(const Finding &, const Finding &) = default;
};

using FindingList = QList<Finding>;

Q_DECLARE_METATYPE(Finding)
