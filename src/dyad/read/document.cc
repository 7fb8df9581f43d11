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

Status ValidateSegments(const Document& doc) {
  uint32_t previous_end = 0;
  for (size_t i = 0; i < doc.segments.size(); ++i) {
    const Segment& s = doc.segments[i];
    std::string where = "segment " + std::to_string(i) + " (" + std::string(SegmentRoleName(s.role)) + ")";
    if (s.begin < previous_end) return Status::Corrupt(where + " overlaps or precedes the one before");
    if (s.begin >= s.end) return Status::Corrupt(where + " is empty");
    if (s.end > doc.text.size()) return Status::Corrupt(where + " ends past the text");
    if (s.duplicate_of >= 0 && (static_cast<size_t>(s.duplicate_of) >= i ||
                                doc.SegmentText(doc.segments[s.duplicate_of]) != doc.SegmentText(s))) {
      return Status::Corrupt(where + " repeats no earlier segment");
    }
    previous_end = s.end;
  }
  return Status::Ok();
}

}  // namespace dyad
