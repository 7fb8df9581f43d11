#include "dyad/text/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "dyad/base/text.h"
#include "dyad/text/ascii_fold.h"
#include "dyad/text/utf8.h"

namespace dyad {
namespace {

enum class CharClass : uint8_t { kSpace, kLetter, kDigit, kPunct, kUnknown };

constexpr std::array<CharClass, 128> MakeAsciiClasses() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      t[c] = CharClass::kSpace;
    } else if (c < 0x20 || c == 0x7F) {
      t[c] = CharClass::kUnknown;
    } else if (c >= '0' && c <= '9') {
      t[c] = CharClass::kDigit;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      t[c] = CharClass::kLetter;
    } else {
      t[c] = CharClass::kPunct;
    }
  }
  return t;
}
constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiClasses();

// Classes of the non-ASCII code points news text uses for spacing and
// punctuation; everything else outside ASCII counts as a letter, so words of
// any script hold together.
CharClass ClassifyNonAscii(char32_t cp) {
  if (cp <= 0x9F) return cp == 0x85 ? CharClass::kSpace : CharClass::kUnknown;
  if (cp == 0xA0) return CharClass::kSpace;
  if (cp <= 0xBF) return (cp == 0xAA || cp == 0xB5 || cp == 0xBA) ? CharClass::kLetter : CharClass::kPunct;
  if (cp == 0xD7 || cp == 0xF7) return CharClass::kPunct;
  if (cp < 0x1680) return CharClass::kLetter;
  if (cp == 0x1680) return CharClass::kSpace;
  if (cp < 0x2000) return CharClass::kLetter;
  if (cp <= 0x200B) return CharClass::kSpace;
  if (cp <= 0x200F) return CharClass::kLetter;
  if (cp <= 0x2027) return CharClass::kPunct;
  if (cp <= 0x2029) return CharClass::kSpace;
  if (cp <= 0x202E) return CharClass::kLetter;
  if (cp == 0x202F) return CharClass::kSpace;
  if (cp <= 0x205E) return CharClass::kPunct;
  if (cp == 0x205F) return CharClass::kSpace;
  if (cp < 0x20A0) return CharClass::kLetter;
  if (cp <= 0x20CF) return CharClass::kPunct;
  if (cp == 0x2212) return CharClass::kPunct;
  if (cp < 0x3000) return CharClass::kLetter;
  if (cp == 0x3000) return CharClass::kSpace;
  if (cp <= 0x303F) return CharClass::kPunct;
  if (cp == 0xFEFF) return CharClass::kSpace;
  if ((cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40) ||
      (cp >= 0xFF5B && cp <= 0xFF65)) {
    return CharClass::kPunct;
  }
  return CharClass::kLetter;
}

constexpr bool IsAlnum(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

// Per byte: whether it is an ASCII letter or digit, so that a run of them is
// scanned with one load a byte.
constexpr std::array<bool, 256> MakeAsciiAlnum() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) t[c] = IsAlnum(kAsciiClass[c]);
  return t;
}
constexpr std::array<bool, 256> kAsciiAlnum = MakeAsciiAlnum();

// Words that keep a following period. Case matters: "Gen." is an
// abbreviation, "gen." ends a sentence. Sorted for binary search.
constexpr std::string_view kAbbreviations[] = {
    "Adm",   "Ala",  "Amb",  "Apr",  "Ariz",  "Ark",   "Atty",  "Aug",   "Ave",  "Blvd", "Brig", "Bros",
    "Calif", "Capt", "Cmdr", "Co",   "Col",   "Colo",  "Conn",  "Corp",  "Cos",  "Cpl",  "Cpt",  "Dec",
    "Dept",  "Det",  "Dr",   "Drs",  "Feb",   "Fla",   "Ft",    "Ga",    "Gen",  "Gens", "Gov",  "Govs",
    "Hon",   "Inc",  "Insp", "Jan",  "Jr",    "Jul",   "Jun",   "Kan",   "Ky",   "Lt",   "Ltd",  "Maj",
    "Mar",   "Md",   "Messrs", "Mich", "Minn", "Mmes", "Mont",  "Mr",    "Mrs",  "Ms",   "Mt",   "Neb",
    "Nev",   "No",   "Nos",  "Nov",  "Oct",   "Okla",  "Pa",    "Pres",  "Prof", "Pvt",  "Rep",  "Reps",
    "Rev",   "Sen",  "Sens", "Sep",  "Sept",  "Sgt",   "Sr",    "St",    "Supt", "Tenn", "Tex",  "Vt",
    "Wis",   "Wyo",  "al",   "approx", "est", "etc",   "vs",
};

bool IsAbbreviation(std::string_view word) {
  return std::binary_search(std::begin(kAbbreviations), std::end(kAbbreviations), word);
}

// "No." abbreviates "number" only in front of one; elsewhere it is the word.
bool NeedsFollowingNumber(std::string_view word) { return word == "No" || word == "Nos"; }

bool IsClitic(std::string_view s) {
  for (std::string_view clitic : {"s", "re", "ve", "ll", "d", "m"}) {
    if (EqualsIgnoreCase(s, clitic)) return true;
  }
  return false;
}

bool IsNumberText(std::string_view s) {
  for (char c : s) {
    if (!IsDigit(c) && c != '.' && c != ',') return false;
  }
  return true;
}

constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

}  // namespace

// One tokenizing pass; a class only so the lexing steps share their state.
class TokenizerRun {
 public:
  TokenizerRun(std::string_view text, TokenizedText* out) : s_(text), out_(out) {}

  void Run() {
    UpperCaseSource();
    size_t pos = 0;
    while (pos < s_.size()) {
      // One space between words is the commonest character of all.
      if (s_[pos] == ' ') {
        ++work_;
        ++pos;
        opening_context_ = true;
        continue;
      }
      const Ch c = At(pos);
      switch (c.cls) {
        case CharClass::kSpace:
          pos += c.len;
          opening_context_ = true;
          break;
        case CharClass::kLetter:
        case CharClass::kDigit:
          pos = LexWord(pos, c);
          opening_context_ = false;
          break;
        case CharClass::kPunct:
          pos = LexPunct(pos, c);
          break;
        case CharClass::kUnknown:
          Emit(pos, pos + c.len, TokenKind::kUnknown, kReplacementChar);
          pos += c.len;
          opening_context_ = false;
          break;
      }
    }
    out_->work_ = work_;
  }

 private:
  struct Ch {
    char32_t cp;
    uint32_t len;
    CharClass cls;
  };

  // The character at pos (< size), counted as one step of work.
  Ch At(size_t pos) {
    ++work_;
    const unsigned char b = static_cast<unsigned char>(s_[pos]);
    if (b < 0x80) return {b, 1, kAsciiClass[b]};
    const Utf8Char u = DecodeUtf8(s_, pos);
    if (!u.valid) return {u.code_point, 1, CharClass::kUnknown};
    return {u.code_point, u.length, ClassifyNonAscii(u.code_point)};
  }

  // Lexes the word starting with c at pos; returns where the next token may start.
  size_t LexWord(size_t pos, Ch c) {
    // An acronym's second character is a period; most words' is not.
    if (pos + 1 < s_.size() && s_[pos + 1] == '.') {
      if (size_t acronym_end = ScanAcronym(pos); acronym_end != pos) {
        EmitAscii(pos, acronym_end, TokenKind::kWord);
        return acronym_end;
      }
    }
    size_t q = pos;
    bool needs_norm = false;    // holds ’ or a Unicode hyphen
    bool ascii = c.cp < 0x80;   // no character outside ASCII
    size_t last_apostrophe = std::string_view::npos;
    size_t last_apostrophe_len = 0;
    CharClass previous = c.cls;  // class of the last character joined
    q += c.len;
    while (q < s_.size()) {
      // Fast path: a run of the ASCII letters and digits that make up most
      // words, in a tight loop.
      if (const size_t run = AsciiAlnumRun(q); run != q) {
        work_ += run - q;
        previous = kAsciiClass[static_cast<unsigned char>(s_[run - 1])];
        q = run;
        continue;
      }
      if (s_[q] == ' ') break;  // how most words end, decided without decoding
      const Ch d = At(q);
      if (IsAlnum(d.cls)) {  // not ASCII, or the run above would have taken it
        ascii = false;
        previous = d.cls;
        q += d.len;
        continue;
      }
      const size_t after = q + d.len;
      if (d.cls != CharClass::kPunct || after >= s_.size()) break;
      const Ch e = At(after);
      bool join = false;
      if (d.cp == '.' || d.cp == ',') {
        join = previous == CharClass::kDigit && e.cls == CharClass::kDigit;
      } else if (d.cp == '\'' || d.cp == 0x2019) {
        join = e.cls == CharClass::kLetter;
        if (join) {
          last_apostrophe = q;
          last_apostrophe_len = d.len;
        }
      } else if (d.cp == '&') {
        join = previous == CharClass::kLetter && e.cls == CharClass::kLetter;
      } else if (d.cp == '-' || d.cp == 0x2010 || d.cp == 0x2011) {
        join = IsAlnum(e.cls);
      }
      if (!join) break;
      if (d.cp >= 0x80) needs_norm = true;
      ascii &= d.cp < 0x80 && e.cp < 0x80;
      previous = e.cls;
      q = after + e.len;
    }
    const std::string_view word = s_.substr(pos, q - pos);
    if (q < s_.size() && s_[q] == '.' &&
        ((word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') ||
         (IsAbbreviation(word) && (!NeedsFollowingNumber(word) || DigitFollows(q + 1))))) {
      EmitAscii(pos, q + 1, TokenKind::kWord);  // abbreviations and initials are ASCII
      return q + 1;
    }
    const size_t split = CliticStart(pos, q, last_apostrophe, last_apostrophe_len);
    EmitWord(pos, split, NumberOrWord(pos, split), ascii, needs_norm);
    if (split != q) EmitWord(split, q, TokenKind::kWord, ascii, needs_norm);
    return q;
  }

  // kNumber when the word [begin, end) is made of digits, '.' and ',' only;
  // only a word that starts with a digit needs the look.
  TokenKind NumberOrWord(size_t begin, size_t end) {
    if (!IsDigit(s_[begin])) return TokenKind::kWord;
    work_ += end - begin;
    return IsNumberText(s_.substr(begin, end - begin)) ? TokenKind::kNumber : TokenKind::kWord;
  }

  // End of the run of ASCII letters and digits from pos.
  size_t AsciiAlnumRun(size_t pos) const {
    const char* p = s_.data();
    const size_t n = s_.size();
    while (pos < n && kAsciiAlnum[static_cast<unsigned char>(p[pos])]) ++pos;
    return pos;
  }

  // End of a dotted acronym ("U.S.", "a.m."; two or more letter-period pairs)
  // starting at pos, or pos when there is none.
  size_t ScanAcronym(size_t pos) {
    size_t q = pos;
    int pairs = 0;
    while (q + 1 < s_.size() && s_[q + 1] == '.' && IsAsciiAlpha(s_[q])) {
      work_ += 2;
      q += 2;
      ++pairs;
    }
    return pairs >= 2 ? q : pos;
  }

  // Whether an ASCII digit comes after the whitespace starting at pos.
  bool DigitFollows(size_t pos) {
    while (pos < s_.size()) {
      const Ch c = At(pos);
      if (c.cls != CharClass::kSpace) return IsDigit(s_[pos]);
      pos += c.len;
    }
    return false;
  }

  // Where a PTB clitic ('s 're 've 'll 'd 'm n't) begins in the word [begin,
  // end) whose last joined apostrophe is at `apostrophe`; `end` when none.
  size_t CliticStart(size_t begin, size_t end, size_t apostrophe, size_t apostrophe_len) const {
    if (apostrophe == std::string_view::npos) return end;
    const std::string_view suffix = s_.substr(apostrophe + apostrophe_len, end - apostrophe - apostrophe_len);
    if (IsClitic(suffix)) return apostrophe;
    if (EqualsIgnoreCase(suffix, "t") && apostrophe - 1 > begin &&
        (s_[apostrophe - 1] == 'n' || s_[apostrophe - 1] == 'N')) {
      return apostrophe - 1;
    }
    return end;
  }

  size_t LexPunct(size_t pos, Ch c) {
    const bool opening = opening_context_;
    opening_context_ = c.cp == '(' || c.cp == '[' || c.cp == '{' || c.cp == '<';
    size_t end = pos + c.len;
    std::string_view norm;  // empty: the source text is already normal
    switch (c.cp) {
      case '.':
      case '-': {
        while (end < s_.size() && s_[end] == static_cast<char>(c.cp)) {
          ++work_;
          ++end;
        }
        if (c.cp == '-' && end - pos > 2) norm = "--";
        break;
      }
      case '\'':
      case '`':
        if (end < s_.size() && s_[end] == static_cast<char>(c.cp)) {
          ++work_;
          ++end;
        } else if (c.cp == '\'' && opening) {
          norm = "`";
        }
        break;
      case '"':
        norm = opening ? "``" : "''";
        break;
      case 0x201C: case 0x201E: case 0x201F: case 0xAB:
        norm = "``";
        break;
      case 0x201D: case 0xBB:
        norm = "''";
        break;
      case 0x2018: case 0x201A: case 0x201B: case 0x2039:
        norm = "`";
        break;
      case 0x2019: case 0x203A:
        norm = "'";
        break;
      case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        norm = "--";
        break;
      case 0x2026:
        norm = "...";
        break;
      case 0x2010: case 0x2011: case 0x2212:
        norm = "-";
        break;
      default:
        break;
    }
    if (norm.empty() && c.cp < 0x80) {
      EmitAscii(pos, end, TokenKind::kPunct);
    } else {
      Emit(pos, end, TokenKind::kPunct, norm);
    }
    return end;
  }

  // Emits a word piece, all ASCII when `ascii`, whose norm replaces ’ by '
  // and Unicode hyphens by '-' when needs_norm.
  void EmitWord(size_t begin, size_t end, TokenKind kind, bool ascii, bool needs_norm) {
    if (ascii) {
      EmitAscii(begin, end, kind);
      return;
    }
    if (!needs_norm) {
      Emit(begin, end, kind, {});
      return;
    }
    Reserve(2 * (end - begin));
    char* dst = out_->arena_.get() + out_->arena_size_;
    size_t w = 0;
    for (size_t i = begin; i < end;) {
      if (static_cast<unsigned char>(s_[i]) == 0xE2 && i + 2 < end && s_[i + 1] == '\x80') {
        const unsigned char third = static_cast<unsigned char>(s_[i + 2]);
        if (third == 0x99 || third == 0x90 || third == 0x91) {
          dst[w++] = third == 0x99 ? '\'' : '-';
          i += 3;
          continue;
        }
      }
      dst[w++] = s_[i++];
    }
    Emit(begin, end, kind, std::string_view(dst, w));
  }

  // Appends the token [begin, end); `norm` is its normalised form, or empty
  // when that is the source text itself. A non-empty norm is either static or
  // already at the arena's end (EmitWord), where it is adopted in place.
  void Emit(size_t begin, size_t end, TokenKind kind, std::string_view norm) {
    Token t;
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    t.kind = kind;
    char* arena_end = out_->arena_.get() + out_->arena_size_;
    if (!norm.empty() && norm.data() != arena_end) {
      Reserve(2 * norm.size());
      arena_end = out_->arena_.get() + out_->arena_size_;
      std::memcpy(arena_end, norm.data(), norm.size());
      norm = std::string_view(arena_end, norm.size());
    } else if (norm.empty()) {
      Reserve(end - begin);
      arena_end = out_->arena_.get() + out_->arena_size_;
    }
    if (!norm.empty()) {
      t.norm_in_arena = true;
      t.norm_offset = static_cast<uint32_t>(out_->arena_size_);
      t.norm_length = static_cast<uint32_t>(norm.size());
      out_->arena_size_ += norm.size();
    }
    const std::string_view source = norm.empty() ? s_.substr(begin, end - begin) : norm;
    char* match = out_->arena_.get() + out_->arena_size_;
    size_t n = 0;
    bool changed = false;
    for (; n < source.size() && static_cast<unsigned char>(source[n]) < 0x80; ++n) {
      const char c = source[n];
      const bool lower = c >= 'a' && c <= 'z';
      match[n] = lower ? static_cast<char>(c - 32) : c;
      changed |= lower;
    }
    if (n < source.size()) {
      n += AsciiFoldUpperTo(source.substr(n), match + n);
      changed = n != source.size() || std::memcmp(match, source.data(), n) != 0;
    }
    // A token of combining marks alone folds to nothing; it keeps its norm.
    if (n != 0 && changed) {
      t.match_in_arena = true;
      t.match_offset = static_cast<uint32_t>(out_->arena_size_);
      t.match_length = static_cast<uint32_t>(n);
      out_->arena_size_ += n;
    }
    out_->tokens_.push_back(t);
  }

  // Emits the token [begin, end) of ASCII characters, which are their own
  // norm and whose match form UpperCaseSource already wrote.
  void EmitAscii(size_t begin, size_t end, TokenKind kind) {
    Token t;
    t.begin = static_cast<uint32_t>(begin);
    t.end = static_cast<uint32_t>(end);
    t.kind = kind;
    t.match_in_arena = true;
    t.match_offset = t.begin;
    t.match_length = t.end - t.begin;
    out_->tokens_.push_back(t);
  }

  // Writes the source, ASCII letters upper-cased, to the start of the arena:
  // there every ASCII token finds its match form without a pass of its own.
  // One branch-free pass over the whole text, which the compiler vectorises.
  void UpperCaseSource() {
    const size_t n = s_.size();
    Reserve(n);
    const auto* source = reinterpret_cast<const unsigned char*>(s_.data());
    auto* upper = reinterpret_cast<unsigned char*>(out_->arena_.get());
    for (size_t i = 0; i < n; ++i) {
      const unsigned char c = source[i];
      upper[i] = static_cast<unsigned char>(c - (static_cast<unsigned char>(c - 'a') < 26 ? 32 : 0));
    }
    out_->arena_size_ = n;
  }

  // Makes room for `extra` more arena bytes. Arena offsets, not pointers, are
  // kept in tokens, so growing never invalidates them.
  void Reserve(size_t extra) {
    TokenizedText& o = *out_;
    if (o.arena_size_ + extra <= o.arena_capacity_) return;
    const size_t capacity = std::max({o.arena_capacity_ * 2, o.arena_size_ + extra, size_t{4096}});
    auto grown = std::make_unique_for_overwrite<char[]>(capacity);
    if (o.arena_size_ > 0) std::memcpy(grown.get(), o.arena_.get(), o.arena_size_);
    o.arena_ = std::move(grown);
    o.arena_capacity_ = capacity;
  }

  std::string_view s_;
  TokenizedText* out_;
  uint64_t work_ = 0;  // TokenizedText::work, handed over at the end of Run
  bool opening_context_ = true;  // a quote here would open: start, space or ( [ { <
};

Status Tokenize(std::string_view text, TokenizedText* out) {
  out->source_ = {};
  out->tokens_.clear();
  out->arena_size_ = 0;
  out->work_ = 0;
  if (text.size() >= kMaxTokenizedBytes) {
    std::string message = std::to_string(text.size());
    message += " bytes of text is too long to tokenize";
    return Status::InvalidArgument(std::move(message));
  }
  out->source_ = text;
  // News runs near six bytes a token; reserving for that avoids regrowth.
  out->tokens_.reserve(text.size() / 4 + 16);
  TokenizerRun(text, out).Run();
  return Status::Ok();
}

}  // namespace dyad
