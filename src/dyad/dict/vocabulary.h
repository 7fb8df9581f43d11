// Token ids. Every word a dictionary mentions is interned once, upper-cased,
// into the Vocabulary that the whole dictionary set shares; phrases are then
// sequences of TokenIds and matching a sentence never compares strings.
#ifndef DYAD_DICT_VOCABULARY_H_
#define DYAD_DICT_VOCABULARY_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

using TokenId = uint32_t;
inline constexpr TokenId kNoToken = UINT32_MAX;

// A word's bit in a 64-bit word signature, the OR of the bits of a set of
// words: a word whose bit is clear is certainly not in the set.
inline uint64_t TokenBit(TokenId id) { return uint64_t{1} << (id % 64); }

class Vocabulary {
 public:
  Vocabulary() = default;
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;

  // The id of `word`, added if new. Callers pass the upper-case form; a word
  // with non-ASCII letters is stored in the folded form text is matched in
  // (AsciiFoldUpper: "TÜRKIYE" as "TURKIYE").
  TokenId Intern(std::string_view word);
  // The id of `word`, or kNoToken when no dictionary mentions it. `word` is
  // looked up as given: pass the folded form.
  TokenId Find(std::string_view word) const;
  // The spelling of `id`; requires id < size().
  std::string_view Spelling(TokenId id) const { return spellings_[id]; }
  size_t size() const { return spellings_.size(); }

 private:
  // An open-addressing table (linear probing, at most half full): Find runs
  // for every word of every sentence, and a probe that compares a stored
  // hash before the spelling is cheaper than std::unordered_map's.
  struct Slot {
    TokenId id = kNoToken;  // kNoToken: empty
    uint32_t hash = 0;      // high bits of the word's hash
  };
  TokenId InternAsGiven(std::string_view word);
  void Grow();

  std::deque<std::string> storage_;  // stable addresses for the views below
  std::vector<std::string_view> spellings_;
  std::vector<Slot> slots_ = std::vector<Slot>(1024);  // size a power of two
};

}  // namespace dyad

#endif  // DYAD_DICT_VOCABULARY_H_
