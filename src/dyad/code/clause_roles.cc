#include "dyad/code/clause_roles.h"

#include <algorithm>
#include <span>
#include <string_view>

#include "dyad/base/text.h"

namespace dyad {
namespace {

constexpr std::string_view kReportingVerbs[] = {
    "SAY",    "SAYS",    "SAID",    "SAYING",   "TELL",      "TELLS",    "TOLD",  "TELLING",
    "ADD",    "ADDS",    "ADDED",   "ADDING",   "STATE",     "STATES",   "STATED", "STATING",
    "NOTE",   "NOTES",   "NOTED",   "NOTING",   "ANNOUNCE",  "ANNOUNCES", "ANNOUNCED", "ANNOUNCING",
    "REPORT", "REPORTS", "REPORTED", "REPORTING", "WRITE",   "WRITES",   "WROTE", "WRITING"};

// Forms of HAVE and BE that make a following participle perfect or passive.
constexpr std::string_view kAuxiliaries[] = {"HAVE", "HAS",  "HAD",  "HAVING", "'VE",  "'D",  "AM",
                                             "IS",   "ARE",  "WAS",  "WERE",   "BE",   "BEEN", "BEING",
                                             "'S",   "'RE",  "'M"};

bool OneOf(std::string_view word, std::span<const std::string_view> list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool IsSubjectNounPhrase(const ParseTree& tree, int node) {
  if (tree.category(node) != "NP") return false;
  std::string_view label = tree.label(node);
  return label.find("-TMP") == std::string_view::npos && label.find("-ADV") == std::string_view::npos;
}

// The first child of `vp` that is a preterminal, or -1.
int FirstPreterminal(const ParseTree& tree, int vp) {
  for (int c : tree.children(vp)) {
    if (tree.node(c).is_preterminal()) return c;
  }
  return -1;
}

// The head verb word of a VP: its first preterminal child when that is a
// verb, else "".
std::string_view VerbWord(const ParseTree& tree, int vp) {
  int pre = FirstPreterminal(tree, vp);
  if (pre < 0 || !StartsWith(tree.label(pre), "VB")) return {};
  return tree.norm(tree.node(pre).token);
}

bool IsFiniteClause(const ParseTree& tree, int s) {
  bool subject = false;
  for (int c : tree.children(s)) {
    if (IsSubjectNounPhrase(tree, c)) subject = true;
    if (subject && tree.category(c) == "VP") {
      int pre = FirstPreterminal(tree, c);
      if (pre < 0) return false;
      std::string_view tag = tree.label(pre);
      return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD";
    }
  }
  return false;
}

void CollectFiniteClauses(const ParseTree& tree, int node, std::vector<std::pair<int32_t, int32_t>>* out,
                          int depth) {
  if (depth > 200) return;  // far deeper than any real parse
  for (int c : tree.children(node)) {
    if (tree.node(c).is_preterminal()) continue;
    if (tree.category(c) == "S" && IsFiniteClause(tree, c)) {
      out->emplace_back(tree.node(c).token_begin, tree.node(c).token_end);
      continue;
    }
    CollectFiniteClauses(tree, c, out, depth + 1);
  }
}

}  // namespace

int32_t SubjectStart(const ParseTree& tree, int vp) {
  int child = vp;
  for (int p = tree.node(vp).parent; p >= 0; child = p, p = tree.node(p).parent) {
    auto kids = tree.children(p);
    auto at = std::find(kids.begin(), kids.end(), child);
    while (at != kids.begin()) {
      --at;
      if (IsSubjectNounPhrase(tree, *at)) return tree.node(*at).token_begin;
    }
  }
  return -1;
}

std::vector<std::pair<int32_t, int32_t>> FiniteClausesInside(const ParseTree& tree, int vp) {
  std::vector<std::pair<int32_t, int32_t>> out;
  CollectFiniteClauses(tree, vp, &out, 0);
  return out;
}

int32_t ReporterStart(const ParseTree& tree, int vp) {
  int child = vp;
  for (int p = tree.node(vp).parent; p >= 0; child = p, p = tree.node(p).parent) {
    const std::string_view category = tree.category(child);
    if (category != "S" && category != "SBAR") continue;
    // "Wang said [that X ...]": the clause is the reporting verb's complement.
    if (tree.category(p) == "VP" && OneOf(VerbWord(tree, p), kReportingVerbs)) return SubjectStart(tree, p);
    // "[X ...], Wang said": the clause comes first, the reporter after it.
    if (tree.category(p) != "S") continue;
    auto kids = tree.children(p);
    int32_t reporter = -1;
    for (auto at = std::find(kids.begin(), kids.end(), child) + 1; at < kids.end(); ++at) {
      if (reporter < 0 && IsSubjectNounPhrase(tree, *at)) reporter = tree.node(*at).token_begin;
      if (reporter >= 0 && tree.category(*at) == "VP") {
        if (OneOf(VerbWord(tree, *at), kReportingVerbs)) return reporter;
        break;
      }
    }
  }
  return -1;
}

bool IsBackgroundClause(const ParseTree& tree, int vp) {
  int pre = FirstPreterminal(tree, vp);
  if (pre < 0 || (tree.label(pre) != "VBP" && tree.label(pre) != "VBZ")) return false;
  for (int p = tree.node(vp).parent; p >= 0; p = tree.node(p).parent) {
    if (tree.category(p) != "SBAR") continue;
    int first = tree.node(p).token_begin;
    std::string_view word = tree.norm(first);
    return tree.tag(first) == "IN" && (word == "AS" || word == "WHILE");
  }
  return false;
}

bool IsBareParticiple(const ParseTree& tree, int vp) {
  int pre = FirstPreterminal(tree, vp);
  if (pre < 0 || tree.label(pre) != "VBN") return false;
  int child = vp;
  int p = tree.node(vp).parent;
  for (; p >= 0 && tree.category(p) == "VP"; child = p, p = tree.node(p).parent) {
    for (int c : tree.children(p)) {
      if (c == child) break;
      if (tree.node(c).is_preterminal() && OneOf(tree.norm(tree.node(c).token), kAuxiliaries)) return false;
    }
  }
  // A clause's own predicate after its subject is a finite verb tagged as a
  // participle ("Ethiopia broken down with Libya"), not a modifier.
  if (p >= 0 && tree.category(p) == "S") {
    for (int c : tree.children(p)) {
      if (c == child) break;
      if (IsSubjectNounPhrase(tree, c)) return false;
    }
  }
  return true;
}

bool IsUnrealised(const ParseTree& tree, int vp) {
  int child = vp;
  for (int p = tree.node(vp).parent; p >= 0 && tree.category(p) == "VP"; child = p, p = tree.node(p).parent) {
    for (int c : tree.children(p)) {
      if (c == child) break;
      if (tree.label(c) == "MD" || tree.label(c) == "TO") return true;
    }
  }
  return false;
}

std::vector<int> PlacePhrases(const ParseTree& tree, int32_t verb_token) {
  std::vector<int> out;
  if (verb_token < 0 || verb_token >= tree.token_count()) return out;
  int scope = tree.node(tree.token(verb_token).node).parent;
  if (scope < 0 || tree.category(scope) != "VP") return out;
  auto preposition = [&](int pp) { return tree.norm(tree.node(pp).token_begin); };
  auto place_preposition = [&](int pp) { return preposition(pp) == "IN" || preposition(pp) == "AT"; };
  auto object_of = [&](int pp) {
    for (int object : tree.children(pp)) {
      if (tree.category(object) == "NP") return object;
    }
    return -1;
  };
  // "met with Gondor in Fornost" parsed as (NP (NP Gondor) (PP in Fornost)):
  // after a name, the place phrase still says where the meeting was; after
  // a common noun ("the army in Rohan") it says which army.
  auto after_name = [&](int np) {
    int inner = -1;
    for (int c : tree.children(np)) {
      if (inner < 0) {
        if (tree.category(c) != "NP") return -1;
        const std::string_view head_tag = tree.tag(tree.node(c).token_end - 1);
        if (head_tag != "NNP" && head_tag != "NNPS") return -1;
        inner = c;
      } else if (tree.category(c) == "PP" && place_preposition(c)) {
        return object_of(c);
      }
    }
    return -1;
  };
  for (; scope >= 0; scope = tree.node(scope).parent) {
    const std::string_view category = tree.category(scope);
    if (category != "VP" && category != "S") break;
    int previous = -1;
    for (int c : tree.children(scope)) {
      const bool after_of = previous >= 0 && tree.category(previous) == "PP" && preposition(previous) == "OF";
      previous = c;
      if (after_of) continue;
      int object = tree.category(c) == "NP" ? c : tree.category(c) == "PP" ? object_of(c) : -1;
      if (object < 0) continue;
      if (tree.category(c) == "PP" && place_preposition(c)) out.push_back(object);
      if (int nested = after_name(object); nested >= 0) out.push_back(nested);
    }
    if (category == "S") break;
  }
  std::sort(out.begin(), out.end(),
            [&](int a, int b) { return tree.node(a).token_begin < tree.node(b).token_begin; });
  return out;
}

}  // namespace dyad
