// Finds date mentions in tokenized English news text: the words that name a
// day, week, month, season or year, without resolving them (date_resolver.h
// does that against the publication date).
//
//   dyad::TokenizedText tokens;
//   dyad::Tokenize("Troops withdrew late last month, officials said on Monday.", &tokens);
//   auto mentions = dyad::RecognizeDateMentions(tokens, 0, tokens.size(), {});
//   // 2 mentions: kRelativeMonths offset -1 part kLate ("late last month"),
//   //             kWeekday Monday ("on Monday")
//
// Recognised (case-insensitive unless said otherwise; a mention may start
// with a preposition (on, in, during, since, from, by, until, till, before,
// after) and/or a part word (early, mid, late, earlier, later), which are part
// of its span and set its relation and part: "since early March"):
//  - Explicit dates: "July 12, 2025", "July 12th 2025", "12 July 2025",
//    "12 July", "July 12", "Saturday, July 12", "2025-07-12", "2025/07/12",
//    "12.07.2025", "12-07-2025", "12/07/2025" and, after a preposition,
//    "5/4". Two-digit years are not read. A slash, dotted or hyphenated date
//    whose day and month could be swapped needs a NumericDateOrder; without
//    one it is matched only when a part above 12 decides ("25/12/2025").
//    Year-less slash dates ("on 5/4") need both the preposition and an
//    order, because bare "12/7" is as often a vote count or score. Slash
//    dates must be written without spaces.
//  - Month names (capitalised in the text, full or abbreviated "Jan."): with
//    a day or year as above, "April 2023", or licensed by a preposition,
//    "last/next/this", a part word or a possessive: "in April", "since
//    March", "mid-March", "April's vote". Unlicensed bare month names are not
//    dates, so lower-case "may"/"march" stay words ("they may meet", "troops
//    march"). "May", "March" and abbreviations without a period ("Jan",
//    "Dec") are not licensed by a possessive either ("Theresa May's").
//  - Years (4 digits, 1000..2999) only when licensed the same way: "in 2023",
//    "since 2020", "late 2023", "mid-2023", "2023's": "2025 troops" is a count.
//  - Weekdays (full names): "on Saturday", "last Saturday", "next Monday",
//    "Saturday night/morning/afternoon/evening", "Saturday's". A bare weekday
//    (no preposition, shift or part word) next to a capitalised word other
//    than a month is a name, not a date: "Sunday Times", "Bloody Sunday",
//    "Sunday Morning Herald" (also "USA Today"); "Saturday Night" in
//    capitals needs its preposition ("on Saturday Night").
//  - yesterday, today, tonight, tomorrow, last night, this morning/afternoon/
//    evening; this/last/next week|month|year; this/last/next spring|summer|
//    autumn|fall; "N days|weeks|months|years ago" with N a numeral 1..9999 or
//    a number word (a, an, one .. twelve).
//
// Not recognised: holidays ("Christmas", "Independence Day"), "the day
// before", "in the fall", "in two days", "the 12th of July", times of day.
//
// Mentions do not overlap and come in text order: at each token the first
// pattern that matches takes its longest form, and scanning resumes after
// it. Work is linear: every pattern looks a bounded number of tokens ahead.
#ifndef DYAD_WHEN_DATE_RECOGNIZER_H_
#define DYAD_WHEN_DATE_RECOGNIZER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "dyad/text/tokenizer.h"
#include "dyad/when/date_resolver.h"

namespace dyad {

// How to read numeric dates like 5/4: the publisher's convention.
enum class NumericDateOrder : uint8_t { kUnknown, kDayFirst, kMonthFirst };

struct RecognizerOptions {
  NumericDateOrder numeric_order = NumericDateOrder::kUnknown;
};

// Bound on the recogniser's token looks per scanned token (plus one such
// allowance per call): each start position tries patterns of bounded length.
// Hand-built worst cases and fuzzing measure about 15.
inline constexpr uint64_t kRecognizerWorkPerToken = 64;

// The mentions among tokens [first_token, end_token) of `tokens` (clamped to
// its size). Each mention's fields name a real calendar date or month. If
// `work` is not null, adds the number of token looks to it: at most
// kRecognizerWorkPerToken * (scanned tokens + 1).
std::vector<DateMention> RecognizeDateMentions(const TokenizedText& tokens, size_t first_token, size_t end_token,
                                               const RecognizerOptions& options, uint64_t* work = nullptr);

}  // namespace dyad

#endif  // DYAD_WHEN_DATE_RECOGNIZER_H_
