#include "dyad/base/text.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(IsoDateTest, PadsEachFieldToItsWidth) {
  EXPECT_EQ(IsoDate(2024, 2, 29), "2024-02-29");
  EXPECT_EQ(IsoDate(7, 1, 5), "0007-01-05");
  EXPECT_EQ(IsoDate(1999, 12, 31), "1999-12-31");
}

TEST(IsoDateTest, WritesFieldsOutsideTheUsualRangeAsPrintfDoes) {
  EXPECT_EQ(IsoDate(12345, 1, 1), "12345-01-01");
  EXPECT_EQ(IsoDate(-44, 3, 15), "-044-03-15");
  EXPECT_EQ(IsoDate(2024, 123, 0), "2024-123-00");
}

}  // namespace
}  // namespace dyad
