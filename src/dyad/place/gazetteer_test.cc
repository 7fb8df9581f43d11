// The lookup and the file format, on a small gazetteer built in memory.
#include "dyad/place/gazetteer.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "dyad/place/gazetteer_builder.h"

namespace dyad {
namespace {

CityRecord City(std::string name, std::string country, uint32_t population, double lat, double lon,
                std::string feature = "PPL") {
  CityRecord c;
  c.name = std::move(name);
  c.country = std::move(country);
  c.feature_code = std::move(feature);
  c.population = population;
  c.latitude = static_cast<int32_t>(lat * 100000);
  c.longitude = static_cast<int32_t>(lon * 100000);
  return c;
}

GazetteerSources SmallSources() {
  GazetteerSources s;
  s.cities_file = "cities.pbf";
  s.additions_file = "aliases.tsv";
  s.countries = {{"FR", "FRA", "France", {}},
                 {"US", "USA", "United States", {"United States of America"}},
                 {"UA", "UKR", "Ukraine", {}},
                 {"KP", "PRK", "North Korea", {"Korea, Democratic People's Republic of"}},
                 {"PS", "PSE", "Palestine, State of", {}},
                 {"DJ", "DJI", "Djibouti", {}},
                 {"EG", "EGY", "Egypt", {}}};
  s.cities = {City("Paris", "FR", 2138551, 48.85341, 2.3488, "PPLC"),
              City("Paris", "US", 24782, 33.66094, -95.55551, "PPLA2"),
              City("Paris", "US", 3443, 35.29203, -93.72992),
              City("Kyiv", "UA", 2797553, 50.45466, 30.5238, "PPLC"),
              City("Wŏnsan", "KP", 329207, 39.15278, 127.44361, "PPLA"),
              City("Gaza", "PS", 410000, 31.50161, 34.46672, "PPLA"),
              City("Djibouti", "DJ", 623891, 11.58901, 43.14503, "PPLC"),
              City("Arish", "EG", 128855, 31.13159, 33.79844, "PPLA"),
              City("Nowhere", "ZZ", 10, 1, 1)};
  Diagnostics ignored;
  s.additions = ParseAliasTable(
      "alias\tKiev\tKyiv\tUKR\n"
      "place\tKhan Younis\tPSE\tcity\t31.3462\t34.3030\t205000\n"
      "place\tGaza Strip\tPSE\tregion\t31.42\t34.38\t2100000\n"
      "country\tUS\tUSA\n",
      s.additions_file, &ignored);
  return s;
}

std::string SmallFile(Diagnostics* diagnostics) { return BuildGazetteer(SmallSources(), diagnostics); }

class GazetteerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Diagnostics diagnostics;
    auto loaded = Gazetteer::FromBytes(SmallFile(&diagnostics), "small");
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    gazetteer_ = std::make_unique<Gazetteer>(std::move(*loaded));
  }
  std::unique_ptr<Gazetteer> gazetteer_;
};

TEST_F(GazetteerTest, ExactNameFindsThePlace) {
  auto p = gazetteer_->Resolve("Kyiv");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Kyiv");
  EXPECT_EQ(p->country, "UKR");
  EXPECT_EQ(p->kind, PlaceKind::kCity);
  EXPECT_NEAR(p->latitude, 50.45466, 1e-5);
  EXPECT_NEAR(p->longitude, 30.5238, 1e-5);
  EXPECT_EQ(p->population, 2797553u);
}

TEST_F(GazetteerTest, FoldedSpellingsMeet) {
  for (const char* spelling : {"Wŏnsan", "Wonsan", "WONSAN", "wonsan"}) {
    auto p = gazetteer_->Resolve(spelling);
    ASSERT_TRUE(p) << spelling;
    EXPECT_EQ(p->name, "Wŏnsan");
    EXPECT_EQ(p->country, "PRK");
  }
}

TEST_F(GazetteerTest, AliasesLeadToTheirTarget) {
  auto p = gazetteer_->Resolve("Kiev");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Kyiv");
  EXPECT_EQ(p->country, "UKR");
}

TEST_F(GazetteerTest, AddedPlacesAreFound) {
  auto city = gazetteer_->Resolve("Khan Younis");
  ASSERT_TRUE(city);
  EXPECT_EQ(city->country, "PSE");
  EXPECT_NEAR(city->latitude, 31.3462, 1e-5);
  auto region = gazetteer_->Resolve("Gaza Strip");
  ASSERT_TRUE(region);
  EXPECT_EQ(region->kind, PlaceKind::kRegion);
  EXPECT_EQ(gazetteer_->Resolve("Gaza")->kind, PlaceKind::kCity);
}

TEST_F(GazetteerTest, LargerPopulationWinsWithoutPreference) {
  auto p = gazetteer_->Resolve("Paris");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->country, "FRA");
}

TEST_F(GazetteerTest, PreferredCountryWinsOverPopulation) {
  const std::array<std::string_view, 2> preferred = {"RUS", "USA"};
  auto p = gazetteer_->Resolve("Paris", preferred);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->country, "USA");
  EXPECT_EQ(p->population, 24782u);  // the larger of the two US Parises
}

TEST_F(GazetteerTest, PreferenceForACountryWithoutSuchPlaceChangesNothing) {
  const std::array<std::string_view, 1> preferred = {"PRK"};
  EXPECT_EQ(gazetteer_->Resolve("Paris", preferred)->country, "FRA");
}

TEST_F(GazetteerTest, CandidatesComeBestFirst) {
  const std::array<std::string_view, 1> preferred = {"USA"};
  std::vector<Place> all = gazetteer_->Candidates("paris", preferred);
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].population, 24782u);
  EXPECT_EQ(all[1].population, 3443u);
  EXPECT_EQ(all[2].country, "FRA");
}

TEST_F(GazetteerTest, CountriesResolveByNameAndCodeAtTheirCapital) {
  for (const char* name : {"Ukraine", "UKR", "ukraine"}) {
    auto p = gazetteer_->Resolve(name);
    ASSERT_TRUE(p) << name;
    EXPECT_EQ(p->kind, PlaceKind::kCountry);
    EXPECT_EQ(p->name, "Ukraine");
    EXPECT_EQ(p->country, "UKR");
    EXPECT_EQ(p->coordinates, CoordinateSource::kCapital);
    EXPECT_NEAR(p->latitude, 50.45466, 1e-5);  // Kyiv
  }
  EXPECT_EQ(gazetteer_->Resolve("North Korea")->country, "PRK");
  EXPECT_EQ(gazetteer_->Resolve("Democratic People's Republic of Korea")->country, "PRK");
  EXPECT_EQ(gazetteer_->Resolve("United States of America")->country, "USA");
  EXPECT_EQ(gazetteer_->Resolve("U.S.")->country, "USA");
  EXPECT_EQ(gazetteer_->Resolve("State of Palestine")->country, "PSE");
}

TEST_F(GazetteerTest, CountryCodesCountOnlyInCapitals) {
  EXPECT_FALSE(gazetteer_->Resolve("ukr"));
  EXPECT_FALSE(gazetteer_->Resolve("Fra"));
  EXPECT_EQ(gazetteer_->Resolve("FRA")->kind, PlaceKind::kCountry);
}

TEST_F(GazetteerTest, CountryWithoutCapitalSitsAtItsLargestPlace) {
  auto p = gazetteer_->Resolve("PSE");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->coordinates, CoordinateSource::kLargestPlace);
  EXPECT_NEAR(p->latitude, 31.50161, 1e-5);  // Gaza city: regions never anchor a country
}

TEST_F(GazetteerTest, CountryBeatsCityOfTheSameName) {
  auto p = gazetteer_->Resolve("Djibouti");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->kind, PlaceKind::kCountry);
  EXPECT_EQ(gazetteer_->Candidates("Djibouti").size(), 2u);
}

TEST_F(GazetteerTest, ArabicArticleVariantsAreTriedForUnknownNames) {
  for (const char* name : {"al-Arish", "El Arish", "Al Arish"}) {
    auto p = gazetteer_->Resolve(name);
    ASSERT_TRUE(p) << name;
    EXPECT_EQ(p->name, "Arish");
  }
}

TEST_F(GazetteerTest, LeadingTheIsDroppedWhenTheNameIsOtherwiseUnknown) {
  auto p = gazetteer_->Resolve("the Gaza Strip");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->name, "Gaza Strip");
  EXPECT_EQ(gazetteer_->Resolve("The United States")->country, "USA");
  EXPECT_FALSE(gazetteer_->Resolve("the"));
}

TEST_F(GazetteerTest, UnknownNamesResolveToNothing) {
  EXPECT_FALSE(gazetteer_->Resolve("Atlantis"));
  EXPECT_FALSE(gazetteer_->Resolve(""));
  EXPECT_FALSE(gazetteer_->Resolve(" -. "));
  EXPECT_FALSE(gazetteer_->Resolve("Pari"));
  EXPECT_FALSE(gazetteer_->Resolve("Nowhere"));  // its country code is unknown
  EXPECT_TRUE(gazetteer_->Candidates("Atlantis").empty());
}

TEST(GazetteerBuildTest, UnusableInputIsReported) {
  GazetteerSources sources = SmallSources();
  Diagnostics parse;
  sources.additions = ParseAliasTable(
      "alias\tLeningrad\tSaint Petersburg\tRUS\n"
      "alias\tKiev\tKyiv\tFRA\n"
      "country\tBurma\tMMR\n"
      "place\tAtlantis\tATL\tcity\t1\t1\t1\n",
      "aliases.tsv", &parse);
  Diagnostics diagnostics;
  BuildGazetteer(sources, &diagnostics);
  std::vector<std::string> messages;
  for (const Diagnostic& d : diagnostics.all()) messages.push_back(d.ToString());
  ASSERT_EQ(diagnostics.error_count(), 5u) << ::testing::PrintToString(messages);
  EXPECT_EQ(diagnostics.warning_count(), 0u);
  auto mentions = [&](const std::string& text) {
    for (const std::string& m : messages) {
      if (m.find(text) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(mentions("cities.pbf: error: 1 places with country code 'ZZ'"));
  EXPECT_TRUE(mentions("aliases.tsv:1: error: alias Leningrad: no place Saint Petersburg in RUS"));
  EXPECT_TRUE(mentions("aliases.tsv:2: error: alias Kiev: no place Kyiv in FRA"));
  EXPECT_TRUE(mentions("aliases.tsv:3: error: country alias Burma: no country MMR"));
  EXPECT_TRUE(mentions("aliases.tsv:4: error: place Atlantis: unknown country ATL"));
}

TEST(GazetteerBuildTest, CountryWithoutPlacesIsLeftOutWithAWarning) {
  GazetteerSources sources = SmallSources();
  sources.countries.push_back({"BV", "BVT", "Bouvet Island", {}});
  Diagnostics diagnostics;
  auto g = Gazetteer::FromBytes(BuildGazetteer(sources, &diagnostics), "small");
  ASSERT_TRUE(g.ok());
  EXPECT_FALSE(g->Resolve("Bouvet Island"));
  ASSERT_EQ(diagnostics.warning_count(), 1u);
  EXPECT_NE(diagnostics.all().back().message.find("BVT"), std::string::npos);
}

TEST(GazetteerFileTest, EveryTruncationIsRefusedAsCorrupt) {
  Diagnostics diagnostics;
  const std::string file = SmallFile(&diagnostics);
  for (size_t size = 0; size < file.size(); ++size) {
    auto g = Gazetteer::FromBytes(file.substr(0, size), "cut.dyg");
    ASSERT_FALSE(g.ok()) << size;
    EXPECT_EQ(g.status().code(), Status::Code::kCorrupt);
    EXPECT_EQ(g.status().message().rfind("cut.dyg: not a valid gazetteer file: ", 0), 0u)
        << g.status().message();
  }
}

TEST(GazetteerFileTest, EverySingleByteChangeIsRefused) {
  Diagnostics diagnostics;
  const std::string file = SmallFile(&diagnostics);
  for (size_t at = 0; at < file.size(); ++at) {
    std::string damaged = file;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x41);
    auto g = Gazetteer::FromBytes(damaged, "damaged.dyg");
    EXPECT_FALSE(g.ok()) << "byte " << at;
  }
}

TEST(GazetteerFileTest, TrailingBytesAreRefused) {
  Diagnostics diagnostics;
  auto g = Gazetteer::FromBytes(SmallFile(&diagnostics) + "x", "long.dyg");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("header says"), std::string::npos);
}

TEST(GazetteerFileTest, MissingFileIsAnIoError) {
  auto g = Gazetteer::Load("/nonexistent/gazetteer.dyg");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), Status::Code::kIoError);
}

TEST(GazetteerFileTest, OtherFilesAreRefusedByMagic) {
  auto g = Gazetteer::FromBytes(std::string(64, 'x'), "other");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("magic"), std::string::npos);
}

}  // namespace
}  // namespace dyad
