#include "dyad/read/publication_date.h"

#include <array>
#include <cstdio>
#include <vector>

#include "dyad/base/text.h"

namespace dyad {
namespace {

struct OutletEntry {
  std::string_view name;
  OutletConvention convention;
};

// Wire services and papers whose English pages users commonly feed in. AFP
// and Reuters write English dates day first (12/07/2025) on their own pages.
constexpr std::array kOutlets = {
    OutletEntry{"AFP", {"", DateOrder::kDayFirst}},
    OutletEntry{"Agence France-Presse", {"", DateOrder::kDayFirst}},
    OutletEntry{"Reuters", {"en-GB", DateOrder::kDayFirst}},
    OutletEntry{"BBC", {"en-GB", DateOrder::kDayFirst}},
    OutletEntry{"BBC News", {"en-GB", DateOrder::kDayFirst}},
    OutletEntry{"The Guardian", {"en-GB", DateOrder::kDayFirst}},
    OutletEntry{"Dawn", {"en-PK", DateOrder::kDayFirst}},
    OutletEntry{"The Express Tribune", {"en-PK", DateOrder::kDayFirst}},
    OutletEntry{"The Hindu", {"en-IN", DateOrder::kDayFirst}},
    OutletEntry{"Times of India", {"en-IN", DateOrder::kDayFirst}},
    OutletEntry{"Al Jazeera", {"en-QA", DateOrder::kDayFirst}},
    OutletEntry{"Xinhua", {"", DateOrder::kUnknown}},
    OutletEntry{"TASS", {"", DateOrder::kUnknown}},
    OutletEntry{"AP", {"en-US", DateOrder::kMonthFirst}},
    OutletEntry{"Associated Press", {"en-US", DateOrder::kMonthFirst}},
    OutletEntry{"The Associated Press", {"en-US", DateOrder::kMonthFirst}},
    OutletEntry{"CNN", {"en-US", DateOrder::kMonthFirst}},
    OutletEntry{"NPR", {"en-US", DateOrder::kMonthFirst}},
    OutletEntry{"The New York Times", {"en-US", DateOrder::kMonthFirst}},
    OutletEntry{"The Washington Post", {"en-US", DateOrder::kMonthFirst}},
    OutletEntry{"USA Today", {"en-US", DateOrder::kMonthFirst}},
    OutletEntry{"Bloomberg", {"en-US", DateOrder::kMonthFirst}},
    OutletEntry{"UPI", {"en-US", DateOrder::kMonthFirst}},
};

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                      "may",     "june",     "july",      "august",
                                                      "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                       "friday", "saturday", "sunday"};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

Status CheckDate(const CalendarDate& d) {
  if (d.year < 1800 || d.year > 2200) return Status::InvalidArgument("year " + std::to_string(d.year) + " out of range");
  if (d.month < 1 || d.month > 12) return Status::InvalidArgument("no month " + std::to_string(d.month));
  if (d.day < 1 || d.day > DaysInMonth(d.year, d.month)) {
    return Status::InvalidArgument("no day " + std::to_string(d.day) + " in month " + std::to_string(d.month));
  }
  return Status::Ok();
}

// "2 hours ago", "just now", "yesterday": dates relative to a moment that
// the text does not give.
bool IsRelativeTime(std::string_view s) {
  std::vector<std::string_view> words = SplitWhitespace(s);
  if (words.empty()) return false;
  return EqualsIgnoreCase(words.back(), "ago") || EqualsIgnoreCase(s, "just now") || EqualsIgnoreCase(s, "yesterday") ||
         EqualsIgnoreCase(s, "today");
}

// A left-to-right reader over one date string.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}

  bool done() const { return i_ >= s_.size(); }
  char peek(size_t ahead = 0) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }
  std::string_view slice(size_t begin, size_t end) const { return s_.substr(begin, end - begin); }
  size_t pos() const { return i_; }
  void reset(size_t pos) { i_ = pos; }

  void SkipSpaces() {
    while (!done() && IsSpace(s_[i_])) ++i_;
  }
  bool Eat(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  // A run of 1..max_len digits; false (nothing consumed) when none.
  bool Number(size_t min_len, size_t max_len, int* out) {
    size_t j = i_;
    while (j < s_.size() && IsDigit(s_[j]) && j - i_ < max_len) ++j;
    if (j - i_ < min_len || (j < s_.size() && IsDigit(s_[j]))) return false;
    if (!ParseInt(s_.substr(i_, j - i_), out)) return false;
    i_ = j;
    return true;
  }
  // A run of ASCII letters (possibly empty).
  std::string_view Word() {
    size_t j = i_;
    while (j < s_.size() && IsAsciiAlpha(s_[j])) ++j;
    std::string_view w = s_.substr(i_, j - i_);
    i_ = j;
    return w;
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

// 1-12 for a month name or its abbreviation ("Jul", "Sept"), else 0.
int MonthNumber(std::string_view word) {
  if (word.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    std::string_view full = kMonths[m];
    if (EqualsIgnoreCase(word, full)) return static_cast<int>(m) + 1;
    if (EqualsIgnoreCase(word, full.substr(0, 3))) return static_cast<int>(m) + 1;
    if (m == 8 && EqualsIgnoreCase(word, "sept")) return 9;
  }
  return 0;
}

bool IsWeekday(std::string_view word) {
  for (std::string_view d : kWeekdays) {
    if (EqualsIgnoreCase(word, d) || (word.size() == 3 && EqualsIgnoreCase(word, d.substr(0, 3)))) return true;
  }
  return false;
}

// "17:56", "05:56pm", "5:56 p.m.", "17:56:03.250"; fills the time fields.
bool ReadClock(Cursor* c, Timestamp* t) {
  size_t start = c->pos();
  int h = 0, m = 0, s = 0;
  if (!c->Number(1, 2, &h) || !c->Eat(':') || !c->Number(2, 2, &m)) {
    c->reset(start);
    return false;
  }
  if (c->Eat(':')) {
    if (!c->Number(2, 2, &s)) {
      c->reset(start);
      return false;
    }
    if (c->Eat('.')) {
      int frac = 0;
      if (!c->Number(1, 9, &frac)) {
        c->reset(start);
        return false;
      }
    }
  }
  size_t before_meridiem = c->pos();
  c->SkipSpaces();
  std::string_view w = c->Word();
  bool pm = false, meridiem = false;
  if (EqualsIgnoreCase(w, "am") || EqualsIgnoreCase(w, "pm")) {
    meridiem = true;
    pm = EqualsIgnoreCase(w, "pm");
  } else if ((EqualsIgnoreCase(w, "a") || EqualsIgnoreCase(w, "p")) && c->Eat('.')) {
    std::string_view w2 = c->Word();
    if (EqualsIgnoreCase(w2, "m") && c->Eat('.')) {
      meridiem = true;
      pm = EqualsIgnoreCase(w, "p");
    }
  }
  if (!meridiem) c->reset(before_meridiem);
  if (meridiem) {
    if (h < 1 || h > 12) return false;
    h = h % 12 + (pm ? 12 : 0);
  }
  if (h > 23 || m > 59 || s > 60) return false;
  t->has_time = true;
  t->hour = h;
  t->minute = m;
  t->second = s;
  return true;
}

// "Z", "+05:00", "-0400", or a zone abbreviation of 2-5 capitals ("GMT",
// "EDT", "PKT"), possibly with an offset ("GMT+5"). Consumes nothing when
// there is none.
void ReadZone(Cursor* c, Timestamp* t) {
  size_t start = c->pos();
  c->SkipSpaces();
  size_t zone_begin = c->pos();
  if (c->peek() == 'Z' && !IsAsciiAlpha(c->peek(1))) {
    c->Eat('Z');
  } else {
    size_t n = 0;
    while (c->peek(n) >= 'A' && c->peek(n) <= 'Z') ++n;
    if (n >= 2 && n <= 5 && !IsAsciiAlpha(c->peek(n))) c->reset(c->pos() + n);
    if (c->peek() == '+' || c->peek() == '-') {
      size_t sign = c->pos();
      c->Eat(c->peek());
      int hh = 0, mm = 0;
      if (c->Number(1, 2, &hh)) {
        if (c->Eat(':')) {
          if (!c->Number(2, 2, &mm)) c->reset(sign);
        } else {
          c->Number(2, 2, &mm);
        }
      } else {
        c->reset(sign);
      }
    }
  }
  if (c->pos() == zone_begin) {
    c->reset(start);
    return;
  }
  t->zone = std::string(c->slice(zone_begin, c->pos()));
}

// Reads what may follow a date: separators (",", "at", "-", "|", "T"), a
// clock and a zone.
void ReadTimeOfDay(Cursor* c, Timestamp* t) {
  size_t start = c->pos();
  c->SkipSpaces();
  c->Eat(',') || c->Eat('|') || c->Eat('T') || c->Eat('-');
  c->SkipSpaces();
  size_t before_at = c->pos();
  if (!EqualsIgnoreCase(c->Word(), "at")) c->reset(before_at);
  c->SkipSpaces();
  if (!ReadClock(c, t)) {
    c->reset(start);
    return;
  }
  ReadZone(c, t);
}

Result<Timestamp> Finish(Cursor* c, Timestamp t, std::string_view text) {
  c->SkipSpaces();
  c->Eat('.');  // "July 12, 2025." closes a sentence-like line
  c->SkipSpaces();
  if (!c->done()) return Status::InvalidArgument("unexpected text after the date in '" + std::string(text) + "'");
  if (Status s = CheckDate(t.date); !s.ok()) return Status::InvalidArgument(s.message() + " in '" + std::string(text) + "'");
  return t;
}

}  // namespace

bool IsMonthName(std::string_view word) { return MonthNumber(word) != 0; }

bool IsWeekdayName(std::string_view word) { return IsWeekday(word); }

std::string CalendarDate::ToString() const {
  if (!known()) return "";
  return IsoDate(year, month, day);
}

std::string Timestamp::TimeString() const {
  if (!has_time) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", hour, minute, second);
  return buf;
}

DateOrder DateOrderForLocale(std::string_view locale) {
  size_t sep = locale.find_first_of("-_");
  if (sep == std::string_view::npos) {
    return EqualsIgnoreCase(locale, "US") ? DateOrder::kMonthFirst : DateOrder::kUnknown;
  }
  std::string_view region = locale.substr(sep + 1);
  if (region.size() != 2) return DateOrder::kUnknown;
  return EqualsIgnoreCase(region, "US") ? DateOrder::kMonthFirst : DateOrder::kDayFirst;
}

OutletConvention ConventionForOutlet(std::string_view outlet) {
  outlet = Trim(outlet);
  for (const OutletEntry& e : kOutlets) {
    if (EqualsIgnoreCase(outlet, e.name)) return e.convention;
  }
  return {};
}

bool IsKnownOutlet(std::string_view name) {
  name = Trim(name);
  for (const OutletEntry& e : kOutlets) {
    if (EqualsIgnoreCase(name, e.name)) return true;
  }
  return false;
}

Result<Timestamp> ParsePrintedDate(std::string_view text, DateOrder order) {
  text = Trim(text);
  if (IsRelativeTime(text)) {
    return Status::InvalidArgument("relative time '" + std::string(text) + "' gives no date");
  }
  Cursor c(text);
  Timestamp t;

  // A time may come first: "5:56 PM EDT, July 12, 2025".
  if (ReadClock(&c, &t)) {
    ReadZone(&c, &t);
    c.SkipSpaces();
    c.Eat(',');
    c.SkipSpaces();
  }
  // An optional weekday: "Saturday, ", "Sat ".
  size_t start = c.pos();
  if (IsWeekday(c.Word())) {
    c.Eat(',');
    c.SkipSpaces();
  } else {
    c.reset(start);
  }

  int a = 0, b = 0, y = 0;
  size_t numeric_start = c.pos();
  if (c.Number(4, 4, &y)) {  // 2025-07-12, 2025/07/12
    char sep = c.peek();
    if ((sep != '-' && sep != '/' && sep != '.') || !c.Eat(sep) || !c.Number(1, 2, &a) || !c.Eat(sep) ||
        !c.Number(1, 2, &b)) {
      return Status::InvalidArgument("not a date: '" + std::string(text) + "'");
    }
    t.date = {y, a, b};
    ReadTimeOfDay(&c, &t);
    return Finish(&c, t, text);
  }
  c.reset(numeric_start);
  if (c.Number(1, 2, &a)) {
    char sep = c.peek();
    if (sep == '/' || sep == '.' || sep == '-') {  // 12/07/2025
      c.Eat(sep);
      if (!c.Number(1, 2, &b) || !c.Eat(sep) || !c.Number(4, 4, &y)) {
        return Status::InvalidArgument("not a date: '" + std::string(text) + "'");
      }
      bool a_month = a >= 1 && a <= 12, b_month = b >= 1 && b <= 12;
      if (a_month && b_month && a != b) {
        if (order == DateOrder::kUnknown) {
          return Status::InvalidArgument("ambiguous date '" + std::string(text) +
                                         "': day-first or month-first is unknown for this source");
        }
        t.date = order == DateOrder::kDayFirst ? CalendarDate{y, b, a} : CalendarDate{y, a, b};
      } else if (a_month && !b_month) {
        t.date = {y, a, b};
      } else {
        t.date = {y, b, a};
      }
      ReadTimeOfDay(&c, &t);
      return Finish(&c, t, text);
    }
    // 12 Jul, 2025 / 12 July 2025
    c.SkipSpaces();
    int month = MonthNumber(c.Word());
    c.Eat('.');
    c.SkipSpaces();
    c.Eat(',');
    c.SkipSpaces();
    if (month == 0 || !c.Number(4, 4, &y)) return Status::InvalidArgument("not a date: '" + std::string(text) + "'");
    t.date = {y, month, a};
    ReadTimeOfDay(&c, &t);
    return Finish(&c, t, text);
  }
  // July 12, 2025 / Jul. 12 2025
  int month = MonthNumber(c.Word());
  c.Eat('.');
  c.SkipSpaces();
  if (month == 0 || !c.Number(1, 2, &a)) return Status::InvalidArgument("not a date: '" + std::string(text) + "'");
  c.SkipSpaces();
  c.Eat(',');
  c.SkipSpaces();
  if (!c.Number(4, 4, &y)) return Status::InvalidArgument("no year in '" + std::string(text) + "'");
  t.date = {y, month, a};
  ReadTimeOfDay(&c, &t);
  return Finish(&c, t, text);
}

Result<Timestamp> ParseIsoDate(std::string_view text) {
  Cursor c(text);
  Timestamp t;
  int y = 0, m = 0, d = 0;
  if (!c.Number(4, 4, &y) || !c.Eat('-') || !c.Number(2, 2, &m) || !c.Eat('-') || !c.Number(2, 2, &d)) {
    return Status::InvalidArgument("date '" + std::string(text) + "' is not YYYY-MM-DD or ISO 8601");
  }
  t.date = {y, m, d};
  if (c.Eat('T') || c.Eat('t') || (c.peek() == ' ' && IsDigit(c.peek(1)) && c.Eat(' '))) {
    if (!ReadClock(&c, &t)) {
      return Status::InvalidArgument("date '" + std::string(text) + "' has a malformed time");
    }
    size_t zone_begin = c.pos();
    if (!c.Eat('Z') && !c.Eat('z') && (c.peek() == '+' || c.peek() == '-')) {
      c.Eat(c.peek());
      int hh = 0, mm = 0;
      if (!c.Number(2, 2, &hh) || (c.Eat(':'), !c.Number(2, 2, &mm)) || hh > 23 || mm > 59) {
        return Status::InvalidArgument("date '" + std::string(text) + "' has a malformed time zone");
      }
    }
    t.zone = std::string(text.substr(zone_begin, c.pos() - zone_begin));
  }
  if (!c.done()) return Status::InvalidArgument("date '" + std::string(text) + "' is not YYYY-MM-DD or ISO 8601");
  if (Status s = CheckDate(t.date); !s.ok()) {
    return Status::InvalidArgument("date '" + std::string(text) + "': " + s.message());
  }
  return t;
}

}  // namespace dyad
