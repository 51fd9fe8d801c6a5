#include "yamltree.h"

#include "yamlfast.h"

#include <QCoreApplication>
#include <QHash>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(YamlTree)
};

/// An istream over memory we already hold, so the file is not copied again.
class MemoryBuffer : public std::streambuf
{
public:
    MemoryBuffer(const char *begin, size_t size)
    {
        char *b = const_cast<char *>(begin);
        setg(b, b, b + size);
    }
};

/// yaml-cpp's messages, said as what they mean for a design file.
QString explain(const std::string &message)
{
    const QString m = QString::fromStdString(message);
    return Tr::tr("not valid YAML: %1").arg(m);
}

} // namespace

/// Turns yaml-cpp events into YamlTree nodes.
class YamlTreeBuilder : public YAML::EventHandler
{
public:
    explicit YamlTreeBuilder(YamlTree &tree) : mSink(tree) {}

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        anchored(anchor, mSink.add(YamlTree::Type::Null, line(mark), column(mark)));
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        mSink.alias(line(mark), column(mark), mAnchors.value(anchor, YamlTree::None));
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        // yaml-cpp tags plain scalars "?" and quoted or block scalars "!".
        anchored(anchor, mSink.scalar(line(mark), column(mark), tag == "!", value));
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        anchored(anchor, mSink.add(YamlTree::Type::Sequence, line(mark), column(mark)));
    }
    void OnSequenceEnd() override { mSink.close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        anchored(anchor, mSink.add(YamlTree::Type::Mapping, line(mark), column(mark)));
    }
    void OnMapEnd() override { mSink.close(); }

private:
    static quint32 line(const YAML::Mark &mark) { return quint32(mark.line + 1); }
    static quint32 column(const YAML::Mark &mark) { return quint32(mark.column + 1); }
    void anchored(YAML::anchor_t anchor, quint32 index)
    {
        if (anchor)
            mAnchors.insert(anchor, index);
    }

    YamlTreeSink mSink;
    QHash<YAML::anchor_t, quint32> mAnchors;
};

quint32 YamlTreeSink::add(YamlTree::Type type, quint32 line, quint32 column)
{
    const quint32 index = quint32(mTree.mNodes.size());
    YamlTree::Node n;
    n.type = type;
    n.line = line;
    n.column = column;
    n.length = type == YamlTree::Type::Scalar ? 0 : 1;
    mTree.mNodes.push_back(n);
    if (mOpen.empty()) {
        if (mTree.mRoot == YamlTree::None)
            mTree.mRoot = index;
    } else {
        YamlTree::Node &parent = mTree.mNodes[mOpen.back()];
        if (mLast.back() == YamlTree::None)
            parent.first = index;
        else
            mTree.mNodes[mLast.back()].next = index;
        mLast.back() = index;
        ++parent.count;
    }
    if (type == YamlTree::Type::Sequence || type == YamlTree::Type::Mapping) {
        mOpen.push_back(index);
        mLast.push_back(YamlTree::None);
    }
    return index;
}

quint32 YamlTreeSink::scalar(quint32 line, quint32 column, bool quoted, std::string_view text)
{
    const quint32 index = add(YamlTree::Type::Scalar, line, column);
    YamlTree::Node &n = mTree.mNodes[index];
    n.quoted = quoted;
    n.text = quint32(mTree.mText.size());
    n.length = quint32(text.size());
    mTree.mText.append(text);
    return index;
}

void YamlTreeSink::alias(quint32 line, quint32 column, quint32 target)
{
    const quint32 index = add(YamlTree::Type::Alias, line, column);
    mTree.mNodes[index].text = target;
}

void YamlTreeSink::close()
{
    const quint32 index = mOpen.back();
    mOpen.pop_back();
    mLast.pop_back();
    YamlTree::Node &n = mTree.mNodes[index];
    n.length = quint32(mTree.mNodes.size() - index);
}

void YamlTree::clear(size_t expectedBytes)
{
    mNodes.clear();
    mText.clear();
    mRoot = None;
    mExpanded = 0;
    mBudgetExceeded = false;
    mWarnings.clear();
    // About one node per 12 bytes in design files; reserving avoids regrowth copies.
    mNodes.reserve(expectedBytes / 12 + 16);
    mText.reserve(expectedBytes / 2 + 16);
}

bool YamlTree::parse(const QByteArray &data, const QString &fileName, Diagnostic &error)
{
    clear(size_t(data.size()));
    if (YamlFast::parse(data, *this)) {
        error = Diagnostic();
        error.file = fileName;
        return true;
    }
    return parseWithYamlCpp(data, fileName, error);
}

bool YamlTree::parseWithYamlCpp(const QByteArray &data, const QString &fileName, Diagnostic &error)
{
    clear(size_t(data.size()));
    error = Diagnostic();
    error.file = fileName;
    MemoryBuffer buffer(data.constData(), size_t(data.size()));
    std::istream in(&buffer);
    try {
        YAML::Parser parser(in);
        YamlTreeBuilder builder(*this);
        if (!parser.HandleNextDocument(builder) || mRoot == None) {
            error.line = 1;
            error.column = 1;
            error.message = Tr::tr("the file is empty; a design starts with 'vpc-designer: 1'");
            return false;
        }
        // A second document is not part of the design: say so, do not read it.
        YamlTree ignored;
        YamlTreeBuilder skip(ignored);
        if (parser.HandleNextDocument(skip)) {
            Diagnostic w;
            w.severity = Diagnostic::Severity::Warning;
            w.file = fileName;
            w.line = ignored.mRoot == None ? 0 : int(ignored.mNodes[0].line);
            w.column = 1;
            w.message = Tr::tr("only the first YAML document is read; the rest of the file is ignored");
            mWarnings.append(w);
        }
    } catch (const YAML::DeepRecursion &e) {
        error.line = e.mark.line + 1;
        error.column = e.mark.column + 1;
        error.message = Tr::tr("the YAML is nested more than %1 levels deep; a design needs fewer "
                               "than ten (is this really a design file?)")
                            .arg(e.depth());
        return false;
    } catch (const YAML::Exception &e) {
        error.line = e.mark.is_null() ? 0 : e.mark.line + 1;
        error.column = e.mark.is_null() ? 0 : e.mark.column + 1;
        error.message = explain(e.msg);
        return false;
    } catch (const std::exception &e) {
        error.message = Tr::tr("could not be read: %1").arg(QString::fromLocal8Bit(e.what()));
        return false;
    }
    return true;
}

quint64 YamlTree::expansionBudget() const
{
    return std::max<quint64>(1'000'000, 4 * quint64(mNodes.size()));
}

quint32 YamlTree::resolve(quint32 index)
{
    if (index == None || mNodes[index].type != Type::Alias)
        return index;
    const quint32 target = mNodes[index].text;
    if (target == None)
        return None;
    const Node &t = mNodes[target];
    mExpanded += t.type == Type::Scalar || t.type == Type::Null ? 1 : t.length;
    if (mExpanded > expansionBudget()) {
        mBudgetExceeded = true;
        return None;
    }
    // An alias of an alias cannot occur: yaml-cpp anchors nodes, not aliases.
    return target;
}

bool YamlTree::sameAs(const YamlTree &other, std::string *why) const
{
    const auto differ = [&](std::string what) {
        if (why)
            *why = std::move(what);
        return false;
    };
    if (mRoot != other.mRoot)
        return differ("the roots differ");
    if (mNodes.size() != other.mNodes.size())
        return differ("node counts differ: " + std::to_string(mNodes.size()) + " and " +
                      std::to_string(other.mNodes.size()));
    for (size_t i = 0; i < mNodes.size(); ++i) {
        const Node &a = mNodes[i];
        const Node &b = other.mNodes[i];
        const bool sameText = a.type == Type::Scalar ? text(a) == other.text(b) : a.text == b.text;
        if (a.type != b.type || a.quoted != b.quoted || a.line != b.line || a.column != b.column ||
            a.first != b.first || a.next != b.next || a.count != b.count || a.length != b.length || !sameText)
            return differ("node " + std::to_string(i) + " differs (line " + std::to_string(a.line) + ":" +
                          std::to_string(a.column) + " and " + std::to_string(b.line) + ":" + std::to_string(b.column) +
                          ", text '" + std::string(text(a)) + "' and '" + std::string(other.text(b)) + "')");
    }
    return true;
}
