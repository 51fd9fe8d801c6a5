#pragma once

#include <QList>
#include <QString>

/// A problem found in a file, with its position: `file:line:column: message`.
struct Diagnostic
{
    enum class Severity : quint8 { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based; 0 when there is no position
    int column = 0; // 1-based
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /// `file:line:column: message` (the position parts left out when unknown).
    QString toString() const;
};

using DiagnosticList = QList<Diagnostic>;
