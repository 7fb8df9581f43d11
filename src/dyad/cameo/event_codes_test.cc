#include "dyad/cameo/event_codes.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "dyad/base/text.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

TEST(EventCodesTest, TableIsSortedSoLookupWorks) {
  auto all = AllEventCodes();
  for (size_t i = 1; i < all.size(); ++i) {
    EXPECT_LT(std::string_view(all[i - 1].code), std::string_view(all[i].code));
  }
}

TEST(EventCodesTest, FindsKnownCodesAndRejectsOthers) {
  const EventCodeInfo* consult = FindEventCode("040");
  ASSERT_NE(consult, nullptr);
  EXPECT_EQ(consult->quad_class, 1);
  EXPECT_EQ(consult->root(), "04");
  EXPECT_EQ(FindEventCode("174K"), nullptr);
  EXPECT_EQ(FindEventCode(""), nullptr);
  EXPECT_EQ(FindEventCode("0"), nullptr);
}

TEST(EventCodesTest, QuadClassFromRootCoversDictionaryOnlyCodes) {
  EXPECT_EQ(QuadClassOfRoot("174K"), 4);
  EXPECT_EQ(QuadClassOfRoot("1010"), 3);
  EXPECT_EQ(QuadClassOfRoot("057"), 1);
  EXPECT_EQ(QuadClassOfRoot("0874"), 2);
  EXPECT_EQ(QuadClassOfRoot("345"), 0);
  EXPECT_EQ(QuadClassOfRoot("---"), 0);
}

// Every row of the shared spec table must be in ours with the same facts, and
// ours must hold nothing more.
TEST(EventCodesTest, MatchesSharedSpecTable) {
  SHARED_OR_SKIP(path, "spec/cameo-event-codes.tsv");
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  size_t rows = 0;
  while (std::getline(in, line)) {
    auto f = Split(line, '\t');
    ASSERT_EQ(f.size(), 5u) << line;
    const EventCodeInfo* info = FindEventCode(f[0]);
    ASSERT_NE(info, nullptr) << f[0];
    EXPECT_EQ(info->root(), f[1]);
    EXPECT_EQ(info->quad_class, std::stoi(std::string(f[2]))) << f[0];
    EXPECT_DOUBLE_EQ(info->goldstein, std::stod(std::string(f[3]))) << f[0];
    EXPECT_EQ(std::string(info->name), f[4]);
    EXPECT_EQ(QuadClassOfRoot(f[0]), info->quad_class) << f[0];
    ++rows;
  }
  EXPECT_EQ(rows, AllEventCodes().size());
}

}  // namespace
}  // namespace dyad
