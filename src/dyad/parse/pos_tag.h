// The Penn Treebank part-of-speech tags the parser assigns, as a small enum so
// that tagging and chunking compare integers rather than strings.
#ifndef DYAD_PARSE_POS_TAG_H_
#define DYAD_PARSE_POS_TAG_H_

#include <cstdint>
#include <string_view>

namespace dyad {

enum class PosTag : uint8_t {
  kCC, kCD, kDT, kEX, kFW, kIN, kJJ, kJJR, kJJS, kLS, kMD, kNN, kNNS, kNNP, kNNPS,
  kPDT, kPOS, kPRP, kPRPS, kRB, kRBR, kRBS, kRP, kSYM, kTO, kUH, kVB, kVBD, kVBG,
  kVBN, kVBP, kVBZ, kWDT, kWP, kWPS, kWRB,
  // Punctuation: , . : `` '' -LRB- -RRB- $ #
  kComma, kPeriod, kColon, kOpenQuote, kCloseQuote, kLeftBracket, kRightBracket,
  kDollar, kHash,
};
inline constexpr int kPosTagCount = static_cast<int>(PosTag::kHash) + 1;

// The tag as the Penn Treebank writes it ("PRP$", "-LRB-", ",").
std::string_view PosTagName(PosTag tag);

constexpr bool IsNounTag(PosTag t) { return t >= PosTag::kNN && t <= PosTag::kNNPS; }
constexpr bool IsVerbTag(PosTag t) { return t >= PosTag::kVB && t <= PosTag::kVBZ; }
constexpr bool IsAdjectiveTag(PosTag t) { return t >= PosTag::kJJ && t <= PosTag::kJJS; }
constexpr bool IsAdverbTag(PosTag t) { return t >= PosTag::kRB && t <= PosTag::kRBS; }
constexpr bool IsPunctuationTag(PosTag t) { return t >= PosTag::kComma; }

}  // namespace dyad

#endif  // DYAD_PARSE_POS_TAG_H_
