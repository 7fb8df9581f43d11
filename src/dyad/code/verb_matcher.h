// Matching a verb's linear patterns (`- WORDS * WORDS [CODE]`) against the
// words around the verb.
//
// The coder cuts two sequences out of the linear parse: the "upper" one from
// the verb back towards the start of its clause, and the "lower" one from the
// verb to the end of its verb phrase, both read outwards from the verb. A
// pattern's part before `*` is matched against the upper sequence (its
// element nearest `*` first), the part after `*` against the lower one.
//
//   std::vector<SeqElem> upper = UpperSequence(tree, parse, word_ids, verb_item);
//   std::vector<SeqElem> lower = LowerSequence(parse, word_ids, after_verb, vp_close);
//   PatternMatch m = MatchPattern(verbs, verbs.pattern(p), upper, lower,
//                                 WordSignature(upper), WordSignature(lower));
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

// The upper sequence of the verb whose first word is parse.items[verb_item]:
// items before it, nearest first, back to the start of the sentence or the
// nearest comma. `word_ids` maps tree tokens to vocabulary ids.
std::vector<SeqElem> UpperSequence(const ParseTree& tree, const LinearParse& parse,
                                   std::span<const TokenId> word_ids, size_t verb_item);
// The lower sequence: items [from, to), in order.
std::vector<SeqElem> LowerSequence(const LinearParse& parse, std::span<const TokenId> word_ids,
                                   size_t from, size_t to);

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
// `upper_words` and `lower_words`, when given, are the sequences'
// WordSignature()s: they let a pattern naming a word that a sequence lacks
// fail without scanning it. The result is the same with or without them.
PatternMatch MatchPattern(const VerbDictionary& verbs, const VerbPattern& pattern,
                          std::span<const SeqElem> upper, std::span<const SeqElem> lower,
                          uint64_t upper_words = ~uint64_t{0}, uint64_t lower_words = ~uint64_t{0});

// A 64-bit summary of the words of `seq`: bit (id % 64) is set for each word
// id. A word whose bit is clear does not occur in it.
uint64_t WordSignature(std::span<const SeqElem> seq);

}  // namespace dyad

#endif  // DYAD_CODE_VERB_MATCHER_H_
