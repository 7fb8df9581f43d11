// English closed-class words with their usual Penn tag: determiners,
// prepositions, pronouns, auxiliaries, modals, conjunctions, wh-words and
// particles. The list is hand-written; words that take more than one tag
// ("that", "'s", "about") carry their most frequent one here and are settled
// by the tagger's context rules.
#ifndef DYAD_PARSE_FUNCTION_WORDS_H_
#define DYAD_PARSE_FUNCTION_WORDS_H_

#include <cstdint>
#include <string_view>

#include "dyad/parse/pos_tag.h"

namespace dyad {

// Which auxiliary verb a form belongs to; the tagger's rules key on these.
enum class Auxiliary : uint8_t { kNone, kBe, kHave, kDo };

struct FunctionWord {
  PosTag tag;
  Auxiliary auxiliary = Auxiliary::kNone;
  bool subordinator = false;  // see IsSubordinator
};

// The entry for `lower_word` (ASCII lower case, PTB clitics as the tokenizer
// splits them: "n't", "'s"), or nullptr when it is not a function word.
const FunctionWord* FindFunctionWord(std::string_view lower_word);

// Words that name a time by themselves: "today", "yesterday", "tomorrow",
// "tonight" and the days of the week; any ASCII case.
bool IsDayWord(std::string_view word);
// The names of the months; any ASCII case.
bool IsMonthWord(std::string_view word);
// Subordinating conjunctions, which may open a clause where a preposition
// could not: "after", "because", "that", "while" ...; any ASCII case.
bool IsSubordinator(std::string_view word);
// Forms of the verbs of saying and thinking whose clause often comes without
// "that": "said Gondor attacked", "hoped officials would be indicted". ASCII
// lower case.
bool TakesBareClause(std::string_view lower_word);

}  // namespace dyad

#endif  // DYAD_PARSE_FUNCTION_WORDS_H_
