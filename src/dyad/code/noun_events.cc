#include "dyad/code/noun_events.h"

#include <string>
#include <string_view>

#include "dyad/base/text.h"

namespace dyad {
namespace {

constexpr std::string_view kTargetPrepositions[] = {"TO", "WITH", "ON", "AGAINST", "INTO"};

bool IsTargetPreposition(std::string_view word) {
  for (std::string_view p : kTargetPrepositions) {
    if (word == p) return true;
  }
  return false;
}

// The first NP child of a PP, or -1.
int ObjectOf(const ParseTree& tree, int pp) {
  for (int c : tree.children(pp)) {
    if (tree.category(c) == "NP") return c;
  }
  return -1;
}

struct Sides {
  int agent = -1;   // NP nodes
  int target = -1;
};

// Reads the PPs that follow `np` among its parent's children; when `np` is
// the object that ends a PP ("during (NP a visit)"), those that follow the
// PP. An agent phrase that itself continues with PPs ("by (NP (NP X) (PP to
// Y))") lends them too.
void ReadFollowingPhrases(const ParseTree& tree, int np, Sides* sides, int depth) {
  int parent = tree.node(np).parent;
  if (parent >= 0 && tree.category(parent) == "PP" && tree.children(parent).back() == np) {
    np = parent;
    parent = tree.node(np).parent;
  }
  if (parent < 0 || depth > 4) return;
  bool after = false;
  for (int c : tree.children(parent)) {
    if (c == np) {
      after = true;
      continue;
    }
    if (!after) continue;
    if (tree.category(c) != "PP") break;
    const int object = ObjectOf(tree, c);
    if (object < 0) break;
    const std::string_view preposition = tree.norm(tree.node(c).token_begin);
    if (preposition == "BY" && sides->agent < 0) {
      auto kids = tree.children(object);
      if (!kids.empty() && tree.category(kids[0]) == "NP") {
        sides->agent = kids[0];
        ReadFollowingPhrases(tree, kids[0], sides, depth + 1);
      } else {
        sides->agent = object;
      }
    } else if (IsTargetPreposition(preposition) && sides->target < 0) {
      sides->target = object;
    }
  }
}

}  // namespace

void AddNounEvents(const ParseTree& tree, std::span<const TokenId> word_ids, const VerbDictionary& verbs,
                   const ActorCoder& actors, int date, const SourceFiles* files, std::vector<CodedEvent>* events) {
  // The agent's BY phrase follows the noun: nouns after the last BY (in
  // most sentences, all of them) name no event.
  int32_t last_by = tree.token_count() - 1;
  while (last_by >= 0 && tree.norm(last_by) != "BY") --last_by;
  for (int32_t t = 0; t < last_by; ++t) {
    const std::string_view tag = tree.tag(t);
    if ((tag != "NN" && tag != "NNS") || word_ids[t] == kNoToken) continue;
    const int np = tree.node(tree.token(t).node).parent;
    if (np < 0 || tree.category(np) != "NP" || tree.node(np).token_end != t + 1) continue;
    std::span<const uint32_t> forms = verbs.ExactForms(word_ids.subspan(t, 1));
    if (forms.empty()) continue;
    const VerbForm& form = verbs.form(forms.back());  // the last block read wins, as for verbs
    const std::string& code = verbs.code(form.code).text;
    if (code == "---" || code.find(':') != std::string::npos) continue;

    Sides sides;
    ReadFollowingPhrases(tree, np, &sides, 0);
    if (sides.agent < 0 || sides.target < 0) continue;
    auto code_of = [&](int node, TokenSpan* span) {
      const ParseNode& n = tree.node(node);
      *span = {n.token_begin, n.token_end};
      return actors.Code(word_ids.subspan(n.token_begin, n.token_end - n.token_begin), date);
    };
    CodedEvent e;
    e.source = code_of(sides.agent, &e.source_span);
    e.target = code_of(sides.target, &e.target_span);
    if (!NamesActor(e.source) || !NamesActor(e.target) || e.source == e.target) continue;
    e.code = code;
    e.verb_span = {t, t + 1};
    if (files != nullptr) e.provenance = files->Format(form.provenance);
    events->push_back(std::move(e));
  }
}

}  // namespace dyad
