// Reads one Penn Treebank bracketed parse, as Stanford CoreNLP writes it:
//
//   (ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))
//
// Line breaks and runs of spaces carry no meaning. Escaped brackets and quotes
// (-LRB-, -RRB-, ``, '') are ordinary words; ParseTree::norm gives their plain
// spelling. A missing ROOT (`(S ...)`) or the bracket-only root of older
// treebanks (`( (S ...))`) is accepted, and so are extra closing parentheses
// after the tree (some hand-edited files have them).
//
// Anything else that is not a tree is an error, never a crash: unbalanced
// parentheses, a word without a tag, a constituent without children, text
// before or after the tree. Nesting depth is limited only by memory; the reader
// does not recurse.
//
//   TreebankReader reader;              // reuse it: it keeps its scratch space
//   ParseTree tree;
//   Status s = reader.Read(parse_text, &tree);
//   if (!s.ok()) report(s.message());   // "bad_input_parse: ..."
#ifndef DYAD_TREE_TREEBANK_READER_H_
#define DYAD_TREE_TREEBANK_READER_H_

#include <string_view>

#include "dyad/base/status.h"
#include "dyad/tree/parse_tree.h"

namespace dyad {

class TreebankReader {
 public:
  // Builds *tree from `parse`, reusing the tree's storage. Token offsets are
  // left unknown (-1); see AlignTokenOffsets. On failure returns Corrupt with
  // the message "bad_input_parse: <reason> at byte <offset>" and leaves *tree
  // empty (node_count() == 0).
  Status Read(std::string_view parse, ParseTree* tree);

 private:
  TreeBuilder builder_;
};

// One-off form of TreebankReader::Read.
Result<ParseTree> ReadTreebankParse(std::string_view parse);

}  // namespace dyad

#endif  // DYAD_TREE_TREEBANK_READER_H_
