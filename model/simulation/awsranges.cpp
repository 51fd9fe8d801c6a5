#include "awsranges.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace {

struct Table
{
    QHash<QString, QList<Cidr>> byKey; // "service region"
    QList<std::pair<Cidr, AwsRanges::Owner>> all;
    QStringList regions;
    QString date;

    Table()
    {
        // Q_INIT_RESOURCE is not needed: the resource is linked into every consumer.
        QFile file(QStringLiteral(":/aws/service-ranges.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.startsWith("# createDate: ")) {
                date = QString::fromLatin1(line.mid(14).split(' ').value(0));
                continue;
            }
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> f = line.split(' ');
            if (f.size() != 3)
                continue;
            const auto cidr = Cidr::parse(std::string_view(f[2].constData(), size_t(f[2].size())));
            if (!cidr)
                continue;
            const QString region = QString::fromLatin1(f[0]), service = QString::fromLatin1(f[1]);
            byKey[service + QLatin1Char(' ') + region].append(*cidr);
            all.append({*cidr, {service, region}});
            if (!regions.contains(region))
                regions.append(region);
        }
        regions.sort();
    }
};

const Table &table()
{
    static const Table t;
    return t;
}

} // namespace

const QList<Cidr> &AwsRanges::prefixes(const QString &service, const QString &region)
{
    static const QList<Cidr> none;
    const auto it = table().byKey.constFind(service.toLower() + QLatin1Char(' ') + region);
    return it == table().byKey.constEnd() ? none : *it;
}

std::optional<AwsRanges::Owner> AwsRanges::ownerOf(const IpAddress &address)
{
    for (const auto &[cidr, owner] : table().all)
        if (cidr.contains(address))
            return owner;
    return std::nullopt;
}

QStringList AwsRanges::regions()
{
    return table().regions;
}

QString AwsRanges::copyDate()
{
    return table().date;
}
