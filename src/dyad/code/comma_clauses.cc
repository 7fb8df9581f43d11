#include "dyad/code/comma_clauses.h"

#include <vector>

#include "dyad/base/text.h"

namespace dyad {
namespace {

// The first item the clause scans consider: PETRARCH skips the ROOT and the
// sentence markers.
constexpr size_t kClauseStart = 2;

class CommaRemover {
 public:
  CommaRemover(const ParseTree& tree, LinearParse* parse) : t_(tree), items_(parse->items) {}

  bool IsComma(size_t i) const {
    return i < items_.size() && items_[i].kind == ItemKind::kOpen && t_.label(items_[i].value) == ",";
  }
  // Index of the first comma at or after `from`, or npos.
  size_t NextComma(size_t from) const {
    for (size_t i = from; i < items_.size(); ++i) {
      if (IsComma(i)) return i;
    }
    return npos;
  }
  // Index of the last comma in [kClauseStart, before), or npos.
  size_t LastCommaBefore(size_t before) const {
    for (size_t i = before; i-- > kClauseStart;) {
      if (IsComma(i)) return i;
    }
    return npos;
  }

  int CountWords(size_t lo, size_t hi) const {
    int n = 0;
    for (size_t i = lo; i < hi && i < items_.size(); ++i) {
      if (items_[i].kind != ItemKind::kWord) continue;
      std::string_view w = t_.norm(items_[i].value);
      if (!w.empty() && IsAsciiAlpha(w[0])) ++n;
    }
    return n;
  }

  // The opening marker of the final punctuation: one before the last item
  // that is not a closing marker.
  size_t End() const {
    size_t i = items_.size();
    while (i > kClauseStart && IsClosing(items_[i - 1].kind)) --i;
    return i >= 2 ? i - 2 : 0;
  }

  static bool IsClosing(ItemKind k) {
    return k == ItemKind::kClose || k == ItemKind::kEntityClose || k == ItemKind::kCompoundClose;
  }
  static bool Closes(const LinearItem& close, const LinearItem& open) {
    if (close.value != open.value) return false;
    switch (open.kind) {
      case ItemKind::kOpen: return close.kind == ItemKind::kClose;
      case ItemKind::kEntityOpen: return close.kind == ItemKind::kEntityClose;
      case ItemKind::kCompoundOpen: return close.kind == ItemKind::kCompoundClose;
      default: return false;
    }
  }

  // Deletes the phrases lying wholly in [lo, hi); returns how many items went.
  size_t DeletePhrases(size_t lo, size_t hi) {
    if (hi > items_.size()) hi = items_.size();
    size_t before = items_.size();
    std::vector<size_t> closes;  // indices of closing markers seen, innermost last
    for (size_t k = hi; k-- > lo;) {
      if (IsClosing(items_[k].kind)) {
        closes.push_back(k);
      } else if (items_[k].is_marker() && !closes.empty() && Closes(items_[closes.back()], items_[k])) {
        size_t end = closes.back();
        closes.pop_back();
        size_t removed = end + 1 - k;
        items_.erase(items_.begin() + static_cast<long>(k), items_.begin() + static_cast<long>(end) + 1);
        for (size_t& c : closes) c -= removed;
      }
    }
    return before - items_.size();
  }

  void EraseComma(size_t at) { items_.erase(items_.begin() + static_cast<long>(at), items_.begin() + static_cast<long>(at) + 3); }

  static constexpr size_t npos = static_cast<size_t>(-1);

 private:
  const ParseTree& t_;
  std::vector<LinearItem>& items_;
};

bool InRange(int n, int lo, int hi) { return n >= lo && n <= hi; }

// The verb of the sentence's main clause: the first verb of the first VP
// child of the top S; -1 when there is none.
int32_t MainVerb(const ParseTree& tree) {
  if (tree.node_count() == 0) return -1;
  auto top = tree.children(tree.root());
  if (top.empty() || tree.category(top[0]) != "S") return -1;
  for (int c : tree.children(top[0])) {
    if (tree.category(c) != "VP") continue;
    for (int t = tree.node(c).token_begin; t < tree.node(c).token_end; ++t) {
      if (StartsWith(tree.tag(t), "VB") || tree.tag(t) == "MD") return t;
    }
    return -1;
  }
  return -1;
}

}  // namespace

void RemoveCommaClauses(const ParseTree& tree, const CoderOptions& options, LinearParse* parse) {
  CommaRemover r(tree, parse);
  constexpr size_t npos = CommaRemover::npos;
  size_t first = r.NextComma(0);
  if (first == npos) return;
  const int32_t main_verb = options.clause_roles ? MainVerb(tree) : -1;
  auto keeps_main_verb = [&](size_t lo, size_t hi) {
    for (size_t i = lo; main_verb >= 0 && i < hi && i < parse->items.size(); ++i) {
      if (parse->items[i].kind == ItemKind::kWord && parse->items[i].value == main_verb) return true;
    }
    return false;
  };

  if (options.comma_bmax != 0 && InRange(r.CountWords(kClauseStart, first), options.comma_bmin, options.comma_bmax) &&
      !keeps_main_verb(kClauseStart, first)) {
    r.DeletePhrases(kClauseStart, first);
  }
  if (options.comma_emax != 0) {
    size_t end = r.End();
    size_t last = r.LastCommaBefore(end);
    if (last != npos && InRange(r.CountWords(last, parse->items.size()), options.comma_emin, options.comma_emax) &&
        !keeps_main_verb(last + 3, end)) {
      r.DeletePhrases(last + 3, end);
    }
  }
  if (options.comma_max != 0) {
    size_t a = r.NextComma(0);
    while (a != npos) {
      size_t b = r.NextComma(a + 1);
      if (b == npos) break;
      if (InRange(r.CountWords(a + 2, b), options.comma_min, options.comma_max) && !keeps_main_verb(a, b)) {
        b -= r.DeletePhrases(a, b);
      }
      a = b;
    }
  }
  // Commas left dangling at either end.
  first = r.NextComma(0);
  if (first != npos && r.CountWords(kClauseStart, first) == 0) r.EraseComma(first);
  size_t end = r.End();
  size_t last = r.LastCommaBefore(end);
  if (last != npos && r.CountWords(last + 1, end) == 0) r.EraseComma(last);
}

}  // namespace dyad
