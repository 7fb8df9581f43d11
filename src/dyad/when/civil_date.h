// A calendar day in the proleptic Gregorian calendar, with the arithmetic the
// date resolver needs: leap years, month lengths, weekdays, adding days and
// months. Written by hand because g++ 12's <chrono> lacks the C++20 calendar.
//
//   dyad::CivilDate d{2024, 2, 28};
//   dyad::AddDays(d, 1, &d);      // true; d is 2024-02-29
//   dyad::WeekdayOf(d);           // dyad::Weekday::kThursday
//   dyad::ToIsoString(d);         // "2024-02-29"
//
// Supported years are kMinYear..kMaxYear; functions that could leave that
// range say so in their contract.
#ifndef DYAD_WHEN_CIVIL_DATE_H_
#define DYAD_WHEN_CIVIL_DATE_H_

#include <cstdint>
#include <string>

namespace dyad {

inline constexpr int kMinYear = 1;
inline constexpr int kMaxYear = 9999;

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..DaysInMonth(year, month)

  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// ISO 8601 numbering, so that "the week" starts on Monday.
enum class Weekday : uint8_t { kMonday, kTuesday, kWednesday, kThursday, kFriday, kSaturday, kSunday };

bool IsLeapYear(int year);
// 28..31; 0 when month is outside 1..12.
int DaysInMonth(int year, int month);
// True when the fields name a real day in kMinYear..kMaxYear.
bool IsValidDate(int year, int month, int day);
inline bool IsValidDate(const CivilDate& d) { return IsValidDate(d.year, d.month, d.day); }

// Days since 1970-01-01 (negative before it). Requires IsValidDate(d).
int64_t DaysSinceEpoch(const CivilDate& d);
// The inverse of DaysSinceEpoch. Requires the result to lie in
// kMinYear..kMaxYear (check with DaysSinceEpoch of the range ends).
CivilDate DateFromEpochDays(int64_t days);
// DaysSinceEpoch of 0001-01-01 and 9999-12-31.
int64_t MinEpochDays();
int64_t MaxEpochDays();

// Requires IsValidDate(d).
Weekday WeekdayOf(const CivilDate& d);

// d moved by `days` (either sign). False, leaving *out untouched, when the
// result would leave kMinYear..kMaxYear.
bool AddDays(const CivilDate& d, int64_t days, CivilDate* out);
// The first day of the month `months` after (or before) d's month. False when
// that month leaves kMinYear..kMaxYear.
bool AddMonthsToMonthStart(const CivilDate& d, int64_t months, CivilDate* out);

// The Monday on or before d. False at the start of year 1 when there is none.
bool StartOfWeek(const CivilDate& d, CivilDate* out);

// "YYYY-MM-DD".
std::string ToIsoString(const CivilDate& d);
const char* WeekdayName(Weekday w);  // "Monday" ...

}  // namespace dyad

#endif  // DYAD_WHEN_CIVIL_DATE_H_
