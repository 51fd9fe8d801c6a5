#include "canvasitems.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "designformat.h"
#include "diagramrenderer.h"
#include "document.h"
#include "editoperations.h"
#include "overlays.h"
#include "palettewidget.h"
#include "propertycommand.h"
#include "selection.h"
#include "validationengine.h"

#include <QApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// The canvas driven as a user drives it, offscreen: palette drops, clicks, drags with
/// the mouse, Shift-drags between VPCs, the resize handle, rubber bands, the wheel;
/// every gesture one undoable step; and export that draws what the canvas shows.
class TestCanvas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dropSubnetInColumn();
    void dropInstanceInSubnet();
    void dropRefusedOutsideVpc();
    void dropVpcOnCanvas();
    void dragMovesVpcAndChildrenFollow();
    void dragMovesSubnetAndWhatItHolds();
    void resizeHandle();
    void shiftDragPeersAndOverlapDrawsBroken();
    void rubberBandSelects();
    void clickSelectsAndRoutesShow();
    void copyPasteDelete();
    void ctrlWheelZooms();
    void badgesFollowFindings();
    void exportShowsTheDesign();

private:
    void open(const QString &path);
    QPoint at(const QPointF &scenePos) const { return mView->mapFromScene(scenePos); }
    QRectF rect(const QString &id) const { return mScene->geometry().rect(id); }
    void mouse(QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    /// Drags a palette entry onto the canvas and drops it; returns whether it was taken.
    bool dropFromPalette(const char *kind, const QPointF &scenePos);

    std::unique_ptr<Document> mDocument;
    ValidationEngine *mEngine = nullptr;
    Selection *mSelection = nullptr;
    CanvasScene *mScene = nullptr;
    CanvasView *mView = nullptr;
    PaletteWidget *mPalette = nullptr;
    QStringList mStatus;
};

void TestCanvas::init()
{
    mDocument = std::make_unique<Document>();
    mEngine = new ValidationEngine(mDocument.get());
    mSelection = new Selection;
    mScene = new CanvasScene(mDocument.get(), mEngine);
    mView = new CanvasView(mScene, mSelection);
    mPalette = new PaletteWidget;
    mView->resize(1400, 900);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView));
    connect(mView, &CanvasView::statusMessage, this, [this](const QString &m) { mStatus.append(m); });
    mStatus.clear();
}

void TestCanvas::cleanup()
{
    delete mView;
    delete mPalette;
    delete mScene;
    delete mSelection;
    delete mEngine;
    mDocument.reset();
}

void TestCanvas::open(const QString &path)
{
    LoadResult r = DesignFormat::load(path);
    QVERIFY2(r.ok(), qPrintable(r.firstError().toString()));
    mDocument->reset(std::move(r.design), path);
    mScene->flush();
    mView->setZoom(0.6);
    mView->centerOn(mScene->designBounds().center());
}

void TestCanvas::mouse(QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons,
                       Qt::KeyboardModifiers modifiers)
{
    QMouseEvent event(type, QPointF(pos), mView->viewport()->mapToGlobal(QPointF(pos)), button, buttons, modifiers);
    QApplication::sendEvent(mView->viewport(), &event);
}

void TestCanvas::drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers)
{
    mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int step = 1; step <= 5; ++step)
        mouse(QEvent::MouseMove, from + (to - from) * step / 5, Qt::NoButton, Qt::LeftButton, modifiers);
    mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

bool TestCanvas::dropFromPalette(const char *kind, const QPointF &scenePos)
{
    // The palette's own drag payload, delivered as the drag-and-drop events Qt sends.
    QModelIndex index;
    for (int row = 0; row < mPalette->count(); ++row)
        if (mPalette->item(row)->data(Qt::UserRole).toByteArray() == kind)
            index = mPalette->model()->index(row, 0);
    std::unique_ptr<QMimeData> mime(mPalette->model()->mimeData({index}));
    const QPoint pos = at(scenePos);
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(mView->viewport(), &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(mView->viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(mView->viewport(), &drop);
    return drop.isAccepted();
}

void TestCanvas::dropSubnetInColumn()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    const CanvasGeometry::VpcShape *shape = mScene->geometry().vpcShape(QStringLiteral("vpc-app"));
    const QRectF column = shape->columns.at(1).rect; // us-east-1b
    const QRectF lowest = rect(QStringLiteral("subnet-data-b"));
    QVERIFY(dropFromPalette("subnet", QPointF(column.center().x(), (lowest.bottom() + column.bottom()) / 2)));
    const QString id = mSelection->current();
    const Subnet *s = mDocument->design().findSubnet(id);
    QVERIFY2(s, qPrintable(id));
    QCOMPARE(s->az, QStringLiteral("us-east-1b"));
    QCOMPARE(s->cidr.toString(), QStringLiteral("10.10.2.0/24")); // the next free /24
    QCOMPARE(mDocument->design().vpcOf(*s)->id, QStringLiteral("vpc-app"));
    QVERIFY(mStatus.last().contains(QLatin1String("10.10.2.0/24")));
    // It is drawn in its column.
    QCOMPARE(rect(id).x(), column.x());
    mDocument->undoStack()->undo();
    QVERIFY(!mDocument->find(id));
}

void TestCanvas::dropInstanceInSubnet()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    const QRectF subnet = rect(QStringLiteral("subnet-app-b"));
    QVERIFY(dropFromPalette("instance", subnet.bottomRight() - QPointF(20, 12)));
    const auto *i = mDocument->design().find<Instance>(mSelection->current(), ObjectKind::Instance);
    QVERIFY(i);
    QCOMPARE(i->subnet, QStringLiteral("subnet-app-b"));
    QCOMPARE(i->privateIp.toString(), QStringLiteral("10.10.11.11")); // .10 is app-b's
    QVERIFY(rect(QStringLiteral("subnet-app-b")).contains(rect(i->id)));
}

void TestCanvas::dropRefusedOutsideVpc()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    const qsizetype before = mDocument->design().objectCount();
    const QPointF outside = rect(QStringLiteral("vpc-app")).topLeft() - QPointF(200, 200);
    QVERIFY(!dropFromPalette("subnet", outside));
    QCOMPARE(mDocument->design().objectCount(), before);
    QVERIFY(mStatus.last().contains(QLatin1String("lives in a VPC")));
    QVERIFY(!dropFromPalette("instance", rect(QStringLiteral("vpc-app")).bottomLeft() + QPointF(8, -8)));
    QVERIFY(mStatus.last().contains(QLatin1String("lives in a subnet")));
    QVERIFY(!dropFromPalette("internet-gateway", rect(QStringLiteral("subnet-app-a")).center()));
    QVERIFY(mStatus.last().contains(QLatin1String("at most one")));
}

void TestCanvas::dropVpcOnCanvas()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    const QPointF point = mScene->designBounds().bottomLeft() + QPointF(100, -30);
    QVERIFY(dropFromPalette("vpc", point));
    const Vpc *vpc = mDocument->design().findVpc(mSelection->current());
    QVERIFY(vpc);
    QCOMPARE(vpc->cidrBlocks.first().toString(), QStringLiteral("10.0.0.0/16"));
    QVERIFY(mDocument->design().layout(vpc->id)); // it stays where it was dropped
    QVERIFY(QLineF(rect(vpc->id).topLeft(), point).length() < 80);
}

void TestCanvas::dragMovesVpcAndChildrenFollow()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    const QRectF vpc = rect(QStringLiteral("vpc-shared"));
    const QRectF subnet = rect(QStringLiteral("subnet-tools-a"));
    const int steps = mDocument->undoStack()->count();
    // Grab the VPC by its title and move it by (100, 60) in scene units.
    const QPointF grab = vpc.topLeft() + QPointF(60, 20);
    drag(at(grab), at(grab + QPointF(100, 60)));
    mScene->flush();
    const QRectF moved = rect(QStringLiteral("vpc-shared"));
    QVERIFY2(std::abs(moved.x() - vpc.x() - 100) <= 4 && std::abs(moved.y() - vpc.y() - 60) <= 4,
             qPrintable(QStringLiteral("%1,%2").arg(moved.x() - vpc.x()).arg(moved.y() - vpc.y())));
    QCOMPARE(rect(QStringLiteral("subnet-tools-a")).topLeft() - subnet.topLeft(), moved.topLeft() - vpc.topLeft());
    QCOMPARE(mDocument->undoStack()->count(), steps + 1); // one drag, one step
    QVERIFY(mDocument->design().layout(QStringLiteral("vpc-shared")));
    mDocument->undoStack()->undo();
    mScene->flush();
    QCOMPARE(rect(QStringLiteral("vpc-shared")), vpc);
    QCOMPARE(rect(QStringLiteral("subnet-tools-a")), subnet);
}

void TestCanvas::dragMovesSubnetAndWhatItHolds()
{
    // A subnet dragged with an instance and an interface endpoint inside it, the endpoint
    // selected too: everything drawn in the subnet moves with it, once.
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    const QStringList inside{QStringLiteral("i-app-a"), QStringLiteral("vpce-ssm")};
    QList<QRectF> before;
    for (const QString &id : inside)
        before.append(rect(id));
    const QRectF subnet = rect(QStringLiteral("subnet-app-a"));
    mSelection->set({QStringLiteral("subnet-app-a"), QStringLiteral("vpce-ssm")});
    const QPointF grab = subnet.topLeft() + QPointF(30, 10);
    drag(at(grab), at(grab + QPointF(40, 20)));
    mScene->flush();
    const QPointF moved = rect(QStringLiteral("subnet-app-a")).topLeft() - subnet.topLeft();
    QVERIFY2(std::abs(moved.x() - 40) <= 4 && std::abs(moved.y() - 20) <= 4,
             qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
    for (qsizetype i = 0; i < inside.size(); ++i)
        QCOMPARE(rect(inside[i]).topLeft() - before[i].topLeft(), moved);
}

void TestCanvas::resizeHandle()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    mSelection->set({QStringLiteral("vpc-shared")});
    const QRectF vpc = rect(QStringLiteral("vpc-shared"));
    drag(at(vpc.bottomRight()), at(vpc.bottomRight() + QPointF(120, 80)));
    mScene->flush();
    const auto l = mDocument->design().layout(QStringLiteral("vpc-shared"));
    QVERIFY(l && l->hasSize());
    QVERIFY(std::abs(l->width - (vpc.width() + 120)) <= 4);
    QVERIFY(std::abs(l->height - (vpc.height() + 80)) <= 4);
    QCOMPARE(rect(QStringLiteral("vpc-shared")).topLeft(), vpc.topLeft());
}

void TestCanvas::shiftDragPeersAndOverlapDrawsBroken()
{
    open(QStringLiteral(VPC_TEST_DATA "/rules/peering-cidr-overlap.near-miss.yaml"));
    const QPointF a = rect(QStringLiteral("vpc-a")).center();
    const QPointF b = rect(QStringLiteral("vpc-b")).center();
    drag(at(a), at(b), Qt::ShiftModifier);
    const PeeringConnection *p = nullptr;
    for (const PeeringConnection *each : mDocument->design().peerings())
        p = each;
    QVERIFY(p);
    QCOMPARE(p->requester, QStringLiteral("vpc-a"));
    QCOMPARE(p->accepter, QStringLiteral("vpc-b"));
    QCOMPARE(mSelection->current(), p->id);
    // Both VPCs are 10.0.0.0/16: the peering cannot exist, and it is drawn broken.
    QTRY_VERIFY(mScene->isBroken(p->id));
    QVERIFY(mScene->badge(p->id));
    mDocument->undoStack()->undo();
    QVERIFY(mDocument->design().peerings().empty());
}

void TestCanvas::rubberBandSelects()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    const QRectF vpc = rect(QStringLiteral("vpc-shared"));
    // From empty space above-left of the VPC to below-right of it.
    drag(at(vpc.topLeft() - QPointF(30, 50)), at(vpc.bottomRight() + QPointF(30, 30)));
    const QStringList ids = mSelection->ids();
    QVERIFY2(ids.contains(QStringLiteral("vpc-shared")), qPrintable(ids.join(QLatin1Char(','))));
    QVERIFY(ids.contains(QStringLiteral("subnet-tools-a")));
    QVERIFY(!ids.contains(QStringLiteral("vpc-app")));
}

void TestCanvas::clickSelectsAndRoutesShow()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    const QRectF subnet = rect(QStringLiteral("subnet-app-a"));
    const QPoint p = at(subnet.topLeft() + QPointF(subnet.width() - 20, 14));
    mouse(QEvent::MouseButtonPress, p, Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, p, Qt::LeftButton, Qt::NoButton);
    QCOMPARE(mSelection->ids(), QStringList{QStringLiteral("subnet-app-a")});
    QVERIFY(mScene->item(QStringLiteral("subnet-app-a"))->isSelected());
    // Its route table's targets get arrows: NAT, egress-only gateway, peering, S3 endpoint.
    RouteOverlay *overlay = nullptr;
    for (QGraphicsItem *i : mScene->items())
        if (auto *o = dynamic_cast<RouteOverlay *>(i))
            overlay = o;
    QVERIFY(overlay);
    QCOMPARE(overlay->arrowCount(), 4);
    // The routes' labels hide no header (VPC, AZ, subnet) and no other label: the public
    // subnets' 0.0.0.0/0 once lay over an AZ's name.
    for (const QString &subnet : {QStringLiteral("subnet-app-a"), QStringLiteral("subnet-public-a"),
                                  QStringLiteral("subnet-public-b"), QStringLiteral("subnet-shared-public-a")}) {
        mScene->selectIds({subnet});
        const QList<QRectF> tags = overlay->tagRects();
        QVERIFY(!tags.isEmpty());
        const CanvasGeometry &g = mScene->geometry();
        for (qsizetype i = 0; i < tags.size(); ++i) {
            for (qsizetype j = 0; j < i; ++j)
                QVERIFY2(!tags[i].intersects(tags[j]), qPrintable(subnet));
            for (const Vpc *v : mDocument->design().vpcs()) {
                const QRectF box = g.rect(v->id);
                QVERIFY2(!tags[i].intersects(QRectF(box.topLeft(), QSizeF(box.width(), g.vpcHeader(*v, box.width())))),
                         qPrintable(subnet + QStringLiteral(" over the header of ") + v->id));
                for (const CanvasGeometry::Column &c : g.vpcShape(v->id)->columns)
                    QVERIFY2(!tags[i].intersects(
                                 QRectF(c.rect.topLeft(), QSizeF(c.rect.width(), CanvasGeometry::ColumnHeader))),
                             qPrintable(subnet + QStringLiteral(" over the AZ header ") + c.az));
                for (const Subnet *s : v->subnetList()) {
                    const QRectF r = g.rect(s->id);
                    QVERIFY2(
                        !tags[i].intersects(QRectF(r.topLeft(), QSizeF(r.width(), g.subnetHeader(s->id, r.width())))),
                        qPrintable(subnet + QStringLiteral(" over the header of ") + s->id));
                }
            }
        }
    }
    mScene->selectIds({QStringLiteral("subnet-app-a")});
    // Ctrl-click adds to the selection.
    const QPoint q = at(rect(QStringLiteral("subnet-app-b")).topLeft() + QPointF(60, 14));
    mouse(QEvent::MouseButtonPress, q, Qt::LeftButton, Qt::LeftButton, Qt::ControlModifier);
    mouse(QEvent::MouseButtonRelease, q, Qt::LeftButton, Qt::NoButton, Qt::ControlModifier);
    QCOMPARE(mSelection->ids().size(), 2);
}

void TestCanvas::copyPasteDelete()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    const EditOperations::Clipboard clip = EditOperations::copy(mDocument.get(), {QStringLiteral("subnet-app-a")});
    const QStringList added = EditOperations::paste(mDocument.get(), clip).added;
    QVERIFY(added.contains(QStringLiteral("subnet-app-a-copy")));
    const Subnet *copy = mDocument->design().findSubnet(QStringLiteral("subnet-app-a-copy"));
    QCOMPARE(copy->cidr.toString(), QStringLiteral("10.10.2.0/24")); // a free block, not the original's
    QCOMPARE(copy->az, QStringLiteral("us-east-1a"));
    // Its instance came with it, in the new block, and its interface endpoint did not.
    const auto *i = mDocument->design().find<Instance>(QStringLiteral("i-app-a-copy"), ObjectKind::Instance);
    QVERIFY(i);
    QCOMPARE(i->subnet, QStringLiteral("subnet-app-a-copy"));
    QCOMPARE(i->privateIp.toString(), QStringLiteral("10.10.2.10"));
    QCOMPARE(mEngine->findings(), FindingList{}); // a clean copy stays clean
    // Delete both in one step; undo brings them back.
    QCOMPARE(EditOperations::remove(mDocument.get(), added), int(added.size()));
    QVERIFY(!mDocument->find(QStringLiteral("subnet-app-a-copy")));
    mDocument->undoStack()->undo();
    QVERIFY(mDocument->find(QStringLiteral("subnet-app-a-copy")));
    QVERIFY(mDocument->find(QStringLiteral("i-app-a-copy")));
}

void TestCanvas::ctrlWheelZooms()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    const qreal before = mView->zoom();
    const QPoint p = mView->viewport()->rect().center();
    QWheelEvent in(QPointF(p), mView->viewport()->mapToGlobal(QPointF(p)), QPoint(), QPoint(0, 240), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(mView->viewport(), &in);
    QVERIFY(mView->zoom() > before * 1.2);
    mView->fitToWindow();
    const QRectF visible = mView->mapToScene(mView->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(mScene->designBounds().adjusted(10, 10, -10, -10)));
}

void TestCanvas::badgesFollowFindings()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    QVERIFY(!mScene->badge(QStringLiteral("subnet-data-b")));
    // Put data-b on data-a's block: the overlap's badge goes on data-b, in the error colour.
    mDocument->undoStack()->push(
        new ChangePropertyCommand(mDocument.get(), QStringLiteral("subnet-data-b"), QStringLiteral("cidr"),
                                  QVariant::fromValue(*Cidr::parse(std::string_view("10.10.20.0/24")))));
    QTRY_VERIFY(mScene->badge(QStringLiteral("subnet-data-b")));
    const CanvasScene::Badge *b = mScene->badge(QStringLiteral("subnet-data-b"));
    QCOMPARE(b->severity, Severity::Error);
    QVERIFY(mScene->item(QStringLiteral("subnet-data-b"))->toolTip().contains(QLatin1String("subnet-overlap")));
    mDocument->undoStack()->undo();
    QTRY_VERIFY(!mScene->badge(QStringLiteral("subnet-data-b")));
    QVERIFY(mScene->item(QStringLiteral("subnet-data-b"))->toolTip().isEmpty());
}

void TestCanvas::exportShowsTheDesign()
{
    open(QStringLiteral(VPC_EXAMPLES "/three-tier.yaml"));
    mSelection->set({QStringLiteral("vpc-app")});
    const QImage image = DiagramRenderer::render(*mScene, 1);
    const QRectF bounds = mScene->designBounds();
    QVERIFY(std::abs(image.width() - bounds.width()) <= 1 && std::abs(image.height() - bounds.height()) <= 1);
    // The VPC frame's purple and the public subnet's green are in the picture, where the
    // objects are; the selection's orange is not.
    const auto pixelAt = [&](const QPointF &scenePos) {
        return image.pixelColor((scenePos - bounds.topLeft()).toPoint());
    };
    const QRectF vpc = rect(QStringLiteral("vpc-app"));
    const auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 60;
    };
    bool frame = false;
    for (qreal dx : {-1.0, 0.0, 1.0})
        frame = frame || near(pixelAt(QPointF(vpc.left() + dx, vpc.center().y())), QColor(0x8c, 0x4f, 0xff));
    QVERIFY2(frame, "the VPC's frame is drawn where the VPC is");
    const QRectF pub = rect(QStringLiteral("subnet-public-b"));
    QCOMPARE(pixelAt(pub.bottomRight() - QPointF(6, 6)).name(), QStringLiteral("#eef6e8"));
    int orange = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            orange += image.pixelColor(x, y) == QColor(0xff, 0x99, 0x00);
    QCOMPARE(orange, 0);
    QCOMPARE(mSelection->ids(), QStringList{QStringLiteral("vpc-app")}); // restored after

    QTemporaryDir dir;
    QString error, note;
    QVERIFY(DiagramRenderer::saveImage(*mScene, dir.filePath(QStringLiteral("d.png")), 2, &error, &note));
    QImage twice(dir.filePath(QStringLiteral("d.png")));
    QVERIFY(std::abs(twice.width() - 2 * image.width()) <= 2);
    QVERIFY(DiagramRenderer::saveSvg(*mScene, dir.filePath(QStringLiteral("d.svg")), &error));
    QFile svg(dir.filePath(QStringLiteral("d.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains(">application<"));
    QVERIFY(text.contains("10.10.0.0/24"));
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
