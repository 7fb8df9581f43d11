// Chunking and clause structure: a tagged sentence becomes a Penn-style tree
// in the shapes the coder's linearisation (code/linear_parse.h) understands.
//
//   PhraseStructure grammar;
//   ParseTree tree;
//   uint64_t work = grammar.Build(words, tags, &tree);
//
// The grammar is deterministic and greedy, clause by clause, left to right:
//   S     -> (PP | SBAR | ADVP | , )* NP? VP ...   a clause; ", NP VP" after
//            a complete clause ("..., officials said") makes the clause so far
//            an S inside the sentence's S, as in reported speech
//   NP    -> base noun group (DT PRP$ JJ CD NN* ..., adjectives joined by
//            commas or "and"), with the possessive (NP (NP Gondor 's) Prime
//            Minister), PPs (see below), coordination of nouns (flat when the
//            members are bare nouns, the first perhaps with adjectives: (NP
//            Arnor , Osgiliath and Gondor), (NP Danish media and government);
//            else (NP (NP ..) (CC and) (NP ..)); outside a subject, a list
//            followed by a finite verb is not one: "on Saturday, officials
//            said"), appositions (NP (NP X) , (NP his counterpart) ,),
//            emphatic reflexives (NP (NP Putin) (NP himself)), relative
//            clauses (SBAR (WHNP that) (S VP)) and reduced relatives (VP VBN
//            ...) before a preposition or a day
//   PPs   -> attach to the noun before them: "of" always; in a subject any;
//            after a preposition's object in/to/with/between/for/against/
//            among unless they name a time ("in 2004") or follow a name
//            (but "in" may); otherwise to the verb
//   VP    -> MD/auxiliary [RB] (VP ...) | verb [PRT] complements: NP, PP,
//            ADVP, ADJP, SBAR ("that" clause, subordinate clause, or a bare
//            NP + finite verb clause), S for "to" infinitives, a participial
//            clause after a comma (, (S (VP VBG ..))), a time span before
//            after/before (SBAR (NP five years) (IN after) (S ..)), and
//            VP coordination of the same verb form (VP (VP ..) (CC and) (VP ..))
//   PP    -> IN NP | IN S (before a gerund) | IN SBAR-like clause (only
//            subordinators: after, because, that ...) | (PP (VBG according)
//            (PP (TO to) NP))
// Nesting is bounded (kMaxDepth), beyond which words are attached flat, so
// any input, however long or odd, costs time linear in its length.
#ifndef DYAD_PARSE_PHRASE_STRUCTURE_H_
#define DYAD_PARSE_PHRASE_STRUCTURE_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/parse/pos_tag.h"
#include "dyad/tree/parse_tree.h"

namespace dyad {

class PhraseStructure {
 public:
  static constexpr int kMaxDepth = 24;

  PhraseStructure();

  // Builds the tree of one sentence into *tree (replacing it). words are PTB
  // forms ("-LRB-" for "("), tags one per word. An empty sentence gives a
  // tree with no nodes. Returns the elementary steps taken (linear in the
  // number of words). Reuses its scratch space between calls; not
  // thread-safe (use one per thread).
  uint64_t Build(std::span<const std::string_view> words, std::span<const PosTag> tags, ParseTree* tree);

 private:
  // The labels of phrases; "" is the sentence's top, which becomes ROOT.
  enum class Phrase : uint8_t { kTop, kS, kSbar, kNp, kNpTemporal, kVp, kPp, kAdvp, kAdjp, kPrt, kWhnp, kWhadvp };
  static constexpr int kPhraseCount = static_cast<int>(Phrase::kWhadvp) + 1;
  // A node's label: its tag for a token node, else kPosTagCount + its Phrase.
  using LabelIndex = uint8_t;
  static LabelIndex LabelOf(Phrase phrase) { return static_cast<LabelIndex>(kPosTagCount + static_cast<int>(phrase)); }
  struct Node {
    LabelIndex label;
    int32_t token = -1;
    int32_t first = -1, last = -1, next = -1;  // children as a linked list
  };
  class Grammar;

  // Inline (defined in phrase_structure.cc, the only place they are
  // called): they run for every node.
  inline int NewNode(Phrase phrase);
  inline int NewToken(int token);
  inline void Append(int parent, int child);
  // Adds the phrase `node` and its subtree to builder_. Tokens are added by
  // the loop over their parent's children, not by a call each.
  void Emit(int node);

  std::vector<Node> nodes_;
  std::span<const std::string_view> words_;
  std::span<const PosTag> tags_;
  TreeBuilder builder_;
  // Every label, prepared once in builder_, by LabelIndex.
  std::array<TreeBuilder::Label, kPosTagCount + kPhraseCount> labels_;
};

}  // namespace dyad

#endif  // DYAD_PARSE_PHRASE_STRUCTURE_H_
