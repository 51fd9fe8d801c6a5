#include "designslice.h"

#include "network.h"
#include "properties.h"

namespace {

void collectIds(const Object &object, QSet<QString> &ids)
{
    ids.insert(object.id);
    Design::forEachChild(object, [&](Object &child) { collectIds(child, ids); });
}

void collectNames(const Object &object, const QSet<QString> &own, QSet<QString> &names)
{
    for (const PropertyDef &def : propertiesOf(object.kind)) {
        if (def.refKinds == 0)
            continue;
        for (const QString &id : referencedIds(def, def.get(object)))
            if (!id.isEmpty() && !own.contains(id))
                names.insert(id);
    }
    Design::forEachChild(object, [&](Object &child) { collectNames(child, own, names); });
}

bool namedProtocol(int p)
{
    return p >= 0 && p != Protocol::Tcp && p != Protocol::Udp && p != Protocol::Icmp && p != Protocol::Icmpv6;
}

bool meets(const Cidr &a, const Cidr &b)
{
    return a.isValid() && b.isValid() && a.overlaps(b);
}

} // namespace

DesignSlicer::Traits DesignSlicer::traitsOf(const Vpc &vpc)
{
    Traits t;
    t.blocks = vpc.cidrBlocks + vpc.ipv6CidrBlocks;
    for (const Instance *i : vpc.instanceList())
        for (const IpAddress &a : {i->publicIp, i->ipv6})
            if (a.isValid())
                t.publics.push_back(a);
    for (const NatGateway *n : vpc.natGatewayList())
        if (const IpAddress a = Network::natPublicAddress(*n); a.isValid())
            t.publics.push_back(a);
    collectIds(vpc, t.own);
    collectNames(vpc, t.own, t.names);
    for (const SecurityGroup *g : vpc.securityGroupList())
        for (const SgRuleList &rules : {g->ingress, g->effectiveEgress()})
            for (const SgRule &r : rules)
                if (namedProtocol(r.protocol.number()))
                    t.protocols.insert(r.protocol.number());
    for (const NetworkAcl *a : vpc.networkAclList())
        for (const NaclRuleList *rules : {&a->ingress, &a->egress})
            for (const NaclRule &r : *rules)
                if (namedProtocol(r.protocol.number()))
                    t.protocols.insert(r.protocol.number());
    return t;
}

void DesignSlicer::reset(const Design &design)
{
    mTraits.clear();
    mNamedBy.clear();
    mOverlaps.clear();
    mContext.reset();
    mPeersStale = true;
    for (const Vpc *v : design.vpcs())
        remember(v->id, traitsOf(*v));
}

void DesignSlicer::forget(const QString &vpcId)
{
    const auto it = mTraits.constFind(vpcId);
    if (it == mTraits.constEnd())
        return;
    for (const QString &id : it->names) {
        auto n = mNamedBy.find(id);
        if (n != mNamedBy.end()) {
            n->remove(vpcId);
            if (n->isEmpty())
                mNamedBy.erase(n);
        }
    }
    mTraits.erase(it);
}

void DesignSlicer::remember(const QString &vpcId, Traits traits)
{
    for (const QString &id : std::as_const(traits.names))
        mNamedBy[id].insert(vpcId);
    mTraits.insert(vpcId, std::move(traits));
}

int DesignSlicer::update(const Design &design, const QString &vpcId)
{
    const Vpc *vpc = design.findVpc(vpcId);
    const auto old = mTraits.constFind(vpcId);
    if (!vpc) {
        if (old == mTraits.constEnd())
            return Nothing;
        forget(vpcId);
        mContext.reset();
        mOverlaps.clear();
        mPeersStale = true;
        return Footprints | Context;
    }
    Traits now = traitsOf(*vpc);
    int change = Nothing;
    const bool blocks = old == mTraits.constEnd() || old->blocks != now.blocks;
    if (old == mTraits.constEnd()) {
        change = Footprints | Context;
        mPeersStale = true; // a new VPC may already be named by a peering
    } else {
        if (old->blocks != now.blocks || old->publics != now.publics)
            change = Footprints | Context;
        if (old->protocols != now.protocols)
            change |= Context;
        if (old->own != now.own || old->names != now.names)
            change |= Footprints;
    }
    if (change == Nothing)
        return Nothing;
    forget(vpcId);
    remember(vpcId, std::move(now));
    if (change & Context)
        mContext.reset();
    if (blocks)
        mOverlaps.clear();
    return change;
}

const QStringList &DesignSlicer::peersOf(const Design &design, const QString &vpcId) const
{
    if (mPeersStale) {
        mPeers.clear();
        for (const PeeringConnection *p : design.peerings()) {
            mPeers[p->requester].append(p->accepter);
            mPeers[p->accepter].append(p->requester);
        }
        mPeersStale = false;
    }
    static const QStringList none;
    const auto it = mPeers.constFind(vpcId);
    return it == mPeers.constEnd() ? none : *it;
}

QSet<QString> DesignSlicer::footprint(const Design &design, const QStringList &spaces) const
{
    QSet<QString> base;
    for (const QString &written : spaces) {
        const QString text = written.trimmed();
        if (text == QLatin1String("internet") || text.startsWith(QLatin1String("service:")))
            continue;
        std::optional<Cidr> block = Cidr::parse(QStringView(text));
        if (!block)
            if (const auto a = IpAddress::parse(QStringView(text)))
                block = Cidr(*a, a->isV4() ? 32 : 128);
        if (block) {
            for (auto it = mTraits.constBegin(); it != mTraits.constEnd(); ++it) {
                bool in =
                    std::any_of(it->blocks.begin(), it->blocks.end(), [&](const Cidr &b) { return meets(b, *block); });
                for (size_t i = 0; !in && i < it->publics.size(); ++i)
                    in = block->contains(it->publics[i]);
                if (in)
                    base.insert(it.key());
            }
            continue;
        }
        const Object *o = design.find(text);
        if (!o)
            continue; // names nothing: the intent is invalid on any slice
        if (const Vpc *v = design.vpcOf(*o))
            base.insert(v->id);
        base.unite(mNamedBy.value(text)); // a group's members, a subnet's instances elsewhere
    }
    // Their peers and the VPCs overlapping them.
    QSet<QString> out = base;
    for (const QString &id : std::as_const(base)) {
        for (const QString &peer : peersOf(design, id))
            out.insert(peer);
        out.unite(overlapping(id));
    }
    // The VPCs of what their objects name.
    const QSet<QString> kept = out;
    for (const QString &id : kept)
        for (const QString &name : mTraits.value(id).names)
            if (const Object *o = design.find(name))
                if (const Vpc *v = design.vpcOf(*o))
                    out.insert(v->id);
    return out;
}

const QSet<QString> &DesignSlicer::overlapping(const QString &vpcId) const
{
    auto cached = mOverlaps.constFind(vpcId);
    if (cached != mOverlaps.constEnd())
        return *cached;
    QSet<QString> out;
    const auto mine = mTraits.constFind(vpcId);
    if (mine != mTraits.constEnd())
        for (auto it = mTraits.constBegin(); it != mTraits.constEnd(); ++it)
            if (it.key() != vpcId)
                for (const Cidr &a : mine->blocks)
                    if (std::any_of(it->blocks.begin(), it->blocks.end(), [&](const Cidr &b) { return meets(a, b); })) {
                        out.insert(it.key());
                        break;
                    }
    return *mOverlaps.insert(vpcId, out);
}

std::unique_ptr<Design> DesignSlicer::slice(const Design &design, const QSet<QString> &vpcs)
{
    auto out = std::make_unique<Design>();
    for (const Vpc *v : design.vpcs())
        if (vpcs.contains(v->id)) {
            ObjectPtr copy = v->clone();
            out->insert(nullptr, copy);
        }
    for (const PeeringConnection *p : design.peerings())
        if (vpcs.contains(p->requester) && vpcs.contains(p->accepter)) {
            ObjectPtr copy = p->clone();
            out->insert(nullptr, copy);
        }
    for (const Bucket *b : design.buckets()) {
        ObjectPtr copy = b->clone();
        out->insert(nullptr, copy);
    }
    return out;
}

const Atoms::Context &DesignSlicer::context() const
{
    if (!mContext) {
        Atoms::Context c;
        const auto add = [&c](const IpAddress &first, const IpAddress &last) {
            (first.isV4() ? c.v4 : c.v6).emplace_back(first.value(), last.value());
        };
        for (const Traits &t : mTraits) {
            for (const Cidr &b : t.blocks)
                if (b.isValid())
                    add(b.first(), b.last());
            for (const IpAddress &a : t.publics)
                (a.isV4() ? c.v4Points : c.v6Points).push_back(a.value());
            c.protocols.insert(t.protocols.begin(), t.protocols.end());
        }
        c.finish();
        mContext = std::move(c);
    }
    return *mContext;
}
