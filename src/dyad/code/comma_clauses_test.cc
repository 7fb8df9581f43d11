#include "dyad/code/comma_clauses.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/code/code_test_support.h"

namespace dyad {
namespace {

using testing::Tree;

std::string Words(const ParseTree& tree, const LinearParse& p) {
  std::string out;
  for (const LinearItem& item : p.items) {
    if (item.kind != ItemKind::kWord) continue;
    if (!out.empty()) out += ' ';
    out += tree.norm(item.value);
  }
  return out;
}

std::string AfterRemoval(std::string_view penn, const CoderOptions& options) {
  ParseTree tree = Tree(penn);
  LinearParse p;
  EXPECT_TRUE(BuildLinearParse(tree, &p).ok());
  RemoveCommaClauses(tree, options, &p);
  return Words(tree, p);
}

// "Arnor restored ties with Gondor, five years after the war, officials said."
constexpr std::string_view kTwoClauses =
    "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor))) "
    "(, ,) (SBAR (NP (CD five) (NNS years)) (IN after) (S (NP (DT the) (NN war)))))) (, ,) "
    "(NP (NNS officials)) (VP (VBD said)) (. .)))";

TEST(CommaClausesTest, DefaultsRemoveInnerAndFinalClauses) {
  EXPECT_EQ(AfterRemoval(kTwoClauses, CoderOptions()), "ARNOR RESTORED TIES WITH GONDOR .");
}

TEST(CommaClausesTest, MaxZeroTurnsRemovalOff) {
  CoderOptions o;
  o.comma_max = 0;
  o.comma_emax = 0;
  EXPECT_EQ(AfterRemoval(kTwoClauses, o),
            "ARNOR RESTORED TIES WITH GONDOR , FIVE YEARS AFTER THE WAR , OFFICIALS SAID .");
}

TEST(CommaClausesTest, ClausesOutsideTheLengthRangeStay) {
  CoderOptions o;
  o.comma_min = 6;  // "five years after the war" has 5 counted words
  o.comma_emin = 3;  // "officials said" has 2
  EXPECT_EQ(AfterRemoval(kTwoClauses, o),
            "ARNOR RESTORED TIES WITH GONDOR , FIVE YEARS AFTER THE WAR , OFFICIALS SAID .");
}

TEST(CommaClausesTest, InitialClauseOnlyWhenAskedFor) {
  // The final clause (9 counted words; the compound drops its AND) is too
  // long to count as an aside.
  constexpr std::string_view kOpening =
      "(ROOT (S (PP (IN In) (NP (NNP May))) (, ,) (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ full) "
      "(JJ diplomatic) (NNS ties)) (PP (IN with) (NP (NNP Gondor) (CC and) (NNP Eriador))) (ADVP (RB again))) (. .)))";
  EXPECT_EQ(AfterRemoval(kOpening, CoderOptions()),
            "IN MAY , ARNOR RESTORED FULL DIPLOMATIC TIES WITH GONDOR ERIADOR AGAIN .");
  CoderOptions o;
  o.comma_bmin = 1;
  o.comma_bmax = 4;
  EXPECT_EQ(AfterRemoval(kOpening, o), "ARNOR RESTORED FULL DIPLOMATIC TIES WITH GONDOR ERIADOR AGAIN .");
}

TEST(CommaClausesTest, SentenceWithoutCommasIsUntouched) {
  EXPECT_EQ(AfterRemoval("(ROOT (S (NP (NNP Arnor)) (VP (VBD left)) (. .)))", CoderOptions()), "ARNOR LEFT .");
}


TEST(CommaClausesTest, ForArticlesTheMainClauseIsNeverRemoved) {
  constexpr std::string_view kOpening =
      "(ROOT (S (PP (IN On) (NP (NNP Saturday))) (, ,) (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties))"
      " (PP (IN with) (NP (NNP Gondor)))) (. .)))";
  EXPECT_EQ(AfterRemoval(kOpening, CoderOptions()), "ON SATURDAY .");
  CoderOptions articles;
  articles.clause_roles = true;
  EXPECT_EQ(AfterRemoval(kOpening, articles), "ON SATURDAY , ARNOR RESTORED TIES WITH GONDOR .");
  // The inner clause goes as before; "officials said" holds the top clause's
  // verb and stays (SAY codes nothing).
  EXPECT_EQ(AfterRemoval(kTwoClauses, articles), "ARNOR RESTORED TIES WITH GONDOR , OFFICIALS SAID .");
}

}  // namespace
}  // namespace dyad
