// A trie over TokenId sequences: the structure every phrase dictionary (actors,
// agents, verb forms, discards, issues) compiles into. Built once, frozen, then
// read concurrently without locks.
//
//   PhraseTrie trie;
//   trie.Insert({kim, jong, un}, entry_index);
//   trie.Freeze();
//   std::span<const uint32_t> hits;
//   size_t n = trie.LongestMatch(sentence_ids, &hits);  // n tokens matched
//
// Children live in one open-addressing hash table keyed by (node, token), so a
// step costs one probe regardless of fan-out.
#ifndef DYAD_DICT_PHRASE_TRIE_H_
#define DYAD_DICT_PHRASE_TRIE_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "dyad/dict/vocabulary.h"

namespace dyad {

class PhraseTrie {
 public:
  using NodeId = uint32_t;
  static constexpr NodeId kRoot = 0;
  static constexpr NodeId kNoNode = UINT32_MAX;

  PhraseTrie();

  // Adds `phrase` (non-empty) carrying `value`. A phrase may carry several
  // values; they are returned in insertion order. Requires !frozen().
  void Insert(std::span<const TokenId> phrase, uint32_t value);
  // Ends building; lookups are valid only afterwards.
  void Freeze();
  bool frozen() const { return frozen_; }

  // The child of `node` along `token`, or kNoNode.
  NodeId Child(NodeId node, TokenId token) const;
  // Whether some phrase begins with `token`: false means Child(kRoot, token)
  // is kNoNode. Exact at all times, and a bit test, not a probe: scans that
  // try every word of a sentence ask it first.
  bool MayStart(TokenId token) const {
    return token / 64 < starts_.size() && (starts_[token / 64] >> (token % 64) & 1) != 0;
  }
  // Child(kRoot, token), kNoNode decided by a bit test for most tokens.
  NodeId FirstNode(TokenId token) const { return MayStart(token) ? Child(kRoot, token) : kNoNode; }
  // Values of phrases ending exactly at `node` (empty for inner nodes).
  std::span<const uint32_t> Values(NodeId node) const;

  // Length of the longest phrase that is a prefix of `tokens` (0 if none), and
  // its values in *values.
  size_t LongestMatch(std::span<const TokenId> tokens, std::span<const uint32_t>* values) const {
    *values = {};
    if (tokens.empty() || !MayStart(tokens[0])) return 0;  // the usual case, decided here
    return LongestMatchFrom(tokens, values);
  }
  // LongestMatch for a caller that kept `first`, the node of tokens[0]
  // (Child(kRoot, tokens[0]), not kNoNode), so as not to look it up again
  // for a token it meets often.
  size_t LongestMatchAt(NodeId first, std::span<const TokenId> tokens, std::span<const uint32_t>* values) const;
  // Calls visit(length, values) for each phrase that is a prefix of
  // `tokens`, shortest first: one walk, where Exact for each length would
  // walk again.
  template <typename Visit>
  void VisitPrefixes(std::span<const TokenId> tokens, Visit&& visit) const {
    if (tokens.empty() || !MayStart(tokens[0])) return;
    NodeId node = kRoot;
    for (size_t i = 0; i < tokens.size(); ++i) {
      node = Child(node, tokens[i]);
      if (node == kNoNode) return;
      const std::span<const uint32_t> values = Values(node);
      if (!values.empty()) visit(i + 1, values);
    }
  }
  // Values of the phrase equal to all of `tokens`; empty if none.
  std::span<const uint32_t> Exact(std::span<const TokenId> tokens) const {
    if (tokens.empty() || !MayStart(tokens[0])) return {};
    return ExactFrom(tokens);
  }

  size_t node_count() const { return node_count_; }
  size_t phrase_count() const { return phrase_count_; }

 private:
  struct Slot {
    uint64_t key;  // (node << 32) | token; kEmptyKey when free
    NodeId child;
  };
  static constexpr uint64_t kEmptyKey = UINT64_MAX;
  static constexpr unsigned kInitialShift = 54;  // 1,024 slots

  void GrowTable();
  NodeId InsertChild(NodeId node, TokenId token);
  size_t LongestMatchFrom(std::span<const TokenId> tokens, std::span<const uint32_t>* values) const;
  std::span<const uint32_t> ExactFrom(std::span<const TokenId> tokens) const;

  std::vector<Slot> table_;  // size is a power of two: 2^(64 - shift_)
  unsigned shift_ = kInitialShift;
  size_t used_ = 0;
  size_t node_count_ = 1;  // the root
  size_t phrase_count_ = 0;
  bool frozen_ = false;
  std::vector<std::pair<NodeId, uint32_t>> pending_values_;  // while building
  std::vector<uint32_t> value_offsets_;                      // node -> first value (CSR)
  std::vector<uint32_t> values_;
  // Bit t is set when a phrase begins with token t (kept by InsertChild):
  // most words begin none, and the bitmap refuses them without a probe of
  // the table.
  std::vector<uint64_t> starts_;
};

}  // namespace dyad

#endif  // DYAD_DICT_PHRASE_TRIE_H_
