// Tokenizer for news text, following Penn Treebank conventions.
//
// Tutorial:
//
//   dyad::TokenizedText tokens;
//   dyad::Status s = dyad::Tokenize("Kim J. Un didn't visit the U.S. “today”", &tokens);
//   for (const dyad::Token& t : tokens.tokens()) {
//     tokens.Text(t);   // bytes of the source:  Kim J. Un did n't ... “ today ”
//     tokens.Norm(t);   // PTB form:             Kim J. Un did n't ... `` today ''
//     tokens.Match(t);  // dictionary form:      KIM J. UN DID N'T ... `` TODAY ''
//     t.begin, t.end;   // [begin, end) byte offsets into the source
//   }
//
// The result views the source text, which must outlive it. Reusing one
// TokenizedText for many texts reuses its buffers, so steady-state tokenizing
// allocates nothing.
//
// What a token is (the reference tokenizer in tokenizer_test.cc states the
// same rules as regular expressions and is checked against this one):
//  - Whitespace separates tokens and is never part of one: ASCII whitespace,
//    NEL, no-break space, the Unicode spaces U+2000..U+200B, U+202F, U+205F,
//    U+3000, line and paragraph separators and the byte-order mark.
//  - A word is a run of letters and digits ("letters" are ASCII letters and
//    every non-ASCII character that is not space, punctuation or control),
//    joined across a hyphen (- U+2010 U+2011) between two alphanumerics
//    ("40-year-old", "F-16"), an apostrophe (' or ’) between an alphanumeric
//    and a letter ("O'Brien"), '&' between letters ("AT&T"), and '.' or ','
//    between digits ("1,000.50"). A word of digits, '.' and ',' only is a
//    kNumber.
//  - PTB clitics are split off a word's end: "don't" -> "do" "n't",
//    "Kim's" -> "Kim" "'s", likewise 're 've 'll 'd 'm (any case).
//  - A period stays with the word before it for known abbreviations ("Mr.",
//    "Gen.", "Jan.", "Inc." ...), single capital initials ("J."), "No."/"Nos."
//    when a number follows, and dotted acronyms ("U.S.", "a.m.").
//  - Runs of two or more '.' or '-' are one token ("...", "--"); so are "''"
//    and "``". Every other punctuation character is a token of its own.
//  - Control characters and bytes that are not valid UTF-8 become one kUnknown
//    token each, so no byte of the input is ever silently dropped.
//
// Normalised form (Norm): “ „ « and an opening " become ``; ” » and a closing
// " become ''; ‘ and an opening ' become `; ’ becomes '; — – ― ‒ and any run
// of hyphens become --; … becomes ...; U+2010 U+2011 U+2212 become -; ’ inside
// words becomes '; kUnknown tokens become U+FFFD. A quote is opening when it
// follows the start of text, whitespace or one of ( [ { <.
// Match form (Match): the Norm, upper-cased and ASCII-folded (ascii_fold.h);
// a token of combining marks alone, which would fold to nothing, keeps its Norm.
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"

namespace dyad {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kUnknown };

struct Token {
  uint32_t begin = 0;  // first byte in the source text
  uint32_t end = 0;    // one past the last byte; begin < end
  TokenKind kind = TokenKind::kWord;

  // Where Norm() and Match() find the token's forms; read them through
  // TokenizedText, which owns the storage these offsets point into.
  bool norm_in_arena = false;   // else the norm is the source text itself
  bool match_in_arena = false;  // else the match form is the norm itself
  uint32_t norm_offset = 0, norm_length = 0;
  uint32_t match_offset = 0, match_length = 0;
};

class TokenizedText {
 public:
  TokenizedText() = default;
  TokenizedText(const TokenizedText&) = delete;
  TokenizedText& operator=(const TokenizedText&) = delete;
  TokenizedText(TokenizedText&&) = default;
  TokenizedText& operator=(TokenizedText&&) = default;

  std::string_view source() const { return source_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  size_t size() const { return tokens_.size(); }
  const Token& operator[](size_t i) const { return tokens_[i]; }

  // The token's bytes in the source.
  std::string_view Text(const Token& t) const { return source_.substr(t.begin, t.end - t.begin); }
  // The Penn Treebank form (see the file comment); valid UTF-8.
  std::string_view Norm(const Token& t) const {
    return t.norm_in_arena ? std::string_view(arena_.get() + t.norm_offset, t.norm_length) : Text(t);
  }
  // The upper-cased, ASCII-folded form used to look tokens up in dictionaries.
  std::string_view Match(const Token& t) const {
    return t.match_in_arena ? std::string_view(arena_.get() + t.match_offset, t.match_length) : Norm(t);
  }

  // Elementary steps the tokenizer took (characters decoded or looked at);
  // grows linearly with the input, whatever its shape.
  uint64_t work() const { return work_; }

 private:
  friend class TokenizerRun;
  friend Status Tokenize(std::string_view text, TokenizedText* out);

  std::string_view source_;
  std::vector<Token> tokens_;
  // The source with ASCII letters upper-cased (the match form of every ASCII
  // token), then the norm and match forms of other tokens.
  std::unique_ptr<char[]> arena_;
  size_t arena_size_ = 0;
  size_t arena_capacity_ = 0;
  uint64_t work_ = 0;
};

// Texts this long or longer cannot be tokenized: offsets are 32-bit.
inline constexpr size_t kMaxTokenizedBytes = UINT32_MAX / 8;

// Tokenizes `text` into *out, replacing what it held. Returns InvalidArgument
// (and leaves *out empty) when text.size() >= kMaxTokenizedBytes.
Status Tokenize(std::string_view text, TokenizedText* out);

}  // namespace dyad

#endif  // DYAD_TEXT_TOKENIZER_H_
