#include "dyad/code/linear_parse.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/code/code_test_support.h"

namespace dyad {
namespace {

using testing::Tree;

// Phrases as LABEL( ... ), entities as [ ... ], compounds as { ... }; the
// POS-tag markers around each word are left out.
std::string Render(const ParseTree& tree, const LinearParse& p) {
  std::string out;
  for (const LinearItem& item : p.items) {
    std::string piece;
    switch (item.kind) {
      case ItemKind::kOpen:
        if (!tree.node(item.value).is_preterminal()) piece = std::string(tree.label(item.value)) + "(";
        break;
      case ItemKind::kClose:
        if (!tree.node(item.value).is_preterminal()) piece = ")";
        break;
      case ItemKind::kWord: piece = std::string(tree.norm(item.value)); break;
      case ItemKind::kEntityOpen: piece = "["; break;
      case ItemKind::kEntityClose: piece = "]"; break;
      case ItemKind::kCompoundOpen: piece = "{"; break;
      case ItemKind::kCompoundClose: piece = "}"; break;
    }
    if (piece.empty()) continue;
    if (!out.empty()) out += ' ';
    out += piece;
  }
  return out;
}

std::string Linear(std::string_view penn) {
  ParseTree tree = Tree(penn);
  LinearParse p;
  EXPECT_TRUE(BuildLinearParse(tree, &p).ok());
  return Render(tree, p);
}

TEST(LinearParseTest, SimpleNounPhrasesBecomeEntities) {
  EXPECT_EQ(Linear("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (DT the) (NNP Gondor))) (. .)))"),
            "ROOT( S( [ ARNOR ] VP( ATTACKED [ THE GONDOR ] ) . ) )");
}

TEST(LinearParseTest, PossessiveIsDroppedAndTheWholePhraseKept) {
  EXPECT_EQ(Linear("(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (NN president)) (VP (VBD left))))"),
            "ROOT( S( [ GONDOR PRESIDENT ] VP( LEFT ) ) )");
}

TEST(LinearParseTest, PrepositionalPhraseJoinsHeadAndObject) {
  EXPECT_EQ(Linear("(ROOT (S (NP (NP (DT the) (NN government)) (PP (IN of) (NP (NNP Gondor)))) (VP (VBD left))))"),
            "ROOT( S( [ THE GOVERNMENT OF GONDOR ] VP( LEFT ) ) )");
}

TEST(LinearParseTest, NounPhraseWithAVerbPhraseIsOpenedUp) {
  EXPECT_EQ(Linear("(ROOT (S (NP (NP (DT the) (NNS links)) (VP (VBG leading) (PP (IN into) (NP (NNP Mordor))))) "
                   "(VP (VBD broke))))"),
            "ROOT( S( NP( [ THE LINKS ] VP( LEADING PP( INTO [ MORDOR ] ) ) ) VP( BROKE ) ) )");
}

TEST(LinearParseTest, CoordinatedNounsFormACompound) {
  ParseTree tree = Tree("(ROOT (S (NP (NNP Fornost) (CC and) (NNP Gondor)) (VP (VBD met))))");
  LinearParse p;
  ASSERT_TRUE(BuildLinearParse(tree, &p).ok());
  EXPECT_EQ(Render(tree, p), "ROOT( S( { [ FORNOST ] [ GONDOR ] } VP( MET ) ) )");
  ASSERT_EQ(p.compounds.size(), 1u);
  EXPECT_EQ(p.compounds[0].members.size(), 2u);
  EXPECT_EQ(p.entities[p.compounds[0].members[1]].compound, 0);
}

TEST(LinearParseTest, LeadingAdjectivesAreCopiedOntoBareNouns) {
  EXPECT_EQ(Linear("(ROOT (S (NP (JJ Danish) (NNS media) (CC and) (NN government)) (VP (VBD warned))))"),
            "ROOT( S( { [ DANISH MEDIA ] [ DANISH GOVERNMENT ] } VP( WARNED ) ) )");
}

TEST(LinearParseTest, CompoundInsideAPhraseIsMultipliedOut) {
  EXPECT_EQ(Linear("(ROOT (S (NP (NP (NNS ambassadors)) (PP (IN of) (NP (NNP Arnor) (CC and) (NNP Gondor)))) "
                   "(VP (VBD met))))"),
            "ROOT( S( { [ AMBASSADORS OF ARNOR ] [ AMBASSADORS OF GONDOR ] } VP( MET ) ) )");
}

TEST(LinearParseTest, CoordinationWithAVerbIsNoCompound) {
  EXPECT_EQ(Linear("(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD came)) (CC and) (VP (VBD went)))))"),
            "ROOT( S( [ ARNOR ] VP( VP( CAME ) AND VP( WENT ) ) ) )");
}

TEST(LinearParseTest, SentenceOpeningWithACompoundPhraseIsADateline) {
  ParseTree tree = Tree(
      "(ROOT (NP (NP (NNP CEBU) (NNP CITY)) (: --) (NP (NP (NNP Mayor) (NNP Sitoy)) (CC and) "
      "(NP (NP (DT the) (NN town) (POS 's)) (NN fisherfolk)))))");
  LinearParse p;
  ASSERT_TRUE(BuildLinearParse(tree, &p).ok());
  EXPECT_TRUE(p.dateline);

  ParseTree plain = Tree("(ROOT (S (NP (NNP Fornost) (CC and) (NNP Gondor)) (VP (VBD met))))");
  ASSERT_TRUE(BuildLinearParse(plain, &p).ok());
  EXPECT_FALSE(p.dateline);
}

TEST(LinearParseTest, CloseOfFindsTheMatchingMarker) {
  ParseTree tree = Tree("(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (NP (NNP Gondor)))))");
  LinearParse p;
  ASSERT_TRUE(BuildLinearParse(tree, &p).ok());
  for (size_t i = 0; i < p.items.size(); ++i) {
    if (p.items[i].kind == ItemKind::kOpen && tree.label(p.items[i].value) == "VP") {
      size_t close = p.CloseOf(i);
      ASSERT_LT(close, p.items.size());
      EXPECT_EQ(p.items[close].kind, ItemKind::kClose);
      EXPECT_EQ(p.items[close].value, p.items[i].value);
      EXPECT_EQ(close, p.items.size() - 3);  // then )S )ROOT
    }
  }
}

TEST(LinearParseTest, EmptyTreeIsAnError) {
  LinearParse p;
  EXPECT_FALSE(BuildLinearParse(ParseTree(), &p).ok());
}

}  // namespace
}  // namespace dyad
