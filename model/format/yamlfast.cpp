#include "yamlfast.h"

#include "yamltree.h"

#include <cstring>
#include <string>
#include <string_view>

// The rules below are yaml-cpp 0.7's (src/exp.h, scanscalar.cpp, scantoken.cpp,
// singledocparser.cpp), narrowed to what the designer writes; wherever the two could
// disagree the fast reader gives up rather than guess.

namespace {

using Type = YamlTree::Type;

/// Deeper than any design; deeper text goes to yaml-cpp, which says how deep is too deep.
constexpr int MaxDepth = 64;
/// yaml-cpp takes a key as a simple key only up to 1,024 bytes before its colon.
constexpr std::ptrdiff_t MaxKey = 1000;

bool isOneOf(char c, const char *set)
{
    return c != '\0' && std::strchr(set, c) != nullptr;
}

/// A scalar as scanned, before it becomes a node (so that a key can be told from a value).
struct Scalar
{
    quint32 line = 0;
    quint32 column = 0;
    bool quoted = false;
    std::string_view text; // into the data, or into the scanner's buffer when quoted
};

class Scanner
{
public:
    enum class Chomp { Clip, Strip, Keep };

    Scanner(const QByteArray &data, YamlTree &tree)
        : mBegin(data.constData()), mEnd(data.constData() + data.size()), mP(mBegin), mLineStart(mBegin), mSink(tree)
    {}

    bool run()
    {
        if (mBegin == mEnd || static_cast<unsigned char>(*mBegin) >= 0x80) // a BOM, UTF-16 or -32
            return false;
        // Tabs, carriage returns, NUL, and 0x04, which yaml-cpp takes for the end of its
        // stream wherever it stands.
        for (const char *q = mBegin; q < mEnd; ++q)
            if (*q == '\t' || *q == '\r' || *q == '\0' || *q == '\x04')
                return false;
        // The root: a block mapping, or a block sequence (the slices of a large file).
        if (!settle() || mIndent < 0)
            return false;
        if (sequenceEntryHere() ? !blockSeq(mIndent, 1) : !blockMap(mIndent, 1))
            return false;
        return mIndent < 0;
    }

private:
    quint32 column(const char *at) const { return quint32(at - mLineStart + 1); }
    bool endOfLine(const char *q) const { return q == mEnd || *q == '\n'; }
    bool blankOrEnd(const char *q) const { return q == mEnd || *q == ' ' || *q == '\n'; }
    void skipSpaces()
    {
        while (mP < mEnd && *mP == ' ')
            ++mP;
    }
    /// From the start of a line to the next line with content: its indent in mIndent and
    /// the cursor on its first character, or mIndent -1 at the end of the text.
    bool settle()
    {
        for (;;) {
            const char *e = mP;
            while (e < mEnd && *e == ' ')
                ++e;
            if (e == mEnd) {
                mP = e;
                mIndent = -1;
                return true;
            }
            if (*e == '\n') {
                mP = e + 1;
                ++mLine;
                mLineStart = mP;
                continue;
            }
            if (*e == '#')
                return false;
            mIndent = int(e - mLineStart);
            mP = e;
            return true;
        }
    }
    /// The rest of the line holds nothing more; then on to the next line with content.
    bool nextLine()
    {
        skipSpaces();
        if (mP == mEnd) {
            mIndent = -1;
            return true;
        }
        if (*mP != '\n')
            return false;
        ++mP;
        ++mLine;
        mLineStart = mP;
        return settle();
    }
    bool sequenceEntryHere() const { return mP < mEnd && *mP == '-' && blankOrEnd(mP + 1); }

    bool plain(bool flow, Scalar &out)
    {
        const char c = *mP;
        if (c == ' ' || c == '\n' || isOneOf(c, flow ? "?,[]{}#&*!|>'\"%@`" : ",[]{}#&*!|>'\"%@`"))
            return false;
        if (isOneOf(c, flow ? "-:" : "-?:") && blankOrEnd(mP + 1))
            return false;
        out.line = mLine;
        out.column = column(mP);
        out.quoted = false;
        const char *q = mP;
        const char *last = mP; // one past the last character that is not a space
        while (q < mEnd && *q != '\n') {
            const char ch = *q;
            if (ch == ':' && (q + 1 == mEnd || isOneOf(q[1], flow ? " \n,]}" : " \n")))
                break;
            if (flow && isOneOf(ch, ",[]{}?"))
                break;
            if (ch == ' ' && q + 1 < mEnd && q[1] == '#')
                break;
            ++q;
            if (ch != ' ')
                last = q;
        }
        if (last == mP)
            return false;
        out.text = std::string_view(mP, size_t(last - mP));
        mP = q;
        return true;
    }

    static void appendUtf8(std::string &s, char32_t cp)
    {
        if (cp <= 0x7f) {
            s += char(cp);
        } else if (cp <= 0x7ff) {
            s += char(0xc0 + (cp >> 6));
            s += char(0x80 + (cp & 0x3f));
        } else if (cp <= 0xffff) {
            s += char(0xe0 + (cp >> 12));
            s += char(0x80 + ((cp >> 6) & 0x3f));
            s += char(0x80 + (cp & 0x3f));
        } else {
            s += char(0xf0 + (cp >> 18));
            s += char(0x80 + ((cp >> 12) & 0x3f));
            s += char(0x80 + ((cp >> 6) & 0x3f));
            s += char(0x80 + (cp & 0x3f));
        }
    }

    bool hexEscape(const char *&q, int digits)
    {
        char32_t cp = 0;
        for (int i = 0; i < digits; ++i, ++q) {
            if (q >= mEnd)
                return false;
            const char h = *q;
            int d = 0;
            if (h >= '0' && h <= '9')
                d = h - '0';
            else if (h >= 'a' && h <= 'f')
                d = h - 'a' + 10;
            else if (h >= 'A' && h <= 'F')
                d = h - 'A' + 10;
            else
                return false;
            cp = (cp << 4) | char32_t(d);
        }
        if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
            return false;
        appendUtf8(mBuffer, cp);
        return true;
    }

    /// A double- or single-quoted scalar on one line.
    bool quoted(Scalar &out)
    {
        const char quote = *mP;
        out.line = mLine;
        out.column = column(mP);
        out.quoted = true;
        mBuffer.clear();
        const char *q = mP + 1;
        for (;;) {
            if (endOfLine(q))
                return false;
            const char c = *q;
            if (c == quote) {
                if (quote == '\'' && q + 1 < mEnd && q[1] == '\'') {
                    mBuffer += '\'';
                    q += 2;
                    continue;
                }
                ++q;
                break;
            }
            if (c != '\\' || quote == '\'') {
                mBuffer += c;
                ++q;
                continue;
            }
            if (q + 1 >= mEnd)
                return false;
            const char e = q[1];
            q += 2;
            switch (e) {
            case '0':
                mBuffer += '\0';
                break;
            case 'a':
                mBuffer += '\x07';
                break;
            case 'b':
                mBuffer += '\x08';
                break;
            case 't':
                mBuffer += '\x09';
                break;
            case 'n':
                mBuffer += '\x0a';
                break;
            case 'v':
                mBuffer += '\x0b';
                break;
            case 'f':
                mBuffer += '\x0c';
                break;
            case 'r':
                mBuffer += '\x0d';
                break;
            case 'e':
                mBuffer += '\x1b';
                break;
            case '"':
            case '\'':
            case '\\':
            case '/':
                mBuffer += e;
                break;
            case 'L':
                mBuffer += "\xe2\x80\xa8";
                break;
            case 'P':
                mBuffer += "\xe2\x80\xa9";
                break;
            case 'x':
                if (!hexEscape(q, 2))
                    return false;
                break;
            case 'u':
                if (!hexEscape(q, 4))
                    return false;
                break;
            case 'U':
                if (!hexEscape(q, 8))
                    return false;
                break;
            default:
                return false; // \N, \_, an escaped space or line break: left to yaml-cpp
            }
        }
        out.text = mBuffer;
        mP = q;
        return true;
    }

    bool scalar(bool flow, Scalar &out) { return *mP == '"' || *mP == '\'' ? quoted(out) : plain(flow, out); }

    void push(const Scalar &s)
    {
        const std::string_view t = s.text;
        if (!s.quoted && (t == "~" || t == "null" || t == "Null" || t == "NULL"))
            mSink.add(Type::Null, s.line, s.column);
        else
            mSink.scalar(s.line, s.column, s.quoted, t);
    }

    /// A key and its colon; the colon must be followed by a space (or, in block context,
    /// end the line).
    bool key(bool flow)
    {
        const char *start = mP;
        Scalar k;
        if (!scalar(flow, k))
            return false;
        skipSpaces();
        if (mP == mEnd || *mP != ':' || mP - start > MaxKey)
            return false;
        ++mP;
        if (flow ? (mP == mEnd || *mP != ' ') : !blankOrEnd(mP))
            return false;
        push(k);
        return true;
    }

    /// A value that starts on this line and ends on it (not a block scalar): a flow
    /// collection or a scalar, whose plain form follows the rules of `flow` context.
    bool value(bool flowContext, int depth)
    {
        if (depth > MaxDepth)
            return false;
        if (*mP == '{' || *mP == '[')
            return flow(depth);
        Scalar s;
        if (!scalar(flowContext, s))
            return false;
        push(s);
        return true;
    }

    /// A flow mapping `{k: v, ...}` or sequence `[v, ...]`, on one line.
    bool flow(int depth)
    {
        const bool mapping = *mP == '{';
        const char close = mapping ? '}' : ']';
        mSink.add(mapping ? Type::Mapping : Type::Sequence, mLine, column(mP));
        ++mP;
        skipSpaces();
        if (mP < mEnd && *mP == close) {
            ++mP;
            mSink.close();
            return true;
        }
        for (;;) {
            if (endOfLine(mP) || (mapping && !key(true)))
                return false;
            if (mapping)
                skipSpaces();
            if (endOfLine(mP) || isOneOf(*mP, ",}]") || !value(true, depth + 1))
                return false;
            skipSpaces();
            if (mP == mEnd || (!mapping && *mP == ':'))
                return false; // a single-pair mapping in a sequence: left to yaml-cpp
            if (*mP == close) {
                ++mP;
                mSink.close();
                return true;
            }
            if (*mP != ',')
                return false;
            ++mP;
            skipSpaces();
            if (mP < mEnd && *mP == close)
                return false; // a trailing comma: left to yaml-cpp
        }
    }

    /// A literal block scalar (`|`, `|-`, `|+`) as the value of a key in a mapping
    /// indented by `parent`; its lines are indented more than that.
    bool literal(int parent)
    {
        Chomp chomp = Chomp::Clip;
        const quint32 line = mLine, col = column(mP);
        ++mP;
        if (mP < mEnd && (*mP == '-' || *mP == '+'))
            chomp = *mP++ == '-' ? Chomp::Strip : Chomp::Keep;
        if (mP == mEnd || *mP != '\n')
            return false; // an indentation indicator, a comment, or no lines at all
        mBuffer.clear();
        int indent = -1;
        int blanks = 0;
        for (;;) {
            // mP is at the end of a line: go to the next one.
            if (mP == mEnd)
                break;
            ++mP;
            ++mLine;
            mLineStart = mP;
            const char *e = mP;
            while (e < mEnd && *e == ' ')
                ++e;
            const int spaces = int(e - mP);
            if (e == mEnd || *e == '\n') {
                if (spaces > 0 || indent < 0)
                    return false; // spaces on an empty line, or empty lines first
                if (e == mEnd)
                    break;
                ++blanks;
                mP = e;
                continue;
            }
            if (indent < 0) {
                if (spaces <= parent)
                    return false;
                indent = spaces;
            }
            if (spaces < indent) {
                // The first line after the block.
                if (spaces > parent || *e == '#')
                    return false;
                mIndent = spaces;
                mP = e;
                return finishLiteral(line, col, chomp, blanks);
            }
            mBuffer.append(size_t(blanks), '\n');
            blanks = 0;
            const char *eol = static_cast<const char *>(std::memchr(mP, '\n', size_t(mEnd - mP)));
            if (!eol)
                return false; // the last line without its line break
            mBuffer.append(mP + indent, size_t(eol - mP - indent));
            mBuffer += '\n';
            mP = eol;
        }
        if (indent < 0)
            return false;
        mIndent = -1;
        mP = mEnd;
        return finishLiteral(line, col, chomp, blanks);
    }

    /// The literal's text with its last line break kept (clip), dropped (strip), or with
    /// the empty lines after it (keep).
    bool finishLiteral(quint32 line, quint32 col, Chomp chomp, int blanks)
    {
        if (chomp == Chomp::Strip && !mBuffer.empty())
            mBuffer.pop_back();
        else if (chomp == Chomp::Keep)
            mBuffer.append(size_t(blanks), '\n');
        mSink.scalar(line, col, true, mBuffer);
        return true;
    }

    /// A block mapping whose first key is under the cursor, at column `indent` + 1.
    bool blockMap(int indent, int depth)
    {
        if (depth > MaxDepth)
            return false;
        mSink.add(Type::Mapping, mLine, column(mP));
        for (;;) {
            if (indent == 0 && mEnd - mP >= 3 && (std::memcmp(mP, "---", 3) == 0 || std::memcmp(mP, "...", 3) == 0) &&
                blankOrEnd(mP + 3))
                return false; // a document marker
            if (!key(false))
                return false;
            skipSpaces();
            if (endOfLine(mP)) {
                if (!nextLine())
                    return false;
                if (mIndent < 0 || (mIndent == indent && sequenceEntryHere()))
                    return false; // empty at the end, or an indentless sequence: left to yaml-cpp
                if (mIndent <= indent) {
                    // An empty value: null, placed by yaml-cpp where the next token starts.
                    mSink.add(Type::Null, mLine, column(mP));
                } else if (sequenceEntryHere() ? !blockSeq(mIndent, depth + 1) : !blockMap(mIndent, depth + 1)) {
                    return false;
                }
            } else if (*mP == '|') {
                if (!literal(indent))
                    return false;
            } else if (!value(false, depth + 1) || !nextLine()) {
                return false;
            }
            if (mIndent > indent || (mIndent == indent && sequenceEntryHere()))
                return false;
            if (mIndent < indent) {
                mSink.close();
                return true;
            }
        }
    }

    /// A block sequence whose first `-` is under the cursor, at column `indent` + 1.
    bool blockSeq(int indent, int depth)
    {
        if (depth > MaxDepth)
            return false;
        mSink.add(Type::Sequence, mLine, column(mP));
        for (;;) {
            ++mP;
            if (endOfLine(mP))
                return false; // an empty entry, or one that starts on the next line
            skipSpaces();
            if (endOfLine(mP) || sequenceEntryHere() || *mP == '|' || *mP == '>')
                return false;
            if (*mP == '{' || *mP == '[' || !startsKey()) {
                if (!value(false, depth + 1) || !nextLine())
                    return false;
            } else if (!blockMap(int(mP - mLineStart), depth + 1)) {
                return false;
            }
            if (mIndent > indent || (mIndent == indent && !sequenceEntryHere()))
                return false;
            if (mIndent < indent) {
                mSink.close();
                return true;
            }
        }
    }

    /// Whether the scalar under the cursor is followed by a colon that makes it a key.
    bool startsKey()
    {
        const char *start = mP;
        const quint32 line = mLine;
        Scalar s;
        const bool isScalar = scalar(false, s);
        skipSpaces();
        const bool isKey = isScalar && mP < mEnd && *mP == ':' && blankOrEnd(mP + 1);
        mP = start;
        mLine = line;
        return isKey;
    }

    const char *mBegin;
    const char *mEnd;
    const char *mP;
    const char *mLineStart;
    quint32 mLine = 1;
    int mIndent = -1; // of the line under the cursor; -1 at the end
    YamlTreeSink mSink;
    std::string mBuffer;
};

} // namespace

bool YamlFast::parse(const QByteArray &data, YamlTree &tree)
{
    Scanner scanner(data, tree);
    return scanner.run();
}
