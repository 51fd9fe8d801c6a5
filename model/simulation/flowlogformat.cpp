#include "flowlogformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FlowLogs)
};

constexpr std::array<FlowLogFormat::FieldInfo, FlowLogFieldCount> Fields{{
    {"version", 2, "version", "int"},
    {"account-id", 2, "account_id", "string"},
    {"interface-id", 2, "interface_id", "string"},
    {"srcaddr", 2, "srcaddr", "string"},
    {"dstaddr", 2, "dstaddr", "string"},
    {"srcport", 2, "srcport", "int"},
    {"dstport", 2, "dstport", "int"},
    {"protocol", 2, "protocol", "bigint"},
    {"packets", 2, "packets", "bigint"},
    {"bytes", 2, "bytes", "bigint"},
    {"start", 2, "start", "bigint"},
    {"end", 2, "end", "bigint"},
    {"action", 2, "action", "string"},
    {"log-status", 2, "log_status", "string"},
    {"vpc-id", 3, "vpc_id", "string"},
    {"subnet-id", 3, "subnet_id", "string"},
    {"instance-id", 3, "instance_id", "string"},
    {"tcp-flags", 3, "tcp_flags", "int"},
    {"type", 3, "type", "string"},
    {"pkt-srcaddr", 3, "pkt_srcaddr", "string"},
    {"pkt-dstaddr", 3, "pkt_dstaddr", "string"},
    {"region", 4, "region", "string"},
    {"az-id", 4, "az_id", "string"},
    {"sublocation-type", 4, "sublocation_type", "string"},
    {"sublocation-id", 4, "sublocation_id", "string"},
    {"pkt-src-aws-service", 5, "pkt_src_aws_service", "string"},
    {"pkt-dst-aws-service", 5, "pkt_dst_aws_service", "string"},
    {"flow-direction", 5, "flow_direction", "string"},
    {"traffic-path", 5, "traffic_path", "int"},
}};

} // namespace

FlowLogFormat::FlowLogFormat()
{
    for (int i = 0; i <= int(FlowLogField::LogStatus); ++i)
        mFields.push_back(FlowLogField(i));
}

const FlowLogFormat::FieldInfo &FlowLogFormat::info(FlowLogField field)
{
    return Fields[size_t(field)];
}

std::optional<FlowLogField> FlowLogFormat::field(std::string_view name)
{
    for (size_t i = 0; i < Fields.size(); ++i) {
        const std::string_view n(Fields[i].name);
        if (n.size() != name.size())
            continue;
        bool same = true;
        for (size_t c = 0; c < n.size() && same; ++c)
            same = n[c] == name[c] || (n[c] == '-' && name[c] == '_');
        if (same)
            return FlowLogField(i);
    }
    return std::nullopt;
}

std::optional<FlowLogFormat> FlowLogFormat::parse(const QString &text, QString *why)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("default"))
        return FlowLogFormat();
    FlowLogFormat f;
    f.mFields.clear();
    f.mDefault = false;
    f.mVersion = 2;
    for (const QString &token : t.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!token.startsWith(QLatin1String("${")) || !token.endsWith(QLatin1Char('}'))) {
            if (why)
                *why = Tr::tr("'%1' is not a field: a custom format lists fields as ${name}").arg(token);
            return std::nullopt;
        }
        const QByteArray name = token.mid(2, token.size() - 3).toLatin1();
        const auto field = FlowLogFormat::field(std::string_view(name.constData(), size_t(name.size())));
        if (!field || name.contains('_')) {
            if (why)
                *why = Tr::tr("'%1' is not a flow-log field of versions 2 to 5").arg(QString::fromLatin1(name));
            return std::nullopt;
        }
        if (std::find(f.mFields.begin(), f.mFields.end(), *field) != f.mFields.end()) {
            if (why)
                *why = Tr::tr("'%1' is listed twice").arg(QString::fromLatin1(name));
            return std::nullopt;
        }
        f.mFields.push_back(*field);
        f.mVersion = std::max(f.mVersion, info(*field).version);
    }
    return f;
}

QByteArray FlowLogFormat::header() const
{
    QByteArray out;
    for (FlowLogField f : mFields) {
        if (!out.isEmpty())
            out += ' ';
        out += info(f).name;
    }
    return out;
}

int FlowLogFormat::indexOf(FlowLogField field) const
{
    const auto it = std::find(mFields.begin(), mFields.end(), field);
    return it == mFields.end() ? -1 : int(it - mFields.begin());
}
