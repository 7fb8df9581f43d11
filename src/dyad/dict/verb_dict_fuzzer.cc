// Arbitrary bytes through the whole verb dictionary life cycle: Read, Freeze,
// Lint and every lookup the coder makes. Nothing may crash or hang.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/dict/verb_dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  Vocabulary vocabulary;
  Diagnostics diagnostics;
  SourceFiles files;
  VerbDictionary dict;
  std::string text(reinterpret_cast<const char*>(data), size);
  dict.Read(text, "fuzz.verbs", files.Add("fuzz.verbs"), &vocabulary, &diagnostics);
  dict.Freeze();
  dict.Lint(files, &diagnostics);
  (void)dict.stats();

  // Use the input's own words as a sentence.
  std::vector<TokenId> sentence;
  for (TokenId id = 0; id < vocabulary.size() && sentence.size() < 64; ++id) sentence.push_back(id);
  std::span<const uint32_t> forms;
  for (size_t i = 0; i < sentence.size(); ++i) {
    dict.MatchForms(std::span(sentence).subspan(i), &forms);
    for (uint32_t f : forms) {
      const VerbBlock& block = dict.block(dict.form(f).block);
      for (uint32_t p = block.first_pattern; p < block.end_pattern(); ++p) {
        for (auto part : {dict.Before(dict.pattern(p)), dict.After(dict.pattern(p))}) {
          for (const PatternElement& e : part) {
            if (e.kind == ElementKind::kSynset)
              dict.MatchSynset(e.value, std::span(sentence).subspan(i));
            if (e.kind == ElementKind::kWordChoice) (void)dict.Choices(e);
          }
        }
      }
    }
  }
  return 0;
}
