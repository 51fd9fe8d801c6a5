#pragma once

#include "designslice.h"
#include "rule.h"

#include <QHash>

struct IntentResult;

/// intent-violated and intent-invalid (INTENTS.md): every intent of the design checked
/// over every packet of its spaces by the reachability engine, with a witness packet.
namespace IntentRules {

void check(const Design &design, FindingSink &sink);
/// The findings of one intent's verdict.
void report(const Intent &intent, const IntentResult &result, FindingSink &sink);

} // namespace IntentRules

/// The same findings kept current edit by edit (the window's ValidationEngine): each
/// intent is proved on the slice of the design its packets can touch (DesignSlicer), and
/// proved again only when an edit touches that slice, moves its bounds, or changes what
/// the whole design says the internet is. On a 2,000-VPC design one edit re-proves one or
/// two intents on a handful of VPCs instead of all of them on every VPC.
class IntentFindings
{
public:
    /// Everything is read and proved again at the next check (a new design).
    void reset() { mAll = true; }
    /// An object of the VPC changed, came or went, or the VPC itself did.
    void vpcTouched(const QString &vpcId) { mTouchedVpcs.insert(vpcId); }
    /// An intent changed, came or went.
    void intentTouched(const QString &id) { mTouchedIntents.insert(id); }
    /// A peering connection changed, came or went.
    void peeringTouched(const QString &requester, const QString &accepter);
    /// Proves what the edits since the last check may have changed; returns the findings
    /// of every intent, in the design's order.
    FindingList check(const Design &design);
    /// How many intents the last check proved, and on how many VPCs (for benchmarks and tests).
    int lastProved() const { return mLastProved; }
    int lastSliceVpcs() const { return mLastSliceVpcs; }

private:
    struct Entry
    {
        QSet<QString> footprint;
        bool global = false;     // an internet or block space, or every protocol: the whole design's context matters
        bool unresolved = false; // a space names nothing yet: proved again after every edit
        FindingList findings;
    };
    void prove(const Design &design, const QList<const Intent *> &intents);

    DesignSlicer mSlicer;
    QHash<QString, Entry> mEntries; // by intent id
    QSet<QString> mTouchedVpcs;
    QSet<QString> mTouchedIntents;
    bool mPeeringsTouched = false;
    bool mAll = true;
    int mLastProved = 0;
    int mLastSliceVpcs = 0;
};
