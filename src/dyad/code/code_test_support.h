// Test helpers for the code module: small dictionary sets written inline and
// trees read from Penn Treebank text. Included by *_test.cc files only.
#ifndef DYAD_CODE_CODE_TEST_SUPPORT_H_
#define DYAD_CODE_CODE_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/code/coder.h"
#include "dyad/tree/treebank_reader.h"

namespace dyad::testing {

// A frozen dictionary set read from the given file texts.
struct InlineDictionaries {
  Vocabulary vocabulary;
  SourceFiles files;
  VerbDictionary verbs;
  ActorDict actors;
  AgentDict agents;
  DiscardDict discards;
  Diagnostics diagnostics;

  InlineDictionaries(std::string verb_text, std::string actor_text, std::string agent_text,
                     std::string discard_text = "") {
    verbs.Read(std::move(verb_text), "verbs.txt", files.Add("verbs.txt"), &vocabulary, &diagnostics);
    actors.Read(std::move(actor_text), "actors.txt", files.Add("actors.txt"), &vocabulary, &diagnostics);
    agents.Read(std::move(agent_text), "agents.txt", files.Add("agents.txt"), &vocabulary, &diagnostics);
    discards.Read(std::move(discard_text), "discards.txt", files.Add("discards.txt"), &vocabulary, &diagnostics);
    verbs.Freeze();
    actors.Freeze();
    agents.Freeze();
    discards.Freeze();
  }

  CoderDictionaries View() const { return {&vocabulary, &verbs, &actors, &agents, &discards, &files}; }
};

// The tree of `penn`; fails the calling test (and returns an empty tree) if
// it does not parse.
inline ParseTree Tree(std::string_view penn) {
  Result<ParseTree> tree = ReadTreebankParse(penn);
  EXPECT_TRUE(tree.ok()) << tree.status().ToString();
  return tree.ok() ? std::move(*tree) : ParseTree();
}

// "SRC TGT CODE" per event, joined by "; ".
inline std::string EventTriples(const std::vector<CodedEvent>& events) {
  std::string out;
  for (const CodedEvent& e : events) {
    if (!out.empty()) out += "; ";
    out += e.source + " " + e.target + " " + e.code;
  }
  return out;
}

}  // namespace dyad::testing

#endif  // DYAD_CODE_CODE_TEST_SUPPORT_H_
