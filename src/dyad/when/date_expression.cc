#include "dyad/when/date_expression.h"

#include <algorithm>

#include "dyad/when/tense_cues.h"

namespace dyad {

Result<std::vector<DateExpression>> FindDateExpressions(const TokenizedText& tokens, size_t first_token,
                                                        size_t end_token, const DateExpressionOptions& options,
                                                        uint64_t* work) {
  if (!IsValidDate(options.publication)) {
    return Status::InvalidArgument("publication date " + ToIsoString(options.publication) + " is not a valid date");
  }
  end_token = std::min(end_token, tokens.size());
  const std::vector<DateMention> mentions =
      RecognizeDateMentions(tokens, first_token, end_token, RecognizerOptions{options.numeric_order}, work);
  std::vector<DateExpression> found;
  found.reserve(mentions.size());
  for (const DateMention& m : mentions) {
    const Tense tense =
        options.tense ? *options.tense : TenseAround(tokens, first_token, end_token, m.first_token, m.end_token);
    const std::optional<ResolvedDate> value = ResolveDateMention(m, options.publication, tense);
    if (!value) continue;
    DateExpression e;
    e.first_token = m.first_token;
    e.end_token = m.end_token;
    e.begin = tokens[m.first_token].begin;
    e.end = tokens[m.end_token - 1].end;
    e.value = *value;
    e.tense = tense;
    e.relation = m.relation;
    e.part = m.part;
    found.push_back(e);
  }
  return found;
}

}  // namespace dyad
