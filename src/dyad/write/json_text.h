// JSON text output without a JSON library: string literals and numbers, the
// two things every JSON line dyad writes is made of. The one JSON escaper of
// the project; the CLI's reports and the event writer both use it.
#ifndef DYAD_WRITE_JSON_TEXT_H_
#define DYAD_WRITE_JSON_TEXT_H_

#include <string>
#include <string_view>

namespace dyad {

// Appends `s` to *out as a JSON string literal: quoted; `"` and `\` escaped;
// control characters (U+0000-U+001F) escaped as \n, \r, \t, \b, \f or \u00XX;
// well-formed UTF-8 copied as is; every byte that is not part of well-formed
// UTF-8 (stray continuation bytes, truncated or overlong sequences,
// surrogates, code points above U+10FFFF) replaced by U+FFFD, so the output
// is always valid UTF-8 and valid JSON.
void AppendJsonString(std::string_view s, std::string* out);

// Appends `value` as a JSON number in its shortest round-trip form ("3.4",
// "-10", "0"). Requires a finite value.
void AppendJsonNumber(double value, std::string* out);

}  // namespace dyad

#endif  // DYAD_WRITE_JSON_TEXT_H_
