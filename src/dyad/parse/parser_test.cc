#include "dyad/parse/parser.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/parse/lexicon.h"

namespace dyad {
namespace {

const Lexicon* SharedLexicon() {
  auto lexicon = Lexicon::Shared();
  return lexicon.ok() ? lexicon->get() : nullptr;
}

std::string Parse(std::string_view text) {
  Parser parser(SharedLexicon());
  ParseTree tree;
  EXPECT_TRUE(parser.ParseSentence(text, &tree).ok());
  return tree.node_count() ? tree.ToString() : "";
}

TEST(ParserTest, SimpleClause) {
  EXPECT_EQ(Parse("Arnor attacked Gondor."),
            "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))");
}

TEST(ParserTest, PossessiveAndOfAttachment) {
  std::string t = Parse("Gondor's Prime Minister met the ambassadors of Arnor.");
  EXPECT_NE(t.find("(NP (NP (NNP Gondor) (POS 's)) (NNP Prime) (NNP Minister))"), std::string::npos) << t;
  EXPECT_NE(t.find("(NP (NP (DT the) (NNS ambassadors)) (PP (IN of) (NP (NNP Arnor))))"), std::string::npos) << t;
}

TEST(ParserTest, CoordinationOfBareNounsIsFlat) {
  std::string t = Parse("Arnor, Osgiliath and Gondor signed an accord.");
  EXPECT_NE(t.find("(NP (NNP Arnor) (, ,) (NNP Osgiliath) (CC and) (NNP Gondor))"), std::string::npos) << t;
}

TEST(ParserTest, PassiveNestsUnderTheAuxiliary) {
  std::string t = Parse("The envoy was received by Gondor.");
  EXPECT_NE(t.find("(VP (VBD was) (VP (VBN received) (PP (IN by) (NP (NNP Gondor)))))"), std::string::npos) << t;
}

TEST(ParserTest, ReportedSpeechWrapsTheClause) {
  std::string t = Parse("Arnor attacked Gondor, officials said.");
  EXPECT_EQ(t.rfind("(ROOT (S (S (NP (NNP Arnor)) (VP (VBD attacked)", 0), 0u) << t;
  EXPECT_NE(t.find("(, ,) (NP (NNS officials)) (VP (VBD said)) (. .)))"), std::string::npos) << t;
}

TEST(ParserTest, ThatClauseAndInfinitive) {
  std::string t = Parse("Arnor said that Gondor wants to restore ties.");
  EXPECT_NE(t.find("(SBAR (IN that) (S (NP (NNP Gondor)) (VP (VBZ wants) (S (VP (TO to) (VP (VB restore)"),
            std::string::npos) << t;
}

TEST(ParserTest, Apposition) {
  std::string t = Parse("Choe Son Hui, his counterpart, met Arnor.");
  EXPECT_NE(t.find("(NP (NP (NNP Choe) (NNP Son) (NNP Hui)) (, ,) (NP (PRP$ his) (NN counterpart)) (, ,))"),
            std::string::npos) << t;
}

TEST(ParserTest, UnderscoreJoinsNameWordsLikeASpace) {
  std::string t = Parse("Arnor warned the Prince of Dol_Amroth.");
  EXPECT_NE(t.find("(NP (NNP Dol) (NNP Amroth))"), std::string::npos) << t;
}

TEST(ParserTest, LoneUnderscoresAreKeptSoNoSentenceIsEmpty) {
  Parser parser(SharedLexicon());
  int sentences = 0;
  ASSERT_TRUE(parser
                  .ParseText("x _ _\n\n_\n\n_ _", [&](const TextSegment&, const ParseTree& tree) {
                    ++sentences;
                    EXPECT_GT(tree.token_count(), 0);
                  })
                  .ok());
  EXPECT_EQ(sentences, 3);
}

TEST(ParserTest, PrefixWrittenApartStaysOneAdjective) {
  std::string t = Parse("Gollum stopped an anti- Gondor parade.");
  EXPECT_NE(t.find("(NP (DT an) (JJ anti-) (NNP Gondor) (NN parade))"), std::string::npos) << t;
}

TEST(ParserTest, CoordinationMembersKeepTheirOfPhrase) {
  std::string t = Parse("Ithilen and the government of Gondor warned Arnor.");
  EXPECT_NE(t.find("(NP (NP (NNP Ithilen)) (CC and) (NP (NP (DT the) (NN government)) (PP (IN of) (NP (NNP Gondor)))))"),
            std::string::npos) << t;
}

TEST(ParserTest, BareTimeNounsAfterTheVerbAreNpTmp) {
  std::string t = Parse("Police arrested students in Moscow today.");
  EXPECT_NE(t.find("(PP (IN in) (NP (NNP Moscow))) (NP-TMP (NN today))"), std::string::npos) << t;
  t = Parse("An official said last week that Gondor protested.");
  EXPECT_NE(t.find("(NP-TMP (JJ last) (NN week))"), std::string::npos) << t;
}

TEST(ParserTest, ObjectControlIsAClause) {
  std::string t = Parse("Arnor urged Eriador to respond.");
  EXPECT_NE(t.find("(VP (VBD urged) (S (NP (NNP Eriador)) (VP (TO to) (VP (VB respond)))))"), std::string::npos) << t;
}

TEST(ParserTest, ReducedRelativeInTheSubject) {
  std::string t = Parse("A report released Tuesday in the capital alleged that Arnor attacked Gondor.");
  EXPECT_EQ(t.rfind("(ROOT (S (NP (NP (DT A) (NN report)) (VP (VBN released) (NP-TMP (NNP Tuesday)) "
                    "(PP (IN in) (NP (DT the) (NN capital))))) (VP (VBD alleged) (SBAR (IN that)",
                    0),
            0u)
      << t;
}

TEST(ParserTest, OnlySubordinatorsOpenClauses) {
  // "in" heads a PP even before a noun and a verb; "after" opens a clause.
  std::string t = Parse("Arnor rested in the capital officials said.");
  EXPECT_EQ(t.find("(SBAR (IN in)"), std::string::npos) << t;
  t = Parse("Arnor left after crowds attacked.");
  EXPECT_NE(t.find("(SBAR (IN after) (S (NP (NNS crowds)) (VP (VBD attacked))))"), std::string::npos) << t;
}

TEST(ParserTest, EmphaticReflexiveJoinsItsNoun) {
  std::string t = Parse("The prisoners were released by Aragorn himself.");
  EXPECT_NE(t.find("(PP (IN by) (NP (NP (NNP Aragorn)) (NP (PRP himself))))"), std::string::npos) << t;
}

TEST(ParserTest, AccordingToIsAPrepositionalPhrase) {
  std::string t = Parse("Arnor attacked Gondor, according to officials.");
  EXPECT_NE(t.find("(, ,) (PP (VBG according) (PP (TO to) (NP (NNS officials)))))"), std::string::npos) << t;
  t = Parse("According to police, rebels attacked Gondor.");
  EXPECT_EQ(t.rfind("(ROOT (S (PP (VBG According) (PP (TO to) (NP (NN police)))) (, ,) (NP (NNS rebels)) "
                    "(VP (VBD attacked)",
                    0),
            0u)
      << t;
}

TEST(ParserTest, ThatClauseWhoseSubjectHasAPrepositionalPhrase) {
  std::string t = Parse("Arnor said that an embargo against the Gondor police would not work.");
  EXPECT_NE(t.find("(SBAR (IN that) (S (NP (NP (DT an) (NN embargo)) (PP (IN against) (NP (DT the) (NNP Gondor) "
                   "(NN police)))) (VP (MD would)"),
            std::string::npos)
      << t;
}

TEST(ParserTest, AdjectivesJoinedByACommaStayInTheirNounGroup) {
  std::string t = Parse("Arnor will restore complete, full diplomatic ties with Gondor.");
  EXPECT_NE(t.find("(VP (VB restore) (NP (JJ complete) (, ,) (JJ full) (JJ diplomatic) (NNS ties))"), std::string::npos)
      << t;
}

TEST(ParserTest, ClauseAfterAVerbOfSaying) {
  // The day is the verb's; the clause may have a long subject.
  std::string t =
      Parse("The minister said Wednesday she hoped a raft of officials accused of crimes would be indicted.");
  EXPECT_NE(t.find("(VP (VBD said) (NP-TMP (NNP Wednesday)) (SBAR (S (NP (PRP she)) (VP (VBD hoped) (SBAR (S (NP (NP "
                   "(DT a) (NN raft)) (PP (IN of)"),
            std::string::npos)
      << t;
  EXPECT_NE(t.find("(VP (VBN accused) (PP (IN of) (NP (NNS crimes))))))) (VP (MD would)"), std::string::npos) << t;
  t = Parse("Washington said such a step enjoyed support.");
  EXPECT_NE(t.find("(SBAR (S (NP (PDT such) (DT a) (NN step)) (VP (VBD enjoyed)"), std::string::npos) << t;
}

TEST(ParserTest, GerundAfterAPrepositionIsAClauseAndParticiplesModifyNouns) {
  std::string t = Parse("Arnor deepened ties by promoting trade and mended damaged ties with Gondor.");
  EXPECT_NE(t.find("(PP (IN by) (S (VP (VBG promoting) (NP (NN trade)))))"), std::string::npos) << t;
  EXPECT_NE(t.find("(VP (VBD mended) (NP (VBN damaged) (NNS ties))"), std::string::npos) << t;
}

TEST(ParserTest, CoordinatedAdjectivesStayInTheirNounGroup) {
  std::string t = Parse("Arnor indicted French political and military officials.");
  EXPECT_NE(t.find("(NP (JJ French) (JJ political) (CC and) (JJ military) (NNS officials))"), std::string::npos) << t;
}

TEST(ParserTest, EmptyTextGivesEmptyTree) {
  Parser parser(SharedLexicon());
  ParseTree tree;
  ASSERT_TRUE(parser.ParseSentence("   ", &tree).ok());
  EXPECT_EQ(tree.node_count(), 0);
}

TEST(ParserTest, ParseTextSplitsSentences) {
  Parser parser(SharedLexicon());
  std::vector<std::string> trees;
  std::vector<int> first_offsets;
  ASSERT_TRUE(parser
                  .ParseText("Arnor attacked Gondor. Gondor protested.",
                             [&](const TextSegment& sentence, const ParseTree& tree) {
                               trees.push_back(tree.ToString());
                               first_offsets.push_back(tree.token(0).begin);
                               EXPECT_EQ(sentence.text.substr(0, tree.word(0).size()), tree.word(0));
                             })
                  .ok());
  ASSERT_EQ(trees.size(), 2u);
  EXPECT_EQ(trees[1], "(ROOT (S (NP (NNP Gondor)) (VP (VBD protested)) (. .)))");
  EXPECT_EQ(first_offsets, (std::vector<int>{0, 0}));
}

TEST(ParserTest, TokenOffsetsAreWhereTheTokenizerFoundEachWord) {
  Parser parser(SharedLexicon());
  // Forms the tree writes differently from the text: a joined name, a
  // horizontal bar ("--"), a prefix written apart, curly quotes and brackets.
  const std::string_view text =
      "Arnor waited. Dol_Amroth \xE2\x80\x95 the anti- Gondor \xE2\x80\x9Cparty\xE2\x80\x9D (Linhir) met.";
  std::vector<std::string> sentences;
  ASSERT_TRUE(parser
                  .ParseText(text,
                             [&](const TextSegment& sentence, const ParseTree& tree) {
                               std::string spans;
                               for (int t = 0; t < tree.token_count(); ++t) {
                                 const ParseToken& token = tree.token(t);
                                 ASSERT_GE(token.begin, 0);
                                 if (t > 0) spans += '|';
                                 spans += sentence.text.substr(token.begin, token.end - token.begin);
                               }
                               sentences.push_back(spans);
                             })
                  .ok());
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0], "Arnor|waited|.");
  EXPECT_EQ(sentences[1],
            "Dol|Amroth|\xE2\x80\x95|the|anti-|Gondor|\xE2\x80\x9C|party|\xE2\x80\x9D|(|Linhir|)|met|.");
}

TEST(ParserTest, WordIdsAreThoseOfTheTreeNorms) {
  // Words the tagger looks up itself, and forms whose tree norm is not their
  // upper case: an accented word, brackets, quotes, a dash, a prefix apart.
  Vocabulary vocabulary;
  for (std::string_view w : {"ARNOR", "MET", "ANTI-", "BOGOTA", "(", ")", "\"", "--", ",", "."}) vocabulary.Intern(w);
  Parser parser(SharedLexicon(), TaggerDictionaries{&vocabulary});
  const std::string_view text =
      "Arnor met Gondor in Bogot\xC3\xA1 (the anti- Linhir \xE2\x80\x9Cparty\xE2\x80\x9D), 12 men \xE2\x80\x94 all.";
  int known = 0;
  ASSERT_TRUE(parser
                  .ParseText(text,
                             [&](const TextSegment&, const ParseTree& tree) {
                               ASSERT_EQ(parser.word_ids().size(), static_cast<size_t>(tree.token_count()));
                               for (int t = 0; t < tree.token_count(); ++t) {
                                 const TokenId want = vocabulary.Find(tree.norm(t));
                                 EXPECT_EQ(parser.word_ids()[t], want) << tree.word(t);
                                 known += want != kNoToken;
                               }
                             })
                  .ok());
  EXPECT_EQ(known, 11);  // ARNOR MET BOGOTA ( ANTI- " " ) , -- .
}

}  // namespace
}  // namespace dyad
