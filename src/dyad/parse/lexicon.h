// The open-class English lexicon the tagger consults: which parts of speech a
// word can take and how strongly, read from WordNet's database files
// (Debian package `wordnet-base`, /usr/share/wordnet):
//   index.noun index.verb index.adj index.adv   one lemma a line:
//       `lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...`
//       (lines starting with a space are the licence); tagsense_cnt, how many
//       senses were seen in a tagged corpus, serves as the word's weight.
//   noun.exc verb.exc adj.exc adv.exc   irregular forms: `inflected base...`.
//
//   Result<std::shared_ptr<const Lexicon>> lex = Lexicon::Load("/usr/share/wordnet");
//   WordAnalysis a = (*lex)->Analyze("attacked");   // a.verb_ed > 0
//
// Regular inflections are recognised by WordNet's own detachment rules
// ("-ies" -> "-y", "-ed" -> "", "-ed" -> "-e", doubled consonants ...), so
// "attacked", "ties" and "bigger" need no entries of their own. A Lexicon is
// immutable once loaded and may be shared by any number of threads.
#ifndef DYAD_PARSE_LEXICON_H_
#define DYAD_PARSE_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"

namespace dyad {

// What a word can be. Each field is a weight: 0 when the word cannot be that,
// else 1 + how often WordNet saw the lemma in that part of speech.
struct WordAnalysis {
  uint16_t noun = 0;         // a singular noun (NN)
  uint16_t plural_noun = 0;  // a plural noun (NNS)
  uint16_t verb = 0;         // a verb's base form (VB/VBP)
  uint16_t verb_s = 0;       // third person singular (VBZ)
  uint16_t verb_ed = 0;      // past tense or participle (VBD/VBN)
  uint16_t verb_ing = 0;     // present participle (VBG)
  uint16_t adj = 0;          // JJ
  uint16_t adj_er = 0;       // JJR
  uint16_t adj_est = 0;      // JJS
  uint16_t adv = 0;          // RB
  bool participle_only = false;  // an irregular -ed form that is only a participle ("taken")

  bool known() const {
    return noun | plural_noun | verb | verb_s | verb_ed | verb_ing | adj | adj_er | adj_est | adv;
  }
  uint16_t any_noun() const { return noun > plural_noun ? noun : plural_noun; }
  // Inline: the tagger asks it of every word.
  uint16_t any_verb() const {
    const uint16_t inflected = verb_ed > verb_ing ? verb_ed : verb_ing;
    const uint16_t base = verb > verb_s ? verb : verb_s;
    return base > inflected ? base : inflected;
  }
};

class Lexicon {
 public:
  // Reads the eight files from `dir`. Errors: a file is missing or unreadable
  // (IoError). Lines that do not have the documented shape are skipped.
  static Result<std::shared_ptr<const Lexicon>> Load(const std::string& dir);
  // The lexicon of $DYAD_WORDNET_DIR, else /usr/share/wordnet, loaded on first
  // use and shared by every caller afterwards (thread-safe). The error, when
  // loading failed, is returned to every caller.
  static Result<std::shared_ptr<const Lexicon>> Shared();

  // What `lower_word` (ASCII lower case) can be; all zero when unknown.
  // Each thread remembers recent answers (news repeats its words, and an
  // answer takes several lookups of stems).
  WordAnalysis Analyze(std::string_view lower_word) const;
  // Lemmas and irregular forms stored.
  size_t size() const { return entries_.size(); }

 private:
  // Words live in one open-addressing table: a lookup costs one hash and
  // usually one probe, which matters at millions of words a second.
  struct Entry {
    uint32_t key_offset = 0;  // into keys_
    uint32_t key_size = 0;
    WordAnalysis analysis;
  };
  struct Slot {
    uint32_t hash = 0;
    uint32_t entry = UINT32_MAX;  // UINT32_MAX: empty
  };
  static uint32_t HashOf(std::string_view s);
  WordAnalysis AnalyzeUncached(std::string_view w) const;
  // The entry for `w`, created empty when absent (building only).
  WordAnalysis& Insert(std::string_view w);
  const WordAnalysis* Find(std::string_view w) const;
  void Grow();

  // Tells lexicons apart in the per-thread memory of Analyze, which an
  // address could not: a lexicon may be freed and another made in its place.
  const uint64_t id_ = NextId();
  static uint64_t NextId();

  std::string keys_;
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;  // size a power of two, at most half full
};

}  // namespace dyad

#endif  // DYAD_PARSE_LEXICON_H_
