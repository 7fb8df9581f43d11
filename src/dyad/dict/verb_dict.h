// The verb dictionary: synonym sets, verb blocks with their verbs and
// patterns, and nested-event transformations, read from PETRARCH2
// (CAMEO.2.0.txt) and PETRARCH-1/TABARI (PETR.Validate.verbs.txt) files.
//
//   VerbDictionary verbs;
//   verbs.Read(std::move(text), path, files.Add(path), &vocabulary, &diagnostics);
//   verbs.Freeze();
//   verbs.Lint(files, &diagnostics);                  // optional consistency checks
//
//   std::span<const uint32_t> form_ids;
//   size_t n = verbs.MatchForms(sentence_ids.subspan(i), &form_ids);
//   for (uint32_t f : form_ids) {
//     const VerbForm& form = verbs.form(f);
//     const VerbBlock& block = verbs.block(form.block);
//     for (uint32_t p = block.first_pattern; p < block.end_pattern(); ++p) {
//       const VerbPattern& pattern = verbs.pattern(p);
//       for (const PatternElement& e : verbs.Before(pattern)) ...  // nearest-last
//       for (const PatternElement& e : verbs.After(pattern)) ...
//     }
//   }
//
// File format, as this reader understands it (`#` and `;` start comments
// except inside `[...]`, so the test code `[###]` survives; `<!-- -->` too):
//
//   &NAME            a synonym set; the `+` lines after it are its members:
//   +WORD_WORD       a phrase (`_` or space between words); a plural of the
//                    last word is generated (Y->IES, S->ES, else +S, as PETRARCH
//                    does) unless the member or the set label ends with `_`.
//   +&OTHER          a nested set: all of OTHER's members belong here too.
//   --- NAME [CODE] ---   begins a verb block; CODE defaults to `---`.
//   VERB {F1 F2} [CODE]   a verb of the block (the first is the primary verb,
//                    the rest synonyms); without `{...}` the regular forms
//                    (S/ES/IES, ED/D, ING) are generated; CODE defaults to the
//                    block's. `+CORDON_OFF`, `WIRE_+TAP`: a multi-word verb,
//                    `+` marking the word the parser will tag as the verb.
//   - BEFORE * AFTER [CODE]   a pattern. Elements: words (`_` = adjacent),
//                    `A/B` (either word), `&SET`, `$` source, `+` target,
//                    `%` compound, `^` skip; in PETRARCH2 files also `{...}`
//                    noun phrases (last word the head) and `(PREP ...)`.
//   ~ a (b c VERB) VERB = a b CODE   a transformation of a nested event.
//
// Codes are kept exactly as written (`042`, `174K`, `---`, `042:043` whose
// second half applies to passive voice, `:173`). A file is PETRARCH2-style
// when any of its patterns uses `{` or `(`; otherwise its patterns are linear.
#ifndef DYAD_DICT_VERB_DICT_H_
#define DYAD_DICT_VERB_DICT_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/dict/phrase_trie.h"
#include "dyad/dict/provenance.h"
#include "dyad/dict/vocabulary.h"

namespace dyad {

using CodeId = uint32_t;
using SynsetId = uint32_t;
inline constexpr SynsetId kNoSynset = UINT32_MAX;

// An event code as written in the dictionary.
struct VerbCode {
  std::string text;  // "042", "042:043", ":173", "---", "174K"
  // The code for active voice: the text before ':' (all of it when no ':').
  std::string_view active() const { return std::string_view(text).substr(0, text.find(':')); }
  // The code for passive voice: the text after ':', empty when none was given.
  std::string_view passive() const {
    size_t colon = text.find(':');
    return colon == std::string::npos ? std::string_view()
                                      : std::string_view(text).substr(colon + 1);
  }
  bool has_passive() const { return text.find(':') != std::string::npos; }
};

enum class PatternStyle : uint8_t { kLinear, kPetrarch2 };

enum class ElementKind : uint8_t {
  kWord,        // value: TokenId
  kWordChoice,  // `A/B/C`: value indexes choice_tokens(), count alternatives
  kSynset,      // value: SynsetId
  kSource,      // $
  kTarget,      // +
  kCompound,    // %
  kSkip,        // ^
  kNounPhrase,  // `{`: the next `count` elements, then a kGroupEnd
  kPrepPhrase,  // `(`: likewise; its first element is the preposition
  kGroupEnd,    // `}` or `)`
};

struct PatternElement {
  ElementKind kind;
  // Written joined by `_` to what precedes it (the previous element, or `*`
  // for the first element after the verb): the words must be adjacent.
  bool joined;
  uint16_t count;
  uint32_t value;
};

// What one side of a pattern needs of the words it is matched against, in
// word signatures (TokenBit): every bit of `all` (the side's words), and at
// least one bit of each of its any-of masks, one per `A/B` or `&SET` element
// (the choices; the first words of the set's members after `*`, their last
// words before it, where members are read outwards). Words lacking either
// cannot match the side, so the matcher need not try.
struct SideNeeds {
  uint64_t all = 0;
  uint32_t first_any = 0;  // into VerbDictionary::AnyOf
  uint32_t any_count = 0;
};

struct VerbPattern {
  uint32_t block;
  uint32_t first_element;  // Before() then After() elements, in written order
  uint16_t before_count;
  uint16_t after_count;
  bool verb_joined;  // `X_*`: `*` is joined to the element before it
  PatternStyle style;
  CodeId code;
  Provenance provenance;
  SideNeeds before_needs, after_needs;  // set by Freeze()
};

struct VerbBlock {
  std::string name;  // as written in the header, e.g. "ACCELERATE", "LASH OUT"
  CodeId code;
  uint32_t first_verb, verb_count;
  uint32_t first_pattern, pattern_count;
  Provenance provenance;
  uint32_t end_verb() const { return first_verb + verb_count; }
  uint32_t end_pattern() const { return first_pattern + pattern_count; }
};

// One verb line of a block.
struct Verb {
  uint32_t block;
  CodeId code;    // its own code, or the block's
  bool own_code;  // the line carried a [code]
  bool primary;   // the first verb line of its block
  bool multi_word;
  uint32_t first_form, form_count;
  Provenance provenance;
};

// One surface form of a verb (`HURRIED`, `CORDONED OFF`), written or generated.
struct VerbForm {
  uint32_t verb;
  uint32_t block;
  CodeId code;
  uint32_t first_token;  // into form_tokens()
  uint16_t token_count;
  uint16_t verb_position;  // which token the parser tags as the verb
  bool generated;          // a regular form made by the reader
  Provenance provenance;
};

struct SynsetMember {
  uint32_t first_token;  // into member_tokens(); empty span for a nested set
  uint16_t token_count;
  bool generated_plural;
  SynsetId nested;  // `+&OTHER`, else kNoSynset
  Provenance provenance;
};

struct Synset {
  std::string name;  // without `&` and trailing `_`
  bool defined = false;
  bool plurals = true;                          // label written without trailing `_`
  Provenance provenance;                        // of the first definition (or first reference)
  uint32_t first_member = 0, member_count = 0;  // valid after Freeze()
  // Word signatures (TokenBit) of the first and of the last words of its
  // member phrases, nested sets' included; valid after Freeze().
  uint64_t first_words = 0, last_words = 0;
};

// `~ OUTER_SOURCE (INNER_SOURCE INNER_TARGET INNER_VERB) OUTER_VERB = RESULT_SOURCE RESULT_TARGET
// RESULT_CODE` Roles are variable names as written (`a`, `b`, `.`, `_`); verbs are
// `_`-separated verb words (`Q` is written for "any verb").
struct Transformation {
  std::string outer_source, inner_source, inner_target, result_source, result_target;
  std::vector<TokenId> inner_verb, outer_verb;
  CodeId result_code;
  Provenance provenance;
};

struct VerbStats {
  size_t verb_blocks = 0;
  size_t verb_forms = 0;  // including generated ones
  size_t primary_verbs = 0;
  size_t synonyms = 0;
  size_t multi_word_verbs = 0;
  size_t linear_patterns = 0;
  size_t petrarch2_patterns = 0;
  size_t passive_patterns = 0;  // patterns whose code has a `:` part
  size_t synsets = 0;           // defined ones
  size_t synset_members = 0;    // member lines as written (no plurals)
  size_t transformations = 0;
};

class VerbDictionary {
 public:
  VerbDictionary() = default;
  VerbDictionary(const VerbDictionary&) = delete;
  VerbDictionary& operator=(const VerbDictionary&) = delete;

  // Adds the entries of one file. Malformed lines are reported as errors
  // naming `file_name` and the line, and skipped; dubious but usable ones as
  // warnings. Words are interned upper-cased into *vocabulary, which must
  // outlive this object. Requires !frozen().
  void Read(std::string text, std::string_view file_name, uint32_t file_index,
            Vocabulary* vocabulary, Diagnostics* diagnostics);
  // Ends reading: resolves nested synsets and builds the lookup tries. The
  // lookups below are valid only afterwards.
  void Freeze();
  bool frozen() const { return frozen_; }

  // Consistency checks over everything read; requires frozen(). Errors:
  // undefined synsets, synsets that contain themselves. Warnings: unused
  // synsets, codes missing from the CAMEO table (`---` is fine), and patterns
  // of one block that are equal but carry different codes.
  void Lint(const SourceFiles& files, Diagnostics* diagnostics) const;

  VerbStats stats() const;

  // Longest verb form that is a prefix of `tokens`: its length (0 if none)
  // and the VerbForm ids in *form_ids.
  size_t MatchForms(std::span<const TokenId> tokens, std::span<const uint32_t>* form_ids) const {
    return form_trie_.LongestMatch(tokens, form_ids);
  }
  // VerbForm ids of exactly `tokens`.
  std::span<const uint32_t> ExactForms(std::span<const TokenId> tokens) const {
    return form_trie_.Exact(tokens);
  }
  // Calls visit(length, form_ids) for each length at which verb forms are a
  // prefix of `tokens`, shortest first: one walk of the forms, where
  // ExactForms for each length would walk them again.
  template <typename Visit>
  void VisitFormsFrom(std::span<const TokenId> tokens, Visit&& visit) const {
    form_trie_.VisitPrefixes(tokens, std::forward<Visit>(visit));
  }
  // Length of the longest member phrase of `synset` (nested sets included)
  // that is a prefix of `tokens`; 0 if none.
  size_t MatchSynset(SynsetId synset, std::span<const TokenId> tokens) const;
  // Whether some member phrase of some synset begins with `token`: false
  // means MatchSynset is 0 for any tokens that begin with it. A bit test.
  bool MayBeginMember(TokenId token) const { return synset_trie_.MayStart(token); }
  // The synsets with a member phrase (nested sets' included) beginning with
  // `token`, each once, in id order; empty when !MayBeginMember(token). A
  // set none of whose members' first words occurs in a text cannot match
  // in it.
  std::span<const SynsetId> SetsBegunBy(TokenId token) const { return set_starts_.Exact(std::span(&token, 1)); }
  // The set named `name` (with or without `&` and trailing `_`), or kNoSynset.
  SynsetId FindSynset(std::string_view name) const;

  std::span<const PatternElement> Before(const VerbPattern& p) const {
    return std::span(elements_).subspan(p.first_element, p.before_count);
  }
  std::span<const PatternElement> After(const VerbPattern& p) const {
    return std::span(elements_).subspan(p.first_element + p.before_count, p.after_count);
  }
  // The any-of masks of a pattern side's needs. After Freeze().
  std::span<const uint64_t> AnyOf(const SideNeeds& needs) const {
    return std::span(any_of_).subspan(needs.first_any, needs.any_count);
  }
  // Alternatives of a kWordChoice element.
  std::span<const TokenId> Choices(const PatternElement& e) const {
    return std::span(choice_tokens_).subspan(e.value, e.count);
  }
  std::span<const TokenId> Words(const VerbForm& f) const {
    return std::span(form_tokens_).subspan(f.first_token, f.token_count);
  }
  std::span<const TokenId> Words(const SynsetMember& m) const {
    return std::span(member_tokens_).subspan(m.first_token, m.token_count);
  }
  // Members as written (plus generated plurals), not flattened. After Freeze().
  std::span<const SynsetMember> Members(const Synset& s) const {
    return std::span(members_).subspan(s.first_member, s.member_count);
  }

  const VerbBlock& block(uint32_t i) const { return blocks_[i]; }
  const Verb& verb(uint32_t i) const { return verbs_[i]; }
  const VerbForm& form(uint32_t i) const { return forms_[i]; }
  const VerbPattern& pattern(uint32_t i) const { return patterns_[i]; }
  const Synset& synset(SynsetId i) const { return synsets_[i]; }
  const VerbCode& code(CodeId i) const { return codes_[i]; }
  size_t block_count() const { return blocks_.size(); }
  size_t verb_count() const { return verbs_.size(); }
  size_t form_count() const { return forms_.size(); }
  size_t pattern_count() const { return patterns_.size(); }
  size_t synset_count() const { return synsets_.size(); }  // referenced or defined
  std::span<const Transformation> transformations() const { return transformations_; }

 private:
  class FileReader;
  friend class FileReader;

  CodeId InternCode(std::string_view text);
  SynsetId SynsetNamed(std::string_view name, Provenance where);
  void FlattenSynset(SynsetId id, std::vector<uint8_t>* state,
                     std::vector<std::vector<uint32_t>>* flat) const;
  // Sets every pattern's SideNeeds; `flat` holds each synset's members.
  void ComputeNeeds(const std::vector<std::vector<uint32_t>>& flat);

  std::vector<VerbBlock> blocks_;
  std::vector<Verb> verbs_;
  std::vector<VerbForm> forms_;
  std::vector<TokenId> form_tokens_;
  std::vector<VerbPattern> patterns_;
  std::vector<PatternElement> elements_;
  std::vector<TokenId> choice_tokens_;
  std::vector<uint64_t> any_of_;  // SideNeeds masks
  std::vector<Synset> synsets_;
  std::unordered_map<std::string, SynsetId> synset_ids_;
  std::vector<std::vector<SynsetMember>> pending_members_;  // per synset, while reading
  std::vector<SynsetMember> members_;
  std::vector<TokenId> member_tokens_;
  std::vector<Transformation> transformations_;
  std::vector<VerbCode> codes_;
  std::unordered_map<std::string, CodeId> code_ids_;
  size_t member_lines_ = 0;
  PhraseTrie form_trie_;
  PhraseTrie synset_trie_;  // flattened member phrases -> SynsetId
  PhraseTrie set_starts_;   // first words of member phrases -> SynsetId, once each
  bool frozen_ = false;
};

}  // namespace dyad

#endif  // DYAD_DICT_VERB_DICT_H_
