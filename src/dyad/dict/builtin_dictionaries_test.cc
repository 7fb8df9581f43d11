// Checks dyad's own dictionaries in data/dictionaries/: they must load and
// lint without a single diagnostic, and their dated codes must say what the
// calendar says.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "dyad/dict/dictionary_set.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

std::string Listing(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.all()) out += d.ToString() + "\n";
  return out;
}

// Loads the built-in set (every file of data/dictionaries/, as `dyad` finds
// them) once for all tests.
class BuiltinDictionariesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    diagnostics_ = new Diagnostics;
    Result<DictionaryPaths> paths = FindDictionaries(testing::RepoFile("data/dictionaries"));
    ASSERT_TRUE(paths.ok()) << paths.status().ToString();
    Result<std::shared_ptr<const DictionarySet>> set = DictionarySet::Load(*paths, diagnostics_);
    ASSERT_TRUE(set.ok()) << set.status().ToString();
    set_ = new std::shared_ptr<const DictionarySet>(*set);
  }
  static void TearDownTestSuite() {
    delete set_;
    delete diagnostics_;
    set_ = nullptr;
  }

  static const DictionarySet& set() { return **set_; }

  // The code of the actor entry named exactly `words` on `date`.
  static std::string CodeOn(std::string_view words, int date) {
    std::vector<TokenId> tokens;
    for (std::string_view w : SplitWhitespace(words)) {
      TokenId id = set().vocabulary().Find(ToUpperAscii(w));
      if (id == kNoToken) return "(unknown word " + std::string(w) + ")";
      tokens.push_back(id);
    }
    ActorDict::EntryId entry = set().actors().Find(tokens);
    if (entry == ActorDict::kNoEntry) return "(no entry)";
    const ActorDict::Code* code = set().actors().CodeOn(entry, date);
    return code == nullptr ? "(none)" : code->code;
  }

  static Diagnostics* diagnostics_;
  static std::shared_ptr<const DictionarySet>* set_;
};

Diagnostics* BuiltinDictionariesTest::diagnostics_ = nullptr;
std::shared_ptr<const DictionarySet>* BuiltinDictionariesTest::set_ = nullptr;

TEST_F(BuiltinDictionariesTest, LoadsWithoutDiagnostics) {
  EXPECT_TRUE(diagnostics_->empty()) << Listing(*diagnostics_);
}

TEST_F(BuiltinDictionariesTest, LintsClean) {
  Diagnostics lint;
  set().Lint(&lint);
  EXPECT_TRUE(lint.empty()) << Listing(lint);
}

// The coverage the built-in set promises (docs/dictionaries.md): counted per
// kind of actor file, as `dyad dict stats` prints them.
TEST_F(BuiltinDictionariesTest, HasTheAdvertisedSize) {
  size_t countries = 0, organisations = 0, people = 0, dated_people = 0;
  for (uint32_t i = 0; i < set().files().size(); ++i) {
    const std::string& path = set().files().Path(i);
    const ActorDict::Stats file = set().actors().file_stats(i);
    if (path.find("countries") != std::string::npos) countries += file.entries;
    if (path.find("organisations") != std::string::npos) organisations += file.entries;
    if (path.find("people") != std::string::npos) {
      people += file.entries;
      dated_people += file.dated_entries;
    }
  }
  EXPECT_GE(countries, 250u);  // 249 ISO 3166-1 entities + Kosovo, and more
  EXPECT_GE(organisations, 300u);
  EXPECT_GE(dated_people, 1500u) << "of " << people << " people";
  const DictionaryStats stats = set().stats();
  EXPECT_GE(stats.agents.entries, 300u);
  EXPECT_GE(stats.verbs.linear_patterns + stats.verbs.petrarch2_patterns, 2000u);
}

TEST_F(BuiltinDictionariesTest, ShoiguIsMilitaryUntilMay2024ThenGovernment) {
  EXPECT_EQ(CodeOn("SERGEI SHOIGU", 20100101), "RUSGOV");
  EXPECT_EQ(CodeOn("SERGEI SHOIGU", 20121106), "RUSMIL");
  EXPECT_EQ(CodeOn("SHOIGU", 20240512), "RUSMIL");
  EXPECT_EQ(CodeOn("SHOIGU", 20240513), "RUSGOV");
  EXPECT_EQ(CodeOn("SERGEY SHOIGU", 20250101), "RUSGOV");
}

TEST_F(BuiltinDictionariesTest, SunakFollowsHisOffices) {
  EXPECT_EQ(CodeOn("RISHI SUNAK", 20210101), "GBRGOV");
  EXPECT_EQ(CodeOn("RISHI SUNAK", 20220901), "GBRLEG");
  EXPECT_EQ(CodeOn("RISHI SUNAK", 20240801), "GBROPP");
  EXPECT_EQ(CodeOn("RISHI SUNAK", 20250101), "GBRLEG");
}

TEST_F(BuiltinDictionariesTest, BlueHouseStandsForTheGovernmentOnlyUntilTheMove) {
  EXPECT_EQ(CodeOn("BLUE HOUSE", 20220509), "KORGOV");
  EXPECT_EQ(CodeOn("BLUE HOUSE", 20220510), "(none)");
}

TEST_F(BuiltinDictionariesTest, CountryNamesAndMetonyms) {
  EXPECT_EQ(CodeOn("NORTH KOREA", 20200101), "PRK");
  EXPECT_EQ(CodeOn("SWAZILAND", 20100101), "SWZ");
  EXPECT_EQ(CodeOn("KREMLIN", 20200101), "RUSGOV");
  EXPECT_EQ(CodeOn("KOSOVO", 20200101), "KSV");
}

TEST_F(BuiltinDictionariesTest, TalibanBecameTheGovernmentInAugust2021) {
  EXPECT_EQ(CodeOn("TALIBAN", 20210814), "AFGREBTAL");
  EXPECT_EQ(CodeOn("TALIBAN", 20210815), "AFGGOVTAL");
}

}  // namespace
}  // namespace dyad
