#include "dyad/when/tense_cues.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace dyad {
namespace {

// The tense around the first occurrence of the token `expression` in `text`
// (the expression is one token long here).
Tense TenseOf(std::string_view text, std::string_view expression) {
  TokenizedText tokens;
  EXPECT_TRUE(Tokenize(text, &tokens).ok());
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens.Text(tokens[i]) == expression) return TenseAround(tokens, 0, tokens.size(), i, i + 1);
  }
  ADD_FAILURE() << "no token " << expression << " in " << text;
  return Tense::kPast;
}

TEST(TenseCuesTest, ModalsAndPlansMakeTheFuture) {
  EXPECT_EQ(TenseOf("The envoy will visit on Monday.", "Monday"), Tense::kFuture);
  EXPECT_EQ(TenseOf("He'll visit on Monday.", "Monday"), Tense::kFuture);
  EXPECT_EQ(TenseOf("On Monday the envoy will visit Kabul.", "Monday"), Tense::kFuture);
  EXPECT_EQ(TenseOf("The envoy is due to arrive on Monday.", "Monday"), Tense::kFuture);
  EXPECT_EQ(TenseOf("The envoy is to visit Kabul on Monday.", "Monday"), Tense::kFuture);
  EXPECT_EQ(TenseOf("Talks are set to resume on Monday.", "Monday"), Tense::kFuture);
  EXPECT_EQ(TenseOf("Talks are scheduled for Monday.", "Monday"), Tense::kFuture);
  EXPECT_EQ(TenseOf("Rebels plan to attack on Monday.", "Monday"), Tense::kFuture);
  EXPECT_EQ(TenseOf("Rebels won't attack on Monday.", "Monday"), Tense::kFuture);
}

TEST(TenseCuesTest, NextAndTomorrowInsideTheExpression) {
  TokenizedText tokens;
  ASSERT_TRUE(Tokenize("Talks began next week.", &tokens).ok());
  EXPECT_EQ(TenseAround(tokens, 0, tokens.size(), 2, 4), Tense::kFuture);
  EXPECT_EQ(TenseOf("Talks begin tomorrow.", "tomorrow"), Tense::kFuture);
}

TEST(TenseCuesTest, PastAndPresentAreNotFuture) {
  EXPECT_EQ(TenseOf("The envoy visited Kabul on Monday.", "Monday"), Tense::kPast);
  EXPECT_EQ(TenseOf("The envoy visits Kabul on Monday.", "Monday"), Tense::kPast);
  EXPECT_EQ(TenseOf("The match was cancelled due to rain on Monday.", "Monday"), Tense::kPast);
  EXPECT_EQ(TenseOf("Troops were sent to the border on Monday.", "Monday"), Tense::kPast);
}

TEST(TenseCuesTest, CuesDoNotCrossClauseBoundaries) {
  EXPECT_EQ(TenseOf("Officials said on Monday the envoy will visit.", "Monday"), Tense::kPast);
  EXPECT_EQ(TenseOf("He will go. Talks ended on Monday.", "Monday"), Tense::kPast);
  EXPECT_EQ(TenseOf("Talks ended on Monday; he will go.", "Monday"), Tense::kPast);
  EXPECT_EQ(TenseOf("WASHINGTON, March (Reuters) - The US will act.", "March"), Tense::kPast);
}

TEST(TenseCuesTest, CuesBeyondTheWindowOrRangeAreIgnored) {
  EXPECT_EQ(TenseOf("The envoy will then go on to visit the old border town on Monday.", "Monday"),
            Tense::kPast);  // "will" is nine tokens back
  TokenizedText tokens;
  ASSERT_TRUE(Tokenize("He will visit on Monday.", &tokens).ok());
  EXPECT_EQ(TenseAround(tokens, 2, tokens.size(), 4, 5), Tense::kPast);
}

}  // namespace
}  // namespace dyad
