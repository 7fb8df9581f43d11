#include "dyad/when/date_resolver.h"

#include <ostream>

namespace dyad {
namespace {

std::optional<ResolvedDate> Day(const CivilDate& d) { return ResolvedDate{d, DatePrecision::kDay}; }

std::optional<ResolvedDate> Month(int year, int month) {
  if (!IsValidDate(year, month, 1)) return std::nullopt;
  return ResolvedDate{CivilDate{year, month, 1}, DatePrecision::kMonth};
}

std::optional<ResolvedDate> Year(int64_t year) {
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  return ResolvedDate{CivilDate{static_cast<int>(year), 1, 1}, DatePrecision::kYear};
}

std::optional<ResolvedDate> DaysFrom(const CivilDate& t, int64_t days) {
  CivilDate d;
  if (!AddDays(t, days, &d)) return std::nullopt;
  return Day(d);
}

std::optional<ResolvedDate> ResolveWeekday(const DateMention& m, const CivilDate& t, Tense tense) {
  const int today = static_cast<int>(WeekdayOf(t));
  const int wanted = static_cast<int>(m.weekday);
  const int back = (today - wanted + 7) % 7;   // 0..6 days to the latest on or before t
  const int ahead = (wanted - today + 7) % 7;  // 0..6 days to the earliest on or after t
  const bool forward = m.shift == Shift::kNext || (m.shift == Shift::kNearest && tense == Tense::kFuture);
  if (forward) return DaysFrom(t, ahead == 0 ? 7 : ahead);
  if (m.shift == Shift::kLast) return DaysFrom(t, back == 0 ? -7 : -back);
  return DaysFrom(t, -back);
}

// The year of the latest (month, day) on or before t, or the earliest on or
// after t when `forward`; steps over years without the day (February 29).
std::optional<ResolvedDate> ResolveDayWithoutYear(int month, int day, const CivilDate& t, bool forward) {
  if (day < 1 || day > DaysInMonth(2000, month)) return std::nullopt;  // 2000 is a leap year
  const bool after_t = CivilDate{t.year, month, day} > t;
  const bool before_t = CivilDate{t.year, month, day} < t;
  int year = t.year;
  if (!forward && after_t) --year;
  if (forward && before_t) ++year;
  const int step = forward ? 1 : -1;
  // A leap year comes within 8 years in the Gregorian calendar.
  for (int tries = 0; tries < 9; ++tries, year += step) {
    if (year < kMinYear || year > kMaxYear) return std::nullopt;
    if (IsValidDate(year, month, day)) return Day(CivilDate{year, month, day});
  }
  return std::nullopt;
}

std::optional<ResolvedDate> ResolveSeason(const DateMention& m, const CivilDate& t) {
  static constexpr int kFirstMonth[3] = {3, 6, 9};
  const int first = kFirstMonth[static_cast<int>(m.season)];
  switch (m.shift) {
    case Shift::kNearest:
      return Year(t.year);
    case Shift::kLast:
      return Year(first + 2 < t.month ? t.year : int64_t{t.year} - 1);
    case Shift::kNext:
      return Year(first > t.month ? t.year : int64_t{t.year} + 1);
  }
  return std::nullopt;
}

}  // namespace

const char* PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kWeek: return "week";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "?";
}

std::string ToString(const ResolvedDate& r) { return ToIsoString(r.date) + "/" + PrecisionName(r.precision); }

std::ostream& operator<<(std::ostream& out, const ResolvedDate& r) { return out << ToString(r); }

std::optional<ResolvedDate> ResolveDateMention(const DateMention& m, const CivilDate& t, Tense tense) {
  const bool future = tense == Tense::kFuture;
  switch (m.kind) {
    case MentionKind::kDate:
      if (m.year != 0) {
        if (!IsValidDate(m.year, m.month, m.day)) return std::nullopt;
        return Day(CivilDate{m.year, m.month, m.day});
      }
      if (m.month < 1 || m.month > 12) return std::nullopt;
      return ResolveDayWithoutYear(m.month, m.day, t, future);
    case MentionKind::kMonth:
      if (m.year != 0) return Month(m.year, m.month);
      if (m.shift == Shift::kLast) return Month(m.month < t.month ? t.year : t.year - 1, m.month);
      if (m.shift == Shift::kNext) return Month(m.month > t.month ? t.year : t.year + 1, m.month);
      if (future) return Month(m.month >= t.month ? t.year : t.year + 1, m.month);
      return Month(m.month <= t.month ? t.year : t.year - 1, m.month);
    case MentionKind::kYear:
      return Year(m.year);
    case MentionKind::kWeekday:
      return ResolveWeekday(m, t, tense);
    case MentionKind::kRelativeDays:
      return DaysFrom(t, m.offset);
    case MentionKind::kRelativeWeeks: {
      CivilDate monday;
      if (!StartOfWeek(t, &monday)) return std::nullopt;
      // Guard the multiplication; no supported date is 2^40 days away.
      if (m.offset > (int64_t{1} << 40) || m.offset < -(int64_t{1} << 40)) return std::nullopt;
      CivilDate d;
      if (!AddDays(monday, 7 * m.offset, &d)) return std::nullopt;
      return ResolvedDate{d, DatePrecision::kWeek};
    }
    case MentionKind::kRelativeMonths: {
      CivilDate d;
      if (!AddMonthsToMonthStart(t, m.offset, &d)) return std::nullopt;
      return ResolvedDate{d, DatePrecision::kMonth};
    }
    case MentionKind::kRelativeYears:
      if (m.offset > kMaxYear || m.offset < -kMaxYear) return std::nullopt;
      return Year(t.year + m.offset);
    case MentionKind::kSeason:
      return ResolveSeason(m, t);
  }
  return std::nullopt;
}

}  // namespace dyad
