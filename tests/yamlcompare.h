#pragma once

// The fast YAML reader against yaml-cpp on one text (tst_yamlfast, fuzz_yamlfast).

#include "yamlfast.h"
#include "yamltree.h"

#include <QString>

/// Whether the fast reader takes `text`; when it does, `problem` says how yaml-cpp
/// disagrees (it refuses the text, or builds another tree), and is empty when they agree.
inline bool compareWithYamlCpp(const QByteArray &text, QString &problem)
{
    problem.clear();
    YamlTree fast;
    if (!YamlFast::parse(text, fast))
        return false;
    YamlTree reference;
    Diagnostic error;
    std::string why;
    if (!reference.parseWithYamlCpp(text, QStringLiteral("t.yaml"), error))
        problem = QStringLiteral("the fast reader took what yaml-cpp refuses: ") + error.toString();
    else if (!fast.sameAs(reference, &why))
        problem = QStringLiteral("the trees differ: ") + QString::fromStdString(why);
    return true;
}
