#pragma once

#include "cidr.h"

#include <cstdint>
#include <vector>

/// Longest-prefix match over CIDR blocks of one family: a path-compressed binary trie
/// (PATRICIA) in a flat node array. Each node holds the whole prefix it stands for, so a
/// lookup visits only the nodes where routes branch or end: a handful for a route table
/// of dozens of routes, instead of one node per bit. Lookups allocate nothing.
template <class Value> class PrefixTrie
{
public:
    /// Adds a block (its network part); a second value for the same block replaces the
    /// first only when `replace` is set.
    void insert(const Cidr &block, const Value &value, bool replace = false)
    {
        const int width = block.address().bitWidth();
        if (width == 0)
            return; // no block
        const u128 key = leftAligned(block.network().first().value(), width);
        const int length = block.prefixLength();
        if (mRoot < 0) {
            mRoot = newLeaf(key, length, value);
            return;
        }
        // Walk down by node index (the node array may grow while inserting: no pointers
        // into it are kept across a new node); `parent`/`side` say where `at` hangs.
        int32_t parent = -1;
        int side = 0;
        int32_t at = mRoot;
        while (true) {
            const u128 nodeKey = mNodes[size_t(at)].key;
            const int nodeLength = mNodes[size_t(at)].length;
            const int common = commonLength(key, length, nodeKey, nodeLength);
            if (common == nodeLength) {
                if (length == nodeLength) { // the same block
                    Node &n = mNodes[size_t(at)];
                    if (!n.hasValue || replace) {
                        n.value = value;
                        n.hasValue = true;
                    }
                    return;
                }
                const int bit = bitAt(key, nodeLength);
                const int32_t child = mNodes[size_t(at)].child[bit];
                if (child < 0) {
                    const int32_t leaf = newLeaf(key, length, value);
                    mNodes[size_t(at)].child[bit] = leaf;
                    return;
                }
                parent = at;
                side = bit;
                at = child;
                continue;
            }
            // The new block and this node part ways after `common` bits.
            int32_t top;
            if (common == length) { // the new block holds this node
                top = newLeaf(key, length, value);
                mNodes[size_t(top)].child[bitAt(nodeKey, length)] = at;
            } else {
                top = newNode(key & mask(common), common);
                const int32_t leaf = newLeaf(key, length, value);
                mNodes[size_t(top)].child[bitAt(nodeKey, common)] = at;
                mNodes[size_t(top)].child[bitAt(key, common)] = leaf;
            }
            if (parent < 0)
                mRoot = top;
            else
                mNodes[size_t(parent)].child[side] = top;
            return;
        }
    }

    /// The value of the longest block holding `address`, or nullptr; `length` gets its
    /// prefix length.
    const Value *lookup(const IpAddress &address, int *length = nullptr) const
    {
        const int width = address.bitWidth();
        if (width == 0)
            return nullptr; // no address
        const u128 key = leftAligned(address.value(), width);
        int32_t at = mRoot;
        const Node *best = nullptr;
        while (at >= 0) {
            const Node &n = mNodes[size_t(at)];
            if (((key ^ n.key) & mask(n.length)) != 0)
                break;
            if (n.hasValue)
                best = &n;
            if (n.length >= width)
                break;
            at = n.child[bitAt(key, n.length)];
        }
        if (!best)
            return nullptr;
        if (length)
            *length = best->length;
        return &best->value;
    }

    /// Calls `visit(value, length)` for every block that holds `address`, shortest first.
    template <class Visit> void forEachMatch(const IpAddress &address, Visit &&visit) const
    {
        const int width = address.bitWidth();
        if (width == 0)
            return;
        const u128 key = leftAligned(address.value(), width);
        for (int32_t at = mRoot; at >= 0;) {
            const Node &n = mNodes[size_t(at)];
            if (((key ^ n.key) & mask(n.length)) != 0)
                break;
            if (n.hasValue)
                visit(n.value, n.length);
            if (n.length >= width)
                break;
            at = n.child[bitAt(key, n.length)];
        }
    }

    bool empty() const { return mRoot < 0; }

private:
    struct Node
    {
        u128 key = 0; // the prefix, left-aligned; bits past `length` are zero
        int32_t child[2] = {-1, -1};
        int32_t length = 0;
        bool hasValue = false; // false: a branching point only
        Value value{};         // inline: no second array to fetch from
    };

    static u128 leftAligned(u128 value, int width) { return width >= 128 ? value : value << (128 - width); }
    static u128 mask(int length) { return length <= 0 ? u128(0) : ~u128(0) << (128 - length); }
    static int bitAt(u128 key, int position) { return int((key >> (127 - position)) & 1); }
    static int commonLength(u128 a, int la, u128 b, int lb)
    {
        const int limit = la < lb ? la : lb;
        const u128 diff = a ^ b;
        int same = 128;
        if (diff != 0) {
            const uint64_t hi = uint64_t(diff >> 64);
            same = hi != 0 ? __builtin_clzll(hi) : 64 + __builtin_clzll(uint64_t(diff));
        }
        return same < limit ? same : limit;
    }
    int32_t newLeaf(u128 key, int length, const Value &value)
    {
        const int32_t at = newNode(key, length);
        mNodes[size_t(at)].value = value;
        mNodes[size_t(at)].hasValue = true;
        return at;
    }
    int32_t newNode(u128 key, int length)
    {
        Node n;
        n.key = key & mask(length);
        n.length = length;
        mNodes.push_back(n);
        return int32_t(mNodes.size() - 1);
    }
    std::vector<Node> mNodes;
    int32_t mRoot = -1;
};
