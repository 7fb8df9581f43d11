#include "dyad/dict/source_lines.h"

#include <algorithm>
#include <string>

#include "dyad/base/text.h"

namespace dyad {
namespace {

// Overwrites every <!-- ... --> block with spaces, keeping newlines so line
// numbers stay right. Returns the line where an unclosed block opened, or 0.
int BlankBlockComments(std::string* text) {
  constexpr std::string_view kOpen = "<!--", kClose = "-->";
  size_t pos = 0;
  while ((pos = text->find(kOpen, pos)) != std::string::npos) {
    size_t close = text->find(kClose, pos + kOpen.size());
    size_t end = close == std::string::npos ? text->size() : close + kClose.size();
    for (size_t i = pos; i < end; ++i) {
      if ((*text)[i] != '\n') (*text)[i] = ' ';
    }
    if (close == std::string::npos) {
      return 1 + static_cast<int>(std::count(text->begin(), text->begin() + pos, '\n'));
    }
    pos = end;
  }
  return 0;
}

}  // namespace

std::vector<SourceLine> SplitSourceLines(std::string* text, std::string_view file,
                                         Diagnostics* diagnostics,
                                         const SourceLineOptions& options) {
  if (int open_line = BlankBlockComments(text)) {
    diagnostics->Error(file, open_line, "'<!--' comment is never closed; rest of file ignored");
  }
  std::string_view all = *text;
  std::vector<SourceLine> lines;
  lines.reserve(all.size() / 24);
  int number = 0;
  size_t pos = 0;
  while (pos < all.size()) {
    size_t end = all.find('\n', pos);
    if (end == std::string_view::npos) end = all.size();
    std::string_view raw = all.substr(pos, end - pos);
    pos = end + 1;
    ++number;

    if (raw.size() > options.max_line_bytes) {
      diagnostics->Error(file, number,
                         "line of " + std::to_string(raw.size()) + " bytes exceeds the " +
                             std::to_string(options.max_line_bytes) + "-byte limit; skipped");
      continue;
    }
    if (raw.find('\0') != std::string_view::npos) {
      diagnostics->Error(file, number, "NUL byte (binary data?); line skipped");
      continue;
    }
    if (FindInvalidUtf8(raw) != std::string_view::npos) {
      diagnostics->Warning(file, number, "invalid UTF-8; bytes kept as they are");
    }
    std::string_view kept = raw;
    size_t comment = kept.find_first_of(options.comment_chars);
    if (comment != std::string_view::npos) kept = kept.substr(0, comment);
    kept = Trim(kept);
    if (kept.empty()) continue;
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    lines.push_back({number, kept, indented});
  }
  return lines;
}

}  // namespace dyad
