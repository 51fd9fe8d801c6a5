#pragma once

#include "cidr.h"

#include <QUndoCommand>

#include <memory>

class Document;

/// The edits a connector on the canvas makes: peering two VPCs, routing a destination
/// to a target, and associating one object with another (a subnet with a route table
/// or ACL, an endpoint with a route table, subnet or group, an instance with a group).
/// Each is one undo step built from the primitive commands.
class ConnectCommand : public QUndoCommand
{
public:
    /// A new active peering connection between two VPCs (nullptr when either is missing).
    static std::unique_ptr<ConnectCommand> peer(Document *document, const QString &requester, const QString &accepter);
    /// Removes a peering connection and the routes that use it.
    static std::unique_ptr<ConnectCommand> unpeer(Document *document, const QString &peeringId);
    /// Routes `destination` to `target` in a table (replacing a route to the same block).
    static std::unique_ptr<ConnectCommand> addRoute(Document *document, const QString &tableId, const Cidr &destination,
                                                    const QString &target);
    static std::unique_ptr<ConnectCommand> removeRoute(Document *document, const QString &tableId,
                                                       const Cidr &destination);
    /// Associates `objectId` with `targetId`; nullptr when the kinds do not associate.
    static std::unique_ptr<ConnectCommand> associate(Document *document, const QString &objectId,
                                                     const QString &targetId);
    static std::unique_ptr<ConnectCommand> dissociate(Document *document, const QString &objectId,
                                                      const QString &targetId);
    /// The property of `objectId` that an association with `targetId` sets, or "".
    static QString associationKey(const Document *document, const QString &objectId, const QString &targetId);

    /// The id of the object the command created (the new peering), if any.
    QString createdId() const { return mCreatedId; }

private:
    explicit ConnectCommand(const QString &text);
    QString mCreatedId;
};
