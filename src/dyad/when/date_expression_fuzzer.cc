// Checks FindDateExpressions on arbitrary text and publication dates: the
// expressions lie inside the scanned tokens in order without overlap, their
// byte spans are those of their tokens, every resolved date is a real day
// normalised to its precision, and the recogniser's work stays linear.
//
// Input layout: 2 bytes year, 1 byte month, 1 byte day, 1 byte options
// (numeric order, tense), then the text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/text/tokenizer.h"
#include "dyad/when/date_expression.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 5) return 0;
  dyad::DateExpressionOptions options;
  options.publication.year = 1 + (data[0] << 8 | data[1]) % dyad::kMaxYear;
  options.publication.month = 1 + data[2] % 12;
  options.publication.day = 1 + data[3] % dyad::DaysInMonth(options.publication.year, options.publication.month);
  options.numeric_order = static_cast<dyad::NumericDateOrder>(data[4] % 3);
  if ((data[4] / 3) % 4 != 3) options.tense = static_cast<dyad::Tense>((data[4] / 3) % 4);
  const std::string_view text(reinterpret_cast<const char*>(data + 5), size - 5);

  dyad::TokenizedText tokens;
  Check(dyad::Tokenize(text, &tokens).ok());
  const size_t first = tokens.size() / 7;  // also exercise a range that starts inside the text
  for (size_t start : {size_t{0}, first}) {
    uint64_t work = 0;
    dyad::Result<std::vector<dyad::DateExpression>> found =
        dyad::FindDateExpressions(tokens, start, tokens.size(), options, &work);
    Check(found.ok());
    Check(work <= dyad::kRecognizerWorkPerToken * (tokens.size() - start + 1));
    size_t previous_end = start;
    for (const dyad::DateExpression& e : *found) {
      Check(e.first_token >= previous_end && e.first_token < e.end_token && e.end_token <= tokens.size());
      Check(e.begin == tokens[e.first_token].begin && e.end == tokens[e.end_token - 1].end);
      Check(!options.tense || e.tense == *options.tense);
      const dyad::CivilDate& d = e.value.date;
      Check(dyad::IsValidDate(d));
      switch (e.value.precision) {
        case dyad::DatePrecision::kDay:
          break;
        case dyad::DatePrecision::kWeek:
          Check(dyad::WeekdayOf(d) == dyad::Weekday::kMonday);
          break;
        case dyad::DatePrecision::kMonth:
          Check(d.day == 1);
          break;
        case dyad::DatePrecision::kYear:
          Check(d.month == 1 && d.day == 1);
          break;
      }
      previous_end = e.end_token;
    }
  }
  return 0;
}
