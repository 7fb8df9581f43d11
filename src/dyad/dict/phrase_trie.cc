#include "dyad/dict/phrase_trie.h"

#include <algorithm>
#include <cassert>

namespace dyad {
namespace {

inline uint64_t Key(PhraseTrie::NodeId node, TokenId token) {
  return (static_cast<uint64_t>(node) << 32) | token;
}

// The home slot of `key` in a table of 2^(64 - shift) slots: the top bits
// of a multiplicative (Fibonacci) hash, which spread consecutive node ids
// and tokens at the cost of one multiply, paid by every step of a lookup.
inline size_t Home(uint64_t key, unsigned shift) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift);
}

}  // namespace

PhraseTrie::PhraseTrie() : table_(size_t{1} << (64 - kInitialShift), Slot{kEmptyKey, kNoNode}) {}

PhraseTrie::NodeId PhraseTrie::Child(NodeId node, TokenId token) const {
  const uint64_t key = Key(node, token);
  const size_t mask = table_.size() - 1;
  for (size_t i = Home(key, shift_);; i = (i + 1) & mask) {
    const Slot& s = table_[i];
    if (s.key == key) return s.child;
    if (s.key == kEmptyKey) return kNoNode;
  }
}

void PhraseTrie::GrowTable() {
  std::vector<Slot> old(table_.size() * 2, Slot{kEmptyKey, kNoNode});
  old.swap(table_);
  --shift_;
  const size_t mask = table_.size() - 1;
  for (const Slot& s : old) {
    if (s.key == kEmptyKey) continue;
    size_t i = Home(s.key, shift_);
    while (table_[i].key != kEmptyKey) i = (i + 1) & mask;
    table_[i] = s;
  }
}

PhraseTrie::NodeId PhraseTrie::InsertChild(NodeId node, TokenId token) {
  NodeId existing = Child(node, token);
  if (existing != kNoNode) return existing;
  if ((used_ + 1) * 2 > table_.size()) GrowTable();  // load factor <= 1/2
  const uint64_t key = Key(node, token);
  const size_t mask = table_.size() - 1;
  size_t i = Home(key, shift_);
  while (table_[i].key != kEmptyKey) i = (i + 1) & mask;
  NodeId child = static_cast<NodeId>(node_count_++);
  table_[i] = Slot{key, child};
  ++used_;
  if (node == kRoot) {
    if (token / 64 >= starts_.size()) starts_.resize(token / 64 + 1, 0);
    starts_[token / 64] |= uint64_t{1} << (token % 64);
  }
  return child;
}

void PhraseTrie::Insert(std::span<const TokenId> phrase, uint32_t value) {
  assert(!frozen_ && !phrase.empty());
  NodeId node = kRoot;
  for (TokenId t : phrase) node = InsertChild(node, t);
  pending_values_.emplace_back(node, value);
  ++phrase_count_;
}

void PhraseTrie::Freeze() {
  if (frozen_) return;
  std::stable_sort(pending_values_.begin(), pending_values_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  value_offsets_.assign(node_count_ + 1, 0);
  for (const auto& [node, value] : pending_values_) ++value_offsets_[node + 1];
  for (size_t i = 1; i < value_offsets_.size(); ++i) value_offsets_[i] += value_offsets_[i - 1];
  values_.reserve(pending_values_.size());
  for (const auto& [node, value] : pending_values_) values_.push_back(value);
  pending_values_.clear();
  pending_values_.shrink_to_fit();
  frozen_ = true;
}

std::span<const uint32_t> PhraseTrie::Values(NodeId node) const {
  assert(frozen_);
  if (static_cast<size_t>(node) + 1 >= value_offsets_.size()) return {};  // kNoNode + 1 would wrap
  return std::span<const uint32_t>(values_).subspan(value_offsets_[node],
                                                    value_offsets_[node + 1] - value_offsets_[node]);
}

namespace {

// The longest match of `tokens` in `trie`, from `first`, the node of
// tokens[0]; *values is set only when there is one. Inline in both callers,
// which run at every word.
[[gnu::always_inline]] inline size_t LongestMatchWalk(const PhraseTrie& trie, PhraseTrie::NodeId first,
                                                      std::span<const TokenId> tokens,
                                                      std::span<const uint32_t>* values) {
  size_t best = 0;
  PhraseTrie::NodeId node = first;
  for (size_t i = 1;; ++i) {
    std::span<const uint32_t> here = trie.Values(node);
    if (!here.empty()) {
      best = i;
      *values = here;
    }
    if (i == tokens.size()) break;
    node = trie.Child(node, tokens[i]);
    if (node == PhraseTrie::kNoNode) break;
  }
  return best;
}

}  // namespace

size_t PhraseTrie::LongestMatchFrom(std::span<const TokenId> tokens, std::span<const uint32_t>* values) const {
  const NodeId first = Child(kRoot, tokens[0]);
  return first == kNoNode ? 0 : LongestMatchWalk(*this, first, tokens, values);
}

size_t PhraseTrie::LongestMatchAt(NodeId first, std::span<const TokenId> tokens,
                                  std::span<const uint32_t>* values) const {
  *values = {};
  return LongestMatchWalk(*this, first, tokens, values);
}

std::span<const uint32_t> PhraseTrie::ExactFrom(std::span<const TokenId> tokens) const {
  NodeId node = kRoot;
  for (TokenId t : tokens) {
    node = Child(node, t);
    if (node == kNoNode) return {};
  }
  return tokens.empty() ? std::span<const uint32_t>{} : Values(node);
}

}  // namespace dyad
