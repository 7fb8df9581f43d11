// A complete, immutable dictionary set: verbs, actors, agents, discards and
// issues compiled over one shared Vocabulary. Loaded once, then shared
// read-only by every coding thread.
//
//   DictionaryPaths paths;
//   paths.verbs = "CAMEO.2.0.txt";
//   paths.actors = {"Phoenix.Countries.actors.txt"};
//   Diagnostics problems;
//   Result<std::shared_ptr<const DictionarySet>> set = DictionarySet::Load(paths, &problems);
//   if (!set.ok()) ...;              // a file could not be read at all
//   for (auto& d : problems.all())   // FILE:LINE problems; the rest was loaded
//     std::cerr << d.ToString() << "\n";
#ifndef DYAD_DICT_DICTIONARY_SET_H_
#define DYAD_DICT_DICTIONARY_SET_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/base/status.h"
#include "dyad/dict/actor_dict.h"
#include "dyad/dict/agent_dict.h"
#include "dyad/dict/discard_dict.h"
#include "dyad/dict/issue_dict.h"
#include "dyad/dict/provenance.h"
#include "dyad/dict/verb_dict.h"
#include "dyad/dict/vocabulary.h"

namespace dyad {

// Which files make up a set. Empty parts are simply absent (no issues file,
// for instance, means no issue coding).
struct DictionaryPaths {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  std::string issues;

  bool empty() const {
    return verbs.empty() && actors.empty() && agents.empty() && discards.empty() && issues.empty();
  }
};

// Finds the parts of a set in `dir` by file name: *verbs* or CAMEO*.txt (verbs),
// *actors* (any number), *agents*, *discards*, *issue* (case-insensitive, .txt
// only), then replaces the parts that `overrides` names (actors replace the
// whole list). A part named in `overrides` is not searched for. InvalidArgument
// when a single-file part matches several files, naming them, so a directory
// such as PETRARCH2's (production and validation files side by side) is
// refused rather than mixed, unless the caller names that part.
Result<DictionaryPaths> FindDictionaries(const std::string& dir, const DictionaryPaths& overrides = {});

// The PETRARCH2 production set as its PETR_config.ini names it, with the
// files in `dir`: CAMEO.2.0.txt, the three Phoenix actor files (countries,
// international, militant/non-state), Phoenix agents, discards and issues.
DictionaryPaths Petrarch2ProductionSet(const std::string& dir);

struct DictionaryStats {
  VerbStats verbs;
  ActorDict::Stats actors;
  AgentDict::Stats agents;
  DiscardDict::Stats discards;
  IssueDict::Stats issues;
  size_t vocabulary_words = 0;
  size_t files = 0;
};

// One printable count: part ("actors"), name ("dated codes"), value.
struct StatLine {
  const char* part;
  const char* name;
  size_t value;
};
// Every count of `stats`, in a fixed order, for printing and comparison.
std::vector<StatLine> StatLines(const DictionaryStats& stats);

class DictionarySet {
 public:
  // Reads and compiles every file of `paths`. Line-level problems go to
  // *diagnostics and loading continues; IoError when a named file cannot be
  // read at all.
  static Result<std::shared_ptr<const DictionarySet>> Load(const DictionaryPaths& paths,
                                                           Diagnostics* diagnostics);

  const Vocabulary& vocabulary() const { return vocabulary_; }
  const SourceFiles& files() const { return files_; }
  const VerbDictionary& verbs() const { return verbs_; }
  const ActorDict& actors() const { return actors_; }
  const AgentDict& agents() const { return agents_; }
  const DiscardDict& discards() const { return discards_; }
  const IssueDict& issues() const { return issues_; }

  DictionaryStats stats() const;
  // The checks that go beyond reading: unused synsets, codes outside the CAMEO
  // table, duplicate phrases with conflicting codes (see each dictionary's Lint).
  void Lint(Diagnostics* diagnostics) const;

 private:
  DictionarySet() = default;

  Vocabulary vocabulary_;
  SourceFiles files_;
  VerbDictionary verbs_;
  ActorDict actors_;
  AgentDict agents_;
  DiscardDict discards_;
  IssueDict issues_;
};

}  // namespace dyad

#endif  // DYAD_DICT_DICTIONARY_SET_H_
