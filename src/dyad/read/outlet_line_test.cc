#include "dyad/read/outlet_line.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dyad {
namespace {

using ::testing::HasSubstr;

OutletLine MustParse(std::string_view line, DateOrder order = DateOrder::kUnknown) {
  std::optional<OutletLine> parsed = ParseOutletLine(line, order);
  EXPECT_TRUE(parsed.has_value()) << line;
  return parsed.value_or(OutletLine());
}

std::string Date(const OutletLine& line) { return line.date ? line.date->date.ToString() : "none"; }

TEST(ParseOutletLine, OutletPublishedDate) {
  OutletLine l = MustParse("AFP Published 12 Jul, 2025 05:56pm");
  EXPECT_EQ(l.outlet, "AFP");
  EXPECT_EQ(Date(l), "2025-07-12");
  EXPECT_EQ(l.date->TimeString(), "17:56:00");
  EXPECT_FALSE(l.updated);
}

TEST(ParseOutletLine, OutletDotSeparatedDate) {
  OutletLine l = MustParse("Reuters \xC2\xB7 July 12, 2025");
  EXPECT_EQ(l.outlet, "Reuters");
  EXPECT_EQ(Date(l), "2025-07-12");
}

TEST(ParseOutletLine, KeywordWithColonAndIso) {
  OutletLine l = MustParse("Published: 2025-07-12T17:56:00Z");
  EXPECT_EQ(l.outlet, "");
  EXPECT_EQ(Date(l), "2025-07-12");
  EXPECT_EQ(l.date->zone, "Z");
}

TEST(ParseOutletLine, BareDateLines) {
  EXPECT_EQ(Date(MustParse("July 12, 2025 5:56 PM EDT")), "2025-07-12");
  EXPECT_EQ(Date(MustParse("12/07/2025", DateOrder::kDayFirst)), "2025-07-12");
  EXPECT_EQ(Date(MustParse("12/07/2025", DateOrder::kMonthFirst)), "2025-12-07");
}

TEST(ParseOutletLine, OutletOnTheLineDecidesNumericOrder) {
  EXPECT_EQ(Date(MustParse("Dawn | 12/07/2025")), "2025-07-12");
  EXPECT_EQ(Date(MustParse("AP | 12/07/2025")), "2025-12-07");
  // The date comes before the outlet's name and is still read its way.
  EXPECT_EQ(Date(MustParse("12/07/2025 | AP")), "2025-12-07");
}

TEST(ParseOutletLine, AmbiguousDateIsAProblemNotADate) {
  OutletLine l = MustParse("Published 12/07/2025");
  EXPECT_FALSE(l.date.has_value());
  EXPECT_THAT(l.date_problem, HasSubstr("ambiguous"));
}

TEST(ParseOutletLine, UpdatedLines) {
  OutletLine l = MustParse("Updated 13 Jul, 2025 08:10am");
  EXPECT_TRUE(l.updated);
  EXPECT_EQ(Date(l), "2025-07-13");
  OutletLine both = MustParse("Published July 12, 2025 | Last updated July 13, 2025");
  EXPECT_EQ(Date(both), "2025-07-12");
  EXPECT_FALSE(both.updated);
  OutletLine reversed = MustParse("Last updated July 13, 2025 | First published July 12, 2025");
  EXPECT_EQ(Date(reversed), "2025-07-12");
  EXPECT_FALSE(reversed.updated);
}

TEST(ParseOutletLine, SeveralKeywordsInOnePiece) {
  OutletLine l = MustParse("Published July 12, 2025 Updated July 13, 2025 10:15am");
  EXPECT_EQ(Date(l), "2025-07-12");
  EXPECT_FALSE(l.updated);
  EXPECT_EQ(Date(MustParse("Published On 12 Jul 2025")), "2025-07-12");
}

TEST(ParseOutletLine, RelativeTimesAreProblems) {
  OutletLine l = MustParse("Updated 2 hours ago");
  EXPECT_FALSE(l.date.has_value());
  EXPECT_THAT(l.date_problem, HasSubstr("relative time"));
}

TEST(ParseOutletLine, Bylines) {
  OutletLine l = MustParse("By Jane Doe, Reuters");
  EXPECT_EQ(l.author, "Jane Doe");
  EXPECT_EQ(l.outlet, "Reuters");
  OutletLine dated = MustParse("By Jane Doe and John Roe | AP | July 12, 2025");
  EXPECT_EQ(dated.author, "Jane Doe and John Roe");
  EXPECT_EQ(dated.outlet, "AP");
  EXPECT_EQ(Date(dated), "2025-07-12");
  EXPECT_EQ(MustParse("By Jane Doe, Staff Writer").author, "Jane Doe");
}

TEST(ParseOutletLine, ImpossibleDateIsReported) {
  OutletLine l = MustParse("AFP Published 31 Feb, 2025 05:56pm");
  EXPECT_EQ(l.outlet, "AFP");
  EXPECT_FALSE(l.date.has_value());
  EXPECT_THAT(l.date_problem, HasSubstr("no day 31"));
}

TEST(ParseOutletLine, BodyTextIsNotAnOutletLine) {
  for (std::string_view line :
       {"By noon, the troops had left the town and the roads were open again.",
        "The report was published on July 12, 2025.", "North Korea", "Russia, North Korea foreign ministers meet",
        "MOSCOW: Russia's foreign minister met the North Korean leader on Saturday.", "Jane Doe", "",
        "Lavrov met Kim - the second visit this year", "5 things to know about the summit",
        "40 drones shot down overnight", "May Day rallies turn violent", "2025 budget passes",
        "Published in 2019, the report found that exports fell.", "Updated figures are due next week."}) {
    EXPECT_FALSE(ParseOutletLine(line, DateOrder::kDayFirst).has_value()) << line;
  }
}

TEST(ParseOutletLine, KnownOutletAloneIsAnOutletLine) {
  EXPECT_EQ(MustParse("Reuters").outlet, "Reuters");
}

}  // namespace
}  // namespace dyad
