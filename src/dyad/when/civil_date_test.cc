#include "dyad/when/civil_date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

// d moved by `days`, or 0001-01-01 (which no test expects) when out of range.
CivilDate Plus(const CivilDate& d, int64_t days) {
  CivilDate out{kMinYear, 1, 1};
  AddDays(d, days, &out);
  return out;
}

TEST(CivilDateTest, LeapYearsFollowTheGregorianRule) {
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_TRUE(IsLeapYear(1600));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2100));
  EXPECT_FALSE(IsLeapYear(2025));
}

TEST(CivilDateTest, MonthLengths) {
  EXPECT_EQ(DaysInMonth(2025, 1), 31);
  EXPECT_EQ(DaysInMonth(2025, 2), 28);
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2025, 4), 30);
  EXPECT_EQ(DaysInMonth(2025, 12), 31);
  EXPECT_EQ(DaysInMonth(2025, 0), 0);
  EXPECT_EQ(DaysInMonth(2025, 13), 0);
}

TEST(CivilDateTest, Validity) {
  EXPECT_TRUE(IsValidDate(2024, 2, 29));
  EXPECT_FALSE(IsValidDate(2025, 2, 29));
  EXPECT_FALSE(IsValidDate(2025, 4, 31));
  EXPECT_FALSE(IsValidDate(2025, 1, 0));
  EXPECT_FALSE(IsValidDate(0, 1, 1));
  EXPECT_FALSE(IsValidDate(10000, 1, 1));
  EXPECT_TRUE(IsValidDate(kMinYear, 1, 1));
  EXPECT_TRUE(IsValidDate(kMaxYear, 12, 31));
}

TEST(CivilDateTest, KnownEpochDaysAndWeekdays) {
  EXPECT_EQ(DaysSinceEpoch({1970, 1, 1}), 0);
  EXPECT_EQ(DaysSinceEpoch({1969, 12, 31}), -1);
  EXPECT_EQ(DaysSinceEpoch({2000, 3, 1}), 11017);
  EXPECT_EQ(WeekdayOf({1970, 1, 1}), Weekday::kThursday);
  EXPECT_EQ(WeekdayOf({2000, 1, 1}), Weekday::kSaturday);
  EXPECT_EQ(WeekdayOf({2025, 7, 12}), Weekday::kSaturday);
  EXPECT_EQ(WeekdayOf({2026, 11, 28}), Weekday::kSaturday);
  EXPECT_EQ(WeekdayOf({1, 1, 1}), Weekday::kMonday);
}

// Walks every day of 0001..9999 with a naive successor and checks that the
// epoch-day numbering, its inverse and the weekday all advance by one.
TEST(CivilDateTest, EveryDayOfTheRangeRoundTrips) {
  CivilDate d{kMinYear, 1, 1};
  int64_t expected = MinEpochDays();
  int weekday = static_cast<int>(Weekday::kMonday);
  while (true) {
    ASSERT_EQ(DaysSinceEpoch(d), expected) << ToIsoString(d);
    ASSERT_EQ(DateFromEpochDays(expected), d);
    ASSERT_EQ(static_cast<int>(WeekdayOf(d)), weekday) << ToIsoString(d);
    if (d == CivilDate{kMaxYear, 12, 31}) break;
    // Naive successor with its own month-length rule.
    const bool leap = (d.year % 400 == 0) || (d.year % 4 == 0 && d.year % 100 != 0);
    const int length = d.month == 2 ? (leap ? 29 : 28) : (d.month == 4 || d.month == 6 || d.month == 9 || d.month == 11) ? 30 : 31;
    if (++d.day > length) {
      d.day = 1;
      if (++d.month > 12) d.month = 1, ++d.year;
    }
    ++expected;
    weekday = (weekday + 1) % 7;
  }
  EXPECT_EQ(expected, MaxEpochDays());
}

TEST(CivilDateTest, AddDaysAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(Plus({2024, 2, 28}, 1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(Plus({2025, 2, 28}, 1), (CivilDate{2025, 3, 1}));
  EXPECT_EQ(Plus({2026, 1, 1}, -1), (CivilDate{2025, 12, 31}));
  EXPECT_EQ(Plus({2024, 3, 1}, -1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(Plus({2025, 7, 12}, 365), (CivilDate{2026, 7, 12}));
  EXPECT_EQ(Plus({2024, 1, 1}, 366), (CivilDate{2025, 1, 1}));
}

TEST(CivilDateTest, AddDaysRefusesToLeaveTheRange) {
  CivilDate out{2000, 1, 1};
  EXPECT_FALSE(AddDays({kMinYear, 1, 1}, -1, &out));
  EXPECT_FALSE(AddDays({kMaxYear, 12, 31}, 1, &out));
  EXPECT_FALSE(AddDays({2025, 1, 1}, INT64_MAX, &out));
  EXPECT_FALSE(AddDays({2025, 1, 1}, INT64_MIN, &out));
  EXPECT_EQ(out, (CivilDate{2000, 1, 1}));
  EXPECT_TRUE(AddDays({kMaxYear, 12, 30}, 1, &out));
  EXPECT_EQ(out, (CivilDate{kMaxYear, 12, 31}));
}

TEST(CivilDateTest, AddMonthsToMonthStart) {
  CivilDate out;
  ASSERT_TRUE(AddMonthsToMonthStart({2026, 1, 31}, -1, &out));
  EXPECT_EQ(out, (CivilDate{2025, 12, 1}));
  ASSERT_TRUE(AddMonthsToMonthStart({2025, 11, 15}, 2, &out));
  EXPECT_EQ(out, (CivilDate{2026, 1, 1}));
  ASSERT_TRUE(AddMonthsToMonthStart({2025, 3, 31}, -25, &out));
  EXPECT_EQ(out, (CivilDate{2023, 2, 1}));
  EXPECT_FALSE(AddMonthsToMonthStart({kMinYear, 1, 1}, -1, &out));
  EXPECT_FALSE(AddMonthsToMonthStart({kMaxYear, 12, 1}, 1, &out));
  EXPECT_FALSE(AddMonthsToMonthStart({2025, 1, 1}, INT64_MIN, &out));
}

TEST(CivilDateTest, StartOfWeekIsTheMondayOnOrBefore) {
  CivilDate monday;
  ASSERT_TRUE(StartOfWeek({2025, 7, 12}, &monday));  // Saturday
  EXPECT_EQ(monday, (CivilDate{2025, 7, 7}));
  ASSERT_TRUE(StartOfWeek({2025, 7, 7}, &monday));
  EXPECT_EQ(monday, (CivilDate{2025, 7, 7}));
  ASSERT_TRUE(StartOfWeek({2026, 1, 1}, &monday));  // Thursday
  EXPECT_EQ(monday, (CivilDate{2025, 12, 29}));
}

TEST(CivilDateTest, Formatting) {
  EXPECT_EQ(ToIsoString({2025, 7, 2}), "2025-07-02");
  EXPECT_EQ(ToIsoString({12, 1, 1}), "0012-01-01");
  EXPECT_STREQ(WeekdayName(Weekday::kSunday), "Sunday");
}

}  // namespace
}  // namespace dyad
