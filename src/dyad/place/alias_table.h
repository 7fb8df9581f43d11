// Reader for dyad's hand-written gazetteer additions, data/gazetteer/aliases.tsv.
// One entry per line, fields separated by tabs, `#` starts a comment:
//
//   alias    ALIAS  TARGET  ALPHA3               another name for the most
//                                                populous place called TARGET
//                                                in that country (Kiev -> Kyiv)
//   country  ALIAS  ALPHA3                       another name for a country
//                                                (Burma -> MMR)
//   place    NAME   ALPHA3  KIND  LAT  LON  POP  a place the city list lacks;
//                                                KIND is city or region, LAT/LON
//                                                decimal degrees, POP an integer
//   code     ALPHA2 ALPHA3  NAME                 a country ISO 3166-1 lacks but
//                                                GeoNames uses (XK Kosovo)
#ifndef DYAD_PLACE_ALIAS_TABLE_H_
#define DYAD_PLACE_ALIAS_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/place/country_list.h"
#include "dyad/place/place.h"

namespace dyad {

struct PlaceAlias {
  std::string alias;
  std::string target;  // a place name, or empty for a country alias
  std::string country;  // alpha-3
  int line = 0;
};

struct ExtraPlace {
  std::string name;
  std::string country;  // alpha-3
  PlaceKind kind = PlaceKind::kCity;
  int32_t latitude = 0;  // 1e-5 degrees
  int32_t longitude = 0;
  uint32_t population = 0;
  int line = 0;
};

struct AliasTable {
  std::vector<PlaceAlias> aliases;          // alias and country lines
  std::vector<ExtraPlace> places;           // place lines
  std::vector<CountryRecord> countries;     // code lines
};

// Parses `text`; each malformed line is reported as FILE:LINE in
// `diagnostics` and skipped.
AliasTable ParseAliasTable(std::string text, std::string_view file, Diagnostics* diagnostics);

}  // namespace dyad

#endif  // DYAD_PLACE_ALIAS_TABLE_H_
