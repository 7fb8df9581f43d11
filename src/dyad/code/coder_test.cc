#include "dyad/code/coder.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/code/code_test_support.h"

namespace dyad {
namespace {

using testing::Tree;

constexpr char kVerbs[] =
    "--- RESTORE [064] ---\n"
    "RESTORE\n"
    "- NOT * RELATIONS [112]\n"
    "--- OPPOSE [112] ---\n"
    "OPPOSE\n"
    "--- LEFT [032:033] ---\n"
    "LEFT\n"
    "--- CONFISCATE [1711] ---\n"
    "CONFISCATE\n"
    "WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}\n"
    "--- SAID [023] ---\n"
    "SAID\n"
    "--- RISEN [---] ---\n"
    "RISEN\n"
    "- DEATH_TOLL * [223]\n"
    "--- VISIT [042] ---\n"
    "VISIT\n";
constexpr char kActors[] = "ARNOR [ARN]\nGONDOR [GON]\nOSGILIATH [OSG]\nERIADOR [ERI]\nTHE_ALLIES [ARN/GON]\n";
constexpr char kAgents[] = "OFFICIAL [~GOV]\n";
constexpr char kDiscards[] = "+TYPHOON\nBASEBALL\n";

class CoderTest : public ::testing::Test {
 protected:
  CoderTest() : dicts_(kVerbs, kActors, kAgents, kDiscards), coder_(dicts_.View()) {}

  SentenceCoding Code(std::string_view penn, const CoderOptions& options = CoderOptions()) {
    ParseTree tree = Tree(penn);
    return coder_.Code(tree, 19950101, options);
  }
  // "SRC TGT CODE" per event, joined by "; ".
  std::string Events(std::string_view penn, const CoderOptions& options = CoderOptions()) {
    return testing::EventTriples(Code(penn, options).events);
  }

  testing::InlineDictionaries dicts_;
  Coder coder_;
};

TEST_F(CoderTest, CodesSourceVerbTarget) {
  SentenceCoding c = Code(
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))");
  ASSERT_EQ(c.outcome, SentenceOutcome::kCoded);
  ASSERT_EQ(c.events.size(), 1u);
  const CodedEvent& e = c.events[0];
  EXPECT_EQ(e.source, "ARN");
  EXPECT_EQ(e.target, "GON");
  EXPECT_EQ(e.code, "064");
  EXPECT_EQ(e.source_span.begin, 0);
  EXPECT_EQ(e.source_span.end, 1);
  EXPECT_EQ(e.verb_span.begin, 1);
  EXPECT_EQ(e.target_span.begin, 4);
  EXPECT_EQ(e.provenance, "verbs.txt:2");  // the verb line: no pattern matched
}

TEST_F(CoderTest, PatternCodeWinsOverTheVerbCode) {
  SentenceCoding c = Code(
      "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (RB not) (VP (VB restore) (NP (NNS relations)) "
      "(PP (IN with) (NP (NNP Gondor)))))))");
  ASSERT_EQ(c.events.size(), 1u);
  EXPECT_EQ(c.events[0].code, "112");
  EXPECT_EQ(c.events[0].provenance, "verbs.txt:3");
}

TEST_F(CoderTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(Events("(ROOT (S (NP (NNP Eriador)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP Osgiliath)))))))"),
            "OSG ERI 112");
}

TEST_F(CoderTest, PairedCodeGivesBothDirections) {
  EXPECT_EQ(Events("(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (PP (IN for) (NP (NNP Gondor))))))"),
            "ARN GON 032; GON ARN 033");
}

TEST_F(CoderTest, CompoundSourceGivesOneEventPerMember) {
  EXPECT_EQ(Events("(ROOT (S (NP (NNP Arnor) (CC and) (NNP Eriador)) (VP (VBD restored) (NP (NNS ties)) "
                   "(PP (IN with) (NP (NNP Gondor))))))"),
            "ARN GON 064; ERI GON 064");
}

TEST_F(CoderTest, MultiWordVerbTakesTheWordBeforeIt) {
  EXPECT_EQ(Events("(ROOT (S (NP (NNP Gondor) (NN wire)) (VP (VBD tapped) (NP (NNP Arnor)))))"), "GON ARN 1711");
  EXPECT_EQ(Events("(ROOT (S (NP (NNP Gondor)) (VP (VBD tapped) (NP (NNP Arnor)))))"), "");
}

TEST_F(CoderTest, NullActorsNeedRequireDyadOff) {
  constexpr std::string_view kSaid = "(ROOT (S (NP (DT an) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP Monday))))))";
  EXPECT_EQ(Events(kSaid), "");
  CoderOptions o;
  o.require_dyad = false;
  EXPECT_EQ(Events(kSaid, o), "---GOV --- 023");
}

TEST_F(CoderTest, NewActorsAreQuotedWhenAllowed) {
  constexpr std::string_view kLeft = "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (PP (IN for) (NP (DT the) (NN shire))))))";
  CoderOptions o;
  o.new_actor_length = 3;
  EXPECT_EQ(Events(kLeft, o), "ARN \"THE SHIRE\" 032; \"THE SHIRE\" ARN 033");
  o.new_actor_length = 2;  // two words need fewer than... 2 - 1 < 2 still fits
  EXPECT_EQ(Events(kLeft, o), "ARN \"THE SHIRE\" 032; \"THE SHIRE\" ARN 033");
  o.new_actor_length = 1;
  EXPECT_EQ(Events(kLeft, o), "");
}

TEST_F(CoderTest, ActorDyadsOnlyLeavesOutSentencesThatCannotNameTwoActors) {
  CoderOptions all;
  all.require_dyad = false;
  all.new_actor_length = 3;
  CoderOptions dyads = all;
  dyads.actor_dyads_only = true;
  // One actor at most: no event could name actors on both sides.
  constexpr std::string_view kSaid = "(ROOT (S (NP (DT an) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP Monday))))))";
  EXPECT_EQ(Events(kSaid, all), "---GOV \"MONDAY\" 023");
  EXPECT_EQ(Events(kSaid, dyads), "");
  constexpr std::string_view kLeft = "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (PP (IN for) (NP (DT the) (NN shire))))))";
  EXPECT_EQ(Events(kLeft, all), "ARN \"THE SHIRE\" 032; \"THE SHIRE\" ARN 033");
  EXPECT_EQ(Events(kLeft, dyads), "");
  // Two actors, in two entities or in one A/B code: coded in full.
  constexpr std::string_view kRestored =
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor))))))";
  EXPECT_EQ(Events(kRestored, dyads), Events(kRestored, all));
  constexpr std::string_view kAllies = "(ROOT (S (NP (DT the) (NNS allies)) (VP (VBD restored) (NP (NNS ties)))))";
  EXPECT_EQ(Events(kAllies, dyads), "ARN GON 064; GON ARN 064");
  // A noun event codes its phrases on its own ("to Gondor" lies in no
  // entity here): the sentence is coded in full.
  constexpr std::string_view kVisit =
      "(ROOT (NP (NP (DT a) (NN visit)) (PP (IN by) (NP (NNP Arnor))) (PP (TO to) (NP (NNP Gondor)))))";
  EXPECT_EQ(Events(kVisit, dyads), "ARN GON 042");
  EXPECT_EQ(Events(kVisit, dyads), Events(kVisit, all));
}

// The inner verb's source is the first coded actor of the sentence before it.
TEST_F(CoderTest, VerbWithoutCodeLetsInnerVerbsCode) {
  EXPECT_EQ(Events("(ROOT (S (NP (NNP Arnor)) (VP (VBZ has) (VP (VBN risen) (SBAR (IN as) (S (NP (NNP Gondor)) "
                   "(VP (VBD left) (NP (NNP Osgiliath)))))))))"),
            "ARN OSG 032; OSG ARN 033");
}

TEST_F(CoderTest, CodedVerbPhraseHidesTheVerbsInsideIt) {
  EXPECT_EQ(Events("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor))) "
                   "(SBAR (IN after) (S (NP (NNP Eriador)) (VP (VBD left) (NP (NNP Osgiliath))))))))"),
            "ARN GON 064");
}

TEST_F(CoderTest, DiscardsStopCoding) {
  EXPECT_EQ(Code("(ROOT (S (NP (DT a) (NN typhoon)) (VP (VBD hit) (NP (NNP Arnor)))))").outcome,
            SentenceOutcome::kStoryDiscard);
  SentenceCoding c = Code("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN baseball)) (PP (IN with) (NP (NNP Gondor))))))");
  EXPECT_EQ(c.outcome, SentenceOutcome::kSentenceDiscard);
  EXPECT_TRUE(c.events.empty());
}

TEST_F(CoderTest, DatelineIsNotCoded) {
  SentenceCoding c = Code("(ROOT (NP (NP (NNP CEBU)) (: --) (NP (NP (NNP Arnor)) (CC and) (NP (NP (NNP Gondor) (POS 's)) "
                          "(NN army)))))");
  EXPECT_EQ(c.outcome, SentenceOutcome::kDateline);
  EXPECT_STREQ(OutcomeName(c.outcome), "dateline");
}

TEST_F(CoderTest, EmptyTreeIsReportedNotCrashed) {
  EXPECT_EQ(coder_.Code(ParseTree(), 19950101, CoderOptions()).outcome, SentenceOutcome::kUnusableTree);
}


// dyad's clause rules for articles (CoderOptions::clause_roles), each next to
// what the PETRARCH reading gives for the same tree.
class ClauseRolesTest : public ::testing::Test {
 protected:
  ClauseRolesTest()
      : dicts_(
            "--- ATTACK [190] ---\nATTACK\n"
            "--- REAFFIRM [051] ---\nREAFFIRM\n"
            "--- CONFIRM [010] ---\nCONFIRM\n"
            "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n"
            "--- PRAISE [051] ---\nPRAISE\n"
            "--- SIGN [057] ---\nSIGN\n"
            "--- VISIT [042] ---\nVISIT\n",
            "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nELESSAR [ARNGOV]\n", "OFFICIAL [~GOV]\nMINISTER [~GOV]\n"),
        coder_(dicts_.View()) {
    articles_.clause_roles = true;
  }

  std::string Events(std::string_view penn, const CoderOptions& options) {
    ParseTree tree = Tree(penn);
    return testing::EventTriples(coder_.Code(tree, 20250101, options).events);
  }

  testing::InlineDictionaries dicts_;
  Coder coder_;
  CoderOptions articles_;
  CoderOptions petrarch_;
};

// One tree, each reading: what articles code and what PETRARCH codes.
struct BothReadings {
  const char* rule;
  const char* tree;
  const char* articles;
  const char* petrarch;
};

TEST_F(ClauseRolesTest, ArticlesReadClausesByTheirOwnRoles) {
  const BothReadings cases[] = {
      {"the source is the verb's own subject (the headline parse of \"Arnor says minister Elessar met Gondor\")",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBZ says) (NP (NN minister) (NNP Elessar)) (S (VP (VBD met) (NP (NNP Gondor)))))))",
       "ARNGOV GON 040", "ARN GON 040"},
      {"a clause with its own subject holds its own event",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD confirmed) (SBAR (S (NP (NNP Rohan)) (VP (VBD attacked) (NP (NNP Gondor))))))"
       " (. .)))",
       "ROH GON 190", "ARN ROH 010"},
      {"a present-tense as-clause is background; PETRARCH takes the sentence's first actor as both sources",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (SBAR (IN as) (S (NP (NNP Rohan)) (VP (VBZ praises)"
       " (NP (NNP Gondor))))) (. .)))",
       "ARN GON 190", "ARN GON 190; ARN GON 051"},
      {"an agentless participle codes nothing",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD mourned) (NP (NP (NNS soldiers)) (VP (VBN attacked) (PP (IN in)"
       " (NP (NNP Rohan)))))) (. .)))",
       "", "ARN ROH 190"},
      {"what may happen is not coded",
       "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB attack) (NP (NNP Gondor)))) (. .)))", "", "ARN GON 190"},
      {"a place after IN is a target only when no other actor is",
       "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD met) (NP (NNP Rohan)) (PP (IN in) (NP (NNP Gondor)))) (CC and)"
       " (VP (VBD signed))) (. .)))",
       "ARN ROH 040; ARN ROH 057", "ARN ROH 040; ARN GON 057"},
      {"... and when none is, it is",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD praised) (NP (DT the) (NN truce)) (PP (IN in) (NP (NNP Gondor)))) (. .)))",
       "ARN GON 051", "ARN GON 051"},
      {"noun events are coded in either reading",
       "(ROOT (S (NP (NNP Arnor)) (VP (VBD waited)) (PP (IN during) (NP (DT a) (NN visit))) (PP (IN by)"
       " (NP (NNP Elessar))) (PP (TO to) (NP (NNP Rohan))) (. .)))",
       "ARNGOV ROH 042", "ARNGOV ROH 042"},
      {"a pair without a target cooperates with itself (any coder)",
       "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD signed) (NP (DT a) (NN deal))) (. .)))",
       "ARN GON 057; GON ARN 057", "ARN GON 057; GON ARN 057"},
      {"... but a conflict is not turned on itself",
       "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD attacked) (NP (DT a) (NN village))) (. .)))", "", ""},
  };
  for (const BothReadings& c : cases) {
    EXPECT_EQ(Events(c.tree, articles_), c.articles) << c.rule;
    EXPECT_EQ(Events(c.tree, petrarch_), c.petrarch) << c.rule;
  }
}

TEST_F(ClauseRolesTest, ReportedCooperationIsAddressedToTheReporter) {
  EXPECT_EQ(Events("(ROOT (S (NP (NNP Elessar)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Rohan) (NNS officials))"
                   " (VP (VBD had) (VP (VBN reaffirmed) (NP (PRP$ their) (NN support))))))) (. .)))",
                   articles_),
            "ROHGOV ARNGOV 051");
  // Conflict is never redirected to the one reporting it.
  EXPECT_EQ(Events("(ROOT (S (NP (NNP Elessar)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Rohan))"
                   " (VP (VBD attacked) (NP (DT the) (NN village)))))) (. .)))",
                   articles_),
            "");
}

}  // namespace
}  // namespace dyad
