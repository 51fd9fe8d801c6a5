#include "design.h"

#include "properties.h"

#include <QSet>

struct Design::Implicit
{
    QHash<const Vpc *, std::shared_ptr<RouteTable>> mains;
    QHash<const Vpc *, std::shared_ptr<NetworkAcl>> acls;
};

namespace {

const QString MainSuffix = QStringLiteral(":main");
const QString AclSuffix = QStringLiteral(":default-acl");

NaclRuleList allowAll()
{
    NaclRule v4;
    v4.number = 100;
    v4.cidr = *Cidr::parse(std::string_view("0.0.0.0/0"));
    NaclRule v6;
    v6.number = 101;
    v6.cidr = *Cidr::parse(std::string_view("::/0"));
    return {v4, v6};
}

} // namespace

Design::Design() : mImplicit(std::make_unique<Implicit>()) {}

Design::~Design() = default;

std::unique_ptr<Design> Design::clone() const
{
    auto copy = std::make_unique<Design>();
    copy->name = name;
    copy->description = description;
    copy->extra = extra;
    copy->lesson = lesson;
    for (const ObjectList *list : {&mVpcs, &mPeerings, &mBuckets, &mIntents, &mScenarios}) {
        for (const ObjectPtr &o : *list) {
            ObjectPtr c = o->clone();
            copy->insert(nullptr, c);
        }
    }
    copy->mLayout = mLayout;
    return copy;
}

Vpc *Design::vpcOf(const Object &object) const
{
    const Object *o = &object;
    while (o && o->kind != ObjectKind::Vpc)
        o = o->parent;
    return o ? static_cast<Vpc *>(const_cast<Object *>(o)) : nullptr;
}

ObjectList *Design::listFor(Object *parent, ObjectKind kind)
{
    return const_cast<ObjectList *>(std::as_const(*this).listFor(parent, kind));
}

const ObjectList *Design::listFor(const Object *parent, ObjectKind kind) const
{
    if (!parent) {
        switch (kind) {
        case ObjectKind::Vpc:
            return &mVpcs;
        case ObjectKind::PeeringConnection:
            return &mPeerings;
        case ObjectKind::Bucket:
            return &mBuckets;
        case ObjectKind::Intent:
            return &mIntents;
        case ObjectKind::Scenario:
            return &mScenarios;
        default:
            return nullptr;
        }
    }
    if (parent->kind == ObjectKind::Vpc)
        return static_cast<const Vpc *>(parent)->childList(kind);
    if (parent->kind == ObjectKind::Scenario && kind == ObjectKind::Flow)
        return &static_cast<const Scenario *>(parent)->flows;
    return nullptr;
}

ObjectPosition Design::positionOf(const Object &object) const
{
    ObjectPosition pos;
    pos.kind = object.kind;
    pos.parentId = object.parent ? object.parent->id : QString();
    const ObjectList *list = listFor(object.parent, object.kind);
    if (list) {
        for (size_t i = 0; i < list->size(); ++i) {
            if ((*list)[i].get() == &object) {
                pos.index = int(i);
                break;
            }
        }
    }
    return pos;
}

bool Design::idsFree(const Object &object, QSet<QString> &seen) const
{
    if (!isValidId(object.id) || mIndex.contains(object.id) || seen.contains(object.id))
        return false;
    seen.insert(object.id);
    bool ok = true;
    forEachChild(object, [&](Object &child) { ok = ok && idsFree(child, seen); });
    return ok;
}

bool Design::insert(Object *parent, ObjectPtr &object, int index)
{
    if (!object)
        return false;
    ObjectList *list = listFor(parent, object->kind);
    if (!list)
        return false;
    QSet<QString> seen;
    if (!idsFree(*object, seen))
        return false;
    const size_t at = index < 0 || size_t(index) > list->size() ? list->size() : size_t(index);
    Object &ref = *object;
    list->insert(list->begin() + qsizetype(at), std::move(object));
    registerTree(ref, parent);
    return true;
}

bool Design::adoptVpcs(std::vector<std::unique_ptr<Design>> &others)
{
    size_t total = mIndex.size();
    for (const auto &other : others)
        total += other->mIndex.size();
    mIndex.reserve(qsizetype(total));
    for (const auto &other : others) {
        for (auto it = other->mIndex.constBegin(); it != other->mIndex.constEnd(); ++it)
            if (mIndex.contains(it.key()))
                return false;
        // Same objects, same addresses: the index entries and implicit objects move as
        // they are; parents stay (VPCs are top level, their children point at them).
        for (auto it = other->mIndex.constBegin(); it != other->mIndex.constEnd(); ++it)
            mIndex.insert(it.key(), it.value());
        mImplicit->mains.insert(other->mImplicit->mains);
        mImplicit->acls.insert(other->mImplicit->acls);
        for (ObjectPtr &vpc : other->mVpcs)
            mVpcs.push_back(std::move(vpc));
        other->mVpcs.clear();
        other->mIndex.clear();
        other->mImplicit->mains.clear();
        other->mImplicit->acls.clear();
    }
    return true;
}

ObjectPtr Design::take(Object &object)
{
    ObjectList *list = listFor(object.parent, object.kind);
    if (!list)
        return nullptr;
    for (auto it = list->begin(); it != list->end(); ++it) {
        if (it->get() == &object) {
            ObjectPtr owned = std::move(*it);
            list->erase(it);
            unregisterTree(*owned);
            owned->parent = nullptr;
            return owned;
        }
    }
    return nullptr;
}

void Design::registerTree(Object &object, Object *parent)
{
    object.parent = parent;
    mIndex.insert(object.id, &object);
    if (object.kind == ObjectKind::Vpc) {
        const auto *vpc = static_cast<const Vpc *>(&object);
        auto main = std::make_shared<RouteTable>();
        main->id = object.id + MainSuffix;
        main->main = true;
        main->parent = &object;
        mImplicit->mains.insert(vpc, main);
        auto acl = std::make_shared<NetworkAcl>();
        acl->id = object.id + AclSuffix;
        acl->isDefault = true;
        acl->ingress = allowAll();
        acl->egress = allowAll();
        acl->parent = &object;
        mImplicit->acls.insert(vpc, acl);
    }
    forEachChild(object, [&](Object &child) { registerTree(child, &object); });
}

void Design::unregisterTree(Object &object)
{
    forEachChild(object, [&](Object &child) { unregisterTree(child); });
    mIndex.remove(object.id);
    if (object.kind == ObjectKind::Vpc) {
        const auto *vpc = static_cast<const Vpc *>(&object);
        mImplicit->mains.remove(vpc);
        mImplicit->acls.remove(vpc);
    }
}

bool Design::rename(Object &object, const QString &newId)
{
    if (newId == object.id)
        return true;
    if (!isValidId(newId) || mIndex.contains(newId) || find(object.id) != &object)
        return false;
    mIndex.remove(object.id);
    mIndex.insert(newId, &object);
    if (const auto it = mLayout.constFind(object.id); it != mLayout.constEnd()) {
        const LayoutRect rect = *it;
        mLayout.remove(object.id);
        mLayout.insert(newId, rect);
    }
    object.id = newId;
    if (object.kind == ObjectKind::Vpc) {
        const auto *vpc = static_cast<const Vpc *>(&object);
        mImplicit->mains.value(vpc)->id = newId + MainSuffix;
        mImplicit->acls.value(vpc)->id = newId + AclSuffix;
    }
    return true;
}

void Design::forEachObject(const std::function<void(Object &)> &f) const
{
    std::function<void(Object &)> walk = [&](Object &o) {
        f(o);
        forEachChild(o, walk);
    };
    for (const ObjectList *list : {&mVpcs, &mPeerings, &mBuckets, &mIntents, &mScenarios})
        for (const ObjectPtr &o : *list)
            walk(*o);
}

void Design::forEachChild(const Object &object, const std::function<void(Object &)> &f)
{
    if (object.kind == ObjectKind::Vpc) {
        const auto &vpc = static_cast<const Vpc &>(object);
        for (const ChildListDef &def : childListsOf(ObjectKind::Vpc))
            for (const ObjectPtr &child : *vpc.childList(def.kind))
                f(*child);
    } else if (object.kind == ObjectKind::Scenario) {
        for (const ObjectPtr &child : static_cast<const Scenario &>(object).flows)
            f(*child);
    }
}

QString Design::uniqueId(const QString &prefix) const
{
    for (int n = 1;; ++n) {
        const QString id = prefix + QString::number(n);
        if (!mIndex.contains(id))
            return id;
    }
}

std::optional<LayoutRect> Design::layout(const QString &id) const
{
    const auto it = mLayout.constFind(id);
    if (it == mLayout.constEnd())
        return std::nullopt;
    return *it;
}

void Design::setLayout(const QString &id, const std::optional<LayoutRect> &rect)
{
    if (rect)
        mLayout.insert(id, *rect);
    else
        mLayout.remove(id);
}

const RouteTable &Design::mainRouteTable(const Vpc &vpc) const
{
    for (const RouteTable *t : vpc.routeTableList())
        if (t->main)
            return *t;
    return *mImplicit->mains.value(&vpc);
}

const NetworkAcl &Design::defaultNetworkAcl(const Vpc &vpc) const
{
    for (const NetworkAcl *a : vpc.networkAclList())
        if (a->isDefault)
            return *a;
    return *mImplicit->acls.value(&vpc);
}

const RouteTable &Design::routeTableOf(const Subnet &subnet) const
{
    const Vpc *vpc = vpcOf(subnet);
    if (!subnet.routeTable.isEmpty()) {
        const auto *t = find<RouteTable>(subnet.routeTable, ObjectKind::RouteTable);
        if (t && t->parent == vpc)
            return *t;
    }
    return mainRouteTable(*vpc);
}

const NetworkAcl &Design::networkAclOf(const Subnet &subnet) const
{
    const Vpc *vpc = vpcOf(subnet);
    if (!subnet.networkAcl.isEmpty()) {
        const auto *a = find<NetworkAcl>(subnet.networkAcl, ObjectKind::NetworkAcl);
        if (a && a->parent == vpc)
            return *a;
    }
    return defaultNetworkAcl(*vpc);
}

RouteList Design::effectiveRoutes(const RouteTable &table) const
{
    RouteList routes;
    if (const Vpc *vpc = vpcOf(table)) {
        for (const Cidr &c : vpc->cidrBlocks)
            routes.append({c.network(), QStringLiteral("local"), true});
        for (const Cidr &c : vpc->ipv6CidrBlocks)
            routes.append({c.network(), QStringLiteral("local"), true});
    }
    routes.append(table.routes);
    return routes;
}

bool Design::isPublicSubnet(const Subnet &subnet) const
{
    const Vpc *vpc = vpcOf(subnet);
    const Gateway *igw = vpc ? vpc->internetGateway() : nullptr;
    if (!igw)
        return false;
    for (const Route &r : routeTableOf(subnet).routes)
        if (r.target == igw->id && r.destination.isValid() && r.destination.prefixLength() == 0)
            return true;
    return false;
}

bool Design::isImplicitId(const QString &id)
{
    return id.endsWith(MainSuffix) || id.endsWith(AclSuffix);
}
