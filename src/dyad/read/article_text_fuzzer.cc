// Feeds arbitrary bytes to the text article reader: it must not crash, its
// segments must be well formed (ValidateSegments), the title must be the
// first headline segment's text, a known publication date must be a real
// day, and every diagnostic must name the document.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "dyad/read/article_text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  dyad::ArticleOptions options;
  // The first byte, when it is a digit, picks a locale hint, so both readings
  // of numeric dates are explored.
  if (!text.empty() && text[0] == '1') options.locale = "en-US";
  if (!text.empty() && text[0] == '2') options.locale = "en-GB";
  dyad::Diagnostics diagnostics;
  dyad::Document doc = dyad::ReadTextArticle(text, "fuzz", &diagnostics, options);
  if (doc.text != text) std::abort();
  if (!dyad::ValidateSegments(doc).ok()) std::abort();
  for (const dyad::Segment& s : doc.segments) {
    if (s.role != dyad::SegmentRole::kHeadline) continue;
    if (doc.title != doc.SegmentText(s)) std::abort();
    break;
  }
  const dyad::CalendarDate& d = doc.published.date;
  if (d.known() && (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31)) std::abort();
  for (const dyad::Diagnostic& diag : diagnostics.all()) {
    if (diag.file != "fuzz") std::abort();
  }
  return 0;
}
