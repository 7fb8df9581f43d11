// Fuzz target: any bytes, as one sentence and as a text of sentences. The
// parser must not crash, and every tree it returns must cover all its tokens.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/parse/lexicon.h"
#include "dyad/parse/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const dyad::Lexicon* lexicon = [] {
    auto shared = dyad::Lexicon::Shared();
    return shared.ok() ? shared->get() : nullptr;
  }();
  static dyad::Parser* parser = new dyad::Parser(lexicon);
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::ParseTree tree;
  if (parser->ParseSentence(text, &tree).ok() && tree.node_count() > 0) {
    const dyad::ParseNode& root = tree.node(tree.root());
    if (root.token_begin != 0 || root.token_end != tree.token_count()) __builtin_trap();
  }
  (void)parser->ParseText(text, [](const dyad::TextSegment&, const dyad::ParseTree& sentence) {
    if (sentence.node_count() == 0) __builtin_trap();  // sentences are never empty
  });
  return 0;
}
