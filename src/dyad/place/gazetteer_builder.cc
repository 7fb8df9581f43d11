#include "dyad/place/gazetteer_builder.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "dyad/place/gazetteer_format.h"
#include "dyad/place/place.h"
#include "dyad/place/place_key.h"

namespace dyad {
namespace {

namespace format = gazetteer_format;

struct Entry {
  std::string name;
  std::string country;  // alpha-3
  PlaceKind kind = PlaceKind::kCity;
  CoordinateSource source = CoordinateSource::kOwn;
  int32_t latitude = 0;
  int32_t longitude = 0;
  uint32_t population = 0;
};

void PutU16(std::string* out, uint32_t v) {
  out->push_back(static_cast<char>(v & 0xFF));
  out->push_back(static_cast<char>(v >> 8 & 0xFF));
}
void PutU32(std::string* out, uint32_t v) {
  PutU16(out, v & 0xFFFF);
  PutU16(out, v >> 16);
}
void PutU64(std::string* out, uint64_t v) {
  PutU32(out, static_cast<uint32_t>(v));
  PutU32(out, static_cast<uint32_t>(v >> 32));
}

// Collects places and their keys, then lays them out as the file.
class Writer {
 public:
  const std::vector<Entry>& entries() const { return entries_; }

  // Adds `entry` under its own name's key; returns its index.
  uint32_t AddPlace(Entry entry) {
    const auto index = static_cast<uint32_t>(entries_.size());
    const std::string name = entry.name;
    entries_.push_back(std::move(entry));
    AddKey(name, index);
    return index;
  }

  // Makes `name` find place `index`; names that are empty once keyed are ignored.
  void AddKey(std::string_view name, uint32_t index) { AddRawKey(PlaceKey(name), index); }

  void AddRawKey(std::string key, uint32_t index) {
    if (key.empty()) return;
    by_key_[key].push_back(index);
    keys_.emplace_back(std::move(key), index);
  }

  // Index of the most populous place keyed like `name` in `country`, or -1.
  int64_t Find(std::string_view name, std::string_view country) const {
    auto it = by_key_.find(PlaceKey(name));
    if (it == by_key_.end()) return -1;
    int64_t best = -1;
    for (uint32_t i : it->second) {
      if (entries_[i].country == country && entries_[i].kind != PlaceKind::kCountry &&
          (best < 0 || entries_[i].population > entries_[best].population)) {
        best = i;
      }
    }
    return best;
  }

  std::string Finish() {
    std::sort(keys_.begin(), keys_.end());
    keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
    std::string places, keys;
    for (const Entry& e : entries_) {
      PutU32(&places, Intern(e.name));
      PutU16(&places, static_cast<uint32_t>(e.name.size()));
      places.append(e.country, 0, 3);
      places.push_back(static_cast<char>(e.kind));
      places.push_back(static_cast<char>(e.source));
      places.push_back(0);
      PutU32(&places, static_cast<uint32_t>(e.latitude));
      PutU32(&places, static_cast<uint32_t>(e.longitude));
      PutU32(&places, e.population);
    }
    for (const auto& [key, index] : keys_) {
      PutU32(&keys, Intern(key));
      PutU16(&keys, static_cast<uint32_t>(key.size()));
      PutU16(&keys, 0);
      PutU32(&keys, index);
    }
    std::string body = places + keys + strings_;
    std::string file(format::kMagic);
    PutU32(&file, static_cast<uint32_t>(entries_.size()));
    PutU32(&file, static_cast<uint32_t>(keys_.size()));
    PutU32(&file, static_cast<uint32_t>(strings_.size()));
    PutU32(&file, 0);
    PutU64(&file, format::Checksum(body));
    return file + body;
  }

 private:
  uint32_t Intern(const std::string& text) {
    auto [it, added] = offsets_.try_emplace(text, static_cast<uint32_t>(strings_.size()));
    if (added) strings_ += text;
    return it->second;
  }

  std::vector<Entry> entries_;
  std::vector<std::pair<std::string, uint32_t>> keys_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_key_;
  std::unordered_map<std::string, uint32_t> offsets_;
  std::string strings_;
};

// Names longer than the format's u16 length cannot be stored.
bool Storable(std::string_view name) { return name.size() <= std::numeric_limits<uint16_t>::max(); }

}  // namespace

std::string BuildGazetteer(const GazetteerSources& sources, Diagnostics* diagnostics) {
  Writer writer;
  std::vector<CountryRecord> countries = sources.countries;
  countries.insert(countries.end(), sources.additions.countries.begin(),
                   sources.additions.countries.end());
  std::unordered_map<std::string, std::string> alpha3_of;
  for (const CountryRecord& c : countries) alpha3_of.emplace(c.alpha2, c.alpha3);
  auto known_alpha3 = [&](std::string_view code) {
    return std::any_of(countries.begin(), countries.end(),
                       [&](const CountryRecord& c) { return c.alpha3 == code; });
  };

  std::map<std::string, int> unknown_codes;
  std::unordered_set<uint32_t> capitals;
  for (const CityRecord& city : sources.cities) {
    auto code = alpha3_of.find(city.country);
    if (code == alpha3_of.end()) {
      ++unknown_codes[city.country];
      continue;
    }
    if (!Storable(city.name)) {
      diagnostics->Error(sources.cities_file, 0,
                         "record " + std::to_string(city.record) + ": name too long; skipped");
      continue;
    }
    const uint32_t index = writer.AddPlace({city.name, code->second, PlaceKind::kCity, CoordinateSource::kOwn,
                                            city.latitude, city.longitude, city.population});
    if (city.feature_code == "PPLC") capitals.insert(index);
  }
  for (const auto& [code, count] : unknown_codes) {
    diagnostics->Error(sources.cities_file, 0,
                       std::to_string(count) + " places with country code '" + code +
                           "', which no country carries (add a code line to the additions); skipped");
  }

  for (const ExtraPlace& extra : sources.additions.places) {
    std::string unusable;
    if (!known_alpha3(extra.country)) unusable = "unknown country " + extra.country;
    else if (!Storable(extra.name)) unusable = "name too long";
    if (!unusable.empty()) {
      diagnostics->Error(sources.additions_file, extra.line,
                         "place " + extra.name + ": " + unusable + "; skipped");
      continue;
    }
    writer.AddPlace({extra.name, extra.country, extra.kind, CoordinateSource::kOwn, extra.latitude,
                     extra.longitude, extra.population});
  }

  // A country takes the position of its most populous capital, else of its
  // most populous city; its population is the sum over its cities (regions
  // overlap them, so they count for neither).
  struct Anchor {
    int64_t capital = -1, largest = -1;
    uint64_t population = 0;
  };
  std::unordered_map<std::string, Anchor> anchors;
  const std::vector<Entry>& entries = writer.entries();
  for (uint32_t i = 0; i < entries.size(); ++i) {
    if (entries[i].kind != PlaceKind::kCity) continue;
    Anchor& a = anchors[entries[i].country];
    a.population += entries[i].population;
    auto more_populous = [&](int64_t than) { return than < 0 || entries[i].population > entries[than].population; };
    if (more_populous(a.largest)) a.largest = i;
    if (capitals.contains(i) && more_populous(a.capital)) a.capital = i;
  }
  std::unordered_map<std::string, uint32_t> country_index;
  for (const CountryRecord& c : countries) {
    auto it = anchors.find(c.alpha3);
    if (it == anchors.end()) {
      diagnostics->Warning(sources.cities_file, 0,
                           "country " + c.alpha3 + " (" + c.name + ") has no city to take coordinates from; left out");
      continue;
    }
    const Anchor a = it->second;
    const bool has_capital = a.capital >= 0;
    const Entry& anchor = writer.entries()[has_capital ? a.capital : a.largest];
    const uint32_t index = writer.AddPlace(
        {c.name, c.alpha3, PlaceKind::kCountry,
         has_capital ? CoordinateSource::kCapital : CoordinateSource::kLargestPlace, anchor.latitude,
         anchor.longitude, static_cast<uint32_t>(std::min<uint64_t>(a.population, UINT32_MAX))});
    for (const std::string& other : c.other_names) {
      writer.AddKey(other, index);
      writer.AddKey(UninvertedName(other), index);
    }
    writer.AddKey(UninvertedName(c.name), index);
    writer.AddRawKey(std::string(format::kCodeKeyPrefix) + c.alpha3, index);
    country_index.emplace(c.alpha3, index);
  }

  for (const PlaceAlias& alias : sources.additions.aliases) {
    if (alias.target.empty()) {
      auto it = country_index.find(alias.country);
      if (it == country_index.end()) {
        diagnostics->Error(sources.additions_file, alias.line,
                           "country alias " + alias.alias + ": no country " + alias.country + "; skipped");
        continue;
      }
      writer.AddKey(alias.alias, it->second);
      continue;
    }
    const int64_t target = writer.Find(alias.target, alias.country);
    if (target < 0) {
      diagnostics->Error(sources.additions_file, alias.line,
                         "alias " + alias.alias + ": no place " + alias.target + " in " + alias.country +
                             "; skipped");
      continue;
    }
    writer.AddKey(alias.alias, static_cast<uint32_t>(target));
  }
  return writer.Finish();
}

}  // namespace dyad
