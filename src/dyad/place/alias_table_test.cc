#include "dyad/place/alias_table.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(AliasTableTest, ReadsEachKindOfLine) {
  Diagnostics diagnostics;
  AliasTable table = ParseAliasTable(
      "# comment\n"
      "alias\tKiev\tKyiv\tUKR\n"
      "country\tBurma\tMMR\n"
      "place\tKhan Younis\tPSE\tcity\t31.3462\t34.3030\t205000\n"
      "place\tGaza Strip\tPSE\tregion\t31.42\t34.38\t2100000\n"
      "code\tXK\tXKX\tKosovo\n",
      "aliases.tsv", &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  ASSERT_EQ(table.aliases.size(), 2u);
  EXPECT_EQ(table.aliases[0].alias, "Kiev");
  EXPECT_EQ(table.aliases[0].target, "Kyiv");
  EXPECT_EQ(table.aliases[0].country, "UKR");
  EXPECT_EQ(table.aliases[0].line, 2);
  EXPECT_EQ(table.aliases[1].alias, "Burma");
  EXPECT_EQ(table.aliases[1].target, "");
  ASSERT_EQ(table.places.size(), 2u);
  EXPECT_EQ(table.places[0].name, "Khan Younis");
  EXPECT_EQ(table.places[0].kind, PlaceKind::kCity);
  EXPECT_EQ(table.places[0].latitude, 3134620);
  EXPECT_EQ(table.places[0].longitude, 3430300);
  EXPECT_EQ(table.places[0].population, 205000u);
  EXPECT_EQ(table.places[1].kind, PlaceKind::kRegion);
  ASSERT_EQ(table.countries.size(), 1u);
  EXPECT_EQ(table.countries[0].alpha2, "XK");
  EXPECT_EQ(table.countries[0].alpha3, "XKX");
}

TEST(AliasTableTest, BadLinesAreReportedByLineAndSkipped) {
  Diagnostics diagnostics;
  AliasTable table = ParseAliasTable(
      "alias\tKiev\tKyiv\n"                                // 1: missing country
      "alias\tKiev\tKyiv\tUkraine\n"                       // 2: not alpha-3
      "place\tX\tPSE\tcity\t91\t34\t1\n"                   // 3: latitude out of range
      "place\tX\tPSE\ttown\t31\t34\t1\n"                   // 4: unknown kind
      "place\tX\tPSE\tcity\t31\t34\tmany\n"                // 5: bad population
      "teleport\tX\n"                                      // 6: unknown verb
      "country\tBurma\t\n"                                 // 7: empty field
      "alias\tBombay\tMumbai\tIND\n",                      // 8: fine
      "aliases.tsv", &diagnostics);
  ASSERT_EQ(diagnostics.error_count(), 7u);
  for (int i = 0; i < 7; ++i) {
    EXPECT_EQ(diagnostics.all()[i].line, i + 1) << diagnostics.all()[i].ToString();
    EXPECT_EQ(diagnostics.all()[i].file, "aliases.tsv");
  }
  ASSERT_EQ(table.aliases.size(), 1u);
  EXPECT_EQ(table.aliases[0].alias, "Bombay");
  EXPECT_TRUE(table.places.empty());
}

}  // namespace
}  // namespace dyad
