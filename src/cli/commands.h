// Subcommand entry points of the dyad CLI. Each returns the process exit code.
// Exit codes: 0 success; 1 the input had errors (records skipped, lint errors);
// 2 usage error or nothing could be done (unreadable file, bad options).
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/dict/dictionary_set.h"

namespace dyad::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInputErrors = 1;
inline constexpr int kExitFailure = 2;

struct DictionaryFlags {
  std::string dir;        // --dict
  DictionaryPaths paths;  // --verbs, --actors, ... (override parts of the set)
};

// The set the dictionary flags name, with its load problems and time.
struct LoadedDictionaries {
  std::shared_ptr<const DictionarySet> set;
  Diagnostics diagnostics;
  double seconds = 0;
};
// Loads the set `flags` name; prints why on stderr and returns nullptr when it
// cannot be loaded at all.
std::unique_ptr<LoadedDictionaries> LoadDictionaries(const DictionaryFlags& flags);

struct ValidateFlags {
  std::string records;  // the validation XML file
  bool parsed = false;  // --parsed: code the file's <Parse> trees
};

struct CodeFlags {
  std::vector<std::string> paths;      // files and directories; none or "-": stdin
  std::string input_format = "auto";   // auto, text, jsonl, petrarch-xml
  std::string format = "jsonl";        // output: jsonl, csv, tsv-phoenix
  bool parsed = false;                 // --parsed: code the input's own parse trees
  int threads = 0;                     // 0: one per core
  std::string output;                  // empty: stdout
  bool quiet = false;                  // no progress line
  std::string dedup = "article";       // article: merge within each document; day: across documents too
};

struct ActorsFlags {
  std::vector<std::string> paths;      // as for `dyad code`
  std::string input_format = "auto";   // auto, text, jsonl
  bool unknown = false;                // --unknown: names no dictionary knows (the only listing so far)
  std::string format = "table";        // table, jsonl
  int top = 50;                        // names listed
  int examples = 3;                    // contexts per name
  bool quiet = false;                  // no summary line
};

int RunDictStats(const DictionaryFlags& flags);
int RunDictLint(const DictionaryFlags& flags);
// Codes every record of a PETRARCH validation file and reports each as a JSON
// line; exit 1 when any record fails.
int RunValidate(const ValidateFlags& flags);
// Codes the inputs and writes one JSON line per event; exit 1 when any record
// or input was skipped, 2 when nothing could be coded.
int RunCode(const CodeFlags& flags, const DictionaryFlags& dictionary_flags);
// Lists the most frequent names of the inputs that no actor or agent
// dictionary covers; exit 1 when any document or input was skipped, 2 when
// nothing could be read.
int RunActors(const ActorsFlags& flags, const DictionaryFlags& dictionary_flags);

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
