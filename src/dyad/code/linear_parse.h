// The linear form of a parse tree that verb patterns are matched against.
//
// PETRARCH's dictionaries describe word sequences, not trees, so the coder
// flattens each tree once into items: phrase markers, words, and the actor
// slots the patterns can name.
//
//   (ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))
//   =>  ROOT( S( [ARNOR] VP( VBD( ATTACKED )VBD [GONDOR] )VP .( . ). )S )ROOT
//
// where [..] is an entity: a noun phrase reduced to its words (see coder.h,
// stage 2, for which NPs become entities and which become compounds, groups
// of entities such as "Fornost and Gondor"). Entity and compound markers nest
// inside phrase markers like any phrase; words of an entity may repeat across
// the members of a compound ("ambassadors of Arnor and Gondor" gives members
// AMBASSADORS OF ARNOR and AMBASSADORS OF GONDOR).
#ifndef DYAD_CODE_LINEAR_PARSE_H_
#define DYAD_CODE_LINEAR_PARSE_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "dyad/base/status.h"
#include "dyad/tree/parse_tree.h"

namespace dyad {

enum class ItemKind : uint8_t {
  kOpen,           // node: the tree node whose phrase opens here
  kClose,          // node: the tree node whose phrase closes here
  kWord,           // token: the tree token
  kEntityOpen,     // id: index into LinearParse::entities
  kEntityClose,
  kCompoundOpen,   // id: index into LinearParse::compounds
  kCompoundClose,
};

struct LinearItem {
  ItemKind kind;
  int32_t value;  // node, token or id, by kind

  bool is_marker() const { return kind != ItemKind::kWord; }
};

struct Entity {
  std::vector<int32_t> tokens;  // tree tokens, in reading order
  int32_t compound = -1;        // the compound it is a member of, or -1
  std::string code;             // set by actor coding; "---" when none
};

struct Compound {
  std::vector<int32_t> members;  // entity ids
};

struct LinearParse {
  std::vector<LinearItem> items;
  std::vector<Entity> entities;
  std::vector<Compound> compounds;
  // The sentence opens with a noun phrase built around a compound, the shape
  // of a dateline ("CEBU CITY: -- Mayor X and the town's fishermen ...").
  bool dateline = false;

  // Index of the item that closes the marker at `open` (an kOpen, kEntityOpen
  // or kCompoundOpen item), or items.size() if it is not closed.
  size_t CloseOf(size_t open) const;
};

// Builds linear parses; keeps its scratch space from one tree to the next,
// so reuse one per thread.
class LinearParseBuilder {
 public:
  // Flattens `tree` into *out (replacing its contents). InvalidArgument when
  // the tree is empty or nested deeper than the coder handles.
  Status Build(const ParseTree& tree, LinearParse* out);

 private:
  class Builder;
  struct NodeInfo {
    uint16_t facts = 0;      // LabelFact bits of its label
    uint16_t below = 0;      // those of the labels in its subtree, itself excluded
    bool compound = false;   // an NP that coordinates nouns
  };
  // One piece of a noun phrase's flattened words: a token, or a compound
  // node whose members are substituted one at a time.
  struct Part {
    int32_t token = -1;
    int32_t compound_node = -1;
  };
  // Lists of tokens back to back: list i is words[ends[i - 1], ends[i])
  // (from 0 for the first).
  struct TokenLists {
    std::vector<int32_t> words;
    std::vector<uint32_t> ends;

    size_t size() const { return ends.size(); }
    std::span<const int32_t> operator[](size_t i) const;
    void clear();
    // Appends the list `a` followed by `b`.
    void Add(std::span<const int32_t> a, std::span<const int32_t> b);
  };
  // Compounds nest inside compounds this deep at most; deeper ones are
  // left out.
  static constexpr int kMaxCompoundDepth = 8;
  // The scratch of one level of compound expansion.
  struct ExpandLevel {
    std::vector<Part> parts;         // of the member being flattened
    std::vector<int32_t> adjectives;  // before the first member
    TokenLists members;               // of the compound being substituted
    TokenLists product;               // the lists so far x those members
    TokenLists expanded;              // of one member
  };
  struct Scratch {
    std::vector<NodeInfo> nodes;  // per tree node
    std::vector<Part> parts;
    std::vector<int32_t> words;
    std::vector<int> stack;
    TokenLists compound;  // the members of the compound being emitted
    std::array<ExpandLevel, kMaxCompoundDepth + 2> levels;  // by depth
    // Entities a parse had beyond those of the tree built last, kept with
    // their storage for the next parse that has more.
    std::vector<Entity> spare_entities;
  };
  Scratch scratch_;
};

// One-off form of LinearParseBuilder::Build.
Status BuildLinearParse(const ParseTree& tree, LinearParse* out);

}  // namespace dyad

#endif  // DYAD_CODE_LINEAR_PARSE_H_
