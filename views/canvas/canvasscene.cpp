#include "canvasscene.h"

#include "canvasitems.h"
#include "catalogue.h"
#include "document.h"
#include "overlays.h"
#include "packetoverlay.h"
#include "validationengine.h"

#include <QTimer>

CanvasScene::CanvasScene(Document *document, ValidationEngine *engine, QObject *parent)
    : QGraphicsScene(parent), mDocument(document), mEngine(engine),
      mGeometry(std::make_unique<CanvasGeometry>(document->design()))
{
    // Dragging moves dozens of items at every step; a BSP index would be rebuilt for all
    // of them each time. A linear pass over the items' rectangles is cheaper at these sizes.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(document, &Document::designReset, this, &CanvasScene::reset);
    connect(document, &Document::objectAdded, this, &CanvasScene::onAdded);
    connect(document, &Document::objectAboutToBeRemoved, this, &CanvasScene::onAboutToRemove);
    connect(document, &Document::propertyChanged, this, &CanvasScene::onChanged);
    connect(document, &Document::objectRenamed, this, &CanvasScene::onRenamed);
    connect(document, &Document::layoutChanged, this, &CanvasScene::onLayoutChanged);
    if (mEngine)
        connect(mEngine, &ValidationEngine::findingsChanged, this, &CanvasScene::updateBadges);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        const QStringList ids = selectedIds();
        const bool oneSubnet = ids.size() == 1 && design().findSubnet(ids.first());
        mRoutes->showSubnet(oneSubnet ? ids.first() : QString());
    });
    reset();
}

CanvasScene::~CanvasScene()
{
    // Items are deleted here, while the scene is whole; deleting selected ones must not
    // reach the selection handlers.
    const QSignalBlocker block(this);
    clear();
}

const Design &CanvasScene::design() const
{
    return mDocument->design();
}

void CanvasScene::reset()
{
    {
        const QSignalBlocker block(this); // no selection signals from dying items
        clear();                          // deletes every item
    }
    mRoutes = nullptr; // gone with the items; views may ask before they are made again
    mPackets = nullptr;
    mCompare = nullptr;
    mAdded.clear();
    mChanged.clear();
    mItems.clear();
    mRegions.clear();
    setSceneRect(QRectF());
    mGeometry = std::make_unique<CanvasGeometry>(mDocument->design());
    mRoutes = new RouteOverlay(this);
    addItem(mRoutes);
    mPackets = new PacketOverlay(this);
    mPackets->setVisible(mSimulationShown);
    addItem(mPackets);
    mCompare = new CompareOverlay(this);
    addItem(mCompare);
    const Design &d = design();
    for (const Vpc *v : d.vpcs())
        createTree(*v);
    for (const PeeringConnection *p : d.peerings())
        createItem(*p);
    mDirtyAll = true;
    if (mEngine) {
        mBadges.clear();
        updateBadges();
    }
    flush();
}

void CanvasScene::createItem(const Object &object)
{
    if (mItems.contains(object.id))
        return;
    ObjectItem *item = nullptr;
    switch (object.kind) {
    case ObjectKind::Vpc:
        item = new VpcItem(this, object.id);
        break;
    case ObjectKind::Subnet:
        item = new SubnetItem(this, object.id);
        break;
    case ObjectKind::Instance:
    case ObjectKind::NatGateway:
    case ObjectKind::Endpoint:
    case ObjectKind::InternetGateway:
    case ObjectKind::EgressOnlyInternetGateway:
        item = new NodeItem(this, object.id, object.kind);
        break;
    case ObjectKind::RouteTable:
    case ObjectKind::NetworkAcl:
    case ObjectKind::SecurityGroup:
    case ObjectKind::FlowLog:
        item = new ChipItem(this, object.id, object.kind);
        break;
    case ObjectKind::PeeringConnection:
        item = new PeeringItem(this, object.id);
        break;
    case ObjectKind::Bucket:
    case ObjectKind::Intent:
    case ObjectKind::Scenario:
    case ObjectKind::Flow:
        return; // buckets and intents (in the outline) and traffic are not drawn on the canvas
    }
    mItems.insert(object.id, item);
    if (!mSmallItemsShown && object.kind != ObjectKind::Vpc && object.kind != ObjectKind::Subnet &&
        object.kind != ObjectKind::PeeringConnection)
        item->setVisible(false);
    addItem(item);
}

void CanvasScene::createTree(const Object &object)
{
    createItem(object);
    Design::forEachChild(object, [this](Object &child) { createTree(child); });
}

void CanvasScene::removeItem(const QString &id)
{
    ObjectItem *item = mItems.take(id);
    if (item && item->isSelected())
        item->setSelected(false); // say so while the item is still whole
    delete item;                  // QGraphicsItem's destructor takes it off the scene
}

void CanvasScene::schedule()
{
    if (mScheduled)
        return;
    mScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (mScheduled)
            flush();
    });
}

void CanvasScene::markAll()
{
    mDirtyAll = true;
    schedule();
}

void CanvasScene::markDirty(const Object &object)
{
    if (object.kind == ObjectKind::PeeringConnection) {
        if (ObjectItem *item = mItems.value(object.id, nullptr))
            item->sync();
        return;
    }
    if (object.kind == ObjectKind::Scenario || object.kind == ObjectKind::Flow || object.kind == ObjectKind::Bucket ||
        object.kind == ObjectKind::Intent)
        return;
    if (const Vpc *vpc = design().vpcOf(object))
        mDirtyVpcs.insert(vpc->id);
    schedule();
}

void CanvasScene::onAdded(const QString &id)
{
    const Object *o = design().find(id);
    if (!o)
        return;
    createItem(*o);
    // A new VPC or one with a new gateway may move what comes after it: place all.
    if (o->kind == ObjectKind::Vpc)
        markAll();
    else
        markDirty(*o);
}

void CanvasScene::onAboutToRemove(const QString &id)
{
    const Object *o = design().find(id);
    if (o && o->kind == ObjectKind::Vpc) {
        mDirtyVpcs.remove(id);
        markAll();
    } else if (o && o->parent) {
        markDirty(*o);
    }
    removeItem(id);
}

void CanvasScene::onChanged(const QString &id, const QString &key)
{
    const Object *o = design().find(id);
    if (!o)
        return;
    if (o->kind == ObjectKind::Vpc && key == QLatin1String("region"))
        markAll(); // the VPC moves to its region's frame
    else
        markDirty(*o);
    // Peerings show their VPCs' state; a VPC's blocks can break one.
    if (o->kind == ObjectKind::PeeringConnection &&
        (key == QLatin1String("requester") || key == QLatin1String("accepter")))
        markAll();
}

void CanvasScene::onRenamed(const QString &oldId, const QString &newId)
{
    if (ObjectItem *item = mItems.take(oldId)) {
        item->setId(newId);
        mItems.insert(newId, item);
    }
    // Geometry, badges and peerings are keyed by ids: redo them.
    markAll();
}

void CanvasScene::onLayoutChanged(const QString &id)
{
    const Object *o = design().find(id);
    if (!o)
        return;
    if (o->kind == ObjectKind::Vpc)
        mDirtyVpcs.insert(id); // rebuildVpc falls back to a full pass when needed
    markDirty(*o);
}

void CanvasScene::flush()
{
    mScheduled = false;
    if (!mDirtyAll) {
        for (const QString &id : std::as_const(mDirtyVpcs)) {
            if (!design().findVpc(id))
                continue;
            if (!mGeometry->rebuildVpc(id)) {
                mDirtyAll = true;
                break;
            }
        }
    }
    if (mDirtyAll) {
        mGeometry->rebuild();
        syncAll();
    } else {
        for (const QString &id : std::as_const(mDirtyVpcs))
            syncVpc(id);
        if (!mDirtyVpcs.isEmpty())
            syncRegions();
    }
    const bool changed = mDirtyAll || !mDirtyVpcs.isEmpty();
    mDirtyAll = false;
    mDirtyVpcs.clear();
    if (changed) {
        mRoutes->showSubnet(mRoutes->subnet());
        // The scene only grows between resets, and not during a gesture.
        if (!mGesture)
            setSceneRect(sceneRect().united(designBounds()));
        Q_EMIT geometryChanged();
    }
}

void CanvasScene::syncAll()
{
    for (ObjectItem *item : std::as_const(mItems))
        item->sync();
    syncRegions();
}

void CanvasScene::syncVpc(const QString &vpcId)
{
    const Vpc *vpc = design().findVpc(vpcId);
    if (!vpc)
        return;
    if (ObjectItem *item = mItems.value(vpcId, nullptr))
        item->sync();
    Design::forEachChild(*vpc, [this](Object &child) {
        if (ObjectItem *item = mItems.value(child.id, nullptr))
            item->sync();
    });
    for (const PeeringConnection *p : design().peerings())
        if (p->requester == vpcId || p->accepter == vpcId)
            if (ObjectItem *item = mItems.value(p->id, nullptr))
                item->sync();
}

void CanvasScene::syncRegions()
{
    const QList<CanvasGeometry::Region> &regions = mGeometry->regions();
    while (mRegions.size() > regions.size())
        delete mRegions.takeLast();
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (i < mRegions.size()) {
            mRegions[i]->set(regions[i].name, regions[i].rect);
            continue;
        }
        auto *item = new RegionItem(regions[i].name, regions[i].rect);
        addItem(item);
        mRegions.append(item);
    }
}

QRectF CanvasScene::designBounds() const
{
    const QRectF b = mGeometry->bounds();
    return b.isEmpty() ? QRectF(0, 0, 800, 600) : b.adjusted(-60, -60, 60, 60);
}

QStringList CanvasScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *i : selectedItems())
        if (i->type() == ObjectItem::Type)
            ids.append(static_cast<ObjectItem *>(i)->id());
    return ids;
}

void CanvasScene::selectIds(const QStringList &ids)
{
    QStringList current = selectedIds();
    QStringList wanted = ids;
    current.sort();
    wanted.sort();
    if (current == wanted)
        return;
    const QSignalBlocker block(this);
    clearSelection();
    for (const QString &id : ids)
        if (ObjectItem *item = mItems.value(id, nullptr))
            item->setSelected(true);
    const bool oneSubnet = ids.size() == 1 && design().findSubnet(ids.first());
    mRoutes->showSubnet(oneSubnet ? ids.first() : QString());
}

void CanvasScene::setDrawingZoom(qreal zoom)
{
    const bool show = zoom >= SmallItemsZoom;
    if (show == mSmallItemsShown)
        return;
    mSmallItemsShown = show;
    for (ObjectItem *item : std::as_const(mItems)) {
        switch (item->kind()) {
        case ObjectKind::Vpc:
        case ObjectKind::Subnet:
        case ObjectKind::PeeringConnection:
            break;
        default:
            item->setVisible(show);
            break;
        }
    }
}

void CanvasScene::setSimulationShown(bool shown)
{
    mSimulationShown = shown;
    if (!mPackets)
        return;
    if (!shown)
        mPackets->clear();
    mPackets->setVisible(shown);
}

void CanvasScene::setTheme(const CanvasTheme &theme)
{
    mTheme = theme;
    if (mRoutes)
        mRoutes->showSubnet(mRoutes->subnet()); // its arrows keep their colours
    update();
}

void CanvasScene::setGestureActive(bool active)
{
    mGesture = active;
    if (!active)
        setSceneRect(sceneRect().united(designBounds()));
}

const CanvasScene::Badge *CanvasScene::badge(const QString &id) const
{
    const auto it = mBadges.constFind(id);
    return it == mBadges.constEnd() ? nullptr : &*it;
}

void CanvasScene::updateBadges()
{
    QHash<QString, Badge> badges;
    QSet<QString> broken;
    for (const Finding &f : mEngine->findings()) {
        // The badge goes on the most specific object that is drawn.
        QString on;
        for (const QString &id : f.objects)
            if (mItems.contains(id)) {
                on = id;
                break;
            }
        if (on.isEmpty())
            continue;
        Badge &b = badges[on];
        if (b.messages.isEmpty() || f.severity < b.severity)
            b.severity = f.severity;
        b.messages.append(QStringLiteral("%1: %2").arg(f.rule, f.message));
        if (f.rule == QLatin1String(Catalogue::PeeringCidrOverlap.id))
            broken.insert(f.objects.first());
    }
    QSet<QString> touched;
    for (auto it = mBadges.constBegin(); it != mBadges.constEnd(); ++it)
        touched.insert(it.key());
    for (auto it = badges.constBegin(); it != badges.constEnd(); ++it)
        touched.insert(it.key());
    touched |= mBroken;
    touched |= broken;
    mBadges = std::move(badges);
    mBroken = std::move(broken);
    for (const QString &id : std::as_const(touched))
        if (ObjectItem *item = mItems.value(id, nullptr))
            item->sync();
}

void CanvasScene::setComparison(const QSet<QString> &added, const QSet<QString> &changed, const QStringList &removed,
                                const Design *other)
{
    QSet<QString> touched = mAdded | mChanged | added | changed;
    mAdded = added;
    mChanged = changed;
    for (const QString &id : std::as_const(touched))
        if (ObjectItem *i = item(id))
            i->update();
    QList<CompareOverlay::Ghost> ghosts;
    if (other && !removed.isEmpty()) {
        CanvasGeometry geometry(*other);
        geometry.rebuild();
        for (const QString &id : removed) {
            const QRectF r = geometry.rect(id);
            if (!r.isEmpty())
                ghosts.append({id, r});
        }
    }
    if (mCompare)
        mCompare->setGhosts(std::move(ghosts));
}
