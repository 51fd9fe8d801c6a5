#include "randomedits.h"

#include "connectcommand.h"
#include "document.h"
#include "layoutcommand.h"
#include "objectcommands.h"
#include "properties.h"
#include "propertycommand.h"

namespace {

Cidr cidr(const char *text)
{
    return *Cidr::parse(std::string_view(text));
}

} // namespace

RandomEditor::RandomEditor(Document *document, quint32 seed) : mDocument(document), mRng(seed) {}

QStringList RandomEditor::idsOf(ObjectKind kind) const
{
    QStringList ids;
    mDocument->design().forEachObject([&](Object &o) {
        if (o.kind == kind)
            ids.append(o.id);
    });
    return ids;
}

QString RandomEditor::pick(const QStringList &ids)
{
    return ids.isEmpty() ? QString() : ids.at(int(mRng.bounded(int(ids.size()))));
}

QString RandomEditor::step()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QString done;
        switch (mRng.bounded(10)) {
        case 0:
        case 1:
        case 2:
            done = addObject();
            break;
        case 3:
            done = removeObject();
            break;
        case 4:
        case 5:
            done = changeProperty();
            break;
        case 6:
            done = rename();
            break;
        case 7:
            done = moveResize();
            break;
        case 8:
            done = connectSomething();
            break;
        default:
            done = disconnectSomething();
            break;
        }
        if (!done.isEmpty())
            return done;
    }
    return {};
}

QString RandomEditor::addObject()
{
    const Design &design = mDocument->design();
    static const ObjectKind kinds[] = {
        ObjectKind::Vpc,        ObjectKind::Subnet,        ObjectKind::Subnet,     ObjectKind::RouteTable,
        ObjectKind::NetworkAcl, ObjectKind::SecurityGroup, ObjectKind::NatGateway, ObjectKind::Endpoint,
        ObjectKind::Instance,   ObjectKind::Instance,      ObjectKind::FlowLog,    ObjectKind::InternetGateway,
        ObjectKind::Scenario,   ObjectKind::Flow,          ObjectKind::Bucket,     ObjectKind::Intent};
    const ObjectKind kind = kinds[mRng.bounded(int(std::size(kinds)))];
    ObjectPtr object = createObject(kind);
    object->id = design.uniqueId(kindIdPrefix(kind));
    QString parentId;
    const QString vpcId = pick(idsOf(ObjectKind::Vpc));
    const Vpc *vpc = design.findVpc(vpcId);
    switch (kind) {
    case ObjectKind::Vpc: {
        auto *v = static_cast<Vpc *>(object.get());
        v->region = mRng.bounded(2) ? QStringLiteral("us-east-1") : QStringLiteral("eu-west-1");
        v->cidrBlocks = {Cidr(IpAddress::v4((10u << 24) | (mRng.bounded(256u) << 16)), 16)};
        break;
    }
    case ObjectKind::Subnet: {
        if (!vpc || vpc->cidrBlocks.isEmpty())
            return {};
        auto *s = static_cast<Subnet *>(object.get());
        QList<Cidr> used;
        for (const Subnet *o : vpc->subnetList())
            used.append(o->cidr);
        const auto free = Cidr::nextFree(vpc->cidrBlocks.first(), 24, used);
        if (!free)
            return {};
        s->cidr = *free;
        s->az = vpc->region + (mRng.bounded(2) ? QStringLiteral("a") : QStringLiteral("b"));
        parentId = vpcId;
        break;
    }
    case ObjectKind::Instance:
    case ObjectKind::NatGateway: {
        const QString subnetId = pick(idsOf(ObjectKind::Subnet));
        const Subnet *s = design.findSubnet(subnetId);
        if (!s)
            return {};
        parentId = design.vpcOf(*s)->id;
        if (kind == ObjectKind::Instance) {
            auto *i = static_cast<Instance *>(object.get());
            i->subnet = subnetId;
            i->privateIp = *s->cidr.first().plus(4 + mRng.bounded(200));
        } else {
            static_cast<NatGateway *>(object.get())->subnet = subnetId;
        }
        break;
    }
    case ObjectKind::FlowLog: {
        if (!vpc)
            return {};
        static_cast<FlowLog *>(object.get())->resource = vpcId;
        parentId = vpcId;
        break;
    }
    case ObjectKind::Endpoint: {
        if (!vpc)
            return {};
        auto *e = static_cast<Endpoint *>(object.get());
        e->type = EndpointType::Gateway;
        e->service = QStringLiteral("s3");
        parentId = vpcId;
        break;
    }
    case ObjectKind::InternetGateway:
        if (!vpc || vpc->internetGateway())
            return {};
        parentId = vpcId;
        break;
    case ObjectKind::Scenario:
        break;
    case ObjectKind::Bucket:
        static_cast<Bucket *>(object.get())->region = QStringLiteral("us-east-1");
        break;
    case ObjectKind::Intent: {
        // What reaches what changes with every edit: the incremental engine must keep up.
        auto *i = static_cast<Intent *>(object.get());
        i->from = {mRng.bounded(2) || !vpc || vpc->cidrBlocks.isEmpty() ? QStringLiteral("internet")
                                                                        : vpc->cidrBlocks.front().toString()};
        i->to = {vpc ? vpcId : QStringLiteral("192.0.2.0/24")};
        i->expect = IntentExpect(mRng.bounded(3));
        i->protocol = mRng.bounded(2) ? Protocol(Protocol::Tcp) : Protocol(Protocol::All);
        break;
    }
    case ObjectKind::Flow: {
        const QString scenario = pick(idsOf(ObjectKind::Scenario));
        const QString instance = pick(idsOf(ObjectKind::Instance));
        if (scenario.isEmpty() || instance.isEmpty())
            return {};
        auto *f = static_cast<Flow *>(object.get());
        f->from = instance;
        f->to = QStringLiteral("198.51.100.%1").arg(mRng.bounded(250));
        f->port = int(mRng.bounded(65536));
        parentId = scenario;
        break;
    }
    default:
        if (!vpc)
            return {};
        parentId = vpcId;
        break;
    }
    QHash<QString, LayoutRect> layout;
    if (mRng.bounded(2))
        layout.insert(object->id, LayoutRect{double(mRng.bounded(2000)), double(mRng.bounded(2000)),
                                             double(50 + mRng.bounded(300)), double(50 + mRng.bounded(300))});
    const ObjectList *siblings = design.listFor(design.find(parentId), kind);
    const int index =
        siblings && !siblings->empty() && mRng.bounded(2) ? int(mRng.bounded(int(siblings->size()) + 1)) : -1;
    auto *cmd = new AddObjectCommand(mDocument, parentId, std::move(object), index, layout);
    const QString text = cmd->text();
    mDocument->undoStack()->push(cmd);
    return text;
}

QString RandomEditor::removeObject()
{
    QStringList all;
    mDocument->design().forEachObject([&](Object &o) { all.append(o.id); });
    // VPCs take much with them; remove them less often so designs stay interesting.
    QString id = pick(all);
    if (id.isEmpty() || (mDocument->design().findVpc(id) && mRng.bounded(4) != 0))
        return {};
    auto *cmd = new RemoveObjectCommand(mDocument, id);
    const QString text = cmd->text();
    mDocument->undoStack()->push(cmd);
    return text;
}

QString RandomEditor::changeProperty()
{
    QList<const Object *> all;
    mDocument->design().forEachObject([&](Object &o) { all.append(&o); });
    if (all.isEmpty())
        return {};
    const Object *o = all.at(int(mRng.bounded(int(all.size()))));
    QList<const PropertyDef *> editable;
    for (const PropertyDef &def : propertiesOf(o->kind))
        if (def.type != PropertyType::Id)
            editable.append(&def);
    if (editable.isEmpty())
        return {};
    const PropertyDef &def = *editable.at(int(mRng.bounded(int(editable.size()))));
    QVariant value;
    switch (def.type) {
    case PropertyType::String:
    case PropertyType::Text:
        value = QStringLiteral("text %1").arg(mRng.bounded(1000));
        break;
    case PropertyType::Bool:
        value = !def.get(*o).toBool();
        break;
    case PropertyType::Int:
        value = int(def.minimum + mRng.bounded(100));
        break;
    case PropertyType::Port:
        value = int(mRng.bounded(65536));
        break;
    case PropertyType::Number:
        value = double(mRng.bounded(1000)) / 4;
        break;
    case PropertyType::Enum:
        value = QString::fromLatin1(def.enumValues[mRng.bounded(int(def.enumValues.size()))]);
        break;
    case PropertyType::Cidr:
        value = QVariant::fromValue(Cidr(IpAddress::v4((10u << 24) | (mRng.bounded(65536u) << 8)), 24));
        break;
    case PropertyType::CidrList:
        value = QVariant::fromValue(QList<Cidr>{Cidr(IpAddress::v4((10u << 24) | (mRng.bounded(256u) << 16)), 16)});
        break;
    case PropertyType::Address:
        value = QVariant::fromValue(IpAddress::v4((10u << 24) | mRng.bounded(65536u)));
        break;
    case PropertyType::SgRules: {
        SgRule r;
        r.protocol = Protocol(Protocol::Tcp);
        r.ports = PortRange::single(int(mRng.bounded(1024)));
        r.cidr = cidr("0.0.0.0/0");
        value = QVariant::fromValue(SgRuleList{r});
        break;
    }
    case PropertyType::OptionalSgRules:
        value = mRng.bounded(2) ? QVariant() : QVariant::fromValue(SgRuleList{});
        break;
    case PropertyType::NaclRules: {
        NaclRule r;
        r.number = int(1 + mRng.bounded(300));
        r.cidr = cidr("10.0.0.0/8");
        r.allow = mRng.bounded(2);
        value = QVariant::fromValue(NaclRuleList{r});
        break;
    }
    case PropertyType::Account:
        value = QStringLiteral("%1").arg(mRng.bounded(1000000), 12, 10, QLatin1Char('0'));
        break;
    case PropertyType::Protocol:
        value = QVariant::fromValue(Protocol(Protocol::Udp));
        break;
    case PropertyType::DateTime:
        value = QDateTime(QDate(2026, 1 + int(mRng.bounded(12)), 1), QTime(0, 0), Qt::UTC);
        break;
    default:
        return {};
    }
    auto *cmd = new ChangePropertyCommand(mDocument, o->id, QLatin1String(def.key), value);
    const QString text = cmd->text();
    mDocument->undoStack()->push(cmd);
    return text;
}

QString RandomEditor::rename()
{
    QStringList all;
    mDocument->design().forEachObject([&](Object &o) { all.append(o.id); });
    const QString id = pick(all);
    if (id.isEmpty())
        return {};
    const QString newId = mDocument->design().uniqueId(QStringLiteral("renamed-"));
    auto *cmd = new ChangePropertyCommand(mDocument, id, QStringLiteral("id"), newId);
    const QString text = cmd->text();
    mDocument->undoStack()->push(cmd);
    return text;
}

QString RandomEditor::moveResize()
{
    QStringList all;
    mDocument->design().forEachObject([&](Object &o) { all.append(o.id); });
    const QString id = pick(all);
    if (id.isEmpty())
        return {};
    LayoutChange change;
    change.id = id;
    change.before = mDocument->design().layout(id);
    LayoutRect r = change.before.value_or(LayoutRect{});
    r.x += double(mRng.bounded(200)) - 100;
    r.y += double(mRng.bounded(200)) - 100;
    if (mRng.bounded(2)) {
        r.width = double(20 + mRng.bounded(400));
        r.height = double(20 + mRng.bounded(400));
    }
    change.after = mRng.bounded(10) == 0 ? std::nullopt : std::optional<LayoutRect>(r);
    auto *cmd = new MoveResizeCommand(mDocument, {change}, mRng.bounded(2));
    const QString text = cmd->text();
    mDocument->undoStack()->push(cmd);
    return text;
}

QString RandomEditor::connectSomething()
{
    const Design &design = mDocument->design();
    std::unique_ptr<ConnectCommand> cmd;
    switch (mRng.bounded(3)) {
    case 0:
        cmd = ConnectCommand::peer(mDocument, pick(idsOf(ObjectKind::Vpc)), pick(idsOf(ObjectKind::Vpc)));
        break;
    case 1: {
        const QString table = pick(idsOf(ObjectKind::RouteTable));
        QStringList targets =
            idsOf(ObjectKind::PeeringConnection) + idsOf(ObjectKind::NatGateway) + idsOf(ObjectKind::InternetGateway);
        cmd = ConnectCommand::addRoute(
            mDocument, table, Cidr(IpAddress::v4((10u << 24) | (mRng.bounded(256u) << 16)), 16), pick(targets));
        break;
    }
    default: {
        QStringList all;
        design.forEachObject([&](Object &o) { all.append(o.id); });
        cmd = ConnectCommand::associate(mDocument, pick(all), pick(all));
        break;
    }
    }
    if (!cmd)
        return {};
    const QString text = cmd->text();
    mDocument->undoStack()->push(cmd.release());
    return text;
}

QString RandomEditor::disconnectSomething()
{
    const Design &design = mDocument->design();
    std::unique_ptr<ConnectCommand> cmd;
    switch (mRng.bounded(3)) {
    case 0:
        cmd = ConnectCommand::unpeer(mDocument, pick(idsOf(ObjectKind::PeeringConnection)));
        break;
    case 1: {
        const QString table = pick(idsOf(ObjectKind::RouteTable));
        const auto *t = design.find<RouteTable>(table, ObjectKind::RouteTable);
        if (!t || t->routes.isEmpty())
            return {};
        cmd = ConnectCommand::removeRoute(mDocument, table,
                                          t->routes.at(int(mRng.bounded(int(t->routes.size())))).destination);
        break;
    }
    default: {
        QStringList all;
        design.forEachObject([&](Object &o) { all.append(o.id); });
        cmd = ConnectCommand::dissociate(mDocument, pick(all), pick(all));
        break;
    }
    }
    if (!cmd)
        return {};
    const QString text = cmd->text();
    mDocument->undoStack()->push(cmd.release());
    return text;
}
