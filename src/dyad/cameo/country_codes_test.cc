#include "dyad/cameo/country_codes.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace dyad {
namespace {

// The "alpha_3" values of an iso-codes JSON file, or nothing when it is not
// installed.
std::set<std::string> Alpha3Codes(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  const std::string s = text.str();
  std::set<std::string> codes;
  const std::string key = "\"alpha_3\": \"";
  for (size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + 1)) {
    codes.insert(s.substr(at + key.size(), 3));
  }
  return codes;
}

TEST(CountryCodesTest, StateCodesAreTheIsoCodesAndKosovo) {
  std::set<std::string> current = Alpha3Codes("/usr/share/iso-codes/json/iso_3166-1.json");
  std::set<std::string> former = Alpha3Codes("/usr/share/iso-codes/json/iso_3166-3.json");
  if (current.empty() || former.empty()) GTEST_SKIP() << "iso-codes (Debian package) not installed";
  std::set<std::string> expected = current;
  expected.insert(former.begin(), former.end());
  expected.insert("KSV");
  std::set<std::string> listed;
  for (std::string_view code : StateCodes()) {
    EXPECT_TRUE(listed.insert(std::string(code)).second) << code << " twice";
  }
  EXPECT_EQ(listed, expected);
  for (const std::string& code : expected) EXPECT_TRUE(IsStateCode(code)) << code;
}

TEST(CountryCodesTest, RootsAndAgentsAreToldApart) {
  for (std::string_view code : {"RUS", "PRK", "USA", "SUN", "KSV"}) EXPECT_TRUE(IsStateCode(code)) << code;
  for (std::string_view code : {"IGO", "GOV", "REB", "RU", "RUSS", ""}) EXPECT_FALSE(IsStateCode(code)) << code;
  for (std::string_view code : {"IGO", "NGO", "IMG", "MNC", "UKR"}) EXPECT_TRUE(IsActorRootCode(code)) << code;
  EXPECT_FALSE(IsActorRootCode("UAF"));
  for (std::string_view code :
       {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL"}) {
    EXPECT_TRUE(IsPrimaryAgentCode(code)) << code;
  }
  for (std::string_view code : {"ELI", "LEG", "UNO", "RUS", "IGO"}) EXPECT_FALSE(IsPrimaryAgentCode(code)) << code;
}

}  // namespace
}  // namespace dyad
