// The constituency parse of one sentence, as the event coder consumes it.
//
// A ParseTree holds the sentence's tokens and the tree's nodes. Every token is
// covered by exactly one preterminal node (its POS tag, e.g. NNP); every other
// node is a phrase (NP, VP, PP, S, SBAR, ...). Nodes live in one vector in
// post-order (children before their parent, the root last); each node's
// children are a contiguous range of node indices, so walking the tree costs
// no allocation. The root is always labelled ROOT: a parse without one, such as
// `(S ...)` or the bracket-only `( (S ...))`, is given one when it is built.
//
//   const ParseTree& t = ...;
//   for (int child : t.children(t.root())) { ... t.category(child) ... }
//   int verb = t.head_token(vp);           // "attacked"
//   std::string_view w = t.norm(verb);     // "ATTACKED"
//
// A tree is built by TreebankReader (treebank_reader.h) or by a parser, and is
// immutable afterwards apart from AlignTokenOffsets or SetTokenOffsets
// (token_alignment.h), which complete it.
#ifndef DYAD_TREE_PARSE_TREE_H_
#define DYAD_TREE_PARSE_TREE_H_

#include <array>
#include <cassert>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/text.h"

namespace dyad {

class TreeBuilder;
struct ByteRange;  // token_alignment.h

struct ParseNode {
  int32_t parent = -1;  // -1 for the root
  // Children: ParseTree::children(node) views child_ids[children_begin, children_end).
  int32_t children_begin = 0;
  int32_t children_end = 0;
  // Tokens covered: [token_begin, token_end); never empty.
  int32_t token_begin = 0;
  int32_t token_end = 0;
  int32_t token = -1;       // for a preterminal, the token it tags; else -1

  bool is_preterminal() const { return token >= 0; }
};

struct ParseToken {
  int32_t node = 0;    // its preterminal node
  int32_t begin = -1;  // byte offsets [begin, end) in the document text, or -1
  int32_t end = -1;    //   when the token could not be aligned to it
};

class ParseTree {
 public:
  ParseTree() = default;

  int node_count() const { return static_cast<int>(nodes_.size()); }
  int token_count() const { return static_cast<int>(tokens_.size()); }
  // The root node (labelled ROOT); requires node_count() > 0, which holds for
  // every tree a reader returns.
  int root() const { return node_count() - 1; }

  const ParseNode& node(int n) const { return nodes_[n].node; }
  std::span<const int32_t> children(int n) const {
    const ParseNode& p = nodes_[n].node;
    return {child_ids_.data() + p.children_begin, child_ids_.data() + p.children_end};
  }
  // n's subtree is the nodes [subtree_first(n), n]: in post-order a subtree
  // is contiguous and starts at the preterminal of its first token.
  int subtree_first(int n) const { return tokens_[nodes_[n].node.token_begin].token.node; }
  // The label as written ("NP-TMP", "PRP$", "-LRB-").
  std::string_view label(int n) const { return View(nodes_[n].text.label); }
  // The label without function tags or indices: "NP-TMP" -> "NP", "NP-SBJ-1"
  // -> "NP"; labels that start with '-' ("-LRB-", "-NONE-") are kept whole.
  std::string_view category(int n) const {
    const NodeText& text = nodes_[n].text;
    return View({text.label.offset, text.category_size});
  }

  const ParseToken& token(int t) const { return tokens_[t].token; }
  // The word as written in the parse, escapes included ("-LRB-", "``").
  std::string_view word(int t) const { return View(tokens_[t].text.word); }
  // The normal form the dictionaries are matched against: PTB escapes undone
  // ("-LRB-" -> "(", "``" -> "\""), upper-cased and Latin accents folded
  // ("Bogotá" -> "BOGOTA", text/ascii_fold.h).
  std::string_view norm(int t) const { return View(tokens_[t].text.norm); }
  // The POS tag (the label of the token's preterminal).
  std::string_view tag(int t) const { return label(tokens_[t].token.node); }

  // The head child of node n by Collins-style head rules (head_rules.h), or
  // -1 for a preterminal. Worked out on each call: the coder never asks, so
  // building a tree does not pay for it.
  int head_child(int n) const;
  // The lexical head of node n: the token its chain of head children ends at.
  int head_token(int n) const;

  // Debug form: the bracketed tree, words as written, on one line.
  std::string ToString() const;

 private:
  friend class TreeBuilder;
  friend int AlignTokenOffsets(std::string_view text, ParseTree* tree);
  friend void SetTokenOffsets(std::span<const ByteRange> spans, int32_t shift, ParseTree* tree);

  struct Piece {  // a string in text_
    uint32_t offset = 0;
    uint32_t size = 0;
  };
  struct TokenText {
    Piece word;
    Piece norm;
  };
  // Pieces always lie inside text_, so no bounds check.
  std::string_view View(Piece p) const { return std::string_view(text_.data() + p.offset, p.size); }

  struct NodeText {
    Piece label;
    uint32_t category_size = 0;  // the category is the label's prefix
  };
  // A node's or a token's parts side by side, so that building a tree
  // appends one entry per node and per token.
  struct NodeEntry {
    ParseNode node;
    NodeText text;
  };
  struct TokenEntry {
    ParseToken token;
    TokenText text;
  };
  std::vector<NodeEntry> nodes_;
  std::vector<int32_t> child_ids_;
  std::vector<TokenEntry> tokens_;
  std::string text_;          // all labels, words and norms, back to back
};

// Builds ParseTrees bottom-up; readers and parsers share it so that every tree
// gets the same ROOT normalisation. One builder can be reused for many trees
// (it keeps its scratch capacity).
//
//   builder.Reset(&tree);
//   builder.Open("NP"); builder.AddToken("NNP", "Arnor"); builder.Close();
//   builder.Finish();
class TreeBuilder {
 public:
  // A node label as nodes keep it: where its text is stored and the length
  // of its category (its prefix without function tags).
  struct Label {
    ParseTree::Piece text;
    uint32_t category_size = 0;
  };

  // Starts a new tree in *tree, discarding its old contents (but keeping its
  // capacity). *tree must stay alive until Finish().
  void Reset(ParseTree* tree);
  // Makes `label` ready for every tree begun (Reset) after this call, so
  // that Open and AddToken with the result cost no lookup of its text; a
  // builder that writes a fixed set of labels prepares them all once.
  Label Prepare(std::string_view label);
  // Opens a phrase node as a child of the innermost open node.
  void Open(std::string_view label) { Open(InternLabel(label)); }
  // As above, with a label prepared before this tree was begun.
  void Open(const Label& label);
  // Adds a token with its preterminal node to the innermost open node (or at
  // top level, where a lone token becomes the whole sentence).
  void AddToken(std::string_view tag, std::string_view word) { AddToken(InternLabel(tag), word); }
  // As above, with a tag prepared before this tree was begun.
  void AddToken(const Label& tag, std::string_view word);
  // Closes the innermost open node. Requires depth() > 0 and that the node has
  // at least one child.
  void Close();
  // Adds a phrase node over the last `child_count` nodes added at the
  // innermost level, as Open before them and Close after would: for a
  // builder that knows a phrase's label by the time its children are in.
  // Requires 0 < child_count <= open_child_count().
  void AddPhrase(const Label& label, int child_count);
  // Open nodes.
  int depth() const { return static_cast<int>(open_.size()); }
  // Children the innermost open node has so far (top-level nodes at depth 0).
  int open_child_count() const;
  // Completes the tree: requires depth() == 0 and exactly one top-level node.
  // A top-level node whose label is empty is relabelled ROOT; any other label
  // gets a new ROOT parent.
  void Finish();

 private:
  struct OpenNode {
    Label label;
    size_t first_child;  // index in pending_
  };
  // Trees use a few dozen labels again and again. The first time the
  // builder meets a short label it describes it and appends it to
  // label_prefix_, the text every later tree starts with; from then on the
  // label costs a table lookup, not a copy and a description.
  struct KnownLabel {
    uint64_t key = 0;    // the label's bytes, packed
    uint32_t size = 0;   // of the label; 0: empty slot
    uint64_t since = 0;  // the first tree (generation_) whose text has it
    Label label;         // its text lies in label_prefix_
  };
  static constexpr int kKnownLabelBits = 7;
  static constexpr size_t kKnownLabelSlots = size_t{1} << kKnownLabelBits;
  static constexpr size_t kMaxKnownLabels = 64;

  // `label` described, its text at `text`.
  static Label Describe(std::string_view label, ParseTree::Piece text);
  // The label `label` of a node of the tree being built.
  Label InternLabel(std::string_view label);
  // Makes room for `n` more bytes of text and returns where they go.
  char* Reserve(size_t n) {
    if (text_used_ + n > tree_->text_.size()) [[unlikely]] GrowText(n);
    return tree_->text_.data() + text_used_;
  }
  void GrowText(size_t n);
  // Appends `s` (ASCII upper-cased if `upper`) to the tree's text.
  ParseTree::Piece Store(std::string_view s, bool upper = false);
  // The steps below run for every node of every tree: they are inline
  // (defined at the end of this header), so that a parser's node costs no
  // calls.
  // Appends a token's word and its normal form. The tagger relies on the
  // rule (an ASCII word's norm is the word upper-cased) to hand the coder
  // vocabulary ids without asking the tree: PosTagger::Tag's norm_ids,
  // checked by ParserTest.WordIdsAreThoseOfTheTreeNorms.
  ParseTree::TokenText StoreWord(std::string_view word);
  // StoreWord for the words whose normal form is not the word upper-cased
  // byte for byte: PTB escapes ("-LRB-") and non-ASCII words.
  ParseTree::TokenText StoreUnusualWord(std::string_view word);
  // Adds the node `node` labelled `label` to the tree; it waits in pending_
  // for its parent. Returns its index.
  int32_t Place(const ParseNode& node, const Label& label);
  // Adds a phrase node whose children are pending_[first_child..], which it
  // then replaces there.
  void Join(const Label& label, size_t first_child);

  ParseTree* tree_ = nullptr;
  std::vector<OpenNode> open_;
  // Finished nodes whose parent is still open.
  std::vector<int32_t> pending_;
  size_t text_used_ = 0;  // bytes of tree_->text_ stored so far
  // The tree's node and token counts, kept here because the vectors' sizes
  // cost a division each (their entries are not a power of two long).
  int32_t node_count_ = 0;
  int32_t token_count_ = 0;
  uint64_t generation_ = 0;  // trees begun
  std::string label_prefix_;
  std::array<KnownLabel, kKnownLabelSlots> known_labels_{};
  size_t known_label_count_ = 0;
};

// The hot steps of TreeBuilder, inline so that a builder's caller costs no
// calls per node (forced: the compiler would not inline them all).

[[gnu::always_inline]] inline ParseTree::TokenText TreeBuilder::StoreWord(std::string_view word) {
  const size_t n = word.size();
  // A PTB escape ("-LRB-", "``", "''") starts with one of these.
  if (n >= 2 && (word[0] == '-' || word[0] == '`' || word[0] == '\'')) [[unlikely]] return StoreUnusualWord(word);
  // Usually the norm is the word upper-cased: both in one pass.
  char* out = Reserve(2 * n);
  unsigned char high = 0;
  for (size_t i = 0; i < n; ++i) {
    out[i] = word[i];
    out[n + i] = AsciiUpper(word[i]);
    high |= static_cast<unsigned char>(word[i]);
  }
  // Non-ASCII: the bytes just written are written again, folded.
  if (high & 0x80) [[unlikely]] return StoreUnusualWord(word);
  const uint32_t at = static_cast<uint32_t>(text_used_);
  text_used_ += 2 * n;
  return {{at, static_cast<uint32_t>(n)}, {at + static_cast<uint32_t>(n), static_cast<uint32_t>(n)}};
}

[[gnu::always_inline]] inline int32_t TreeBuilder::Place(const ParseNode& node, const Label& label) {
  ParseTree& t = *tree_;
  const int32_t index = node_count_++;
  t.nodes_.push_back({node, {label.text, label.category_size}});
  pending_.push_back(index);
  return index;
}

[[gnu::always_inline]] inline void TreeBuilder::AddToken(const Label& tag, std::string_view word) {
  ParseTree& t = *tree_;
  const int32_t token = token_count_++;
  ParseNode p;
  p.token_begin = token;
  p.token_end = token + 1;
  p.children_begin = p.children_end = static_cast<int32_t>(t.child_ids_.size());
  p.token = token;
  t.tokens_.push_back({{Place(p, tag), -1, -1}, StoreWord(word)});
}

[[gnu::always_inline]] inline void TreeBuilder::Join(const Label& label, size_t first_child) {
  ParseTree& t = *tree_;
  const std::span<const int32_t> children(pending_.data() + first_child, pending_.size() - first_child);
  const int32_t node = node_count_;
  ParseNode p;
  p.token_begin = t.nodes_[children.front()].node.token_begin;
  p.token_end = token_count_;
  p.children_begin = static_cast<int32_t>(t.child_ids_.size());
  // Phrases have two children or so: a loop beats a range insert's memmove.
  for (int32_t child : children) {
    t.nodes_[child].node.parent = node;
    t.child_ids_.push_back(child);
  }
  p.children_end = static_cast<int32_t>(t.child_ids_.size());
  // The children are placed; the node takes their place among the pending.
  pending_.resize(first_child);
  Place(p, label);
}

[[gnu::always_inline]] inline void TreeBuilder::AddPhrase(const Label& label, int child_count) {
  assert(child_count > 0 && child_count <= open_child_count());
  Join(label, pending_.size() - child_count);
}

}  // namespace dyad

#endif  // DYAD_TREE_PARSE_TREE_H_
