// Sentence splitter for news text, working on the tokens of tokenizer.h.
//
// Tutorial:
//
//   dyad::TokenizedText tokens;
//   dyad::Tokenize(article, &tokens);
//   dyad::SentenceSplit split = dyad::SplitSentences(tokens);
//   if (split.dateline) Use(split.dateline->text);  // "KYIV (Reuters) -"
//   for (const dyad::TextSegment& s : split.sentences) {
//     s.text;                      // the sentence as it stands in the source
//     s.begin, s.end;              // its bytes [begin, end) in the source
//     s.first_token, s.end_token;  // its tokens [first_token, end_token)
//   }
//
// Every token belongs to exactly one sentence or to the dateline; sentences
// come in text order and are never empty.
//
// Where sentences end:
//  - after . ! ? ... (with any closing quotes and brackets that follow on the
//    same line: `"We will win!"` keeps its quote) unless the next token carries
//    the sentence on: a lower-case word or , ; : (`"Stop!" he said.`);
//  - never after a title-like abbreviation ("Mr.", "Gen.", "No. 2"); after
//    other abbreviations, initials and acronyms ("U.S.", "Inc.", "J.") only
//    when a common sentence opener ("The", "He", "But" ...) or an opening quote
//    follows, so "U.S. Senate" and "Kim J. Un" stay whole;
//  - always at a paragraph break (a blank line);
//  - after max_sentence_tokens tokens, whatever follows (see the option);
//  - at a line break after a line without final punctuation (a headline, an
//    outlet line, a photo credit), unless the line ends in a joining token
//    (, ; : - ( and the like) or the next line starts with a lower-case word.
//    Text as published puts one headline or paragraph on a line; hard-wrapped
//    text breaks lines inside sentences and needs headline_lines off.
//
// Datelines ("MOSCOW:", "ISLAMABAD—", "KYIV (Reuters) -",
// "WASHINGTON, July 12 (AP) —") are recognised at the start of one of the
// first lines of the text, where an article body begins, and reported apart
// from the first sentence: up to four all-capital words, optionally a comma and
// a short date or place, optionally a parenthesised agency, then a colon or
// dash (which may be left out after an agency).
#ifndef DYAD_TEXT_SENTENCE_SPLITTER_H_
#define DYAD_TEXT_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "dyad/text/tokenizer.h"

namespace dyad {

// A run of whole tokens and the source bytes they span.
struct TextSegment {
  std::string_view text;    // views the tokenized source
  uint32_t begin = 0;       // byte offset of the first token's first byte
  uint32_t end = 0;         // one past the last token's last byte
  uint32_t first_token = 0;
  uint32_t end_token = 0;   // one past the last token; first_token < end_token
};

struct SentenceSplitOptions {
  // End sentences at line breaks after unpunctuated lines, as above. Turn off
  // for hard-wrapped text, where line breaks fall inside sentences.
  bool headline_lines = true;
  // How many lines from the start of the text may open with the dateline.
  int dateline_search_lines = 8;
  // A sentence longer than this many tokens is cut after them. Text that
  // runs this long without a sentence end is not prose (a table, a list, a
  // page run together), and whoever parses it as one sentence would need
  // memory in proportion to all of it. News sentences stay far below.
  size_t max_sentence_tokens = 512;
};

struct SentenceSplit {
  std::optional<TextSegment> dateline;
  std::vector<TextSegment> sentences;
  // Elementary steps taken (tokens and whitespace bytes looked at); grows
  // linearly with the input, whatever its shape.
  uint64_t work = 0;
};

// Splits the tokenized text into sentences. The result views tokens.source().
SentenceSplit SplitSentences(const TokenizedText& tokens, const SentenceSplitOptions& options = {});

// SplitSentences for a caller that splits text after text: it keeps its
// scratch and the result's capacity, so the steady state allocates nothing.
class SentenceSplitter {
 public:
  // As SplitSentences; the result is valid until the next Split.
  const SentenceSplit& Split(const TokenizedText& tokens, const SentenceSplitOptions& options = {});

  // The vectors whose capacity is kept.
  struct Scratch {
    std::vector<uint8_t> breaks, flags;
    std::vector<uint32_t> line_starts;
    SentenceSplit out;
  };

 private:
  friend SentenceSplit SplitSentences(const TokenizedText&, const SentenceSplitOptions&);
  Scratch scratch_;
};

}  // namespace dyad

#endif  // DYAD_TEXT_SENTENCE_SPLITTER_H_
