// MainWindow: the edits of the Edit menu, the palette and the context menus.

#include "canvasscene.h"
#include "canvasview.h"
#include "connectcommand.h"
#include "document.h"
#include "explain.h"
#include "finding.h"
#include "mainwindow.h"
#include "selection.h"
#include "simulationpanel.h"

#include <QStatusBar>

void MainWindow::deleteSelection()
{
    const int n = EditOperations::remove(mDocument, mSelection->ids());
    if (n > 0)
        showStatus(tr("Removed %n object(s) and what depended on them", nullptr, n), 4000);
}

void MainWindow::copySelection()
{
    mClipboard = EditOperations::copy(mDocument, mSelection->ids());
    showStatus(tr("Copied %n object(s)", nullptr, int(mClipboard.ids.size())), 3000);
    Q_EMIT mSelection->changed(mSelection->ids()); // refreshes Paste's state
}

void MainWindow::cutSelection()
{
    copySelection();
    deleteSelection();
}

namespace {

/// Where Paste puts things: into the selected subnet or VPC (the container of the
/// selected object) when one is selected.
Placement::Target pasteTarget(const Design &design, const QStringList &selection)
{
    if (selection.size() != 1)
        return {};
    const Object *o = design.find(selection.first());
    if (!o)
        return {};
    if (o->kind == ObjectKind::Subnet)
        return {design.vpcOf(*o)->id, o->id, static_cast<const Subnet *>(o)->az};
    if (o->kind == ObjectKind::Vpc)
        return {o->id, {}, {}};
    return {};
}

} // namespace

void MainWindow::paste()
{
    pasteInto(pasteTarget(mDocument->design(), mSelection->ids()), std::nullopt);
}

void MainWindow::pasteInto(const Placement::Target &into, std::optional<QPointF> at)
{
    if (mClipboard.isEmpty())
        return;
    mScene->flush();
    EditOperations::PasteResult result = EditOperations::paste(mDocument, mClipboard, into, &mScene->geometry(), at);
    if (result.added.isEmpty()) {
        showStatus(result.notes.isEmpty() ? tr("Nothing to paste: the copied objects' VPCs are gone")
                                          : tr("Nothing pasted: %1").arg(result.notes.join(QStringLiteral("; "))),
                   8000);
        return;
    }
    mScene->flush();
    mSelection->set(result.added, true);
    QString message = tr("Pasted %n object(s)", nullptr, int(result.added.size()));
    if (!result.notes.isEmpty())
        message += QStringLiteral(": ") + result.notes.join(QStringLiteral("; "));
    showStatus(message, 8000);
}

void MainWindow::duplicateSelection()
{
    if (mSelection->ids().isEmpty())
        return;
    mScene->flush();
    EditOperations::PasteResult result = EditOperations::duplicate(mDocument, mSelection->ids(), &mScene->geometry());
    if (result.added.isEmpty()) {
        showStatus(tr("Nothing duplicated: %1").arg(result.notes.join(QStringLiteral("; "))), 8000);
        return;
    }
    mScene->flush();
    mSelection->set(result.added, true);
    QString message = tr("Duplicated %n object(s)", nullptr, int(result.added.size()));
    if (!result.notes.isEmpty())
        message += QStringLiteral(": ") + result.notes.join(QStringLiteral("; "));
    showStatus(message, 8000);
}

void MainWindow::selectAll()
{
    mSelection->set(EditOperations::all(mDocument));
}

void MainWindow::addObjectAt(ObjectKind kind, const Placement::Target &target, std::optional<QPointF> at)
{
    mScene->flush();
    std::optional<LayoutRect> layout;
    if (at && kind == ObjectKind::Vpc)
        layout = LayoutRect{at->x(), at->y(), 0, 0};
    QString message;
    const QString id = EditOperations::add(mDocument, kind, target, layout, &message);
    if (id.isEmpty()) {
        showStatus(tr("Not added: %1").arg(message));
        return;
    }
    mScene->flush();
    mSelection->set({id}, true);
    showStatus(message);
}

void MainWindow::addFromPalette(ObjectKind kind)
{
    if (kind == ObjectKind::PeeringConnection) {
        // Two VPCs selected: peer them; else say how.
        QStringList vpcs;
        for (const QString &id : mSelection->ids())
            if (mDocument->design().findVpc(id))
                vpcs.append(id);
        if (vpcs.size() == 2) {
            peer(vpcs[0], vpcs[1]);
            return;
        }
        showStatus(tr("Select two VPCs and click Peering again, or drag from one VPC's link handle "
                      "to another"));
        return;
    }
    mCanvas->addObject(kind);
}

void MainWindow::peer(const QString &a, const QString &b)
{
    auto command = ConnectCommand::peer(mDocument, a, b);
    if (!command) {
        showStatus(tr("%1 and %2 cannot be peered").arg(a, b));
        return;
    }
    const QString id = command->createdId();
    mDocument->undoStack()->push(command.release());
    mScene->flush();
    mSelection->set({id});
    showStatus(tr("Peered %1 with %2 through %3").arg(a, b, id));
}

void MainWindow::replayWitness(const Finding &finding)
{
    if (!finding.witness.isEmpty())
        replayPacket(finding.witness, finding.objects.value(0));
}

void MainWindow::replayPacket(const Witness &w, const QString &what)
{
    const auto protocol = Protocol::parse(w.protocol.toStdString());
    setSimulationMode(true);
    const QString flow = mSimulation->addFlowBetween(w.from, w.to, protocol.value_or(Protocol(Protocol::Tcp)), w.port);
    showStatus(tr("The witness of %1 is the flow %2: %3 from %4 to %5")
                   .arg(what, flow, Explain::traffic(protocol.value_or(Protocol(Protocol::Tcp)), w.port), w.from, w.to),
               8000);
}

void MainWindow::simulateBetween(const QString &from, const QString &to)
{
    setSimulationMode(true);
    const QString flow = mSimulation->addFlowBetween(from, to);
    showStatus(tr("Added the flow %1 from %2 to %3: edit it in the Simulation panel, then play (%4)")
                   .arg(flow, from, to, QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText)),
               8000);
}
