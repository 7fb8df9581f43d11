// The offline gazetteer: where "in Wonsan" is.
//
// Tutorial. Load the file once, at start-up, and share it: a Gazetteer is
// immutable, so any number of threads may call Resolve at the same time.
//
//   Result<Gazetteer> gazetteer = Gazetteer::Load(BuiltGazetteerPath());
//   if (!gazetteer.ok()) return gazetteer.status();   // missing or damaged file
//
//   // The article's actors are North Korean and South Korean: an ambiguous
//   // name goes to the place in one of those countries when there is one.
//   std::vector<std::string_view> actors = {"PRK", "KOR"};
//   if (std::optional<Place> p = gazetteer->Resolve("Wŏnsan", actors)) {
//     // p->name "Wŏnsan", p->country "PRK", p->latitude 39.15, p->longitude 127.44
//   }
//
// A Place's name and country view the Gazetteer's memory: copy them out if
// they must outlive it.
//
// What matches. Names are compared by their PlaceKey (place_key.h): case,
// accents, hyphens, periods and apostrophes do not matter ("PORT AU PRINCE",
// "Wonsan"). Besides each place's own name, the gazetteer knows the names in
// data/gazetteer/aliases.tsv (Kiev -> Kyiv, Bombay -> Mumbai, ...), every
// country's ISO names and alpha-3 code ("Ukraine"; "UKR" in capitals only, so
// that the word "and" is not Andorra), and, when a name is unknown, the name
// without a leading "the" ("the Gaza Strip") and its Arabic-article variants
// ("al-Arish" / "El Arish" / "Arish").
// Nothing is guessed beyond that: an unknown name resolves to nothing.
//
// Which place wins when several share a name: a country over anything else
// ("Djibouti" is the country); then a place in one of the preferred countries;
// then the larger population. So "Paris" is Paris, France, but with preferred
// country USA it is the largest Paris in the United States (Paris, Texas).
//
// Countries are places of kind kCountry whose coordinates are those of the
// capital (CoordinateSource::kCapital) or, where the data lists no capital, of
// the most populous city (kLargestPlace) — never a computed centroid.
#ifndef DYAD_PLACE_GAZETTEER_H_
#define DYAD_PLACE_GAZETTEER_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/status.h"
#include "dyad/place/place.h"

namespace dyad {

class Gazetteer {
 public:
  // Reads and checks the gazetteer file at `path`. IoError when it cannot be
  // read; Corrupt, naming the path and the first inconsistency, when it is not
  // a complete, undamaged gazetteer file.
  static Result<Gazetteer> Load(const std::string& path);

  // Same as Load for a file already in memory; `origin` names it in errors.
  static Result<Gazetteer> FromBytes(std::string bytes, std::string_view origin);

  // The best place called `name` (see the tutorial for the order), or nothing.
  // `preferred_countries` are alpha-3 codes, typically the countries of the
  // article's actors; their order does not matter.
  std::optional<Place> Resolve(std::string_view name,
                               std::span<const std::string_view> preferred_countries = {}) const;

  // Every place called `name`, best first by the order Resolve uses.
  std::vector<Place> Candidates(std::string_view name,
                                std::span<const std::string_view> preferred_countries = {}) const;

  size_t place_count() const { return places_.size(); }
  size_t key_count() const { return keys_.size(); }
  size_t byte_size() const { return bytes_.size(); }

 private:
  struct PlaceRow {
    uint32_t name_offset;
    uint16_t name_length;
    char country[3];
    PlaceKind kind;
    CoordinateSource coordinates;
    int32_t latitude;  // 1e-5 degrees
    int32_t longitude;
    uint32_t population;
  };
  struct KeyRow {
    uint32_t offset;
    uint16_t length;
    uint32_t place;
  };

  Gazetteer() = default;
  std::string_view Strings() const;
  std::string_view KeyText(const KeyRow& key) const;
  Place MakePlace(uint32_t index) const;
  // Indexes of the places whose key is exactly `key`.
  std::vector<uint32_t> PlacesWithKey(std::string_view key) const;

  std::string bytes_;
  size_t strings_offset_ = 0;
  std::vector<PlaceRow> places_;
  std::vector<KeyRow> keys_;
};

// The gazetteer file this build tree made from data/gazetteer (the path is
// fixed when dyad is configured); Load it.
std::string BuiltGazetteerPath();

}  // namespace dyad

#endif  // DYAD_PLACE_GAZETTEER_H_
