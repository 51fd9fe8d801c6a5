#pragma once

#include "intentcheck.h"
#include "reachmatrix.h"

/// What changed from one design to another (INTENTS.md `diff`): objects added, removed and
/// changed (by id and key), reachability gained and lost between subnets as protocol/port
/// sets, and intents that newly fail or newly hold.
struct DesignCompare
{
    struct Changed
    {
        QString id;   // empty for the design's own keys (name, description)
        QString kind; // the kind's tag (subnet, security-group...), or "design"
        QStringList keys;
    };
    struct Reach
    {
        QString from;
        QString to;
        OpenSet gained;
        OpenSet lost;
    };
    struct IntentChange
    {
        QString id;
        QString before; // holds, violated, invalid, absent
        QString after;
        QString message; // the new verdict's message
    };

    std::vector<std::pair<QString, QString>> added;   // id, kind tag
    std::vector<std::pair<QString, QString>> removed; // id, kind tag
    std::vector<Changed> changed;
    std::vector<Reach> reach;
    std::vector<IntentChange> intents;
    /// Reachability widened towards a space that an intent of the new design protects
    /// (the `to` of an intent that expects none), or an intent newly fails.
    bool widensProtected = false;

    bool isEmpty() const
    {
        return added.empty() && removed.empty() && changed.empty() && reach.empty() && intents.empty();
    }

    /// Compares two designs; nullopt with `why` when a matrix cannot be computed.
    static std::optional<DesignCompare> compare(const Design &before, const Design &after, QString *why);
    /// The part of `a` that `b` does not hold.
    static OpenSet minus(const OpenSet &a, const OpenSet &b);
};
