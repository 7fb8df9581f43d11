// Checks the sentence splitter's invariants on arbitrary bytes: the dateline
// and the sentences are non-empty, in order, and together cover every token
// exactly once, with byte ranges matching their tokens.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/text/sentence_splitter.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void CheckSegment(const dyad::TokenizedText& tokens, const dyad::TextSegment& s, uint32_t expected_first) {
  Check(s.first_token == expected_first && s.first_token < s.end_token && s.end_token <= tokens.size());
  Check(s.begin == tokens[s.first_token].begin && s.end == tokens[s.end_token - 1].end);
  Check(s.text.data() == tokens.source().data() + s.begin && s.text.size() == s.end - s.begin);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::TokenizedText tokens;
  Check(dyad::Tokenize(text, &tokens).ok());
  for (bool headlines : {true, false}) {
    dyad::SentenceSplitOptions options;
    options.headline_lines = headlines;
    const dyad::SentenceSplit split = dyad::SplitSentences(tokens, options);
    uint32_t next = 0;
    bool dateline_seen = !split.dateline.has_value();
    for (const dyad::TextSegment& s : split.sentences) {
      if (!dateline_seen && split.dateline->first_token == next) {
        CheckSegment(tokens, *split.dateline, next);
        next = split.dateline->end_token;
        dateline_seen = true;
      }
      CheckSegment(tokens, s, next);
      next = s.end_token;
    }
    if (!dateline_seen) {
      CheckSegment(tokens, *split.dateline, next);
      next = split.dateline->end_token;
    }
    Check(next == tokens.size());
    Check(split.work <= 8 * size + 8);
  }
  return 0;
}
