#include "dyad/when/date_expression.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Publication day of most tests: Wednesday 16 July 2025.
constexpr CivilDate kWednesday{2025, 7, 16};

struct Options {
  CivilDate publication = kWednesday;
  NumericDateOrder order = NumericDateOrder::kUnknown;
  std::optional<Tense> tense = std::nullopt;
};

// Each expression as "source span = YYYY-MM-DD/precision".
std::vector<std::string> Dates(std::string_view text, const Options& o = {}) {
  TokenizedText tokens;
  EXPECT_TRUE(Tokenize(text, &tokens).ok());
  DateExpressionOptions options;
  options.publication = o.publication;
  options.numeric_order = o.order;
  options.tense = o.tense;
  Result<std::vector<DateExpression>> found = FindDateExpressions(tokens, 0, tokens.size(), options);
  EXPECT_TRUE(found.ok()) << found.status().ToString();
  std::vector<std::string> out;
  if (!found.ok()) return out;
  for (const DateExpression& e : *found) {
    out.push_back(std::string(text.substr(e.begin, e.end - e.begin)) + " = " + ToString(e.value));
  }
  return out;
}

std::vector<std::string> Dates(std::string_view text, CivilDate publication) {
  return Dates(text, Options{.publication = publication});
}

TEST(DateExpressionTest, HeaderExampleHolds) {
  TokenizedText tokens;
  ASSERT_TRUE(Tokenize("Rebels attacked the base on Saturday night.", &tokens).ok());
  DateExpressionOptions options;
  options.publication = {2025, 7, 14};
  Result<std::vector<DateExpression>> found = FindDateExpressions(tokens, 0, tokens.size(), options);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].first_token, 4u);
  EXPECT_EQ((*found)[0].end_token, 7u);
  EXPECT_EQ((*found)[0].value, (ResolvedDate{{2025, 7, 12}, DatePrecision::kDay}));
  EXPECT_EQ((*found)[0].tense, Tense::kPast);
}

// --- explicit dates -------------------------------------------------------

TEST(DateExpressionTest, ExplicitDatesWithYear) {
  EXPECT_THAT(Dates("Talks ended on July 12, 2025 in Doha."), ElementsAre("on July 12, 2025 = 2025-07-12/day"));
  EXPECT_THAT(Dates("Talks ended July 12 2025."), ElementsAre("July 12 2025 = 2025-07-12/day"));
  EXPECT_THAT(Dates("Talks ended on 12 July 2025."), ElementsAre("on 12 July 2025 = 2025-07-12/day"));
  EXPECT_THAT(Dates("Talks ended on 12th July, 2025."), ElementsAre("on 12th July, 2025 = 2025-07-12/day"));
  EXPECT_THAT(Dates("Talks ended Jan. 3, 2024."), ElementsAre("Jan. 3, 2024 = 2024-01-03/day"));
  EXPECT_THAT(Dates("Signed on 2025-07-12."), ElementsAre("on 2025-07-12 = 2025-07-12/day"));
  EXPECT_THAT(Dates("Signed on 12.07.2025.", Options{.order = NumericDateOrder::kDayFirst}),
              ElementsAre("on 12.07.2025 = 2025-07-12/day"));
}

TEST(DateExpressionTest, ExplicitDatesWithoutYearTakeTheLatestNotAfterPublication) {
  EXPECT_THAT(Dates("Talks ended on 12 July."), ElementsAre("on 12 July = 2025-07-12/day"));
  EXPECT_THAT(Dates("Talks ended July 12."), ElementsAre("July 12 = 2025-07-12/day"));
  EXPECT_THAT(Dates("Talks ended July 16."), ElementsAre("July 16 = 2025-07-16/day"));
  EXPECT_THAT(Dates("Talks ended July 17."), ElementsAre("July 17 = 2024-07-17/day"));
  EXPECT_THAT(Dates("Talks ended Dec. 30.", CivilDate{2026, 1, 5}), ElementsAre("Dec. 30 = 2025-12-30/day"));
}

TEST(DateExpressionTest, ExplicitDatesWithoutYearInTheFutureTakeTheNextOne) {
  EXPECT_THAT(Dates("Talks will resume on July 12."), ElementsAre("on July 12 = 2026-07-12/day"));
  EXPECT_THAT(Dates("Talks will resume on July 20."), ElementsAre("on July 20 = 2025-07-20/day"));
  EXPECT_THAT(Dates("Talks will resume on January 4.", CivilDate{2025, 12, 30}),
              ElementsAre("on January 4 = 2026-01-04/day"));
}

TEST(DateExpressionTest, LeapDays) {
  EXPECT_THAT(Dates("It happened on Feb. 29, 2024."), ElementsAre("on Feb. 29, 2024 = 2024-02-29/day"));
  // No 29 February in 2025: not a date at all.
  EXPECT_THAT(Dates("It happened on February 29, 2025."), IsEmpty());
  // Without a year, the latest 29 February on or before publication.
  EXPECT_THAT(Dates("It happened on February 29."), ElementsAre("on February 29 = 2024-02-29/day"));
  EXPECT_THAT(Dates("It happened on February 29.", CivilDate{2024, 2, 28}),
              ElementsAre("on February 29 = 2020-02-29/day"));
  EXPECT_THAT(Dates("It will happen on February 29.", Options{.publication = {2097, 3, 1}}),
              ElementsAre("on February 29 = 2104-02-29/day"));  // 2100 is no leap year
  EXPECT_THAT(Dates("It happened yesterday.", CivilDate{2024, 3, 1}), ElementsAre("yesterday = 2024-02-29/day"));
  EXPECT_THAT(Dates("It happened on 29/02/2023."), IsEmpty());
}

TEST(DateExpressionTest, InvalidDaysAreNotDates) {
  EXPECT_THAT(Dates("It happened on April 31."), IsEmpty());
  EXPECT_THAT(Dates("It happened on 2025-13-01."), IsEmpty());
  EXPECT_THAT(Dates("It happened on 2025-02-30."), IsEmpty());
}

TEST(DateExpressionTest, WeekdayFollowedByItsDateTakesTheDate) {
  EXPECT_THAT(Dates("It happened on Saturday, July 12."), ElementsAre("on Saturday, July 12 = 2025-07-12/day"));
  // The written date wins over a contradicting weekday.
  EXPECT_THAT(Dates("It happened Friday, 12 July 2025."), ElementsAre("Friday, 12 July 2025 = 2025-07-12/day"));
}

// --- numeric dates and the locale ------------------------------------------

TEST(DateExpressionTest, SlashDatesFollowTheLocale) {
  const Options day_first{.order = NumericDateOrder::kDayFirst};
  const Options month_first{.order = NumericDateOrder::kMonthFirst};
  EXPECT_THAT(Dates("Signed on 12/07/2025.", day_first), ElementsAre("on 12/07/2025 = 2025-07-12/day"));
  EXPECT_THAT(Dates("Signed on 12/07/2025.", month_first), ElementsAre("on 12/07/2025 = 2025-12-07/day"));
  EXPECT_THAT(Dates("Signed on 5/4.", day_first), ElementsAre("on 5/4 = 2025-04-05/day"));
  EXPECT_THAT(Dates("Signed on 5/4.", month_first), ElementsAre("on 5/4 = 2025-05-04/day"));
  EXPECT_THAT(Dates("Signed on 2025/07/12."), ElementsAre("on 2025/07/12 = 2025-07-12/day"));
  EXPECT_THAT(Dates("Signed on 12-07-2025.", month_first), ElementsAre("on 12-07-2025 = 2025-12-07/day"));
}

TEST(DateExpressionTest, SlashDatesWithoutLocaleOnlyWhenUnambiguous) {
  EXPECT_THAT(Dates("Signed on 25/12/2024."), ElementsAre("on 25/12/2024 = 2024-12-25/day"));
  EXPECT_THAT(Dates("Signed on 12/25/2024."), ElementsAre("on 12/25/2024 = 2024-12-25/day"));
  EXPECT_THAT(Dates("Signed on 7/7/2024."), ElementsAre("on 7/7/2024 = 2024-07-07/day"));
  EXPECT_THAT(Dates("Signed on 12/07/2025."), IsEmpty());
  EXPECT_THAT(Dates("Signed on 5/4."), IsEmpty());
}

TEST(DateExpressionTest, VoteCountsAreNotDates) {
  const Options day_first{.order = NumericDateOrder::kDayFirst};
  EXPECT_THAT(Dates("The council voted 12/7 to approve it."), IsEmpty());
  EXPECT_THAT(Dates("The council voted 12/7 to approve it.", day_first), IsEmpty());
  EXPECT_THAT(Dates("Signed on 12 / 7.", day_first), IsEmpty());  // spaced: not a date
  EXPECT_THAT(Dates("The ratio was 1/2/3/4.", day_first), IsEmpty());
  EXPECT_THAT(Dates("Signed on 5/4/25.", day_first), IsEmpty());  // two-digit years unsupported
}

// --- weekdays ---------------------------------------------------------------

TEST(DateExpressionTest, WeekdaysInThePastTakeTheLatestNotAfterPublication) {
  EXPECT_THAT(Dates("Rebels attacked on Saturday."), ElementsAre("on Saturday = 2025-07-12/day"));
  EXPECT_THAT(Dates("Officials said Monday that ..."), ElementsAre("Monday = 2025-07-14/day"));
  EXPECT_THAT(Dates("Rebels attacked on Wednesday."), ElementsAre("on Wednesday = 2025-07-16/day"));
  EXPECT_THAT(Dates("Rebels attacked on Thursday."), ElementsAre("on Thursday = 2025-07-10/day"));
}

TEST(DateExpressionTest, LastAndNextWeekday) {
  EXPECT_THAT(Dates("Rebels attacked last Saturday."), ElementsAre("last Saturday = 2025-07-12/day"));
  EXPECT_THAT(Dates("Rebels attacked last Wednesday."), ElementsAre("last Wednesday = 2025-07-09/day"));
  EXPECT_THAT(Dates("Talks open next Monday."), ElementsAre("next Monday = 2025-07-21/day"));
  EXPECT_THAT(Dates("Talks open next Wednesday."), ElementsAre("next Wednesday = 2025-07-23/day"));
}

TEST(DateExpressionTest, FutureTenseTakesTheNextWeekday) {
  EXPECT_THAT(Dates("The envoy will visit on Monday."), ElementsAre("on Monday = 2025-07-21/day"));
  EXPECT_THAT(Dates("The envoy is due to arrive on Friday."), ElementsAre("on Friday = 2025-07-18/day"));
  EXPECT_THAT(Dates("On Monday, the envoy will visit Kabul."), ElementsAre("On Monday = 2025-07-21/day"));
  // Same weekday as publication: an event later today would be "today".
  EXPECT_THAT(Dates("The envoy will visit on Wednesday."), ElementsAre("on Wednesday = 2025-07-23/day"));
  EXPECT_THAT(Dates("The envoy visited on Monday."), ElementsAre("on Monday = 2025-07-14/day"));
  // The caller's hint overrides the cues.
  EXPECT_THAT(Dates("The envoy visits on Monday.", Options{.tense = Tense::kFuture}),
              ElementsAre("on Monday = 2025-07-21/day"));
  EXPECT_THAT(Dates("The envoy will visit on Monday.", Options{.tense = Tense::kPast}),
              ElementsAre("on Monday = 2025-07-14/day"));
}

TEST(DateExpressionTest, WeekdayVariants) {
  EXPECT_THAT(Dates("Shelling resumed on Saturday night."), ElementsAre("on Saturday night = 2025-07-12/day"));
  EXPECT_THAT(Dates("Saturday's meeting was cancelled."), ElementsAre("Saturday's = 2025-07-12/day"));
  EXPECT_THAT(Dates("Shelling resumed earlier on Saturday."), ElementsAre("earlier on Saturday = 2025-07-12/day"));
  EXPECT_THAT(Dates("Shelling resumed late on Sunday."), ElementsAre("late on Sunday = 2025-07-13/day"));
}

TEST(DateExpressionTest, WeekdaysInsideNamesAreNotDates) {
  EXPECT_THAT(Dates("The Sunday Times reported the raid."), IsEmpty());
  EXPECT_THAT(Dates("Marchers recalled Bloody Sunday in Derry."), IsEmpty());
  EXPECT_THAT(Dates("He told USA Today about it."), IsEmpty());
  EXPECT_THAT(Dates("The Sunday Morning Herald reported it."), IsEmpty());
  EXPECT_THAT(Dates("Police said Saturday Night Live was off air."), IsEmpty());
  EXPECT_THAT(Dates("The Sunday Times reported on Friday that ..."), ElementsAre("on Friday = 2025-07-11/day"));
}

// --- relative days, weeks, months, years ----------------------------------

TEST(DateExpressionTest, RelativeDays) {
  EXPECT_THAT(Dates("It happened yesterday."), ElementsAre("yesterday = 2025-07-15/day"));
  EXPECT_THAT(Dates("It happens today."), ElementsAre("today = 2025-07-16/day"));
  EXPECT_THAT(Dates("It happens tonight."), ElementsAre("tonight = 2025-07-16/day"));
  EXPECT_THAT(Dates("It happens tomorrow."), ElementsAre("tomorrow = 2025-07-17/day"));
  EXPECT_THAT(Dates("It happened last night."), ElementsAre("last night = 2025-07-15/day"));
  EXPECT_THAT(Dates("It happened this morning."), ElementsAre("this morning = 2025-07-16/day"));
  EXPECT_THAT(Dates("Today, rebels attacked."), ElementsAre("Today = 2025-07-16/day"));
}

TEST(DateExpressionTest, RelativeDaysAcrossYearBoundaries) {
  EXPECT_THAT(Dates("It happened yesterday.", CivilDate{2026, 1, 1}), ElementsAre("yesterday = 2025-12-31/day"));
  EXPECT_THAT(Dates("It happens tomorrow.", CivilDate{2025, 12, 31}), ElementsAre("tomorrow = 2026-01-01/day"));
}

TEST(DateExpressionTest, AgoExpressions) {
  EXPECT_THAT(Dates("It happened two days ago."), ElementsAre("two days ago = 2025-07-14/day"));
  EXPECT_THAT(Dates("It happened 10 days ago."), ElementsAre("10 days ago = 2025-07-06/day"));
  EXPECT_THAT(Dates("It happened a day ago."), ElementsAre("a day ago = 2025-07-15/day"));
  // Weeks keep week precision, dated on the Monday of that week.
  EXPECT_THAT(Dates("It happened three weeks ago."), ElementsAre("three weeks ago = 2025-06-23/week"));
  EXPECT_THAT(Dates("It happened two months ago."), ElementsAre("two months ago = 2025-05-01/month"));
  EXPECT_THAT(Dates("It happened a year ago."), ElementsAre("a year ago = 2024-01-01/year"));
  EXPECT_THAT(Dates("It happened an hour ago."), IsEmpty());
  EXPECT_THAT(Dates("It happened 0 days ago."), IsEmpty());
}

TEST(DateExpressionTest, WeeksAreDatedOnTheirMonday) {
  EXPECT_THAT(Dates("Talks began this week."), ElementsAre("this week = 2025-07-14/week"));
  EXPECT_THAT(Dates("Talks began last week."), ElementsAre("last week = 2025-07-07/week"));
  EXPECT_THAT(Dates("Talks begin next week."), ElementsAre("next week = 2025-07-21/week"));
  // The week of Thursday 1 January 2026 starts in 2025.
  EXPECT_THAT(Dates("Talks began this week.", CivilDate{2026, 1, 1}), ElementsAre("this week = 2025-12-29/week"));
}

TEST(DateExpressionTest, Months) {
  EXPECT_THAT(Dates("Prices rose this month."), ElementsAre("this month = 2025-07-01/month"));
  EXPECT_THAT(Dates("Prices rose earlier this month."), ElementsAre("earlier this month = 2025-07-01/month"));
  EXPECT_THAT(Dates("Prices rose last month."), ElementsAre("last month = 2025-06-01/month"));
  EXPECT_THAT(Dates("Prices rose late last month."), ElementsAre("late last month = 2025-06-01/month"));
  EXPECT_THAT(Dates("Prices will rise next month."), ElementsAre("next month = 2025-08-01/month"));
  EXPECT_THAT(Dates("Prices rose last month.", CivilDate{2026, 1, 5}), ElementsAre("last month = 2025-12-01/month"));
}

TEST(DateExpressionTest, Years) {
  EXPECT_THAT(Dates("Prices rose this year."), ElementsAre("this year = 2025-01-01/year"));
  EXPECT_THAT(Dates("Prices rose last year."), ElementsAre("last year = 2024-01-01/year"));
  EXPECT_THAT(Dates("Prices rose last year.", CivilDate{2026, 1, 1}), ElementsAre("last year = 2025-01-01/year"));
  EXPECT_THAT(Dates("Prices will rise next year."), ElementsAre("next year = 2026-01-01/year"));
  EXPECT_THAT(Dates("Prices rose in 2023."), ElementsAre("in 2023 = 2023-01-01/year"));
  EXPECT_THAT(Dates("Prices rose in late 2023."), ElementsAre("in late 2023 = 2023-01-01/year"));
  EXPECT_THAT(Dates("Prices rose in mid-2023."), ElementsAre("in mid-2023 = 2023-01-01/year"));
  EXPECT_THAT(Dates("Last year's vote was close."), ElementsAre("Last year's = 2024-01-01/year"));
}

TEST(DateExpressionTest, MonthNames) {
  EXPECT_THAT(Dates("Talks resumed in April."), ElementsAre("in April = 2025-04-01/month"));
  EXPECT_THAT(Dates("Talks resumed in July."), ElementsAre("in July = 2025-07-01/month"));
  EXPECT_THAT(Dates("Talks resumed in August."), ElementsAre("in August = 2024-08-01/month"));
  EXPECT_THAT(Dates("Talks will resume in April."), ElementsAre("in April = 2026-04-01/month"));
  EXPECT_THAT(Dates("Talks will resume in July."), ElementsAre("in July = 2025-07-01/month"));
  EXPECT_THAT(Dates("Talks resumed in April 2023."), ElementsAre("in April 2023 = 2023-04-01/month"));
  EXPECT_THAT(Dates("Talks resumed April 2023."), ElementsAre("April 2023 = 2023-04-01/month"));
  EXPECT_THAT(Dates("Talks resumed in mid-March."), ElementsAre("in mid-March = 2025-03-01/month"));
  EXPECT_THAT(Dates("Talks resumed last May."), ElementsAre("last May = 2025-05-01/month"));
  EXPECT_THAT(Dates("Talks resumed last July."), ElementsAre("last July = 2024-07-01/month"));
  EXPECT_THAT(Dates("Talks resume next July."), ElementsAre("next July = 2026-07-01/month"));
  EXPECT_THAT(Dates("April's vote was close."), ElementsAre("April's = 2025-04-01/month"));
}

TEST(DateExpressionTest, MonthNamesAcrossTheYearBoundary) {
  const CivilDate january{2026, 1, 5};
  EXPECT_THAT(Dates("Talks resumed in December.", january), ElementsAre("in December = 2025-12-01/month"));
  EXPECT_THAT(Dates("Talks resumed in January.", january), ElementsAre("in January = 2026-01-01/month"));
  EXPECT_THAT(Dates("Talks will resume in December.", january), ElementsAre("in December = 2026-12-01/month"));
}

TEST(DateExpressionTest, SinceAndOtherRelations) {
  TokenizedText tokens;
  ASSERT_TRUE(Tokenize("Fighting has raged since early March, and must end by 2026.", &tokens).ok());
  Result<std::vector<DateExpression>> found =
      FindDateExpressions(tokens, 0, tokens.size(), DateExpressionOptions{.publication = kWednesday});
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 2u);
  EXPECT_EQ((*found)[0].relation, DateRelation::kSince);
  EXPECT_EQ((*found)[0].part, SpanPart::kEarly);
  EXPECT_EQ((*found)[0].value, (ResolvedDate{{2025, 3, 1}, DatePrecision::kMonth}));
  EXPECT_EQ((*found)[0].first_token, 3u);
  EXPECT_EQ((*found)[0].end_token, 6u);
  EXPECT_EQ((*found)[1].relation, DateRelation::kBefore);
  EXPECT_EQ((*found)[1].value, (ResolvedDate{{2026, 1, 1}, DatePrecision::kYear}));
}

TEST(DateExpressionTest, Seasons) {
  EXPECT_THAT(Dates("Protests grew this summer."), ElementsAre("this summer = 2025-01-01/year"));
  EXPECT_THAT(Dates("Protests grew last summer."), ElementsAre("last summer = 2024-01-01/year"));
  EXPECT_THAT(Dates("Protests grew last summer.", CivilDate{2025, 10, 1}), ElementsAre("last summer = 2025-01-01/year"));
  EXPECT_THAT(Dates("Protests grew last spring."), ElementsAre("last spring = 2025-01-01/year"));
  EXPECT_THAT(Dates("Talks resume next fall."), ElementsAre("next fall = 2025-01-01/year"));
  EXPECT_THAT(Dates("Talks resume next summer."), ElementsAre("next summer = 2026-01-01/year"));
  EXPECT_THAT(Dates("Protests grew last winter."), IsEmpty());
}

// --- things that are not dates ----------------------------------------------

TEST(DateExpressionTest, WordsThatAreNotDates) {
  EXPECT_THAT(Dates("They may meet again."), IsEmpty());
  EXPECT_THAT(Dates("Troops march on the capital."), IsEmpty());
  EXPECT_THAT(Dates("May God protect us."), IsEmpty());
  EXPECT_THAT(Dates("The president sent 2025 troops."), IsEmpty());
  EXPECT_THAT(Dates("Theresa May's cabinet met."), IsEmpty());
  EXPECT_THAT(Dates("The April Fools were late."), IsEmpty());
  EXPECT_THAT(Dates("He was last seen in a car."), IsEmpty());
  EXPECT_THAT(Dates("The F-16 and 1.5 million people."), IsEmpty());
  EXPECT_THAT(Dates(""), IsEmpty());
  EXPECT_THAT(Dates("in on since by"), IsEmpty());
}

TEST(DateExpressionTest, AmbiguousMonthNamesNeedContext) {
  EXPECT_THAT(Dates("Talks resumed in May."), ElementsAre("in May = 2025-05-01/month"));
  EXPECT_THAT(Dates("Talks resumed May 5."), ElementsAre("May 5 = 2025-05-05/day"));
  EXPECT_THAT(Dates("Troops march in March."), ElementsAre("in March = 2025-03-01/month"));
  EXPECT_THAT(Dates("Talks resumed on 3 March."), ElementsAre("on 3 March = 2025-03-03/day"));
}

TEST(DateExpressionTest, SeveralExpressionsInOneSentence) {
  EXPECT_THAT(Dates("Troops left on Monday, two days after the July 12 attack, police said yesterday."),
              ElementsAre("on Monday = 2025-07-14/day", "July 12 = 2025-07-12/day", "yesterday = 2025-07-15/day"));
}

TEST(DateExpressionTest, TokenRangeLimitsTheSearch) {
  TokenizedText tokens;
  ASSERT_TRUE(Tokenize("Rebels attacked on Saturday and talks resume next week.", &tokens).ok());
  DateExpressionOptions options{.publication = kWednesday};
  Result<std::vector<DateExpression>> found = FindDateExpressions(tokens, 4, tokens.size(), options);
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].first_token, 7u);
  EXPECT_EQ((*found)[0].value, (ResolvedDate{{2025, 7, 21}, DatePrecision::kWeek}));
  // A range cutting "on Saturday" in half sees only "on".
  found = FindDateExpressions(tokens, 0, 3, options);
  ASSERT_TRUE(found.ok());
  EXPECT_THAT(*found, IsEmpty());
  found = FindDateExpressions(tokens, 0, 1000, options);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->size(), 2u);
}

TEST(DateExpressionTest, InvalidPublicationDateIsAnError) {
  TokenizedText tokens;
  ASSERT_TRUE(Tokenize("It happened yesterday.", &tokens).ok());
  Result<std::vector<DateExpression>> found =
      FindDateExpressions(tokens, 0, tokens.size(), DateExpressionOptions{.publication = {2025, 2, 29}});
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(found.status().message().find("2025-02-29"), std::string::npos);
}

TEST(DateExpressionTest, ResultsAtTheEdgeOfTheCalendarAreLeftOut) {
  EXPECT_THAT(Dates("It happened yesterday.", CivilDate{1, 1, 1}), IsEmpty());
  EXPECT_THAT(Dates("It happens next year.", CivilDate{9999, 6, 1}), IsEmpty());
  EXPECT_THAT(Dates("It happened 9999 years ago.", CivilDate{2025, 6, 1}), IsEmpty());
}

// Linear work: adversarial runs of lead words and near-dates cost a bounded
// number of token looks per token.
TEST(DateExpressionTest, WorkIsLinearInTheNumberOfTokens) {
  const std::string pieces[] = {"on ", "in early ", "12 / ", "5/4/", "last ", "Saturday ", "Sunday Times ",
                                "2025 ", "12 July ", "mid- "};
  for (const std::string& piece : pieces) {
    std::string text;
    for (int i = 0; i < 2000; ++i) text += piece;
    TokenizedText tokens;
    ASSERT_TRUE(Tokenize(text, &tokens).ok());
    uint64_t work = 0;
    ASSERT_TRUE(FindDateExpressions(tokens, 0, tokens.size(),
                                    DateExpressionOptions{.publication = kWednesday,
                                                          .numeric_order = NumericDateOrder::kDayFirst},
                                    &work)
                    .ok());
    EXPECT_LE(work, kRecognizerWorkPerToken * (tokens.size() + 1)) << piece;
  }
}

}  // namespace
}  // namespace dyad
