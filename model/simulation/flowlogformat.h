#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

/// The fields of VPC flow-log records, versions 2 to 5, in AWS's names.
enum class FlowLogField : quint8 {
    Version,
    AccountId,
    InterfaceId,
    SrcAddr,
    DstAddr,
    SrcPort,
    DstPort,
    Protocol,
    Packets,
    Bytes,
    Start,
    End,
    Action,
    LogStatus,
    VpcId, // version 3
    SubnetId,
    InstanceId,
    TcpFlags,
    Type,
    PktSrcAddr,
    PktDstAddr,
    Region, // version 4
    AzId,
    SublocationType,
    SublocationId,
    PktSrcAwsService, // version 5
    PktDstAwsService,
    FlowDirection,
    TrafficPath,
};
constexpr int FlowLogFieldCount = int(FlowLogField::TrafficPath) + 1;

/// A record format: the default (version 2) or a custom list of fields.
class FlowLogFormat
{
public:
    struct FieldInfo
    {
        const char *name;       // `account-id`
        int version;            // the version that introduced it
        const char *athenaName; // `account_id`
        const char *athenaType; // `string`
    };

    FlowLogFormat(); // the default format
    /// Reads `default` (or empty) or a custom format such as `${version} ${srcaddr}`.
    static std::optional<FlowLogFormat> parse(const QString &text, QString *why = nullptr);
    /// The field of a name as it appears in headers and formats (`srcaddr`, also with
    /// underscores as Athena spells them).
    static std::optional<FlowLogField> field(std::string_view name);
    static const FieldInfo &info(FlowLogField field);

    const std::vector<FlowLogField> &fields() const { return mFields; }
    /// The highest version among the fields: what the `version` field says.
    int version() const { return mVersion; }
    bool isDefault() const { return mDefault; }
    /// The header line AWS writes first in S3 files: the field names, space separated.
    QByteArray header() const;
    /// The position of a field in the records, or -1.
    int indexOf(FlowLogField field) const;

private:
    std::vector<FlowLogField> mFields;
    int mVersion = 2;
    bool mDefault = true;
};
