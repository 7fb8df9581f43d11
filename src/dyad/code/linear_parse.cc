#include "dyad/code/linear_parse.h"

#include <optional>
#include <string_view>

#include "dyad/base/text.h"

namespace dyad {
namespace {

// Deeper trees are refused rather than risk the stack: real parses stay far
// below this.
constexpr int kMaxDepth = 400;
// A noun phrase with several compounds multiplies out; beyond this many
// members the rest are dropped.
constexpr size_t kMaxMembers = 64;

// One piece of a noun phrase's flattened words: a token, or a compound node
// whose members are substituted one at a time.
struct Part {
  int32_t token = -1;
  int32_t compound_node = -1;
};

class Builder {
 public:
  Builder(const ParseTree& tree, LinearParse* out) : t_(tree), out_(out) {}

  Status Run() {
    if (t_.node_count() == 0) return Status::InvalidArgument("empty parse tree");
    ComputeSubtreeSizes();
    MarkCompounds();
    if (!Emit(t_.root(), 0)) return Status::InvalidArgument("parse tree nested too deeply");
    return Status::Ok();
  }

 private:
  std::string_view Label(int n) const { return t_.label(n); }
  bool LabelStarts(int n, std::string_view prefix) const { return StartsWith(Label(n), prefix); }
  // Nodes of n's subtree, n included: a contiguous range in post-order.
  int SubtreeFirst(int n) const { return n - size_[n] + 1; }

  void ComputeSubtreeSizes() {
    size_.assign(t_.node_count(), 1);
    for (int n = 0; n < t_.node_count(); ++n) {
      for (int c : t_.children(n)) size_[n] += size_[c];
    }
  }

  // A CC's parent NP is a compound when it coordinates nouns: no clause or
  // verb phrase inside, a single conjunction, and enough N* nodes to hold
  // two nouns besides itself.
  void MarkCompounds() {
    is_compound_.assign(t_.node_count(), false);
    for (int tok = 0; tok < t_.token_count(); ++tok) {
      if (t_.tag(tok) != "CC") continue;
      int p = t_.node(t_.token(tok).node).parent;
      if (p < 0 || !LabelStarts(p, "NP")) continue;
      int verbal = 0, ccs = 0, nouns = 0;
      for (int x = SubtreeFirst(p); x <= p; ++x) {
        if (LabelStarts(x, "VP") || LabelStarts(x, "S")) ++verbal;
        if (LabelStarts(x, "CC")) ++ccs;
        if (LabelStarts(x, "N")) ++nouns;
      }
      if (verbal == 0 && ccs == 1 && nouns >= 3) is_compound_[p] = true;
    }
  }

  bool SubtreeHas(int n, bool include_self, bool (*pred)(std::string_view)) const {
    for (int x = SubtreeFirst(n); x <= n; ++x) {
      if (x == n && !include_self) continue;
      if (pred(Label(x))) return true;
    }
    return false;
  }

  void Push(ItemKind kind, int32_t value) { out_->items.push_back({kind, value}); }

  bool Emit(int n, int depth) {
    if (depth > kMaxDepth) return false;
    const ParseNode& node = t_.node(n);
    if (node.is_preterminal()) {
      Push(ItemKind::kOpen, n);
      Push(ItemKind::kWord, node.token);
      Push(ItemKind::kClose, n);
      return true;
    }
    if (is_compound_[n] && Label(n) == "NP") {
      EmitCompound({Part{-1, n}});
      return true;
    }
    if (Label(n) == "NP") {
      if (std::optional<std::vector<Part>> parts = NounPhraseParts(n)) {
        if (depth == 1 && n == FirstChildOfRoot()) {
          for (const Part& p : *parts) {
            if (p.compound_node >= 0) out_->dateline = true;
          }
        }
        EmitEntityPhrase(*parts);
        return true;
      }
    }
    Push(ItemKind::kOpen, n);
    for (int c : t_.children(n)) {
      if (!Emit(c, depth + 1)) return false;
    }
    Push(ItemKind::kClose, n);
    return true;
  }

  int FirstChildOfRoot() const {
    auto kids = t_.children(t_.root());
    return kids.empty() ? -1 : kids[0];
  }

  // The words of an NP that becomes one entity, or nullopt when the NP is
  // not entity-shaped and its inner phrases should be tried instead.
  std::optional<std::vector<Part>> NounPhraseParts(int n) const {
    for (int x = SubtreeFirst(n); x <= n; ++x) {
      // The first possessive in reading order is the one PETRARCH drops;
      // post-order visits preterminals in token order.
      if (t_.node(x).is_preterminal() && Label(x) == "POS") return Flatten(n, t_.node(x).token);
    }
    if (SubtreeHas(n, false, [](std::string_view l) { return StartsWith(l, "PP"); })) {
      return PrepositionParts(n);
    }
    for (int x = SubtreeFirst(n); x < n; ++x) {
      if (LabelStarts(x, "NP") || is_compound_[x]) return std::nullopt;
    }
    return Flatten(n, -1);
  }

  // All words under n in reading order, compounds kept whole.
  std::vector<Part> Flatten(int n, int32_t skip_token) const {
    std::vector<Part> parts;
    FlattenInto(n, skip_token, &parts, 0);
    return parts;
  }
  void FlattenInto(int n, int32_t skip_token, std::vector<Part>* parts, int depth) const {
    if (depth > kMaxDepth) return;
    const ParseNode& node = t_.node(n);
    if (node.is_preterminal()) {
      if (node.token != skip_token) parts->push_back(Part{node.token, -1});
      return;
    }
    if (is_compound_[n] && depth > 0) {
      parts->push_back(Part{-1, n});
      return;
    }
    for (int c : t_.children(n)) FlattenInto(c, skip_token, parts, depth + 1);
  }

  // NP (NP head) (PP prep (NP object)): head, preposition and object as one
  // entity, provided the object holds no further PP.
  std::optional<std::vector<Part>> PrepositionParts(int n) const {
    int pp = -1;
    for (int x : Preorder(n)) {
      if (x != n && LabelStarts(x, "PP")) {
        pp = x;
        break;
      }
    }
    if (pp < 0) return std::nullopt;
    int enclosing = t_.node(pp).parent;
    if (enclosing < 0 || Label(enclosing) != "NP") return std::nullopt;
    int head = t_.children(enclosing)[0];
    std::vector<Part> parts;
    if (is_compound_[head]) {
      parts.push_back(Part{-1, head});
    } else if (LabelStarts(head, "NP")) {
      parts = Flatten(head, -1);
    } else {
      return std::nullopt;
    }
    int prep = -1;
    for (int tok = t_.node(head).token_end; tok < t_.token_count(); ++tok) {
      if (t_.tag(tok) == "IN") {
        prep = tok;
        break;
      }
    }
    if (prep < 0) return std::nullopt;
    parts.push_back(Part{prep, -1});
    int object = -1;
    for (int x : Preorder(enclosing)) {
      if (t_.node(x).token_begin > prep && (Label(x) == "NP" || is_compound_[x])) {
        object = x;
        break;
      }
    }
    if (object < 0) return std::nullopt;
    if (SubtreeHas(object, false, [](std::string_view l) { return StartsWith(l, "PP"); })) return std::nullopt;
    if (is_compound_[object]) {
      parts.push_back(Part{-1, object});
    } else {
      std::vector<Part> words = Flatten(object, -1);
      parts.insert(parts.end(), words.begin(), words.end());
    }
    // A relative clause after the object stays with the phrase.
    for (int x : Preorder(n)) {
      if (Label(x) == "SBAR" && t_.node(x).token_begin >= t_.node(object).token_end) {
        for (int tok = t_.node(x).token_begin; tok < t_.node(x).token_end; ++tok) parts.push_back(Part{tok, -1});
        break;
      }
    }
    return parts;
  }

  std::vector<int> Preorder(int n) const {
    std::vector<int> order, stack = {n};
    while (!stack.empty()) {
      int x = stack.back();
      stack.pop_back();
      order.push_back(x);
      auto kids = t_.children(x);
      for (size_t i = kids.size(); i-- > 0;) stack.push_back(kids[i]);
    }
    return order;
  }

  // The members of a compound node: each NP child's words, or a bare noun
  // with the adjectives that precede the first member.
  std::vector<std::vector<int32_t>> Members(int c, int depth) const {
    std::vector<std::vector<int32_t>> members;
    std::vector<int32_t> adjectives;
    bool seen_member = false;
    for (int ch : t_.children(c)) {
      if (LabelStarts(ch, "NP") || is_compound_[ch]) {
        seen_member = true;
        std::vector<Part> parts;
        FlattenInto(ch, -1, &parts, is_compound_[ch] ? 1 : 0);
        for (auto& m : Expand(parts, depth + 1)) members.push_back(std::move(m));
      } else if (LabelStarts(ch, "NN") && t_.node(ch).is_preterminal()) {
        seen_member = true;
        std::vector<int32_t> m = adjectives;
        m.push_back(t_.node(ch).token);
        members.push_back(std::move(m));
      } else if (!seen_member) {
        for (int tok = t_.node(ch).token_begin; tok < t_.node(ch).token_end; ++tok) {
          if (StartsWith(t_.tag(tok), "JJ")) adjectives.push_back(tok);
        }
      }
      if (members.size() >= kMaxMembers) break;
    }
    return members;
  }

  // Every combination of compound members substituted into `parts`.
  std::vector<std::vector<int32_t>> Expand(const std::vector<Part>& parts, int depth) const {
    std::vector<std::vector<int32_t>> lists(1);
    for (const Part& p : parts) {
      if (p.compound_node < 0) {
        for (auto& l : lists) l.push_back(p.token);
        continue;
      }
      std::vector<std::vector<int32_t>> members;
      if (depth <= 8) members = Members(p.compound_node, depth);
      if (members.empty()) continue;
      std::vector<std::vector<int32_t>> product;
      for (const auto& l : lists) {
        for (const auto& m : members) {
          if (product.size() >= kMaxMembers) break;
          std::vector<int32_t> joined = l;
          joined.insert(joined.end(), m.begin(), m.end());
          product.push_back(std::move(joined));
        }
      }
      lists = std::move(product);
    }
    return lists;
  }

  void EmitEntityPhrase(const std::vector<Part>& parts) {
    bool has_compound = false;
    for (const Part& p : parts) has_compound |= p.compound_node >= 0;
    if (!has_compound) {
      std::vector<int32_t> tokens;
      for (const Part& p : parts) tokens.push_back(p.token);
      EmitEntity(std::move(tokens), -1);
      return;
    }
    EmitCompound(parts);
  }

  void EmitCompound(const std::vector<Part>& parts) {
    int32_t id = static_cast<int32_t>(out_->compounds.size());
    out_->compounds.emplace_back();
    Push(ItemKind::kCompoundOpen, id);
    for (auto& member : Expand(parts, 0)) {
      int32_t e = EmitEntity(std::move(member), id);
      out_->compounds[id].members.push_back(e);
    }
    Push(ItemKind::kCompoundClose, id);
  }

  int32_t EmitEntity(std::vector<int32_t> tokens, int32_t compound) {
    int32_t id = static_cast<int32_t>(out_->entities.size());
    Push(ItemKind::kEntityOpen, id);
    for (int32_t tok : tokens) Push(ItemKind::kWord, tok);
    Push(ItemKind::kEntityClose, id);
    Entity e;
    e.tokens = std::move(tokens);
    e.compound = compound;
    e.code = "---";
    out_->entities.push_back(std::move(e));
    return id;
  }

  const ParseTree& t_;
  LinearParse* out_;
  std::vector<int> size_;
  std::vector<bool> is_compound_;
};

}  // namespace

size_t LinearParse::CloseOf(size_t open) const {
  const LinearItem& o = items[open];
  ItemKind close = o.kind == ItemKind::kOpen         ? ItemKind::kClose
                   : o.kind == ItemKind::kEntityOpen ? ItemKind::kEntityClose
                                                     : ItemKind::kCompoundClose;
  for (size_t i = open + 1; i < items.size(); ++i) {
    if (items[i].kind == close && items[i].value == o.value) return i;
  }
  return items.size();
}

Status BuildLinearParse(const ParseTree& tree, LinearParse* out) {
  // Cleared rather than replaced, so that a reused parse keeps its capacity.
  out->items.clear();
  out->entities.clear();
  out->compounds.clear();
  out->dateline = false;
  return Builder(tree, out).Run();
}

}  // namespace dyad
