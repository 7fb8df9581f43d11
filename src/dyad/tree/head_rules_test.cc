#include "dyad/tree/head_rules.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "dyad/tree/treebank_reader.h"

namespace dyad {
namespace {

// The word heading the first node (pre-order) whose label is `label`.
std::string HeadOf(std::string_view parse, std::string_view label) {
  Result<ParseTree> t = ReadTreebankParse(parse);
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  if (!t.ok()) return "";
  int best = -1;
  for (int n = 0; n < t->node_count(); ++n) {
    if (t->label(n) != label) continue;
    // Post-order: an ancestor comes after its descendants, but it also starts
    // no later; the first in pre-order is the one with the smallest start and,
    // among those, the largest index.
    if (best < 0 || t->node(n).token_begin < t->node(best).token_begin ||
        (t->node(n).token_begin == t->node(best).token_begin && n > best)) {
      best = n;
    }
  }
  EXPECT_GE(best, 0) << "no " << label;
  return best < 0 ? "" : std::string(t->word(t->head_token(best)));
}

TEST(HeadRules, Classification) {
  EXPECT_EQ(ClassifyCategory("NP"), HeadCategory::kNp);
  EXPECT_EQ(ClassifyCategory("WP$"), HeadCategory::kWpPoss);
  EXPECT_EQ(ClassifyCategory("-LRB-"), HeadCategory::kLrb);
  EXPECT_EQ(ClassifyCategory("TOP"), HeadCategory::kRoot);
  EXPECT_EQ(ClassifyCategory("np"), HeadCategory::kOther);
  EXPECT_EQ(ClassifyCategory("NP-SBJ"), HeadCategory::kOther);  // callers pass the bare category
  EXPECT_EQ(ClassifyCategory(""), HeadCategory::kOther);
}

TEST(HeadRules, ClauseIsHeadedByItsVerbPhrase) {
  constexpr std::string_view kParse =
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))";
  EXPECT_EQ(HeadOf(kParse, "ROOT"), "attacked");
  EXPECT_EQ(HeadOf(kParse, "S"), "attacked");
  EXPECT_EQ(HeadOf(kParse, "VP"), "attacked");
}

TEST(HeadRules, NounPhrases) {
  EXPECT_EQ(HeadOf("(NP (DT the) (JJ new) (NN embassy))", "NP"), "embassy");
  EXPECT_EQ(HeadOf("(NP (NNP US) (NNP Deputy) (NNP Secretary) (NNP Kupfer))", "NP"), "Kupfer");
  // Possessive: the POS is the head of the possessor phrase.
  EXPECT_EQ(HeadOf("(NP (NP (DT the) (NN town) (POS 's)) (NN fisherfolk))", "NP"), "fisherfolk");
  EXPECT_EQ(HeadOf("(ROOT (NP (DT the) (NN town) (POS 's)))", "NP"), "'s");
  // No noun: the leftmost NP child; then the number.
  EXPECT_EQ(HeadOf("(NP (NP (NNP Arnor)) (, ,) (NP (DT a) (NN kingdom)))", "NP"), "Arnor");
  EXPECT_EQ(HeadOf("(NP (DT all) (CD five))", "NP"), "five");
  // Trailing punctuation is not a head.
  EXPECT_EQ(HeadOf("(NP (DT the) (NN army) (. .))", "NP"), "army");
}

TEST(HeadRules, OtherPhrases) {
  EXPECT_EQ(HeadOf("(PP (IN with) (NP (NNP Gondor)))", "PP"), "with");
  EXPECT_EQ(HeadOf("(PP (ADVP (RB especially)) (IN by) (S (VP (VBG promoting))))", "PP"), "by");
  EXPECT_EQ(HeadOf("(SBAR (IN after) (S (NP (NNS crowds)) (VP (VBD trashed))))", "SBAR"), "after");
  EXPECT_EQ(HeadOf("(SBAR (WHNP (WDT which)) (S (VP (MD will) (VP (VB test)))))", "SBAR"), "which");
  // Auxiliaries head their verb phrase, as in Collins's table.
  EXPECT_EQ(HeadOf("(VP (VBZ is) (VP (VBN expected)))", "VP"), "is");
  EXPECT_EQ(HeadOf("(VP (TO to) (VP (VB restore)))", "VP"), "to");
  EXPECT_EQ(HeadOf("(ADJP (RB very) (JJ angry))", "ADJP"), "angry");
  EXPECT_EQ(HeadOf("(ADVP (RB almost) (RB never))", "ADVP"), "never");
  EXPECT_EQ(HeadOf("(QP (RB about) (CD 20))", "QP"), "about");
  EXPECT_EQ(HeadOf("(PRT (RP off))", "PRT"), "off");
  // Unknown phrase labels take their leftmost child that is not punctuation.
  EXPECT_EQ(HeadOf("(ROOT (XYZ (, ,) (NN a) (NN b)))", "XYZ"), "a");
}

TEST(HeadRules, HeadChildIsFoundOnRequest) {
  Result<ParseTree> t = ReadTreebankParse("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))");
  ASSERT_TRUE(t.ok());
  int s = t->children(t->root())[0];
  int vp = t->children(s)[1];
  EXPECT_EQ(t->head_child(s), vp);
  EXPECT_EQ(t->head_child(t->root()), s);
  EXPECT_EQ(t->head_child(t->token(0).node), -1);
}

}  // namespace
}  // namespace dyad
