#pragma once

#include "objects.h"

#include <QHash>

#include <functional>
#include <optional>

/// Where an object stands: its container (nullptr at top level), its list, its index.
struct ObjectPosition
{
    QString parentId; // empty at top level
    ObjectKind kind = ObjectKind::Vpc;
    int index = -1;
};

/// One VPC design: the objects of FORMAT.md in file order, an index by id, the canvas
/// layout, and the implicit objects AWS provides without them being written.
class Design
{
public:
    Design();
    ~Design();
    Design(const Design &) = delete;
    Design &operator=(const Design &) = delete;

    /// A deep copy (same ids, same order, same layout).
    std::unique_ptr<Design> clone() const;

    QString name;
    QString description;
    ExtraKeys extra;  // unknown top-level keys, kept
    YamlValue lesson; // the `lesson:` section of a lesson or challenge (docs/study.md); Null when none

    ListOf<Vpc> vpcs() const { return ListOf<Vpc>(mVpcs); }
    ListOf<PeeringConnection> peerings() const { return ListOf<PeeringConnection>(mPeerings); }
    ListOf<Bucket> buckets() const { return ListOf<Bucket>(mBuckets); }
    ListOf<Intent> intents() const { return ListOf<Intent>(mIntents); }
    ListOf<Scenario> scenarios() const { return ListOf<Scenario>(mScenarios); }

    /// O(1) lookup by id; nullptr when nothing has that id.
    Object *find(const QString &id) const { return mIndex.value(id, nullptr); }
    template <class T> T *find(const QString &id, ObjectKind kind) const
    {
        Object *o = find(id);
        return o && o->kind == kind ? static_cast<T *>(o) : nullptr;
    }
    Vpc *findVpc(const QString &id) const { return find<Vpc>(id, ObjectKind::Vpc); }
    Subnet *findSubnet(const QString &id) const { return find<Subnet>(id, ObjectKind::Subnet); }
    bool contains(const QString &id) const { return mIndex.contains(id); }
    qsizetype objectCount() const { return mIndex.size(); }

    /// The VPC an object belongs to (itself for a VPC), or nullptr.
    Vpc *vpcOf(const Object &object) const;

    /// The list that holds objects of `kind` under `parent` (nullptr: the top level),
    /// or nullptr when such a parent holds no such objects.
    ObjectList *listFor(Object *parent, ObjectKind kind);
    const ObjectList *listFor(const Object *parent, ObjectKind kind) const;
    /// Where `object` stands now.
    ObjectPosition positionOf(const Object &object) const;

    /// Inserts a new object (and its children) at `index` (-1: at the end) of the list
    /// its kind has under `parent`. Returns false, leaving `object` untouched, when an id
    /// is taken or the parent cannot hold it.
    bool insert(Object *parent, ObjectPtr &object, int index = -1);
    /// Moves every VPC of `others` (in order) to the end of this design's VPCs. False,
    /// with nothing moved from the first clashing design on, when an id is taken.
    bool adoptVpcs(std::vector<std::unique_ptr<Design>> &others);
    /// Removes an object with its children from the design and hands it over.
    ObjectPtr take(Object &object);
    /// Changes an object's id (the index and the layout follow; references do not).
    bool rename(Object &object, const QString &newId);
    /// Calls `f` on every object in file order, parents before their children.
    void forEachObject(const std::function<void(Object &)> &f) const;
    /// Calls `f` on `object`'s children (not grandchildren) in file order.
    static void forEachChild(const Object &object, const std::function<void(Object &)> &f);

    /// An id not yet used: `prefix` followed by the smallest free number.
    QString uniqueId(const QString &prefix) const;

    // Layout: canvas geometry by id. Entries for unknown ids are kept as read.
    std::optional<LayoutRect> layout(const QString &id) const;
    void setLayout(const QString &id, const std::optional<LayoutRect> &rect);
    const QHash<QString, LayoutRect> &layoutEntries() const { return mLayout; }

    // The implicit objects AWS provides.
    /// The VPC's main route table: the one marked `main`, else an implicit one that holds
    /// only the local routes (id `VPC:main`, not in the index).
    const RouteTable &mainRouteTable(const Vpc &vpc) const;
    /// The VPC's default network ACL: the one marked `default`, else an implicit one that
    /// allows everything both ways (id `VPC:default-acl`).
    const NetworkAcl &defaultNetworkAcl(const Vpc &vpc) const;
    /// The route table a subnet uses (its own when the reference resolves, else main).
    const RouteTable &routeTableOf(const Subnet &subnet) const;
    const NetworkAcl &networkAclOf(const Subnet &subnet) const;
    /// A table's routes as AWS sees them: the local route of every VPC block first
    /// (target `local`), then the written ones.
    RouteList effectiveRoutes(const RouteTable &table) const;
    /// AWS's "public subnet": its route table sends the default route (0.0.0.0/0 or
    /// ::/0) to its VPC's internet gateway.
    bool isPublicSubnet(const Subnet &subnet) const;
    /// Whether an id names an implicit object (main table or default ACL).
    static bool isImplicitId(const QString &id);

private:
    void registerTree(Object &object, Object *parent);
    void unregisterTree(Object &object);
    bool idsFree(const Object &object, QSet<QString> &seen) const;

    ObjectList mVpcs;
    ObjectList mPeerings;
    ObjectList mBuckets;
    ObjectList mIntents;
    ObjectList mScenarios;
    QHash<QString, Object *> mIndex;
    QHash<QString, LayoutRect> mLayout;

    struct Implicit;
    std::unique_ptr<Implicit> mImplicit;
};
