#include "dyad/parse/phrase_structure.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/base/text.h"

namespace dyad {
namespace {

// Builds the tree of "word/TAG word/TAG ..." (tags as PosTagName writes them).
std::string Build(std::string_view tagged) {
  std::vector<std::string_view> words;
  std::vector<PosTag> tags;
  for (std::string_view piece : SplitWhitespace(tagged)) {
    size_t slash = piece.rfind('/');
    words.push_back(piece.substr(0, slash));
    std::string_view name = piece.substr(slash + 1);
    for (int t = 0; t < kPosTagCount; ++t) {
      if (PosTagName(static_cast<PosTag>(t)) == name) tags.push_back(static_cast<PosTag>(t));
    }
  }
  EXPECT_EQ(words.size(), tags.size()) << tagged;
  PhraseStructure grammar;
  ParseTree tree;
  grammar.Build(words, tags, &tree);
  return tree.node_count() ? tree.ToString() : "";
}

TEST(PhraseStructureTest, RelativeClauseAttachesToItsNoun) {
  EXPECT_EQ(Build("Arnor/NNP signed/VBD the/DT treaty/NN that/WDT ended/VBD the/DT war/NN ./."),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD signed) (NP (NP (DT the) (NN treaty)) (SBAR (WHNP (WDT that)) "
            "(S (VP (VBD ended) (NP (DT the) (NN war))))))) (. .)))");
}

TEST(PhraseStructureTest, VerbParticleAndNegation) {
  EXPECT_EQ(Build("Arnor/NNP did/VBD not/RB break/VB off/RP talks/NNS"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD did) (RB not) (VP (VB break) (PRT (RP off)) (NP (NNS talks))))))");
}

TEST(PhraseStructureTest, SubordinateClause) {
  EXPECT_EQ(Build("Arnor/NNP left/VBD after/IN crowds/NNS attacked/VBD"),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (SBAR (IN after) (S (NP (NNS crowds)) (VP (VBD attacked)))))))");
}

TEST(PhraseStructureTest, QuotesStayInTheirClause) {
  std::string t = Build("``/`` We/PRP will/MD win/VB ,/, ''/'' Arnor/NNP said/VBD ./.");
  EXPECT_EQ(t.rfind("(ROOT (S (S (`` ``) (NP (PRP We)) (VP (MD will) (VP (VB win))))", 0), 0u) << t;
}

TEST(PhraseStructureTest, EmptySentenceGivesEmptyTree) { EXPECT_EQ(Build(""), ""); }

TEST(PhraseStructureTest, DeepNestingIsBounded) {
  std::string tagged;
  for (int i = 0; i < 200; ++i) tagged += "said/VBD that/IN he/PRP ";
  std::string t = Build(tagged);
  EXPECT_FALSE(t.empty());
  int depth = 0, max_depth = 0;
  for (char c : t) {
    if (c == '(') max_depth = std::max(max_depth, ++depth);
    if (c == ')') --depth;
  }
  EXPECT_LE(max_depth, 4 * PhraseStructure::kMaxDepth);
}

}  // namespace
}  // namespace dyad
