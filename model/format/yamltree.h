#pragma once

#include "diagnostic.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// A compact, read-only YAML document built from yaml-cpp's event parser: one flat
/// array of nodes and one buffer of scalar text. Aliases stay aliases (nothing is
/// expanded here); readers resolve them through `resolve()`, which charges every
/// expansion to a budget so that an alias bomb fails fast instead of eating memory.
class YamlTree
{
public:
    enum class Type : quint8 { Null, Scalar, Sequence, Mapping, Alias };
    static constexpr quint32 None = 0xffffffffu;

    struct Node
    {
        Type type = Type::Null;
        bool quoted = false;  // a quoted or block scalar (never a number, bool or null)
        quint32 line = 0;     // 1-based
        quint32 column = 0;   // 1-based
        quint32 first = None; // first child; mapping children alternate key, value
        quint32 next = None;  // next sibling
        quint32 count = 0;    // children
        quint32 text = 0;     // scalar: offset into the text buffer; alias: target node
        quint32 length = 0;   // scalar: byte length; container: nodes in the subtree
    };

    /// Parses `data` (the whole file). On failure returns false with `error` set
    /// (position and a sentence; yaml-cpp's own words are translated into ours). Text in
    /// the shape the designer writes is read by the fast reader (yamlfast.h); anything
    /// else, and every file with an error, by yaml-cpp's event parser.
    bool parse(const QByteArray &data, const QString &fileName, Diagnostic &error);
    /// The same with yaml-cpp alone: the reference the fast reader is tested against.
    bool parseWithYamlCpp(const QByteArray &data, const QString &fileName, Diagnostic &error);

    quint32 root() const { return mRoot; }
    const Node &node(quint32 index) const { return mNodes[index]; }
    std::string_view text(const Node &n) const
    {
        return n.type == Type::Scalar ? std::string_view(mText.data() + n.text, n.length) : std::string_view();
    }
    size_t nodeCount() const { return mNodes.size(); }
    /// Warnings found while parsing (a second document, ignored).
    const DiagnosticList &warnings() const { return mWarnings; }

    /// Follows an alias to its target, charging the target's size to the expansion
    /// budget. Returns None when the budget is spent (see `budgetExceeded()`).
    quint32 resolve(quint32 index);
    bool budgetExceeded() const { return mBudgetExceeded; }
    /// The most nodes that aliases may add by expansion: generous for real reuse of
    /// rule lists, tiny next to a billion-laughs expansion.
    quint64 expansionBudget() const;

    /// Whether two trees hold the same nodes, positions and text (for the fast reader's
    /// tests); the first difference is described in `why`.
    bool sameAs(const YamlTree &other, std::string *why = nullptr) const;

private:
    friend class YamlTreeSink;
    void clear(size_t expectedBytes);

    std::vector<Node> mNodes;
    std::string mText;
    quint32 mRoot = None;
    quint64 mExpanded = 0;
    bool mBudgetExceeded = false;
    DiagnosticList mWarnings;
};

/// Appends nodes to a tree in document order, linking each to its parent and siblings:
/// the common back end of the yaml-cpp event handler and the fast reader.
class YamlTreeSink
{
public:
    explicit YamlTreeSink(YamlTree &tree) : mTree(tree) {}
    /// A node at a 1-based line and column; containers stay open until `close()`.
    quint32 add(YamlTree::Type type, quint32 line, quint32 column);
    /// A scalar with its text.
    quint32 scalar(quint32 line, quint32 column, bool quoted, std::string_view text);
    /// An alias to an earlier node (None when its anchor is unknown).
    void alias(quint32 line, quint32 column, quint32 target);
    /// Closes the innermost open container.
    void close();
    size_t depth() const { return mOpen.size(); }

private:
    YamlTree &mTree;
    std::vector<quint32> mOpen;
    std::vector<quint32> mLast;
};
