#include "dyad/read/publication_date.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dyad {
namespace {

using ::testing::HasSubstr;

Timestamp MustParse(std::string_view text, DateOrder order = DateOrder::kUnknown) {
  Result<Timestamp> t = ParsePrintedDate(text, order);
  EXPECT_TRUE(t.ok()) << text << ": " << t.status().ToString();
  return t.ok() ? *t : Timestamp();
}

TEST(ParsePrintedDate, DayMonthNameYearWithTwelveHourClock) {
  Timestamp t = MustParse("12 Jul, 2025 05:56pm");
  EXPECT_EQ(t.date.ToString(), "2025-07-12");
  EXPECT_TRUE(t.has_time);
  EXPECT_EQ(t.TimeString(), "17:56:00");
}

TEST(ParsePrintedDate, MonthNameFirstWithZone) {
  Timestamp t = MustParse("July 12, 2025 5:56 PM EDT");
  EXPECT_EQ(t.date.ToString(), "2025-07-12");
  EXPECT_EQ(t.TimeString(), "17:56:00");
  EXPECT_EQ(t.zone, "EDT");
}

TEST(ParsePrintedDate, AbbreviationsWeekdaysAndMeridiemWithDots) {
  EXPECT_EQ(MustParse("Jul. 3, 2024").date.ToString(), "2024-07-03");
  EXPECT_EQ(MustParse("Sept 30 2024").date.ToString(), "2024-09-30");
  EXPECT_EQ(MustParse("Saturday, July 12, 2025").date.ToString(), "2025-07-12");
  EXPECT_EQ(MustParse("12 July 2025 at 12:05 a.m.").TimeString(), "00:05:00");
  EXPECT_EQ(MustParse("12 July 2025, 12:05 pm").TimeString(), "12:05:00");
}

TEST(ParsePrintedDate, TimeBeforeDate) {
  Timestamp t = MustParse("5:56 PM EDT, July 12, 2025");
  EXPECT_EQ(t.date.ToString(), "2025-07-12");
  EXPECT_EQ(t.TimeString(), "17:56:00");
  EXPECT_EQ(t.zone, "EDT");
}

TEST(ParsePrintedDate, IsoForms) {
  Timestamp t = MustParse("2025-07-12T17:56:00Z");
  EXPECT_EQ(t.date.ToString(), "2025-07-12");
  EXPECT_EQ(t.TimeString(), "17:56:00");
  EXPECT_EQ(t.zone, "Z");
  EXPECT_EQ(MustParse("2025/07/12").date.ToString(), "2025-07-12");
  EXPECT_EQ(MustParse("2025-07-12 09:10 +05:00").zone, "+05:00");
}

TEST(ParsePrintedDate, NumericDatesFollowTheOrder) {
  EXPECT_EQ(MustParse("12/07/2025", DateOrder::kDayFirst).date.ToString(), "2025-07-12");
  EXPECT_EQ(MustParse("12/07/2025", DateOrder::kMonthFirst).date.ToString(), "2025-12-07");
  EXPECT_EQ(MustParse("12.07.2025 17:56 GMT", DateOrder::kDayFirst).zone, "GMT");
}

TEST(ParsePrintedDate, NumericDatesThatOnlyOneReadingAllows) {
  EXPECT_EQ(MustParse("25/07/2025").date.ToString(), "2025-07-25");
  EXPECT_EQ(MustParse("07/25/2025").date.ToString(), "2025-07-25");
  EXPECT_EQ(MustParse("07/07/2025").date.ToString(), "2025-07-07");
  // A day-first outlet cannot have written 07/25 as a day-first date, but the
  // only reading there is still the right one.
  EXPECT_EQ(MustParse("07/25/2025", DateOrder::kDayFirst).date.ToString(), "2025-07-25");
}

TEST(ParsePrintedDate, AmbiguousNumericDateWithoutOrderIsReported) {
  Result<Timestamp> t = ParsePrintedDate("12/07/2025", DateOrder::kUnknown);
  ASSERT_FALSE(t.ok());
  EXPECT_THAT(t.status().message(), HasSubstr("ambiguous"));
}

TEST(ParsePrintedDate, Rejections) {
  for (std::string_view bad : {"31 Feb 2025", "Feb 29, 2025", "12 Jul", "12 Jul, 2025 lorem", "2025-13-01",
                               "yesterday", "", "12/07/25", "3 days ago", "12 Jul, 1200", "25:00"}) {
    EXPECT_FALSE(ParsePrintedDate(bad, DateOrder::kDayFirst).ok()) << bad;
  }
  EXPECT_TRUE(ParsePrintedDate("Feb 29, 2024", DateOrder::kUnknown).ok());
}

TEST(ParseIsoDate, DatesAndDateTimes) {
  Result<Timestamp> day = ParseIsoDate("2025-07-12");
  ASSERT_TRUE(day.ok());
  EXPECT_EQ(day->date.ToString(), "2025-07-12");
  EXPECT_FALSE(day->has_time);

  Result<Timestamp> full = ParseIsoDate("2025-07-12T17:56:09.123+05:30");
  ASSERT_TRUE(full.ok()) << full.status().ToString();
  EXPECT_EQ(full->TimeString(), "17:56:09");
  EXPECT_EQ(full->zone, "+05:30");
}

TEST(ParseIsoDate, RejectsOtherShapes) {
  for (std::string_view bad : {"12 Jul 2025", "2025-7-12", "2025-07-12T", "2025-07-12T25:00", "2025-02-30",
                               "2025-07-12Tnoon", "20250712", "2025-07-12 extra", "2025-07-12T10:00+5"}) {
    EXPECT_FALSE(ParseIsoDate(bad).ok()) << bad;
  }
}

TEST(DateOrder, LocalesAndOutlets) {
  EXPECT_EQ(DateOrderForLocale("en-US"), DateOrder::kMonthFirst);
  EXPECT_EQ(DateOrderForLocale("en_US"), DateOrder::kMonthFirst);
  EXPECT_EQ(DateOrderForLocale("en-GB"), DateOrder::kDayFirst);
  EXPECT_EQ(DateOrderForLocale("en"), DateOrder::kUnknown);
  EXPECT_EQ(DateOrderForLocale(""), DateOrder::kUnknown);

  EXPECT_EQ(ConventionForOutlet("afp").order, DateOrder::kDayFirst);
  EXPECT_EQ(ConventionForOutlet("Dawn").locale, "en-PK");
  EXPECT_EQ(ConventionForOutlet("AP").order, DateOrder::kMonthFirst);
  EXPECT_EQ(ConventionForOutlet("The Daily Nowhere").order, DateOrder::kUnknown);
  EXPECT_TRUE(IsKnownOutlet(" Reuters "));
  EXPECT_TRUE(IsMonthName("Sept"));
  EXPECT_TRUE(IsMonthName("JULY"));
  EXPECT_FALSE(IsMonthName("Ju"));
  EXPECT_TRUE(IsWeekdayName("Sat"));
  EXPECT_FALSE(IsWeekdayName("Satur"));
  EXPECT_FALSE(IsKnownOutlet("Jane Doe"));
}

}  // namespace
}  // namespace dyad
