#include "dyad/text/ascii_fold.h"

#include <cstdint>

#include "dyad/text/utf8.h"

namespace dyad {
namespace {

// One entry per code point from U+00C0 to U+024F: the ASCII capital the
// letter folds to; a digit names a two-letter spelling in kDigraphs; '.'
// means "no Latin base letter" (× ÷, tone letters, clicks...) and the
// character is kept as it is.
constexpr char32_t kFoldFirst = 0x00C0;
constexpr std::string_view kFold =
    // U+00C0  À..ß
    "AAAAAA1CEEEEIIII" "DNOOOOO.OUUUUY23"
    // U+00E0  à..ÿ
    "AAAAAA1CEEEEIIII" "DNOOOOO.OUUUUY2Y"
    // U+0100  Latin Extended-A
    "AAAAAACCCCCCCCDD" "DDEEEEEEEEEEGGGG" "GGGGHHHHIIIIIIII" "II44JJKKKLLLLLLL"
    "LLLNNNNNNNNNOOOO" "OO55RRRRRRSSSSSS" "SSTTTTTTUUUUUUUU" "UUUUWWYYYZZZZZZS"
    // U+0180  Latin Extended-B
    "BBBB..OCCDDDD.EA" "EFFGG9IIKKL.MNNO" "OO..PPR....TTTTU" "U.VYYZZ........."
    "....666777888AAI" "IOOUUUUUUUUUUEAA" "AA11GGGGKKOOOO.." "J666GG9.NNAA11OO"
    "AAAAEEEEIIIIOOOO" "RRRRUUUUSSTT..HH" "ND..ZZAAEEOOOOOO" "OOYYLNTJ..ACCLTS"
    "Z..BUVEEJJQQRRYY";
constexpr std::string_view kDigraphs[] = {"", "AE", "TH", "SS", "IJ", "OE", "DZ", "LJ", "NJ", "HV"};

static_assert(kFold.size() == 0x0250 - kFoldFirst, "one fold entry per code point");

bool IsCombiningMark(char32_t cp) { return cp >= 0x0300 && cp <= 0x036F; }

// Azerbaijani writes its lower-case schwa with the IPA letter, outside the
// table's range; its capital, U+018F, is in the table.
constexpr char32_t kSmallSchwa = 0x0259;

}  // namespace

size_t AsciiFoldUpperTo(std::string_view utf8, char* out) {
  size_t w = 0;
  size_t i = 0;
  while (i < utf8.size()) {
    const unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      out[w++] = (b >= 'a' && b <= 'z') ? static_cast<char>(b - 32) : static_cast<char>(b);
      ++i;
      continue;
    }
    const Utf8Char c = DecodeUtf8(utf8, i);
    const char32_t cp = c.code_point;
    if (c.valid && cp == kSmallSchwa) {
      out[w++] = 'A';
    } else if (c.valid && cp >= kFoldFirst && cp < kFoldFirst + kFold.size() && kFold[cp - kFoldFirst] != '.') {
      const char f = kFold[cp - kFoldFirst];
      if (f >= '1' && f <= '9') {
        for (char d : kDigraphs[f - '0']) out[w++] = d;
      } else {
        out[w++] = f;
      }
    } else if (!(c.valid && IsCombiningMark(cp))) {
      for (uint32_t k = 0; k < c.length; ++k) out[w++] = utf8[i + k];
    }
    i += c.length;
  }
  return w;
}

std::string AsciiFoldUpper(std::string_view utf8) {
  std::string out(utf8.size(), '\0');
  out.resize(AsciiFoldUpperTo(utf8, out.data()));
  return out;
}

}  // namespace dyad
