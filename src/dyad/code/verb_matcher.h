// Matching a verb's linear patterns (`- WORDS * WORDS [CODE]`) against the
// words around the verb.
//
// The coder cuts two sequences out of the linear parse: the "upper" one from
// the verb back towards the start of its clause, and the "lower" one from the
// verb to the end of its verb phrase, both read outwards from the verb. A
// pattern's part before `*` is matched against the upper sequence (its
// element nearest `*` first), the part after `*` against the lower one.
//
//   std::vector<SeqElem> upper, lower;   // reuse them: they keep their storage
//   UpperSequence(tree, parse, word_ids, verb_item, &upper);
//   LowerSequence(parse, word_ids, after_verb, vp_close, &lower);
//   SequenceWords upper_words, lower_words;   // reuse them too
//   upper_words.Set(verbs, upper);
//   lower_words.Set(verbs, lower);
//   PatternMatch m = MatchPattern(verbs, verbs.pattern(p), upper, lower, &upper_words, &lower_words);
//   BlockMatch first = MatchBlock(verbs, verbs.block(b), upper, lower, upper_words, lower_words);
#ifndef DYAD_CODE_VERB_MATCHER_H_
#define DYAD_CODE_VERB_MATCHER_H_

#include <cstdint>
#include <span>
#include <vector>

#include "dyad/code/linear_parse.h"
#include "dyad/dict/verb_dict.h"
#include "dyad/dict/vocabulary.h"
#include "dyad/tree/parse_tree.h"

namespace dyad {

enum class SeqKind : uint8_t {
  kWord,           // token: tree token; word: its vocabulary id (kNoToken if unknown)
  kEnterEntity,    // id: entity; reading outwards, its words follow
  kLeaveEntity,
  kEnterCompound,  // id: compound
  kLeaveCompound,
};

struct SeqElem {
  SeqKind kind;
  TokenId word = kNoToken;
  int32_t id = -1;  // tree token for kWord, else the entity or compound
};

// Where an actor slot of a pattern (or the default search) points.
struct Slot {
  enum Kind : uint8_t { kNone, kEntity, kCompound };
  Kind kind = kNone;
  int32_t id = -1;

  bool empty() const { return kind == kNone; }
  bool operator==(const Slot&) const = default;
};

// The upper sequence of the verb whose first word is parse.items[verb_item],
// into *seq (replacing its contents): items before it, nearest first, back to
// the start of the sentence or the nearest comma. `word_ids` maps tree tokens
// to vocabulary ids.
void UpperSequence(const ParseTree& tree, const LinearParse& parse, std::span<const TokenId> word_ids,
                   size_t verb_item, std::vector<SeqElem>* seq);
// The lower sequence into *seq: items [from, to), in order.
void LowerSequence(const LinearParse& parse, std::span<const TokenId> word_ids, size_t from, size_t to,
                   std::vector<SeqElem>* seq);

// The words of a sequence: their signature (TokenBit), exactly which words
// occur, in a bitmap over the vocabulary, and which synsets of `verbs` have
// a member beginning with one of them. Set() costs a pass over the
// sequence and a clear of the synset bitmap (one bit per synset); reuse
// one, as it keeps its bitmaps and clears only its own bits of the
// vocabulary-wide word bitmap.
class SequenceWords {
 public:
  void Set(const VerbDictionary& verbs, std::span<const SeqElem> seq);
  uint64_t signature() const { return signature_; }
  bool Has(TokenId word) const {
    return word / 64 < present_.size() && (present_[word / 64] & TokenBit(word)) != 0;
  }
  // False when no member of `synset` can match in the sequence, read either
  // way: its first word is missing.
  bool MayHoldSet(SynsetId synset) const {
    return synset / 64 < sets_.size() && (sets_[synset / 64] >> (synset % 64) & 1) != 0;
  }

 private:
  uint64_t signature_ = 0;
  std::vector<uint64_t> present_;  // bit (id % 64) of word id / 64
  std::vector<TokenId> words_;     // whose bits are set in present_
  std::vector<uint64_t> sets_;     // bit (id % 64) of synset id / 64
};

struct PatternMatch {
  bool matched = false;
  Slot source;  // set by `$` or `%`
  Slot target;  // set by `+` or `%`
};

// Matches one linear pattern. Each pattern element takes the next sequence
// word if it equals it; otherwise, unless the element is joined (`_`) to the
// one before it (or to `*`), the word is passed over and the next one tried.
// Entity and compound boundaries are passed over freely. `$`, `+` and `^`
// need the current word to lie in an entity and consume the rest of it (a
// compound member stands for its whole compound); `%`
// needs a compound and consumes all of it: before `*` the compound becomes
// both source and target (its members act on each other), after `*` the
// target. Matching is greedy, as in
// PETRARCH-1: an element never backtracks to a later occurrence.
// Phrase elements of PETRARCH2-style patterns (`{`, `(`, `}`) are ignored.
//
// `upper_words` and `lower_words`, when given, describe the words of the
// sequences: they let a pattern needing words, or members of sets, that a
// sequence lacks (VerbPattern's SideNeeds) fail without scanning it. The result is the same
// with or without them.
PatternMatch MatchPattern(const VerbDictionary& verbs, const VerbPattern& pattern,
                          std::span<const SeqElem> upper, std::span<const SeqElem> lower,
                          const SequenceWords* upper_words = nullptr, const SequenceWords* lower_words = nullptr);

// The first pattern of `block`, in dictionary order, that matches the
// sequences, which `upper_words` and `lower_words` must describe (Set() to
// them); `pattern` is its index in `verbs`. match.matched is false when none
// does. Most of a verb's patterns need a word the sequences lack, so the
// scan refuses them by signature before matching any.
struct BlockMatch {
  uint32_t pattern = 0;
  PatternMatch match;
};
BlockMatch MatchBlock(const VerbDictionary& verbs, const VerbBlock& block, std::span<const SeqElem> upper,
                      std::span<const SeqElem> lower, const SequenceWords& upper_words,
                      const SequenceWords& lower_words);

}  // namespace dyad

#endif  // DYAD_CODE_VERB_MATCHER_H_
