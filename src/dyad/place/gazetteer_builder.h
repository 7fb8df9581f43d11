// Builds the gazetteer file (gazetteer_format.h) from its three sources: the
// GeoNames city list, the ISO country list and dyad's own additions. Run at
// build time by tools/build_gazetteer; tests build small ones in memory.
#ifndef DYAD_PLACE_GAZETTEER_BUILDER_H_
#define DYAD_PLACE_GAZETTEER_BUILDER_H_

#include <string>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/place/alias_table.h"
#include "dyad/place/city_list.h"
#include "dyad/place/country_list.h"

namespace dyad {

struct GazetteerSources {
  std::vector<CityRecord> cities;
  std::string cities_file;  // names the list in diagnostics
  std::vector<CountryRecord> countries;
  AliasTable additions;
  std::string additions_file;
};

// The bytes of a gazetteer file holding every usable city, every addition and
// every country that has at least one city to take coordinates from. What
// cannot be used is reported in `diagnostics`, never dropped in silence:
// errors for additions that name an unknown place or country (FILE:LINE) and
// for cities whose country code no country carries (one per code, with the
// count); warnings for countries left out for want of any city.
std::string BuildGazetteer(const GazetteerSources& sources, Diagnostics* diagnostics);

}  // namespace dyad

#endif  // DYAD_PLACE_GAZETTEER_BUILDER_H_
