#include "dyad/tree/parse_tree.h"

#include <algorithm>
#include <cassert>
#include <utility>

#include "dyad/base/text.h"
#include "dyad/text/ascii_fold.h"
#include "dyad/tree/head_rules.h"

namespace dyad {
namespace {

// Length of the category prefix of a label: function tags ("-SBJ") and
// indices ("=2", "-1") are cut, but a leading '-' belongs to the name.
size_t CategoryLength(std::string_view label) {
  if (!label.empty() && label[0] == '-') return label.size();
  for (size_t i = 1; i < label.size(); ++i) {
    if (label[i] == '-' || label[i] == '=') return i;
  }
  return label.size();
}

// The spelling a Penn Treebank escape stands for, or the word itself.
std::string_view Unescape(std::string_view word) {
  if (word.size() < 2 || (word[0] != '-' && word[0] != '`' && word[0] != '\'')) return word;
  static constexpr std::pair<std::string_view, std::string_view> kEscapes[] = {
      {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"}, {"-LCB-", "{"},
      {"-RCB-", "}"}, {"``", "\""},   {"''", "\""},
  };
  for (const auto& [escape, plain] : kEscapes) {
    if (EqualsIgnoreCase(word, escape)) return plain;
  }
  return word;
}

}  // namespace

std::string ParseTree::ToString() const {
  std::string out;
  if (nodes_.empty()) return out;
  // (node, next child position) pairs; explicit so deep trees cannot overflow
  // the call stack.
  std::vector<std::pair<int, int32_t>> stack = {{root(), nodes_[root()].children_begin}};
  out += "(";
  out += label(root());
  while (!stack.empty()) {
    auto& [n, next] = stack.back();
    const ParseNode& p = nodes_[n];
    if (p.is_preterminal()) {
      out += ' ';
      out += word(p.token);
      out += ')';
      stack.pop_back();
    } else if (next < p.children_end) {
      int child = child_ids_[next++];
      out += " (";
      out += label(child);
      stack.push_back({child, nodes_[child].children_begin});
    } else {
      out += ')';
      stack.pop_back();
    }
  }
  return out;
}

void TreeBuilder::Reset(ParseTree* tree) {
  tree_ = tree;
  tree->nodes_.clear();
  tree->child_ids_.clear();
  tree->node_text_.clear();
  tree->tokens_.clear();
  tree->token_text_.clear();
  tree->text_.assign(label_prefix_);
  text_used_ = label_prefix_.size();
  open_.clear();
  pending_.clear();
  pending_categories_.clear();
  ++generation_;
}

void TreeBuilder::GrowText(size_t n) {
  // text_ grows in steps and is cut to what was stored by Finish(): byte
  // loops into room already there are cheaper than std::string::append for
  // these short strings.
  std::string& text = tree_->text_;
  text.resize(std::max(2 * text.size(), text_used_ + n + 256));
}

ParseTree::Piece TreeBuilder::Store(std::string_view s, bool upper) {
  char* out = Reserve(s.size());
  ParseTree::Piece piece{static_cast<uint32_t>(text_used_), static_cast<uint32_t>(s.size())};
  if (upper) {
    for (char c : s) *out++ = AsciiUpper(c);
  } else {
    for (char c : s) *out++ = c;
  }
  text_used_ += s.size();
  return piece;
}

[[gnu::always_inline]] inline void TreeBuilder::StoreWord(std::string_view word, ParseTree::Piece* stored, ParseTree::Piece* norm) {
  const std::string_view unescaped = Unescape(word);
  if (unescaped.data() != word.data()) {  // an escape: its plain form is ASCII
    *stored = Store(word);
    *norm = Store(unescaped, /*upper=*/true);
    return;
  }
  // Usually the norm is the word upper-cased: both in one pass.
  const size_t n = word.size();
  char* out = Reserve(2 * n);
  unsigned char high = 0;
  for (size_t i = 0; i < n; ++i) {
    out[i] = word[i];
    out[n + i] = AsciiUpper(word[i]);
    high |= static_cast<unsigned char>(word[i]);
  }
  *stored = {static_cast<uint32_t>(text_used_), static_cast<uint32_t>(n)};
  if ((high & 0x80) == 0) {
    *norm = {static_cast<uint32_t>(text_used_ + n), static_cast<uint32_t>(n)};
    text_used_ += 2 * n;
    return;
  }
  // Dictionaries are matched in the folded form ("Élysée" as ELYSEE).
  text_used_ += n;
  *norm = Store(AsciiFoldUpper(word));
}

TreeBuilder::Label TreeBuilder::Describe(std::string_view label, ParseTree::Piece text) {
  Label l;
  l.text = text;
  l.category_size = static_cast<uint32_t>(CategoryLength(label));
  l.head = ClassifyCategory(label.substr(0, l.category_size));
  return l;
}

TreeBuilder::Label TreeBuilder::Prepare(std::string_view label) {
  const Label l = Describe(label, {static_cast<uint32_t>(label_prefix_.size()), static_cast<uint32_t>(label.size())});
  label_prefix_.append(label);
  return l;
}

TreeBuilder::Label TreeBuilder::InternLabel(std::string_view label) {
  const bool short_label = !label.empty() && label.size() <= 8;
  uint64_t key = 0;
  size_t slot = 0;
  if (short_label) {
    for (char c : label) key = (key << 8) | static_cast<unsigned char>(c);
    slot = static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - kKnownLabelBits));
    for (; known_labels_[slot].size != 0; slot = (slot + 1) % kKnownLabelSlots) {
      const KnownLabel& k = known_labels_[slot];
      if (k.key != key || k.size != label.size()) continue;
      if (k.since <= generation_) return k.label;
      break;  // met first in this tree, whose text does not start with it
    }
  }
  const Label l = Describe(label, Store(label));
  if (short_label && known_labels_[slot].size == 0 && known_label_count_ < kMaxKnownLabels) {
    known_labels_[slot] = {key, static_cast<uint32_t>(label.size()), generation_ + 1, Prepare(label)};
    ++known_label_count_;
  }
  return l;
}

void TreeBuilder::Open(const Label& label) { open_.push_back({label, pending_.size()}); }

void TreeBuilder::AddToken(const Label& tag, std::string_view word) {
  ParseTree& t = *tree_;
  const int32_t token = static_cast<int32_t>(t.tokens_.size());
  ParseNode p;
  p.token_begin = token;
  p.token_end = token + 1;
  p.children_begin = p.children_end = static_cast<int32_t>(t.child_ids_.size());
  p.head_token = token;
  p.token = token;
  t.tokens_.push_back({Place(p, tag), -1, -1});
  ParseTree::Piece stored, norm;
  StoreWord(word, &stored, &norm);
  t.token_text_.push_back({stored, norm});
}

int TreeBuilder::open_child_count() const {
  size_t first = open_.empty() ? 0 : open_.back().first_child;
  return static_cast<int>(pending_.size() - first);
}

void TreeBuilder::Close() {
  assert(!open_.empty() && open_child_count() > 0);
  const OpenNode o = open_.back();
  open_.pop_back();
  Join(o.label, o.first_child);
}

void TreeBuilder::AddPhrase(const Label& label, int child_count) {
  assert(child_count > 0 && child_count <= open_child_count());
  Join(label, pending_.size() - child_count);
}

void TreeBuilder::Finish() {
  assert(open_.empty() && pending_.size() == 1);
  ParseTree& t = *tree_;
  int32_t top = pending_[0];
  std::string_view label = t.label(top);
  if (label.empty()) {
    const Label root = InternLabel("ROOT");
    t.node_text_[top] = {root.text, root.text.size};
  } else if (label != "ROOT") {
    Open("ROOT");
    open_.back().first_child = 0;
    Close();
  }
  pending_.clear();
  pending_categories_.clear();
  t.text_.resize(text_used_);
}

[[gnu::always_inline]] inline int32_t TreeBuilder::Place(const ParseNode& node, const Label& label) {
  ParseTree& t = *tree_;
  t.nodes_.push_back(node);
  t.node_text_.push_back({label.text, label.category_size});
  pending_.push_back(static_cast<int32_t>(t.nodes_.size()) - 1);
  pending_categories_.push_back(label.head);
  return pending_.back();
}

[[gnu::always_inline]] inline void TreeBuilder::Join(const Label& label, size_t first_child) {
  ParseTree& t = *tree_;
  const std::span<const int32_t> children(pending_.data() + first_child, pending_.size() - first_child);
  const int32_t node = static_cast<int32_t>(t.nodes_.size());
  ParseNode p;
  p.token_begin = t.nodes_[children.front()].token_begin;
  p.token_end = static_cast<int32_t>(t.tokens_.size());
  p.children_begin = static_cast<int32_t>(t.child_ids_.size());
  // Phrases have two children or so: a loop beats a range insert's memmove.
  for (int32_t child : children) {
    t.nodes_[child].parent = node;
    t.child_ids_.push_back(child);
  }
  p.children_end = static_cast<int32_t>(t.child_ids_.size());
  const std::span<const HeadCategory> categories(pending_categories_.data() + first_child, children.size());
  p.head_child = children[FindHeadChild(label.head, categories)];
  p.head_token = t.nodes_[p.head_child].head_token;
  // The children are placed; the node takes their place among the pending.
  pending_.resize(first_child);
  pending_categories_.resize(first_child);
  Place(p, label);
}

}  // namespace dyad
