#include "intentrules.h"

#include "catalogue.h"
#include "design.h"
#include "intentcheck.h"

#include <QCoreApplication>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

QStringList spacesOf(const Intent &intent)
{
    QStringList spaces = intent.from + intent.to;
    if (!intent.via.isEmpty())
        spaces.append(intent.via);
    return spaces;
}

bool namesMissing(const Design &design, const Intent &intent)
{
    for (const QString &s : spacesOf(intent)) {
        const QString t = s.trimmed();
        if (t != QLatin1String("internet") && !t.startsWith(QLatin1String("service:")) &&
            !Cidr::parse(QStringView(t)) && !IpAddress::parse(QStringView(t)) && !design.contains(t))
            return true;
    }
    return false;
}

bool isGlobal(const Intent &intent)
{
    if (intent.protocol.number() < 0)
        return true; // every protocol: the protocols the whole design's rules name
    for (const QString &s : intent.from + intent.to) {
        const QString t = s.trimmed();
        if (t == QLatin1String("internet") || Cidr::parse(QStringView(t)) || IpAddress::parse(QStringView(t)))
            return true;
    }
    return false;
}

} // namespace

namespace IntentRules {

void report(const Intent &intent, const IntentResult &r, FindingSink &sink)
{
    switch (r.status) {
    case IntentResult::Status::Holds:
        break;
    case IntentResult::Status::Invalid:
        sink.add(Catalogue::IntentInvalid, {intent.id}, Tr::tr("%1 cannot be checked: %2").arg(intent.id, r.message));
        break;
    case IntentResult::Status::Violated: {
        Witness w;
        if (r.witnessRun) {
            w.from = r.witnessRun->from.address.toString();
            w.to = r.witnessRun->to.address.toString();
            w.protocol = r.witnessRun->protocol.toString();
            w.port = r.witnessRun->port;
        }
        sink.add(Catalogue::IntentViolated, r.objects, r.message, w);
        break;
    }
    }
}

void check(const Design &design, FindingSink &sink)
{
    if (design.intents().empty())
        return;
    const Simulator simulator(design);
    const Reachability engine(simulator);
    const IntentCheck checker(engine);
    for (const Intent *intent : design.intents())
        report(*intent, checker.check(*intent), sink);
}

} // namespace IntentRules

void IntentFindings::peeringTouched(const QString &requester, const QString &accepter)
{
    mPeeringsTouched = true;
    mTouchedVpcs.insert(requester);
    mTouchedVpcs.insert(accepter);
}

FindingList IntentFindings::check(const Design &design)
{
    mLastProved = 0;
    mLastSliceVpcs = 0;
    bool footprintsStale = false;
    bool contextChanged = false;
    if (mAll) {
        mSlicer.reset(design);
        mEntries.clear();
    } else {
        if (mPeeringsTouched) {
            mSlicer.peeringsChanged();
            footprintsStale = true;
        }
        for (const QString &vpc : std::as_const(mTouchedVpcs)) {
            const int change = mSlicer.update(design, vpc);
            footprintsStale = footprintsStale || (change & DesignSlicer::Footprints);
            contextChanged = contextChanged || (change & DesignSlicer::Context);
        }
        for (const QString &id : std::as_const(mTouchedIntents))
            mEntries.remove(id);
    }
    QList<const Intent *> stale;
    QSet<QString> present;
    for (const Intent *intent : design.intents()) {
        present.insert(intent->id);
        auto it = mEntries.find(intent->id);
        if (it == mEntries.end()) {
            Entry e;
            e.footprint = mSlicer.footprint(design, spacesOf(*intent));
            e.global = isGlobal(*intent);
            e.unresolved = namesMissing(design, *intent);
            mEntries.insert(intent->id, std::move(e));
            stale.append(intent);
            continue;
        }
        const bool touched = !mTouchedVpcs.isEmpty() || mPeeringsTouched;
        bool again =
            (contextChanged && it->global) || it->footprint.intersects(mTouchedVpcs) || (it->unresolved && touched);
        if (footprintsStale) {
            QSet<QString> now = mSlicer.footprint(design, spacesOf(*intent));
            again = again || now != it->footprint;
            it->footprint = std::move(now);
        }
        if (again) {
            if (it->unresolved && !footprintsStale)
                it->footprint = mSlicer.footprint(design, spacesOf(*intent));
            it->unresolved = namesMissing(design, *intent);
            stale.append(intent);
        }
    }
    for (auto it = mEntries.begin(); it != mEntries.end();)
        it = present.contains(it.key()) ? std::next(it) : mEntries.erase(it);
    mAll = false;
    mPeeringsTouched = false;
    mTouchedVpcs.clear();
    mTouchedIntents.clear();
    if (!stale.isEmpty())
        prove(design, stale);
    FindingList out;
    for (const Intent *intent : design.intents())
        out.append(mEntries.value(intent->id).findings);
    return out;
}

void IntentFindings::prove(const Design &design, const QList<const Intent *> &intents)
{
    // One slice for all of them: the union of their footprints. When that is most of the
    // design (a new design, an intent over every VPC), the design itself.
    QSet<QString> vpcs;
    for (const Intent *intent : intents)
        vpcs.unite(mEntries.value(intent->id).footprint);
    std::unique_ptr<Design> slice;
    const bool whole = qsizetype(vpcs.size()) * 2 > qsizetype(design.vpcs().size());
    if (!whole)
        slice = DesignSlicer::slice(design, vpcs);
    const Simulator simulator(whole ? design : *slice);
    const Reachability engine(simulator, whole ? nullptr : &mSlicer.context());
    const IntentCheck checker(engine);
    for (const Intent *intent : intents) {
        Entry &e = mEntries[intent->id];
        e.findings.clear();
        FindingSink sink(e.findings);
        IntentRules::report(*intent, checker.check(*intent), sink);
    }
    mLastProved = int(intents.size());
    mLastSliceVpcs = int(whole ? design.vpcs().size() : slice->vpcs().size());
}
