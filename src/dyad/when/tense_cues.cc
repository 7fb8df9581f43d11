#include "dyad/when/tense_cues.h"

#include <algorithm>
#include <string_view>

namespace dyad {
namespace {

template <size_t N>
bool OneOf(std::string_view word, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// Dashes and parentheses close datelines ("WASHINGTON, March 3 (Reuters) -")
// and asides, whose dates belong to no nearby verb.
constexpr std::string_view kPunctuationBoundaries[] = {".", ";", ":", "!", "?", "-", "--", "(", ")"};
// A reporting verb starts a clause of its own; one just before the
// expression means the expression dates the report ("said on Monday").
constexpr std::string_view kReportingVerbs[] = {"SAID", "SAYS", "SAY", "TOLD", "ADDED", "ANNOUNCED", "REPORTED",
                                                "STATED"};
constexpr std::string_view kModals[] = {"WILL", "'LL", "SHALL"};
constexpr std::string_view kBe[] = {"IS", "ARE", "WAS", "WERE", "BE", "AM", "'S", "'RE", "'M"};
// "... to" is future on its own after these; after "due", "set" and "going"
// only with a form of "be" first ("due to rain" is a cause).
constexpr std::string_view kIntentions[] = {"EXPECTED", "SCHEDULED", "SLATED", "PLANS",  "PLAN",
                                            "PLANNED",  "INTENDS",   "INTEND", "AIMS"};
constexpr std::string_view kAfterBe[] = {"DUE", "SET", "GOING"};
constexpr std::string_view kScheduled[] = {"SCHEDULED", "PLANNED", "SET"};

class CueFinder {
 public:
  CueFinder(const TokenizedText& tokens, size_t first, size_t end) : tokens_(tokens), first_(first), end_(end) {}

  std::string_view Word(size_t i) const {
    if (i < first_ || i >= end_) return {};
    return tokens_.Match(tokens_[i]);
  }

  // A future cue ends at token k (looking back at most two tokens).
  bool CueEndsAt(size_t k) const {
    const std::string_view w = Word(k);
    if (OneOf(w, kModals)) return true;
    if (w == "N'T") return Word(k - 1) == "WO";
    const std::string_view before = k > first_ ? Word(k - 1) : std::string_view();
    const std::string_view two_before = k > first_ + 1 ? Word(k - 2) : std::string_view();
    if (w == "TO") {
      return OneOf(before, kBe) || OneOf(before, kIntentions) ||
             (OneOf(before, kAfterBe) && OneOf(two_before, kBe));
    }
    if (w == "FOR") return OneOf(before, kScheduled);
    return false;
  }

 private:
  const TokenizedText& tokens_;
  const size_t first_;
  const size_t end_;
};

}  // namespace

Tense TenseAround(const TokenizedText& tokens, size_t range_first, size_t range_end, size_t expr_first,
                  size_t expr_end) {
  range_end = std::min(range_end, tokens.size());
  const CueFinder finder(tokens, range_first, range_end);
  for (size_t k = expr_first; k < expr_end; ++k) {
    const std::string_view w = finder.Word(k);
    if (w == "NEXT" || w == "TOMORROW") return Tense::kFuture;
  }
  for (size_t k = expr_first, steps = 0; k > range_first && steps < kTenseWindow; ++steps) {
    --k;
    if (OneOf(finder.Word(k), kReportingVerbs)) return Tense::kPast;
    if (OneOf(finder.Word(k), kPunctuationBoundaries)) break;
    if (finder.CueEndsAt(k)) return Tense::kFuture;
  }
  for (size_t k = expr_end, steps = 0; k < range_end && steps < kTenseWindow; ++k, ++steps) {
    if (OneOf(finder.Word(k), kPunctuationBoundaries) || OneOf(finder.Word(k), kReportingVerbs)) break;
    if (finder.CueEndsAt(k)) return Tense::kFuture;
  }
  return Tense::kPast;
}

}  // namespace dyad
