#include "dyad/dict/dictionary_set.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// Lines of `path` that begin with `prefix`, counted the plain way.
size_t CountLinesStartingWith(const std::string& path, std::string_view prefix) {
  std::ifstream in(path);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) n += StartsWith(line, prefix);
  return n;
}

std::map<std::string, size_t> ByName(const DictionaryStats& stats) {
  std::map<std::string, size_t> out;
  for (const StatLine& l : StatLines(stats)) out[std::string(l.part) + "/" + l.name] = l.value;
  return out;
}

class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("dyad_dictset_" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& text) const {
    std::string p = (path_ / name).string();
    std::ofstream(p) << text;
    return p;
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

TEST(FindDictionariesTest, RecognisesPartsByName) {
  TempDir dir;
  dir.Write("my.verbs.txt", "--- MEET [040] ---\nMEET\n");
  dir.Write("b.actors.txt", "NORTH_KOREA [PRK]\n");
  dir.Write("a.actors.txt", "RUSSIA [RUS]\n");
  dir.Write("x.agents.txt", "MINISTER [~GOV]\n");
  dir.Write("x.discards.txt", "+FOOTBALL\n");
  dir.Write("Topic.IssueCoding.txt", "<ISSUE CATEGORY=\"X\" TYPE=\"ALL\">\nn:oil [OIL]\n</ISSUE>\n");
  dir.Write("notes.md", "not a dictionary");
  Result<DictionaryPaths> paths = FindDictionaries(dir.path());
  ASSERT_TRUE(paths.ok()) << paths.status().ToString();
  EXPECT_EQ(fs::path(paths->verbs).filename(), "my.verbs.txt");
  ASSERT_EQ(paths->actors.size(), 2u);
  EXPECT_EQ(fs::path(paths->actors[0]).filename(), "a.actors.txt");  // sorted by name
  EXPECT_EQ(fs::path(paths->agents).filename(), "x.agents.txt");
  EXPECT_EQ(fs::path(paths->discards).filename(), "x.discards.txt");
  EXPECT_EQ(fs::path(paths->issues).filename(), "Topic.IssueCoding.txt");

  Diagnostics problems;
  auto set = DictionarySet::Load(*paths, &problems);
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(problems.error_count(), 0u);
  auto counts = ByName((*set)->stats());
  EXPECT_EQ(counts["actors/entries"], 2u);
  EXPECT_EQ(counts["verbs/verb blocks"], 1u);
  EXPECT_EQ(counts["discards/story phrases"], 1u);
  EXPECT_EQ(counts["issues/categories"], 1u);
  EXPECT_EQ(counts["files/dictionary files"], 6u);
}

TEST(FindDictionariesTest, RefusesAmbiguousDirectoryNamingBothFiles) {
  TempDir dir;
  dir.Write("CAMEO.verbs.txt", "");
  dir.Write("test.verbs.txt", "");
  Result<DictionaryPaths> paths = FindDictionaries(dir.path());
  ASSERT_FALSE(paths.ok());
  EXPECT_NE(paths.status().message().find("CAMEO.verbs.txt"), std::string::npos);
  EXPECT_NE(paths.status().message().find("test.verbs.txt"), std::string::npos);
  EXPECT_NE(paths.status().message().find("--verbs"), std::string::npos);
}

TEST(FindDictionariesTest, EmptyOrMissingDirectoryIsAnError) {
  TempDir dir;
  EXPECT_EQ(FindDictionaries(dir.path()).status().code(), Status::Code::kNotFound);
  EXPECT_EQ(FindDictionaries(dir.path() + "/nope").status().code(), Status::Code::kIoError);
}

TEST(FindDictionariesTest, NamedPartsReplaceTheDirectorysAndSettleAmbiguity) {
  TempDir dir;
  dir.Write("CAMEO.verbs.txt", "");
  dir.Write("test.verbs.txt", "");
  dir.Write("a.actors.txt", "");
  dir.Write("x.agents.txt", "");
  DictionaryPaths overrides;
  overrides.verbs = "/elsewhere/mine.verbs.txt";
  Result<DictionaryPaths> paths = FindDictionaries(dir.path(), overrides);
  ASSERT_TRUE(paths.ok()) << paths.status().ToString();
  EXPECT_EQ(paths->verbs, "/elsewhere/mine.verbs.txt");
  EXPECT_EQ(fs::path(paths->agents).filename(), "x.agents.txt");
  ASSERT_EQ(paths->actors.size(), 1u);

  overrides.actors = {"/elsewhere/one.actors.txt"};
  paths = FindDictionaries(dir.path(), overrides);
  ASSERT_TRUE(paths.ok());
  EXPECT_EQ(paths->actors, std::vector<std::string>{"/elsewhere/one.actors.txt"});
}

TEST(DictionarySetTest, UnreadableFileFailsTheLoadAndNamesIt) {
  DictionaryPaths paths;
  paths.verbs = "/nonexistent/dir/verbs.txt";
  Diagnostics problems;
  auto set = DictionarySet::Load(paths, &problems);
  ASSERT_FALSE(set.ok());
  EXPECT_NE(set.status().message().find("/nonexistent/dir/verbs.txt"), std::string::npos);
}

TEST(DictionarySetTest, MalformedLinesAreReportedWithFileAndLineAndTheRestLoads) {
  TempDir dir;
  DictionaryPaths paths;
  paths.actors = {dir.Write("bad.actors.txt",
                            "RUSSIA [RUS]\r\n"
                            "BROKEN [RUS\r\n"
                            "GONDOR [GON 990101-980101]\r\n"
                            "\xff\xfe garbage \x01\r\n"
                            "NORTH_KOREA [PRK]\r\n")};
  Diagnostics problems;
  auto set = DictionarySet::Load(paths, &problems);
  ASSERT_TRUE(set.ok());
  EXPECT_GE(problems.error_count(), 2u);
  bool line2 = false, line3 = false;
  for (const Diagnostic& d : problems.all()) {
    line2 |= d.line == 2 && d.file.find("bad.actors.txt") != std::string::npos;
    line3 |= d.line == 3;
  }
  EXPECT_TRUE(line2) << "unbalanced [ on line 2 not reported";
  EXPECT_TRUE(line3) << "inverted date range on line 3 not reported";
  auto counts = ByName((*set)->stats());
  EXPECT_EQ(counts["actors/entries"], 2u);  // RUSSIA and NORTH_KOREA survive
}

// The PETRARCH2 production set as PETR_config.ini names it: counts from the
// set against counts taken from the raw files.
TEST(DictionarySetTest, ProductionSetCountsMatchRawFiles) {
  SHARED_OR_SKIP(verbs, "peers/petrarch2/CAMEO.2.0.txt");
  std::string dir = fs::path(verbs).parent_path().string() + "/";
  const DictionaryPaths paths = Petrarch2ProductionSet(dir);
  EXPECT_EQ(paths.verbs, verbs);
  Diagnostics problems;
  auto set = DictionarySet::Load(paths, &problems);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  auto counts = ByName((*set)->stats());

  EXPECT_EQ(counts["files/dictionary files"], 7u);
  EXPECT_EQ(counts["verbs/verb blocks"], CountLinesStartingWith(verbs, "---"));
  EXPECT_EQ(counts["verbs/patterns, PETRARCH2 style"], CountLinesStartingWith(verbs, "- "));
  EXPECT_EQ(counts["verbs/patterns, linear style"], 0u);
  EXPECT_EQ(counts["verbs/transformations"], CountLinesStartingWith(verbs, "~ "));
  EXPECT_EQ(counts["verbs/synsets"], CountLinesStartingWith(verbs, "&"));
  EXPECT_EQ(counts["discards/story phrases"], CountLinesStartingWith(paths.discards, "+"));
  EXPECT_EQ(counts["issues/categories"], CountLinesStartingWith(paths.issues, "<ISSUE "));

  size_t plus_lines = 0;
  for (const std::string& f : paths.actors) plus_lines += CountLinesStartingWith(f, "+");
  // Synonyms of entries skipped for having no usable code are not kept; every
  // such entry is reported, so the shortfall is bounded by the reports.
  EXPECT_LE(counts["actors/synonyms"], plus_lines);
  EXPECT_GE(counts["actors/synonyms"] + 3 * problems.error_count(), plus_lines);
  EXPECT_GT(counts["actors/dated codes"], 26000u);
}

TEST(DictionarySetTest, EveryValidationDictionaryLoadsCleanly) {
  SHARED_OR_SKIP(verbs, "peers/petrarch2/PETR.Validate.verbs.txt");
  std::string dir = fs::path(verbs).parent_path().string() + "/";
  DictionaryPaths paths;
  paths.verbs = verbs;
  paths.actors = {dir + "PETR.Validate.actors.txt"};
  paths.agents = dir + "PETR.Validate.agents.txt";
  paths.discards = dir + "PETR.Validate.discards.txt";
  Diagnostics problems;
  auto set = DictionarySet::Load(paths, &problems);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  // Warnings (e.g. "LASH OUT" written with a blank) are fine; errors are not.
  for (const Diagnostic& d : problems.all()) {
    if (d.severity == Severity::kError) ADD_FAILURE() << d.ToString();
  }
  auto counts = ByName((*set)->stats());
  EXPECT_EQ(counts["verbs/verb blocks"], CountLinesStartingWith(verbs, "---"));
  EXPECT_GT(counts["verbs/patterns, linear style"], 0u);
  EXPECT_EQ(counts["verbs/patterns, PETRARCH2 style"], 0u);
  EXPECT_GT(counts["actors/entries"], 0u);
  EXPECT_GT(counts["agents/entries"], 0u);
}

}  // namespace
}  // namespace dyad
