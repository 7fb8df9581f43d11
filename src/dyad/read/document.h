// A news document as dyad codes it: the original text, what is known about
// its publication, and the text cut into segments by role.
//
//   for (const Segment& s : doc.segments) {
//     if (!s.coded()) continue;            // boilerplate, related lines, repeats
//     Code(doc.SegmentText(s), s.begin);   // spans are offsets into doc.text
//   }
//   if (doc.title_outside_text) Code(doc.title);  // jsonl "title" not in "text"
//
// What coders code is fixed here, in one place: the headline, body
// paragraphs and photo captions, each once. Bylines, datelines, related-story
// lines, boilerplate and repeated captions or paragraphs are kept as segments
// (so every byte of text is accounted for) but not coded.
#ifndef DYAD_READ_DOCUMENT_H_
#define DYAD_READ_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"
#include "dyad/read/publication_date.h"

namespace dyad {

enum class SegmentRole {
  kHeadline,     // the title, and any subheadline printed under it
  kByline,       // outlet/author/date line ("AFP Published 12 Jul, 2025 05:56pm")
  kDateline,     // "MOSCOW:", "KYIV (Reuters) -" opening the body
  kParagraph,    // body text
  kCaption,      // a photo caption ("This handout photograph ... Photo: AFP")
  kRelated,      // a related-story headline set in the body, "Read more: ..."
  kBoilerplate,  // "Advertisement", "Photo: AFP", "Share this article", copyright
};

// "headline", "byline", "dateline", "paragraph", "caption", "related",
// "boilerplate".
std::string_view SegmentRoleName(SegmentRole role);

struct Segment {
  SegmentRole role = SegmentRole::kParagraph;
  uint32_t begin = 0;  // byte range [begin, end) in Document::text, trimmed
  uint32_t end = 0;
  int line = 0;  // 1-based line of `begin`
  // Index in Document::segments of an earlier segment with the same text
  // (a caption printed twice); -1 when this is the first.
  int duplicate_of = -1;

  // Headline, paragraph or caption, and not a repeat.
  bool coded() const;
};

struct Document {
  std::string id;
  // Where it was read from, for messages: the file (as given; "<stdin>") and,
  // for a jsonl document, its line (else 0).
  std::string file;
  int line = 0;
  std::string title;    // the headline; empty when unknown
  // The title was given apart from the text (a jsonl "title" that the text
  // does not start with); coders code it as well as the coded segments.
  bool title_outside_text = false;
  std::string outlet;   // "AFP"; empty when unknown
  std::string author;   // from a "By ..." line; empty when unknown
  std::string url;      // jsonl "url"; empty when unknown
  // Publication date and, when has_time, time, as printed; date.known() is
  // false when no date was given or it could not be read (reported).
  Timestamp published;
  std::string locale;  // "en-GB", ...: the caller's hint or the outlet's; empty when unknown
  std::string text;    // the original bytes; segment offsets index them
  std::vector<Segment> segments;  // in text order, not overlapping

  std::string_view SegmentText(const Segment& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
  // The segments a coder codes, in text order.
  std::vector<Segment> CodedSegments() const;
};

// OK when `doc`'s segments are non-empty, in text order, disjoint and inside
// its text, and each duplicate_of names an earlier segment with the same
// text; else Corrupt saying which segment is not. The readers guarantee this;
// tests and fuzzers check it.
Status ValidateSegments(const Document& doc);

}  // namespace dyad

#endif  // DYAD_READ_DOCUMENT_H_
