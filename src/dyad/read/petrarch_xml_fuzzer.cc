// Feeds arbitrary bytes to the PETRARCH XML reader: it must not crash, and
// every record it returns must be whole (an id; a tree only with an OK parse).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <variant>

#include "dyad/read/petrarch_xml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  dyad::Diagnostics diagnostics;
  dyad::Result<dyad::PetrarchFile> file = dyad::ReadPetrarchXml(input, "fuzz.xml", &diagnostics);
  if (!file.ok()) return 0;
  for (const dyad::PetrarchItem& item : file->items) {
    const auto* r = std::get_if<dyad::PetrarchRecord>(&item);
    if (r == nullptr) continue;
    if (r->id.empty()) std::abort();
    if (!r->parse_status.ok() && r->tree.node_count() != 0) std::abort();
    for (int t = 0; t < r->tree.token_count(); ++t) {
      const dyad::ParseToken& tok = r->tree.token(t);
      if (tok.begin >= 0 && static_cast<size_t>(tok.end) > r->text.size()) std::abort();
    }
  }
  for (const dyad::Diagnostic& d : diagnostics.all()) {
    if (d.file != "fuzz.xml") std::abort();
  }
  return 0;
}
