#include "dyad/when/date_recognizer.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace dyad {
namespace {

std::vector<DateMention> Mentions(std::string_view text, NumericDateOrder order = NumericDateOrder::kUnknown) {
  TokenizedText tokens;
  EXPECT_TRUE(Tokenize(text, &tokens).ok());
  return RecognizeDateMentions(tokens, 0, tokens.size(), RecognizerOptions{order});
}

TEST(DateRecognizerTest, FieldsOfAnExplicitDate) {
  const std::vector<DateMention> m = Mentions("Signed on July 12, 2025 in Doha");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].kind, MentionKind::kDate);
  EXPECT_EQ(m[0].first_token, 1u);
  EXPECT_EQ(m[0].end_token, 6u);
  EXPECT_EQ(m[0].year, 2025);
  EXPECT_EQ(m[0].month, 7);
  EXPECT_EQ(m[0].day, 12);
  EXPECT_EQ(m[0].relation, DateRelation::kAt);
}

TEST(DateRecognizerTest, RelationsAndParts) {
  std::vector<DateMention> m = Mentions("since early March");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].kind, MentionKind::kMonth);
  EXPECT_EQ(m[0].relation, DateRelation::kSince);
  EXPECT_EQ(m[0].part, SpanPart::kEarly);
  m = Mentions("until late 2024");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].relation, DateRelation::kBefore);
  EXPECT_EQ(m[0].part, SpanPart::kLate);
  m = Mentions("after mid-May");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].relation, DateRelation::kAfter);
  EXPECT_EQ(m[0].part, SpanPart::kMid);
  EXPECT_EQ(m[0].month, 5);
  m = Mentions("late in March");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].end_token, 3u);
  EXPECT_EQ(m[0].part, SpanPart::kLate);
}

TEST(DateRecognizerTest, ShiftsAndOffsets) {
  std::vector<DateMention> m = Mentions("last Friday, next week, three months ago, this fall");
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].kind, MentionKind::kWeekday);
  EXPECT_EQ(m[0].weekday, Weekday::kFriday);
  EXPECT_EQ(m[0].shift, Shift::kLast);
  EXPECT_EQ(m[1].kind, MentionKind::kRelativeWeeks);
  EXPECT_EQ(m[1].offset, 1);
  EXPECT_EQ(m[2].kind, MentionKind::kRelativeMonths);
  EXPECT_EQ(m[2].offset, -3);
  EXPECT_EQ(m[3].kind, MentionKind::kSeason);
  EXPECT_EQ(m[3].season, Season::kAutumn);
  EXPECT_EQ(m[3].shift, Shift::kNearest);
}

TEST(DateRecognizerTest, AbbreviationsAndOrdinals) {
  std::vector<DateMention> m = Mentions("on Sept. 3rd and Dec 25 and 1st Feb");
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].month, 9);
  EXPECT_EQ(m[0].day, 3);
  EXPECT_EQ(m[1].month, 12);
  EXPECT_EQ(m[1].day, 25);
  EXPECT_EQ(m[2].month, 2);
  EXPECT_EQ(m[2].day, 1);
  // Bare abbreviations without a period are not months.
  EXPECT_TRUE(Mentions("Jan said Dec was here").empty());
}

TEST(DateRecognizerTest, LowerCaseMonthWordsAreNotMonths) {
  EXPECT_TRUE(Mentions("they may 5 times").empty());
  EXPECT_TRUE(Mentions("in may").empty());
  EXPECT_EQ(Mentions("in May").size(), 1u);
}

TEST(DateRecognizerTest, AllCapsHeadlines) {
  std::vector<DateMention> m = Mentions("REBELS ATTACK ON SATURDAY");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].weekday, Weekday::kSaturday);
  EXPECT_TRUE(Mentions("SUNDAY TIMES REPORTS").empty());
}

TEST(DateRecognizerTest, RangeIsClamped) {
  TokenizedText tokens;
  ASSERT_TRUE(Tokenize("on Saturday", &tokens).ok());
  EXPECT_EQ(RecognizeDateMentions(tokens, 0, 99, {}).size(), 1u);
  EXPECT_TRUE(RecognizeDateMentions(tokens, 5, 99, {}).empty());
  EXPECT_TRUE(RecognizeDateMentions(tokens, 1, 1, {}).empty());
}

}  // namespace
}  // namespace dyad
