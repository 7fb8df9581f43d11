// The lookup key of a place name: its ASCII match form (dyad/text/ascii_fold.h)
// with the punctuation that spellings of one name disagree on taken out, so
// that "Port-au-Prince", "PORT AU PRINCE", "St. Louis" / "St Louis" and
// "Wŏnsan" / "Wonsan" meet. The gazetteer builder and the lookup share it.
#ifndef DYAD_PLACE_PLACE_KEY_H_
#define DYAD_PLACE_PLACE_KEY_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Upper-case, accent-folded `name` in which hyphens, underscores, slashes and
// commas count as spaces, periods and apostrophes (', `, U+2018, U+2019,
// U+02BB, U+02BC) are dropped, and space runs shrink to one with none at
// either end. Empty when `name` holds nothing else.
std::string PlaceKey(std::string_view name);

// Other keys for the same Arabic name when its article is written differently:
// "AL X" gives "EL X" and "X"; "EL X" gives "AL X" and "X"; a key with no
// article gives "AL X" and "EL X". Tried only when `key` itself is unknown.
std::vector<std::string> ArticleVariants(std::string_view key);

}  // namespace dyad

#endif  // DYAD_PLACE_PLACE_KEY_H_
