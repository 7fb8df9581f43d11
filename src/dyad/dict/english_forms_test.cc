#include "dyad/dict/english_forms.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(EnglishFormsTest, NounPlurals) {
  EXPECT_EQ(NounPlural("ENVOY"), "ENVOYS");
  EXPECT_EQ(NounPlural("MILITIA"), "MILITIAS");
  EXPECT_EQ(NounPlural("DEPUTY"), "DEPUTIES");
  EXPECT_EQ(NounPlural("PRESS"), "PRESSES");
  EXPECT_EQ(NounPlural("TAX"), "TAXES");
  EXPECT_EQ(NounPlural("CHURCH"), "CHURCHES");
  EXPECT_EQ(NounPlural("BUSH"), "BUSHES");
  EXPECT_EQ(NounPlural("Y"), "YS");  // no consonant before the Y
}

TEST(EnglishFormsTest, VerbForms) {
  auto check = [](const char* verb, const char* third, const char* past, const char* ing) {
    VerbForms f = RegularVerbForms(verb);
    EXPECT_EQ(f.third_person, third) << verb;
    EXPECT_EQ(f.past, past) << verb;
    EXPECT_EQ(f.participle, ing) << verb;
  };
  check("DEPLOY", "DEPLOYS", "DEPLOYED", "DEPLOYING");
  check("CARRY", "CARRIES", "CARRIED", "CARRYING");
  check("RUSH", "RUSHES", "RUSHED", "RUSHING");
  check("FIX", "FIXES", "FIXED", "FIXING");
  check("USE", "USES", "USED", "USING");
  check("AGREE", "AGREES", "AGREED", "AGREEING");
  check("MEET", "MEETS", "MEETED", "MEETING");  // irregular forms come from the dictionary
}

}  // namespace
}  // namespace dyad
