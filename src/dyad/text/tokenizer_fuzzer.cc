// Checks the tokenizer's invariants on arbitrary bytes: tokens lie inside the
// text in order without overlap, only whitespace falls between them (no byte
// is dropped), forms are non-empty, well-formed UTF-8 and the match form has
// no lower-case ASCII letter.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/base/text.h"
#include "dyad/text/tokenizer.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

bool IsWhitespaceGap(std::string_view gap) {
  dyad::TokenizedText tokens;
  return dyad::Tokenize(gap, &tokens).ok() && tokens.size() == 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::TokenizedText tokens;
  Check(dyad::Tokenize(text, &tokens).ok());
  uint32_t previous_end = 0;
  for (const dyad::Token& t : tokens.tokens()) {
    Check(t.begin >= previous_end && t.begin < t.end && t.end <= size);
    Check(IsWhitespaceGap(text.substr(previous_end, t.begin - previous_end)));
    const std::string_view norm = tokens.Norm(t), match = tokens.Match(t);
    Check(!norm.empty() && !match.empty());
    Check(dyad::FindInvalidUtf8(norm) == std::string_view::npos);
    Check(dyad::FindInvalidUtf8(match) == std::string_view::npos);
    for (char c : match) Check(!(c >= 'a' && c <= 'z'));
    previous_end = t.end;
  }
  Check(IsWhitespaceGap(text.substr(previous_end)));
  Check(tokens.work() <= 3 * size + 3);
  return 0;
}
