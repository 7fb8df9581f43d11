// Small text helpers over std::string_view. ASCII only by design: dictionary
// keywords and codes are ASCII; Unicode folding of running text belongs to the
// tokenizer.
#ifndef DYAD_BASE_TEXT_H_
#define DYAD_BASE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

constexpr bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr char AsciiUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }

std::string_view Trim(std::string_view s);
std::string_view TrimLeft(std::string_view s);
std::string_view TrimRight(std::string_view s);
std::string ToUpperAscii(std::string_view s);
// Inline: they run in the inner loops of the parser and the coder.
inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
// ASCII case-insensitive equality; most calls differ in size and end there.
inline bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiUpper(a[i]) != AsciiUpper(b[i])) return false;
  }
  return true;
}

// Splits on runs of whitespace; no empty pieces.
std::vector<std::string_view> SplitWhitespace(std::string_view s);
// Splits on `sep`; keeps empty pieces.
std::vector<std::string_view> Split(std::string_view s, char sep);

// Byte offset of the first byte that is not part of well-formed UTF-8, or
// npos when all of `s` is well formed (overlongs and surrogates are invalid).
size_t FindInvalidUtf8(std::string_view s);

// Parses a whole string of decimal digits into *out; false on anything else or
// on overflow of int.
bool ParseInt(std::string_view s, int* out);

// "YYYY-MM-DD" as printf's "%04d-%02d-%02d" writes it, for any ints; the
// usual dates without a call to printf, which costs more than the rest of a
// sentence's dates.
std::string IsoDate(int year, int month, int day);

}  // namespace dyad

#endif  // DYAD_BASE_TEXT_H_
