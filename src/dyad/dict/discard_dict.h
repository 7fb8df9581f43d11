// The discard list: phrases that mark a sentence, or a whole story, as not
// worth coding (sports, celebrities, weather, history...).
//
// File format (PETRARCH's discard file), one phrase per line:
//
//   # comment                 `#` to end of line, and <!-- ... --> blocks
//   WORLD WAR II              sentence discard: skip the sentence it occurs in
//   +WORLD CUP   # note       story discard: skip the whole story
//   GROUP A_                  `_` joins words; a final `_` (TABARI's "whole
//                             word" mark) adds nothing, as tokens are whole words
//   1914                      numbers are phrases like any other
//
// Words are upper-cased (ASCII) and interned into the shared Vocabulary, so the
// tokenizer must produce tokens the same way for phrases to match. A `[CODE]`
// after a phrase (as in old TABARI discard entries) is reported and ignored.
//
//   DiscardDict discards;
//   discards.Read(std::move(text), "Phoenix.discards.txt", file_index, &vocab, &diags);
//   discards.Freeze();
//   DiscardMatch m = discards.Match(sentence_token_ids);
//   if (m.level == DiscardLevel::kStory) SkipStory(discards.entry(m.entry).provenance);
#ifndef DYAD_DICT_DISCARD_DICT_H_
#define DYAD_DICT_DISCARD_DICT_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/dict/phrase_trie.h"
#include "dyad/dict/provenance.h"
#include "dyad/dict/vocabulary.h"

namespace dyad {

// Ordered by precedence: a story discard outranks a sentence discard.
enum class DiscardLevel : uint8_t { kNone, kSentence, kStory };

struct DiscardEntry {
  DiscardLevel level = DiscardLevel::kSentence;
  std::vector<TokenId> phrase;  // never empty
  Provenance provenance;
};

struct DiscardMatch {
  DiscardLevel level = DiscardLevel::kNone;  // kNone: no phrase occurs
  uint32_t entry = 0;                         // DiscardDict::entry(); valid unless kNone
  size_t start = 0;                           // first matched token
  size_t length = 0;                          // tokens matched
};

class DiscardDict {
 public:
  struct Stats {
    size_t story_phrases = 0;
    size_t sentence_phrases = 0;
  };

  DiscardDict() = default;
  DiscardDict(const DiscardDict&) = delete;
  DiscardDict& operator=(const DiscardDict&) = delete;

  // Adds the phrases of one discard file (`text` is its whole content).
  // `file_name` names it in diagnostics, `file_index` in provenance. Each bad
  // line is reported as FILE:LINE and skipped. Requires !frozen().
  void Read(std::string text, std::string_view file_name, uint32_t file_index,
            Vocabulary* vocabulary, Diagnostics* diagnostics);
  // Ends reading; Match() is valid only afterwards.
  void Freeze();
  bool frozen() const { return trie_.frozen(); }

  Stats stats() const { return stats_; }
  size_t size() const { return entries_.size(); }
  const DiscardEntry& entry(uint32_t index) const { return entries_[index]; }

  // The discard phrase occurring in `sentence` that decides its fate: a story
  // discard if any occurs, else a sentence discard; among equals the leftmost,
  // then the longest, then the first read. level is kNone when none occurs.
  DiscardMatch Match(std::span<const TokenId> sentence) const;

  // Warnings for phrases listed more than once, naming both places and calling
  // out a phrase that is both a story and a sentence discard (the story
  // discard wins). Requires frozen().
  void Lint(const SourceFiles& files, Diagnostics* diagnostics) const;

 private:
  std::vector<DiscardEntry> entries_;
  PhraseTrie trie_;  // phrase -> entry indices
  Stats stats_;
};

}  // namespace dyad

#endif  // DYAD_DICT_DISCARD_DICT_H_
