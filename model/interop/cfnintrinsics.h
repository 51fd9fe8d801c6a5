#pragma once

#include "yamlvalue.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/// A CloudFormation template's text as a tree, and its intrinsic functions evaluated.
namespace CfnIntrinsics {

/// A parsed template: the tree (short tags `!Ref x` turned into `{Ref: x}`), and where each
/// resource starts (1-based line and column).
struct Parsed
{
    YamlValue root;
    QHash<QString, QPair<int, int>> places;
    QString error; // set when the text is no template
    int errorLine = 0, errorColumn = 0;
};
Parsed parse(const QByteArray &data);

/// Evaluates intrinsic functions against a template's parameters, mappings, conditions
/// and resources. What cannot be resolved is said through `problem` and gives Null.
class Evaluator
{
public:
    QHash<QString, YamlValue> parameters; // resolved values (defaults or given)
    QStringList declared;                 // every parameter the template declares
    YamlValue mappings;
    YamlValue conditions;              // the template's definitions
    QString region, account;           // for the pseudo parameters
    QHash<QString, QString> resources; // logical id -> the design id it becomes
    std::function<YamlValue(const QString &logicalId, const QString &attribute)> attribute;
    std::function<void(const QString &message)> problem;

    /// The value with every intrinsic function evaluated; nullopt for AWS::NoValue.
    std::optional<YamlValue> eval(const YamlValue &value);
    /// A named condition's truth.
    bool condition(const QString &name);

private:
    std::optional<YamlValue> function(const QString &name, const YamlValue &argument);
    QString sub(const YamlValue &argument);
    bool truth(const YamlValue &value);
    QHash<QString, bool> mDone;
    QStringList mEvaluating; // conditions under evaluation (a cycle is a problem)
    int mDepth = 0;
};

/// The scalar text of a value ("" for anything else).
QString text(const YamlValue &value);
YamlValue scalar(const QString &text);
/// The items of a sequence (a scalar counts as a list of one).
std::vector<YamlValue> items(const YamlValue &value);

} // namespace CfnIntrinsics
