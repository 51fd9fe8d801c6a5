#pragma once

#include "cidr.h"

#include <cstdint>
#include <vector>

/// Longest-prefix match over CIDR blocks of one family: a binary trie, one level per
/// bit, in a flat node array. A route table's lookup walks at most 32 (IPv4) or 128
/// (IPv6) nodes and allocates nothing.
template <class Value>
class PrefixTrie
{
public:
    /// Adds a block (its network part); a second value for the same block replaces the
    /// first only when `replace` is set.
    void insert(const Cidr &block, const Value &value, bool replace = false)
    {
        if (mNodes.empty())
            mNodes.push_back({});
        const int width = block.address().bitWidth();
        const u128 bits = block.network().first().value();
        uint32_t node = 0;
        for (int depth = 0; depth < block.prefixLength(); ++depth) {
            const int bit = int((bits >> (width - 1 - depth)) & 1);
            if (mNodes[node].child[bit] == 0) {
                mNodes[node].child[bit] = uint32_t(mNodes.size());
                mNodes.push_back({});
            }
            node = mNodes[node].child[bit];
        }
        if (mNodes[node].value < 0 || replace) {
            mNodes[node].value = int32_t(mValues.size());
            mNodes[node].length = int16_t(block.prefixLength());
            mValues.push_back(value);
        }
    }

    /// The value of the longest block holding `address`, or nullptr; `length` gets its
    /// prefix length.
    const Value *lookup(const IpAddress &address, int *length = nullptr) const
    {
        if (mNodes.empty())
            return nullptr;
        const int width = address.bitWidth();
        const u128 bits = address.value();
        uint32_t node = 0;
        int32_t best = mNodes[0].value;
        int bestLength = 0;
        for (int depth = 0; depth < width; ++depth) {
            const uint32_t next = mNodes[node].child[(bits >> (width - 1 - depth)) & 1];
            if (next == 0)
                break;
            node = next;
            if (mNodes[node].value >= 0) {
                best = mNodes[node].value;
                bestLength = depth + 1;
            }
        }
        if (best < 0)
            return nullptr;
        if (length)
            *length = bestLength;
        return &mValues[size_t(best)];
    }

    bool empty() const { return mValues.empty(); }

private:
    struct Node
    {
        uint32_t child[2] = {0, 0}; // 0: none (the root is never a child)
        int32_t value = -1;
        int16_t length = 0;
    };
    std::vector<Node> mNodes;
    std::vector<Value> mValues;
};
