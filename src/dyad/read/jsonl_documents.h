// The `jsonl` input format: one document per line,
//
//   {"id": "lk-1", "date": "2025-07-12", "text": "...", "title": "...",
//    "url": "https://...", "outlet": "AFP"}
//
// "id" and "text" are required strings; "date" is YYYY-MM-DD or an ISO 8601
// date-time (the publication time); "title", "url", "outlet" and "locale" are
// optional strings (null counts as absent); other members are ignored. The
// text is segmented as an article (article_text.h), its own outlet line and
// headline filling only what the JSON leaves out.
//
// A bad line (not JSON, not an object, "id" or "text" missing or not a
// string, an empty id, an optional member of the wrong type, a date that is
// not ISO 8601) is reported as FILE:LINE: reason and skipped; the other lines
// are read. A line without "date" is read with the publication date unknown
// (a warning). A line longer than max_line_bytes is reported and skipped
// unparsed. Blank lines are ignored. A repeated id is a warning; both
// documents are kept.
#ifndef DYAD_READ_JSONL_DOCUMENTS_H_
#define DYAD_READ_JSONL_DOCUMENTS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/read/article_text.h"
#include "dyad/read/document.h"

namespace dyad {

// Reads every line of `text` (a whole jsonl file); `file_name` names it in
// diagnostics.
std::vector<Document> ReadJsonlDocuments(std::string_view text, std::string_view file_name, Diagnostics* diagnostics,
                                         const ArticleOptions& options = {},
                                         size_t max_line_bytes = size_t{64} << 20);

}  // namespace dyad

#endif  // DYAD_READ_JSONL_DOCUMENTS_H_
