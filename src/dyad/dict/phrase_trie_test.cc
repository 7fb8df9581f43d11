#include "dyad/dict/phrase_trie.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <vector>

namespace dyad {
namespace {

using Phrase = std::vector<TokenId>;
using Values = std::vector<uint32_t>;

Values ToVector(std::span<const uint32_t> s) { return Values(s.begin(), s.end()); }

// The obviously correct model the trie is checked against.
class Reference {
 public:
  void Insert(const Phrase& p, uint32_t value) {
    map_[p].push_back(value);
    for (size_t n = 1; n <= p.size(); ++n) prefixes_.insert(Phrase(p.begin(), p.begin() + n));
  }
  Values Exact(const Phrase& p) const {
    auto it = map_.find(p);
    return it == map_.end() ? Values{} : it->second;
  }
  size_t LongestMatch(const Phrase& tokens, Values* values) const {
    values->clear();
    size_t best = 0;
    for (size_t n = 1; n <= tokens.size(); ++n) {
      auto it = map_.find(Phrase(tokens.begin(), tokens.begin() + n));
      if (it != map_.end()) {
        best = n;
        *values = it->second;
      }
    }
    return best;
  }
  bool IsPrefix(const Phrase& p) const { return p.empty() || prefixes_.count(p) > 0; }
  size_t node_count() const { return prefixes_.size() + 1; }
  const std::map<Phrase, Values>& map() const { return map_; }

 private:
  std::map<Phrase, Values> map_;
  std::set<Phrase> prefixes_;
};

// Random phrases over a small alphabet, so that they share prefixes and
// repeat; the alphabet includes the extreme token ids to exercise key packing.
class OracleTest : public ::testing::TestWithParam<uint32_t> {
 protected:
  TokenId RandomToken() {
    static constexpr TokenId kExtremes[] = {0, 1, UINT32_MAX - 1, 0x80000000u, 0xFFFFu};
    std::uniform_int_distribution<int> pick(0, alphabet_ + 4);
    int i = pick(rng_);
    return i < 5 ? kExtremes[i] : static_cast<TokenId>(1000 + i);
  }
  Phrase RandomPhrase(int max_length) {
    std::uniform_int_distribution<int> length(1, max_length);
    Phrase p(length(rng_));
    for (TokenId& t : p) t = RandomToken();
    return p;
  }
  // Builds trie and reference from `count` insertions, a fifth of them
  // repeating an earlier phrase with a new value.
  void Build(int count, int max_length) {
    std::vector<Phrase> inserted;
    std::uniform_int_distribution<int> percent(0, 99);
    for (int i = 0; i < count; ++i) {
      Phrase p;
      if (!inserted.empty() && percent(rng_) < 20) {
        p = inserted[std::uniform_int_distribution<size_t>(0, inserted.size() - 1)(rng_)];
      } else {
        p = RandomPhrase(max_length);
      }
      uint32_t value = static_cast<uint32_t>(rng_());
      trie_.Insert(p, value);
      ref_.Insert(p, value);
      inserted.push_back(p);
    }
    trie_.Freeze();
    ASSERT_EQ(trie_.phrase_count(), static_cast<size_t>(count));
    ASSERT_EQ(trie_.node_count(), ref_.node_count());
  }
  void CheckAgainstReference(int queries, int max_length) {
    for (const auto& [phrase, values] : ref_.map()) {
      ASSERT_EQ(ToVector(trie_.Exact(phrase)), values);
    }
    for (int q = 0; q < queries; ++q) {
      Phrase stream = RandomPhrase(max_length + 3);
      ASSERT_EQ(ToVector(trie_.Exact(stream)), ref_.Exact(stream));

      std::span<const uint32_t> got;
      Values want;
      size_t n = trie_.LongestMatch(stream, &got);
      ASSERT_EQ(n, ref_.LongestMatch(stream, &want));
      ASSERT_EQ(ToVector(got), want);
      // The same from the first token's node, kept by the caller.
      if (const PhraseTrie::NodeId first = trie_.Child(PhraseTrie::kRoot, stream[0]); first != PhraseTrie::kNoNode) {
        ASSERT_EQ(trie_.LongestMatchAt(first, stream, &got), n);
        ASSERT_EQ(ToVector(got), want);
      }

      // Step by step: Child exists exactly for prefixes of phrases, and
      // Values there are those of the phrase ending there.
      PhraseTrie::NodeId node = PhraseTrie::kRoot;
      for (size_t i = 0; i < stream.size(); ++i) {
        node = trie_.Child(node, stream[i]);
        Phrase prefix(stream.begin(), stream.begin() + i + 1);
        ASSERT_EQ(node != PhraseTrie::kNoNode, ref_.IsPrefix(prefix));
        if (node == PhraseTrie::kNoNode) break;
        ASSERT_LT(node, trie_.node_count());
        ASSERT_EQ(ToVector(trie_.Values(node)), ref_.Exact(prefix));
      }
    }
  }

  std::mt19937 rng_{GetParam()};
  int alphabet_ = 6;
  PhraseTrie trie_;
  Reference ref_;
};

TEST_P(OracleTest, SmallDenseDictionary) {
  Build(60, 4);
  CheckAgainstReference(3000, 4);
}

TEST_P(OracleTest, LargeDictionaryGrowsTheTableManyTimes) {
  alphabet_ = 400;
  Build(20000, 6);  // well past the initial 1024 slots
  CheckAgainstReference(3000, 6);
}

INSTANTIATE_TEST_SUITE_P(Seeds, OracleTest, ::testing::Values(1u, 2u, 3u, 42u, 20240229u));

TEST(PhraseTrieTest, EmptyTrieMatchesNothing) {
  PhraseTrie trie;
  trie.Freeze();
  Phrase stream = {1, 2, 3};
  std::span<const uint32_t> values;
  EXPECT_EQ(trie.LongestMatch(stream, &values), 0u);
  EXPECT_TRUE(values.empty());
  EXPECT_TRUE(trie.Exact(stream).empty());
  EXPECT_TRUE(trie.Exact({}).empty());
  EXPECT_EQ(trie.Child(PhraseTrie::kRoot, 1), PhraseTrie::kNoNode);
  EXPECT_TRUE(trie.Values(PhraseTrie::kRoot).empty());
  EXPECT_EQ(trie.node_count(), 1u);
}

TEST(PhraseTrieTest, LongestMatchKeepsTheLongestEndingNotTheDeepestWalk) {
  PhraseTrie trie;
  Phrase a = {7}, abc = {7, 8, 9};
  trie.Insert(a, 1);
  trie.Insert(abc, 3);
  trie.Freeze();
  std::span<const uint32_t> values;
  Phrase stream = {7, 8, 5};  // walks two deep, but only {7} ends a phrase
  EXPECT_EQ(trie.LongestMatch(stream, &values), 1u);
  EXPECT_EQ(ToVector(values), Values{1});
  EXPECT_EQ(trie.LongestMatch(std::span<const TokenId>(), &values), 0u);
  EXPECT_TRUE(values.empty());
}

TEST(PhraseTrieTest, ValuesOfNoNodeIsEmpty) {
  PhraseTrie trie;
  Phrase p = {4};
  trie.Insert(p, 9);
  trie.Freeze();
  // What Child returns for a miss: callers may pass it straight on.
  EXPECT_TRUE(trie.Values(trie.Child(PhraseTrie::kRoot, 5)).empty());
}

}  // namespace
}  // namespace dyad
