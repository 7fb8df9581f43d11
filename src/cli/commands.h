// Subcommand entry points of the dyad CLI. Each returns the process exit code.
// Exit codes: 0 success; 1 the input had errors (records skipped, lint errors);
// 2 usage error or nothing could be done (unreadable file, bad options).
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <string>

#include "dyad/dict/dictionary_set.h"

namespace dyad::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInputErrors = 1;
inline constexpr int kExitFailure = 2;

struct DictionaryFlags {
  std::string dir;        // --dict
  DictionaryPaths paths;  // --verbs, --actors, ... (override parts of the set)
};

struct ValidateFlags {
  std::string records;  // the validation XML file
  bool parsed = false;  // --parsed: code the file's <Parse> trees
};

int RunDictStats(const DictionaryFlags& flags);
int RunDictLint(const DictionaryFlags& flags);
// Codes every record of a PETRARCH validation file and reports each as a JSON
// line; exit 1 when any record fails.
int RunValidate(const ValidateFlags& flags);

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
