#include "cfnintrinsics.h"

#include "cfnimport.h"
#include "cidr.h"
#include "yamltext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CfnImport)
};

constexpr int MaxDepth = 200;

/// yaml-cpp's node as a YamlValue; a short tag becomes the long form.
YamlValue convert(const YAML::Node &node, int depth)
{
    if (depth > MaxDepth)
        throw YAML::ParserException(node.Mark(), "nested too deeply");
    YamlValue v;
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        v.type = YamlValue::Type::Scalar;
        v.scalar = QString::fromStdString(node.Scalar());
        // Quoted where it matters: a string that would read as a number, bool or null.
        v.quoted = node.Tag() == "!" && !YamlText::isPlainSafe(v.scalar, false);
        break;
    case YAML::NodeType::Sequence:
        v.type = YamlValue::Type::Sequence;
        for (const YAML::Node &item : node)
            v.items.push_back(convert(item, depth + 1));
        break;
    case YAML::NodeType::Map:
        v.type = YamlValue::Type::Mapping;
        for (const auto &entry : node)
            v.entries.emplace_back(QString::fromStdString(entry.first.as<std::string>()),
                                   convert(entry.second, depth + 1));
        break;
    default:
        break;
    }
    const std::string &tag = node.Tag();
    if (tag.size() > 1 && tag[0] == '!' && tag[1] != '!') {
        const QString name = QString::fromStdString(tag.substr(1));
        if (name == QLatin1String("GetAtt") && v.type == YamlValue::Type::Scalar) {
            // !GetAtt Resource.Attribute
            YamlValue list;
            list.type = YamlValue::Type::Sequence;
            list.items.push_back(CfnIntrinsics::scalar(v.scalar.section(QLatin1Char('.'), 0, 0)));
            list.items.push_back(CfnIntrinsics::scalar(v.scalar.section(QLatin1Char('.'), 1)));
            v = list;
        }
        YamlValue wrapped = YamlValue::emptyMapping();
        const QString key =
            name == QLatin1String("Ref") || name == QLatin1String("Condition") ? name : QStringLiteral("Fn::") + name;
        wrapped.entries.emplace_back(key, v);
        return wrapped;
    }
    return v;
}

qint64 toInt(const YamlValue &v, bool *ok)
{
    return CfnIntrinsics::text(v).toLongLong(ok);
}

} // namespace

QString CfnIntrinsics::text(const YamlValue &value)
{
    return value.type == YamlValue::Type::Scalar ? value.scalar : QString();
}

YamlValue CfnIntrinsics::scalar(const QString &text)
{
    YamlValue v;
    v.type = YamlValue::Type::Scalar;
    v.scalar = text;
    return v;
}

std::vector<YamlValue> CfnIntrinsics::items(const YamlValue &value)
{
    if (value.type == YamlValue::Type::Sequence)
        return value.items;
    if (value.isNull())
        return {};
    return {value};
}

CfnIntrinsics::Parsed CfnIntrinsics::parse(const QByteArray &data)
{
    Parsed parsed;
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        if (!root.IsMap()) {
            parsed.error = Tr::tr("not a CloudFormation template: its top is no mapping");
            return parsed;
        }
        parsed.root = convert(root, 0);
        if (const YAML::Node resources = root["Resources"]; resources && resources.IsMap())
            for (const auto &entry : resources)
                parsed.places.insert(QString::fromStdString(entry.first.as<std::string>()),
                                     {entry.first.Mark().line + 1, entry.first.Mark().column + 1});
    } catch (const YAML::DeepRecursion &e) {
        parsed.error = Tr::tr("nested more than %1 levels deep").arg(MaxDepth);
        parsed.errorLine = e.mark.line + 1;
        parsed.errorColumn = e.mark.column + 1;
    } catch (const YAML::Exception &e) {
        parsed.error = QString::fromStdString(e.msg);
        parsed.errorLine = e.mark.is_null() ? 0 : e.mark.line + 1;
        parsed.errorColumn = e.mark.is_null() ? 0 : e.mark.column + 1;
    }
    return parsed;
}

bool CfnIntrinsics::Evaluator::truth(const YamlValue &value)
{
    const std::optional<YamlValue> v = eval(value);
    return v && text(*v).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

bool CfnIntrinsics::Evaluator::condition(const QString &name)
{
    if (auto it = mDone.find(name); it != mDone.end())
        return *it;
    const YamlValue *definition = conditions.find(name);
    if (!definition || mEvaluating.contains(name)) {
        problem(definition ? Tr::tr("condition %1 depends on itself").arg(name)
                           : Tr::tr("condition %1 is not defined; taken as false").arg(name));
        return false;
    }
    mEvaluating.append(name);
    const bool result = truth(*definition);
    mEvaluating.removeAll(name);
    mDone.insert(name, result);
    return result;
}

std::optional<YamlValue> CfnIntrinsics::Evaluator::eval(const YamlValue &value)
{
    if (++mDepth > MaxDepth) {
        --mDepth;
        problem(Tr::tr("intrinsic functions nested too deeply"));
        return YamlValue{};
    }
    struct Leave
    {
        int &depth;
        ~Leave() { --depth; }
    } leave{mDepth};
    switch (value.type) {
    case YamlValue::Type::Null:
    case YamlValue::Type::Scalar:
        return value;
    case YamlValue::Type::Sequence: {
        YamlValue out;
        out.type = YamlValue::Type::Sequence;
        for (const YamlValue &item : value.items)
            if (std::optional<YamlValue> v = eval(item))
                out.items.push_back(*v);
        return out;
    }
    case YamlValue::Type::Mapping:
        break;
    }
    if (value.entries.size() == 1) {
        const QString &key = value.entries.front().first;
        if (key == QLatin1String("Ref") || key == QLatin1String("Condition") || key.startsWith(QLatin1String("Fn::")))
            return function(key, value.entries.front().second);
    }
    YamlValue out = YamlValue::emptyMapping();
    for (const auto &[k, v] : value.entries)
        if (std::optional<YamlValue> e = eval(v))
            out.entries.emplace_back(k, *e);
    return out;
}

QString CfnIntrinsics::Evaluator::sub(const YamlValue &argument)
{
    QString format;
    QHash<QString, YamlValue> variables;
    if (argument.type == YamlValue::Type::Sequence && !argument.items.empty()) {
        format = text(argument.items[0]);
        if (argument.items.size() > 1)
            for (const auto &[k, v] : argument.items[1].entries)
                if (std::optional<YamlValue> e = eval(v))
                    variables.insert(k, *e);
    } else {
        format = text(argument);
    }
    QString out;
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format[i] != QLatin1Char('$') || i + 1 >= format.size() || format[i + 1] != QLatin1Char('{')) {
            out.append(format[i]);
            continue;
        }
        const qsizetype end = format.indexOf(QLatin1Char('}'), i + 2);
        if (end < 0) {
            out.append(format.mid(i));
            break;
        }
        const QString name = format.mid(i + 2, end - i - 2);
        i = end;
        if (name.startsWith(QLatin1Char('!'))) { // ${!Literal}
            out.append(QStringLiteral("${") + name.mid(1) + QLatin1Char('}'));
            continue;
        }
        if (variables.contains(name)) {
            out.append(text(variables.value(name)));
            continue;
        }
        YamlValue reference = YamlValue::emptyMapping();
        if (name.contains(QLatin1Char('.')) && !name.startsWith(QLatin1String("AWS::")))
            reference.entries.emplace_back(
                QStringLiteral("Fn::GetAtt"),
                YamlValue{YamlValue::Type::Sequence,
                          {},
                          false,
                          {scalar(name.section(QLatin1Char('.'), 0, 0)), scalar(name.section(QLatin1Char('.'), 1))},
                          {}});
        else
            reference.entries.emplace_back(QStringLiteral("Ref"), scalar(name));
        const std::optional<YamlValue> v = eval(reference);
        out.append(v ? text(*v) : QString());
    }
    return out;
}

std::optional<YamlValue> CfnIntrinsics::Evaluator::function(const QString &name, const YamlValue &argument)
{
    const auto list = [&]() {
        std::optional<YamlValue> v = eval(argument);
        return v ? items(*v) : std::vector<YamlValue>{};
    };
    if (name == QLatin1String("Ref")) {
        const QString target = text(argument);
        if (target == QLatin1String("AWS::NoValue"))
            return std::nullopt;
        if (target == QLatin1String("AWS::Region"))
            return scalar(region);
        if (target == QLatin1String("AWS::AccountId"))
            return scalar(account);
        if (target == QLatin1String("AWS::Partition"))
            return scalar(QStringLiteral("aws"));
        if (target == QLatin1String("AWS::URLSuffix"))
            return scalar(QStringLiteral("amazonaws.com"));
        if (target == QLatin1String("AWS::StackName") || target == QLatin1String("AWS::StackId"))
            return scalar(QStringLiteral("vpc-designer-import"));
        if (parameters.contains(target))
            return parameters.value(target);
        if (declared.contains(target))
            return YamlValue{}; // a parameter without a value: what needs it says so
        if (resources.contains(target))
            return scalar(resources.value(target));
        problem(Tr::tr("Ref %1 names no parameter with a value and no resource").arg(target));
        return YamlValue{};
    }
    if (name == QLatin1String("Condition"))
        return scalar(condition(text(argument)) ? QStringLiteral("true") : QStringLiteral("false"));
    if (name == QLatin1String("Fn::GetAtt")) {
        const std::vector<YamlValue> parts = list();
        if (parts.size() != 2) {
            problem(Tr::tr("Fn::GetAtt takes a resource and an attribute"));
            return YamlValue{};
        }
        return attribute(text(parts[0]), text(parts[1]));
    }
    if (name == QLatin1String("Fn::Sub"))
        return scalar(sub(argument));
    if (name == QLatin1String("Fn::Join")) {
        const std::vector<YamlValue> parts = list();
        if (parts.size() != 2)
            return problem(Tr::tr("Fn::Join takes a delimiter and a list")), YamlValue{};
        QStringList texts;
        for (const YamlValue &item : items(parts[1]))
            texts.append(text(item));
        return scalar(texts.join(text(parts[0])));
    }
    if (name == QLatin1String("Fn::Select")) {
        const std::vector<YamlValue> parts = list();
        bool ok = false;
        const qint64 index = parts.size() == 2 ? toInt(parts[0], &ok) : -1;
        const std::vector<YamlValue> from = parts.size() == 2 ? items(parts[1]) : std::vector<YamlValue>{};
        if (!ok || index < 0 || index >= qint64(from.size()))
            return problem(Tr::tr("Fn::Select: index out of the list")), YamlValue{};
        return from[size_t(index)];
    }
    if (name == QLatin1String("Fn::Split")) {
        const std::vector<YamlValue> parts = list();
        if (parts.size() != 2)
            return problem(Tr::tr("Fn::Split takes a delimiter and a string")), YamlValue{};
        YamlValue out;
        out.type = YamlValue::Type::Sequence;
        for (const QString &piece : text(parts[1]).split(text(parts[0])))
            out.items.push_back(scalar(piece));
        return out;
    }
    if (name == QLatin1String("Fn::GetAZs")) {
        const std::optional<YamlValue> r = eval(argument);
        const QString in = r ? text(*r) : QString();
        YamlValue out;
        out.type = YamlValue::Type::Sequence;
        for (const QString &az : CfnImport::availabilityZones(in.isEmpty() ? region : in))
            out.items.push_back(scalar(az));
        return out;
    }
    if (name == QLatin1String("Fn::Cidr")) {
        // Fn::Cidr [block, count, bits]: the first `count` blocks of `bits` host bits.
        const std::vector<YamlValue> parts = list();
        bool countOk = false, bitsOk = false;
        const qint64 count = parts.size() == 3 ? toInt(parts[1], &countOk) : 0;
        const qint64 bits = parts.size() == 3 ? toInt(parts[2], &bitsOk) : 0;
        const std::optional<Cidr> block = parts.size() == 3 ? Cidr::parse(text(parts[0])) : std::nullopt;
        if (!block || !countOk || !bitsOk || count < 1 || count > 256 || bits < 1 || bits > block->hostBits())
            return problem(Tr::tr("Fn::Cidr takes a block, a count from 1 to 256 and host bits that fit")), YamlValue{};
        YamlValue out;
        out.type = YamlValue::Type::Sequence;
        const int prefix = block->address().bitWidth() - int(bits);
        IpAddress at = block->network().address();
        for (qint64 i = 0; i < count && block->contains(at); ++i) {
            out.items.push_back(scalar(Cidr(at, prefix).toString()));
            const std::optional<IpAddress> next = at.plus(u128(1) << bits);
            if (!next)
                break;
            at = *next;
        }
        return out;
    }
    if (name == QLatin1String("Fn::If")) {
        const std::vector<YamlValue> parts =
            argument.type == YamlValue::Type::Sequence ? argument.items : std::vector<YamlValue>{};
        if (parts.size() != 3)
            return problem(Tr::tr("Fn::If takes a condition and two values")), YamlValue{};
        return eval(condition(text(parts[0])) ? parts[1] : parts[2]);
    }
    if (name == QLatin1String("Fn::Equals")) {
        const std::vector<YamlValue> parts = list();
        return scalar(parts.size() == 2 && parts[0] == parts[1] ? QStringLiteral("true") : QStringLiteral("false"));
    }
    if (name == QLatin1String("Fn::Not") || name == QLatin1String("Fn::And") || name == QLatin1String("Fn::Or")) {
        const std::vector<YamlValue> parts =
            argument.type == YamlValue::Type::Sequence ? argument.items : std::vector<YamlValue>{argument};
        bool result = name == QLatin1String("Fn::And");
        for (const YamlValue &p : parts) {
            const bool t = truth(p);
            result = name == QLatin1String("Fn::Or")    ? result || t
                     : name == QLatin1String("Fn::And") ? result && t
                                                        : !t;
        }
        return scalar(result ? QStringLiteral("true") : QStringLiteral("false"));
    }
    if (name == QLatin1String("Fn::FindInMap")) {
        const std::vector<YamlValue> parts = list();
        const YamlValue *map = parts.size() == 3 ? mappings.find(text(parts[0])) : nullptr;
        const YamlValue *top = map ? map->find(text(parts[1])) : nullptr;
        const YamlValue *second = top ? top->find(text(parts[2])) : nullptr;
        if (!second)
            return problem(Tr::tr("Fn::FindInMap: no such entry in the mappings")), YamlValue{};
        return eval(*second);
    }
    if (name == QLatin1String("Fn::Base64"))
        return eval(argument);
    if (name == QLatin1String("Fn::ImportValue")) {
        const std::optional<YamlValue> v = eval(argument);
        problem(Tr::tr("Fn::ImportValue %1: another stack's output, which the import cannot see")
                    .arg(v ? text(*v) : QString()));
        return YamlValue{};
    }
    problem(Tr::tr("%1 is not an intrinsic function the import knows").arg(name));
    return YamlValue{};
}

QStringList CfnImport::availabilityZones(const QString &region)
{
    // The AZs of each region as Fn::GetAZs lists them for an account (EC2
    // describe-availability-zones, opt-in zones left out); where an account may see a
    // subset (us-east-1, us-west-1, ap-northeast-1), the names most accounts have.
    static const QHash<QString, QString> letters = {
        {QStringLiteral("us-east-1"), QStringLiteral("abcdef")},
        {QStringLiteral("us-east-2"), QStringLiteral("abc")},
        {QStringLiteral("us-west-1"), QStringLiteral("ac")},
        {QStringLiteral("us-west-2"), QStringLiteral("abcd")},
        {QStringLiteral("ap-northeast-1"), QStringLiteral("acd")},
        {QStringLiteral("ap-northeast-2"), QStringLiteral("abcd")},
        {QStringLiteral("ap-northeast-3"), QStringLiteral("abc")},
        {QStringLiteral("ap-south-1"), QStringLiteral("abc")},
        {QStringLiteral("ap-southeast-1"), QStringLiteral("abc")},
        {QStringLiteral("ap-southeast-2"), QStringLiteral("abc")},
        {QStringLiteral("ca-central-1"), QStringLiteral("abd")},
        {QStringLiteral("eu-central-1"), QStringLiteral("abc")},
        {QStringLiteral("eu-west-1"), QStringLiteral("abc")},
        {QStringLiteral("eu-west-2"), QStringLiteral("abc")},
        {QStringLiteral("eu-west-3"), QStringLiteral("abc")},
        {QStringLiteral("eu-north-1"), QStringLiteral("abc")},
        {QStringLiteral("sa-east-1"), QStringLiteral("abc")},
    };
    QStringList zones;
    for (QChar c : letters.value(region, QStringLiteral("abc")))
        zones.append(region + c);
    return zones;
}
