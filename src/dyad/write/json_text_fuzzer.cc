// Fuzzes AppendJsonString: whatever the bytes, the literal is valid UTF-8,
// holds no raw control character, and decodes back to the input when the
// input is valid UTF-8 (otherwise to the input with U+FFFD for bad bytes,
// which only the length check below can see).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dyad/base/text.h"
#include "dyad/write/json_text.h"

namespace {

// Undoes the escapes AppendJsonString writes; aborts on anything else.
std::string Decode(std::string_view literal) {
  if (literal.size() < 2 || literal.front() != '"' || literal.back() != '"') std::abort();
  std::string out;
  for (size_t i = 1; i + 1 < literal.size(); ++i) {
    char c = literal[i];
    if (static_cast<unsigned char>(c) < 0x20 || c == '"') std::abort();
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    if (i + 2 >= literal.size()) std::abort();
    char e = literal[++i];
    switch (e) {
      case '"': out.push_back('"'); break;
      case '\\': out.push_back('\\'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'u': {
        if (i + 4 >= literal.size()) std::abort();
        out.push_back(static_cast<char>(std::strtol(std::string(literal.substr(i + 1, 4)).c_str(), nullptr, 16)));
        i += 4;
        break;
      }
      default: std::abort();
    }
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string literal;
  dyad::AppendJsonString(input, &literal);
  if (dyad::FindInvalidUtf8(literal) != std::string_view::npos) std::abort();
  std::string decoded = Decode(literal);
  if (dyad::FindInvalidUtf8(input) == std::string_view::npos && decoded != input) std::abort();
  if (decoded.size() < input.size()) std::abort();  // U+FFFD is longer than any byte it replaces
  return 0;
}
