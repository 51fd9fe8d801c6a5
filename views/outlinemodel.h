#pragma once

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

class Document;
struct Object;

/// The design as a tree (VPCs and what they hold, peering connections, scenarios and
/// their flows), kept in step with the document's change events row by row so that
/// expansion and selection survive edits.
class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, DetailColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit OutlineModel(Document *document, QObject *parent = nullptr);
    ~OutlineModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of the object with this id (invalid when it has none).
    QModelIndex indexOf(const QString &id, int column = NameColumn) const;
    QString idAt(const QModelIndex &index) const;

private:
    struct Node
    {
        QString id;
        Node *parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };

    void rebuild();
    void addTree(const Object &object, Node *parent, int row);
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column) const;
    int rowOf(const Node *node) const;
    /// Where an object belongs among its parent's rows, from its position in the design.
    int designRow(const Object &object) const;
    void forget(Node *node);

    void onAdded(const QString &id);
    void onAboutToRemove(const QString &id);
    void onChanged(const QString &id);
    void onRenamed(const QString &oldId, const QString &newId);

    Document *mDocument;
    Node mRoot;
    QHash<QString, Node *> mNodes;
};
