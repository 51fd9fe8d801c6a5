// What the evaluator asks of a VPC's own services (DNS, metadata, Time Sync, DHCP) and of
// endpoint policies.

#include "evaluatorsteps.h"

using namespace EvaluatorSteps;

namespace {

/// The ARN a request for `action` on the bucket is for: its objects for the object
/// actions (GetObject, PutObject..., the multipart uploads' parts), else the bucket. The
/// object's key is not known: the resource is `arn:aws:s3:::NAME/*`, which a Resource of
/// `NAME/*` or `*` covers and one of a narrower prefix does not.
QString bucketResource(const Bucket &bucket, const QString &action)
{
    const QString arn = QStringLiteral("arn:aws:s3:::") + bucket.effectiveBucketName();
    const QString verb = action.section(QLatin1Char(':'), 1).toLower();
    const bool onObjects = verb.contains(QLatin1String("object")) || verb == QLatin1String("abortmultipartupload") ||
                           verb == QLatin1String("listmultipartuploadparts");
    return onObjects ? arn + QStringLiteral("/*") : arn;
}

} // namespace

bool Evaluator::policyApplies(const Endpoint &endpoint, const FlowEnd &to)
{
    // A request's action is the flow's, or s3:GetObject for S3; for another service a flow
    // that names no action cannot be judged by the policy, and passes.
    return !endpoint.policy.isNull() &&
           (!to.action.isEmpty() || Network::serviceName(endpoint.service) == QLatin1String("s3"));
}

Policy::Request Evaluator::policyRequest(const FlowEnd &to, int vpc, const IpAddress &source, int port,
                                         int endpoint) const
{
    // The principal is the requester's (its VPC's account by default); aws:SourceVpc is
    // the endpoint's VPC, which a requester across a peering is not in.
    const Vpc *requester = mNet.vpcs[size_t(vpc)].vpc;
    const Network::EndpointInfo &info = mNet.endpoints[size_t(endpoint)];
    Policy::Request r;
    if (!to.action.isEmpty())
        r.action = to.action;
    if (to.bucket >= 0)
        r.resource = bucketResource(*mNet.buckets[size_t(to.bucket)], r.action);
    r.principal =
        !to.principal.isEmpty() ? to.principal : QStringLiteral("arn:aws:iam::%1:root").arg(requester->account);
    r.context.insert(QStringLiteral("aws:sourcevpce"), info.endpoint->id);
    r.context.insert(QStringLiteral("aws:sourcevpc"), mNet.vpcs[size_t(info.vpc)].vpc->id);
    r.context.insert(QStringLiteral("aws:vpcsourceip"), source.toString());
    r.context.insert(QStringLiteral("aws:principalaccount"), r.principal.section(QLatin1Char(':'), 4, 4));
    r.context.insert(QStringLiteral("aws:principalarn"), r.principal);
    r.context.insert(QStringLiteral("aws:securetransport"),
                     port == 443 ? QStringLiteral("true") : QStringLiteral("false"));
    return r;
}

void Evaluator::toVpcService(PacketPath &p, const FlowEnd &from, const FlowEnd &to, Protocol protocol, int port) const
{
    // The link-local services are the sender's own VPC's; the DNS server at base + 2 is
    // its VPC's only: it answers neither across a peering nor from outside.
    const bool inside = (from.type == FlowEnd::Type::Interface || from.type == FlowEnd::Type::Address) && from.vpc >= 0;
    const int vpc = to.vpc >= 0 ? to.vpc : from.vpc;
    if (!inside || vpc != from.vpc) {
        p.add(hop(Kind::Vpc, Why::ForeignDns, Verdict::Block, true, vpc, inside ? from.vpc : -1, to.address, port));
        return;
    }
    if (to.vpcService == Network::VpcService::Dns && !mNet.vpcs[size_t(vpc)].vpc->dnsSupport) {
        p.add(hop(Kind::Vpc, Why::DnsSupportOff, Verdict::Block, true, vpc, -1, to.address, port));
        return;
    }
    if (!Network::vpcServiceListens(to.vpcService, protocol, port)) {
        p.add(hop(Kind::Vpc, Why::ServiceClosed, Verdict::Block, true, vpc, int(to.vpcService), to.address, port));
        return;
    }
    p.add(hop(Kind::Vpc, Why::VpcService, Verdict::Pass, false, vpc, int(to.vpcService), to.address, port));
    p.via = PacketPath::Via::VpcService;
    p.reached = true;
}

void Evaluator::bucketStep(PacketPath &p, const FlowEnd &from, const FlowEnd &to, int port) const
{
    const Bucket &bucket = *mNet.buckets[size_t(to.bucket)];
    const int vpc = from.vpc;
    Policy::Request r;
    if (!to.action.isEmpty())
        r.action = to.action;
    r.resource = bucketResource(bucket, r.action);
    const QString account = vpc >= 0 ? mNet.vpcs[size_t(vpc)].vpc->account : Vpc::DefaultAccount;
    r.principal = !to.principal.isEmpty() ? to.principal : QStringLiteral("arn:aws:iam::%1:root").arg(account);
    r.context.insert(QStringLiteral("aws:principalaccount"), r.principal.section(QLatin1Char(':'), 4, 4));
    r.context.insert(QStringLiteral("aws:principalarn"), r.principal);
    r.context.insert(QStringLiteral("aws:securetransport"),
                     port == 443 ? QStringLiteral("true") : QStringLiteral("false"));
    // The keys of the way the request came (FORMAT.md): through an endpoint, its id, its
    // VPC and the private source; over the internet, the public source.
    int endpoint = -1;
    if (p.via == PacketPath::Via::GatewayEndpoint) {
        endpoint = p.endpoint;
    } else if (to.type == FlowEnd::Type::Interface) {
        endpoint = mNet.endpointOfInterface(to.interface);
    }
    if (endpoint >= 0) {
        const Network::EndpointInfo &info = mNet.endpoints[size_t(endpoint)];
        r.context.insert(QStringLiteral("aws:sourcevpce"), info.endpoint->id);
        r.context.insert(QStringLiteral("aws:sourcevpc"), mNet.vpcs[size_t(info.vpc)].vpc->id);
        r.context.insert(QStringLiteral("aws:vpcsourceip"), p.seenSource.toString());
    } else {
        r.context.insert(QStringLiteral("aws:sourceip"), p.seenSource.toString());
    }
    // An explicit deny wins; the bucket's own account needs no allow here (its IAM
    // policies, not modelled, are taken to grant the request); another account's
    // principal needs a statement that allows it.
    const Policy::Decision d = Policy::evaluate(bucket.policy, r);
    const bool ownAccount = r.principal.section(QLatin1Char(':'), 4, 4) == bucket.effectiveAccount();
    const IpAddress at = to.address;
    if (d.effect == Policy::Decision::Effect::ExplicitDeny || (!ownAccount && !d.allowed()))
        p.add(hop(Kind::Bucket, Why::BucketPolicyDenies, Verdict::Block, true, to.bucket, d.index, at, port));
    else
        p.add(
            hop(Kind::Bucket, Why::BucketAllows, Verdict::Info, true, to.bucket, ownAccount ? -1 : d.index, at, port));
}
