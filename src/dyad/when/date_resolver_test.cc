#include "dyad/when/date_resolver.h"

#include <gtest/gtest.h>

#include <optional>

namespace dyad {
namespace {

constexpr CivilDate kSaturday{2025, 7, 12};

DateMention Mention(MentionKind kind) {
  DateMention m;
  m.kind = kind;
  return m;
}

std::optional<ResolvedDate> Day(int y, int m, int d) { return ResolvedDate{{y, m, d}, DatePrecision::kDay}; }

TEST(DateResolverTest, WeekdayShiftsOnThePublicationWeekday) {
  DateMention m = Mention(MentionKind::kWeekday);
  m.weekday = Weekday::kSaturday;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), Day(2025, 7, 12));
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPresent), Day(2025, 7, 12));
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kFuture), Day(2025, 7, 19));
  m.shift = Shift::kLast;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kFuture), Day(2025, 7, 5));
  m.shift = Shift::kNext;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), Day(2025, 7, 19));
}

TEST(DateResolverTest, ExplicitDateIgnoresTenseAndRejectsImpossibleDays) {
  DateMention m = Mention(MentionKind::kDate);
  m.year = 2024, m.month = 2, m.day = 29;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kFuture), Day(2024, 2, 29));
  m.year = 2023;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), std::nullopt);
  m.year = 0, m.month = 13;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), std::nullopt);
  m.month = 4, m.day = 31;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), std::nullopt);
}

TEST(DateResolverTest, PrecisionsAreNormalised) {
  DateMention m = Mention(MentionKind::kMonth);
  m.month = 3, m.year = 2020;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), (ResolvedDate{{2020, 3, 1}, DatePrecision::kMonth}));
  m = Mention(MentionKind::kYear);
  m.year = 1999;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), (ResolvedDate{{1999, 1, 1}, DatePrecision::kYear}));
  m = Mention(MentionKind::kRelativeWeeks);
  m.offset = 0;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), (ResolvedDate{{2025, 7, 7}, DatePrecision::kWeek}));
}

TEST(DateResolverTest, SeasonsResolveToYears) {
  DateMention m = Mention(MentionKind::kSeason);
  m.season = Season::kAutumn;
  m.shift = Shift::kLast;
  // Autumn ends in November: in December it is "last autumn" already.
  EXPECT_EQ(ResolveDateMention(m, {2025, 11, 30}, Tense::kPast)->date.year, 2024);
  EXPECT_EQ(ResolveDateMention(m, {2025, 12, 1}, Tense::kPast)->date.year, 2025);
  m.shift = Shift::kNext;
  EXPECT_EQ(ResolveDateMention(m, {2025, 8, 31}, Tense::kPast)->date.year, 2025);
  EXPECT_EQ(ResolveDateMention(m, {2025, 9, 1}, Tense::kPast)->date.year, 2026);
  m.shift = Shift::kNearest;
  EXPECT_EQ(ResolveDateMention(m, {2025, 1, 1}, Tense::kFuture),
            (ResolvedDate{{2025, 1, 1}, DatePrecision::kYear}));
}

TEST(DateResolverTest, ResultsOutsideTheCalendarAreNullopt) {
  DateMention m = Mention(MentionKind::kRelativeDays);
  m.offset = INT64_MIN;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), std::nullopt);
  m.kind = MentionKind::kRelativeWeeks;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), std::nullopt);
  m.kind = MentionKind::kRelativeMonths;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), std::nullopt);
  m.kind = MentionKind::kRelativeYears;
  EXPECT_EQ(ResolveDateMention(m, kSaturday, Tense::kPast), std::nullopt);
  m = Mention(MentionKind::kMonth);
  m.month = 12;
  EXPECT_EQ(ResolveDateMention(m, {1, 1, 1}, Tense::kPast), std::nullopt);
  m = Mention(MentionKind::kDate);
  m.month = 2, m.day = 29;
  EXPECT_EQ(ResolveDateMention(m, {kMaxYear, 3, 1}, Tense::kFuture), std::nullopt);
  m = Mention(MentionKind::kWeekday);
  m.weekday = Weekday::kSunday;
  EXPECT_EQ(ResolveDateMention(m, {1, 1, 1}, Tense::kPast), std::nullopt);  // a Monday
}

TEST(DateResolverTest, Formatting) {
  EXPECT_EQ(ToString(ResolvedDate{{2025, 7, 12}, DatePrecision::kDay}), "2025-07-12/day");
  EXPECT_STREQ(PrecisionName(DatePrecision::kWeek), "week");
}

}  // namespace
}  // namespace dyad
