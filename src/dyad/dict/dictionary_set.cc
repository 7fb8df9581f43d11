#include "dyad/dict/dictionary_set.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "dyad/base/file.h"
#include "dyad/base/text.h"

namespace dyad {
namespace {

bool Contains(std::string_view haystack, std::string_view needle) {
  return ToUpperAscii(haystack).find(ToUpperAscii(needle)) != std::string::npos;
}

// Sets *slot to `file` unless another file already claimed the same part.
Status Claim(std::string* slot, const std::string& file, std::string_view part) {
  if (!slot->empty()) {
    return Status::InvalidArgument("several " + std::string(part) + " files: " + *slot + " and " + file +
                                   "; name the one to use with --" + std::string(part));
  }
  *slot = file;
  return Status::Ok();
}

}  // namespace

Result<DictionaryPaths> FindDictionaries(const std::string& dir, const DictionaryPaths& overrides) {
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) return Status::IoError(dir + ": cannot list dictionary directory: " + ec.message());
  std::vector<std::string> files;
  for (const auto& entry : it) {
    if (entry.is_regular_file(ec) && EndsWith(ToUpperAscii(entry.path().filename().string()), ".TXT")) {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  DictionaryPaths found;
  for (const std::string& file : files) {
    std::string name = std::filesystem::path(file).filename().string();
    Status claimed;
    if (Contains(name, "actors")) {
      found.actors.push_back(file);
    } else if (Contains(name, "verbs") || StartsWith(ToUpperAscii(name), "CAMEO")) {
      if (overrides.verbs.empty()) claimed = Claim(&found.verbs, file, "verbs");
    } else if (Contains(name, "agents")) {
      if (overrides.agents.empty()) claimed = Claim(&found.agents, file, "agents");
    } else if (Contains(name, "discards")) {
      if (overrides.discards.empty()) claimed = Claim(&found.discards, file, "discards");
    } else if (Contains(name, "issue")) {
      if (overrides.issues.empty()) claimed = Claim(&found.issues, file, "issues");
    }
    if (!claimed.ok()) return claimed;
  }
  if (found.empty() && overrides.empty()) {
    return Status::NotFound(dir + ": no dictionary files (*verbs*, *actors*, *agents*, *discards*, *issue*.txt)");
  }
  if (!overrides.verbs.empty()) found.verbs = overrides.verbs;
  if (!overrides.actors.empty()) found.actors = overrides.actors;
  if (!overrides.agents.empty()) found.agents = overrides.agents;
  if (!overrides.discards.empty()) found.discards = overrides.discards;
  if (!overrides.issues.empty()) found.issues = overrides.issues;
  return found;
}

DictionaryPaths Petrarch2ProductionSet(const std::string& dir) {
  const std::string d = dir.empty() || dir.back() == '/' ? dir : dir + "/";
  DictionaryPaths paths;
  paths.verbs = d + "CAMEO.2.0.txt";
  paths.actors = {d + "Phoenix.Countries.actors.txt", d + "Phoenix.International.actors.txt",
                  d + "Phoenix.MilNonState.actors.txt"};
  paths.agents = d + "Phoenix.agents.txt";
  paths.discards = d + "Phoenix.discards.txt";
  paths.issues = d + "Phoenix.IssueCoding.txt";
  return paths;
}

Result<std::shared_ptr<const DictionarySet>> DictionarySet::Load(const DictionaryPaths& paths,
                                                                 Diagnostics* diagnostics) {
  std::shared_ptr<DictionarySet> set(new DictionarySet());
  Status status;
  // Reads one file into `dictionary`; after the first unreadable file, nothing.
  auto read = [&](auto* dictionary, const std::string& path) {
    if (!status.ok() || path.empty()) return;
    Result<std::string> text = ReadFile(path);
    if (!text.ok()) {
      status = text.status();
      return;
    }
    dictionary->Read(std::move(*text), path, set->files_.Add(path), &set->vocabulary_, diagnostics);
  };
  read(&set->verbs_, paths.verbs);
  for (const std::string& actors : paths.actors) read(&set->actors_, actors);
  read(&set->agents_, paths.agents);
  read(&set->discards_, paths.discards);
  read(&set->issues_, paths.issues);
  if (!status.ok()) return status;
  set->verbs_.Freeze();
  set->actors_.Freeze();
  set->agents_.Freeze();
  set->discards_.Freeze();
  set->issues_.Freeze();
  return std::shared_ptr<const DictionarySet>(std::move(set));
}

DictionaryStats DictionarySet::stats() const {
  DictionaryStats s;
  s.verbs = verbs_.stats();
  s.actors = actors_.stats();
  s.agents = agents_.stats();
  s.discards = discards_.stats();
  s.issues = issues_.stats();
  s.vocabulary_words = vocabulary_.size();
  s.files = files_.size();
  return s;
}

std::vector<StatLine> StatLines(const DictionaryStats& s) {
  return {
      {"files", "dictionary files", s.files},
      {"vocabulary", "distinct words", s.vocabulary_words},
      {"actors", "entries", s.actors.entries},
      {"actors", "synonyms", s.actors.synonyms},
      {"actors", "phrases", s.actors.phrases},
      {"actors", "codes", s.actors.codes},
      {"actors", "dated codes", s.actors.dated_codes},
      {"actors", "entries with a dated code", s.actors.dated_entries},
      {"agents", "entries", s.agents.entries},
      {"agents", "phrases (with plurals)", s.agents.phrases},
      {"agents", "prefix codes", s.agents.prefix_codes},
      {"agents", "suffix codes", s.agents.suffix_codes},
      {"agents", "substitution sets", s.agents.substitution_sets},
      {"verbs", "verb blocks", s.verbs.verb_blocks},
      {"verbs", "verb forms (with generated)", s.verbs.verb_forms},
      {"verbs", "primary verbs", s.verbs.primary_verbs},
      {"verbs", "synonyms", s.verbs.synonyms},
      {"verbs", "multi-word verbs", s.verbs.multi_word_verbs},
      {"verbs", "patterns, linear style", s.verbs.linear_patterns},
      {"verbs", "patterns, PETRARCH2 style", s.verbs.petrarch2_patterns},
      {"verbs", "patterns with passive code", s.verbs.passive_patterns},
      {"verbs", "synsets", s.verbs.synsets},
      {"verbs", "synset members", s.verbs.synset_members},
      {"verbs", "transformations", s.verbs.transformations},
      {"discards", "story phrases", s.discards.story_phrases},
      {"discards", "sentence phrases", s.discards.sentence_phrases},
      {"issues", "categories", s.issues.categories},
      {"issues", "phrases", s.issues.phrases},
      {"issues", "codes", s.issues.codes},
      {"issues", "exclusions", s.issues.exclusions},
      {"issues", "forms (expanded)", s.issues.forms},
  };
}

void DictionarySet::Lint(Diagnostics* diagnostics) const {
  verbs_.Lint(files_, diagnostics);
  actors_.Lint(files_, diagnostics);
  agents_.Lint(files_, diagnostics);
  discards_.Lint(files_, diagnostics);
  issues_.Lint(files_, diagnostics);
}

}  // namespace dyad
