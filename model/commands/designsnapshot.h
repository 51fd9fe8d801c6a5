#pragma once

#include "design.h"

#include <QObject>
#include <QSet>

#include <memory>

class Document;

/// A copy of a document's design that can be written on another thread, kept without
/// ever copying the whole design at once: each top-level object (a VPC with everything
/// it holds, a peering, a scenario) is copied when it changes, in slices of a few
/// milliseconds (`refresh`), and `take` gathers the current copies in a moment. The
/// copies are never changed once made, so a worker may read them while editing goes on.
/// Autosave uses it: a design of 2,000 VPCs takes 150 ms to copy whole, far more than a
/// frame, but an edit changes one VPC.
class DesignSnapshot : public QObject
{
    Q_OBJECT

public:
    /// What `take` gives: everything of the design at one moment, shared and read-only.
    struct Frozen
    {
        QString name;
        QString description;
        ExtraKeys extra;
        YamlValue lesson;
        std::vector<std::shared_ptr<const Object>> topLevel; // VPCs, peerings, buckets, scenarios in order
        QHash<QString, LayoutRect> layout;
        /// The design itself, rebuilt from the copies (on any thread).
        std::unique_ptr<Design> assemble() const;
    };

    explicit DesignSnapshot(Document *document, QObject *parent = nullptr);
    /// The document's own snapshot, shared by all who need one (autosave, simulation
    /// runs): made the first time it is asked for, a child of the document.
    static DesignSnapshot *of(Document *document);

    /// Copies changed top-level objects for at most `budgetMs` milliseconds; true when
    /// every copy is current.
    bool refresh(double budgetMs);
    /// The design now, from the copies; only valid right after `refresh` returned true
    /// (nothing can change in between: both run on the document's thread).
    std::shared_ptr<const Frozen> take() const;
    /// How many top-level objects wait to be copied.
    qsizetype pending() const { return mDirty.size(); }

private:
    void markAll();
    void markTopOf(const QString &id);

    Document *mDocument;
    QHash<QString, std::shared_ptr<const Object>> mCopies;
    QSet<QString> mDirty; // top-level ids whose copy is stale or missing
};
