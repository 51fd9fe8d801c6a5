#include "contextmenus.h"

#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "findingsmodel.h"
#include "issuespanel.h"
#include "mainwindow.h"
#include "outlinemodel.h"
#include "selection.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeView>

namespace {

QAction *add(QMenu *menu, const QString &text, const char *name, std::function<void()> f,
             const QKeySequence &shortcut = {})
{
    QAction *a = menu->addAction(text);
    a->setObjectName(QLatin1String(name));
    a->setShortcut(shortcut); // shown as a reminder; the window's actions own the keys
    QObject::connect(a, &QAction::triggered, menu, std::move(f));
    return a;
}

bool canBeFlowEnd(const Object &o)
{
    return o.kind == ObjectKind::Instance || o.kind == ObjectKind::NatGateway ||
           (o.kind == ObjectKind::Endpoint && static_cast<const Endpoint &>(o).isInterface());
}

/// Sample ends for a flow started from the menu: a web server on the internet to reach,
/// a client on the internet to be reached from (documentation addresses, RFC 5737).
const QString InternetServer = QStringLiteral("198.51.100.10");
const QString InternetClient = QStringLiteral("203.0.113.10");

} // namespace

ContextMenus::ContextMenus(MainWindow *window) : QObject(window), mWindow(window) {}

void ContextMenus::popup(QMenu *menu, const QPoint &globalPos)
{
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPos);
}

QMenu *ContextMenus::canvasMenu(const QString &id, const QPointF &scenePos, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("CanvasMenu"));
    const Design &design = mWindow->document()->design();
    if (id.isEmpty() || !design.find(id)) {
        // The empty canvas.
        QAction *paste = add(
            menu, tr("&Paste Here"), "ctx-paste-here", [this, scenePos] { mWindow->pasteInto({}, scenePos); },
            QKeySequence::Paste);
        paste->setEnabled(mWindow->canPaste());
        add(menu, tr("Add a &VPC Here"), "ctx-add-vpc",
            [this, scenePos] { mWindow->addObjectAt(ObjectKind::Vpc, {}, scenePos); });
        add(menu, tr("Add an S3 &Bucket"), "ctx-add-bucket",
            [this] { mWindow->addObjectAt(ObjectKind::Bucket, {}, std::nullopt); });
        add(menu, tr("Add an &Intent"), "ctx-add-intent",
            [this] { mWindow->addObjectAt(ObjectKind::Intent, {}, std::nullopt); });
        menu->addSeparator();
        add(
            menu, tr("&Fit to Window"), "ctx-fit", [this] { mWindow->canvas()->fitToWindow(); },
            QKeySequence(Qt::CTRL | Qt::Key_0));
        add(
            menu, tr("Select &All"), "ctx-select-all", [this] { mWindow->selectAll(); }, QKeySequence::SelectAll);
        return menu;
    }
    addObjectEntries(menu, id, scenePos);
    addSimulateEntries(menu, id);
    addCommonEntries(menu, id);
    return menu;
}

void ContextMenus::addObjectEntries(QMenu *menu, const QString &id, const QPointF &scenePos)
{
    const Design &design = mWindow->document()->design();
    const Object *o = design.find(id);
    const CanvasGeometry &geometry = mWindow->canvasScene()->geometry();
    switch (o->kind) {
    case ObjectKind::Vpc: {
        Placement::Target here = geometry.targetAt(scenePos);
        if (here.vpcId != id)
            here = Placement::Target{id, {}, {}};
        here.subnetId.clear();
        add(menu, tr("Add a &Subnet Here"), "ctx-add-subnet",
            [this, here] { mWindow->addObjectAt(ObjectKind::Subnet, here, std::nullopt); });
        if (Placement::refusal(design, ObjectKind::InternetGateway, {id, {}, {}}).isEmpty())
            add(menu, tr("Add an &Internet Gateway"), "ctx-add-igw", [this, id] {
                mWindow->addObjectAt(ObjectKind::InternetGateway, {id, {}, {}}, std::nullopt);
            });
        // Peering: every other VPC, those already peered greyed out.
        QMenu *peer = menu->addMenu(tr("&Peer With"));
        peer->menuAction()->setObjectName(QStringLiteral("ctx-peer"));
        for (const Vpc *other : design.vpcs()) {
            if (other->id == id)
                continue;
            bool peered = false;
            for (const PeeringConnection *p : design.peerings())
                peered = peered || p->peerOf(id) == other->id;
            const QString label =
                other->name.isEmpty() ? other->id : QStringLiteral("%1 (%2)").arg(other->id, other->name);
            QAction *a = peer->addAction(label, this, [this, id, otherId = other->id] { mWindow->peer(id, otherId); });
            a->setEnabled(!peered);
            if (peered)
                a->setToolTip(tr("Already peered"));
        }
        peer->setEnabled(!peer->isEmpty());
        QAction *paste = add(menu, tr("Paste &into %1").arg(id), "ctx-paste-into", [this, id] {
            mWindow->pasteInto({id, {}, {}}, std::nullopt);
        });
        paste->setEnabled(mWindow->canPaste());
        menu->addSeparator();
        break;
    }
    case ObjectKind::Subnet: {
        const auto *subnet = static_cast<const Subnet *>(o);
        const Vpc *vpc = design.vpcOf(*o);
        const Placement::Target here{vpc->id, id, subnet->az};
        add(menu, tr("Add an &Instance Here"), "ctx-add-instance",
            [this, here] { mWindow->addObjectAt(ObjectKind::Instance, here, std::nullopt); });
        add(menu, tr("Add a &NAT Gateway Here"), "ctx-add-nat",
            [this, here] { mWindow->addObjectAt(ObjectKind::NatGateway, here, std::nullopt); });
        add(menu, tr("Add an Interface &Endpoint Here"), "ctx-add-endpoint",
            [this, here] { mWindow->addObjectAt(ObjectKind::Endpoint, here, std::nullopt); });
        QAction *paste = add(menu, tr("Paste &into %1").arg(id), "ctx-paste-into",
                             [this, here] { mWindow->pasteInto(here, std::nullopt); });
        paste->setEnabled(mWindow->canPaste());
        menu->addSeparator();
        break;
    }
    case ObjectKind::PeeringConnection: {
        const auto *p = static_cast<const PeeringConnection *>(o);
        add(menu, tr("Select Its &VPCs"), "ctx-select-vpcs", [this, a = p->requester, b = p->accepter] {
            mWindow->selection()->set({a, b}, true);
        });
        menu->addSeparator();
        break;
    }
    default:
        break;
    }
}

void ContextMenus::addSimulateEntries(QMenu *menu, const QString &id)
{
    const Design &design = mWindow->document()->design();
    const Object *o = design.find(id);
    if (!o || !canBeFlowEnd(*o))
        return;
    // With two possible ends selected: a flow between them.
    const QStringList selected = mWindow->selection()->ids();
    QString other;
    for (const QString &s : selected)
        if (const Object *x = design.find(s); s != id && x && canBeFlowEnd(*x))
            other = s;
    add(menu, tr("Simulate &From Here"), "ctx-simulate-from",
        [this, id, other] { mWindow->simulateBetween(id, other.isEmpty() ? InternetServer : other); });
    add(menu, tr("Simulate &To Here"), "ctx-simulate-to",
        [this, id, other] { mWindow->simulateBetween(other.isEmpty() ? InternetClient : other, id); });
    menu->addSeparator();
}

void ContextMenus::addCommonEntries(QMenu *menu, const QString &id)
{
    const Object *o = mWindow->document()->find(id);
    if (o && o->kind != ObjectKind::PeeringConnection) {
        add(
            menu, tr("D&uplicate"), "ctx-duplicate", [this] { mWindow->duplicateSelection(); },
            QKeySequence(Qt::CTRL | Qt::Key_D));
        add(
            menu, tr("&Copy"), "ctx-copy", [this] { mWindow->copySelection(); }, QKeySequence::Copy);
    }
    add(menu, tr("Copy &Id"), "ctx-copy-id", [id] { QGuiApplication::clipboard()->setText(id); });
    add(
        menu, tr("&Delete"), "ctx-delete", [this] { mWindow->deleteSelection(); }, QKeySequence::Delete);
    menu->addSeparator();
    add(menu, tr("P&roperties"), "ctx-properties", [this] { mWindow->showDock(QStringLiteral("InspectorDock")); });
}

QMenu *ContextMenus::outlineMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("OutlineMenu"));
    const QString id = index.isValid() ? mWindow->outlineModel()->idAt(index) : QString();
    if (id.isEmpty() || !mWindow->document()->find(id)) {
        add(menu, tr("&Expand All"), "ctx-expand", [this] { mWindow->outlineView()->expandAll(); });
        add(menu, tr("&Collapse All"), "ctx-collapse", [this] { mWindow->outlineView()->collapseAll(); });
        return menu;
    }
    add(menu, tr("&Go To"), "ctx-go-to", [this, id] { mWindow->selection()->set({id}, true); });
    menu->addSeparator();
    addSimulateEntries(menu, id);
    addCommonEntries(menu, id);
    return menu;
}

QMenu *ContextMenus::issuesMenu(int row, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("IssuesMenu"));
    IssuesPanel *panel = mWindow->issuesPanel();
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(panel->view()->model());
    const QModelIndex source = proxy ? proxy->mapToSource(proxy->index(row, 0)) : QModelIndex();
    if (!source.isValid())
        return menu;
    const Finding finding = panel->model()->finding(source.row());
    add(menu, tr("&Go To"), "ctx-go-to", [panel, row] { panel->activateRow(row); });
    add(menu, tr("&Copy Message"), "ctx-copy-message", [finding] {
        QGuiApplication::clipboard()->setText(QStringLiteral("%1 %2 %3: %4")
                                                  .arg(QLatin1String(severityName(finding.severity)), finding.rule,
                                                       finding.objects.join(QLatin1Char(',')), finding.message));
    });
    add(menu, tr("&Explain the Rule %1").arg(finding.rule), "ctx-explain",
        [this, finding] { mWindow->explainFinding(finding); });
    if (!finding.witness.isEmpty()) {
        QAction *replay = add(menu, tr("&Replay in Simulation"), "ctx-replay-witness",
                              [this, finding] { mWindow->replayWitness(finding); });
        replay->setToolTip(tr("Add the packet that breaks the intent as a flow and follow it hop by hop"));
    }
    return menu;
}
