#pragma once

#include "canvasgeometry.h"
#include "canvastheme.h"
#include "finding.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>

class Document;
class ObjectItem;
class PeeringItem;
class RegionItem;
class CompareOverlay;
class PacketOverlay;
class RouteOverlay;
class ValidationEngine;

/// The drawing of a Document: one item per drawn object, kept in step with the
/// document's change events (items are created, synced and deleted from them; they
/// never edit the design). Positions come from CanvasGeometry. Findings from the
/// validation engine become badges on the items they name.
class CanvasScene : public QGraphicsScene
{
    Q_OBJECT

public:
    CanvasScene(Document *document, ValidationEngine *engine, QObject *parent = nullptr);
    ~CanvasScene() override;

    Document *document() const { return mDocument; }
    const Design &design() const;
    const CanvasGeometry &geometry() const { return *mGeometry; }
    ObjectItem *item(const QString &id) const { return mItems.value(id, nullptr); }
    qsizetype itemCount() const { return mItems.size(); }

    /// Applies pending geometry changes now (they are otherwise applied when control
    /// returns to the event loop, once per batch of change events).
    void flush();
    /// The rectangle of everything drawn, with a margin.
    QRectF designBounds() const;

    /// The ids of the selected items / select exactly these.
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);

    /// The worst finding and the messages about an object (for its badge).
    struct Badge
    {
        Severity severity = Severity::Info;
        QStringList messages;
    };
    const Badge *badge(const QString &id) const;
    /// Whether the peering connection joins VPCs whose blocks overlap (drawn broken).
    bool isBroken(const QString &peeringId) const { return mBroken.contains(peeringId); }

    /// During a gesture the scene rectangle stays as it is, so the view under the pointer
    /// does not shift; it catches up when the gesture ends.
    void setGestureActive(bool active);

    /// The zoom things are drawn at: below a tenth, instances, gateways and chips are too
    /// small to show and are taken out of painting altogether (the scene then has a few
    /// thousand items to visit per repaint instead of tens of thousands).
    void setDrawingZoom(qreal zoom);
    static constexpr qreal SmallItemsZoom = 0.1;
    bool smallItemsShown() const { return mSmallItemsShown; }

    /// The packets of simulation playback, drawn over everything (made again with the
    /// scene's items when the design is replaced: never keep the pointer).
    PacketOverlay *packets() const { return mPackets; }
    /// Simulation mode shows the packet overlay and the flows' ends; design mode shows
    /// nothing of the simulation.
    void setSimulationShown(bool shown);
    bool simulationShown() const { return mSimulationShown; }

    /// The colours items draw with: the window's (light or dark), the light ones while
    /// exporting.
    const CanvasTheme &theme() const { return mExporting ? mExportTheme : mTheme; }
    /// Takes new colours (the palette changed) and repaints.
    void setTheme(const CanvasTheme &theme);

    /// While exporting, items draw no selection and no hover state.
    void setExporting(bool exporting) { mExporting = exporting; }
    bool isExporting() const { return mExporting; }

    /// Compare with File: how an object differs from the design compared with (drawn as
    /// a green or amber outline), and the ghosts of the objects that design had and this
    /// one does not, where that design drew them.
    enum class Mark { None, Added, Changed };
    void setComparison(const QSet<QString> &added, const QSet<QString> &changed, const QStringList &removed,
                       const Design *other);
    void clearComparison() { setComparison({}, {}, {}, nullptr); }
    Mark mark(const QString &id) const
    {
        return mAdded.contains(id) ? Mark::Added : mChanged.contains(id) ? Mark::Changed : Mark::None;
    }
    CompareOverlay *comparison() const { return mCompare; }

Q_SIGNALS:
    /// Geometry was applied (after a flush that moved or resized anything).
    void geometryChanged();

private:
    void reset();
    void createItem(const Object &object);
    void createTree(const Object &object);
    void removeItem(const QString &id);
    void markDirty(const Object &object);
    void markAll();
    void schedule();
    void syncAll();
    void syncVpc(const QString &vpcId);
    void syncRegions();
    void updateBadges();

    void onAdded(const QString &id);
    void onAboutToRemove(const QString &id);
    void onChanged(const QString &id, const QString &key);
    void onRenamed(const QString &oldId, const QString &newId);
    void onLayoutChanged(const QString &id);

    Document *mDocument;
    ValidationEngine *mEngine;
    std::unique_ptr<CanvasGeometry> mGeometry;
    QHash<QString, ObjectItem *> mItems;
    QList<RegionItem *> mRegions;
    RouteOverlay *mRoutes = nullptr;
    PacketOverlay *mPackets = nullptr;
    CompareOverlay *mCompare = nullptr;
    QSet<QString> mAdded, mChanged;

    QSet<QString> mDirtyVpcs;
    bool mDirtyAll = false;
    bool mScheduled = false;

    QHash<QString, Badge> mBadges;
    QSet<QString> mBroken;
    bool mExporting = false;
    bool mSimulationShown = false;
    CanvasTheme mTheme = CanvasTheme::light();
    const CanvasTheme mExportTheme = CanvasTheme::light();
    bool mGesture = false;
    bool mSmallItemsShown = true;
};
