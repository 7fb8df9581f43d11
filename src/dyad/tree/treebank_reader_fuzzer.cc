// Feeds arbitrary bytes to the treebank reader; a tree it accepts must be
// internally consistent, and aligning it to the same bytes must stay in range.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/tree/token_alignment.h"
#include "dyad/tree/treebank_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  static dyad::TreebankReader reader;
  dyad::ParseTree tree;
  if (!reader.Read(input, &tree).ok()) {
    if (tree.node_count() != 0) std::abort();
    return 0;
  }
  if (tree.label(tree.root()) != "ROOT" || tree.node(tree.root()).parent != -1) std::abort();
  for (int n = 0; n < tree.node_count(); ++n) {
    const dyad::ParseNode& p = tree.node(n);
    if (p.token_begin >= p.token_end) std::abort();
    for (int c : tree.children(n)) {
      if (c >= n || tree.node(c).parent != n) std::abort();  // post-order
    }
    // The head rules index the children (head_rules.h); the sanitizers
    // catch an index past them on any label mix the fuzzer makes up.
    if ((tree.head_child(n) == -1) != p.is_preterminal()) std::abort();
  }
  tree.ToString();
  dyad::AlignTokenOffsets(input, &tree);
  for (int t = 0; t < tree.token_count(); ++t) {
    const dyad::ParseToken& tok = tree.token(t);
    if (tok.begin >= 0 && (tok.end <= tok.begin || static_cast<size_t>(tok.end) > size)) std::abort();
  }
  return 0;
}
