#include "dyad/place/country_list.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dyad {
namespace {

using ::testing::ElementsAre;

TEST(CountryListTest, PrefersTheCommonNameAndKeepsTheOthers) {
  Diagnostics diagnostics;
  auto countries = ParseIsoCountries(R"({"3166-1": [
      {"alpha_2": "KP", "alpha_3": "PRK", "name": "Korea, Democratic People's Republic of",
       "common_name": "North Korea", "official_name": "Democratic People's Republic of Korea"},
      {"alpha_2": "UA", "alpha_3": "UKR", "name": "Ukraine"}]})",
                                     "iso.json", &diagnostics);
  ASSERT_TRUE(countries.ok());
  ASSERT_EQ(countries->size(), 2u);
  EXPECT_EQ((*countries)[0].name, "North Korea");
  EXPECT_THAT((*countries)[0].other_names,
              ElementsAre("Korea, Democratic People's Republic of", "Democratic People's Republic of Korea"));
  EXPECT_EQ((*countries)[1].alpha2, "UA");
  EXPECT_EQ((*countries)[1].alpha3, "UKR");
  EXPECT_TRUE((*countries)[1].other_names.empty());
  EXPECT_TRUE(diagnostics.empty());
}

TEST(CountryListTest, IncompleteEntriesAreReportedAndSkipped) {
  Diagnostics diagnostics;
  auto countries = ParseIsoCountries(
      R"({"3166-1": [{"alpha_2": "ua", "alpha_3": "UKR", "name": "Ukraine"}, 7,
                     {"alpha_2": "FR", "alpha_3": "FRA", "name": "France"}]})",
      "iso.json", &diagnostics);
  ASSERT_TRUE(countries.ok());
  ASSERT_EQ(countries->size(), 1u);
  EXPECT_EQ((*countries)[0].alpha3, "FRA");
  ASSERT_EQ(diagnostics.error_count(), 2u);
  EXPECT_NE(diagnostics.all()[0].message.find("entry 1"), std::string::npos);
  EXPECT_NE(diagnostics.all()[1].message.find("entry 2"), std::string::npos);
}

TEST(CountryListTest, NotTheIsoListIsCorrupt) {
  Diagnostics diagnostics;
  EXPECT_EQ(ParseIsoCountries("{\"3166-1\": [", "iso.json", &diagnostics).status().code(),
            Status::Code::kCorrupt);
  EXPECT_EQ(ParseIsoCountries("[]", "iso.json", &diagnostics).status().code(), Status::Code::kCorrupt);
}

TEST(UninvertedNameTest, MovesThePartAfterTheCommaToTheFront) {
  EXPECT_EQ(UninvertedName("Korea, Republic of"), "Republic of Korea");
  EXPECT_EQ(UninvertedName("Congo, The Democratic Republic of the"),
            "The Democratic Republic of the Congo");
  EXPECT_EQ(UninvertedName("Ukraine"), "Ukraine");
}

}  // namespace
}  // namespace dyad
