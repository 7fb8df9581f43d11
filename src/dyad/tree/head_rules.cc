#include "dyad/tree/head_rules.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

namespace dyad {
namespace {

using C = HeadCategory;

struct Named {
  std::string_view name;
  C category;
};

// Every name is at most 8 bytes (see ClassifyCategory).
constexpr Named kNames[] = {
    {"$", C::kDollar},     {"''", C::kCloseQuote}, {",", C::kComma},     {"-LRB-", C::kLrb},
    {"-NONE-", C::kNone},  {"-RRB-", C::kRrb},     {".", C::kPeriod},    {":", C::kColon},
    {"ADJP", C::kAdjp},    {"ADVP", C::kAdvp},     {"CC", C::kCc},       {"CD", C::kCd},
    {"CONJP", C::kConjp},  {"DT", C::kDt},         {"EX", C::kEx},       {"FRAG", C::kFrag},
    {"FW", C::kFw},        {"IN", C::kIn},         {"INTJ", C::kIntj},   {"JJ", C::kJj},
    {"JJR", C::kJjr},      {"JJS", C::kJjs},       {"LS", C::kLs},       {"LST", C::kLst},
    {"MD", C::kMd},        {"NAC", C::kNac},       {"NML", C::kNml},     {"NN", C::kNn},
    {"NNP", C::kNnp},      {"NNPS", C::kNnps},     {"NNS", C::kNns},     {"NP", C::kNp},
    {"NX", C::kNx},        {"POS", C::kPos},       {"PP", C::kPp},       {"PRN", C::kPrn},
    {"PRP", C::kPrp},      {"PRT", C::kPrt},       {"QP", C::kQp},       {"RB", C::kRb},
    {"RBR", C::kRbr},      {"RBS", C::kRbs},       {"ROOT", C::kRoot},   {"RP", C::kRp},
    {"RRC", C::kRrc},      {"S", C::kS},           {"SBAR", C::kSbar},   {"SBARQ", C::kSbarq},
    {"SINV", C::kSinv},    {"SQ", C::kSq},         {"TO", C::kTo},       {"TOP", C::kRoot},
    {"UCP", C::kUcp},      {"VB", C::kVb},         {"VBD", C::kVbd},     {"VBG", C::kVbg},
    {"VBN", C::kVbn},      {"VBP", C::kVbp},       {"VBZ", C::kVbz},     {"VP", C::kVp},
    {"WDT", C::kWdt},      {"WHADJP", C::kWhadjp}, {"WHADVP", C::kWhadvp}, {"WHNP", C::kWhnp},
    {"WHPP", C::kWhpp},    {"WP", C::kWp},         {"WP$", C::kWpPoss},  {"WRB", C::kWrb},
    {"X", C::kX},          {"``", C::kOpenQuote},
};

static_assert(std::all_of(std::begin(kNames), std::end(kNames), [](const Named& n) { return n.name.size() <= 8; }));

bool IsPunctuation(C c) { return c >= C::kPeriod; }

enum class Direction { kLeft, kRight };  // the end the search starts from

struct Rule {
  Direction direction = Direction::kLeft;
  std::span<const C> priority;  // earlier entries win over later ones
};

constexpr C kAdjpPriority[] = {C::kNns, C::kQp,  C::kNn,  C::kDollar, C::kAdvp, C::kJj,
                               C::kVbn, C::kVbg, C::kAdjp, C::kJjr,   C::kNp,   C::kJjs,
                               C::kDt,  C::kFw,  C::kRbr, C::kRbs,    C::kSbar, C::kRb};
constexpr C kAdvpPriority[] = {C::kRb, C::kRbr, C::kRbs, C::kFw, C::kAdvp, C::kTo, C::kCd,
                               C::kJjr, C::kJj, C::kIn,  C::kNp, C::kJjs,  C::kNn};
constexpr C kConjpPriority[] = {C::kCc, C::kRb, C::kIn};
constexpr C kLstPriority[] = {C::kLs, C::kColon};
constexpr C kNacPriority[] = {C::kNn, C::kNns, C::kNnp, C::kNnps, C::kNp,  C::kNac,
                              C::kEx, C::kDollar, C::kCd, C::kQp, C::kPrp, C::kVbg,
                              C::kJj, C::kJjs, C::kJjr, C::kAdjp, C::kFw};
constexpr C kPpPriority[] = {C::kIn, C::kTo, C::kVbg, C::kVbn, C::kRp, C::kFw};
constexpr C kPrtPriority[] = {C::kRp};
constexpr C kQpPriority[] = {C::kDollar, C::kIn, C::kNns, C::kNn,  C::kJj, C::kRb,
                             C::kDt,     C::kCd, C::kQp,  C::kJjr, C::kJjs};
constexpr C kRrcPriority[] = {C::kVp, C::kNp, C::kAdvp, C::kAdjp, C::kPp};
constexpr C kSPriority[] = {C::kTo, C::kIn, C::kVp, C::kS, C::kSbar, C::kAdjp, C::kUcp, C::kNp};
constexpr C kSbarPriority[] = {C::kWhnp, C::kWhpp, C::kWhadvp, C::kWhadjp, C::kIn,  C::kDt,
                               C::kS,    C::kSq,   C::kSinv,   C::kSbar,   C::kFrag};
constexpr C kSbarqPriority[] = {C::kSq, C::kS, C::kSinv, C::kSbarq, C::kFrag};
constexpr C kSinvPriority[] = {C::kVbz, C::kVbd, C::kVbp,  C::kVb,   C::kMd,
                               C::kVp,  C::kS,   C::kSinv, C::kAdjp, C::kNp};
constexpr C kSqPriority[] = {C::kVbz, C::kVbd, C::kVbp, C::kVb, C::kMd, C::kVp, C::kSq};
constexpr C kVpPriority[] = {C::kTo, C::kVbd, C::kVbn, C::kMd,   C::kVbz, C::kVb, C::kVbg,
                             C::kVbp, C::kVp, C::kAdjp, C::kNn, C::kNns, C::kNp};
constexpr C kWhadjpPriority[] = {C::kCc, C::kWrb, C::kJj, C::kAdjp};
constexpr C kWhadvpPriority[] = {C::kCc, C::kWrb};
constexpr C kWhnpPriority[] = {C::kWdt, C::kWp, C::kWpPoss, C::kWhadjp, C::kWhpp, C::kWhnp};
constexpr C kWhppPriority[] = {C::kIn, C::kTo, C::kFw};

// Noun phrases (Collins's special rule): the searches in order, each a set.
constexpr C kNpNominal[] = {C::kNn, C::kNnp, C::kNnps, C::kNns, C::kNml, C::kNx, C::kPos, C::kJjr};
constexpr C kNpPhrase[] = {C::kNp};
constexpr C kNpModifier[] = {C::kDollar, C::kAdjp, C::kPrn};
constexpr C kNpNumber[] = {C::kCd};
constexpr C kNpAdjective[] = {C::kJj, C::kJjs, C::kRb, C::kQp};

constexpr Rule RuleFor(C parent) {
  using D = Direction;
  switch (parent) {
    case C::kAdjp: return {D::kLeft, kAdjpPriority};
    case C::kAdvp: return {D::kRight, kAdvpPriority};
    case C::kConjp: return {D::kRight, kConjpPriority};
    case C::kFrag: return {D::kRight, {}};
    case C::kLst: return {D::kRight, kLstPriority};
    case C::kNac: return {D::kLeft, kNacPriority};
    case C::kPp: return {D::kRight, kPpPriority};
    case C::kPrt: return {D::kRight, kPrtPriority};
    case C::kQp: return {D::kLeft, kQpPriority};
    case C::kRrc: return {D::kRight, kRrcPriority};
    case C::kS: return {D::kLeft, kSPriority};
    case C::kSbar: return {D::kLeft, kSbarPriority};
    case C::kSbarq: return {D::kLeft, kSbarqPriority};
    case C::kSinv: return {D::kLeft, kSinvPriority};
    case C::kSq: return {D::kLeft, kSqPriority};
    case C::kUcp: return {D::kRight, {}};
    case C::kVp: return {D::kLeft, kVpPriority};
    case C::kWhadjp: return {D::kLeft, kWhadjpPriority};
    case C::kWhadvp: return {D::kRight, kWhadvpPriority};
    case C::kWhnp: return {D::kLeft, kWhnpPriority};
    case C::kWhpp: return {D::kRight, kWhppPriority};
    case C::kX: return {D::kRight, {}};
    default: return {D::kLeft, {}};  // ROOT, INTJ, PRN, NX and unknown phrases
  }
}

// Scans children from one end for the first whose category is in `wanted`
// (a set: no priority among its members). -1 when there is none.
int FindFirst(std::span<const C> children, Direction from, std::span<const C> wanted) {
  int n = static_cast<int>(children.size());
  for (int k = 0; k < n; ++k) {
    int i = from == Direction::kLeft ? k : n - 1 - k;
    if (std::find(wanted.begin(), wanted.end(), children[i]) != wanted.end()) return i;
  }
  return -1;
}

// The child at the `from` end, passing over punctuation when anything else exists.
int Outermost(std::span<const C> children, Direction from) {
  int n = static_cast<int>(children.size());
  for (int k = 0; k < n; ++k) {
    int i = from == Direction::kLeft ? k : n - 1 - k;
    if (!IsPunctuation(children[i])) return i;
  }
  return from == Direction::kLeft ? 0 : n - 1;
}

// Collins's rule for noun phrases (NML alike).
int NounPhraseHead(std::span<const C> children) {
  int last = Outermost(children, Direction::kRight);
  if (children[last] == C::kPos) return last;
  if (int i = FindFirst(children, Direction::kRight, kNpNominal); i >= 0) return i;
  if (int i = FindFirst(children, Direction::kLeft, kNpPhrase); i >= 0) return i;
  if (int i = FindFirst(children, Direction::kRight, kNpModifier); i >= 0) return i;
  if (int i = FindFirst(children, Direction::kRight, kNpNumber); i >= 0) return i;
  if (int i = FindFirst(children, Direction::kRight, kNpAdjective); i >= 0) return i;
  return last;
}

constexpr int kCategoryCount = static_cast<int>(C::kNone) + 1;
constexpr uint8_t kUnranked = UINT8_MAX;

// A parent's rule as a table: per child category, its place in the
// priority list (kUnranked when absent), so that one pass over the children
// finds the head.
struct RankedRule {
  Direction direction = Direction::kLeft;
  std::array<uint8_t, kCategoryCount> rank{};
};

constexpr std::array<RankedRule, kCategoryCount> MakeRankedRules() {
  std::array<RankedRule, kCategoryCount> rules{};
  for (int parent = 0; parent < kCategoryCount; ++parent) {
    const Rule rule = RuleFor(static_cast<C>(parent));
    rules[parent].direction = rule.direction;
    rules[parent].rank.fill(kUnranked);
    for (size_t i = 0; i < rule.priority.size(); ++i) {
      uint8_t& rank = rules[parent].rank[static_cast<int>(rule.priority[i])];
      if (rank == kUnranked) rank = static_cast<uint8_t>(i);
    }
  }
  return rules;
}
constexpr std::array<RankedRule, kCategoryCount> kRankedRules = MakeRankedRules();

}  // namespace

HeadCategory ClassifyCategory(std::string_view category) {
  // This runs for every node of every tree. Labels are at most 8 bytes, so
  // packed into an integer they compare in one instruction; the packed names
  // sit in a small open-addressing table, found in about one probe.
  auto pack = [](std::string_view s) {
    uint64_t key = 0;
    for (char c : s) key = (key << 8) | static_cast<unsigned char>(c);
    return key;
  };
  constexpr int kBits = 8;  // 256 slots for ~70 names
  auto slot = [](uint64_t key) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - kBits)); };
  struct Keyed {
    uint64_t key = 0;  // 0: empty (no name packs to 0)
    C category = C::kOther;
  };
  static const std::array<Keyed, size_t{1} << kBits> kTable = [&] {
    std::array<Keyed, size_t{1} << kBits> table{};
    for (const Named& n : kNames) {
      const uint64_t key = pack(n.name);
      size_t i = slot(key);
      while (table[i].key != 0) i = (i + 1) % table.size();
      table[i] = {key, n.category};
    }
    return table;
  }();
  if (category.empty() || category.size() > 8) return C::kOther;
  const uint64_t key = pack(category);
  for (size_t i = slot(key);; i = (i + 1) % kTable.size()) {
    if (kTable[i].key == key) return kTable[i].category;
    if (kTable[i].key == 0) return C::kOther;
  }
}

int FindHeadChild(HeadCategory parent, std::span<const HeadCategory> children) {
  if (children.size() == 1) return 0;
  if (parent == C::kNp || parent == C::kNml) return NounPhraseHead(children);
  // The child whose category comes first in the priority list; of two
  // alike, the one met first from the rule's end.
  const RankedRule& rule = kRankedRules[static_cast<int>(parent)];
  const int n = static_cast<int>(children.size());
  int best = -1;
  uint8_t best_rank = kUnranked;
  for (int k = 0; k < n; ++k) {
    const int i = rule.direction == Direction::kLeft ? k : n - 1 - k;
    const uint8_t rank = rule.rank[static_cast<int>(children[i])];
    if (rank < best_rank) {
      best_rank = rank;
      best = i;
    }
  }
  return best >= 0 ? best : Outermost(children, rule.direction);
}

}  // namespace dyad
