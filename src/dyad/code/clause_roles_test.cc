#include "dyad/code/clause_roles.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/code/code_test_support.h"

namespace dyad {
namespace {

using ::dyad::testing::Tree;

// The VP headed by the verb spelled `verb` (upper case).
int VpOf(const ParseTree& tree, std::string_view verb) {
  for (int t = 0; t < tree.token_count(); ++t) {
    if (tree.norm(t) != verb) continue;
    int vp = tree.node(tree.token(t).node).parent;
    if (vp >= 0 && tree.category(vp) == "VP") return vp;
  }
  ADD_FAILURE() << "no VP headed by " << verb;
  return -1;
}

int TokenOf(const ParseTree& tree, std::string_view word) {
  for (int t = 0; t < tree.token_count(); ++t) {
    if (tree.norm(t) == word) return t;
  }
  return -1;
}

std::string Words(const ParseTree& tree, int node) {
  std::string out;
  for (int t = tree.node(node).token_begin; t < tree.node(node).token_end; ++t) {
    if (!out.empty()) out += ' ';
    out += tree.word(t);
  }
  return out;
}

// The words of PlacePhrases(tree, the token `verb`), in order.
std::vector<std::string> PlaceWords(const ParseTree& tree, std::string_view verb) {
  std::vector<std::string> places;
  for (int np : PlacePhrases(tree, TokenOf(tree, verb))) places.push_back(Words(tree, np));
  return places;
}

constexpr char kReported[] =
    "(ROOT (S (NP (NNP Elrond)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Gondor) (NNS officials))"
    " (VP (VBD had) (VP (VBN reaffirmed) (NP (PRP$ their) (NN support))))))) (. .)))";

TEST(SubjectStartTest, IsTheNearestNounPhraseBeforeTheVerbPhrase) {
  ParseTree t = Tree(kReported);
  EXPECT_EQ(SubjectStart(t, VpOf(t, "REAFFIRMED")), TokenOf(t, "GONDOR"));
  EXPECT_EQ(SubjectStart(t, VpOf(t, "SAID")), TokenOf(t, "ELROND"));
}

TEST(SubjectStartTest, FindsTheSubjectOfAComplementWithoutOne) {
  // The headline parse of "Arnor says minister Elessar met Gondor".
  ParseTree t = Tree(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBZ says) (NP (NN minister) (NNP Elessar)) (S (VP (VBD met) (NP (NNP Gondor)))))))");
  EXPECT_EQ(SubjectStart(t, VpOf(t, "MET")), TokenOf(t, "MINISTER"));
}

TEST(SubjectStartTest, PassesOverTemporalNounPhrases) {
  ParseTree t = Tree("(ROOT (S (NP (NNP Arnor)) (NP-TMP (NN yesterday)) (VP (VBD attacked) (NP (NNP Gondor)))))");
  EXPECT_EQ(SubjectStart(t, VpOf(t, "ATTACKED")), TokenOf(t, "ARNOR"));
  ParseTree none = Tree("(ROOT (S (VP (VB Attack) (NP (NNP Gondor)))))");
  EXPECT_EQ(SubjectStart(none, VpOf(none, "ATTACK")), -1);
}

TEST(FiniteClausesInsideTest, FindsClausesWithTheirOwnSubjectOnly) {
  ParseTree t = Tree(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD confirmed) (SBAR (S (NP (PRP it)) (VP (VBD had) (VP (VBN attacked)"
      " (NP (NNP Gondor))))))) (. .)))");
  auto clauses = FiniteClausesInside(t, VpOf(t, "CONFIRMED"));
  ASSERT_EQ(clauses.size(), 1u);
  EXPECT_EQ(clauses[0].first, TokenOf(t, "IT"));
  EXPECT_EQ(clauses[0].second, TokenOf(t, "GONDOR") + 1);

  ParseTree infinitive = Tree(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD urged) (S (NP (NNP Gondor)) (VP (TO to) (VP (VB withdraw))))) (. .)))");
  EXPECT_TRUE(FiniteClausesInside(infinitive, VpOf(infinitive, "URGED")).empty());
}

TEST(ReporterStartTest, FindsTheReporterBeforeOrAfterTheClause) {
  ParseTree before = Tree(kReported);
  EXPECT_EQ(ReporterStart(before, VpOf(before, "REAFFIRMED")), TokenOf(before, "ELROND"));
  ParseTree after = Tree(
      "(ROOT (S (S (NP (NNP Gondor)) (VP (VBD praised) (NP (NNP Rohan)))) (, ,) (NP (NNP Elrond)) (VP (VBD told)"
      " (NP (NNS reporters))) (. .)))");
  EXPECT_EQ(ReporterStart(after, VpOf(after, "PRAISED")), TokenOf(after, "ELROND"));
  ParseTree plain = Tree(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD believed) (SBAR (S (NP (NNP Gondor)) (VP (VBD lied))))) (. .)))");
  EXPECT_EQ(ReporterStart(plain, VpOf(plain, "LIED")), -1);
}

TEST(IsBackgroundClauseTest, PresentTenseAsClauseIsBackground) {
  ParseTree t = Tree(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (SBAR (IN as) (S (NP (DT both) (NNS countries))"
      " (VP (VBP deepen) (NP (NNS ties)))))) (. .)))");
  EXPECT_TRUE(IsBackgroundClause(t, VpOf(t, "DEEPEN")));
  EXPECT_FALSE(IsBackgroundClause(t, VpOf(t, "ATTACKED")));
  ParseTree past = Tree(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (SBAR (IN as) (S (NP (NNP Rohan))"
      " (VP (VBD watched))))) (. .)))");
  EXPECT_FALSE(IsBackgroundClause(past, VpOf(past, "WATCHED")));
}

TEST(IsBareParticipleTest, ReducedRelativeIsBareButPerfectAndPassiveAreNot) {
  ParseTree relative = Tree(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD mourned) (NP (NP (NNS soldiers)) (VP (VBN killed) (PP (IN in)"
      " (NP (NNP Rohan)))))) (. .)))");
  EXPECT_TRUE(IsBareParticiple(relative, VpOf(relative, "KILLED")));
  ParseTree perfect = Tree("(ROOT (S (NP (NNP Arnor)) (VP (VBZ has) (VP (VBN attacked) (NP (NNP Gondor)))) (. .)))");
  EXPECT_FALSE(IsBareParticiple(perfect, VpOf(perfect, "ATTACKED")));
  ParseTree passive = Tree("(ROOT (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN attacked))) (. .)))");
  EXPECT_FALSE(IsBareParticiple(passive, VpOf(passive, "ATTACKED")));
  // A clause's own predicate mis-tagged as a participle.
  ParseTree predicate = Tree("(ROOT (S (NP (NNP Arnor)) (VP (VBN broken) (PP (IN with) (NP (NNP Gondor)))) (. .)))");
  EXPECT_FALSE(IsBareParticiple(predicate, VpOf(predicate, "BROKEN")));
}

TEST(IsUnrealisedTest, ModalsAndInfinitivesAreNotEventsThatHappened) {
  ParseTree modal = Tree("(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB attack) (NP (NNP Gondor)))) (. .)))");
  EXPECT_TRUE(IsUnrealised(modal, VpOf(modal, "ATTACK")));
  ParseTree infinitive = Tree(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBZ plans) (S (VP (TO to) (VP (VB attack) (NP (NNP Gondor)))))) (. .)))");
  EXPECT_TRUE(IsUnrealised(infinitive, VpOf(infinitive, "ATTACK")));
  EXPECT_FALSE(IsUnrealised(infinitive, VpOf(infinitive, "PLANS")));
  ParseTree past = Tree("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))");
  EXPECT_FALSE(IsUnrealised(past, VpOf(past, "ATTACKED")));
}

TEST(PlacePhrasesTest, InAndAtPhrasesOfTheVerbAndItsClause) {
  ParseTree t = Tree(
      "(ROOT (S (PP (IN In) (NP (NNP Fornost))) (, ,) (NP (NNP Arnor)) (VP (VBD met) (PP (IN with) (NP (NNP Gondor)))"
      " (PP (IN at) (NP (DT the) (NN border)))) (. .)))");
  EXPECT_EQ(PlaceWords(t, "MET"), (std::vector<std::string>{"Fornost", "the border"}));
}

TEST(PlacePhrasesTest, PlacePhraseAttachedToANamedObject) {
  ParseTree t = Tree(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (PP (IN with) (NP (NP (NNP Gondor)) (PP (IN in) (NP (NNP Fornost))))))"
      " (. .)))");
  EXPECT_EQ(PlaceWords(t, "MET"), (std::vector<std::string>{"Fornost"}));
}

TEST(PlacePhrasesTest, LeavesOutPhrasesOfNounsAndNonVerbs) {
  ParseTree t = Tree(
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD praised) (NP (DT the) (NNS objectives)) (PP (IN of) (NP (DT the)"
      " (NN war))) (PP (IN in) (NP (NNP Rohan)))) (. .)))");
  EXPECT_TRUE(PlacePhrases(t, TokenOf(t, "PRAISED")).empty());
  EXPECT_TRUE(PlacePhrases(t, TokenOf(t, "GONDOR")).empty());
  ParseTree inside = Tree(
      "(ROOT (S (NP (NNP Gondor)) (VP (VBD praised) (NP (NP (DT the) (NN army)) (PP (IN in) (NP (NNP Rohan)))))"
      " (. .)))");
  EXPECT_TRUE(PlacePhrases(inside, TokenOf(inside, "PRAISED")).empty());
}

}  // namespace
}  // namespace dyad
