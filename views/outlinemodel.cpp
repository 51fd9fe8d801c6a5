#include "outlinemodel.h"

#include "document.h"
#include "properties.h"

OutlineModel::OutlineModel(Document *document, QObject *parent) : QAbstractItemModel(parent), mDocument(document)
{
    rebuild();
    connect(document, &Document::designReset, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(document, &Document::objectAdded, this, &OutlineModel::onAdded);
    connect(document, &Document::objectAboutToBeRemoved, this, &OutlineModel::onAboutToRemove);
    connect(document, &Document::propertyChanged, this, &OutlineModel::onChanged);
    connect(document, &Document::objectRenamed, this, &OutlineModel::onRenamed);
}

OutlineModel::~OutlineModel() = default;

void OutlineModel::rebuild()
{
    mRoot.children.clear();
    mNodes.clear();
    const Design &design = mDocument->design();
    int row = 0;
    for (const Vpc *v : design.vpcs())
        addTree(*v, &mRoot, row++);
    for (const PeeringConnection *p : design.peerings())
        addTree(*p, &mRoot, row++);
    for (const Bucket *b : design.buckets())
        addTree(*b, &mRoot, row++);
    for (const Intent *i : design.intents())
        addTree(*i, &mRoot, row++);
    for (const Scenario *s : design.scenarios())
        addTree(*s, &mRoot, row++);
}

void OutlineModel::addTree(const Object &object, Node *parent, int row)
{
    auto node = std::make_unique<Node>();
    node->id = object.id;
    node->parent = parent;
    Node *raw = node.get();
    parent->children.insert(parent->children.begin() + row, std::move(node));
    mNodes.insert(object.id, raw);
    int childRow = 0;
    Design::forEachChild(object, [&](Object &child) { addTree(child, raw, childRow++); });
}

OutlineModel::Node *OutlineModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : const_cast<Node *>(&mRoot);
}

int OutlineModel::rowOf(const Node *node) const
{
    const auto &siblings = node->parent->children;
    for (size_t i = 0; i < siblings.size(); ++i)
        if (siblings[i].get() == node)
            return int(i);
    return -1;
}

QModelIndex OutlineModel::indexFor(const Node *node, int column) const
{
    if (!node || node == &mRoot)
        return {};
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeFor(parent);
    if (row < 0 || size_t(row) >= p->children.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeFor(child);
    if (!child.isValid() || !n->parent || n->parent == &mRoot)
        return {};
    return indexFor(n->parent, 0);
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int OutlineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

namespace {

QString detailOf(const Design &design, const Object &o)
{
    switch (o.kind) {
    case ObjectKind::Vpc: {
        const auto &v = static_cast<const Vpc &>(o);
        QStringList blocks;
        for (const Cidr &c : v.cidrBlocks)
            blocks.append(c.toString());
        for (const Cidr &c : v.ipv6CidrBlocks)
            blocks.append(c.toString());
        return v.region + QStringLiteral("  ") + blocks.join(QStringLiteral(", "));
    }
    case ObjectKind::Subnet: {
        const auto &s = static_cast<const Subnet &>(o);
        return s.az + QStringLiteral("  ") + s.cidr.toString();
    }
    case ObjectKind::Instance: {
        const auto &i = static_cast<const Instance &>(o);
        return i.privateIp.isValid() ? i.privateIp.toString() : i.subnet;
    }
    case ObjectKind::PeeringConnection: {
        const auto &p = static_cast<const PeeringConnection &>(o);
        return p.requester + QStringLiteral(" ↔ ") + p.accepter;
    }
    case ObjectKind::Flow: {
        const auto &f = static_cast<const Flow &>(o);
        return f.from + QStringLiteral(" → ") + f.to;
    }
    case ObjectKind::Endpoint: {
        const auto &e = static_cast<const Endpoint &>(o);
        return enumName(e.type) + QLatin1Char(' ') + e.service;
    }
    case ObjectKind::Bucket: {
        const auto &b = static_cast<const Bucket &>(o);
        return b.region + QStringLiteral("  s3://") + b.effectiveBucketName();
    }
    case ObjectKind::Intent: {
        const auto &i = static_cast<const Intent &>(o);
        return QStringLiteral("%1 \u2192 %2: %3")
            .arg(i.from.join(QStringLiteral(", ")), i.to.join(QStringLiteral(", ")), enumName(i.expect));
    }
    case ObjectKind::RouteTable:
        return design.isImplicitId(o.id)
                   ? QString()
                   : OutlineModel::tr("%n route(s)", nullptr, int(static_cast<const RouteTable &>(o).routes.size()));
    default:
        return {};
    }
}

QString nameOf(const Object &o)
{
    if (const PropertyDef *def = findProperty(o.kind, std::string_view("name"))) {
        const QString name = def->get(o).toString();
        if (!name.isEmpty())
            return QStringLiteral("%1 (%2)").arg(o.id, name);
    }
    return o.id;
}

} // namespace

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    const Object *o = mDocument->find(n->id);
    if (!o)
        return {};
    if (role == IdRole)
        return o->id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return nameOf(*o);
        case KindColumn:
            return kindName(o->kind);
        case DetailColumn:
            return detailOf(mDocument->design(), *o);
        default:
            break;
        }
    }
    return {};
}

QVariant OutlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Object");
    case KindColumn:
        return tr("Kind");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

QModelIndex OutlineModel::indexOf(const QString &id, int column) const
{
    return indexFor(mNodes.value(id, nullptr), column);
}

QString OutlineModel::idAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->id : QString();
}

int OutlineModel::designRow(const Object &object) const
{
    const Design &design = mDocument->design();
    const ObjectPosition pos = design.positionOf(object);
    if (!object.parent) {
        const int vpcs = int(design.vpcs().size());
        const int peerings = int(design.peerings().size());
        const int buckets = int(design.buckets().size());
        const int intents = int(design.intents().size());
        switch (object.kind) {
        case ObjectKind::Vpc:
            return pos.index;
        case ObjectKind::PeeringConnection:
            return vpcs + pos.index;
        case ObjectKind::Bucket:
            return vpcs + peerings + pos.index;
        case ObjectKind::Intent:
            return vpcs + peerings + buckets + pos.index;
        default:
            return vpcs + peerings + buckets + intents + pos.index;
        }
    }
    if (object.parent->kind == ObjectKind::Scenario)
        return pos.index;
    // A VPC's rows: its child lists one after another, in file order.
    const auto *vpc = static_cast<const Vpc *>(object.parent);
    int row = 0;
    for (const ChildListDef &def : childListsOf(ObjectKind::Vpc)) {
        if (def.kind == object.kind)
            return row + pos.index;
        row += int(vpc->childList(def.kind)->size());
    }
    return row;
}

void OutlineModel::onAdded(const QString &id)
{
    if (mNodes.contains(id))
        return;
    const Object *o = mDocument->find(id);
    if (!o)
        return;
    Node *parent = o->parent ? mNodes.value(o->parent->id, nullptr) : &mRoot;
    if (!parent)
        return;
    const int row = std::min(designRow(*o), int(parent->children.size()));
    beginInsertRows(indexFor(parent, 0), row, row);
    auto node = std::make_unique<Node>();
    node->id = id;
    node->parent = parent;
    mNodes.insert(id, node.get());
    parent->children.insert(parent->children.begin() + row, std::move(node));
    endInsertRows();
}

void OutlineModel::forget(Node *node)
{
    for (auto &child : node->children)
        forget(child.get());
    mNodes.remove(node->id);
}

void OutlineModel::onAboutToRemove(const QString &id)
{
    Node *node = mNodes.value(id, nullptr);
    if (!node)
        return;
    const int row = rowOf(node);
    Node *parent = node->parent;
    beginRemoveRows(indexFor(parent, 0), row, row);
    forget(node);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

void OutlineModel::onChanged(const QString &id)
{
    if (Node *node = mNodes.value(id, nullptr))
        Q_EMIT dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
}

void OutlineModel::onRenamed(const QString &oldId, const QString &newId)
{
    Node *node = mNodes.take(oldId);
    if (!node)
        return;
    node->id = newId;
    mNodes.insert(newId, node);
    onChanged(newId);
}
