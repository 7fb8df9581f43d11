// Reader for Debian's ISO 3166-1 country list (package iso-codes,
// /usr/share/iso-codes/json/iso_3166-1.json): {"3166-1": [{"alpha_2": "UA",
// "alpha_3": "UKR", "name": "Ukraine", "common_name"?, "official_name"?}, ...]}.
#ifndef DYAD_PLACE_COUNTRY_LIST_H_
#define DYAD_PLACE_COUNTRY_LIST_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/base/status.h"

namespace dyad {

struct CountryRecord {
  std::string alpha2;                    // "KP"
  std::string alpha3;                    // "PRK"
  std::string name;                      // the name news uses: common_name, else name
                                         // in reading order (UninvertedName)
  std::vector<std::string> other_names;  // the remaining ISO names, in the order given
};

// The countries in `json`. Corrupt naming `file` when it is not JSON of that
// shape at all; an entry without two- and three-letter upper-case codes and a
// name is reported in `diagnostics` (by its index) and skipped.
Result<std::vector<CountryRecord>> ParseIsoCountries(std::string_view json, std::string_view file,
                                                     Diagnostics* diagnostics);

// Reading order of an inverted ISO name: "Korea, Republic of" gives
// "Republic of Korea", "Congo, The Democratic Republic of the" gives "The
// Democratic Republic of the Congo". A name without a comma is returned as is.
std::string UninvertedName(std::string_view name);

}  // namespace dyad

#endif  // DYAD_PLACE_COUNTRY_LIST_H_
