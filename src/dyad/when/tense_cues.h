// Guesses whether a date expression refers to the future from the words of
// its clause, so that "will visit on Monday" resolves to the coming Monday
// and "visited on Monday" to the past one.
//
//   dyad::Tokenize("The envoy will visit Kabul on Monday.", &tokens);
//   dyad::TenseAround(tokens, 0, tokens.size(), 5, 7);   // Tense::kFuture
#ifndef DYAD_WHEN_TENSE_CUES_H_
#define DYAD_WHEN_TENSE_CUES_H_

#include <cstddef>

#include "dyad/text/tokenizer.h"
#include "dyad/when/date_resolver.h"

namespace dyad {

// How many tokens either side of the expression are searched for a cue.
inline constexpr size_t kTenseWindow = 8;

// kFuture when the expression tokens [expr_first, expr_end) contain "next"
// or "tomorrow", or when up to kTenseWindow tokens before or after it (within
// [range_first, range_end), not crossing . ; : ! ? dashes, parentheses or
// a reporting verb such
// as "said", which starts another clause; a reporting verb just before the
// expression makes it date the report, so kPast) hold a future cue: will, 'll,
// shall, won't, "is/are/was/were/be to", "is/are due/set/scheduled/expected/
// slated/going to", "plans/plan/planned/intends to", "scheduled/planned
// for". kPast otherwise: news mostly reports what has happened.
Tense TenseAround(const TokenizedText& tokens, size_t range_first, size_t range_end, size_t expr_first,
                  size_t expr_end);

}  // namespace dyad

#endif  // DYAD_WHEN_TENSE_CUES_H_
