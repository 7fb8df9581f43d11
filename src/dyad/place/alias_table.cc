#include "dyad/place/alias_table.h"

#include <charconv>
#include <cmath>
#include <optional>

#include "dyad/dict/source_lines.h"

namespace dyad {
namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  for (size_t start = 0;;) {
    const size_t tab = line.find('\t', start);
    std::string_view field = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
    while (!field.empty() && field.front() == ' ') field.remove_prefix(1);
    while (!field.empty() && field.back() == ' ') field.remove_suffix(1);
    fields.push_back(field);
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool IsCode(std::string_view code, size_t length) {
  if (code.size() != length) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

// Decimal degrees within ±limit, in 1e-5 degree units.
std::optional<int32_t> Degrees(std::string_view text, double limit) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !(std::fabs(value) <= limit)) {
    return std::nullopt;
  }
  return static_cast<int32_t>(std::lround(value * 100000));
}

std::optional<uint32_t> Count(std::string_view text) {
  uint32_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

AliasTable ParseAliasTable(std::string text, std::string_view file, Diagnostics* diagnostics) {
  AliasTable table;
  for (const SourceLine& line : SplitSourceLines(&text, file, diagnostics)) {
    const std::vector<std::string_view> f = SplitTabs(line.text);
    auto bad = [&](const std::string& why) {
      diagnostics->Error(file, line.number, why + "; line skipped");
    };
    auto all_present = [&] {
      for (std::string_view field : f) {
        if (field.empty()) return false;
      }
      return true;
    };
    const std::string_view verb = f[0];
    if (verb == "alias") {
      if (f.size() != 4 || !all_present()) { bad("alias needs ALIAS, TARGET and ALPHA3"); continue; }
      if (!IsCode(f[3], 3)) { bad("alias: '" + std::string(f[3]) + "' is not an alpha-3 code"); continue; }
      table.aliases.push_back({std::string(f[1]), std::string(f[2]), std::string(f[3]), line.number});
    } else if (verb == "country") {
      if (f.size() != 3 || !all_present()) { bad("country needs ALIAS and ALPHA3"); continue; }
      if (!IsCode(f[2], 3)) { bad("country: '" + std::string(f[2]) + "' is not an alpha-3 code"); continue; }
      table.aliases.push_back({std::string(f[1]), "", std::string(f[2]), line.number});
    } else if (verb == "place") {
      if (f.size() != 7 || !all_present()) { bad("place needs NAME, ALPHA3, KIND, LAT, LON and POP"); continue; }
      ExtraPlace place;
      place.name = f[1];
      place.country = f[2];
      place.line = line.number;
      if (!IsCode(f[2], 3)) { bad("place: '" + std::string(f[2]) + "' is not an alpha-3 code"); continue; }
      if (f[3] == "city") place.kind = PlaceKind::kCity;
      else if (f[3] == "region") place.kind = PlaceKind::kRegion;
      else { bad("place: kind must be city or region, not '" + std::string(f[3]) + "'"); continue; }
      std::optional<int32_t> lat = Degrees(f[4], 90), lon = Degrees(f[5], 180);
      std::optional<uint32_t> population = Count(f[6]);
      if (!lat || !lon) { bad("place: latitude/longitude must be decimal degrees in range"); continue; }
      if (!population) { bad("place: population must be a non-negative integer"); continue; }
      place.latitude = *lat;
      place.longitude = *lon;
      place.population = *population;
      table.places.push_back(std::move(place));
    } else if (verb == "code") {
      if (f.size() != 4 || !all_present()) { bad("code needs ALPHA2, ALPHA3 and NAME"); continue; }
      if (!IsCode(f[1], 2) || !IsCode(f[2], 3)) { bad("code: expected a two- and a three-letter upper-case code"); continue; }
      table.countries.push_back({std::string(f[1]), std::string(f[2]), std::string(f[3]), {}});
    } else {
      bad("unknown entry kind '" + std::string(verb) + "' (alias, country, place or code)");
    }
  }
  return table;
}

}  // namespace dyad
