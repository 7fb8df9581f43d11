// The agent dictionary: nouns that say what role an actor plays (minister,
// police, rebels), and the code piece each one adds to the actor's code.
//
//   AgentDict agents;
//   agents.Read(*ReadFile(path), path, files.Add(path), &vocabulary, &diagnostics);
//   agents.Freeze();
//   AgentDict::Match m = agents.LongestMatch(noun_phrase_tokens);
//   if (m.length > 0) {
//     const AgentDict::Agent& a = agents.agent(m.entry);
//     // a.affix == kSuffix: ARN + GOV -> ARNGOV;  kPrefix: NGO + ARN -> NGOARN
//   }
//
// File format (PETRARCH, as in Phoenix.agents.txt):
//
//   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON   a substitution set
//   FOREIGN_MINISTER [~GOVFRM]      '~' before the code: a suffix code
//   HUMAN_RIGHTS_BODY [NGO~]        '~' after the code: a prefix code
//   THIEF {THIEVES} [~CRM]          {...}: the plural, when not regular
//   POLICE {} [~COP]                {}: no plural at all
//   BUSINESS!PERSON! [~BUS]         BUSINESSMAN, BUSINESSMEN, ... BUSINESSPERSON
//
// Words are joined by '_' or spaces. `#` and `;` start comments, as do
// `<!-- -->` blocks and lines beginning "<!". Every problem is reported as
// FILE:LINE and the line skipped; reading continues.
//
// Plurals. Unless the line gives `{...}`, uses a `!NAME!` marker (PETRARCH
// substitutes the set's words "with no additional plural formation") or ends
// in '_' (PETRARCH's mark for a phrase that takes no plural), the plural of
// the last word is generated: consonant + Y -> IES (AUTHORITY -> AUTHORITIES),
// S, X, Z, CH, SH -> +ES (CONGRESS -> CONGRESSES), otherwise +S. PETRARCH
// itself turns every final Y into IES and adds ES only after S; the English
// rule is used here so that ENVOY and ATTORNEY get ENVOYS and ATTORNEYS
// rather than ENVOIES and ATTORNIES.
//
// A `!NAME!` set must be defined before the lines that use it (PETRARCH reads
// in one pass); a later definition of the same name replaces the earlier one.
// When several agent lines give the same phrase, the one read last wins.
#ifndef DYAD_DICT_AGENT_DICT_H_
#define DYAD_DICT_AGENT_DICT_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/dict/phrase_trie.h"
#include "dyad/dict/provenance.h"
#include "dyad/dict/vocabulary.h"

namespace dyad {

class AgentDict {
 public:
  using EntryId = uint32_t;
  static constexpr EntryId kNoEntry = UINT32_MAX;

  enum class Affix {
    kSuffix,  // [~GOV]: written after the actor code (ARN -> ARNGOV)
    kPrefix,  // [NGO~]: written before it (ARN -> NGOARN)
  };

  struct Agent {
    std::string code;  // without the '~', e.g. "GOV"
    Affix affix = Affix::kSuffix;
    Provenance provenance;
  };

  struct Match {
    size_t length = 0;  // tokens matched; 0 when nothing matched
    EntryId entry = kNoEntry;
  };

  struct Stats {
    size_t entries = 0;            // agent lines kept
    size_t phrases = 0;            // phrases in the trie, incl. plurals and substitutions
    size_t prefix_codes = 0;       // entries with [XXX~]
    size_t suffix_codes = 0;       // entries with [~XXX]
    size_t substitution_sets = 0;  // `!NAME! = ...` definitions read
  };

  AgentDict() = default;
  AgentDict(const AgentDict&) = delete;
  AgentDict& operator=(const AgentDict&) = delete;

  // Adds the agents of one dictionary file; see ActorDict::Read for the
  // arguments. Requires !frozen().
  void Read(std::string text, std::string_view file_name, uint32_t file_index,
            Vocabulary* vocabulary, Diagnostics* diagnostics);

  // Ends reading; the lookups below are valid only afterwards.
  void Freeze();
  bool frozen() const { return trie_.frozen(); }

  // The agent phrases, for a caller that keeps a word's first node
  // (PhraseTrie::FirstNode) and matches from it (LongestMatchAt).
  const PhraseTrie& phrases() const { return trie_; }
  // The longest agent phrase that is a prefix of `tokens`. Requires frozen().
  // Inline: the tagger and the coder ask it at every word, and most begin
  // no phrase.
  Match LongestMatch(std::span<const TokenId> tokens) const {
    std::span<const uint32_t> phrase_ids;
    const size_t length = trie_.LongestMatch(tokens, &phrase_ids);
    return length == 0 ? Match{} : Match{length, EntryAt(phrase_ids)};
  }
  // The entry whose phrase (any generated form) is exactly `tokens`, or kNoEntry.
  EntryId Find(std::span<const TokenId> tokens) const;

  const Agent& agent(EntryId entry) const { return agents_[entry]; }
  size_t entry_count() const { return agents_.size(); }
  // Every phrase generated for `entry` (singular, plurals, substitutions),
  // words joined by single spaces, in generation order.
  std::vector<std::string> Phrases(EntryId entry) const;

  Stats stats() const { return stats_; }

  // Warns about the same phrase given by lines with different codes, naming
  // both lines. Requires frozen().
  void Lint(const SourceFiles& files, Diagnostics* diagnostics) const;

 private:
  struct Phrase {
    EntryId entry = kNoEntry;
    uint32_t first_token = 0;  // into tokens_
    uint32_t token_count = 0;
  };
  class LineReader;

  std::span<const TokenId> PhraseTokens(const Phrase& p) const;
  std::string Spell(const Phrase& p) const;
  EntryId EntryAt(std::span<const uint32_t> phrase_ids) const;

  std::vector<Agent> agents_;
  std::vector<Phrase> phrases_;
  std::vector<TokenId> tokens_;
  PhraseTrie trie_;  // phrase tokens -> indices into phrases_
  // `!NAME!` sets, upper-cased members; only needed while reading.
  std::map<std::string, std::vector<std::string>, std::less<>> substitutions_;
  const Vocabulary* vocabulary_ = nullptr;
  Stats stats_;
};

}  // namespace dyad

#endif  // DYAD_DICT_AGENT_DICT_H_
