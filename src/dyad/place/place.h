// A place the gazetteer knows: a city or town, a region, or a whole country.
#ifndef DYAD_PLACE_PLACE_H_
#define DYAD_PLACE_PLACE_H_

#include <cstdint>
#include <string_view>

namespace dyad {

enum class PlaceKind : uint8_t {
  kCity = 0,     // a populated place (GeoNames feature class P)
  kRegion = 1,   // an area that is not a country, e.g. the Gaza Strip
  kCountry = 2,  // an ISO 3166-1 country or territory
};

// Where a place's coordinates come from.
enum class CoordinateSource : uint8_t {
  kOwn = 0,           // the place's own position (cities; a region's centre)
  kCapital = 1,       // a country: the position of its capital
  kLargestPlace = 2,  // a country with no capital listed: its most populous city
};

struct Place {
  std::string_view name;     // display name, UTF-8 ("Wŏnsan", "Ukraine")
  std::string_view country;  // ISO 3166-1 alpha-3 ("PRK"); the country itself for kCountry
  double latitude = 0;       // degrees, north positive
  double longitude = 0;      // degrees, east positive
  uint32_t population = 0;   // 0 when unknown; for a country, the sum over its listed cities
  PlaceKind kind = PlaceKind::kCity;
  CoordinateSource coordinates = CoordinateSource::kOwn;
};

}  // namespace dyad

#endif  // DYAD_PLACE_PLACE_H_
