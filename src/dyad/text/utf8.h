// Decoding UTF-8 one character at a time without ever failing: running text
// from the wire may hold stray Latin-1 bytes, cut sequences or NULs, and each
// such byte must still be reported at its own offset rather than dropped.
#ifndef DYAD_TEXT_UTF8_H_
#define DYAD_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyad {

struct Utf8Char {
  char32_t code_point = 0;  // the byte value itself when !valid
  uint32_t length = 1;      // bytes consumed: 1..4, always 1 when !valid
  bool valid = true;
};

// Decodes the character starting at s[pos]; requires pos < s.size(). A byte
// that does not start a well-formed sequence (overlong forms, surrogates, code
// points above U+10FFFF and truncated sequences included) decodes as a single
// invalid byte, so decoding always advances and never skips a valid character.
inline Utf8Char DecodeUtf8(std::string_view s, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  const unsigned char b0 = p[pos];
  if (b0 < 0x80) return {b0, 1, true};
  const Utf8Char invalid{b0, 1, false};
  auto cont = [&](size_t i) { return pos + i < n && (p[pos + i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!cont(1)) return invalid;
    return {static_cast<char32_t>(((b0 & 0x1F) << 6) | (p[pos + 1] & 0x3F)), 2, true};
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return invalid;
    const unsigned char b1 = p[pos + 1];
    if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F)) return invalid;
    return {static_cast<char32_t>(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (p[pos + 2] & 0x3F)), 3,
            true};
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return invalid;
    const unsigned char b1 = p[pos + 1];
    if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 > 0x8F)) return invalid;
    return {static_cast<char32_t>(((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) |
                                  ((p[pos + 2] & 0x3F) << 6) | (p[pos + 3] & 0x3F)),
            4, true};
  }
  return invalid;
}

}  // namespace dyad

#endif  // DYAD_TEXT_UTF8_H_
