#include "dyad/parse/tagger.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/dict/dictionary_set.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

std::string Tags(const Lexicon* lexicon, std::string_view sentence) {
  std::vector<std::string_view> words = SplitWhitespace(sentence);
  std::vector<PosTag> tags;
  PosTagger(lexicon).Tag(words, &tags);
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += ' ';
    out += std::string(words[i]) + "/" + std::string(PosTagName(tags[i]));
  }
  return out;
}

const Lexicon* Shared() {
  auto lexicon = Lexicon::Shared();
  return lexicon.ok() ? lexicon->get() : nullptr;
}

TEST(TaggerTest, WithoutLexiconSuffixesAndFunctionWordsDecide) {
  EXPECT_EQ(Tags(nullptr, "The envoy quickly blorfed the zantic treaties ."),
            "The/DT envoy/NN quickly/RB blorfed/VBD the/DT zantic/JJ treaties/NNS ./.");
  EXPECT_EQ(Tags(nullptr, "12 , 3.5"), "12/CD ,/, 3.5/CD");
}

TEST(TaggerTest, ContextSettlesAmbiguousWords) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  // After "to" and a modal: base verbs; after a determiner: nouns.
  EXPECT_EQ(Tags(Shared(), "They want to attack the attack ."),
            "They/PRP want/VBP to/TO attack/VB the/DT attack/NN ./.");
  EXPECT_EQ(Tags(Shared(), "Gondor will attack ."), "Gondor/NNP will/MD attack/VB ./.");
  // "-ed" after have/be is a participle, after a subject a past tense.
  EXPECT_EQ(Tags(Shared(), "Arnor has attacked and was attacked ."),
            "Arnor/NNP has/VBZ attacked/VBN and/CC was/VBD attacked/VBN ./.");
  EXPECT_EQ(Tags(Shared(), "Arnor attacked Gondor ."), "Arnor/NNP attacked/VBD Gondor/NNP ./.");
}

TEST(TaggerTest, CapitalsMidSentenceAreNamesUnlessTheSentenceIsInCapitals) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  EXPECT_EQ(Tags(Shared(), "The Bear said ."), "The/DT Bear/NNP said/VBD ./.");
  EXPECT_EQ(Tags(Shared(), "THE TROOPS ATTACKED THE CITY ."),
            "THE/DT TROOPS/NNS ATTACKED/VBD THE/DT CITY/NN ./.");
}

TEST(TaggerTest, ThatAndPossessiveCliticByContext) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  EXPECT_EQ(Tags(Shared(), "He said that Arnor 's envoy left ."),
            "He/PRP said/VBD that/IN Arnor/NNP 's/POS envoy/NN left/VBD ./.");
  EXPECT_EQ(Tags(Shared(), "the treaty that ended the war"),
            "the/DT treaty/NN that/WDT ended/VBD the/DT war/NN");
}

TEST(TaggerTest, ClauseVerbAfterASubjectAndItsPrepositionalPhrase) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  // A subject before the PP: the verb is the clause's.
  EXPECT_EQ(Tags(Shared(), "Arnor on Thursday signed an accord ."),
            "Arnor/NNP on/IN Thursday/NNP signed/VBD an/DT accord/NN ./.");
  // No subject yet: the -ed form modifies the preposition's object.
  EXPECT_EQ(Tags(Shared(), "In remarks published on Monday , Arnor urged talks ."),
            "In/IN remarks/NNS published/VBN on/IN Monday/NNP ,/, Arnor/NNP urged/VBD talks/NNS ./.");
}

TEST(TaggerTest, ParticipleModifyingTheSubjectBeforeItsVerb) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  EXPECT_EQ(Tags(Shared(), "A report released Tuesday in the capital alleged that Arnor attacked Gondor ."),
            "A/DT report/NN released/VBN Tuesday/NNP in/IN the/DT capital/NN alleged/VBD that/IN Arnor/NNP "
            "attacked/VBD Gondor/NNP ./.");
  EXPECT_EQ(Tags(Shared(), "Troops stationed in the north have attacked the town ."),
            "Troops/NNS stationed/VBN in/IN the/DT north/NN have/VBP attacked/VBN the/DT town/NN ./.");
  EXPECT_EQ(Tags(Shared(), "The city attacked by rebels was empty ."),
            "The/DT city/NN attacked/VBN by/IN rebels/NNS was/VBD empty/JJ ./.");
  // With an object of its own it is the clause's verb.
  EXPECT_EQ(Tags(Shared(), "Rebels attacked the city in the north ."),
            "Rebels/NNS attacked/VBD the/DT city/NN in/IN the/DT north/NN ./.");
}

TEST(TaggerTest, VerbsOfSayingTakeAClauseWithoutThat) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  EXPECT_EQ(Tags(Shared(), "Arnor said Gondor attacked the town ."),
            "Arnor/NNP said/VBD Gondor/NNP attacked/VBD the/DT town/NN ./.");
  EXPECT_EQ(Tags(Shared(), "She hoped officials accused of crimes would be indicted ."),
            "She/PRP hoped/VBD officials/NNS accused/VBN of/IN crimes/NNS would/MD be/VB indicted/VBN ./.");
}

TEST(TaggerTest, ARelativeClauseBetweenCommasLeavesItsClauseAsItWas) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  EXPECT_EQ(Tags(Shared(), "The envoy , who arrived on Monday , met Aragorn ."),
            "The/DT envoy/NN ,/, who/WP arrived/VBD on/IN Monday/NNP ,/, met/VBD Aragorn/NNP ./.");
}

TEST(TaggerTest, AfterAndTheVerbTakesTheFormOfTheVerbBefore) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  EXPECT_EQ(Tags(Shared(), "Ten were wounded and killed ."), "Ten/CD were/VBD wounded/VBN and/CC killed/VBN ./.");
  EXPECT_EQ(Tags(Shared(), "Arnor said talks would fail and warned Gondor ."),
            "Arnor/NNP said/VBD talks/NNS would/MD fail/VB and/CC warned/VBD Gondor/NNP ./.");
  EXPECT_EQ(Tags(Shared(), "He will give a speech and meet them ."),
            "He/PRP will/MD give/VB a/DT speech/NN and/CC meet/VB them/PRP ./.");
}

TEST(TaggerTest, NoSubjectAfterAVerbOfTheClause) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  // "turn" is the gerund's object, so "neighbors" in the PP is no verb.
  EXPECT_EQ(Tags(Shared(), "Arnor voted , making a turn towards Western neighbors ."),
            "Arnor/NNP voted/VBD ,/, making/VBG a/DT turn/NN towards/IN Western/NNP neighbors/NNS ./.");
}

TEST(TaggerTest, NationalityBeforeAnAdjective) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  EXPECT_EQ(Tags(Shared(), "French political officials"), "French/JJ political/JJ officials/NNS");
}

TEST(TaggerTest, ToAfterAccordingIsAPreposition) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  EXPECT_EQ(Tags(Shared(), "according to police"), "according/VBG to/TO police/NN");
  EXPECT_EQ(Tags(Shared(), "they want to police it"), "they/PRP want/VBP to/TO police/VB it/PRP");
}

TEST(TaggerTest, ABaseFormAfterASingularNounIsANoun) {
  if (Shared() == nullptr) GTEST_SKIP() << "WordNet not installed";
  EXPECT_EQ(Tags(Shared(), "the peace process failed"), "the/DT peace/NN process/NN failed/VBD");
  EXPECT_EQ(Tags(Shared(), "an arms embargo would fail"), "an/DT arms/NNS embargo/NN would/MD fail/VB");
  EXPECT_EQ(Tags(Shared(), "the rebels attack"), "the/DT rebels/NNS attack/VBP");
}

TEST(TaggerTest, DictionaryEvidenceFollowsSetDictionaries) {
  // Each thread remembers what words are; new dictionaries must not meet
  // what was remembered under the old ones.
  DictionaryPaths paths;
  paths.actors = {testing::WriteTempFile("tagger_test.actors.txt", "ZORBED [ZRB]\n")};
  Diagnostics problems;
  auto set = DictionarySet::Load(paths, &problems);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  const std::vector<std::string_view> words = {"they", "zorbed", "it"};
  std::vector<PosTag> tags;
  PosTagger tagger(nullptr);
  tagger.Tag(words, &tags);
  EXPECT_EQ(tags[1], PosTag::kVBD);  // an unknown -ed form after a subject
  tagger.SetDictionaries(TaggerDictionaries::Of(**set));
  tagger.Tag(words, &tags);
  EXPECT_EQ(tags[1], PosTag::kNN);  // an actor's name
  tagger.SetDictionaries({});
  tagger.Tag(words, &tags);
  EXPECT_EQ(tags[1], PosTag::kVBD);
}

}  // namespace
}  // namespace dyad
