// Arbitrary bytes as an actor dictionary: reading, freezing, linting and
// lookups must never crash, whatever the input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/dict/actor_dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  Vocabulary vocabulary;
  SourceFiles files;
  Diagnostics diagnostics;
  ActorDict actors;
  std::string text(reinterpret_cast<const char*>(data), size);
  actors.Read(text, "fuzz.actors", files.Add("fuzz.actors"), &vocabulary, &diagnostics);
  actors.Freeze();
  actors.Lint(files, &diagnostics);
  for (const Diagnostic& d : diagnostics.all()) (void)d.ToString();

  // Every word the input defined, in order, as a sentence.
  std::vector<TokenId> sentence;
  for (TokenId t = 0; t < vocabulary.size() && t < 64; ++t) sentence.push_back(t);
  for (size_t start = 0; start < sentence.size(); ++start) {
    ActorDict::Match m = actors.LongestMatch(std::span<const TokenId>(sentence).subspan(start));
    if (m.length > 0 && m.entry >= actors.entry_count()) __builtin_trap();
  }
  static constexpr int kDates[] = {0, 19000101, 19991231, 20000229, 20300101, 99999999};
  for (ActorDict::EntryId e = 0; e < actors.entry_count() && e < 64; ++e) {
    for (int date : kDates) {
      const ActorDict::Code* code = actors.CodeOn(e, date);
      if (code != nullptr && code->dated && !code->AppliesOn(date)) __builtin_trap();
    }
    (void)actors.PrimaryPhrase(e);
  }
  return 0;
}
