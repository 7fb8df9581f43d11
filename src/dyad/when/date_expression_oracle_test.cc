// Checks FindDateExpressions against a reference resolver that is slow but
// obviously correct: it walks the calendar one day at a time from the
// publication date (with its own month-length rule and Zeller's congruence
// for weekdays) and stops at the first day that fits the expression's
// definition. Thousands of publication dates cover leap days, month ends,
// year ends and century years.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "dyad/when/date_expression.h"

namespace dyad {
namespace {

// --- the reference calendar ---------------------------------------------------

int ReferenceMonthLength(int year, int month) {
  if (month == 2) {
    const bool leap = (year % 400 == 0) || (year % 4 == 0 && year % 100 != 0);
    return leap ? 29 : 28;
  }
  return (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
}

CivilDate NextDay(CivilDate d) {
  if (++d.day > ReferenceMonthLength(d.year, d.month)) {
    d.day = 1;
    if (++d.month > 12) d.month = 1, ++d.year;
  }
  return d;
}

CivilDate PreviousDay(CivilDate d) {
  if (--d.day < 1) {
    if (--d.month < 1) d.month = 12, --d.year;
    d.day = ReferenceMonthLength(d.year, d.month);
  }
  return d;
}

// Zeller's congruence, returned as 0 = Monday .. 6 = Sunday.
int ReferenceWeekday(const CivilDate& d) {
  int m = d.month, y = d.year;
  if (m < 3) m += 12, --y;
  const int k = y % 100, j = y / 100;
  const int h = (d.day + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;  // 0 = Saturday
  return (h + 5) % 7;
}

bool SameMonth(const CivilDate& a, const CivilDate& b) { return a.year == b.year && a.month == b.month; }

ResolvedDate DayOf(const CivilDate& d) { return {d, DatePrecision::kDay}; }
ResolvedDate MonthOf(const CivilDate& d) { return {{d.year, d.month, 1}, DatePrecision::kMonth}; }

// Walks from `from` (inclusive) in one direction until `fits`.
template <typename Fits>
CivilDate Walk(CivilDate from, bool forward, Fits fits) {
  while (!fits(from)) from = forward ? NextDay(from) : PreviousDay(from);
  return from;
}

// --- the system under test --------------------------------------------------

constexpr const char* kWeekdayNames[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                         "Friday", "Saturday", "Sunday"};
constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

// The single expression found in `text`, or a sentinel that matches nothing.
ResolvedDate Resolve(const std::string& text, const CivilDate& publication, Tense tense) {
  TokenizedText tokens;
  if (!Tokenize(text, &tokens).ok()) return {};
  DateExpressionOptions options{.publication = publication, .tense = tense};
  Result<std::vector<DateExpression>> found = FindDateExpressions(tokens, 0, tokens.size(), options);
  if (!found.ok() || found->size() != 1) return {{1, 1, 1}, DatePrecision::kYear};
  return (*found)[0].value;
}

std::vector<CivilDate> PublicationDates() {
  std::vector<CivilDate> dates;
  // Every day from December 2023 through March 2025: a leap day, two year ends.
  for (CivilDate d{2023, 12, 1}; d != CivilDate{2025, 4, 1}; d = NextDay(d)) dates.push_back(d);
  // Around the century years 1900 and 2100, which are not leap years.
  for (CivilDate d{1899, 12, 20}; d != CivilDate{1900, 3, 10}; d = NextDay(d)) dates.push_back(d);
  for (CivilDate d{2100, 2, 20}; d != CivilDate{2100, 3, 10}; d = NextDay(d)) dates.push_back(d);
  std::mt19937 random(20260101);
  std::uniform_int_distribution<int> year(1800, 2300), month(1, 12), day(1, 31);
  while (dates.size() < 3000) {
    const CivilDate d{year(random), month(random), day(random)};
    if (d.day <= ReferenceMonthLength(d.year, d.month)) dates.push_back(d);
  }
  return dates;
}

TEST(DateExpressionOracleTest, Weekdays) {
  for (const CivilDate& t : PublicationDates()) {
    for (int w = 0; w < 7; ++w) {
      auto is_w = [w](const CivilDate& d) { return ReferenceWeekday(d) == w; };
      const std::string name = kWeekdayNames[w];
      const ResolvedDate on_past = DayOf(Walk(t, false, is_w));
      const ResolvedDate on_future = DayOf(Walk(NextDay(t), true, is_w));
      const ResolvedDate last = DayOf(Walk(PreviousDay(t), false, is_w));
      ASSERT_EQ(Resolve("It happened on " + name + ".", t, Tense::kPast), on_past) << ToIsoString(t) << " " << name;
      ASSERT_EQ(Resolve("It happens on " + name + ".", t, Tense::kPresent), on_past) << ToIsoString(t) << " " << name;
      ASSERT_EQ(Resolve("It will happen on " + name + ".", t, Tense::kFuture), on_future)
          << ToIsoString(t) << " " << name;
      ASSERT_EQ(Resolve("It happened last " + name + ".", t, Tense::kPast), last) << ToIsoString(t) << " " << name;
      ASSERT_EQ(Resolve("It happens next " + name + ".", t, Tense::kPast), on_future) << ToIsoString(t) << " " << name;
    }
  }
}

TEST(DateExpressionOracleTest, DaysAndWeeksAgo) {
  const int counts[] = {1, 2, 3, 7, 10, 29, 31, 60, 366, 400};
  for (const CivilDate& t : PublicationDates()) {
    for (int n : counts) {
      CivilDate day = t;
      for (int i = 0; i < n; ++i) day = PreviousDay(day);
      ASSERT_EQ(Resolve("It happened " + std::to_string(n) + " days ago.", t, Tense::kPast), DayOf(day))
          << ToIsoString(t) << " " << n;
      if (n > 60) continue;
      CivilDate week = t;
      for (int i = 0; i < 7 * n; ++i) week = PreviousDay(week);
      week = Walk(week, false, [](const CivilDate& d) { return ReferenceWeekday(d) == 0; });
      ASSERT_EQ(Resolve("It happened " + std::to_string(n) + " weeks ago.", t, Tense::kPast),
                (ResolvedDate{week, DatePrecision::kWeek}))
          << ToIsoString(t) << " " << n;
      CivilDate month = t;
      for (int crossed = 0; crossed < n;) {
        const CivilDate before = PreviousDay(month);
        if (!SameMonth(before, month)) ++crossed;
        month = before;
      }
      ASSERT_EQ(Resolve("It happened " + std::to_string(n) + " months ago.", t, Tense::kPast), MonthOf(month))
          << ToIsoString(t) << " " << n;
    }
  }
}

TEST(DateExpressionOracleTest, MonthNames) {
  for (const CivilDate& t : PublicationDates()) {
    for (int m = 1; m <= 12; ++m) {
      auto in_m = [m](const CivilDate& d) { return d.month == m; };
      auto in_m_not_t = [m, t](const CivilDate& d) { return d.month == m && !SameMonth(d, t); };
      const std::string name = kMonthNames[m - 1];
      ASSERT_EQ(Resolve("It happened in " + name + ".", t, Tense::kPast), MonthOf(Walk(t, false, in_m)))
          << ToIsoString(t) << " " << name;
      ASSERT_EQ(Resolve("It will happen in " + name + ".", t, Tense::kFuture), MonthOf(Walk(t, true, in_m)))
          << ToIsoString(t) << " " << name;
      ASSERT_EQ(Resolve("It happened last " + name + ".", t, Tense::kPast), MonthOf(Walk(t, false, in_m_not_t)))
          << ToIsoString(t) << " " << name;
      ASSERT_EQ(Resolve("It happens next " + name + ".", t, Tense::kPast), MonthOf(Walk(t, true, in_m_not_t)))
          << ToIsoString(t) << " " << name;
    }
  }
}

TEST(DateExpressionOracleTest, MonthAndDayWithoutYear) {
  const int days[][2] = {{1, 1}, {2, 28}, {2, 29}, {3, 1}, {7, 12}, {12, 31}, {4, 30}};
  for (const CivilDate& t : PublicationDates()) {
    for (const auto& month_day : days) {
      const int m = month_day[0], d = month_day[1];  // plain names: clang 14 cannot capture bindings
      auto fits = [m, d](const CivilDate& x) { return x.month == m && x.day == d; };
      const std::string text = std::string("on ") + kMonthNames[m - 1] + " " + std::to_string(d);
      ASSERT_EQ(Resolve("It happened " + text + ".", t, Tense::kPast), DayOf(Walk(t, false, fits)))
          << ToIsoString(t) << " " << text;
      ASSERT_EQ(Resolve("It will happen " + text + ".", t, Tense::kFuture), DayOf(Walk(t, true, fits)))
          << ToIsoString(t) << " " << text;
    }
  }
}

TEST(DateExpressionOracleTest, ReferenceCalendarAgreesWithCivilDate) {
  // Not the thing under test, but if these disagreed the oracle would be wrong.
  for (CivilDate d{1600, 1, 1}; d != CivilDate{2400, 1, 1}; d = NextDay(d)) {
    ASSERT_EQ(ReferenceWeekday(d), static_cast<int>(WeekdayOf(d))) << ToIsoString(d);
    CivilDate next;
    ASSERT_TRUE(AddDays(d, 1, &next));
    ASSERT_EQ(NextDay(d), next);
  }
}

}  // namespace
}  // namespace dyad
