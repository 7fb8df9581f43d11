// Arbitrary bytes as an issue file: reading, freezing, linting and matching
// the input's own words must neither crash nor break Match's contract.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/dict/issue_dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  std::string text(reinterpret_cast<const char*>(data), size);
  Vocabulary vocabulary;
  SourceFiles files;
  Diagnostics diagnostics;
  IssueDict dict;
  dict.Read(text, "fuzz.txt", files.Add("fuzz.txt"), &vocabulary, &diagnostics);
  dict.Freeze();
  dict.Lint(files, &diagnostics);

  // The input's own words make a sentence in which phrases do occur.
  std::vector<TokenId> sentence;
  for (std::string_view word : SplitWhitespace(text)) sentence.push_back(vocabulary.Find(ToUpperAscii(word)));
  IssueScan scan = dict.Match(sentence);
  for (const IssueCount& c : scan.issues) {
    if (c.code >= dict.code_count() || c.count == 0 || c.first_entry >= dict.entry_count()) __builtin_trap();
    const IssueEntry& e = dict.entry(c.first_entry);
    if (e.code != c.code || e.kind != IssueEntryKind::kPhrase ||
        std::binary_search(scan.excluded_categories.begin(), scan.excluded_categories.end(), e.category)) {
      __builtin_trap();
    }
  }
  for (uint32_t category : scan.story_excluded_categories) {
    if (!std::binary_search(scan.excluded_categories.begin(), scan.excluded_categories.end(), category)) {
      __builtin_trap();
    }
  }
  return 0;
}
