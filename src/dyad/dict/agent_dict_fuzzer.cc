// Arbitrary bytes as an agent dictionary: reading, freezing, linting and
// lookups must never crash, whatever the input.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dyad/dict/agent_dict.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  Vocabulary vocabulary;
  SourceFiles files;
  Diagnostics diagnostics;
  AgentDict agents;
  std::string text(reinterpret_cast<const char*>(data), size);
  agents.Read(text, "fuzz.agents", files.Add("fuzz.agents"), &vocabulary, &diagnostics);
  agents.Freeze();
  agents.Lint(files, &diagnostics);
  for (const Diagnostic& d : diagnostics.all()) (void)d.ToString();

  std::vector<TokenId> sentence;
  for (TokenId t = 0; t < vocabulary.size() && t < 64; ++t) sentence.push_back(t);
  for (size_t start = 0; start < sentence.size(); ++start) {
    AgentDict::Match m = agents.LongestMatch(std::span<const TokenId>(sentence).subspan(start));
    if (m.length > 0 && agents.agent(m.entry).code.empty()) __builtin_trap();
  }
  for (AgentDict::EntryId e = 0; e < agents.entry_count() && e < 64; ++e) {
    if (agents.Phrases(e).empty()) __builtin_trap();
  }
  return 0;
}
