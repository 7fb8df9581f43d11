#include "dyad/code/noun_events.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/code/code_test_support.h"

namespace dyad {
namespace {

using testing::Tree;

class NounEventsTest : public ::testing::Test {
 protected:
  NounEventsTest()
      : dicts_("--- VISIT [042] ---\nVISIT\n--- REPORT [---] ---\nREPORT\n",
               "ARNOR [ARN]\nROHAN [ROH]\nELESSAR [ARNGOV]\n", "OFFICIAL [~GOV]\n"),
        actors_(dicts_.actors, dicts_.agents) {}

  // "SRC TGT CODE [verb word]" per event, joined by "; ".
  std::string Events(std::string_view penn) {
    ParseTree tree = Tree(penn);
    std::vector<TokenId> ids;
    for (int t = 0; t < tree.token_count(); ++t) ids.push_back(dicts_.vocabulary.Find(tree.norm(t)));
    std::vector<CodedEvent> events;
    AddNounEvents(tree, ids, dicts_.verbs, actors_, 20250101, &dicts_.files, &events);
    std::string out;
    for (const CodedEvent& e : events) {
      if (!out.empty()) out += "; ";
      out += e.source + " " + e.target + " " + e.code + " [" + std::string(tree.word(e.verb_span.begin)) + "]";
    }
    return out;
  }

  testing::InlineDictionaries dicts_;
  ActorCoder actors_;
};

TEST_F(NounEventsTest, VisitByXToYInEitherOrder) {
  EXPECT_EQ(Events("(ROOT (NP (NP (DT a) (NN visit)) (PP (IN by) (NP (NNP Elessar))) (PP (TO to) (NP (NNP Rohan)))))"),
            "ARNGOV ROH 042 [visit]");
  EXPECT_EQ(Events("(ROOT (NP (NP (DT a) (NN visit)) (PP (TO to) (NP (NNP Rohan))) (PP (IN by) (NP (NNP Elessar)))))"),
            "ARNGOV ROH 042 [visit]");
  // The target phrase nested in the agent's noun phrase.
  EXPECT_EQ(Events("(ROOT (NP (NP (DT a) (NN visit)) (PP (IN by) (NP (NP (NNP Elessar)) (PP (TO to) (NP (NNP Rohan)))))))"),
            "ARNGOV ROH 042 [visit]");
}

TEST_F(NounEventsTest, BothSidesMustBeNamedActors) {
  EXPECT_EQ(Events("(ROOT (NP (NP (PRP$ his) (NN visit)) (PP (TO to) (NP (NNP Rohan)))))"), "");
  EXPECT_EQ(Events("(ROOT (NP (NP (DT a) (NN visit)) (PP (IN by) (NP (NNP Elessar))) (PP (TO to) (NP (DT the) (NN coast)))))"),
            "");
  EXPECT_EQ(Events("(ROOT (NP (NP (DT a) (NN visit)) (PP (IN by) (NP (NNS officials))) (PP (TO to) (NP (NNP Rohan)))))"),
            "");
}

TEST_F(NounEventsTest, OnlyNounsWhoseVerbFormIsAnEvent) {
  EXPECT_EQ(Events("(ROOT (NP (NP (DT a) (NN report)) (PP (IN by) (NP (NNP Elessar))) (PP (TO to) (NP (NNP Rohan)))))"),
            "");
  // The verb itself is the verb stage's business.
  EXPECT_EQ(Events("(ROOT (S (NP (NNP Elessar)) (VP (VBD visited) (NP (NNP Rohan)))))"), "");
}

}  // namespace
}  // namespace dyad
