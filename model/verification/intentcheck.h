#pragma once

#include "reachability.h"

/// The verdict on one intent (INTENTS.md), proved over every packet of its spaces.
struct IntentResult
{
    enum class Status : quint8 { Holds, Violated, Invalid };
    Status status = Status::Holds;
    QString message;                    // why it fails or cannot be checked; empty when it holds
    std::optional<PacketClass> witness; // Violated: one class that breaks it (Holds, some: one that keeps it)
    std::optional<FlowRun> witnessRun;  // the witness's representative, hop by hop
    QStringList objects;                // what the message names: the intent, the ends, the deciding setting
    qint64 classes = 0;                 // how many classes were evaluated

    /// `holds`, `violated`, `invalid`: the words of the CLI and its JSON.
    static QString statusName(Status status);
};

/// Checks intents against one compiled design. Every verdict is the simulator's, over
/// the classes of Reachability; the message says which packet, what let it through or
/// stopped it, and what to change.
class IntentCheck
{
public:
    explicit IntentCheck(const Reachability &engine, qint64 budget = Reachability::Query().budget)
        : mEngine(engine), mBudget(budget)
    {}

    IntentResult check(const Intent &intent) const;

private:
    const Reachability &mEngine;
    qint64 mBudget;
};
