// The issue list: phrases that tag a coded sentence with topics ("issues")
// such as EARLY_CHILDHOOD_EDUCATION or NAMED_TERROR_GROUP.
//
// File format (PETRARCH's issue file):
//
//   <ISSUE CATEGORY="EDUCATION" TYPE="ALL">    opens a category block
//   n:preschool [EARLY_CHILDHOOD_EDUCATION]    phrase [CODE]
//   pre+n:school [EARLY_CHILDHOOD_EDUCATION]
//   ~a head start                              exclusion (sentence)
//   ~~armenian genocide   # comment            exclusion (story)
//   </ISSUE>                                   closes it
//
// A phrase is upper-cased (ASCII) and expanded into several forms:
//   n:WORD  the word and its plural (WORD+S, or Y -> IES);
//   v:WORD  the word, +S, +ED (+D after E) and +ING (dropping a final E);
//   A+B     both "A B" and "A-B" (every `+` doubles the forms).
// n: and v: inflect the word up to the next blank, as PETRARCH documents:
// "n:pick+pocket" gives PICK POCKETS and PICK-POCKETS (PETRARCH's own code
// produced "PICKS POCKET" for the spaced form).
//
// Matching (see Match) takes, left to right, the longest phrase at each
// position; PETRARCH took the shortest, so "school reform" never reached its
// own code behind "n:school". An exclusion phrase occurring anywhere in the
// sentence cancels the issues of its own category, as PETRARCH documents; a
// `~~` exclusion does so for the whole story, which the caller enforces.
//
//   IssueDict issues;
//   issues.Read(std::move(text), "Phoenix.IssueCoding.txt", file_index, &vocab, &diags);
//   issues.Freeze();
//   IssueScan scan = issues.Match(sentence_token_ids);
//   for (const IssueCount& c : scan.issues) Emit(issues.code(c.code), c.count);
#ifndef DYAD_DICT_ISSUE_DICT_H_
#define DYAD_DICT_ISSUE_DICT_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/dict/phrase_trie.h"
#include "dyad/dict/provenance.h"
#include "dyad/dict/vocabulary.h"

namespace dyad {

struct IssueCategory {
  std::string name;  // CATEGORY="..."; empty if the tag lacked it (reported)
  std::string type;  // TYPE="..." ("ALL", "COUNTEVENT"), kept as written
  Provenance provenance;
};

enum class IssueEntryKind : uint8_t { kPhrase, kSentenceExclusion, kStoryExclusion };

// One line of the file.
struct IssueEntry {
  static constexpr uint32_t kNoCode = UINT32_MAX;

  IssueEntryKind kind = IssueEntryKind::kPhrase;
  uint32_t category = 0;  // IssueDict::category()
  uint32_t code = kNoCode;  // IssueDict::code(); kNoCode for exclusions
  Provenance provenance;
};

struct IssueCount {
  uint32_t code = 0;         // IssueDict::code()
  uint32_t count = 0;        // phrase occurrences in the sentence
  uint32_t first_entry = 0;  // entry of the first occurrence, for provenance
};

struct IssueScan {
  // Codes found, in order of first occurrence, without those of excluded
  // categories.
  std::vector<IssueCount> issues;
  // Categories cancelled by an exclusion phrase of either kind; sorted, unique.
  std::vector<uint32_t> excluded_categories;
  // The subset cancelled by a `~~` phrase: the caller drops these categories
  // for every sentence of the story.
  std::vector<uint32_t> story_excluded_categories;
};

class IssueDict {
 public:
  struct Stats {
    size_t categories = 0;  // <ISSUE> blocks
    size_t phrases = 0;     // phrase lines with a code
    size_t codes = 0;       // distinct codes
    size_t exclusions = 0;  // `~` and `~~` lines
    size_t forms = 0;       // phrases and exclusions after expansion
  };

  IssueDict() = default;
  IssueDict(const IssueDict&) = delete;
  IssueDict& operator=(const IssueDict&) = delete;

  // Adds the blocks of one issue file (`text` is its whole content).
  // `file_name` names it in diagnostics, `file_index` in provenance. Reports
  // as FILE:LINE and skips: lines outside a block, unopened or unknown tags,
  // phrases without a code or with an empty one, unbalanced `[`, n:/v: with no
  // word, lines expanding to over kMaxForms forms. Reports text after a code
  // (ignored; the phrase is kept) and warns about unknown prefixes such as "m:" (kept as written) and
  // characters no tokenizer keeps inside a word (U+00A0, U+2000-U+206F:
  // usually a mis-encoded space). A block left open is reported and ends with
  // the file. Requires !frozen().
  void Read(std::string text, std::string_view file_name, uint32_t file_index,
            Vocabulary* vocabulary, Diagnostics* diagnostics);
  // Ends reading; Match() is valid only afterwards.
  void Freeze();
  bool frozen() const { return phrases_.frozen(); }

  Stats stats() const;
  const std::string& code(uint32_t index) const { return codes_[index]; }
  size_t code_count() const { return codes_.size(); }
  const IssueCategory& category(uint32_t index) const { return categories_[index]; }
  size_t category_count() const { return categories_.size(); }
  const IssueEntry& entry(uint32_t index) const { return entries_[index]; }
  size_t entry_count() const { return entries_.size(); }

  // The issues of one sentence: scanning left to right, the longest phrase
  // starting at each position is counted once per code it carries and the
  // scan resumes after it; exclusion phrases are looked for everywhere,
  // independently of the phrases. Requires frozen().
  IssueScan Match(std::span<const TokenId> sentence) const;

  // Warnings for a form listed twice with one code (duplicate), with two codes
  // (conflict), or both as phrase and as exclusion; once per pair of lines.
  // Requires frozen().
  void Lint(const SourceFiles& files, Diagnostics* diagnostics) const;

  // Lines whose `+` and n:/v: would yield more forms are rejected (Phoenix
  // needs 64 at most).
  static constexpr size_t kMaxForms = 256;
  // Likewise for more tokens over all forms; keeps hostile lines cheap.
  static constexpr size_t kMaxFormTokens = 1 << 14;

 private:
  struct Form {
    uint32_t entry;
    std::vector<TokenId> tokens;
  };

  // The index of `code`, added if new.
  uint32_t InternCode(std::string_view code);

  std::vector<IssueCategory> categories_;
  std::vector<std::string> codes_;
  std::unordered_map<std::string, uint32_t> code_index_;
  std::vector<IssueEntry> entries_;
  const Vocabulary* vocabulary_ = nullptr;  // spells forms in Lint
  std::vector<Form> forms_;                 // every expanded form, kept for Lint
  PhraseTrie phrases_;       // form -> entry indices (kPhrase)
  PhraseTrie exclusions_;    // form -> entry indices (exclusions)
  size_t phrase_lines_ = 0;
  size_t exclusion_lines_ = 0;
};

}  // namespace dyad

#endif  // DYAD_DICT_ISSUE_DICT_H_
