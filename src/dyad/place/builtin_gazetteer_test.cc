// The gazetteer this build made from the real data (GeoNames cities, ISO
// 3166-1, data/gazetteer/aliases.tsv). Reference positions are the commonly
// published coordinates of each city centre.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <filesystem>
#include <memory>
#include <string>

#include "dyad/place/gazetteer.h"

namespace dyad {
namespace {

double HaversineKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRadians = 3.14159265358979323846 / 180;
  const double dlat = (lat2 - lat1) * kRadians, dlon = (lon2 - lon1) * kRadians;
  const double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRadians) * std::cos(lat2 * kRadians) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::sqrt(a));
}

class BuiltinGazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!std::filesystem::exists(BuiltGazetteerPath())) return;
    auto loaded = Gazetteer::Load(BuiltGazetteerPath());
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    gazetteer_ = new Gazetteer(std::move(*loaded));
  }
  static void TearDownTestSuite() {
    delete gazetteer_;
    gazetteer_ = nullptr;
  }
  void SetUp() override {
    if (gazetteer_ == nullptr) {
      GTEST_SKIP() << BuiltGazetteerPath() << " not built (run scripts/install-deps.sh, then rebuild)";
    }
  }
  static Gazetteer* gazetteer_;
};
Gazetteer* BuiltinGazetteerTest::gazetteer_ = nullptr;

struct Expected {
  const char* name;
  const char* country;
  double latitude, longitude;
};

TEST_F(BuiltinGazetteerTest, NewsPlacesResolveWithin25KmOfTheirTruePosition) {
  const Expected cases[] = {
      {"Wonsan", "PRK", 39.1528, 127.4436},         {"Kursk", "RUS", 51.7373, 36.1873},
      {"Pyongyang", "PRK", 39.0392, 125.7625},      {"Kyiv", "UKR", 50.4501, 30.5234},
      {"Kiev", "UKR", 50.4501, 30.5234},            {"Gaza", "PSE", 31.5017, 34.4668},
      {"Khan Younis", "PSE", 31.3462, 34.3063},     {"Khan Yunis", "PSE", 31.3462, 34.3063},
      {"Mogadishu", "SOM", 2.0469, 45.3182},        {"Port-au-Prince", "HTI", 18.5944, -72.3074},
      {"Quito", "ECU", -0.1807, -78.4678},          {"Kharkov", "UKR", 49.9935, 36.2304},
      {"Bombay", "IND", 19.0760, 72.8777},          {"Peking", "CHN", 39.9042, 116.4074},
      {"Rangoon", "MMR", 16.8409, 96.1735},         {"Saigon", "VNM", 10.8231, 106.6297},
      {"Washington", "USA", 38.9072, -77.0369},     {"Basra", "IRQ", 30.5085, 47.7804},
  };
  for (const Expected& e : cases) {
    auto p = gazetteer_->Resolve(e.name);
    ASSERT_TRUE(p) << e.name;
    EXPECT_EQ(p->country, e.country) << e.name;
    EXPECT_LT(HaversineKm(p->latitude, p->longitude, e.latitude, e.longitude), 25.0)
        << e.name << " resolved to " << p->name << " at " << p->latitude << "," << p->longitude;
  }
}

TEST_F(BuiltinGazetteerTest, FoldedSpellingFindsWonsan) {
  auto p = gazetteer_->Resolve("Wŏnsan");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->country, "PRK");
  EXPECT_EQ(p->name, gazetteer_->Resolve("WONSAN")->name);
}

TEST_F(BuiltinGazetteerTest, ParisIsInFranceUnlessTheActorsAreAmerican) {
  auto paris = gazetteer_->Resolve("Paris");
  ASSERT_TRUE(paris);
  EXPECT_EQ(paris->country, "FRA");
  EXPECT_LT(HaversineKm(paris->latitude, paris->longitude, 48.8566, 2.3522), 25.0);

  const std::array<std::string_view, 1> usa = {"USA"};
  auto texas = gazetteer_->Resolve("Paris", usa);
  ASSERT_TRUE(texas);
  EXPECT_EQ(texas->country, "USA");
  EXPECT_LT(HaversineKm(texas->latitude, texas->longitude, 33.6609, -95.5555), 25.0);  // Paris, Texas
}

TEST_F(BuiltinGazetteerTest, PreferenceForAnActorsCountryPicksItsTripoli) {
  EXPECT_EQ(gazetteer_->Resolve("Tripoli")->country, "LBY");
  const std::array<std::string_view, 2> actors = {"LBN", "ISR"};
  EXPECT_EQ(gazetteer_->Resolve("Tripoli", actors)->country, "LBN");
}

TEST_F(BuiltinGazetteerTest, CountriesResolveAtTheirCapital) {
  auto ukraine = gazetteer_->Resolve("Ukraine");
  ASSERT_TRUE(ukraine);
  EXPECT_EQ(ukraine->kind, PlaceKind::kCountry);
  EXPECT_EQ(ukraine->country, "UKR");
  EXPECT_EQ(ukraine->coordinates, CoordinateSource::kCapital);
  EXPECT_LT(HaversineKm(ukraine->latitude, ukraine->longitude, 50.4501, 30.5234), 25.0);
  EXPECT_EQ(gazetteer_->Resolve("UKR")->name, "Ukraine");
  EXPECT_EQ(gazetteer_->Resolve("North Korea")->country, "PRK");
  EXPECT_EQ(gazetteer_->Resolve("Russia")->country, "RUS");
  EXPECT_EQ(gazetteer_->Resolve("Gaza Strip")->country, "PSE");
  EXPECT_EQ(gazetteer_->Resolve("Kosovo")->country, "XKX");
}

TEST_F(BuiltinGazetteerTest, TheIsDroppedOnlyWhenItIsNotPartOfTheName) {
  EXPECT_EQ(gazetteer_->Resolve("the West Bank")->country, "PSE");
  auto hague = gazetteer_->Resolve("The Hague");
  ASSERT_TRUE(hague);
  EXPECT_EQ(hague->country, "NLD");
}

TEST_F(BuiltinGazetteerTest, UnknownNamesResolveToNothing) {
  EXPECT_FALSE(gazetteer_->Resolve("Xyzzyville"));
  EXPECT_FALSE(gazetteer_->Resolve("the"));
  EXPECT_FALSE(gazetteer_->Resolve("and"));  // AND is Andorra's code, in capitals only
  EXPECT_EQ(gazetteer_->Resolve("AND")->country, "AND");
  EXPECT_FALSE(gazetteer_->Resolve(""));
}

}  // namespace
}  // namespace dyad
