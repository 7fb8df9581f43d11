#include "dyad/code/coder_options.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(CoderOptionsTest, DefaultsArePetrarchConfigDefaults) {
  CoderOptions o;
  EXPECT_TRUE(o.require_dyad);
  EXPECT_EQ(o.new_actor_length, 0);
  EXPECT_EQ(o.comma_min, 2);
  EXPECT_EQ(o.comma_max, 8);
  EXPECT_EQ(o.comma_bmax, 0);
  EXPECT_EQ(o.comma_emin, 2);
  EXPECT_EQ(o.comma_emax, 8);
}

TEST(CoderOptionsTest, BooleansTakeAnyCase) {
  CoderOptions o;
  EXPECT_TRUE(o.Set("require_dyad", "FALSE").ok());
  EXPECT_FALSE(o.require_dyad);
  EXPECT_TRUE(o.Set("require_dyad", "True").ok());
  EXPECT_TRUE(o.require_dyad);
  EXPECT_TRUE(o.Set("stop_on_error", "false").ok());
}

TEST(CoderOptionsTest, CountsAreSet) {
  CoderOptions o;
  EXPECT_TRUE(o.Set("new_actor_length", "4").ok());
  EXPECT_TRUE(o.Set("comma_emax", "0").ok());
  EXPECT_TRUE(o.Set("comma_bmin", " 3 ").ok());
  EXPECT_EQ(o.new_actor_length, 4);
  EXPECT_EQ(o.comma_emax, 0);
  EXPECT_EQ(o.comma_bmin, 3);
}

TEST(CoderOptionsTest, BadValuesAreRejectedAndLeaveTheOptionAlone) {
  CoderOptions o;
  Status s = o.Set("comma_max", "-1");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("comma_max"), std::string::npos);
  EXPECT_EQ(o.comma_max, 8);
  EXPECT_FALSE(o.Set("require_dyad", "maybe").ok());
  EXPECT_TRUE(o.require_dyad);
  EXPECT_FALSE(o.Set("comma_middle", "3").ok());
}

}  // namespace
}  // namespace dyad
