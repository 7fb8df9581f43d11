#include "dyad/code/event_assembler.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/code/code_test_support.h"

namespace dyad {
namespace {

using testing::Tree;

// The sentence's entities in reading order get `codes`; the upper and lower
// sequences are cut around its only VB* word.
class EventAssemblerTest : public ::testing::Test {
 protected:
  void Load(std::string_view penn, std::vector<std::string> codes) {
    tree_ = Tree(penn);
    ASSERT_TRUE(BuildLinearParse(tree_, &parse_).ok());
    ASSERT_EQ(parse_.entities.size(), codes.size());
    for (size_t i = 0; i < codes.size(); ++i) parse_.entities[i].code = codes[i];
    std::vector<TokenId> ids(tree_.token_count(), kNoToken);
    for (size_t i = 0; i < parse_.items.size(); ++i) {
      const LinearItem& item = parse_.items[i];
      if (item.kind == ItemKind::kOpen && tree_.label(item.value).substr(0, 2) == "VB") {
        UpperSequence(tree_, parse_, ids, i + 1, &upper_);
        LowerSequence(parse_, ids, i + 2, parse_.items.size(), &lower_);
      }
    }
  }
  std::string Events(const VerbCoding& verb) {
    EventAssembler a(tree_, parse_, options_);
    std::vector<CodedEvent> events;
    a.AddEvents(verb, &events);
    a.Finish(&events);
    std::string out;
    for (const CodedEvent& e : events) out += (out.empty() ? "" : "; ") + e.source + " " + e.target + " " + e.code;
    return out;
  }

  CoderOptions options_;
  ParseTree tree_;
  LinearParse parse_;
  std::vector<SeqElem> upper_, lower_;
};

constexpr std::string_view kSentence =
    "(ROOT (S (NP (NNS crowds)) (PP (IN in) (NP (NNP Arnor))) (VP (VBD met) (NP (NNP Arnor2)) "
    "(NP (NNS officials)) (PP (IN with) (NP (NNP Gondor))))))";

TEST_F(EventAssemblerTest, SourceIsTheFirstCodedEntityBeforeTheVerb) {
  Load(kSentence, {"---", "ARN", "ARNGOV", "---", "GON"});
  EventAssembler a(tree_, parse_, options_);
  EXPECT_EQ(a.FindSource(upper_), (Slot{Slot::kEntity, 1}));
}

TEST_F(EventAssemblerTest, AgentWithoutActorYieldsToAnActor) {
  Load(kSentence, {"---GOV", "ARN", "---MIL", "GON", "---"});
  EventAssembler a(tree_, parse_, options_);
  EXPECT_EQ(a.FindSource(upper_), (Slot{Slot::kEntity, 1}));
  EXPECT_EQ(a.FindTarget(upper_, lower_, {Slot::kEntity, 1}), (Slot{Slot::kEntity, 3}));

  Load(kSentence, {"---GOV", "---", "---MIL", "---", "---"});
  EXPECT_EQ(a.FindSource(upper_), (Slot{Slot::kEntity, 0}));
  EXPECT_EQ(a.FindTarget(upper_, lower_, {Slot::kEntity, 0}), (Slot{Slot::kEntity, 2}));
}

TEST_F(EventAssemblerTest, TargetSkipsCodesBeginningWithTheSourceCode) {
  Load(kSentence, {"---", "ARN", "ARNGOV", "---", "GON"});
  EventAssembler a(tree_, parse_, options_);
  EXPECT_EQ(a.FindTarget(upper_, lower_, {Slot::kEntity, 1}), (Slot{Slot::kEntity, 4}));
}

TEST_F(EventAssemblerTest, NullTargetAfterTheVerbBeatsCodedOnesBeforeIt) {
  Load(kSentence, {"---", "ARN", "ARN", "---", "ARN"});
  EventAssembler a(tree_, parse_, options_);
  EXPECT_EQ(a.FindTarget(upper_, lower_, {Slot::kEntity, 1}), (Slot{Slot::kEntity, 3}));
}

TEST_F(EventAssemblerTest, PassiveAndPairedCodes) {
  Load(kSentence, {"---", "ARN", "ARNGOV", "---", "GON"});
  VerbCoding v;
  v.source = {Slot::kEntity, 1};
  v.target = {Slot::kEntity, 4};
  v.code = "032:033";
  EXPECT_EQ(Events(v), "ARN GON 032; GON ARN 033");
  v.code = "112";
  v.passive = true;
  EXPECT_EQ(Events(v), "GON ARN 112");
}

TEST_F(EventAssemblerTest, VoiceCodesPickOneSideByVoice) {
  Load(kSentence, {"---", "ARN", "ARNGOV", "---", "GON"});
  VerbCoding v;
  v.source = {Slot::kEntity, 1};
  v.target = {Slot::kEntity, 4};
  v.voice_codes = true;
  v.code = "042:043";
  EXPECT_EQ(Events(v), "ARN GON 042");
  v.passive = true;
  EXPECT_EQ(Events(v), "GON ARN 043");
  v.passive = false;
  v.code = ":173";
  EXPECT_EQ(Events(v), "");
}

TEST_F(EventAssemblerTest, SelfPairsAndNullSidesAreDropped) {
  Load(kSentence, {"---", "ARN", "ARN", "---", "ARN/GON"});
  VerbCoding v;
  v.source = {Slot::kEntity, 1};
  v.target = {Slot::kEntity, 4};
  v.code = "064";
  EXPECT_EQ(Events(v), "ARN GON 064");  // ARN/GON splits; ARN ARN is a self-pair
  v.target = {Slot::kEntity, 0};
  EXPECT_EQ(Events(v), "");
  options_.require_dyad = false;
  EXPECT_EQ(Events(v), "ARN --- 064");
}

TEST_F(EventAssemblerTest, PairedCodeWithANullSideUsesTheOtherSide) {
  Load("(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD met) (NP (NNS officials)))))", {"ARN", "GON", "---"});
  VerbCoding v;
  v.source = {Slot::kCompound, 0};
  v.target = {Slot::kEntity, 2};
  v.code = "031:032";
  EXPECT_EQ(Events(v), "ARN GON 031; GON ARN 031; ARN GON 032; GON ARN 032");
}

TEST_F(EventAssemblerTest, ActorCountCountsDistinctActorCodesAndAlternatives) {
  Load(kSentence, {"---", "ARN/GON/ARN", "---GOV", "\"X\"", "GON"});
  EventAssembler a(tree_, parse_, options_);
  EXPECT_EQ(a.ActorCount({Slot::kEntity, 0}), 0u);  // uncoded
  EXPECT_EQ(a.ActorCount({Slot::kEntity, 1}), 2u);  // ARN and GON, ARN once
  EXPECT_EQ(a.ActorCount({Slot::kEntity, 2}), 0u);  // an agent alone
  EXPECT_EQ(a.ActorCount({Slot::kEntity, 3}), 0u);  // a quoted phrase
  EXPECT_EQ(a.ActorCount({Slot::kEntity, 4}), 1u);
  EXPECT_EQ(a.ActorCount({}), 0u);
  // With quoted phrases for uncoded entities, those still do not count.
  options_.new_actor_length = 4;
  EventAssembler quoting(tree_, parse_, options_);
  EXPECT_EQ(quoting.ActorCount({Slot::kEntity, 0}), 0u);
  EXPECT_EQ(quoting.ActorCount({Slot::kEntity, 1}), 2u);
}

TEST_F(EventAssemblerTest, ActorCountOfACompoundCountsItsMembersOnce) {
  Load("(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (NNP Gondor))) (VP (VBD met))))", {"ARN/GON", "GON"});
  ASSERT_EQ(parse_.compounds.size(), 1u);
  EventAssembler a(tree_, parse_, options_);
  EXPECT_EQ(a.ActorCount({Slot::kCompound, 0}), 2u);
}

}  // namespace
}  // namespace dyad
