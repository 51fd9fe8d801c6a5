#pragma once

#include "rule.h"

/// intent-violated and intent-invalid (INTENTS.md): every intent of the design checked
/// over every packet of its spaces by the reachability engine, with a witness packet.
namespace IntentRules {

void check(const Design &design, FindingSink &sink);

} // namespace IntentRules
