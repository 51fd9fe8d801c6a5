#include "connectcommand.h"

#include "document.h"
#include "objectcommands.h"
#include "properties.h"
#include "propertycommand.h"

#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

} // namespace

ConnectCommand::ConnectCommand(const QString &text) : QUndoCommand(text) {}

std::unique_ptr<ConnectCommand> ConnectCommand::peer(Document *document, const QString &requester,
                                                     const QString &accepter)
{
    const Design &design = document->design();
    if (!design.findVpc(requester) || !design.findVpc(accepter))
        return nullptr;
    std::unique_ptr<ConnectCommand> cmd(new ConnectCommand(Tr::tr("Peer %1 with %2").arg(requester, accepter)));
    auto peering = std::make_unique<PeeringConnection>();
    peering->id = design.uniqueId(kindIdPrefix(ObjectKind::PeeringConnection));
    peering->requester = requester;
    peering->accepter = accepter;
    cmd->mCreatedId = peering->id;
    new AddObjectCommand(document, QString(), std::move(peering), -1, {}, cmd.get());
    return cmd;
}

std::unique_ptr<ConnectCommand> ConnectCommand::unpeer(Document *document, const QString &peeringId)
{
    if (!document->design().find<PeeringConnection>(peeringId, ObjectKind::PeeringConnection))
        return nullptr;
    std::unique_ptr<ConnectCommand> cmd(new ConnectCommand(Tr::tr("Remove peering %1").arg(peeringId)));
    new RemoveObjectCommand(document, peeringId, cmd.get());
    return cmd;
}

std::unique_ptr<ConnectCommand> ConnectCommand::addRoute(Document *document, const QString &tableId,
                                                         const Cidr &destination, const QString &target)
{
    const auto *table = document->design().find<RouteTable>(tableId, ObjectKind::RouteTable);
    if (!table || !destination.isValid() || target.isEmpty())
        return nullptr;
    RouteList routes = table->routes;
    bool replaced = false;
    for (Route &r : routes) {
        if (r.destination == destination) {
            r.target = target;
            replaced = true;
        }
    }
    if (!replaced)
        routes.append({destination, target, false});
    std::unique_ptr<ConnectCommand> cmd(
        new ConnectCommand(Tr::tr("Route %1 to %2 in %3").arg(destination.toString(), target, tableId)));
    new ChangePropertyCommand(document, tableId, QStringLiteral("routes"), QVariant::fromValue(routes), cmd.get());
    return cmd;
}

std::unique_ptr<ConnectCommand> ConnectCommand::removeRoute(Document *document, const QString &tableId,
                                                            const Cidr &destination)
{
    const auto *table = document->design().find<RouteTable>(tableId, ObjectKind::RouteTable);
    if (!table)
        return nullptr;
    RouteList routes = table->routes;
    if (routes.removeIf([&](const Route &r) { return r.destination == destination; }) == 0)
        return nullptr;
    std::unique_ptr<ConnectCommand> cmd(
        new ConnectCommand(Tr::tr("Remove the route to %1 from %2").arg(destination.toString(), tableId)));
    new ChangePropertyCommand(document, tableId, QStringLiteral("routes"), QVariant::fromValue(routes), cmd.get());
    return cmd;
}

QString ConnectCommand::associationKey(const Document *document, const QString &objectId, const QString &targetId)
{
    const Object *object = document->find(objectId);
    const Object *target = document->find(targetId);
    if (!object || !target || object == target)
        return {};
    const ObjectKind o = object->kind, t = target->kind;
    switch (o) {
    case ObjectKind::Subnet:
        if (t == ObjectKind::RouteTable)
            return QStringLiteral("route-table");
        if (t == ObjectKind::NetworkAcl)
            return QStringLiteral("network-acl");
        break;
    case ObjectKind::Endpoint:
        if (t == ObjectKind::RouteTable)
            return QStringLiteral("route-tables");
        if (t == ObjectKind::Subnet)
            return QStringLiteral("subnets");
        if (t == ObjectKind::SecurityGroup)
            return QStringLiteral("security-groups");
        break;
    case ObjectKind::Instance:
        if (t == ObjectKind::SecurityGroup)
            return QStringLiteral("security-groups");
        if (t == ObjectKind::Subnet)
            return QStringLiteral("subnet");
        break;
    case ObjectKind::NatGateway:
        if (t == ObjectKind::Subnet)
            return QStringLiteral("subnet");
        break;
    case ObjectKind::FlowLog:
        if (t == ObjectKind::Vpc || t == ObjectKind::Subnet || t == ObjectKind::Instance)
            return QStringLiteral("resource");
        break;
    default:
        break;
    }
    return {};
}

namespace {

std::optional<QVariant> associationValue(const Object &object, const PropertyDef &def, const QString &targetId,
                                         bool add)
{
    const QVariant current = def.get(object);
    if (def.type == PropertyType::RefList) {
        QStringList ids = current.toStringList();
        if (add == ids.contains(targetId))
            return std::nullopt;
        if (add)
            ids.append(targetId);
        else
            ids.removeAll(targetId);
        return QVariant(ids);
    }
    if (add)
        return current.toString() == targetId ? std::nullopt : std::optional<QVariant>(targetId);
    // A required reference cannot be cleared; dissociating an optional one clears it.
    if (def.required || current.toString() != targetId)
        return std::nullopt;
    return QVariant(QString());
}

} // namespace

std::unique_ptr<ConnectCommand> ConnectCommand::associate(Document *document, const QString &objectId,
                                                          const QString &targetId)
{
    const QString key = associationKey(document, objectId, targetId);
    if (key.isEmpty())
        return nullptr;
    const Object *object = document->find(objectId);
    const PropertyDef *def = findProperty(object->kind, QStringView(key));
    auto value = associationValue(*object, *def, targetId, true);
    if (!value)
        return nullptr;
    std::unique_ptr<ConnectCommand> cmd(new ConnectCommand(Tr::tr("Associate %1 with %2").arg(objectId, targetId)));
    new ChangePropertyCommand(document, objectId, key, *value, cmd.get());
    return cmd;
}

std::unique_ptr<ConnectCommand> ConnectCommand::dissociate(Document *document, const QString &objectId,
                                                           const QString &targetId)
{
    const QString key = associationKey(document, objectId, targetId);
    if (key.isEmpty())
        return nullptr;
    const Object *object = document->find(objectId);
    const PropertyDef *def = findProperty(object->kind, QStringView(key));
    auto value = associationValue(*object, *def, targetId, false);
    if (!value)
        return nullptr;
    std::unique_ptr<ConnectCommand> cmd(new ConnectCommand(Tr::tr("Dissociate %1 from %2").arg(objectId, targetId)));
    new ChangePropertyCommand(document, objectId, key, *value, cmd.get());
    return cmd;
}
