#include "dyad/when/civil_date.h"

#include <cassert>

#include "dyad/base/text.h"

namespace dyad {
namespace {

// Day numbers count from 0001-01-01 = 0, which was a Monday in the proleptic
// Gregorian calendar; the epoch (1970-01-01) is day 719162.
constexpr int64_t kEpochDayNumber = 719162;

constexpr int kDaysBeforeMonth[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

int64_t DaysBeforeYear(int64_t year) {
  const int64_t y = year - 1;
  return 365 * y + y / 4 - y / 100 + y / 400;
}

int64_t DayNumber(const CivilDate& d) {
  int64_t n = DaysBeforeYear(d.year) + kDaysBeforeMonth[d.month] + d.day - 1;
  if (d.month > 2 && IsLeapYear(d.year)) ++n;
  return n;
}

}  // namespace

bool IsLeapYear(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int DaysInMonth(int year, int month) {
  static constexpr int kLengths[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kLengths[month];
}

bool IsValidDate(int year, int month, int day) {
  return year >= kMinYear && year <= kMaxYear && day >= 1 && day <= DaysInMonth(year, month);
}

int64_t DaysSinceEpoch(const CivilDate& d) {
  assert(IsValidDate(d));
  return DayNumber(d) - kEpochDayNumber;
}

int64_t MinEpochDays() { return DaysSinceEpoch(CivilDate{kMinYear, 1, 1}); }
int64_t MaxEpochDays() { return DaysSinceEpoch(CivilDate{kMaxYear, 12, 31}); }

CivilDate DateFromEpochDays(int64_t days) {
  assert(days >= MinEpochDays() && days <= MaxEpochDays());
  const int64_t n = days + kEpochDayNumber;
  // 146097 days per 400 years gives an estimate within one year either way.
  int64_t year = n * 400 / 146097 + 1;
  while (year > 1 && DaysBeforeYear(year) > n) --year;
  while (DaysBeforeYear(year + 1) <= n) ++year;
  CivilDate d{static_cast<int>(year), 1, 1};
  int64_t day_of_year = n - DaysBeforeYear(year);
  while (day_of_year >= DaysInMonth(d.year, d.month)) {
    day_of_year -= DaysInMonth(d.year, d.month);
    ++d.month;
  }
  d.day = static_cast<int>(day_of_year) + 1;
  return d;
}

Weekday WeekdayOf(const CivilDate& d) {
  assert(IsValidDate(d));
  return static_cast<Weekday>(DayNumber(d) % 7);
}

bool AddDays(const CivilDate& d, int64_t days, CivilDate* out) {
  const int64_t start = DaysSinceEpoch(d);
  // Compare before adding so that huge offsets cannot overflow.
  if (days < MinEpochDays() - start || days > MaxEpochDays() - start) return false;
  *out = DateFromEpochDays(start + days);
  return true;
}

bool AddMonthsToMonthStart(const CivilDate& d, int64_t months, CivilDate* out) {
  constexpr int64_t kMonthsInRange = int64_t{12} * (kMaxYear - kMinYear + 1);
  const int64_t index = int64_t{12} * (d.year - kMinYear) + (d.month - 1);
  if (months < -index || months >= kMonthsInRange - index) return false;
  const int64_t target = index + months;
  *out = CivilDate{static_cast<int>(target / 12) + kMinYear, static_cast<int>(target % 12) + 1, 1};
  return true;
}

bool StartOfWeek(const CivilDate& d, CivilDate* out) {
  return AddDays(d, -static_cast<int64_t>(WeekdayOf(d)), out);
}

std::string ToIsoString(const CivilDate& d) { return IsoDate(d.year, d.month, d.day); }

const char* WeekdayName(Weekday w) {
  static constexpr const char* kNames[7] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday"};
  return kNames[static_cast<int>(w)];
}

}  // namespace dyad
