// `dyad dict stats` and `dyad dict lint`.
#include <chrono>
#include <filesystem>
#include <cstdio>
#include <memory>
#include <string>

#include "cli/commands.h"

namespace dyad::cli {
namespace {

#ifndef DYAD_BUILTIN_DICT_DIR
#error "DYAD_BUILTIN_DICT_DIR must name the built-in dictionary directory"
#endif

// The paths the flags name: the --dict directory (else the built-in set) with
// single parts replaced by --verbs, --actors, ...
Result<DictionaryPaths> ResolvePaths(const DictionaryFlags& flags) {
  return FindDictionaries(flags.dir.empty() ? DYAD_BUILTIN_DICT_DIR : flags.dir, flags.paths);
}

void PrintDiagnostics(const Diagnostics& diagnostics, FILE* out) {
  for (const Diagnostic& d : diagnostics.all()) std::fprintf(out, "%s\n", d.ToString().c_str());
}

}  // namespace

std::unique_ptr<LoadedDictionaries> LoadDictionaries(const DictionaryFlags& flags) {
  Result<DictionaryPaths> paths = ResolvePaths(flags);
  if (!paths.ok()) {
    std::fprintf(stderr, "dyad: %s\n", paths.status().ToString().c_str());
    return nullptr;
  }
  auto loaded = std::make_unique<LoadedDictionaries>();
  auto start = std::chrono::steady_clock::now();
  Result<std::shared_ptr<const DictionarySet>> set = DictionarySet::Load(*paths, &loaded->diagnostics);
  loaded->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!set.ok()) {
    std::fprintf(stderr, "dyad: %s\n", set.status().ToString().c_str());
    return nullptr;
  }
  loaded->set = *set;
  return loaded;
}

int RunDictStats(const DictionaryFlags& flags) {
  std::unique_ptr<LoadedDictionaries> loaded = LoadDictionaries(flags);
  if (!loaded) return kExitFailure;
  PrintDiagnostics(loaded->diagnostics, stderr);
  const DictionarySet& set = *loaded->set;
  for (size_t i = 0; i < set.files().size(); ++i) std::printf("file  %s\n", set.files().Path(i).c_str());
  for (const StatLine& line : StatLines(set.stats())) {
    std::printf("%-10s %-28s %zu\n", line.part, line.name, line.value);
  }
  // Per actor file, because coverage is judged by kind (countries, people,
  // organisations) and each built-in file holds one kind.
  for (uint32_t i = 0; i < set.files().size(); ++i) {
    const ActorDict::Stats file = set.actors().file_stats(i);
    if (file.entries == 0) continue;
    std::printf("%-10s %-38s %zu entries, %zu with a dated code\n", "actors",
                std::filesystem::path(set.files().Path(i)).filename().string().c_str(), file.entries, file.dated_entries);
  }
  std::printf("%-10s %-28s %.3f s\n", "load", "time", loaded->seconds);
  std::printf("%-10s %-28s %zu errors, %zu warnings\n", "load", "problems",
              loaded->diagnostics.error_count(), loaded->diagnostics.warning_count());
  return loaded->diagnostics.error_count() > 0 ? kExitInputErrors : kExitOk;
}

int RunDictLint(const DictionaryFlags& flags) {
  std::unique_ptr<LoadedDictionaries> loaded = LoadDictionaries(flags);
  if (!loaded) return kExitFailure;
  loaded->set->Lint(&loaded->diagnostics);
  PrintDiagnostics(loaded->diagnostics, stdout);  // the report is lint's output
  std::fflush(stdout);  // the report first, then the summary, also when both go to one file
  std::fprintf(stderr, "%zu errors, %zu warnings\n", loaded->diagnostics.error_count(),
               loaded->diagnostics.warning_count());
  return loaded->diagnostics.error_count() > 0 ? kExitInputErrors : kExitOk;
}

}  // namespace dyad::cli
