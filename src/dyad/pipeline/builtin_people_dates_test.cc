// Codes the same sentence about a person with the built-in dictionaries at
// publication dates before and after the person changed office: the source
// code must follow the dated codes of data/dictionaries/, so a 2025 story
// about Shoigu codes the government, not the military.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dyad/dict/dictionary_set.h"
#include "dyad/parse/lexicon.h"
#include "dyad/pipeline/article_coder.h"

namespace dyad {
namespace {

class BuiltinPeopleDatesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<DictionaryPaths> paths = FindDictionaries(DYAD_BUILTIN_DICT_DIR, {});
    ASSERT_TRUE(paths.ok()) << paths.status().ToString();
    Diagnostics diagnostics;
    Result<std::shared_ptr<const DictionarySet>> set = DictionarySet::Load(*paths, &diagnostics);
    ASSERT_TRUE(set.ok()) << set.status().ToString();
    Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Shared();
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
    set_ = new std::shared_ptr<const DictionarySet>(*set);
    lexicon_ = new std::shared_ptr<const Lexicon>(*lexicon);
  }
  static void TearDownTestSuite() {
    delete set_;
    delete lexicon_;
  }

  // The source codes of the events of `sentence`, in a one-paragraph article
  // published on `published`, joined by spaces ("" when there is none).
  static std::string Sources(const std::string& sentence, CalendarDate published) {
    Document doc;
    doc.id = "people";
    doc.file = "people.txt";
    doc.published.date = published;
    doc.text = sentence;
    Segment paragraph;
    paragraph.role = SegmentRole::kParagraph;
    paragraph.begin = 0;
    paragraph.end = static_cast<uint32_t>(doc.text.size());
    doc.segments.push_back(paragraph);
    ArticleCoder coder(**set_, lexicon_->get());
    ArticleCoding coding;
    Status status = coder.Code(doc, &coding);
    EXPECT_TRUE(status.ok()) << status.ToString();
    std::string sources;
    for (const EventRecord& e : coding.events) sources += (sources.empty() ? "" : " ") + e.source;
    return sources;
  }

  static std::shared_ptr<const DictionarySet>* set_;
  static std::shared_ptr<const Lexicon>* lexicon_;
};

std::shared_ptr<const DictionarySet>* BuiltinPeopleDatesTest::set_ = nullptr;
std::shared_ptr<const Lexicon>* BuiltinPeopleDatesTest::lexicon_ = nullptr;

TEST_F(BuiltinPeopleDatesTest, ShoiguWasDefenceMinisterUntilMay2024ThenSecurityCouncilSecretary) {
  const std::string sentence = "Sergei Shoigu visited China.";
  EXPECT_EQ(Sources(sentence, {2023, 3, 1}), "RUSMIL");
  EXPECT_EQ(Sources(sentence, {2024, 5, 12}), "RUSMIL");
  EXPECT_EQ(Sources(sentence, {2024, 5, 13}), "RUSGOV");
  EXPECT_EQ(Sources(sentence, {2025, 7, 12}), "RUSGOV");
}

TEST_F(BuiltinPeopleDatesTest, ChoeSonHuiIsGovernmentAsViceMinisterAndAsForeignMinister) {
  const std::string sentence = "Choe Son Hui visited China.";
  EXPECT_EQ(Sources(sentence, {2019, 3, 1}), "PRKGOV");
  EXPECT_EQ(Sources(sentence, {2024, 11, 4}), "PRKGOV");
}

TEST_F(BuiltinPeopleDatesTest, YoonSukYeolFromProsecutorToPresidentToFormerPresident) {
  const std::string sentence = "Yoon Suk Yeol visited China.";
  EXPECT_EQ(Sources(sentence, {2020, 6, 1}), "KORJUD");
  EXPECT_EQ(Sources(sentence, {2021, 12, 1}), "KOROPP");
  EXPECT_EQ(Sources(sentence, {2023, 4, 26}), "KORGOV");
  EXPECT_EQ(Sources(sentence, {2025, 6, 1}), "KORELI");
}

TEST_F(BuiltinPeopleDatesTest, RishiSunakFromChancellorToPrimeMinisterToOpposition) {
  const std::string sentence = "Rishi Sunak visited China.";
  EXPECT_EQ(Sources(sentence, {2021, 1, 5}), "GBRGOV");
  EXPECT_EQ(Sources(sentence, {2022, 9, 1}), "GBRLEG");
  EXPECT_EQ(Sources(sentence, {2023, 1, 5}), "GBRGOV");
  EXPECT_EQ(Sources(sentence, {2024, 8, 1}), "GBROPP");
}

// An organisation's dated code: the Brotherhood is the opposition before and
// after Morsi's presidency and has no code of its own during it.
TEST_F(BuiltinPeopleDatesTest, MuslimBrotherhoodIsOppositionBeforeAndAfterMorsisPresidency) {
  const std::string sentence = "The Muslim Brotherhood criticised Israel.";
  EXPECT_EQ(Sources(sentence, {2011, 2, 1}), "EGYOPP");
  EXPECT_EQ(Sources(sentence, {2012, 6, 29}), "EGYOPP");
  EXPECT_EQ(Sources(sentence, {2012, 6, 30}), "");
  EXPECT_EQ(Sources(sentence, {2013, 7, 3}), "");
  EXPECT_EQ(Sources(sentence, {2013, 7, 4}), "EGYOPP");
  EXPECT_EQ(Sources(sentence, {2016, 5, 1}), "EGYOPP");
}

}  // namespace
}  // namespace dyad
