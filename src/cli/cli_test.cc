// Runs the built `dyad` executable and checks exit codes and output.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "testing/shared_data.h"

namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

CliRun RunDyad(const std::string& args) {
  CliRun r;
  std::string command = std::string(DYAD_CLI) + " " + args + " 2>&1";
  FILE* p = popen(command.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string WriteTemp(const std::string& name, const std::string& text) {
  fs::path dir = fs::temp_directory_path() / ("dyad_cli_" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(CliTest, NoSubcommandIsAUsageError) {
  CliRun r = RunDyad("");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("subcommand"), std::string::npos) << r.out;
}

TEST(CliTest, LintReportsFileLineReasonAndFailsOnErrors) {
  std::string verbs = WriteTemp("bad.verbs.txt",
                                "--- MEET [040] ---\n"
                                "MEET\n"
                                "- * {TALKS [042]\n"
                                "- * &UNDEFINED_SET [043]\n");
  CliRun r = RunDyad("dict lint --verbs " + verbs);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("bad.verbs.txt:3:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("bad.verbs.txt:4:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("errors"), std::string::npos) << r.out;
}

TEST(CliTest, LintOfACleanSetSucceeds) {
  std::string verbs = WriteTemp("good.verbs.txt", "--- MEET [040] ---\nMEET\n- * (WITH) [040]\n");
  std::string actors = WriteTemp("good.actors.txt", "RUSSIA [RUS]\n+RUSSIAN_FEDERATION\n");
  CliRun r = RunDyad("dict lint --verbs " + verbs + " --actors " + actors);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("0 errors"), std::string::npos) << r.out;
}

TEST(CliTest, StatsPrintsCountsAndLoadTime) {
  std::string actors = WriteTemp("two.actors.txt", "RUSSIA [RUS]\n+RUSSIAN_FEDERATION\nGONDOR\n\t[GON >20010101]\n");
  CliRun r = RunDyad("dict stats --actors " + actors);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("entries                      2"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("dated codes                  1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("time"), std::string::npos) << r.out;
}

TEST(CliTest, UnreadableDictionaryExitsWithFailureNamingIt) {
  CliRun r = RunDyad("dict stats --verbs /nonexistent/v.txt");
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("/nonexistent/v.txt"), std::string::npos) << r.out;
}

TEST(CliTest, AmbiguousDictionaryDirectoryIsRefused) {
  SHARED_OR_SKIP(verbs, "peers/petrarch2/CAMEO.2.0.txt");
  CliRun r = RunDyad("dict stats --dict " + fs::path(verbs).parent_path().string());
  EXPECT_EQ(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("--verbs"), std::string::npos) << r.out;
}

TEST(CliTest, NamingTheAmbiguousPartSettlesIt) {
  SHARED_OR_SKIP(verbs, "peers/petrarch2/CAMEO.2.0.txt");
  std::string dir = fs::path(verbs).parent_path().string();
  CliRun r = RunDyad("dict stats --dict " + dir + " --verbs " + verbs + " --agents " + dir +
                     "/Phoenix.agents.txt --discards " + dir + "/Phoenix.discards.txt");
  EXPECT_NE(r.exit_code, 2) << r.out;
  EXPECT_NE(r.out.find("verb blocks                  397"), std::string::npos) << r.out;
}

TEST(CliTest, BuiltInSetLoadsWithoutErrors) {
  CliRun r = RunDyad("dict lint");
  EXPECT_EQ(r.exit_code, 0) << r.out;
}

}  // namespace
