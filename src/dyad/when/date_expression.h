// Date expressions of a sentence or clause, resolved against the publication
// date: the entry point of the `when` module.
//
//   dyad::TokenizedText tokens;
//   dyad::Tokenize("Rebels attacked the base on Saturday night.", &tokens);
//   dyad::DateExpressionOptions options;
//   options.publication = {2025, 7, 14};   // a Monday
//   dyad::Result<std::vector<dyad::DateExpression>> found =
//       dyad::FindDateExpressions(tokens, 0, tokens.size(), options);
//   // one expression, tokens [4, 7) "on Saturday night", 2025-07-12/day
//
// What is recognised: date_recognizer.h. How it is resolved: date_resolver.h.
// No expression found means the text names no date; the caller falls back to
// the publication date.
#ifndef DYAD_WHEN_DATE_EXPRESSION_H_
#define DYAD_WHEN_DATE_EXPRESSION_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "dyad/base/status.h"
#include "dyad/text/tokenizer.h"
#include "dyad/when/civil_date.h"
#include "dyad/when/date_recognizer.h"
#include "dyad/when/date_resolver.h"

namespace dyad {

struct DateExpressionOptions {
  CivilDate publication;
  NumericDateOrder numeric_order = NumericDateOrder::kUnknown;
  // The caller's tense for the whole range; when absent, each expression
  // takes TenseAround (tense_cues.h) within the range.
  std::optional<Tense> tense = std::nullopt;
};

struct DateExpression {
  size_t first_token = 0;  // tokens [first_token, end_token)
  size_t end_token = 0;
  uint32_t begin = 0;  // bytes [begin, end) of the source text
  uint32_t end = 0;
  ResolvedDate value;
  Tense tense = Tense::kPast;  // the tense it was resolved with
  DateRelation relation = DateRelation::kAt;
  SpanPart part = SpanPart::kWhole;
};

// The resolved date expressions among tokens [first_token, end_token), in
// text order and not overlapping. A mention that resolves outside the
// supported years is left out (it names no representable date).
// InvalidArgument when options.publication is not a valid date.
// If `work` is not null, adds the recogniser's token looks to it.
Result<std::vector<DateExpression>> FindDateExpressions(const TokenizedText& tokens, size_t first_token,
                                                        size_t end_token, const DateExpressionOptions& options,
                                                        uint64_t* work = nullptr);

}  // namespace dyad

#endif  // DYAD_WHEN_DATE_EXPRESSION_H_
