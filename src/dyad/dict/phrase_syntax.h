// Lexical conventions shared by the PETRARCH phrase dictionaries (actors and
// agents): how a phrase is cut into words, how `[...]` code groups sit on a
// line, and which lines are old-style comments.
//
//   BracketedLine parts;
//   Status s = SplitBrackets("KOFI_ANNAN_ [IGOUNO 970101-061231] [ELI]", &parts);
//   // parts.head == "KOFI_ANNAN_", parts.groups == {"IGOUNO 970101-061231", "ELI"}
//   InternPhraseWords(parts.head, &vocabulary, &tokens);  // KOFI ANNAN
#ifndef DYAD_DICT_PHRASE_SYNTAX_H_
#define DYAD_DICT_PHRASE_SYNTAX_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"
#include "dyad/dict/vocabulary.h"

namespace dyad {

// Comment characters of these dictionaries: `#` (PETRARCH) and `;` (TABARI),
// each running to the end of the line.
inline constexpr std::string_view kPhraseDictCommentChars = "#;";

// True for a line PETRARCH skips as a whole because it begins "<!" without
// being a well-formed "<!--" block, e.g. "<! -- NEW ACTORS -->".
bool IsLegacyCommentLine(std::string_view line);

// Appends the ids of the words of `phrase` to *tokens and returns how many.
// Words are separated by '_' and whitespace, so "KIM_JONG_UN", "KIM JONG UN"
// and "KIM_JONG_UN_" all give KIM JONG UN: PETRARCH matches whole words only,
// so TABARI's trailing '_' ("not a stem") adds nothing. Words are upper-cased
// (ASCII) before interning, matching the Vocabulary's normal form.
size_t InternPhraseWords(std::string_view phrase, Vocabulary* vocabulary,
                         std::vector<TokenId>* tokens);

// A line cut at its bracketed groups: "HEAD [G1] [G2] TAIL".
struct BracketedLine {
  std::string_view head;                 // before the first '[', trimmed
  std::vector<std::string_view> groups;  // each group's content, trimmed
  std::string_view tail;                 // after the last ']', trimmed
};

// Splits `line` into *out. InvalidArgument naming the problem when a '[' is
// never closed, a ']' has no '[', a '[' opens inside a group, or non-space
// text stands between two groups. A line without '[' is all head.
Status SplitBrackets(std::string_view line, BracketedLine* out);

// `text` in single quotes for a diagnostic, cut to a readable length so that a
// long garbage line never floods the report.
std::string Quoted(std::string_view text);

}  // namespace dyad

#endif  // DYAD_DICT_PHRASE_SYNTAX_H_
