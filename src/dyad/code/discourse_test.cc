// Coreference inside an article, exercised through the Coder as the article
// coder drives it: one Discourse, the sentences in order.
#include "dyad/code/discourse.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/code/code_test_support.h"
#include "dyad/code/coder.h"

namespace dyad {
namespace {

using testing::Tree;

constexpr char kVerbs[] =
    "--- ATTACK [190] ---\n"
    "ATTACK\n"
    "--- THANK [051] ---\n"
    "THANK\n"
    "--- SIGN [---] ---\n"
    "SIGN\n"
    "- * AGREEMENT [057]\n";
constexpr char kActors[] =
    "ARNOR_ [ARN]\n"
    "GONDOR_ [GON]\n"
    "ROHAN_ [ROH]\n"
    "ARAGORN_ELESSAR_ [ARNGOV]\n"
    "FARAMIR_HURINION_ [GONGOV]\n";
constexpr char kAgents[] =
    "MINISTER [~GOV]\n"
    "SOLDIER [~MIL]\n";

class DiscourseTest : public ::testing::Test {
 protected:
  DiscourseTest() : dicts_(kVerbs, kActors, kAgents), coder_(dicts_.View()) {}

  // Codes the sentences in order as one article; "SRC TGT CODE" per event
  // of the last sentence, joined by "; ".
  std::string LastEvents(const std::vector<std::string>& penn, bool with_discourse = true) {
    discourse_.Clear();
    std::string out;
    for (const std::string& p : penn) {
      ParseTree tree = Tree(p);
      out = testing::EventTriples(coder_.Code(tree, 20250101, options_, with_discourse ? &discourse_ : nullptr).events);
    }
    return out;
  }

  testing::InlineDictionaries dicts_;
  Coder coder_;
  CoderOptions options_;
  Discourse discourse_;
};

constexpr char kAragornMetFaramir[] =
    "(ROOT (S (NP (NNP Aragorn) (NNP Elessar)) (VP (VBD met) (NP (NNP Faramir) (NNP Hurinion))) (. .)))";

TEST_F(DiscourseTest, SurnameIsThePersonNamedInFull) {
  const std::vector<std::string> article = {
      kAragornMetFaramir, "(ROOT (S (NP (NNP Elessar)) (VP (VBD attacked) (NP (NNP Rohan))) (. .)))"};
  EXPECT_EQ(LastEvents(article), "ARNGOV ROH 190");
  // Each sentence alone, as PETRARCH codes them, knows no Elessar.
  EXPECT_EQ(LastEvents(article, /*with_discourse=*/false), "");
}

TEST_F(DiscourseTest, HeIsTheFirstPersonOfThePreviousSentence) {
  EXPECT_EQ(LastEvents({kAragornMetFaramir,
                        "(ROOT (S (NP (PRP He)) (ADVP (RB also)) (VP (VBD thanked) (NP (NNP Rohan))) (. .)))"}),
            "ARNGOV ROH 051");
}

TEST_F(DiscourseTest, HeNeedsAPersonAndLooksTwoSentencesBackAtMost) {
  const std::string he_attacked = "(ROOT (S (NP (PRP He)) (VP (VBD attacked) (NP (NNP Rohan))) (. .)))";
  const std::string arnor_waited = "(ROOT (S (NP (NNP Arnor)) (VP (VBD waited)) (. .)))";
  // A country is no "he".
  EXPECT_EQ(LastEvents({arnor_waited, he_attacked}), "");
  EXPECT_EQ(LastEvents({kAragornMetFaramir, arnor_waited, arnor_waited, he_attacked}), "");
  EXPECT_EQ(LastEvents({kAragornMetFaramir, arnor_waited, he_attacked}), "ARNGOV ROH 190");
}

TEST_F(DiscourseTest, ItIsTheCountryEarlierInTheSentence) {
  EXPECT_EQ(LastEvents({"(ROOT (S (NP (NNP Gondor)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD attacked)"
                        " (NP (NNP Rohan)))))) (. .)))"}),
            "GON ROH 190");
}

TEST_F(DiscourseTest, TheyIsAGroup) {
  EXPECT_EQ(LastEvents({"(ROOT (S (NP (NNP Gondor) (NNS soldiers)) (VP (VBD crossed) (NP (DT the) (NN river))) (. .)))",
                        "(ROOT (S (NP (PRP They)) (VP (VBD attacked) (NP (NNP Rohan))) (. .)))"}),
            "GONMIL ROH 190");
}

TEST_F(DiscourseTest, TheMinisterIsThePersonIntroducedWithThatTitle) {
  const std::string introduced =
      "(ROOT (S (NP (NNP Arnor) (NN minister) (NNP Aragorn) (NNP Elessar)) (VP (VBD waited)) (. .)))";
  const std::string the_minister =
      "(ROOT (S (NP (DT The) (NN minister)) (VP (VBD attacked) (NP (NNP Rohan))) (. .)))";
  EXPECT_EQ(LastEvents({introduced, the_minister}), "ARNGOV ROH 190");
  // Faramir was named without a title: "the minister" stays an agent alone.
  EXPECT_EQ(LastEvents({"(ROOT (S (NP (NNP Faramir) (NNP Hurinion)) (VP (VBD waited)) (. .)))", the_minister}),
            "---GOV ROH 190");
}

TEST_F(DiscourseTest, TheTwoCountriesAreTheTwoMostMentionedAndActOnEachOther) {
  const std::vector<std::string> article = {
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD thanked) (NP (NNP Gondor))) (. .)))",
      "(ROOT (S (NP (NNP Rohan)) (VP (VBD thanked) (NP (NNP Gondor))) (. .)))",
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD thanked) (NP (NNP Gondor))) (. .)))",
      "(ROOT (S (NP (DT The) (CD two) (JJ old) (NNS allies)) (VP (VBD signed) (NP (DT an) (NN agreement))) (. .)))"};
  // Gondor three times, Arnor twice, Rohan once.
  EXPECT_EQ(LastEvents(article), "GON ARN 057; ARN GON 057");
}

TEST_F(DiscourseTest, BothLeadersAreTheTwoLatestPersonsOfDifferentCountries) {
  EXPECT_EQ(LastEvents({kAragornMetFaramir, "(ROOT (S (NP (DT Both) (NNS leaders)) (VP (VBD signed) (NP (DT an)"
                                            " (NN agreement))) (. .)))"}),
            "ARNGOV GONGOV 057; GONGOV ARNGOV 057");
}

TEST_F(DiscourseTest, ClearForgetsThePreviousArticle) {
  LastEvents({kAragornMetFaramir});
  discourse_.Clear();
  ParseTree tree = Tree("(ROOT (S (NP (PRP He)) (VP (VBD attacked) (NP (NNP Rohan))) (. .)))");
  discourse_.BeginSentence();
  EXPECT_FALSE(discourse_.Resolve(tree, std::vector<int32_t>{0}, "").has_value());
}

}  // namespace
}  // namespace dyad
