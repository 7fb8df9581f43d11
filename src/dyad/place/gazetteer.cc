#include "dyad/place/gazetteer.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "dyad/base/file.h"
#include "dyad/place/gazetteer_format.h"
#include "dyad/place/place_key.h"

namespace dyad {
namespace {

namespace format = gazetteer_format;

uint32_t U16(std::string_view b, size_t at) {
  return static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8;
}
uint32_t U32(std::string_view b, size_t at) {
  return U16(b, at) | U16(b, at + 2) << 16;
}
uint64_t U64(std::string_view b, size_t at) {
  return U32(b, at) | static_cast<uint64_t>(U32(b, at + 4)) << 32;
}

bool IsUpperAlpha3(std::string_view code) {
  return code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) {
           return c >= 'A' && c <= 'Z';
         });
}

bool Preferred(std::string_view country, std::span<const std::string_view> preferred) {
  return std::find(preferred.begin(), preferred.end(), country) != preferred.end();
}

}  // namespace

Result<Gazetteer> Gazetteer::Load(const std::string& path) {
  Result<std::string> bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  return FromBytes(std::move(*bytes), path);
}

Result<Gazetteer> Gazetteer::FromBytes(std::string bytes, std::string_view origin) {
  const std::string where(origin);
  auto corrupt = [&](const std::string& why) {
    return Status::Corrupt(where + ": not a valid gazetteer file: " + why);
  };
  const std::string_view b = bytes;
  if (b.size() < format::kHeaderBytes) return corrupt("shorter than its header");
  if (!b.starts_with(format::kMagic)) return corrupt("wrong magic (not a dyad gazetteer, or another version)");
  const uint64_t place_count = U32(b, 8);
  const uint64_t key_count = U32(b, 12);
  const uint64_t string_bytes = U32(b, 16);
  const uint64_t expected = format::kHeaderBytes + place_count * format::kPlaceBytes +
                            key_count * format::kKeyBytes + string_bytes;
  if (b.size() != expected) {
    return corrupt("size " + std::to_string(b.size()) + " bytes, header says " +
                   std::to_string(expected) + (b.size() < expected ? " (truncated)" : ""));
  }
  if (U32(b, 20) != 0) return corrupt("reserved header field is not zero");
  if (U64(b, 24) != format::Checksum(b.substr(format::kHeaderBytes))) {
    return corrupt("checksum mismatch (the file is damaged)");
  }

  Gazetteer g;
  const size_t places_at = format::kHeaderBytes;
  const size_t keys_at = places_at + place_count * format::kPlaceBytes;
  g.strings_offset_ = keys_at + key_count * format::kKeyBytes;
  auto in_strings = [&](uint64_t offset, uint64_t length) {
    return offset + length <= string_bytes;
  };

  g.places_.reserve(place_count);
  for (uint64_t i = 0; i < place_count; ++i) {
    const size_t at = places_at + i * format::kPlaceBytes;
    PlaceRow row;
    row.name_offset = U32(b, at);
    row.name_length = static_cast<uint16_t>(U16(b, at + 4));
    std::copy_n(b.data() + at + 6, 3, row.country);
    const uint8_t kind = static_cast<uint8_t>(b[at + 9]);
    const uint8_t source = static_cast<uint8_t>(b[at + 10]);
    row.latitude = static_cast<int32_t>(U32(b, at + 12));
    row.longitude = static_cast<int32_t>(U32(b, at + 16));
    row.population = U32(b, at + 20);
    auto place = [i] { return "place " + std::to_string(i) + ": "; };
    if (!in_strings(row.name_offset, row.name_length) || row.name_length == 0) {
      return corrupt(place() + "name outside the string area");
    }
    if (!IsUpperAlpha3(std::string_view(row.country, 3))) return corrupt(place() + "bad country code");
    if (kind > static_cast<uint8_t>(PlaceKind::kCountry)) return corrupt(place() + "unknown kind");
    if (source > static_cast<uint8_t>(CoordinateSource::kLargestPlace)) {
      return corrupt(place() + "unknown coordinate source");
    }
    if (b[at + 11] != 0) return corrupt(place() + "reserved bytes are not zero");
    if (row.latitude < -90 * format::kDegreeUnits || row.latitude > 90 * format::kDegreeUnits ||
        row.longitude < -180 * format::kDegreeUnits || row.longitude > 180 * format::kDegreeUnits) {
      return corrupt(place() + "coordinates out of range");
    }
    row.kind = static_cast<PlaceKind>(kind);
    row.coordinates = static_cast<CoordinateSource>(source);
    g.places_.push_back(row);
  }

  g.keys_.reserve(key_count);
  g.bytes_ = std::move(bytes);  // KeyText views bytes_ from here on
  const std::string_view moved = g.bytes_;
  for (uint64_t i = 0; i < key_count; ++i) {
    const size_t at = keys_at + i * format::kKeyBytes;
    KeyRow row{U32(moved, at), static_cast<uint16_t>(U16(moved, at + 4)), U32(moved, at + 8)};
    auto key = [i] { return "key " + std::to_string(i) + ": "; };
    if (!in_strings(row.offset, row.length) || row.length == 0) {
      return corrupt(key() + "text outside the string area");
    }
    if (U16(moved, at + 6) != 0) return corrupt(key() + "reserved bytes are not zero");
    if (row.place >= place_count) return corrupt(key() + "names a place that does not exist");
    if (!g.keys_.empty()) {
      const KeyRow& previous = g.keys_.back();
      const int order = g.KeyText(row).compare(g.KeyText(previous));
      if (order < 0 || (order == 0 && row.place < previous.place)) {
        return corrupt(key() + "out of order");
      }
    }
    g.keys_.push_back(row);
  }
  return g;
}

std::string_view Gazetteer::Strings() const {
  return std::string_view(bytes_).substr(strings_offset_);
}

std::string_view Gazetteer::KeyText(const KeyRow& key) const {
  return Strings().substr(key.offset, key.length);
}

Place Gazetteer::MakePlace(uint32_t index) const {
  const PlaceRow& row = places_[index];
  Place place;
  place.name = Strings().substr(row.name_offset, row.name_length);
  place.country = std::string_view(row.country, 3);
  place.latitude = static_cast<double>(row.latitude) / gazetteer_format::kDegreeUnits;
  place.longitude = static_cast<double>(row.longitude) / gazetteer_format::kDegreeUnits;
  place.population = row.population;
  place.kind = row.kind;
  place.coordinates = row.coordinates;
  return place;
}

std::vector<uint32_t> Gazetteer::PlacesWithKey(std::string_view key) const {
  auto first = std::lower_bound(keys_.begin(), keys_.end(), key, [&](const KeyRow& row, std::string_view k) {
    return KeyText(row) < k;
  });
  std::vector<uint32_t> found;
  for (auto it = first; it != keys_.end() && KeyText(*it) == key; ++it) found.push_back(it->place);
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

std::vector<Place> Gazetteer::Candidates(std::string_view name,
                                         std::span<const std::string_view> preferred_countries) const {
  const std::string key = PlaceKey(name);
  if (key.empty()) return {};
  std::vector<uint32_t> indexes = PlacesWithKey(key);
  if (IsUpperAlpha3(name)) {
    const std::vector<uint32_t> countries =
        PlacesWithKey(std::string(gazetteer_format::kCodeKeyPrefix) + std::string(name));
    indexes.insert(indexes.end(), countries.begin(), countries.end());
  }
  if (indexes.empty()) {
    // News writes "the Gaza Strip"; the gazetteer keeps "The" only where it
    // is part of the name ("The Hague"), which the exact lookup found.
    std::string_view base = key;
    std::vector<std::string> fallbacks;
    if (base.starts_with("THE ")) {
      base.remove_prefix(4);
      fallbacks.emplace_back(base);
    }
    for (std::string& variant : ArticleVariants(base)) fallbacks.push_back(std::move(variant));
    for (const std::string& fallback : fallbacks) {
      indexes = PlacesWithKey(fallback);
      if (!indexes.empty()) break;
    }
  }
  std::vector<Place> places;
  places.reserve(indexes.size());
  for (uint32_t i : indexes) places.push_back(MakePlace(i));
  // Ties keep file order, so the result never depends on the sort's mood.
  std::stable_sort(places.begin(), places.end(), [&](const Place& a, const Place& b) {
    auto rank = [&](const Place& p) {
      return std::make_tuple(p.kind == PlaceKind::kCountry, Preferred(p.country, preferred_countries),
                             p.population);
    };
    return rank(a) > rank(b);
  });
  return places;
}

std::optional<Place> Gazetteer::Resolve(std::string_view name,
                                        std::span<const std::string_view> preferred_countries) const {
  std::vector<Place> places = Candidates(name, preferred_countries);
  if (places.empty()) return std::nullopt;
  return places.front();
}

std::string BuiltGazetteerPath() { return DYAD_GAZETTEER_FILE; }

}  // namespace dyad
