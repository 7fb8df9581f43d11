#include "dyad/read/document.h"

namespace dyad {

std::string_view SegmentRoleName(SegmentRole role) {
  switch (role) {
    case SegmentRole::kHeadline: return "headline";
    case SegmentRole::kByline: return "byline";
    case SegmentRole::kDateline: return "dateline";
    case SegmentRole::kParagraph: return "paragraph";
    case SegmentRole::kCaption: return "caption";
    case SegmentRole::kRelated: return "related";
    case SegmentRole::kBoilerplate: return "boilerplate";
  }
  return "unknown";
}

bool Segment::coded() const {
  if (duplicate_of >= 0) return false;
  return role == SegmentRole::kHeadline || role == SegmentRole::kParagraph || role == SegmentRole::kCaption;
}

std::vector<Segment> Document::CodedSegments() const {
  std::vector<Segment> out;
  for (const Segment& s : segments) {
    if (s.coded()) out.push_back(s);
  }
  return out;
}

}  // namespace dyad
