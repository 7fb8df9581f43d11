// Checks dyad's own dictionaries in data/dictionaries/: they must load and
// lint without a single diagnostic, and their dated codes must say what the
// calendar says.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "dyad/dict/actor_dict.h"
#include "dyad/dict/agent_dict.h"
#include "dyad/dict/provenance.h"
#include "dyad/dict/vocabulary.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

constexpr const char* kActorFiles[] = {
    "data/dictionaries/dyad.countries.actors.txt",
    "data/dictionaries/dyad.organisations.actors.txt",
    "data/dictionaries/dyad.people.actors.txt",
};
constexpr const char* kAgentFile = "data/dictionaries/dyad.agents.txt";

std::string Listing(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.all()) out += d.ToString() + "\n";
  return out;
}

// Loads the built-in set once for all tests.
class BuiltinDictionariesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    state_ = new State;
    for (const char* relative : kActorFiles) {
      std::string path = testing::RepoFile(relative);
      Result<std::string> text = ReadFile(path);
      ASSERT_TRUE(text.ok()) << path;
      state_->actors.Read(*std::move(text), path, state_->files.Add(path), &state_->vocabulary,
                          &state_->diagnostics);
    }
    std::string agent_path = testing::RepoFile(kAgentFile);
    Result<std::string> agent_text = ReadFile(agent_path);
    ASSERT_TRUE(agent_text.ok()) << agent_path;
    state_->agents.Read(*std::move(agent_text), agent_path, state_->files.Add(agent_path),
                        &state_->vocabulary, &state_->diagnostics);
    state_->actors.Freeze();
    state_->agents.Freeze();
  }
  static void TearDownTestSuite() {
    delete state_;
    state_ = nullptr;
  }

  // The code of the actor entry named exactly `words` on `date`.
  static std::string CodeOn(std::string_view words, int date) {
    std::vector<TokenId> tokens;
    for (std::string_view w : SplitWhitespace(words)) {
      TokenId id = state_->vocabulary.Find(ToUpperAscii(w));
      if (id == kNoToken) return "(unknown word " + std::string(w) + ")";
      tokens.push_back(id);
    }
    ActorDict::EntryId entry = state_->actors.Find(tokens);
    if (entry == ActorDict::kNoEntry) return "(no entry)";
    const ActorDict::Code* code = state_->actors.CodeOn(entry, date);
    return code == nullptr ? "(none)" : code->code;
  }

  struct State {
    Vocabulary vocabulary;
    SourceFiles files;
    Diagnostics diagnostics;
    ActorDict actors;
    AgentDict agents;
  };
  static State* state_;
};

BuiltinDictionariesTest::State* BuiltinDictionariesTest::state_ = nullptr;

TEST_F(BuiltinDictionariesTest, LoadsWithoutDiagnostics) {
  EXPECT_TRUE(state_->diagnostics.empty()) << Listing(state_->diagnostics);
}

TEST_F(BuiltinDictionariesTest, LintsClean) {
  Diagnostics lint;
  state_->actors.Lint(state_->files, &lint);
  state_->agents.Lint(state_->files, &lint);
  EXPECT_TRUE(lint.empty()) << Listing(lint);
}

TEST_F(BuiltinDictionariesTest, HasTheAdvertisedSize) {
  // 249 ISO 3166-1 entities + Kosovo, plus institutions, organisations, people.
  EXPECT_GE(state_->actors.entry_count(), 250u + 300u + 200u);
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
