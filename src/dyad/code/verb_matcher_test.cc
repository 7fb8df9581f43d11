#include "dyad/code/verb_matcher.h"

#include <gtest/gtest.h>

#include <string>

#include "dyad/code/code_test_support.h"

namespace dyad {
namespace {

using testing::Tree;

constexpr char kVerbs[] =
    "&MONEY\n"
    "+SWISS_FRANCS\n"
    "+DUCATS\n"
    "--- GIVE [070] ---\n"
    "GIVE {GAVE GIVEN}\n"
    "- * &MONEY TO [071]\n"
    "- * AID_TO + [072]\n"
    "- $ REALLY_* [073]\n"
    "- % * [074]\n"
    "- * WITH % [075]\n"
    "- * ^ TO + [076]\n";

class VerbMatcherTest : public ::testing::Test {
 protected:
  VerbMatcherTest() : dicts_(kVerbs, "ARNOR [ARN]\nGONDOR [GON]\n", "") {}

  // Builds the sequences around the verb (the first VB* word) of `penn`.
  void Load(std::string_view penn) {
    tree_ = Tree(penn);
    ASSERT_TRUE(BuildLinearParse(tree_, &parse_).ok());
    ids_.clear();
    for (int t = 0; t < tree_.token_count(); ++t) ids_.push_back(dicts_.vocabulary.Find(tree_.norm(t)));
    for (size_t i = 0; i + 1 < parse_.items.size(); ++i) {
      const LinearItem& item = parse_.items[i];
      if (item.kind == ItemKind::kOpen && tree_.label(item.value).substr(0, 2) == "VB") {
        UpperSequence(tree_, parse_, ids_, i + 1, &upper_);
        LowerSequence(parse_, ids_, i + 2, parse_.items.size(), &lower_);
        return;
      }
    }
    FAIL() << "no verb in " << penn;
  }

  // The (first) pattern with `code`; null when there is none.
  const VerbPattern* PatternCoded(std::string_view code) const {
    for (size_t p = 0; p < dicts_.verbs.pattern_count(); ++p) {
      if (dicts_.verbs.code(dicts_.verbs.pattern(p).code).text == code) return &dicts_.verbs.pattern(p);
    }
    return nullptr;
  }

  // The pattern with `code`, matched against the loaded sentence, with and
  // without the sequences' word signatures, which must agree.
  PatternMatch Match(std::string_view code) {
    const VerbPattern* pattern = PatternCoded(code);
    if (pattern == nullptr) {
      ADD_FAILURE() << "no pattern " << code;
      return {};
    }
    PatternMatch plain = MatchPattern(dicts_.verbs, *pattern, upper_, lower_);
    SequenceWords upper_words, lower_words;
    upper_words.Set(dicts_.verbs, upper_);
    lower_words.Set(dicts_.verbs, lower_);
    PatternMatch fast = MatchPattern(dicts_.verbs, *pattern, upper_, lower_, &upper_words, &lower_words);
    EXPECT_EQ(fast.matched, plain.matched) << code;
    EXPECT_EQ(fast.source, plain.source) << code;
    EXPECT_EQ(fast.target, plain.target) << code;
    return plain;
  }

  std::string EntityWords(Slot s) {
    if (s.kind != Slot::kEntity) return "?";
    std::string out;
    for (int32_t tok : parse_.entities[s.id].tokens) out += std::string(out.empty() ? "" : " ") + std::string(tree_.norm(tok));
    return out;
  }

  testing::InlineDictionaries dicts_;
  ParseTree tree_;
  LinearParse parse_;
  std::vector<TokenId> ids_;
  std::vector<SeqElem> upper_, lower_;
};

TEST_F(VerbMatcherTest, OpenWordsMayBePrecededByOthers) {
  Load("(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (CD five) (NN million) (NNP Swiss) (NNS francs)) "
       "(PP (TO to) (NP (NNP Gondor))))))");
  EXPECT_TRUE(Match("071").matched);  // &MONEY phrase, then TO
}

TEST_F(VerbMatcherTest, JoinedWordsMustBeAdjacent) {
  Load("(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (NN aid)) (PP (TO to) (NP (NNP Gondor))))))");
  PatternMatch m = Match("072");
  ASSERT_TRUE(m.matched);
  EXPECT_EQ(EntityWords(m.target), "GONDOR");

  Load("(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (NN aid) (RB quickly)) (PP (TO to) (NP (NNP Gondor))))))");
  EXPECT_FALSE(Match("072").matched);
}

TEST_F(VerbMatcherTest, UpperPatternsReadOutwardsFromTheVerb) {
  Load("(ROOT (S (NP (NNP Arnor)) (ADVP (RB really)) (VP (VBD gave) (NP (NNS gifts)))))");
  PatternMatch m = Match("073");
  ASSERT_TRUE(m.matched);
  EXPECT_EQ(EntityWords(m.source), "ARNOR");

  Load("(ROOT (S (NP (NNP Arnor)) (ADVP (RB really) (RB generously)) (VP (VBD gave) (NP (NNS gifts)))))");
  EXPECT_FALSE(Match("073").matched);  // REALLY_* needs REALLY right before the verb
}

TEST_F(VerbMatcherTest, CompoundBeforeTheVerbIsSourceAndTarget) {
  Load("(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD gave) (NP (NNS gifts)))))");
  PatternMatch m = Match("074");
  ASSERT_TRUE(m.matched);
  EXPECT_EQ(m.source.kind, Slot::kCompound);
  EXPECT_EQ(m.target, m.source);
}

TEST_F(VerbMatcherTest, CompoundAfterTheVerbIsOnlyTheTarget) {
  Load("(ROOT (S (NP (NNP Rohan)) (VP (VBD gave) (PP (IN with) (NP (NNP Arnor) (CC and) (NNP Gondor))))))");
  PatternMatch m = Match("075");
  ASSERT_TRUE(m.matched);
  EXPECT_TRUE(m.source.empty());
  EXPECT_EQ(m.target.kind, Slot::kCompound);
  EXPECT_FALSE(Match("074").matched);  // no compound before the verb
}

TEST_F(VerbMatcherTest, CaretSkipsAnEntity) {
  Load("(ROOT (S (NP (NNP Rohan)) (VP (VBD gave) (NP (NNP Arnor)) (PP (TO to) (NP (NNP Gondor))))))");
  PatternMatch m = Match("076");
  ASSERT_TRUE(m.matched);
  EXPECT_EQ(EntityWords(m.target), "GONDOR");
}

TEST_F(VerbMatcherTest, ActorSlotOnACompoundMemberTakesTheCompound) {
  Load("(ROOT (S (NP (NNP Rohan)) (VP (VBD gave) (NP (NNP Arnor)) (PP (TO to) (NP (NNP Gondor) (CC and) "
       "(NNP Eriador))))))");
  PatternMatch m = Match("076");
  ASSERT_TRUE(m.matched);
  EXPECT_EQ(m.target.kind, Slot::kCompound);
}

TEST_F(VerbMatcherTest, SequenceWordsHoldEachWordAndNoOther) {
  Load("(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (NN aid)) (PP (TO to) (NP (NNP Gondor))))))");
  SequenceWords words;
  words.Set(dicts_.verbs, lower_);
  for (std::string_view word : {"AID", "TO", "GONDOR"}) {
    TokenId id = dicts_.vocabulary.Find(word);
    ASSERT_NE(id, kNoToken) << word;
    EXPECT_NE(words.signature() & TokenBit(id), 0u) << word;
    EXPECT_TRUE(words.Has(id)) << word;
  }
  EXPECT_FALSE(words.Has(dicts_.vocabulary.Find("ARNOR")));  // upper sequence only
  // Set again, the words of the first sequence are gone.
  words.Set(dicts_.verbs, upper_);
  EXPECT_FALSE(words.Has(dicts_.vocabulary.Find("AID")));
  EXPECT_TRUE(words.Has(dicts_.vocabulary.Find("ARNOR")));
  words.Set(dicts_.verbs, {});
  EXPECT_EQ(words.signature(), 0u);
  EXPECT_FALSE(words.Has(dicts_.vocabulary.Find("ARNOR")));
}

TEST_F(VerbMatcherTest, SequenceWordsWithoutAPatternWordRefuseThePattern) {
  Load("(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (NN aid)) (PP (TO to) (NP (NNP Gondor))))))");
  SequenceWords upper_words, lower_words, none;
  upper_words.Set(dicts_.verbs, upper_);
  lower_words.Set(dicts_.verbs, lower_);
  const VerbPattern* pattern = PatternCoded("072");
  ASSERT_NE(pattern, nullptr);
  EXPECT_TRUE(MatchPattern(dicts_.verbs, *pattern, upper_, lower_, &upper_words, &lower_words).matched);
  // Words that claim the lower sequence lacks AID and TO.
  EXPECT_FALSE(MatchPattern(dicts_.verbs, *pattern, upper_, lower_, &upper_words, &none).matched);
}

TEST_F(VerbMatcherTest, SequenceWordsWithoutASetMemberRefuseThePattern) {
  Load("(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (NNS ducats)) (PP (TO to) (NP (NNP Gondor))))))");
  const TokenId to = dicts_.vocabulary.Find("TO");
  // A lower sequence of TO alone: no word a member of &MONEY starts with.
  const std::vector<SeqElem> only_to = {{SeqKind::kWord, to, 0}};
  SequenceWords upper_words, lower_words, to_words;
  upper_words.Set(dicts_.verbs, upper_);
  lower_words.Set(dicts_.verbs, lower_);
  to_words.Set(dicts_.verbs, only_to);
  const VerbPattern* pattern = PatternCoded("071");
  ASSERT_NE(pattern, nullptr);
  EXPECT_TRUE(MatchPattern(dicts_.verbs, *pattern, upper_, lower_, &upper_words, &lower_words).matched);
  // Refused whether or not TO shares a signature bit with &MONEY's first
  // words: the sequence's sets say exactly which sets' members may begin.
  EXPECT_FALSE(to_words.MayHoldSet(dicts_.verbs.FindSynset("MONEY")));
  EXPECT_TRUE(lower_words.MayHoldSet(dicts_.verbs.FindSynset("MONEY")));
  EXPECT_FALSE(MatchPattern(dicts_.verbs, *pattern, upper_, lower_, &upper_words, &to_words).matched);
}

TEST_F(VerbMatcherTest, BlockMatchIsTheFirstPatternInDictionaryOrderThatMatches) {
  const VerbBlock& give = dicts_.verbs.block(0);
  SequenceWords upper_words, lower_words;
  // Both AID_TO + (072) and ^ TO + (076) match; the earlier one is taken.
  Load("(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (NN aid)) (PP (TO to) (NP (NNP Gondor))))))");
  upper_words.Set(dicts_.verbs, upper_);
  lower_words.Set(dicts_.verbs, lower_);
  BlockMatch first = MatchBlock(dicts_.verbs, give, upper_, lower_, upper_words, lower_words);
  ASSERT_TRUE(first.match.matched);
  EXPECT_EQ(first.pattern, static_cast<uint32_t>(PatternCoded("072") - &dicts_.verbs.pattern(0)));
  EXPECT_EQ(EntityWords(first.match.target), "GONDOR");
  ASSERT_TRUE(Match("076").matched);

  Load("(ROOT (S (NP (NNP Arnor)) (VP (VBD gave))))");
  upper_words.Set(dicts_.verbs, upper_);
  lower_words.Set(dicts_.verbs, lower_);
  EXPECT_FALSE(MatchBlock(dicts_.verbs, give, upper_, lower_, upper_words, lower_words).match.matched);
}

}  // namespace
}  // namespace dyad
