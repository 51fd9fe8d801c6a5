#pragma once

#include "design.h"
#include "properties.h"
#include "yamlreader.h"

#include <QSet>

#include <memory>
#include <vector>

/// Reads a YamlTree into a Design: objects, their lists, the top level and the layout.
class DesignReader : public YamlReader
{
public:
    using YamlReader::YamlReader;

    /// Reads the whole tree into a new design (nullptr when there were errors).
    std::unique_ptr<Design> run();
    /// Reads the top level but leaves the layout for later (see `finish`).
    bool runDeferringLayout();
    /// Reads a slice: a bare list of VPCs.
    std::unique_ptr<Design> readVpcSlice();
    /// Takes the VPCs read from slices, in order, then reads the layout and hands over.
    std::unique_ptr<Design> finish(std::vector<std::unique_ptr<Design>> &slices);

private:
    QString describe(const Object &o) const;

    Object *readObject(quint32 at, ObjectKind kind, Object *parent, const QString &listKey);

    void readChildren(quint32 at, const ChildListDef &list, Object *parent);

    /// At most one main route table and one default ACL per VPC (FORMAT.md).
    void checkSingletons(Object *parent);

    void readLayout(quint32 at);

    void readLayoutEntry(quint32 keyNode, const QString &objectId, quint32 at);

    void readTop(quint32 at);

    std::unique_ptr<Design> mDesign;
    QSet<const Object *> mReportedSingletons;
    quint32 mLayoutNode = None;
};
