#include "dyad/text/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <regex>
#include <string>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/text/ascii_fold.h"

namespace dyad {
namespace {

struct Tok {
  size_t begin, end;
  TokenKind kind;
  std::string norm, match;
  bool operator==(const Tok&) const = default;
};

std::string KindName(TokenKind k) {
  switch (k) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kUnknown: return "unknown";
  }
  return "?";
}

std::ostream& operator<<(std::ostream& os, const Tok& t) {
  return os << "[" << t.begin << "," << t.end << ") " << KindName(t.kind) << " norm=" << t.norm
            << " match=" << t.match;
}

std::vector<Tok> Fast(std::string_view text) {
  TokenizedText tt;
  EXPECT_TRUE(Tokenize(text, &tt).ok());
  std::vector<Tok> out;
  for (const Token& t : tt.tokens()) {
    out.push_back({t.begin, t.end, t.kind, std::string(tt.Norm(t)), std::string(tt.Match(t))});
  }
  return out;
}

std::vector<std::string> Norms(std::string_view text) {
  std::vector<std::string> out;
  for (const Tok& t : Fast(text)) out.push_back(t.norm);
  return out;
}

using V = std::vector<std::string>;

// ---------------------------------------------------------------------------
// The reference tokenizer: the rules of tokenizer.h written as regular
// expressions over code points, applied one token at a time. Slow and plain
// on purpose; only its agreement with the fast tokenizer matters.

// The text as code points (wchar_t is 32-bit here), with each byte that is
// not well-formed UTF-8 standing alone as a lone surrogate U+DC00+byte, which
// valid UTF-8 can never produce.
struct Decoded {
  std::wstring chars;
  std::vector<size_t> offset;  // byte offset of chars[i]; offset[size] = text size
};

Decoded DecodeForOracle(std::string_view s) {
  Decoded d;
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
    d.offset.push_back(i);
    if (len == 0 || i + len > s.size() || FindInvalidUtf8(s.substr(i, len)) != std::string_view::npos) {
      d.chars.push_back(b < 0x80 ? wchar_t(b) : wchar_t(0xDC00 + b));
      ++i;
      continue;
    }
    unsigned cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    d.chars.push_back(static_cast<wchar_t>(cp));
    i += len;
  }
  d.offset.push_back(s.size());
  return d;
}

std::string Utf8(const std::wstring& w) {
  std::string out;
  for (wchar_t c : w) {
    unsigned cp = static_cast<unsigned>(c);
    if (cp < 0x80) {
      out += char(cp);
    } else if (cp < 0x800) {
      out += char(0xC0 | (cp >> 6));
      out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += char(0xE0 | (cp >> 12));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    } else {
      out += char(0xF0 | (cp >> 18));
      out += char(0x80 | ((cp >> 12) & 0x3F));
      out += char(0x80 | ((cp >> 6) & 0x3F));
      out += char(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

// Bracket-expression body for the given inclusive code point ranges.
std::wstring Ranges(std::initializer_list<std::pair<unsigned, unsigned>> ranges) {
  std::wstring out;
  for (auto [lo, hi] : ranges) {
    out += L'\\';
    out += wchar_t(lo);
    if (hi != lo) {
      out += L"-\\";
      out += wchar_t(hi);
    }
  }
  return out;
}

class Oracle {
 public:
  Oracle()
      : space_(Ranges({{0x09, 0x0D}, {0x20, 0x20}, {0x85, 0x85}, {0xA0, 0xA0}, {0x1680, 0x1680},
                       {0x2000, 0x200B}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F},
                       {0x3000, 0x3000}, {0xFEFF, 0xFEFF}})),
        unknown_(Ranges({{0x00, 0x08}, {0x0E, 0x1F}, {0x7F, 0x84}, {0x86, 0x9F}, {0xDC80, 0xDCFF}})),
        punct_(Ranges({{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}, {0xA1, 0xA9}, {0xAB, 0xB4},
                       {0xB6, 0xB9}, {0xBB, 0xBF}, {0xD7, 0xD7}, {0xF7, 0xF7}, {0x2010, 0x2027},
                       {0x2030, 0x205E}, {0x20A0, 0x20CF}, {0x2212, 0x2212}, {0x3001, 0x303F},
                       {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65}})),
        is_space_(L"[" + space_ + L"]"),
        is_unknown_(L"[" + unknown_ + L"]"),
        acronym_(L"[A-Za-z]\\.(?:[A-Za-z]\\.)+"),
        word_(WordPattern()),
        dots_(L"\\.{2,}|-{2,}|''|``"),
        abbreviation_(
            L"[A-Z]|Adm|Ala|Amb|Apr|Ariz|Ark|Atty|Aug|Ave|Blvd|Brig|Bros|Calif|Capt|Cmdr|Co|Col|Colo|Conn|"
            L"Corp|Cos|Cpl|Cpt|Dec|Dept|Det|Dr|Drs|Feb|Fla|Ft|Ga|Gen|Gens|Gov|Govs|Hon|Inc|Insp|Jan|Jr|"
            L"Jul|Jun|Kan|Ky|Lt|Ltd|Maj|Mar|Md|Messrs|Mich|Minn|Mmes|Mont|Mr|Mrs|Ms|Mt|Neb|Nev|No|Nos|"
            L"Nov|Oct|Okla|Pa|Pres|Prof|Pvt|Rep|Reps|Rev|Sen|Sens|Sep|Sept|Sgt|Sr|St|Supt|Tenn|Tex|Vt|"
            L"Wis|Wyo|al|approx|est|etc|vs"),
        digit_after_space_(L"[" + space_ + L"]*[0-9][\\s\\S]*"),
        nt_(L"([\\s\\S]+)([nN]['\u2019][tT])"),
        clitic_(L"([\\s\\S]+)(['\u2019](?:[sS]|[rR][eE]|[vV][eE]|[lL][lL]|[dD]|[mM]))"),
        number_(L"[0-9.,]+") {}

  std::vector<Tok> Tokenize(std::string_view text) const {
    const Decoded d = DecodeForOracle(text);
    const std::wstring& w = d.chars;
    std::vector<Tok> out;
    auto emit = [&](size_t b, size_t e, TokenKind kind, std::wstring norm) {
      const std::string n = Utf8(norm);
      const std::string folded = AsciiFoldUpper(n);
      out.push_back({d.offset[b], d.offset[e], kind, n, folded.empty() ? n : folded});
    };
    size_t pos = 0;
    std::wsmatch m;
    while (pos < w.size()) {
      const std::wstring rest = w.substr(pos);
      const std::wstring one = w.substr(pos, 1);
      if (std::regex_match(one, is_space_)) {
        ++pos;
      } else if (std::regex_match(one, is_unknown_)) {
        emit(pos, pos + 1, TokenKind::kUnknown, L"\uFFFD");
        ++pos;
      } else if (std::regex_search(rest, m, acronym_, std::regex_constants::match_continuous)) {
        emit(pos, pos + m.length(0), TokenKind::kWord, m.str(0));
        pos += m.length(0);
      } else if (std::regex_search(rest, m, word_, std::regex_constants::match_continuous)) {
        pos = EmitWord(w, pos, m.str(0), emit);
      } else if (std::regex_search(rest, m, dots_, std::regex_constants::match_continuous)) {
        emit(pos, pos + m.length(0), TokenKind::kPunct, m.str(0)[0] == L'-' ? L"--" : m.str(0));
        pos += m.length(0);
      } else {
        const bool opening = pos == 0 || std::regex_match(w.substr(pos - 1, 1), is_space_) ||
                             std::wstring(L"([{<").find(w[pos - 1]) != std::wstring::npos;
        emit(pos, pos + 1, TokenKind::kPunct, PunctNorm(w[pos], opening));
        ++pos;
      }
    }
    return out;
  }

 private:
  std::wstring WordPattern() const {
    const std::wstring letter = L"[^" + space_ + unknown_ + punct_ + L"0-9]";
    const std::wstring alnum = L"[^" + space_ + unknown_ + punct_ + L"]";
    const std::wstring apostrophe = L"['\u2019](?=" + letter + L")";
    const std::wstring hyphen = L"[\\-\u2010\u2011](?=" + alnum + L")";
    return L"(?:" + letter + L"(?:" + apostrophe + L"|&(?=" + letter + L")|" + hyphen + L")?|[0-9](?:[.,](?=[0-9])|" +
           apostrophe + L"|" + hyphen + L")?)+";
  }

  template <typename Emit>
  size_t EmitWord(const std::wstring& w, size_t pos, const std::wstring& word, Emit& emit) const {
    const size_t end = pos + word.size();
    if (end < w.size() && w[end] == L'.' && std::regex_match(word, abbreviation_) &&
        ((word != L"No" && word != L"Nos") || std::regex_match(w.substr(end + 1), digit_after_space_))) {
      emit(pos, end + 1, TokenKind::kWord, word + L".");
      return end + 1;
    }
    std::wsmatch m;
    std::wstring left = word, right;
    if (std::regex_match(word, m, nt_) || std::regex_match(word, m, clitic_)) {
      left = m.str(1);
      right = m.str(2);
    }
    emit(pos, pos + left.size(), std::regex_match(left, number_) ? TokenKind::kNumber : TokenKind::kWord,
         WordNorm(left));
    if (!right.empty()) emit(pos + left.size(), end, TokenKind::kWord, WordNorm(right));
    return end;
  }

  static std::wstring WordNorm(std::wstring s) {
    for (wchar_t& c : s) {
      if (c == 0x2019) c = L'\'';
      if (c == 0x2010 || c == 0x2011) c = L'-';
    }
    return s;
  }

  static std::wstring PunctNorm(wchar_t c, bool opening) {
    switch (c) {
      case L'"': return opening ? L"``" : L"''";
      case L'\'': return opening ? L"`" : L"'";
      case 0x201C: case 0x201E: case 0x201F: case 0xAB: return L"``";
      case 0x201D: case 0xBB: return L"''";
      case 0x2018: case 0x201A: case 0x201B: case 0x2039: return L"`";
      case 0x2019: case 0x203A: return L"'";
      case 0x2012: case 0x2013: case 0x2014: case 0x2015: return L"--";
      case 0x2026: return L"...";
      case 0x2010: case 0x2011: case 0x2212: return L"-";
      default: return std::wstring(1, c);
    }
  }

  std::wstring space_, unknown_, punct_;
  std::wregex is_space_, is_unknown_, acronym_, word_, dots_, abbreviation_, digit_after_space_, nt_, clitic_,
      number_;
};

// Random texts built from the pieces news text is made of, glued with and
// without whitespace so that every pair of pieces also meets head-on.
std::string RandomText(std::mt19937* rng) {
  static const std::vector<std::string> kPieces = {
      // words and clitics
      "the", "said", "Kim", "Un", "Wŏnsan", "Zelenskyy", "Kyiv", "don't", "can't", "isn't", "Kim's", "O'Brien",
      "students'", "rock'n'roll", "they're", "we've", "I'm", "she'll", "he'd", "AT&T", "S&P", "40-year-old",
      "F-16", "Al-Qaeda", "don’t", "Putin’s", "café", "Əliyev", "Москва", "北京", "القاهرة", "co‑operate",
      "pre‐war", "1990's", "x", "A", "J", "I", "US", "n", "t", "s", "Wo\xCC\x86nsan", "\xCC\x86", "n't", "'s", "’s",
      // abbreviation candidates
      "Mr", "Mrs", "Gen", "Jan", "No", "Nos", "Inc", "etc", "vs", "Co", "Sept", "U.S.", "U.N.", "a.m.",
      "e.g.", "U.S", "J.", "Mr.", "No.", "Gen.",
      // numbers
      "1", "1,000", "3.14", "2025", "12.07.2025", "0", "5th", "1.", ",5",
      // punctuation, ASCII and Unicode
      ".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "<", ">", "\"", "'", "`", "''", "``", "--",
      "-", "---", "...", "..", "&", "/", "$", "%", "@", "#", "*", "…", "—", "–", "―", "‒", "“", "”", "‘",
      "’", "„", "«", "»", "‹", "›", "‐", "‑", "−", "€", "£", "¿", "¡", "·", "×", "。", "、", "「", "！",
      // whitespace
      " ", "\n", "\t", "\r\n", "\xC2\xA0", "\u2009", "\u3000", "\u200B", "\u2028", "\uFEFF",
      // invalid UTF-8 and control characters
      "\xFF", "\xC3", "\xE2\x80", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", std::string(1, '\0'),
      "\x01", "\x7F", "\xC2\x85", "\xC2\x9F",
  };
  std::uniform_int_distribution<size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> count(1, 14), glue(0, 2);
  std::string text;
  for (int i = count(*rng); i > 0; --i) {
    text += kPieces[piece(*rng)];
    if (glue(*rng) == 0) text += ' ';
  }
  return text;
}

TEST(TokenizerOracleTest, AgreesWithRegexReferenceOnGeneratedTexts) {
  const Oracle oracle;
  std::mt19937 rng(20250712);
  for (int i = 0; i < 4000; ++i) {
    const std::string text = RandomText(&rng);
    ASSERT_EQ(Fast(text), oracle.Tokenize(text)) << "text: [" << text << "]";
  }
}

TEST(TokenizerOracleTest, OracleStatesTheDocumentedRules) {
  // Guards the reference itself: a broken oracle agreeing with a broken
  // tokenizer would prove nothing.
  const Oracle oracle;
  std::vector<std::string> norms;
  for (const Tok& t : oracle.Tokenize("“Kim’s U.S. trip” didn't cost $1,000.50—No. 2")) norms.push_back(t.norm);
  EXPECT_EQ(norms, (V{"``", "Kim", "'s", "U.S.", "trip", "''", "did", "n't", "cost", "$", "1,000.50", "--",
                      "No.", "2"}));
}

// ---------------------------------------------------------------------------
// Behaviour on wire-style sentences.

TEST(TokenizerTest, CliticsSplitPennTreebankStyle) {
  EXPECT_EQ(Norms("They didn't say, but we're sure it's the minister's plan."),
            (V{"They", "did", "n't", "say", ",", "but", "we", "'re", "sure", "it", "'s", "the", "minister", "'s",
               "plan", "."}));
  EXPECT_EQ(Norms("I can't and won't, I'm told; we'll see what they've done."),
            (V{"I", "ca", "n't", "and", "wo", "n't", ",", "I", "'m", "told", ";", "we", "'ll", "see", "what", "they",
               "'ve", "done", "."}));
  EXPECT_EQ(Norms("O'Brien's rock'n'roll"), (V{"O'Brien", "'s", "rock'n'roll"}));
  EXPECT_EQ(Norms("the protesters' demands"), (V{"the", "protesters", "'", "demands"}));
}

TEST(TokenizerTest, CurlyApostrophesSplitAndNormaliseLikeStraightOnes) {
  const std::vector<Tok> t = Fast("Kyiv’s mayor doesn’t");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[1].norm, "'s");
  EXPECT_EQ(t[1].begin, 4u);  // the three bytes of ’, then s
  EXPECT_EQ(t[1].end, 8u);
  EXPECT_EQ(t[3].norm, "does");
  EXPECT_EQ(t[4].norm, "n't");
  EXPECT_EQ(t[4].match, "N'T");
}

TEST(TokenizerTest, AbbreviationsAndInitialsKeepTheirPeriod) {
  EXPECT_EQ(Norms("Gen. Mark Milley met Mr. Kim J. Un on Jan. 5 in the U.S. Senate."),
            (V{"Gen.", "Mark", "Milley", "met", "Mr.", "Kim", "J.", "Un", "on", "Jan.", "5", "in", "the", "U.S.",
               "Senate", "."}));
  EXPECT_EQ(Norms("Resolution No. 2334 passed at 3 p.m. local time"),
            (V{"Resolution", "No.", "2334", "passed", "at", "3", "p.m.", "local", "time"}));
  EXPECT_EQ(Norms("The answer was No. Talks end."), (V{"The", "answer", "was", "No", ".", "Talks", "end", "."}));
  EXPECT_EQ(Norms("troops withdrew. gen. staff"), (V{"troops", "withdrew", ".", "gen", ".", "staff"}));
}

TEST(TokenizerTest, NumbersKeepCommasAndDecimalsButNotSentencePeriods) {
  const std::vector<Tok> t = Fast("Oil rose 3.5% to $1,234.50 a barrel in 2025.");
  std::vector<std::string> norms;
  for (const Tok& x : t) norms.push_back(x.norm);
  EXPECT_EQ(norms, (V{"Oil", "rose", "3.5", "%", "to", "$", "1,234.50", "a", "barrel", "in", "2025", "."}));
  EXPECT_EQ(t[2].kind, TokenKind::kNumber);
  EXPECT_EQ(t[6].kind, TokenKind::kNumber);
  EXPECT_EQ(t[0].kind, TokenKind::kWord);
  EXPECT_EQ(t[3].kind, TokenKind::kPunct);
  EXPECT_EQ(Fast("the 5th and 1990s")[1].kind, TokenKind::kWord);
}

TEST(TokenizerTest, HyphenatedWordsStayWholeButDashesSplit) {
  EXPECT_EQ(Norms("a 40-year-old F-16 pilot--reportedly pro-Moscow -- said"),
            (V{"a", "40-year-old", "F-16", "pilot", "--", "reportedly", "pro-Moscow", "--", "said"}));
  EXPECT_EQ(Norms("co\u2011operate ---"), (V{"co-operate", "--"}));
}

TEST(TokenizerTest, QuotesGetPennTreebankDirection) {
  EXPECT_EQ(Norms("He said, \"We will not retreat.\" ('Never')"),
            (V{"He", "said", ",", "``", "We", "will", "not", "retreat", ".", "''", "(", "`", "Never", "'", ")"}));
  EXPECT_EQ(Norms("``PTB'' input"), (V{"``", "PTB", "''", "input"}));
}

TEST(TokenizerTest, UnicodePunctuationNormalisesToAscii) {
  const std::vector<Tok> t = Fast("“Stop”—now… «Non» ‘yes’ 5\u2009000 a\xC2\xA0"
                                  "b");
  std::vector<std::string> norms;
  for (const Tok& x : t) norms.push_back(x.norm);
  EXPECT_EQ(norms, (V{"``", "Stop", "''", "--", "now", "...", "``", "Non", "''", "`", "yes", "'", "5", "000", "a",
                      "b"}));
  EXPECT_EQ(t[3].begin, 10u);  // “ (3 bytes) Stop (4) ” (3), then the em dash
  EXPECT_EQ(t[3].end, 13u);
}

TEST(TokenizerTest, MatchFormIsUpperCaseAsciiFolded) {
  const std::vector<Tok> t = Fast("Wŏnsan Zelenskyy Əliyev Москва café ÉLYSÉE");
  ASSERT_EQ(t.size(), 6u);
  EXPECT_EQ(t[0].match, "WONSAN");
  EXPECT_EQ(t[0].norm, "Wŏnsan");
  EXPECT_EQ(t[1].match, "ZELENSKYY");
  EXPECT_EQ(t[2].match, "ALIYEV");
  EXPECT_EQ(t[3].match, "Москва");
  EXPECT_EQ(t[4].match, "CAFE");
  EXPECT_EQ(t[5].match, "ELYSEE");
}

TEST(TokenizerTest, InvalidUtf8BecomesSingleByteUnknownTokens) {
  const std::string text = "Kyi\xFFv \xE2\x80 x\xC0\xAF";
  const std::vector<Tok> t = Fast(text);
  const std::vector<Tok> want = {
      {0, 3, TokenKind::kWord, "Kyi", "KYI"},
      {3, 4, TokenKind::kUnknown, "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
      {4, 5, TokenKind::kWord, "v", "V"},
      {6, 7, TokenKind::kUnknown, "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
      {7, 8, TokenKind::kUnknown, "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
      {9, 10, TokenKind::kWord, "x", "X"},
      {10, 11, TokenKind::kUnknown, "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
      {11, 12, TokenKind::kUnknown, "\xEF\xBF\xBD", "\xEF\xBF\xBD"},
  };
  EXPECT_EQ(t, want);
}

TEST(TokenizerTest, NulAndControlBytesAreTokensNotTerminators) {
  const std::string text("a\0b\x01", 4);
  const std::vector<Tok> t = Fast(text);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[1].kind, TokenKind::kUnknown);
  EXPECT_EQ(t[2].norm, "b");
  EXPECT_EQ(t[3].end, 4u);
}

TEST(TokenizerTest, ReusedResultForgetsThePreviousText) {
  TokenizedText tt;
  ASSERT_TRUE(Tokenize("“A long first text”, with many tokens in it.", &tt).ok());
  ASSERT_TRUE(Tokenize("Short “one”", &tt).ok());
  ASSERT_EQ(tt.size(), 4u);
  EXPECT_EQ(tt.Norm(tt[1]), "``");
  EXPECT_EQ(tt.Match(tt[2]), "ONE");
  EXPECT_EQ(tt.source(), "Short “one”");
}

TEST(TokenizerTest, RefusesTextsTooLongForThirtyTwoBitOffsets) {
  TokenizedText tt;
  ASSERT_TRUE(Tokenize("earlier text", &tt).ok());
  // The size check comes before any byte is read, so the view need not be backed.
  const char byte = 'x';
  const Status s = Tokenize(std::string_view(&byte, kMaxTokenizedBytes), &tt);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(tt.size(), 0u);
  EXPECT_TRUE(tt.source().empty());
}

TEST(TokenizerTest, EmptyAndBlankTextsHaveNoTokens) {
  EXPECT_TRUE(Fast("").empty());
  EXPECT_TRUE(Fast(" \n\t\xC2\xA0\u3000").empty());
}

// ---------------------------------------------------------------------------
// Work grows linearly with input, whatever its shape.

uint64_t TokenizerWork(const std::string& text) {
  TokenizedText tt;
  EXPECT_TRUE(Tokenize(text, &tt).ok());
  return tt.work();
}

std::string Repeat(std::string_view unit, size_t times) {
  std::string s;
  for (size_t i = 0; i < times; ++i) s += unit;
  return s;
}

TEST(TokenizerWorkTest, WorkIsLinearInInputForPathologicalShapes) {
  const std::vector<std::pair<std::string, std::string>> shapes = {
      {"no punctuation", "word "},
      {"one endless word", "abcdefgh"},
      {"only numbers", "1,234.5 "},
      {"digits joined by commas", "1,"},
      {"mixed scripts", "Москва北京Wŏnsan "},
      {"invalid utf-8", "\xFF\xC3\xE2\x80"},
      {"acronym that never closes", "A."},
      {"hyphen chains", "a-"},
      {"apostrophe chains", "a'"},
      {"No. before spaces", "No.        "},
      {"quotes", "\"'“”"},
      {"whitespace", " \n\xC2\xA0"},
  };
  for (const auto& [name, unit] : shapes) {
    const std::string small = Repeat(unit, 5000);
    const std::string large = small + small;
    const uint64_t w1 = TokenizerWork(small), w2 = TokenizerWork(large);
    EXPECT_GE(w2, 19 * w1 / 10) << name;
    EXPECT_LE(w2, 21 * w1 / 10) << name;
    EXPECT_LE(w2, 3 * large.size()) << name << ": more than three steps per byte";
  }
}

}  // namespace
}  // namespace dyad
