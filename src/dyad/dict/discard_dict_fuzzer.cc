// Arbitrary bytes as a discard file: reading, freezing, linting and matching
// the input's own words must neither crash nor break Match's contract.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/base/text.h"
#include "dyad/dict/discard_dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  std::string text(reinterpret_cast<const char*>(data), size);
  Vocabulary vocabulary;
  SourceFiles files;
  Diagnostics diagnostics;
  DiscardDict dict;
  dict.Read(text, "fuzz.txt", files.Add("fuzz.txt"), &vocabulary, &diagnostics);
  dict.Freeze();
  dict.Lint(files, &diagnostics);

  // The input's own words make a sentence in which phrases do occur.
  std::vector<TokenId> sentence;
  for (std::string_view word : SplitWhitespace(text)) sentence.push_back(vocabulary.Find(ToUpperAscii(word)));
  DiscardMatch m = dict.Match(sentence);
  if (m.level != DiscardLevel::kNone) {
    if (m.entry >= dict.size() || m.start + m.length > sentence.size()) __builtin_trap();
    const DiscardEntry& e = dict.entry(m.entry);
    if (e.level != m.level || e.phrase.size() != m.length) __builtin_trap();
    for (size_t i = 0; i < m.length; ++i) {
      if (e.phrase[i] != sentence[m.start + i]) __builtin_trap();
    }
  }
  return 0;
}
