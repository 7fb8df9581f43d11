// The parser's work counter grows linearly with the input, whatever its
// shape: four times the input costs at most about four times the work (with
// slack for constant terms). Counts steps, not time.
#include <gtest/gtest.h>

#include <string>

#include "dyad/parse/lexicon.h"
#include "dyad/parse/parser.h"

namespace dyad {
namespace {

uint64_t WorkFor(const std::string& text) {
  auto lexicon = Lexicon::Shared();
  Parser parser(lexicon.ok() ? lexicon->get() : nullptr);
  ParseTree tree;
  EXPECT_TRUE(parser.ParseSentence(text, &tree).ok());
  if (tree.node_count() > 0) {
    EXPECT_EQ(tree.node(tree.root()).token_end, tree.token_count());
  }
  return parser.work();
}

std::string Repeat(const std::string& unit, int times) {
  std::string s;
  for (int i = 0; i < times; ++i) s += unit;
  return s;
}

class LinearityTest : public ::testing::TestWithParam<std::string> {};

TEST_P(LinearityTest, FourTimesTheInputCostsAboutFourTimesTheWork) {
  uint64_t small = WorkFor(Repeat(GetParam(), 1000));
  uint64_t large = WorkFor(Repeat(GetParam(), 4000));
  EXPECT_GT(large, small);
  EXPECT_LE(large, small * 4 + small / 4) << "work " << small << " -> " << large;
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, LinearityTest,
    ::testing::Values("Arnor attacked Gondor ",                 // no punctuation
                      "12 3,400 5.6 ",                          // only numbers
                      "the minister of the embassy of ",        // PP chains
                      "Arnor , Gondor , ",                      // list without a conjunction
                      "said that ",                             // nested clauses
                      "is being ",                              // auxiliaries
                      "Москва 東京 Arnor ",                     // mixed scripts
                      std::string("\xff\xfe word ", 8),         // invalid UTF-8
                      "the old , the new , which said , ",     // appositions and relatives
                      "a report released Tuesday in the city ",  // participles looking ahead
                      "almost five years after ",               // time spans
                      "French political and military ",         // coordinated adjectives
                      "according to officials said "));         // verbs of saying, two-word prepositions

}  // namespace
}  // namespace dyad
