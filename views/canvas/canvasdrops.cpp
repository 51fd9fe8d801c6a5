// CanvasView: palette drops and additions (what goes where, and why not), and design files
// dropped to be opened.

#include "canvasview.h"

#include "canvasscene.h"
#include "document.h"
#include "editoperations.h"
#include "placement.h"
#include "selection.h"

#include <QCursor>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>

namespace {

std::optional<ObjectKind> kindFromTag(const QByteArray &tag)
{
    for (int k = 0; k < ObjectKindCount; ++k)
        if (tag == kindTag(ObjectKind(k)))
            return ObjectKind(k);
    return std::nullopt;
}

} // namespace

QString CanvasView::dropRefusal(const QMimeData *mime, const QPointF &scenePos, ObjectKind *kind) const
{
    const auto k = kindFromTag(mime->data(KindMimeType));
    if (!k)
        return tr("not something the canvas can add");
    *kind = *k;
    return Placement::refusal(mScene->design(), *k, mScene->geometry().targetAt(scenePos));
}

QStringList CanvasView::designFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (!path.isEmpty() && (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml")))
            paths.append(path);
    }
    return paths;
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    mRefusal.clear();
    if (event->mimeData()->hasFormat(KindMimeType) || !designFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!designFiles(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT statusMessage(tr("Drop to open the design"));
        return;
    }
    ObjectKind kind{};
    const QPointF scenePos = mapToScene(event->position().toPoint());
    const QString why = dropRefusal(event->mimeData(), scenePos, &kind);
    mRefusal = why;
    if (why.isEmpty()) {
        event->acceptProposedAction();
        const Placement::Target t = mScene->geometry().targetAt(scenePos);
        const QString where = !t.subnetId.isEmpty() ? t.subnetId : !t.vpcId.isEmpty() ? t.vpcId : tr("the canvas");
        Q_EMIT statusMessage(tr("Drop to add %1 to %2").arg(kindNameWithArticle(kind), where));
    } else {
        event->ignore();
        Q_EMIT statusMessage(tr("Cannot drop here: %1").arg(why));
    }
}

void CanvasView::dragLeaveEvent(QDragLeaveEvent *event)
{
    // A drag released where it was refused ends with a leave, not a drop: the reason
    // stays in the status bar. A drag that moved away says nothing.
    const bool released = viewport()->rect().contains(viewport()->mapFromGlobal(QCursor::pos()));
    Q_EMIT statusMessage(released && !mRefusal.isEmpty() ? tr("Not added: %1").arg(mRefusal) : QString());
    mRefusal.clear();
    QGraphicsView::dragLeaveEvent(event);
}

void CanvasView::dropEvent(QDropEvent *event)
{
    mRefusal.clear();
    if (const QStringList files = designFiles(event->mimeData()); !files.isEmpty()) {
        event->acceptProposedAction();
        Q_EMIT filesDropped(files);
        return;
    }
    mScene->flush();
    ObjectKind kind{};
    const QPointF scenePos = mapToScene(event->position().toPoint());
    QString message = dropRefusal(event->mimeData(), scenePos, &kind);
    if (!message.isEmpty()) {
        event->ignore();
        Q_EMIT statusMessage(tr("Not added: %1").arg(message));
        return;
    }
    std::optional<LayoutRect> layout;
    if (kind == ObjectKind::Vpc) // a VPC stays where it was dropped
        layout = LayoutRect{snap(scenePos.x() - 40), snap(scenePos.y() - 40), 0, 0};
    const QString id =
        EditOperations::add(mScene->document(), kind, mScene->geometry().targetAt(scenePos), layout, &message);
    if (id.isEmpty()) {
        event->ignore();
        Q_EMIT statusMessage(tr("Not added: %1").arg(message));
        return;
    }
    event->acceptProposedAction();
    mScene->flush();
    mSelection->set({id});
    Q_EMIT statusMessage(message);
}

QString CanvasView::addObject(ObjectKind kind)
{
    mScene->flush();
    const Design &design = mScene->design();
    bool ok = false;
    const Placement::Target target = Placement::targetFor(design, kind, mSelection->ids(), &ok);
    if (!ok) {
        const QString why = Placement::refusal(design, kind, target);
        Q_EMIT statusMessage(tr("Not added: %1").arg(why.isEmpty() ? tr("there is no place for it") : why));
        return {};
    }
    QString message;
    const QString id = EditOperations::add(mScene->document(), kind, target, std::nullopt, &message);
    if (id.isEmpty()) {
        Q_EMIT statusMessage(tr("Not added: %1").arg(message));
        return {};
    }
    mScene->flush();
    mSelection->set({id}, true);
    Q_EMIT statusMessage(message);
    return id;
}
