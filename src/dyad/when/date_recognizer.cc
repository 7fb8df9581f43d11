#include "dyad/when/date_recognizer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/base/text.h"

namespace dyad {
namespace {

struct NamedValue {
  std::string_view name;
  int value;
};

// Abbreviations with a period are as reliable as full names; the tokenizer
// keeps the period on most of them ("Jan."), and "Feb" "." otherwise.
constexpr NamedValue kMonthWords[] = {
    {"JANUARY", 1},   {"JAN.", 1},     {"JAN", 1},       {"FEBRUARY", 2},  {"FEB.", 2},  {"FEB", 2},
    {"MARCH", 3},     {"MAR.", 3},     {"MAR", 3},       {"APRIL", 4},     {"APR.", 4},  {"APR", 4},
    {"MAY", 5},       {"JUNE", 6},     {"JUN.", 6},      {"JUN", 6},       {"JULY", 7},  {"JUL.", 7},
    {"JUL", 7},       {"AUGUST", 8},   {"AUG.", 8},      {"AUG", 8},       {"SEPTEMBER", 9},
    {"SEPT.", 9},     {"SEPT", 9},     {"SEP.", 9},      {"SEP", 9},       {"OCTOBER", 10},
    {"OCT.", 10},     {"OCT", 10},     {"NOVEMBER", 11}, {"NOV.", 11},     {"NOV", 11},  {"DECEMBER", 12},
    {"DEC.", 12},     {"DEC", 12},
};

constexpr std::string_view kWeekdayWords[] = {"MONDAY", "TUESDAY",  "WEDNESDAY", "THURSDAY",
                                              "FRIDAY", "SATURDAY", "SUNDAY"};

constexpr NamedValue kCountWords[] = {{"A", 1},    {"AN", 1},     {"ONE", 1},   {"TWO", 2},   {"THREE", 3},
                                      {"FOUR", 4}, {"FIVE", 5},   {"SIX", 6},   {"SEVEN", 7}, {"EIGHT", 8},
                                      {"NINE", 9}, {"TEN", 10},   {"ELEVEN", 11}, {"TWELVE", 12}};

constexpr NamedValue kRelations[] = {
    {"ON", static_cast<int>(DateRelation::kAt)},        {"IN", static_cast<int>(DateRelation::kAt)},
    {"DURING", static_cast<int>(DateRelation::kAt)},    {"SINCE", static_cast<int>(DateRelation::kSince)},
    {"FROM", static_cast<int>(DateRelation::kSince)},   {"BY", static_cast<int>(DateRelation::kBefore)},
    {"UNTIL", static_cast<int>(DateRelation::kBefore)}, {"TILL", static_cast<int>(DateRelation::kBefore)},
    {"BEFORE", static_cast<int>(DateRelation::kBefore)}, {"AFTER", static_cast<int>(DateRelation::kAfter)},
};

constexpr NamedValue kParts[] = {
    {"EARLY", static_cast<int>(SpanPart::kEarly)},   {"MID", static_cast<int>(SpanPart::kMid)},
    {"LATE", static_cast<int>(SpanPart::kLate)},     {"EARLIER", static_cast<int>(SpanPart::kWhole)},
    {"LATER", static_cast<int>(SpanPart::kWhole)},
};

constexpr NamedValue kShifts[] = {{"THIS", static_cast<int>(Shift::kNearest)},
                                  {"LAST", static_cast<int>(Shift::kLast)},
                                  {"NEXT", static_cast<int>(Shift::kNext)}};

constexpr NamedValue kSeasons[] = {{"SPRING", static_cast<int>(Season::kSpring)},
                                   {"SUMMER", static_cast<int>(Season::kSummer)},
                                   {"AUTUMN", static_cast<int>(Season::kAutumn)},
                                   {"FALL", static_cast<int>(Season::kAutumn)}};

constexpr std::string_view kTimesOfDay[] = {"NIGHT", "MORNING", "AFTERNOON", "EVENING"};

// `a == b`, with the first letters compared before the bytes: the scanner
// asks these tables about every word, and most are no date word.
bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || a[0] == b[0]) && a == b;
}

template <size_t N>
std::optional<int> Lookup(const NamedValue (&table)[N], std::string_view word) {
  for (const NamedValue& entry : table) {
    if (SameWord(entry.name, word)) return entry.value;
  }
  return std::nullopt;
}

template <size_t N>
bool Contains(const std::string_view (&words)[N], std::string_view word) {
  for (std::string_view w : words) {
    if (SameWord(w, word)) return true;
  }
  return false;
}

// The relative days Scanner::Core reads last, with their offset from the
// reference day.
constexpr NamedValue kDayWords[] = {{"YESTERDAY", -1}, {"TODAY", 0}, {"TONIGHT", 0}, {"TOMORROW", 1}};

// A set of words that answers "no" cheaply for most words: a word's first
// and last bytes, each with its length, are tested before the few words
// that begin with its first byte are compared.
class WordSet {
 public:
  void Add(std::string_view word) {
    if (word.empty()) return;
    by_first_[static_cast<unsigned char>(word.front())].push_back(word);
    firsts_[static_cast<unsigned char>(word.front())] |= LengthBit(word);
    lasts_[static_cast<unsigned char>(word.back())] |= LengthBit(word);
  }
  bool Contains(std::string_view word) const {
    if (word.empty()) return false;
    const unsigned char first = static_cast<unsigned char>(word.front());
    if ((firsts_[first] & LengthBit(word)) == 0) return false;
    if ((lasts_[static_cast<unsigned char>(word.back())] & LengthBit(word)) == 0) return false;
    for (std::string_view w : by_first_[first]) {
      if (w.size() == word.size() && w.back() == word.back() && w == word) return true;
    }
    return false;
  }

 private:
  static uint32_t LengthBit(std::string_view word) { return 1u << std::min<size_t>(word.size(), 31); }

  // The words, by their first byte: a dozen at most share one.
  std::array<std::vector<std::string_view>, 256> by_first_;
  // Bit min(size, 31) of firsts_[c] (lasts_[c]): some word of that size
  // begins (ends) with byte c.
  std::array<uint32_t, 256> firsts_{};
  std::array<uint32_t, 256> lasts_{};
};

// The words a mention's core can begin with besides numbers and "MID-"
// tokens (each form of Scanner::Core begins with one of them), added to *set.
void AddCoreFirstWords(WordSet* set) {
  for (const NamedValue& v : kDayWords) set->Add(v.name);
  for (std::string_view w : kWeekdayWords) set->Add(w);
  for (const NamedValue& v : kMonthWords) set->Add(v.name);
  for (const NamedValue& v : kShifts) set->Add(v.name);
  for (const NamedValue& v : kCountWords) set->Add(v.name);
}

// A number or a "MID-" token, with which a core can begin whatever its words.
bool IsNumericStart(std::string_view w) { return !w.empty() && (IsDigit(w[0]) || w.starts_with("MID-")); }

// Whether a mention's core can begin with the word `w`; most words of a
// sentence cannot.
bool MayBeginCore(std::string_view w) {
  static const WordSet kFirst = [] {
    WordSet first;
    AddCoreFirstWords(&first);
    return first;
  }();
  return IsNumericStart(w) || kFirst.Contains(w);
}

// Whether a mention can begin with the word `w`: its core's first word or a
// lead word (a relation or a part, Scanner::MentionAt). Asked of every word,
// so that most words cost this test and no more.
bool MayBeginMention(std::string_view w) {
  static const WordSet kFirst = [] {
    WordSet first;
    AddCoreFirstWords(&first);
    for (const NamedValue& v : kRelations) first.Add(v.name);
    for (const NamedValue& v : kParts) first.Add(v.name);
    return first;
  }();
  return IsNumericStart(w) || kFirst.Contains(w);
}

// A run of 1..max_digits ASCII digits.
std::optional<int> ParseDigits(std::string_view s, size_t max_digits) {
  if (s.empty() || s.size() > max_digits) return std::nullopt;
  int value = 0;
  for (char c : s) {
    if (!IsDigit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// "12", "12TH", "1ST", "22ND", "3RD": 1..31.
std::optional<int> ParseDayNumber(std::string_view s) {
  if (s.size() > 2 && (s.ends_with("ST") || s.ends_with("ND") || s.ends_with("RD") || s.ends_with("TH"))) {
    s.remove_suffix(2);
  }
  std::optional<int> day = ParseDigits(s, 2);
  if (!day || *day < 1 || *day > 31) return std::nullopt;
  return day;
}

// Four digits naming a plausible news year.
std::optional<int> ParseYear(std::string_view s) {
  std::optional<int> year = s.size() == 4 ? ParseDigits(s, 4) : std::nullopt;
  if (!year || *year < 1000 || *year > 2999) return std::nullopt;
  return year;
}

// The day and month of two numbers that could be either, per the order.
bool OrderDayMonth(int first, int second, NumericDateOrder order, int* day, int* month) {
  switch (order) {
    case NumericDateOrder::kDayFirst:
      *day = first, *month = second;
      return true;
    case NumericDateOrder::kMonthFirst:
      *month = first, *day = second;
      return true;
    case NumericDateOrder::kUnknown:
      break;
  }
  if (first > 12 && second <= 12) {
    *day = first, *month = second;
  } else if (second > 12 && first <= 12) {
    *month = first, *day = second;
  } else if (first == second) {
    *day = *month = first;
  } else {
    return false;
  }
  return true;
}

struct Lead {
  bool licensed = false;  // a preposition or part word makes bare names dates
  bool has_preposition = false;
  DateRelation relation = DateRelation::kAt;
  SpanPart part = SpanPart::kWhole;
};

class Scanner {
 public:
  Scanner(const TokenizedText& tokens, size_t begin, size_t end, NumericDateOrder order)
      : tokens_(tokens), begin_(begin), end_(end), order_(order) {}

  uint64_t work() const { return work_; }

  std::optional<DateMention> MentionAt(size_t i) {
    if (!MayBeginMention(Word(i))) return std::nullopt;
    Lead lead;
    size_t j = i;
    if (std::optional<int> r = Lookup(kRelations, Word(j))) {
      lead.licensed = lead.has_preposition = true;
      lead.relation = static_cast<DateRelation>(*r);
      ++j;
    }
    if (std::optional<int> p = Lookup(kParts, Word(j))) {
      lead.licensed = true;
      lead.part = static_cast<SpanPart>(*p);
      ++j;
      // "late in March", "earlier on Saturday"
      if (Word(j) == "IN" || Word(j) == "ON") ++j;
    }
    std::optional<DateMention> m = Core(j, lead);
    if (!m) return std::nullopt;
    if (Word(m->end_token) == "'S") ++m->end_token;
    m->first_token = i;
    m->relation = lead.relation;
    if (m->part == SpanPart::kWhole) m->part = lead.part;
    return m;
  }

 private:
  // The match form of token i, or "" outside the scanned range.
  std::string_view Word(size_t i) {
    if (i < begin_ || i >= end_) return {};
    ++work_;
    return tokens_.Match(tokens_[i]);
  }

  bool Capitalized(size_t i) {
    if (i < begin_ || i >= end_) return false;
    const std::string_view text = tokens_.Text(tokens_[i]);
    return !text.empty() && text[0] >= 'A' && text[0] <= 'Z';
  }

  // No whitespace between tokens a and a + 1.
  bool Touching(size_t a) { return a + 1 < end_ && tokens_[a].end == tokens_[a + 1].begin; }

  // A bare weekday or "today" between capitalised words is part of a name:
  // "Sunday Times", "Bloody Sunday", "USA Today", "Sunday Morning Herald".
  // The range's first token is capitalised as a sentence start, so it does
  // not count; a month after it starts a date ("Sunday July 12").
  bool InName(size_t i) {
    if (i > begin_ && i - 1 > begin_ && Capitalized(i - 1)) return true;
    return Capitalized(i + 1) && !Lookup(kMonthWords, Word(i + 1));
  }

  static DateMention Make(MentionKind kind, size_t end) {
    DateMention m;
    m.kind = kind;
    m.end_token = end;
    return m;
  }

  std::optional<DateMention> Core(size_t j, const Lead& lead) {
    const std::string_view w = Word(j);
    if (!MayBeginCore(w)) return std::nullopt;
    // A number begins only numeric dates, "12 July", "3 weeks ago" and
    // years; a word only the other forms. Each side keeps the forms' order.
    return IsDigit(w[0]) ? NumberCore(j, lead) : WordCore(j, lead);
  }

  // Core for a token that begins with a digit.
  std::optional<DateMention> NumberCore(size_t j, const Lead& lead) {
    if (std::optional<DateMention> m = Numeric(j, lead)) return m;
    if (std::optional<DateMention> m = DayThenMonth(j)) return m;
    if (std::optional<DateMention> m = Ago(j)) return m;
    std::optional<int> year = ParseYear(Word(j));
    if (!year || (!lead.licensed && Word(j + 1) != "'S")) return std::nullopt;
    DateMention m = Make(MentionKind::kYear, j + 1);
    m.year = *year;
    return m;
  }

  // Core for a token that begins with anything but a digit.
  std::optional<DateMention> WordCore(size_t j, const Lead& lead) {
    if (std::optional<DateMention> m = MonthFirst(j, lead)) return m;
    if (std::optional<DateMention> m = WeekdayMention(j, lead, Shift::kNearest)) return m;
    if (std::optional<DateMention> m = Shifted(j)) return m;
    if (std::optional<DateMention> m = Ago(j)) return m;
    if (std::optional<DateMention> m = MidToken(j)) return m;
    const std::optional<int> offset = Lookup(kDayWords, Word(j));
    if (!offset) return std::nullopt;
    // "Today" may be part of a name ("USA Today"; InName) unless a lead licenses it.
    if (*offset == 0 && !lead.licensed && InName(j)) return std::nullopt;
    DateMention m = Make(MentionKind::kRelativeDays, j + 1);
    m.offset = *offset;
    return m;
  }

  // "2025-07-12", "12.07.2025", "12/07/2025", "2025/07/12", "on 5/4".
  std::optional<DateMention> Numeric(size_t j, const Lead& lead) {
    int parts[3];
    size_t widths[3];
    size_t count = 0;
    size_t end = j + 1;
    const std::string_view w = Word(j);
    if (w.find_first_of("-.") != std::string_view::npos) {
      const char separator = w[w.find_first_of("-.")];
      std::string_view rest = w;
      while (count < 3) {
        const size_t cut = rest.find(separator);
        const std::string_view piece = rest.substr(0, cut);
        std::optional<int> value = ParseDigits(piece, 4);
        if (!value) return std::nullopt;
        widths[count] = piece.size();
        parts[count++] = *value;
        if (cut == std::string_view::npos) break;
        rest.remove_prefix(cut + 1);
        if (count == 3) return std::nullopt;  // a fourth piece
      }
      if (count != 3) return std::nullopt;
    } else {
      size_t k = j;
      while (true) {
        const std::string_view piece = Word(k);
        std::optional<int> value = ParseDigits(piece, 4);
        if (!value) return std::nullopt;
        widths[count] = piece.size();
        parts[count++] = *value;
        end = k + 1;
        if (!(Touching(k) && Word(k + 1) == "/" && Touching(k + 1))) break;
        if (count == 3) return std::nullopt;  // "1/2/3/4" is no date
        k += 2;
      }
      if (count < 2) return std::nullopt;
    }
    int year = 0, month = 0, day = 0;
    if (count == 3 && widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2) {
      year = parts[0], month = parts[1], day = parts[2];
    } else if (count == 3 && widths[2] == 4 && widths[0] <= 2 && widths[1] <= 2) {
      year = parts[2];
      if (!OrderDayMonth(parts[0], parts[1], order_, &day, &month)) return std::nullopt;
    } else if (count == 2 && widths[0] <= 2 && widths[1] <= 2 && lead.has_preposition &&
               order_ != NumericDateOrder::kUnknown) {
      OrderDayMonth(parts[0], parts[1], order_, &day, &month);
    } else {
      return std::nullopt;
    }
    return DateOf(year, month, day, end);
  }

  // A kDate mention if the fields name a real day (any year when year is 0).
  static std::optional<DateMention> DateOf(int year, int month, int day, size_t end) {
    if (year != 0 ? !IsValidDate(year, month, day) : !IsValidDate(2000, month, day)) return std::nullopt;
    DateMention m = Make(MentionKind::kDate, end);
    m.year = year, m.month = month, m.day = day;
    return m;
  }

  // Month number of a capitalised month word at j.
  std::optional<int> MonthWord(size_t j) {
    std::optional<int> month = Lookup(kMonthWords, Word(j));
    if (month && !Capitalized(j)) return std::nullopt;
    return month;
  }

  // Full names other than "May" and "March", and abbreviations with their
  // period, name months even with no number beside them.
  bool IsUnambiguousMonthWord(size_t j) {
    const std::string_view w = Word(j);
    return w != "MAY" && w != "MARCH" && (w.size() > 4 || w.ends_with("."));
  }

  // An optional ", YEAR" or "YEAR" at k: the year and the end, or 0 and k.
  std::pair<int, size_t> TrailingYear(size_t k) {
    const size_t at = Word(k) == "," ? k + 1 : k;
    if (std::optional<int> year = ParseYear(Word(at))) return {*year, at + 1};
    return {0, k};
  }

  // "12 July", "12 July 2025", "12th July, 2025".
  std::optional<DateMention> DayThenMonth(size_t j) {
    std::optional<int> day = ParseDayNumber(Word(j));
    if (!day) return std::nullopt;
    std::optional<int> month = MonthWord(j + 1);
    if (!month) return std::nullopt;
    auto [year, end] = TrailingYear(j + 2);
    return DateOf(year, *month, *day, end);
  }

  // "July 12", "July 12, 2025", "April 2023", "in April", "April's".
  std::optional<DateMention> MonthFirst(size_t j, const Lead& lead) {
    std::optional<int> month = MonthWord(j);
    if (!month) return std::nullopt;
    if (std::optional<int> day = ParseDayNumber(Word(j + 1))) {
      auto [year, end] = TrailingYear(j + 2);
      return DateOf(year, *month, *day, end);
    }
    return MonthMention(*month, j, lead.licensed);
  }

  // "April 2023" or a bare month name when licensed.
  std::optional<DateMention> MonthMention(int month, size_t j, bool licensed) {
    DateMention m = Make(MentionKind::kMonth, j + 1);
    m.month = month;
    if (std::optional<int> year = ParseYear(Word(j + 1))) {
      m.year = *year;
      m.end_token = j + 2;
      return m;
    }
    const bool possessive = Word(j + 1) == "'S" && IsUnambiguousMonthWord(j);
    if (!licensed && !possessive) return std::nullopt;
    return m;
  }

  // "Saturday", "Saturday night", "Saturday, July 12".
  std::optional<DateMention> WeekdayMention(size_t j, const Lead& lead, Shift shift) {
    const std::string_view w = Word(j);
    size_t index = 0;
    while (index < 7 && !SameWord(kWeekdayWords[index], w)) ++index;
    if (index == 7) return std::nullopt;
    if (shift == Shift::kNearest) {
      const size_t k = Word(j + 1) == "," ? j + 2 : j + 1;
      std::optional<DateMention> date = DayThenMonth(k);
      if (!date) date = MonthFirst(k, Lead{});
      if (date && date->kind == MentionKind::kDate) return date;
      if (!lead.licensed && InName(j)) return std::nullopt;
    }
    DateMention m = Make(MentionKind::kWeekday, j + 1);
    m.weekday = static_cast<Weekday>(index);
    m.shift = shift;
    if (Contains(kTimesOfDay, Word(j + 1))) ++m.end_token;
    return m;
  }

  // this/last/next + week, month, year, weekday, month name, season; last
  // night; this morning.
  std::optional<DateMention> Shifted(size_t j) {
    std::optional<int> s = Lookup(kShifts, Word(j));
    if (!s) return std::nullopt;
    const Shift shift = static_cast<Shift>(*s);
    const int64_t offset = shift == Shift::kLast ? -1 : shift == Shift::kNext ? 1 : 0;
    const std::string_view w = Word(j + 1);
    MentionKind kind;
    if (w == "WEEK") {
      kind = MentionKind::kRelativeWeeks;
    } else if (w == "MONTH") {
      kind = MentionKind::kRelativeMonths;
    } else if (w == "YEAR") {
      kind = MentionKind::kRelativeYears;
    } else if ((w == "NIGHT" && shift == Shift::kLast) ||
               (shift == Shift::kNearest && (w == "MORNING" || w == "AFTERNOON" || w == "EVENING"))) {
      kind = MentionKind::kRelativeDays;
    } else if (std::optional<int> season = Lookup(kSeasons, w)) {
      DateMention m = Make(MentionKind::kSeason, j + 2);
      m.season = static_cast<Season>(*season);
      m.shift = shift;
      return m;
    } else if (std::optional<DateMention> m = WeekdayMention(j + 1, Lead{.licensed = true}, shift)) {
      return m;
    } else if (std::optional<int> month = MonthWord(j + 1)) {
      std::optional<DateMention> m = MonthMention(*month, j + 1, true);
      if (m && m->year == 0) m->shift = shift;
      return m;
    } else {
      return std::nullopt;
    }
    DateMention m = Make(kind, j + 2);
    m.offset = offset;
    return m;
  }

  // "two days ago", "a year ago", "3 weeks ago".
  std::optional<DateMention> Ago(size_t j) {
    const std::string_view w = Word(j);
    std::optional<int> count = Lookup(kCountWords, w);
    if (!count) count = ParseDigits(w, 4);
    if (!count || *count == 0) return std::nullopt;
    std::string_view unit = Word(j + 1);
    if (Word(j + 2) != "AGO") return std::nullopt;
    if (unit.ends_with("S")) unit.remove_suffix(1);
    MentionKind kind;
    if (unit == "DAY") {
      kind = MentionKind::kRelativeDays;
    } else if (unit == "WEEK") {
      kind = MentionKind::kRelativeWeeks;
    } else if (unit == "MONTH") {
      kind = MentionKind::kRelativeMonths;
    } else if (unit == "YEAR") {
      kind = MentionKind::kRelativeYears;
    } else {
      return std::nullopt;
    }
    DateMention m = Make(kind, j + 3);
    m.offset = -*count;
    return m;
  }

  // "mid-March", "mid-2023": the tokenizer keeps a hyphenated word whole.
  std::optional<DateMention> MidToken(size_t j) {
    const std::string_view w = Word(j);
    if (!w.starts_with("MID-")) return std::nullopt;
    const std::string_view rest = w.substr(4);
    DateMention m;
    if (std::optional<int> month = Lookup(kMonthWords, rest)) {
      m = Make(MentionKind::kMonth, j + 1);
      m.month = *month;
      if (std::optional<int> year = ParseYear(Word(j + 1))) {
        m.year = *year;
        ++m.end_token;
      }
    } else if (std::optional<int> year = ParseYear(rest)) {
      m = Make(MentionKind::kYear, j + 1);
      m.year = *year;
    } else {
      return std::nullopt;
    }
    m.part = SpanPart::kMid;
    return m;
  }

  const TokenizedText& tokens_;
  const size_t begin_;
  const size_t end_;
  const NumericDateOrder order_;
  uint64_t work_ = 0;
};

}  // namespace

std::vector<DateMention> RecognizeDateMentions(const TokenizedText& tokens, size_t first_token, size_t end_token,
                                               const RecognizerOptions& options, uint64_t* work) {
  end_token = std::min(end_token, tokens.size());
  std::vector<DateMention> mentions;
  Scanner scanner(tokens, first_token, end_token, options.numeric_order);
  for (size_t i = first_token; i < end_token;) {
    std::optional<DateMention> m = scanner.MentionAt(i);
    if (m) {
      mentions.push_back(*m);
      i = m->end_token;
    } else {
      ++i;
    }
  }
  if (work != nullptr) *work += scanner.work();
  return mentions;
}

}  // namespace dyad
