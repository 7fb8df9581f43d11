#include "dyad/text/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>

namespace dyad {
namespace {

// Abbreviations that stand before a name or a number, so a sentence can
// never end on them. Sorted for binary search.
constexpr std::string_view kTitles[] = {
    "Adm",  "Amb",  "Atty", "Brig", "Capt", "Cmdr", "Col",  "Cpl",    "Cpt",  "Det", "Dr",  "Drs", "Ft",
    "Gen",  "Gens", "Gov",  "Govs", "Hon",  "Insp", "Lt",   "Maj",    "Messrs", "Mmes", "Mr", "Mrs", "Ms",
    "Mt",   "No",   "Nos",  "Pres", "Prof", "Pvt",  "Rep",  "Reps",   "Rev",  "Sen", "Sens", "Sgt", "St",
    "Supt", "vs",
};

// Capitalised words that commonly open a news sentence and rarely continue
// a name, in match form. After "U.S." or "Inc." they signal a new sentence.
constexpr std::string_view kSentenceOpeners[] = {
    "A",   "ACCORDING", "AFTER", "AN",   "AND",   "AS",    "AT",    "BUT",   "DURING",    "EARLIER",
    "FOR", "HE",        "HER",   "HIS",  "HOWEVER", "I",   "IF",    "IN",    "IT",        "ITS",
    "LAST", "LATER",    "MEANWHILE", "ON", "OUR", "SHE",   "SINCE", "SO",    "THE",       "THEIR",
    "THERE", "THESE",   "THEY",  "THIS", "THOSE", "WE",    "WHEN",  "WHILE", "YET",       "YOU",
};

template <size_t N>
bool Contains(const std::string_view (&sorted)[N], std::string_view s) {
  return std::binary_search(std::begin(sorted), std::end(sorted), s);
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

// The bytes that may break a line: \n \v \r \f and the lead byte of U+2028
// and U+2029. The gap between two tokens is mostly one space, which a look
// at this table clears.
constexpr std::array<bool, 256> MakeLineBytes() {
  std::array<bool, 256> t{};
  for (unsigned char c : {'\n', '\v', '\r', '\f', '\xE2'}) t[c] = true;
  return t;
}
constexpr std::array<bool, 256> kLineBytes = MakeLineBytes();

class Splitter {
 public:
  // Takes over the buffers of `scratch` and hands them back, with the
  // split in scratch->out, when destroyed: as members rather than
  // references the compiler keeps their data pointers in registers.
  Splitter(const TokenizedText& tokens, const SentenceSplitOptions& options, SentenceSplitter::Scratch* scratch)
      : t_(tokens),
        options_(options),
        n_(tokens.size()),
        breaks_(std::move(scratch->breaks)),
        flags_(std::move(scratch->flags)),
        line_starts_(std::move(scratch->line_starts)),
        out_(std::move(scratch->out)),
        scratch_(scratch) {
    breaks_.assign(n_, 0);
    flags_.assign(n_ + 1, 0);  // flags_[n_] == 0: the look-ahead past the last token
    line_starts_.clear();
    out_.dateline.reset();
    out_.sentences.clear();
    out_.work = 0;
  }

  ~Splitter() {
    scratch_->breaks = std::move(breaks_);
    scratch_->flags = std::move(flags_);
    scratch_->line_starts = std::move(line_starts_);
    scratch_->out = std::move(out_);
  }
  Splitter(const Splitter&) = delete;
  Splitter& operator=(const Splitter&) = delete;

  // Splits into out_ (scratch->out once the splitter is gone).
  void Run() {
    for (size_t i = 0; i < n_; ++i) flags_[i] = Classify(i);
    const size_t dateline_lines = static_cast<size_t>(std::max(options_.dateline_search_lines, 0));
    if (n_ > 0 && dateline_lines > 0) line_starts_.push_back(0);
    for (size_t i = 0; i + 1 < n_; ++i) {
      breaks_[i] = LineBreaks(t_[i].end, t_[i + 1].begin);
      if (breaks_[i] > 0 && line_starts_.size() < dateline_lines) line_starts_.push_back(static_cast<uint32_t>(i + 1));
    }
    if (n_ > 0) breaks_[n_ - 1] = 2;
    FindDateline();

    const size_t dateline_first = out_.dateline ? out_.dateline->first_token : n_;
    const size_t max_tokens = options_.max_sentence_tokens;
    size_t start = 0;
    size_t i = 0;
    while (i < n_) {
      ++out_.work;
      if (i == dateline_first) {
        if (start < i) out_.sentences.push_back(Segment(start, i));
        i = start = out_.dateline->end_token;
        continue;
      }
      size_t last = i;
      bool ends;
      if (!Has(i, kTerminal | kAbbreviation)) {  // most tokens: only a line break may end them
        ends = breaks_[i] >= 2 ||
               (breaks_[i] == 1 && options_.headline_lines && !IsJoining(i) && !Has(i + 1, kLowerWord));
      } else if (Has(i, kTerminal) ||
                 (!IsTitle(i) && breaks_[i] == 0 && Has(i + 1, kClosing))) {  // i is an abbreviation here
        while (breaks_[last] == 0 && Has(last + 1, kTerminal | kClosing)) {
          ++out_.work;
          ++last;
        }
        ends = breaks_[last] > 0 || !Has(last + 1, kContinues);
      } else {  // an abbreviation
        ends = breaks_[i] >= 2 || (!IsTitle(i) && (IsSentenceOpener(i + 1) || Has(i + 1, kOpeningQuote)));
      }
      if (ends || last + 1 - start >= max_tokens) {
        out_.sentences.push_back(Segment(start, last + 1));
        start = last + 1;
      }
      i = last + 1;
    }
  }

 private:
  // Line breaks in the whitespace between two tokens, 2 meaning a paragraph
  // break: two newlines, a paragraph separator or a form feed.
  uint8_t LineBreaks(size_t from, size_t to) {
    const std::string_view s = t_.source();
    size_t k = from;
    while (k < to && !kLineBytes[static_cast<unsigned char>(s[k])]) ++k;  // usually all of it
    out_.work += k - from;
    int count = 0;
    for (; k < to && count < 2; ++k) {
      ++out_.work;
      const char c = s[k];
      if (c == '\n' || c == '\v' || (c == '\r' && (k + 1 >= to || s[k + 1] != '\n'))) {
        ++count;
      } else if (c == '\f') {
        count = 2;
      } else if (c == '\xE2' && k + 2 < to && s[k + 1] == '\x80' && (s[k + 2] == '\xA8' || s[k + 2] == '\xA9')) {
        count += s[k + 2] == '\xA9' ? 2 : 1;
      }
    }
    return static_cast<uint8_t>(std::min(count, 2));
  }

  void FindDateline() {
    for (size_t i : line_starts_) {
      ++out_.work;
      if (size_t end = DatelineEnd(i); end > i) {
        out_.dateline = Segment(i, end);
        return;
      }
    }
  }

  // End (exclusive) of a dateline starting at token `first`, or `first`.
  size_t DatelineEnd(size_t first) {
    // Each step may only continue along the line the dateline started on.
    auto on_line = [&](size_t k) { return k < n_ && breaks_[k - 1] == 0; };
    size_t k = first;
    int place_words = 0;
    while (place_words < 4 && k < n_ && (k == first || on_line(k)) && IsCapitalWord(k)) {
      ++out_.work;
      ++k;
      ++place_words;
    }
    if (place_words == 0) return first;
    if (on_line(k) && Norm(k) == ",") {
      size_t tail = k + 1;
      while (tail - k <= 8 && on_line(tail) &&
             (t_[tail].kind == TokenKind::kWord || t_[tail].kind == TokenKind::kNumber || Norm(tail) == ",")) {
        ++out_.work;
        ++tail;
      }
      if (tail == k + 1) return first;
      k = tail;
    }
    bool agency = false;
    if (on_line(k) && Norm(k) == "(") {
      size_t name = k + 1;
      while (name - k <= 4 && on_line(name) && t_[name].kind == TokenKind::kWord) {
        ++out_.work;
        ++name;
      }
      if (name == k + 1 || !on_line(name) || Norm(name) != ")") return first;
      k = name + 1;
      agency = true;
    }
    if (on_line(k) && (Norm(k) == ":" || Norm(k) == "-" || Norm(k) == "--")) return k + 1;
    return agency ? k : first;
  }

  TextSegment Segment(size_t first, size_t end) const {
    TextSegment s;
    s.begin = t_[first].begin;
    s.end = t_[end - 1].end;
    s.text = t_.source().substr(s.begin, s.end - s.begin);
    s.first_token = static_cast<uint32_t>(first);
    s.end_token = static_cast<uint32_t>(end);
    return s;
  }

  // What the splitting rules need to know of a token, computed once.
  enum Flag : uint8_t {
    kTerminal = 1,       // . ! ? ... and CJK stops
    kClosing = 2,        // '' ' ) ] }
    kContinues = 4,      // a lower-case word or , ; :  -- carries a sentence on
    kJoining = 8,        // , ; : - -- ( [ `` ` & /  -- cannot end a headline
    kOpeningQuote = 16,  // `` `
    kAbbreviation = 32,  // a word keeping its period: abbreviation, initial, acronym
    kLowerWord = 64,     // a word starting with a lower-case ASCII letter
  };

  uint8_t Classify(size_t i) const {
    const Token& t = t_[i];
    if (t.kind == TokenKind::kWord) {
      const char* text = t_.source().data();  // the word is text[t.begin, t.end), never empty
      uint8_t f = IsLower(text[t.begin]) ? kLowerWord | kContinues : 0;
      if (t.end - t.begin >= 2 && text[t.end - 1] == '.') f |= kAbbreviation;
      return f;
    }
    if (t.kind != TokenKind::kPunct) return 0;
    const std::string_view n = t_.Norm(t);
    if (n[0] == '.' && n.find_first_not_of('.') == std::string_view::npos) return kTerminal;
    if (n.size() == 1) {
      switch (n[0]) {
        case '!': case '?': return kTerminal;
        case ')': case ']': case '}': return kClosing;
        case '\'': return kClosing;
        case ',': case ';': case ':': return kContinues | kJoining;
        case '-': case '(': case '[': case '&': case '/': return kJoining;
        case '`': return kJoining | kOpeningQuote;
        default: return 0;
      }
    }
    if (n == "''") return kClosing;
    if (n == "``") return kJoining | kOpeningQuote;
    if (n == "--") return kJoining;
    if (n == "\u3002" || n == "\uFF01" || n == "\uFF1F") return kTerminal;
    return 0;
  }

  // Token predicates; the index past the last token (n_) satisfies none of
  // them. Has requires i <= n_.
  bool Has(size_t i, uint8_t flag) const { return (flags_[i] & flag) != 0; }
  std::string_view Norm(size_t i) const { return i < n_ ? t_.Norm(t_[i]) : std::string_view(); }
  bool IsTitle(size_t i) const {
    if (!Has(i, kAbbreviation)) return false;
    const std::string_view s = t_.Text(t_[i]);
    return Contains(kTitles, s.substr(0, s.size() - 1));
  }
  bool IsSentenceOpener(size_t i) const {
    return i < n_ && t_[i].kind == TokenKind::kWord && IsUpper(t_.Text(t_[i])[0]) &&
           Contains(kSentenceOpeners, t_.Match(t_[i]));
  }
  bool IsJoining(size_t i) const { return Has(i, kJoining) || IsTitle(i); }
  // A word with letters and no lower-case ASCII letter: MOSCOW, KYIV, ÉVRY.
  bool IsCapitalWord(size_t i) const {
    if (t_[i].kind != TokenKind::kWord) return false;
    const std::string_view s = t_.Text(t_[i]);
    if (s.size() < 2 || !(IsUpper(s[0]) || static_cast<unsigned char>(s[0]) >= 0x80)) return false;
    return std::none_of(s.begin(), s.end(), IsLower);
  }

  const TokenizedText& t_;
  const SentenceSplitOptions& options_;
  const size_t n_;
  std::vector<uint8_t> breaks_;  // line breaks after token i, capped at 2
  std::vector<uint8_t> flags_;   // Flags of token i
  std::vector<uint32_t> line_starts_;  // first tokens of the first lines, where a dateline may stand
  SentenceSplit out_;
  SentenceSplitter::Scratch* scratch_;
};

}  // namespace

SentenceSplit SplitSentences(const TokenizedText& tokens, const SentenceSplitOptions& options) {
  SentenceSplitter splitter;
  splitter.Split(tokens, options);
  return std::move(splitter.scratch_.out);
}

const SentenceSplit& SentenceSplitter::Split(const TokenizedText& tokens, const SentenceSplitOptions& options) {
  Splitter(tokens, options, &scratch_).Run();
  return scratch_.out;
}

}  // namespace dyad
