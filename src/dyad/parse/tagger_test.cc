#include "dyad/parse/tagger.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/base/text.h"

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

}  // namespace
}  // namespace dyad
