#include "dyad/code/linear_parse.h"

#include <span>
#include <string_view>
#include <utility>

#include "dyad/base/text.h"

namespace dyad {
namespace {

// Deeper trees are refused rather than risk the stack: real parses stay far
// below this.
constexpr int kMaxDepth = 400;
// A noun phrase with several compounds multiplies out; beyond this many
// members the rest are dropped.
constexpr size_t kMaxMembers = 64;

// What the builder asks of a node's label, worked out once per node: the
// same labels are tested again and again as noun phrases are tried.
enum LabelFact : uint16_t {
  kIsNp = 1 << 0,       // exactly "NP"
  kStartsNp = 1 << 1,   // "NP", "NP-SBJ", ...
  kStartsN = 1 << 2,
  kStartsNn = 1 << 3,
  kStartsPp = 1 << 4,
  kVerbal = 1 << 5,     // starts with "VP" or "S"
  kStartsCc = 1 << 6,
  kIsCc = 1 << 7,
  kStartsJj = 1 << 8,
  kIsPos = 1 << 9,
  kIsSbar = 1 << 10,
  kIsIn = 1 << 11,
};

uint16_t LabelFacts(std::string_view label) {
  if (label.empty()) return 0;
  const char second = label.size() > 1 ? label[1] : '\0';
  const bool two = label.size() == 2;
  uint16_t facts = 0;
  switch (label[0]) {
    case 'N':
      facts |= kStartsN;
      if (second == 'P') facts |= two ? kStartsNp | kIsNp : kStartsNp;
      if (second == 'N') facts |= kStartsNn;
      break;
    case 'P':
      if (second == 'P') facts |= kStartsPp;
      if (label == "POS") facts |= kIsPos;
      break;
    case 'V':
      if (second == 'P') facts |= kVerbal;
      break;
    case 'S':
      facts |= kVerbal;
      if (label == "SBAR") facts |= kIsSbar;
      break;
    case 'C':
      if (second == 'C') facts |= two ? kStartsCc | kIsCc : kStartsCc;
      break;
    case 'J':
      if (second == 'J') facts |= kStartsJj;
      break;
    case 'I':
      if (second == 'N' && two) facts |= kIsIn;
      break;
    default:
      break;
  }
  return facts;
}

}  // namespace

class LinearParseBuilder::Builder {
 public:
  Builder(const ParseTree& tree, LinearParse* out, Scratch* scratch)
      : t_(tree), out_(out), nodes_(scratch->nodes), parts_(scratch->parts), words_(scratch->words),
        stack_(scratch->stack), compound_(scratch->compound), levels_(scratch->levels),
        spare_entities_(scratch->spare_entities) {}

  Status Run() {
    if (t_.node_count() == 0) return Status::InvalidArgument("empty parse tree");
    DescribeNodes();
    MarkCompounds();
    if (!Emit(t_.root(), 0)) return Status::InvalidArgument("parse tree nested too deeply");
    return Status::Ok();
  }

  size_t entity_count() const { return entity_count_; }

 private:
  bool Has(int n, uint16_t fact) const { return (nodes_[n].facts & fact) != 0; }
  bool IsCompound(int n) const { return nodes_[n].compound; }
  // The label facts of token tok's POS tag.
  bool TagHas(int tok, uint16_t fact) const { return Has(t_.token(tok).node, fact); }

  // In post-order each node is complete when it is reached (its children
  // came before it), and hands its facts on to its parent.
  void DescribeNodes() {
    nodes_.assign(t_.node_count(), NodeInfo{});
    for (int n = 0; n < t_.node_count(); ++n) {
      NodeInfo& info = nodes_[n];
      info.facts = LabelFacts(t_.label(n));
      const int parent = t_.node(n).parent;
      if (parent >= 0) nodes_[parent].below |= info.facts | info.below;
    }
  }

  // A CC's parent NP is a compound when it coordinates nouns: no clause or
  // verb phrase inside, a single conjunction, and enough N* nodes to hold
  // two nouns besides itself.
  void MarkCompounds() {
    // Many sentences have no conjunction at all.
    if (!BelowHas(t_.root(), kIsCc)) return;
    for (int tok = 0; tok < t_.token_count(); ++tok) {
      if (!TagHas(tok, kIsCc)) continue;
      int p = t_.node(t_.token(tok).node).parent;
      if (p < 0 || !Has(p, kStartsNp)) continue;
      int verbal = 0, ccs = 0, nouns = 0;
      for (int x = t_.subtree_first(p); x <= p; ++x) {
        if (Has(x, kVerbal)) ++verbal;
        if (Has(x, kStartsCc)) ++ccs;
        if (Has(x, kStartsN)) ++nouns;
      }
      if (verbal == 0 && ccs == 1 && nouns >= 3) nodes_[p].compound = true;
    }
  }

  // Whether a node of n's subtree other than n itself has `fact`.
  bool BelowHas(int n, uint16_t fact) const { return (nodes_[n].below & fact) != 0; }

  // The first node of n's subtree in pre-order (n first, then each child's
  // subtree left to right) that satisfies `pred`, or -1. The search skips
  // the nodes below a node x that fails `descend(x)`, which must hold
  // whenever a node below x could satisfy `pred`.
  template <typename Pred, typename Descend>
  int FirstInPreorder(int n, Pred pred, Descend descend) {
    stack_.clear();
    stack_.push_back(n);
    while (!stack_.empty()) {
      int x = stack_.back();
      stack_.pop_back();
      if (pred(x)) return x;
      if (!descend(x)) continue;
      auto kids = t_.children(x);
      for (size_t i = kids.size(); i-- > 0;) stack_.push_back(kids[i]);
    }
    return -1;
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
    if (IsCompound(n) && Has(n, kIsNp)) {
      const Part whole{-1, n};
      EmitCompound({&whole, 1});
      return true;
    }
    if (Has(n, kIsNp) && NounPhraseParts(n)) {
      if (depth == 1 && n == FirstChildOfRoot()) {
        for (const Part& p : parts_) {
          if (p.compound_node >= 0) out_->dateline = true;
        }
      }
      EmitEntityPhrase(parts_);
      return true;
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

  // The words of an NP that becomes one entity into parts_; false when the
  // NP is not entity-shaped and its inner phrases should be tried instead.
  bool NounPhraseParts(int n) {
    parts_.clear();
    if (BelowHas(n, kIsPos)) {
      for (int x = t_.subtree_first(n); x < n; ++x) {
        // The first possessive in reading order is the one PETRARCH drops;
        // post-order visits preterminals in token order.
        if (t_.node(x).is_preterminal() && Has(x, kIsPos)) {
          FlattenInto(n, t_.node(x).token, &parts_, 0);
          return true;
        }
      }
    }
    if (BelowHas(n, kStartsPp)) return PrepositionParts(n);
    // Compounds are NPs too.
    if (BelowHas(n, kStartsNp)) return false;
    FlattenInto(n, -1, &parts_, 0);
    return true;
  }

  // Appends all words under n in reading order, compounds kept whole.
  void FlattenInto(int n, int32_t skip_token, std::vector<Part>* parts, int depth) const {
    if (depth > kMaxDepth) return;
    const ParseNode& node = t_.node(n);
    if (node.is_preterminal()) {
      if (node.token != skip_token) parts->push_back(Part{node.token, -1});
      return;
    }
    if (IsCompound(n) && depth > 0) {
      parts->push_back(Part{-1, n});
      return;
    }
    for (int c : t_.children(n)) FlattenInto(c, skip_token, parts, depth + 1);
  }

  // NP (NP head) (PP prep (NP object)): head, preposition and object as one
  // entity into parts_, provided the object holds no further PP.
  bool PrepositionParts(int n) {
    int pp = FirstInPreorder(
        n, [&](int x) { return x != n && Has(x, kStartsPp); }, [&](int x) { return BelowHas(x, kStartsPp); });
    if (pp < 0) return false;
    int enclosing = t_.node(pp).parent;
    if (enclosing < 0 || !Has(enclosing, kIsNp)) return false;
    int head = t_.children(enclosing)[0];
    if (IsCompound(head)) {
      parts_.push_back(Part{-1, head});
    } else if (Has(head, kStartsNp)) {
      FlattenInto(head, -1, &parts_, 0);
    } else {
      return false;
    }
    int prep = -1;
    for (int tok = t_.node(head).token_end; tok < t_.token_count(); ++tok) {
      if (TagHas(tok, kIsIn)) {
        prep = tok;
        break;
      }
    }
    if (prep < 0) return false;
    parts_.push_back(Part{prep, -1});
    // Nodes that end by the preposition hold nothing after it.
    int object = FirstInPreorder(
        enclosing, [&](int x) { return t_.node(x).token_begin > prep && (Has(x, kIsNp) || IsCompound(x)); },
        [&](int x) { return t_.node(x).token_end > prep + 1; });
    if (object < 0) return false;
    if (BelowHas(object, kStartsPp)) return false;
    if (IsCompound(object)) {
      parts_.push_back(Part{-1, object});
    } else {
      FlattenInto(object, -1, &parts_, 0);
    }
    // A relative clause after the object stays with the phrase. Most
    // phrases have no clause at all: then the search ends at n.
    const int32_t object_end = t_.node(object).token_end;
    int sbar = FirstInPreorder(
        n, [&](int x) { return Has(x, kIsSbar) && t_.node(x).token_begin >= object_end; },
        [&](int x) { return BelowHas(x, kIsSbar) && t_.node(x).token_end > object_end; });
    if (sbar >= 0) {
      for (int tok = t_.node(sbar).token_begin; tok < t_.node(sbar).token_end; ++tok) parts_.push_back(Part{tok, -1});
    }
    return true;
  }

  // The members of a compound node into *out (replaced): each NP child's
  // words, or a bare noun with the adjectives that precede the first member.
  void Members(int c, int depth, TokenLists* out) {
    ExpandLevel& level = levels_[depth];
    out->clear();
    level.adjectives.clear();
    bool seen_member = false;
    for (int ch : t_.children(c)) {
      if (Has(ch, kStartsNp) || IsCompound(ch)) {
        seen_member = true;
        level.parts.clear();
        FlattenInto(ch, -1, &level.parts, IsCompound(ch) ? 1 : 0);
        Expand(level.parts, depth + 1, &level.expanded);
        for (size_t m = 0; m < level.expanded.size(); ++m) out->Add(level.expanded[m], {});
      } else if (Has(ch, kStartsNn) && t_.node(ch).is_preterminal()) {
        seen_member = true;
        out->Add(level.adjectives, {&t_.node(ch).token, 1});
      } else if (!seen_member) {
        for (int tok = t_.node(ch).token_begin; tok < t_.node(ch).token_end; ++tok) {
          if (TagHas(tok, kStartsJj)) level.adjectives.push_back(tok);
        }
      }
      if (out->size() >= kMaxMembers) break;
    }
  }

  // Every combination of compound members substituted into `parts`, into
  // *out (replaced), at most kMaxMembers of them.
  void Expand(std::span<const Part> parts, int depth, TokenLists* out) {
    ExpandLevel& level = levels_[depth];
    TokenLists& lists = *out;
    lists.clear();
    lists.Add({}, {});
    for (const Part& p : parts) {
      if (p.compound_node < 0) {
        if (lists.size() == 1) {
          lists.words.push_back(p.token);
          lists.ends[0] = static_cast<uint32_t>(lists.words.size());
          continue;
        }
        level.members.clear();
        level.members.Add({}, {&p.token, 1});
      } else if (depth <= kMaxCompoundDepth) {
        Members(p.compound_node, depth, &level.members);
      } else {
        continue;
      }
      if (level.members.size() == 0) continue;
      level.product.clear();
      for (size_t l = 0; l < lists.size() && level.product.size() < kMaxMembers; ++l) {
        for (size_t m = 0; m < level.members.size() && level.product.size() < kMaxMembers; ++m) {
          level.product.Add(lists[l], level.members[m]);
        }
      }
      std::swap(lists, level.product);
    }
  }

  void EmitEntityPhrase(std::span<const Part> parts) {
    bool has_compound = false;
    for (const Part& p : parts) has_compound |= p.compound_node >= 0;
    if (!has_compound) {
      words_.clear();
      for (const Part& p : parts) words_.push_back(p.token);
      EmitEntity(words_, -1);
      return;
    }
    EmitCompound(parts);
  }

  void EmitCompound(std::span<const Part> parts) {
    int32_t id = static_cast<int32_t>(out_->compounds.size());
    out_->compounds.emplace_back();
    Push(ItemKind::kCompoundOpen, id);
    Expand(parts, 0, &compound_);
    for (size_t m = 0; m < compound_.size(); ++m) {
      int32_t e = EmitEntity(compound_[m], id);
      out_->compounds[id].members.push_back(e);
    }
    Push(ItemKind::kCompoundClose, id);
  }

  // Entities of an earlier sentence (in place, or spare) are overwritten,
  // which keeps their token vectors' storage.
  int32_t EmitEntity(std::span<const int32_t> tokens, int32_t compound) {
    int32_t id = static_cast<int32_t>(entity_count_++);
    Push(ItemKind::kEntityOpen, id);
    for (int32_t tok : tokens) Push(ItemKind::kWord, tok);
    Push(ItemKind::kEntityClose, id);
    if (static_cast<size_t>(id) == out_->entities.size()) {
      if (spare_entities_.empty()) {
        out_->entities.emplace_back();
      } else {
        out_->entities.push_back(std::move(spare_entities_.back()));
        spare_entities_.pop_back();
      }
    }
    Entity& e = out_->entities[id];
    e.tokens.assign(tokens.begin(), tokens.end());
    e.compound = compound;
    e.code = "---";
    return id;
  }

  const ParseTree& t_;
  LinearParse* out_;
  std::vector<NodeInfo>& nodes_;
  std::vector<Part>& parts_;    // of the noun phrase being tried
  std::vector<int32_t>& words_;  // of the entity being emitted
  std::vector<int>& stack_;      // for FirstInPreorder
  TokenLists& compound_;
  std::array<ExpandLevel, kMaxCompoundDepth + 2>& levels_;
  std::vector<Entity>& spare_entities_;
  size_t entity_count_ = 0;
};

std::span<const int32_t> LinearParseBuilder::TokenLists::operator[](size_t i) const {
  const uint32_t begin = i == 0 ? 0 : ends[i - 1];
  return {words.data() + begin, ends[i] - begin};
}

void LinearParseBuilder::TokenLists::clear() {
  words.clear();
  ends.clear();
}

void LinearParseBuilder::TokenLists::Add(std::span<const int32_t> a, std::span<const int32_t> b) {
  words.insert(words.end(), a.begin(), a.end());
  words.insert(words.end(), b.begin(), b.end());
  ends.push_back(static_cast<uint32_t>(words.size()));
}

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

Status LinearParseBuilder::Build(const ParseTree& tree, LinearParse* out) {
  // Cleared rather than replaced, so that a reused parse keeps its capacity;
  // the entities are overwritten and then cut to the number emitted, the
  // rest set aside whole.
  out->items.clear();
  out->compounds.clear();
  out->dateline = false;
  Builder builder(tree, out, &scratch_);
  Status status = builder.Run();
  while (out->entities.size() > builder.entity_count()) {
    scratch_.spare_entities.push_back(std::move(out->entities.back()));
    out->entities.pop_back();
  }
  return status;
}

Status BuildLinearParse(const ParseTree& tree, LinearParse* out) {
  LinearParseBuilder builder;
  return builder.Build(tree, out);
}

}  // namespace dyad
