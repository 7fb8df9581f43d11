// The first step of every dictionary reader: cut a file into meaningful lines.
//
// Removes comments (`#` to end of line by default, and `<!-- ... -->` blocks,
// which may span lines), the CR of CRLF line ends and surrounding whitespace,
// and drops lines left empty. Problems that make a line unusable are reported
// as FILE:LINE diagnostics and the line is skipped; reading goes on.
#ifndef DYAD_DICT_SOURCE_LINES_H_
#define DYAD_DICT_SOURCE_LINES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "dyad/base/diagnostics.h"

namespace dyad {

struct SourceLine {
  int number = 0;         // 1-based line number in the file
  std::string_view text;  // comment-free, trimmed, never empty; views the file text
  bool indented = false;  // the raw line began with a space or tab
};

struct SourceLineOptions {
  // Characters that start a comment running to the end of the line.
  std::string_view comment_chars = "#";
  // Lines longer than this (bytes) are reported and skipped; they are never
  // legitimate dictionary lines and would otherwise cost time downstream.
  size_t max_line_bytes = 64 * 1024;
};

// Splits `*text` (the whole file) into SourceLines that view it. `<!-- -->`
// comments are blanked to spaces in place (newlines kept), so every line stays
// one contiguous view; `*text` must outlive the result. `file` names the file
// in diagnostics. Reports: NUL bytes (line skipped), invalid UTF-8 (warning;
// the line is kept), over-long lines (skipped), an unterminated `<!--` (error
// at the line where it opened; the rest of the file is comment).
std::vector<SourceLine> SplitSourceLines(std::string* text, std::string_view file,
                                         Diagnostics* diagnostics,
                                         const SourceLineOptions& options = {});

}  // namespace dyad

#endif  // DYAD_DICT_SOURCE_LINES_H_
