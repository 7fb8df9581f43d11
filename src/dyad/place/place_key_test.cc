#include "dyad/place/place_key.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dyad {
namespace {

using ::testing::ElementsAre;

TEST(PlaceKeyTest, FoldsCaseAndAccents) {
  EXPECT_EQ(PlaceKey("Wŏnsan"), "WONSAN");
  EXPECT_EQ(PlaceKey("wonsan"), "WONSAN");
  EXPECT_EQ(PlaceKey("Khan Yūnis"), "KHAN YUNIS");
}

TEST(PlaceKeyTest, PunctuationThatSpellingsDisagreeOnIsIgnored) {
  EXPECT_EQ(PlaceKey("Port-au-Prince"), "PORT AU PRINCE");
  EXPECT_EQ(PlaceKey("St. Louis"), PlaceKey("St Louis"));
  EXPECT_EQ(PlaceKey("P'yŏngyang"), "PYONGYANG");
  EXPECT_EQ(PlaceKey("Sana\u2019a"), "SANAA");
  EXPECT_EQ(PlaceKey("U.S."), "US");
  EXPECT_EQ(PlaceKey("Korea, Republic of"), "KOREA REPUBLIC OF");
}

TEST(PlaceKeyTest, SpacesCollapseAndTrim) {
  EXPECT_EQ(PlaceKey("  Ho   Chi\tMinh  City "), "HO CHI MINH CITY");
  EXPECT_EQ(PlaceKey(" - . ' "), "");
  EXPECT_EQ(PlaceKey(""), "");
}

TEST(PlaceKeyTest, NonLatinScriptsAreKept) {
  EXPECT_EQ(PlaceKey("Київ"), "Київ");
}

TEST(ArticleVariantsTest, SwitchesOrDropsTheArticle) {
  EXPECT_THAT(ArticleVariants("AL ARISH"), ElementsAre("EL ARISH", "ARISH"));
  EXPECT_THAT(ArticleVariants("EL FASHER"), ElementsAre("AL FASHER", "FASHER"));
  EXPECT_THAT(ArticleVariants("FALLUJAH"), ElementsAre("AL FALLUJAH", "EL FALLUJAH"));
  EXPECT_THAT(ArticleVariants(""), ElementsAre());
}

TEST(ArticleVariantsTest, AWordMerelyStartingWithAlIsNotAnArticle) {
  EXPECT_THAT(ArticleVariants("ALEPPO"), ElementsAre("AL ALEPPO", "EL ALEPPO"));
}

}  // namespace
}  // namespace dyad
