#include "palettewidget.h"

#include "canvasview.h"
#include "icons.h"
#include "objects.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>

namespace {

struct Entry
{
    ObjectKind kind;
    const char *icon;
    const char *label;
    const char *hint;
};

const Entry Entries[] = {
    {ObjectKind::Vpc, "vpc", QT_TRANSLATE_NOOP("PaletteWidget", "VPC"),
     QT_TRANSLATE_NOOP("PaletteWidget", "Drop on the empty canvas: a VPC with the next free /16")},
    {ObjectKind::Subnet, "subnet-private", QT_TRANSLATE_NOOP("PaletteWidget", "Subnet"),
     QT_TRANSLATE_NOOP("PaletteWidget", "Drop in a VPC's AZ column: the next free /24 in that AZ")},
    {ObjectKind::Instance, "instance", QT_TRANSLATE_NOOP("PaletteWidget", "Instance"),
     QT_TRANSLATE_NOOP("PaletteWidget", "Drop in a subnet: the next free usable address")},
    {ObjectKind::NatGateway, "nat-gateway", QT_TRANSLATE_NOOP("PaletteWidget", "NAT gateway"),
     QT_TRANSLATE_NOOP("PaletteWidget", "Drop in a public subnet")},
    {ObjectKind::InternetGateway, "internet-gateway", QT_TRANSLATE_NOOP("PaletteWidget", "Internet gateway"),
     QT_TRANSLATE_NOOP("PaletteWidget", "Drop on a VPC (one per VPC)")},
    {ObjectKind::EgressOnlyInternetGateway, "egress-only-internet-gateway",
     QT_TRANSLATE_NOOP("PaletteWidget", "Egress-only gateway"),
     QT_TRANSLATE_NOOP("PaletteWidget", "Drop on a VPC: IPv6 out, nothing in")},
    {ObjectKind::Endpoint, "interface-endpoint", QT_TRANSLATE_NOOP("PaletteWidget", "Endpoint"),
     QT_TRANSLATE_NOOP("PaletteWidget", "On a subnet: an interface endpoint; on a VPC: an S3 gateway endpoint")},
    {ObjectKind::RouteTable, "route-table", QT_TRANSLATE_NOOP("PaletteWidget", "Route table"),
     QT_TRANSLATE_NOOP("PaletteWidget", "Drop on a VPC")},
    {ObjectKind::NetworkAcl, "network-acl", QT_TRANSLATE_NOOP("PaletteWidget", "Network ACL"),
     QT_TRANSLATE_NOOP("PaletteWidget", "Drop on a VPC")},
    {ObjectKind::SecurityGroup, "security-group", QT_TRANSLATE_NOOP("PaletteWidget", "Security group"),
     QT_TRANSLATE_NOOP("PaletteWidget", "Drop on a VPC")},
    {ObjectKind::FlowLog, "flow-log", QT_TRANSLATE_NOOP("PaletteWidget", "Flow log"),
     QT_TRANSLATE_NOOP("PaletteWidget", "On a VPC or a subnet: logs its traffic")},
    {ObjectKind::PeeringConnection, "peering-connection", QT_TRANSLATE_NOOP("PaletteWidget", "Peering"),
     QT_TRANSLATE_NOOP("PaletteWidget", "Drag from one VPC's link handle (or Shift-drag a VPC) to another")},
};

} // namespace

PaletteWidget::PaletteWidget(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("Palette"));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setViewMode(QListView::ListMode);
    setIconSize(QSize(22, 22));
    setSpacing(1);
    setUniformItemSizes(true);
    setToolTip(tr("Drag onto the canvas, or click to add where it makes sense"));
    for (const Entry &e : Entries) {
        auto *item = new QListWidgetItem(Icons::icon(QLatin1String(e.icon)), tr(e.label), this);
        item->setData(Qt::UserRole, QByteArray(kindTag(e.kind)));
        item->setToolTip(tr(e.hint));
        if (e.kind == ObjectKind::PeeringConnection)
            item->setFlags(item->flags() & ~Qt::ItemIsDragEnabled);
    }
    setCurrentRow(0);
    // A click adds (a drag does not click). A double-click adds one too: nothing more when
    // its first click already did.
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        mLastClick.start();
        mLastClicked = item;
        Q_EMIT addRequested(kindOf(item));
    });
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const bool counted =
            mLastClicked == item && mLastClick.isValid() && mLastClick.elapsed() <= QApplication::doubleClickInterval();
        mLastClick.invalidate();
        if (!counted)
            Q_EMIT addRequested(kindOf(item));
    });
}

ObjectKind PaletteWidget::kindOf(const QListWidgetItem *item)
{
    const QByteArray tag = item->data(Qt::UserRole).toByteArray();
    for (const Entry &e : Entries)
        if (tag == kindTag(e.kind))
            return e.kind;
    return ObjectKind::Vpc;
}

int PaletteWidget::rowOf(ObjectKind kind) const
{
    for (int row = 0; row < count(); ++row)
        if (kindOf(item(row)) == kind)
            return row;
    return -1;
}

QSize PaletteWidget::sizeHint() const
{
    // Every entry in sight, without a scroll bar.
    const int rows = count();
    const int row = rows > 0 ? sizeHintForRow(0) + 2 * spacing() : 24;
    return {std::max(150, sizeHintForColumn(0) + 2 * frameWidth() + 8), rows * row + 2 * frameWidth() + 4};
}

void PaletteWidget::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        Q_EMIT addRequested(kindOf(currentItem()));
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void PaletteWidget::contextMenuEvent(QContextMenuEvent *event)
{
    QListWidgetItem *item = event->reason() == QContextMenuEvent::Mouse ? itemAt(event->pos()) : currentItem();
    QMenu menu(this);
    if (item) {
        const ObjectKind kind = kindOf(item);
        setCurrentItem(item);
        QAction *add =
            menu.addAction(tr("&Add %1").arg(item->text()), this, [this, kind] { Q_EMIT addRequested(kind); });
        add->setToolTip(item->toolTip());
        menu.addSeparator();
    }
    menu.addAction(tr("&Help on the Palette"), this, &PaletteWidget::helpRequested);
    menu.exec(event->globalPos());
}

QStringList PaletteWidget::mimeTypes() const
{
    return {CanvasView::KindMimeType};
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(CanvasView::KindMimeType, items.first()->data(Qt::UserRole).toByteArray());
    return mime;
}
