#include "dyad/code/actor_coder.h"

#include <gtest/gtest.h>

#include <vector>

#include "dyad/base/text.h"
#include "dyad/code/code_test_support.h"

namespace dyad {
namespace {

constexpr char kActors[] =
    "ARNOR_ [ARN]\n"
    "GONDOR [GON]\n"
    "+MINAS_TIRITH\n"
    "AMNESTY_INTERNATIONAL [NGM]\n"
    "QUIBBLER [HGWGOVMED]\n"
    "ARAGORN [ARNGOV]\n"
    "SMEAGOL\n"
    "\t[HOB <950601]\n"
    "\t[HOBGOV 19950601 - 19990815]\n"
    "\t[HOBREB > 990816]\n";
constexpr char kAgents[] =
    "GOVERNMENT [~GOV]\n"
    "MSF {} [NGO~]\n"
    "HUMAN_RIGHTS_ACTIVIST [~OPP]\n"
    "RIGHTS_ACTIVIST [~HRI]\n"
    "GOVERNMENT_NEWSPAPER [~GOVMED]\n";

class ActorCoderTest : public ::testing::Test {
 protected:
  ActorCoderTest() : dicts_("", kActors, kAgents), coder_(dicts_.actors, dicts_.agents) {}

  std::string Code(std::string_view phrase, int date = 20000101) {
    std::vector<TokenId> ids;
    for (std::string_view w : SplitWhitespace(phrase)) ids.push_back(dicts_.vocabulary.Find(ToUpperAscii(w)));
    return coder_.Code(ids, date);
  }

  testing::InlineDictionaries dicts_;
  ActorCoder coder_;
};

TEST_F(ActorCoderTest, FirstActorGivesTheBaseCode) {
  EXPECT_EQ(Code("the new Arnor"), "ARN");
  EXPECT_EQ(Code("Minas Tirith and Arnor"), "GON");
}

TEST_F(ActorCoderTest, AgentsAreAppendedOrPrependedInOrder) {
  EXPECT_EQ(Code("an MSF Arnor government"), "NGOARNGOV");
}

TEST_F(ActorCoderTest, AgentWithoutActorBuildsOnTheNullCode) {
  EXPECT_EQ(Code("the government"), "---GOV");
}

TEST_F(ActorCoderTest, MatchedAgentWordsAreNotMatchedAgain) {
  // RIGHTS ACTIVISTS lies inside HUMAN RIGHTS ACTIVISTS, so no HRI.
  EXPECT_EQ(Code("human rights activists of Amnesty International"), "NGMOPP");
}

TEST_F(ActorCoderTest, AgentAlreadyInTheCodeEndsTheAgents) {
  EXPECT_EQ(Code("the Quibbler government newspaper"), "HGWGOVMED");
}

TEST_F(ActorCoderTest, NoActorNoAgentGivesEmpty) {
  EXPECT_EQ(Code("lions and tigers"), "");
  EXPECT_EQ(Code(""), "");
}

TEST_F(ActorCoderTest, DatedCodesIncludeBothEnds) {
  EXPECT_EQ(Code("Smeagol", 19950531), "HOB");
  EXPECT_EQ(Code("Smeagol", 19950601), "HOBGOV");  // both apply; the bounded range is narrower
  EXPECT_EQ(Code("Smeagol", 19950602), "HOBGOV");
  EXPECT_EQ(Code("Smeagol", 19990815), "HOBGOV");
  EXPECT_EQ(Code("Smeagol", 19990816), "HOBREB");
}


TEST_F(ActorCoderTest, ALaterActorThatExtendsTheFirstRefinesIt) {
  EXPECT_EQ(Code("Arnor 's envoy Aragorn"), "ARNGOV");
  // Another country's actor does not.
  EXPECT_EQ(Code("Gondor 's friend Aragorn"), "GON");
}

TEST_F(ActorCoderTest, DescribeTellsWhereTheActorPhraseLies) {
  std::vector<TokenId> ids;
  for (std::string_view w : {"ARNOR", "'S", "ENVOY", "ARAGORN"}) ids.push_back(dicts_.vocabulary.Find(w));
  ActorCoding c = coder_.Describe(ids, 20000101);
  EXPECT_EQ(c.code, "ARNGOV");
  EXPECT_EQ(c.actor_begin, 3u);
  EXPECT_EQ(c.actor_end, 4u);
  EXPECT_FALSE(coder_.Describe(std::span<const TokenId>(), 20000101).has_actor());
}

}  // namespace
}  // namespace dyad
