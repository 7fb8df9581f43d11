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
  std::vector<std::pair<int, int32_t>> stack = {{root(), node(root()).children_begin}};
  out += "(";
  out += label(root());
  while (!stack.empty()) {
    auto& [n, next] = stack.back();
    const ParseNode& p = node(n);
    if (p.is_preterminal()) {
      out += ' ';
      out += word(p.token);
      out += ')';
      stack.pop_back();
    } else if (next < p.children_end) {
      int child = child_ids_[next++];
      out += " (";
      out += label(child);
      stack.push_back({child, node(child).children_begin});
    } else {
      out += ')';
      stack.pop_back();
    }
  }
  return out;
}

int ParseTree::head_child(int n) const {
  if (node(n).is_preterminal()) return -1;
  std::vector<HeadCategory> categories;
  for (int32_t child : children(n)) categories.push_back(ClassifyCategory(category(child)));
  return children(n)[FindHeadChild(ClassifyCategory(category(n)), categories)];
}

int ParseTree::head_token(int n) const {
  while (!node(n).is_preterminal()) n = head_child(n);
  return node(n).token;
}

void TreeBuilder::Reset(ParseTree* tree) {
  tree_ = tree;
  tree->nodes_.clear();
  tree->child_ids_.clear();
  tree->tokens_.clear();
  tree->text_.assign(label_prefix_);
  text_used_ = label_prefix_.size();
  node_count_ = token_count_ = 0;
  open_.clear();
  pending_.clear();
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

ParseTree::TokenText TreeBuilder::StoreUnusualWord(std::string_view word) {
  const std::string_view unescaped = Unescape(word);
  ParseTree::TokenText text;
  text.word = Store(word);
  if (unescaped.data() != word.data()) {  // an escape: its plain form is ASCII
    text.norm = Store(unescaped, /*upper=*/true);
    return text;
  }
  // Dictionaries are matched in the folded form ("Élysée" as ELYSEE);
  // folding never lengthens a word.
  char* out = Reserve(word.size());
  text.norm = {static_cast<uint32_t>(text_used_), static_cast<uint32_t>(AsciiFoldUpperTo(word, out))};
  text_used_ += text.norm.size;
  return text;
}

TreeBuilder::Label TreeBuilder::Describe(std::string_view label, ParseTree::Piece text) {
  return {text, static_cast<uint32_t>(CategoryLength(label))};
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

void TreeBuilder::Finish() {
  assert(open_.empty() && pending_.size() == 1);
  ParseTree& t = *tree_;
  int32_t top = pending_[0];
  std::string_view label = t.label(top);
  if (label.empty()) {
    const Label root = InternLabel("ROOT");
    t.nodes_[top].text = {root.text, root.text.size};
  } else if (label != "ROOT") {
    Open("ROOT");
    open_.back().first_child = 0;
    Close();
  }
  pending_.clear();
  t.text_.resize(text_used_);
}

}  // namespace dyad
