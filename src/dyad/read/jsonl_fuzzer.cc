// Feeds arbitrary bytes to the jsonl reader: it must not crash (nor let a
// JSON exception escape), and every document it returns must have an id and
// well-formed segments over its own text. Each skipped line is reported.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/base/text.h"
#include "dyad/read/jsonl_documents.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  dyad::Diagnostics diagnostics;
  std::vector<dyad::Document> docs = dyad::ReadJsonlDocuments(input, "fuzz.jsonl", &diagnostics);
  size_t lines = 0;
  for (std::string_view line : dyad::Split(input, '\n')) lines += !dyad::Trim(line).empty();
  // Every non-blank line is a document or an error.
  if (docs.size() + diagnostics.error_count() != lines) std::abort();
  for (const dyad::Document& doc : docs) {
    if (dyad::Trim(doc.id).empty()) std::abort();
    if (!dyad::ValidateSegments(doc).ok()) std::abort();
  }
  return 0;
}
