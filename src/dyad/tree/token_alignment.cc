#include "dyad/tree/token_alignment.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

#include "dyad/base/text.h"

namespace dyad {
namespace {

// How far past the expected position a token may be found. Enough to step
// over a word or two the parse left out, short enough not to jump far ahead
// to a later occurrence of a common word.
constexpr size_t kLookahead = 64;

// Other spellings of a token in running text, besides the word as written and
// its unescaped form.
struct Variants {
  std::string_view word;
  std::array<std::string_view, 3> spellings;
};

constexpr Variants kVariants[] = {
    {"``", {"\xE2\x80\x9C", "``", "\""}},  // “
    {"''", {"\xE2\x80\x9D", "''", "\""}},  // ”
    {"`", {"\xE2\x80\x98", "'", ""}},      // ‘
    {"'", {"\xE2\x80\x99", "`", ""}},      // ’
    {"--", {"\xE2\x80\x93", "\xE2\x80\x94", "-"}},
    {"...", {"\xE2\x80\xA6", ". . .", ""}},
};

bool MatchesAt(std::string_view text, size_t at, std::string_view spelling) {
  if (spelling.empty() || text.size() - at < spelling.size()) return false;
  for (size_t i = 0; i < spelling.size(); ++i) {
    if (AsciiUpper(text[at + i]) != AsciiUpper(spelling[i])) return false;
  }
  return true;
}

bool IsWordByte(char c) { return IsAsciiAlpha(c) || IsDigit(c) || static_cast<unsigned char>(c) >= 0x80; }

class TokenSpellings {
 public:
  TokenSpellings(std::string_view word, std::string_view norm) {
    Add(word);
    if (norm != word) Add(norm);
    if (IsWordByte(word[0])) return;  // all the variants are punctuation
    for (const Variants& v : kVariants) {
      if (v.word == word) {
        for (std::string_view s : v.spellings) Add(s);
      }
    }
  }
  // Length of the spelling found at text[at], or 0.
  size_t MatchAt(std::string_view text, size_t at) const {
    for (size_t i = 0; i < count_; ++i) {
      if (MatchesAt(text, at, spellings_[i])) return spellings_[i].size();
    }
    return 0;
  }

 private:
  void Add(std::string_view s) {
    if (!s.empty() && count_ < spellings_.size()) spellings_[count_++] = s;
  }
  std::array<std::string_view, 5> spellings_;
  size_t count_ = 0;
};

}  // namespace

int AlignTokenOffsets(std::string_view text, ParseTree* tree) {
  int aligned = 0;
  size_t cursor = 0;
  if (text.size() > static_cast<size_t>(INT32_MAX)) text = {};  // offsets would not fit
  for (int t = 0; t < tree->token_count(); ++t) {
    ParseToken& token = tree->tokens_[t].token;
    token.begin = token.end = -1;
    while (cursor < text.size() && IsSpace(text[cursor])) ++cursor;
    // Mostly the text at the cursor is the word as written, the first
    // spelling the search below would try there.
    const std::string_view word = tree->word(t);
    if (!word.empty() && text.size() - cursor >= word.size() && text.compare(cursor, word.size(), word) == 0) {
      token.begin = static_cast<int32_t>(cursor);
      token.end = static_cast<int32_t>(cursor + word.size());
      cursor += word.size();
      ++aligned;
      continue;
    }
    TokenSpellings spellings(word, tree->norm(t));
    size_t limit = std::min(text.size(), cursor + kLookahead);
    for (size_t at = cursor; at < limit; ++at) {
      // At the cursor a token may be the first part of a word ("ca" of
      // "can't"); beyond it, a match must be a whole word, so that "a" is not
      // found in "Arnor".
      bool ahead = at > cursor;
      if (ahead && IsWordByte(text[at]) && IsWordByte(text[at - 1])) continue;
      if (size_t n = spellings.MatchAt(text, at); n > 0) {
        if (ahead && at + n < text.size() && IsWordByte(text[at + n - 1]) && IsWordByte(text[at + n])) continue;
        token.begin = static_cast<int32_t>(at);
        token.end = static_cast<int32_t>(at + n);
        cursor = at + n;
        ++aligned;
        break;
      }
    }
  }
  return aligned;
}

void SetTokenOffsets(std::span<const ByteRange> spans, int32_t shift, ParseTree* tree) {
  for (size_t t = 0; t < spans.size(); ++t) {
    tree->tokens_[t].token.begin = spans[t].begin - shift;
    tree->tokens_[t].token.end = spans[t].end - shift;
  }
}

}  // namespace dyad
