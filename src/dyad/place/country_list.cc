#include "dyad/place/country_list.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

bool IsUpperCode(std::string_view code, size_t length) {
  return code.size() == length &&
         std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string StringField(const nlohmann::json& entry, const char* field) {
  auto it = entry.find(field);
  return it != entry.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::string UninvertedName(std::string_view name) {
  const size_t comma = name.find(", ");
  if (comma == std::string_view::npos) return std::string(name);
  return std::string(name.substr(comma + 2)) + " " + std::string(name.substr(0, comma));
}

Result<std::vector<CountryRecord>> ParseIsoCountries(std::string_view json, std::string_view file,
                                                     Diagnostics* diagnostics) {
  const nlohmann::json doc = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("3166-1") || !doc["3166-1"].is_array()) {
    return Status::Corrupt(std::string(file) + ": not an ISO 3166-1 list (expected {\"3166-1\": [...]})");
  }
  std::vector<CountryRecord> countries;
  int index = 0;
  for (const nlohmann::json& entry : doc["3166-1"]) {
    ++index;
    CountryRecord country;
    if (entry.is_object()) {
      country.alpha2 = StringField(entry, "alpha_2");
      country.alpha3 = StringField(entry, "alpha_3");
      const std::string iso_name = StringField(entry, "name");
      const std::string common = StringField(entry, "common_name");
      country.name = common.empty() ? UninvertedName(iso_name) : common;
      for (const std::string& other : {iso_name, StringField(entry, "official_name")}) {
        if (!other.empty() && other != country.name &&
            std::find(country.other_names.begin(), country.other_names.end(), other) ==
                country.other_names.end()) {
          country.other_names.push_back(other);
        }
      }
    }
    if (!IsUpperCode(country.alpha2, 2) || !IsUpperCode(country.alpha3, 3) || country.name.empty()) {
      diagnostics->Error(file, 0, "entry " + std::to_string(index) +
                                      ": needs alpha_2, alpha_3 and name; skipped");
      continue;
    }
    countries.push_back(std::move(country));
  }
  return countries;
}

}  // namespace dyad
