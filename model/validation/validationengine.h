#pragma once

#include "intentrules.h"
#include "objects.h"
#include "validator.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class Document;
class ValidationContext;

/// What the engine re-checks as one: the top level, one VPC, or one peering connection.
struct ValidationUnit
{
    enum class Kind : quint8 { Top, Vpc, Peering };
    Kind kind = Kind::Top;
    QString id; // the VPC's or the peering's; empty for the top level

    static ValidationUnit top() { return {}; }
    static ValidationUnit vpc(const QString &id) { return {Kind::Vpc, id}; }
    static ValidationUnit peering(const QString &id) { return {Kind::Peering, id}; }
    friend bool operator==(const ValidationUnit &, const ValidationUnit &) = default;
};

inline size_t qHash(const ValidationUnit &unit, size_t seed = 0)
{
    return qHashMulti(seed, int(unit.kind), unit.id);
}

/// Keeps the findings of a Document current, edit by edit. Work is split into units (a
/// VPC with what it holds, a peering connection, the top level); an edit marks dirty
/// only the units it can affect:
/// - an object inside VPC X: X, X's peering connections, and every unit that names the
///   object's id;
/// - the VPC itself (its blocks, region, DNS): X and the VPCs up to two peerings away
///   (transitive and edge-to-edge checks look at a peer's peers);
/// - a peering connection: it, the peerings of both ends, the ends and their peers;
/// - scenarios and flows: the top level.
/// Dirty units are re-checked when control returns to the event loop (or on `flush`),
/// so the many events of one command cost one pass. The issues panel, the canvas
/// badges and the CLI all read the same findings.
class ValidationEngine : public QObject
{
    Q_OBJECT

public:
    explicit ValidationEngine(Document *document, QObject *parent = nullptr);
    ~ValidationEngine() override;

    /// Every finding, in Validator::sort's order (re-checks what is pending first).
    FindingList findings();
    /// The findings that name `objectId` (for a badge).
    FindingList findingsFor(const QString &objectId);
    /// Re-checks the dirty units now.
    void flush();
    /// Re-checks everything.
    void revalidateAll();
    /// Findings for the next design reset, computed where the design was loaded (off the
    /// UI thread), so that a large design does not wait for a full pass here.
    void expectReset(const FindingList &precomputed);

    /// The intents' part, kept edit by edit (for benchmarks and tests).
    const IntentFindings &intentFindings() const { return mIntents; }
    /// How many units the last flush re-checked (for benchmarks and tests).
    int lastFlushUnits() const { return mLastFlushUnits; }

Q_SIGNALS:
    /// The findings changed (after a flush that changed anything).
    void findingsChanged();

private:
    void reset();
    void schedule();
    void markVpc(const QString &vpcId, int hops);
    void markPeeringsOf(const QString &vpcId);
    void markReferrers(const QString &id);
    void markObject(const QString &id);
    void recordPeering(const QString &peeringId);
    void updateReferences(const ValidationUnit &unit, const QStringList &targets);
    QStringList targetsOfVpc(const Vpc &vpc) const;

    /// Tells mIntents what an edit of `id` (of `kind`, under `parentId`) touched.
    void touchIntents(const QString &id, ObjectKind kind, const QString &parentId);
    void onAdded(const QString &id);
    void onRemoved(const QString &id, ObjectKind kind, const QString &parentId);
    void onChanged(const QString &id, const QString &key);
    void onRenamed(const QString &oldId, const QString &newId);

    Document *mDocument;
    Validator mValidator;
    std::unique_ptr<ValidationContext> mContext;

    QHash<QString, FindingList> mVpcFindings;
    QHash<QString, FindingList> mPeeringFindings;
    FindingList mTopFindings;
    FindingList mIntentFindings; // a unit of their own, proved again where an edit reaches
    IntentFindings mIntents;

    QSet<QString> mDirtyVpcs;
    QSet<QString> mDirtyPeerings;
    bool mDirtyTop = false;
    bool mDirtyIntents = false;
    bool mIndexStale = false;
    bool mScheduled = false;
    bool mChanged = false;

    // Which units name an id, so that adding, removing or renaming it re-checks them.
    QHash<QString, QSet<ValidationUnit>> mReferrers; // id -> the units that name it
    QHash<ValidationUnit, QStringList> mUnitTargets; // unit -> ids it names
    // The ends of each peering as last seen, to find old neighbours after a change.
    QHash<QString, std::pair<QString, QString>> mPeeringEnds;

    std::optional<FindingList> mPrecomputed;
    FindingList mSorted;
    bool mSortedStale = true;
    int mLastFlushUnits = 0;
};
