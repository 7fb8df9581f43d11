// Minimal JSON text output for the CLI's line-oriented reports: enough to
// write strings and arrays of strings correctly escaped, without pulling a
// JSON library into every command.
#ifndef DYAD_CLI_JSON_TEXT_H_
#define DYAD_CLI_JSON_TEXT_H_

#include <string>
#include <string_view>

namespace dyad::cli {

// Appends `s` to *out as a JSON string literal: quoted, with `"`, `\` and
// control characters escaped (other bytes, UTF-8 included, pass through).
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace dyad::cli

#endif  // DYAD_CLI_JSON_TEXT_H_
