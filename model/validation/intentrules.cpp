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

} // namespace

namespace IntentRules {

void check(const Design &design, FindingSink &sink)
{
    if (design.intents().empty())
        return;
    const Simulator simulator(design);
    const Reachability engine(simulator);
    const IntentCheck checker(engine);
    for (const Intent *intent : design.intents()) {
        const IntentResult r = checker.check(*intent);
        switch (r.status) {
        case IntentResult::Status::Holds:
            break;
        case IntentResult::Status::Invalid:
            sink.add(Catalogue::IntentInvalid, {intent->id},
                     Tr::tr("%1 cannot be checked: %2").arg(intent->id, r.message));
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
}

} // namespace IntentRules
