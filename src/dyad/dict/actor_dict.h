// The actor dictionary: who a noun phrase names, and which CAMEO actor code
// that name carried on a given date.
//
//   Vocabulary vocabulary;
//   SourceFiles files;
//   Diagnostics diagnostics;
//   ActorDict actors;
//   for (const std::string& path : actor_paths) {
//     uint32_t index = files.Add(path);
//     actors.Read(*ReadFile(path), path, index, &vocabulary, &diagnostics);
//   }
//   actors.Freeze();
//   ActorDict::Match m = actors.LongestMatch(noun_phrase_tokens);
//   if (m.length > 0) {
//     const ActorDict::Code* code = actors.CodeOn(m.entry, 20080815);
//     if (code != nullptr) Use(code->code);  // e.g. "GEOGOV"
//   }
//
// File format (PETRARCH / TABARI, as in the Phoenix.*.actors.txt files):
//
//   KOFI_ANNAN_                         an entry: its primary phrase, words
//   +SECRETARY-GENERAL_KOFI_ANNAN       joined by '_' or spaces; '+' lines are
//   +K._ANNAN_                          synonyms of the entry above
//       [IGOUNO 970101-061231]          its codes, here on indented lines
//       [ELI]                           (an undated code: the default)
//   ABN_AMRO_ [NLDGOVBUS >081004][MNCNLD]     codes may also follow the phrase
//
// A code is `[CODE]`, `[CODE >DATE]`, `[CODE <DATE]` or `[CODE DATE-DATE]`
// (spaces around '<', '>' and '-' allowed). Dates are YYYYMMDD or YYMMDD; a
// two-digit year YY means 20YY when YY <= 30, else 19YY (as in KEDS, TABARI
// and PETRARCH). `#` and `;` start comments, as do `<!-- -->` blocks and lines
// beginning "<!". Every problem is reported as FILE:LINE and the bad code,
// line or entry skipped; reading continues.
//
// Date restrictions include both of their written ends, as the PETRARCH
// validation suite expects (its DATE records test the lower and the upper
// bound of a range and find the code on both days):
//   [C >D]     applies on D and after        (from = D)
//   [C <D]     applies up to and on D        (until = D)
//   [C D1-D2]  applies from D1 through D2
// When several dated codes of an entry apply, the one with the narrowest
// range wins (an open-ended range counts as infinitely wide; among equals
// the first listed wins); when none applies, the first undated code is the
// default. So on a handover day written as the end of one term and the start
// of the next ([RUSMIL 20121106-20240513] [RUSGOV >20240513]) the shorter
// term holds. This is UniversalPetrarch's rule ("embedded time restrictions:
// pick the smaller one"). PETRARCH2 took the first listed code that applied,
// undated ones included, but the Phoenix files nest posts inside career
// spans (FAKHRUDDIN_AHMED_: [BGDELI 580101-070301] then [BGDGOVBUS
// 030101-050531]), which under that rule could never apply, and the
// PETR.Validate SAM_GAMGEE entry lists its default first and expects the
// dated codes to win.
//
// When several entries share a phrase, the one read last wins, as PETRARCH's
// dictionary overwrote earlier definitions; Lint() warns about such
// duplicates when their codes differ.
#ifndef DYAD_DICT_ACTOR_DICT_H_
#define DYAD_DICT_ACTOR_DICT_H_

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

class ActorDict {
 public:
  using EntryId = uint32_t;
  static constexpr EntryId kNoEntry = UINT32_MAX;
  // Open ends of a date restriction (dates are int YYYYMMDD).
  static constexpr int kNoLowerBound = 0;
  static constexpr int kNoUpperBound = 99999999;
  static constexpr int64_t kOpenRange = INT64_MAX;

  // One `[CODE ...]` of an entry.
  struct Code {
    std::string code;          // as written, e.g. "IGOUNO", "---"
    int from = kNoLowerBound;  // first day it applies (inclusive)
    int until = kNoUpperBound; // last day it applies (inclusive)
    bool dated = false;        // false for `[CODE]`
    // until - from in days, to rank ranges; kOpenRange when either end is open.
    int64_t span_days = kOpenRange;
    Provenance provenance;     // the line holding this code

    bool AppliesOn(int date) const { return from <= date && date <= until; }
  };

  struct Match {
    size_t length = 0;         // tokens matched; 0 when nothing matched
    EntryId entry = kNoEntry;
  };

  struct Stats {
    size_t entries = 0;      // entries kept (with at least one usable code)
    size_t synonyms = 0;     // '+' phrases of kept entries
    size_t phrases = 0;      // phrases in the trie: entries + synonyms
    size_t codes = 0;        // usable codes of kept entries
    size_t dated_codes = 0;  // of which carry a date restriction
    size_t dated_entries = 0;  // entries with at least one dated code
  };

  ActorDict() = default;
  ActorDict(const ActorDict&) = delete;
  ActorDict& operator=(const ActorDict&) = delete;

  // Adds the entries of one dictionary file. Called once per file, in the
  // order the files are given; entries accumulate. `file_name` names the file
  // in diagnostics, `file_index` goes into every Provenance. `vocabulary`
  // receives the phrase words and must be the same object, outliving this
  // dictionary, on every call. Requires !frozen().
  void Read(std::string text, std::string_view file_name, uint32_t file_index,
            Vocabulary* vocabulary, Diagnostics* diagnostics);

  // Ends reading; the lookups below are valid only afterwards.
  void Freeze();
  bool frozen() const { return trie_.frozen(); }

  // The actor phrases, for a caller that keeps a word's first node
  // (PhraseTrie::FirstNode) and matches from it (LongestMatchAt).
  const PhraseTrie& phrases() const { return trie_; }
  // The longest actor phrase that is a prefix of `tokens`. Requires frozen().
  // Inline: the tagger and the coder ask it at every word, and most begin
  // no phrase.
  Match LongestMatch(std::span<const TokenId> tokens) const {
    std::span<const uint32_t> phrase_ids;
    const size_t length = trie_.LongestMatch(tokens, &phrase_ids);
    return length == 0 ? Match{} : Match{length, EntryAt(phrase_ids)};
  }
  // The entry whose phrase is exactly `tokens`, or kNoEntry. Requires frozen().
  EntryId Find(std::span<const TokenId> tokens) const;

  // The code of `entry` on `date` (YYYYMMDD), chosen as described above, or
  // nullptr when none applies (an entry with only dated codes, none current).
  const Code* CodeOn(EntryId entry, int date) const;
  std::span<const Code> codes(EntryId entry) const;
  // The line of the entry's primary phrase.
  Provenance provenance(EntryId entry) const { return entries_[entry].provenance; }
  // The primary phrase, words joined by single spaces ("KOFI ANNAN").
  std::string PrimaryPhrase(EntryId entry) const;
  size_t entry_count() const { return entries_.size(); }

  Stats stats() const { return stats_; }
  // The same counts for the entries read from one file (by `file_index` of
  // Read); all zero for a file that gave no actors.
  Stats file_stats(uint32_t file_index) const {
    return file_index < file_stats_.size() ? file_stats_[file_index] : Stats{};
  }

  // Reports, as warnings, what reads fine but cannot be what the author
  // meant: the same phrase in entries with different codes (naming both
  // lines), a second undated code in an entry (never used), and a dated code
  // whose exact range an earlier code of the entry already has (never used).
  // Requires frozen().
  void Lint(const SourceFiles& files, Diagnostics* diagnostics) const;

 private:
  struct Entry {
    Provenance provenance;
    uint32_t first_code = 0;
    uint32_t code_count = 0;
    uint32_t primary_phrase = 0;  // index into phrases_
  };
  struct Phrase {
    EntryId entry = kNoEntry;
    uint32_t first_token = 0;  // into tokens_
    uint32_t token_count = 0;
    Provenance provenance;
  };
  class FileReader;

  std::span<const TokenId> PhraseTokens(const Phrase& p) const;
  std::string Spell(const Phrase& p) const;
  EntryId EntryAt(std::span<const uint32_t> phrase_ids) const;

  std::vector<Entry> entries_;
  std::vector<Code> codes_;
  std::vector<Phrase> phrases_;
  std::vector<TokenId> tokens_;
  PhraseTrie trie_;  // phrase tokens -> indices into phrases_
  const Vocabulary* vocabulary_ = nullptr;
  Stats stats_;
  std::vector<Stats> file_stats_;  // by file index
};

}  // namespace dyad

#endif  // DYAD_DICT_ACTOR_DICT_H_
