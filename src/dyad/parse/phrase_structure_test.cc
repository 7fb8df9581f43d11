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

TEST(PhraseStructureTest, ParticipialClauseAfterACommaStaysInTheVerbPhrase) {
  std::string t = Build("Activists/NNS staged/VBD a/DT protest/NN ,/, scaling/VBG a/DT pole/NN ./.");
  EXPECT_NE(t.find("(VP (VBD staged) (NP (DT a) (NN protest)) (, ,) (S (VP (VBG scaling) (NP (DT a) (NN pole)))))"),
            std::string::npos)
      << t;
}

TEST(PhraseStructureTest, ListBeforeAFiniteVerbOutsideTheSubjectStartsAClause) {
  std::string t = Build("Rebels/NNS fought/VBD on/IN Saturday/NNP ,/, defense/NN and/CC military/JJ officials/NNS "
                        "said/VBD ./.");
  EXPECT_EQ(t, "(ROOT (S (S (NP (NNS Rebels)) (VP (VBD fought) (PP (IN on) (NP (NNP Saturday))))) (, ,) "
               "(NP (NP (NN defense)) (CC and) (NP (JJ military) (NNS officials))) (VP (VBD said)) (. .)))");
  // In the subject the same list is one noun phrase.
  t = Build("Saturday/NNP ,/, defense/NN and/CC military/JJ officials/NNS said/VBD ./.");
  EXPECT_EQ(t.rfind("(ROOT (S (NP (NP (NNP Saturday)) (, ,) (NP (NN defense)) (CC and)", 0), 0u) << t;
}

TEST(PhraseStructureTest, PrepositionalPhrasesAfterAPrepositionsObjectModifyIt) {
  std::string t = Build("Rebels/NNS launched/VBD attacks/NNS during/IN a/DT campaign/NN for/IN a/DT state/NN "
                        "in/IN Nigeria/NNP ./.");
  EXPECT_NE(t.find("(PP (IN during) (NP (NP (DT a) (NN campaign)) (PP (IN for) (NP (NP (DT a) (NN state)) "
                   "(PP (IN in) (NP (NNP Nigeria)))))))"),
            std::string::npos)
      << t;
  // Not a time, and not a "with" after a name: those modify the verb.
  t = Build("Arnor/NNP fought/VBD at/IN the/DT border/NN in/IN 2004/CD ./.");
  EXPECT_NE(t.find("(PP (IN at) (NP (DT the) (NN border))) (PP (IN in) (NP (CD 2004)))"), std::string::npos) << t;
  t = Build("Arnor/NNP met/VBD at/IN Osgiliath/NNP with/IN Gondor/NNP ./.");
  EXPECT_NE(t.find("(PP (IN at) (NP (NNP Osgiliath))) (PP (IN with) (NP (NNP Gondor)))"), std::string::npos) << t;
  // The object of the verb keeps its PPs apart, as most are the verb's.
  t = Build("Arnor/NNP jailed/VBD a/DT man/NN for/IN two/CD years/NNS ./.");
  EXPECT_NE(t.find("(NP (DT a) (NN man)) (PP (IN for)"), std::string::npos) << t;
}

TEST(PhraseStructureTest, TimeSpanBeforeAfterIsOneSubordinateClauseInTheVerbPhrase) {
  std::string t = Build("Arnor/NNP restored/VBD ties/NNS ,/, almost/RB five/CD years/NNS after/IN crowds/NNS "
                        "attacked/VBD ./.");
  EXPECT_NE(t.find("(VP (VBD restored) (NP (NNS ties)) (, ,) (SBAR (NP (RB almost) (CD five) (NNS years)) (IN after) "
                   "(S (NP (NNS crowds)) (VP (VBD attacked)))))"),
            std::string::npos)
      << t;
  t = Build("Arnor/NNP voted/VBD two/CD days/NNS before/IN the/DT deadline/NN");
  EXPECT_NE(t.find("(PP (NP (CD two) (NNS days)) (IN before) (NP (DT the) (NN deadline)))"), std::string::npos) << t;
}

TEST(PhraseStructureTest, ACountBeforeAPluralStartsANewNounGroup) {
  std::string t = Build("rebels/NNS fled/VBD southern/JJ Guyana/NNP three/CD years/NNS ago/RB");
  EXPECT_NE(t.find("(NP (JJ southern) (NNP Guyana)) (NP (CD three) (NNS years))"), std::string::npos) << t;
  t = Build("the/DT Boeing/NNP 777/CD flight/NN crashed/VBD");
  EXPECT_NE(t.find("(NP (DT the) (NNP Boeing) (CD 777) (NN flight))"), std::string::npos) << t;
}

TEST(PhraseStructureTest, AdjectivesBeforeCoordinatedBareNounsKeepTheCoordinationFlat) {
  std::string t = Build("Danish/JJ media/NNS and/CC government/NN warned/VBD Gondor/NNP");
  EXPECT_EQ(t.rfind("(ROOT (S (NP (JJ Danish) (NNS media) (CC and) (NN government)) (VP", 0), 0u) << t;
  // A name of two words stays one member.
  t = Build("Minas/NNP Tirith/NNP and/CC Gondor/NNP met/VBD");
  EXPECT_EQ(t.rfind("(ROOT (S (NP (NP (NNP Minas) (NNP Tirith)) (CC and) (NP (NNP Gondor))) (VP", 0), 0u) << t;
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
