// Head finding: which child of a phrase carries its lexical head, following
// the head table of Collins (1999, appendix A) with its special rule for noun
// phrases. The head of "(VP (VBD attacked) (NP Gondor))" is "attacked"; of
// "(NP (DT the) (JJ new) (NN embassy))" it is "embassy"; of "(PP (IN with) NP)"
// it is "with". Function tags are ignored (callers pass the bare category).
//
// Categories are classified once into a small enum so that head finding
// compares bytes, not strings.
#ifndef DYAD_TREE_HEAD_RULES_H_
#define DYAD_TREE_HEAD_RULES_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace dyad {

// The categories the head table mentions; everything else is kOther.
enum class HeadCategory : uint8_t {
  kOther,
  // Phrases.
  kRoot, kAdjp, kAdvp, kConjp, kFrag, kIntj, kLst, kNac, kNp, kNml, kNx, kPp, kPrn, kPrt,
  kQp, kRrc, kS, kSbar, kSbarq, kSinv, kSq, kUcp, kVp, kWhadjp, kWhadvp, kWhnp, kWhpp, kX,
  // Part-of-speech tags.
  kCc, kCd, kDt, kEx, kFw, kIn, kJj, kJjr, kJjs, kLs, kMd, kNn, kNns, kNnp, kNnps, kPos,
  kPrp, kRb, kRbr, kRbs, kRp, kTo, kVb, kVbd, kVbg, kVbn, kVbp, kVbz, kWdt, kWp, kWpPoss,
  kWrb, kDollar, kColon,
  // Punctuation, which is never chosen as a head while another child exists.
  kPeriod, kComma, kOpenQuote, kCloseQuote, kLrb, kRrb, kNone,
};

// The HeadCategory of a bare category ("NP", "VBD", "-LRB-"); kOther when the
// head table does not mention it.
HeadCategory ClassifyCategory(std::string_view category);

// Index into `children` of the head child of a `parent` phrase. Requires
// children to be non-empty. Unknown parents take their leftmost non-punctuation
// child.
int FindHeadChild(HeadCategory parent, std::span<const HeadCategory> children);

}  // namespace dyad

#endif  // DYAD_TREE_HEAD_RULES_H_
