#include "dyad/tree/token_alignment.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "dyad/tree/treebank_reader.h"

namespace dyad {
namespace {

// Each token's text as aligned, "?" for unaligned ones, joined by '|'.
std::string Aligned(std::string_view parse, std::string_view text, int* count = nullptr) {
  Result<ParseTree> t = ReadTreebankParse(parse);
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  if (!t.ok()) return "";
  int n = AlignTokenOffsets(text, &*t);
  if (count) *count = n;
  std::string out;
  for (int i = 0; i < t->token_count(); ++i) {
    if (i) out += '|';
    const ParseToken& tok = t->token(i);
    out += tok.begin < 0 ? std::string("?") : std::string(text.substr(tok.begin, tok.end - tok.begin));
  }
  return out;
}

TEST(TokenAlignment, PlainSentence) {
  int n = 0;
  EXPECT_EQ(Aligned("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))",
                    "  Arnor attacked  Gondor.", &n),
            "Arnor|attacked|Gondor|.");
  EXPECT_EQ(n, 4);
}

TEST(TokenAlignment, OffsetsAreBytes) {
  Result<ParseTree> t = ReadTreebankParse("(ROOT (NP (NNP Bogot\xC3\xA1) (NNP Gondor)))");
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(AlignTokenOffsets("Bogot\xC3\xA1 Gondor", &*t), 2);
  EXPECT_EQ(t->token(0).begin, 0);
  EXPECT_EQ(t->token(0).end, 7);
  EXPECT_EQ(t->token(1).begin, 8);
  EXPECT_EQ(t->token(1).end, 14);
}

TEST(TokenAlignment, EscapesMatchTheirPlainForms) {
  EXPECT_EQ(Aligned("(ROOT (S (-LRB- -LRB-) (`` ``) (NNP Arnor) ('' '') (-RRB- -RRB-)))",
                    "(\"Arnor\")"),
            "(|\"|Arnor|\"|)");
  EXPECT_EQ(Aligned("(ROOT (S (`` ``) (NNP Arnor) ('' '') (: --) (: ...)))",
                    "\xE2\x80\x9C" "Arnor" "\xE2\x80\x9D \xE2\x80\x94 \xE2\x80\xA6"),
            "\xE2\x80\x9C|Arnor|\xE2\x80\x9D|\xE2\x80\x94|\xE2\x80\xA6");
}

TEST(TokenAlignment, CaseAndSplitWords) {
  EXPECT_EQ(Aligned("(ROOT (S (NP (NP (DT the) (NN town) (POS 's)) (NN fisherfolk)) (VP (MD ca) (RB n't))))",
                    "The town's fisherfolk can't"),
            "The|town|'s|fisherfolk|ca|n't");
}

TEST(TokenAlignment, MismatchedWordsStayUnknownAndTheRestRealigns) {
  // The parse names a different organisation than the text (as in the
  // PETRARCH unit test ICC-01).
  EXPECT_EQ(Aligned("(ROOT (S (NP (DT The) (NNP International) (NNP Criminal) (NNP Police) (NNP Organization))"
                    " (VP (VBZ is) (ADJP (JJ angry)))))",
                    "The International Criminal Court is angry"),
            "The|International|Criminal|?|?|is|angry");
}

TEST(TokenAlignment, WordsAreNotFoundInsideOtherWords) {
  EXPECT_EQ(Aligned("(ROOT (NP (DT a) (NNP Gondor)))", "Xa Arnor Gondor"), "?|Gondor");
}

TEST(TokenAlignment, EmptyTextLeavesEverythingUnknown) {
  int n = -1;
  EXPECT_EQ(Aligned("(ROOT (NP (NNP Arnor)))", "", &n), "?");
  EXPECT_EQ(n, 0);
}

TEST(TokenAlignment, SetTokenOffsetsShiftsTheGivenRanges) {
  Result<ParseTree> t = ReadTreebankParse("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))");
  ASSERT_TRUE(t.ok());
  const ByteRange spans[] = {{10, 15}, {16, 20}};
  SetTokenOffsets(spans, /*shift=*/10, &*t);
  EXPECT_EQ(t->token(0).begin, 0);
  EXPECT_EQ(t->token(0).end, 5);
  EXPECT_EQ(t->token(1).begin, 6);
  EXPECT_EQ(t->token(1).end, 10);
}

}  // namespace
}  // namespace dyad
