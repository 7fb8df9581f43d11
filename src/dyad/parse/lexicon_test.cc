#include "dyad/parse/lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "dyad/base/file.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class LexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_lexicon_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Write("index.noun",
          "  1 licence text that must be skipped\n"
          "attack n 2 3 @ ~ + 2 5 00000001 00000002  \n"
          "tie n 1 1 @ 1 0 00000003  \n"
          "ethiopia n 1 2 @ #p 1 0 00000004  \n"
          "credit_card n 1 1 @ 1 0 00000005  \n"
          "man n 1 1 @ 1 3 00000006  \n");
    Write("index.verb", "attack v 1 2 @ + 1 9 00000007  \ntie v 1 1 @ 1 2 00000008  \ncommit v 1 1 @ 1 4 00000009  \n"
                        "go v 1 1 @ 1 30 00000010  \ntake v 1 1 @ 1 20 00000011  \n");
    Write("index.adj", "big a 1 1 & 1 7 00000012  \n");
    Write("index.adv", "fast r 1 1 \\ 1 2 00000013  \n");
    Write("noun.exc", "men man\n");
    Write("verb.exc", "went go\ntaken take\n");
    Write("adj.exc", "");
    Write("adv.exc", "");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }

  fs::path dir_;
};

TEST_F(LexiconTest, BaseFormsCarryTheirTaggedSenseCounts) {
  auto lex = Lexicon::Load(dir_.string());
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  WordAnalysis a = (*lex)->Analyze("attack");
  EXPECT_EQ(a.noun, 6);
  EXPECT_EQ(a.verb, 10);
  EXPECT_EQ((*lex)->Analyze("ethiopia").noun, 1);
  EXPECT_FALSE((*lex)->Analyze("credit_card").known());  // multi-word lemmas are left out
  EXPECT_FALSE((*lex)->Analyze("licence").known());
}

TEST_F(LexiconTest, RegularAndIrregularInflections) {
  auto lex = Lexicon::Load(dir_.string());
  ASSERT_TRUE(lex.ok());
  const Lexicon& l = **lex;
  EXPECT_GT(l.Analyze("attacked").verb_ed, 0);
  EXPECT_GT(l.Analyze("attacking").verb_ing, 0);
  EXPECT_GT(l.Analyze("attacks").verb_s, 0);
  EXPECT_GT(l.Analyze("attacks").plural_noun, 0);
  EXPECT_GT(l.Analyze("ties").plural_noun, 0);
  EXPECT_GT(l.Analyze("tied").verb_ed, 0);
  EXPECT_GT(l.Analyze("committed").verb_ed, 0);  // doubled consonant
  EXPECT_GT(l.Analyze("bigger").adj_er, 0);
  EXPECT_GT(l.Analyze("men").plural_noun, 0);
  EXPECT_EQ(l.Analyze("went").verb_ed, 31);
  EXPECT_FALSE(l.Analyze("went").participle_only);
  EXPECT_TRUE(l.Analyze("taken").participle_only);
  EXPECT_EQ(l.Analyze("attack").verb_ed, 0);
  EXPECT_FALSE(l.Analyze("zzzed").known());
}

// Analyze remembers answers per thread; a lexicon freed and another loaded,
// maybe at the same address, must not be answered from the first one's.
TEST_F(LexiconTest, EachLexiconAnswersForItself) {
  for (int round = 0; round < 3; ++round) {
    {
      auto lex = Lexicon::Load(dir_.string());
      ASSERT_TRUE(lex.ok());
      EXPECT_EQ((*lex)->Analyze("attack").noun, 6);
      EXPECT_EQ((*lex)->Analyze("attack").noun, 6);  // remembered, the same
    }
    Write("index.noun", "attack n 1 1 @ 1 40 00000001  \n");
    {
      auto other = Lexicon::Load(dir_.string());
      ASSERT_TRUE(other.ok());
      EXPECT_EQ((*other)->Analyze("attack").noun, 41);
    }
    SetUp();  // the first lexicon's files again
  }
}

TEST_F(LexiconTest, MissingFileIsAnError) {
  fs::remove(dir_ / "verb.exc");
  EXPECT_FALSE(Lexicon::Load(dir_.string()).ok());
}

// Oracle: every lemma of the real index files, read here the simplest way,
// is found by the lexicon's hash table with the weight of its part of speech
// (at least that weight when it is also another lemma's irregular form).
TEST(LexiconOracleTest, EveryIndexLemmaIsFoundWithItsWeight) {
  auto lex = Lexicon::Shared();
  if (!lex.ok()) GTEST_SKIP() << "WordNet not installed: " << lex.status().ToString();
  const char* dir = std::getenv("DYAD_WORDNET_DIR");
  std::string base = dir && *dir ? dir : "/usr/share/wordnet";
  size_t checked = 0;
  for (const char* part : {"noun", "verb", "adj", "adv"}) {
    std::string line;
    Result<std::string> text = ReadFile(base + "/index." + part);
    ASSERT_TRUE(text.ok());
    std::map<std::string, int> best;  // lemma -> 1 + tagsense_cnt
    std::set<std::string> irregular;  // also an irregular form of another lemma
    Result<std::string> exc = ReadFile(base + "/" + part + ".exc");
    ASSERT_TRUE(exc.ok());
    std::istringstream exc_lines(*exc);
    while (std::getline(exc_lines, line)) irregular.insert(line.substr(0, line.find(' ')));
    std::istringstream lines(*text);
    while (std::getline(lines, line)) {
      if (line.empty() || line[0] == ' ') continue;
      std::istringstream f(line);
      std::string lemma, pos;
      int synsets = 0, pointers = 0, senses = 0, tagged = 0;
      f >> lemma >> pos >> synsets >> pointers;
      for (int k = 0; k < pointers; ++k) f >> pos;
      f >> senses >> tagged;
      if (lemma.find('_') != std::string::npos) continue;
      best[lemma] = std::max(best[lemma], std::min(tagged, 60000) + 1);
    }
    for (const auto& [lemma, weight] : best) {
      WordAnalysis a = (*lex)->Analyze(lemma);
      int got = part[0] == 'n' ? a.noun : part[0] == 'v' ? a.verb : part[1] == 'd' && part[2] == 'j' ? a.adj : a.adv;
      if (irregular.count(lemma)) ASSERT_GE(got, weight) << part << " " << lemma;
      else ASSERT_EQ(got, weight) << part << " " << lemma;
      ++checked;
    }
  }
  EXPECT_GT(checked, 80000u);
}

}  // namespace
}  // namespace dyad
