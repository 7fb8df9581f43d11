#include "dyad/tree/treebank_reader.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace dyad {
namespace {

ParseTree MustRead(std::string_view text) {
  Result<ParseTree> tree = ReadTreebankParse(text);
  EXPECT_TRUE(tree.ok()) << tree.status().ToString();
  return tree.ok() ? std::move(tree).value() : ParseTree();
}

// The child of `node` with category `category` (first one), or -1.
int Child(const ParseTree& t, int node, std::string_view category) {
  for (int c : t.children(node)) {
    if (t.category(c) == category) return c;
  }
  return -1;
}

TEST(TreebankReader, ReadsTokensLabelsAndSpans) {
  ParseTree t = MustRead("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))");
  ASSERT_EQ(t.token_count(), 4);
  EXPECT_EQ(t.word(0), "Arnor");
  EXPECT_EQ(t.norm(1), "ATTACKED");
  EXPECT_EQ(t.tag(1), "VBD");
  EXPECT_EQ(t.tag(3), ".");
  EXPECT_EQ(t.label(t.root()), "ROOT");
  EXPECT_EQ(t.node(t.root()).parent, -1);
  ASSERT_EQ(t.children(t.root()).size(), 1u);
  int s = t.children(t.root())[0];
  EXPECT_EQ(t.label(s), "S");
  EXPECT_EQ(t.node(s).parent, t.root());
  ASSERT_EQ(t.children(s).size(), 3u);
  int vp = Child(t, s, "VP");
  ASSERT_GE(vp, 0);
  EXPECT_EQ(t.node(vp).token_begin, 1);
  EXPECT_EQ(t.node(vp).token_end, 3);
  // Offsets are unknown until aligned.
  EXPECT_EQ(t.token(0).begin, -1);
  EXPECT_EQ(t.ToString(), "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))");
}

TEST(TreebankReader, TokensPointBackToTheirPreterminals) {
  ParseTree t = MustRead("(ROOT (S (NP (DT the) (NN army)) (VP (VBD left))))");
  for (int i = 0; i < t.token_count(); ++i) {
    const ParseNode& p = t.node(t.token(i).node);
    EXPECT_TRUE(p.is_preterminal());
    EXPECT_EQ(p.token, i);
    EXPECT_EQ(p.token_begin, i);
    EXPECT_EQ(p.token_end, i + 1);
    EXPECT_TRUE(t.children(t.token(i).node).empty());
  }
}

TEST(TreebankReader, LayoutIsInsignificant) {
  ParseTree a = MustRead("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))");
  ParseTree b = MustRead("\n  (ROOT\n\t(S  (NP\r\n (NNP   Arnor)\n )\n(VP(VBD left)) ) )\n");
  EXPECT_EQ(a.ToString(), b.ToString());
}

TEST(TreebankReader, MissingRootGetsOne) {
  ParseTree t = MustRead("(S (NP (NNP Arnor)) (VP (VBD left)))");
  EXPECT_EQ(t.label(t.root()), "ROOT");
  EXPECT_EQ(t.label(t.children(t.root())[0]), "S");
  EXPECT_EQ(t.head_token(t.root()), 1);
}

TEST(TreebankReader, BracketOnlyRootBecomesRoot) {
  ParseTree t = MustRead("( (S (NP (NNP Arnor)) (VP (VBD left))))");
  EXPECT_EQ(t.ToString(), "(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))");
}

TEST(TreebankReader, LoneTaggedWordIsASentence) {
  ParseTree t = MustRead("(NNP Arnor)");
  EXPECT_EQ(t.ToString(), "(ROOT (NNP Arnor))");
  EXPECT_EQ(t.head_token(t.root()), 0);
}

TEST(TreebankReader, EscapesAreWordsWithPlainNorms) {
  ParseTree t = MustRead(
      "(ROOT (S (-LRB- -LRB-) (`` ``) (NP (NNP Arnor)) ('' '') (-RRB- -RRB-) (NP (CD 1\\/2))))");
  EXPECT_EQ(t.word(0), "-LRB-");
  EXPECT_EQ(t.norm(0), "(");
  EXPECT_EQ(t.tag(0), "-LRB-");
  EXPECT_EQ(t.category(t.token(0).node), "-LRB-");
  EXPECT_EQ(t.norm(1), "\"");
  EXPECT_EQ(t.norm(3), "\"");
  EXPECT_EQ(t.norm(4), ")");
  EXPECT_EQ(t.word(5), "1\\/2");
}

TEST(TreebankReader, FunctionTagsAreCutFromTheCategory) {
  ParseTree t = MustRead("(ROOT (S (NP-SBJ-1 (NNP Arnor)) (VP (VBD left) (NP-TMP (NN today)))))");
  int s = t.children(t.root())[0];
  int subject = t.children(s)[0];
  EXPECT_EQ(t.label(subject), "NP-SBJ-1");
  EXPECT_EQ(t.category(subject), "NP");
  EXPECT_EQ(t.category(t.token(0).node), "NNP");
}

TEST(TreebankReader, ExtraClosingParenthesesAreTolerated) {
  ParseTree t = MustRead("(ROOT (S (NP (NNP Arnor)) (VP (VBD left)))) ) )\n");
  EXPECT_EQ(t.token_count(), 2);
}

TEST(TreebankReader, WordsKeepUtf8AndOddCharacters) {
  ParseTree t = MustRead("(ROOT (NP (NNP Bogot\xC3\xA1) (NN P225-million) (SYM $)))");
  EXPECT_EQ(t.word(0), "Bogot\xC3\xA1");
  EXPECT_EQ(t.norm(0), "BOGOTA");  // folded, as dictionaries are matched
  EXPECT_EQ(t.norm(1), "P225-MILLION");
}

TEST(TreebankReader, ReaderIsReusable) {
  TreebankReader reader;
  ParseTree t;
  ASSERT_TRUE(reader.Read("(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))", &t).ok());
  EXPECT_FALSE(reader.Read("(ROOT (S", &t).ok());
  EXPECT_EQ(t.node_count(), 0);
  ASSERT_TRUE(reader.Read("(ROOT (NP (NNP Gondor)))", &t).ok());
  EXPECT_EQ(t.ToString(), "(ROOT (NP (NNP Gondor)))");
  EXPECT_EQ(t.token_count(), 1);
}

// A reused reader remembers the labels it has met (see TreeBuilder); trees
// read after one another, and copies kept of them, must not depend on that.
TEST(TreebankReader, ReusedReaderGivesTheTreesAFreshReaderGives) {
  const char* parses[] = {
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD left))))",
      "(ROOT (S (NP-SBJ (DT the) (NN king)) (VP (VBD met) (NP (NNP Gondor) (POS 's) (NNS envoys))) (. .)))",
      "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (PP (IN for) (NP (NNP Rohan))))))",
      "(ROOT (FRAG (NP (NNP Arnor)) (: --) (NP (NN talks))))",
      "(ROOT (S (NP (PRP$ Its) (NN king)) (VP (VBD left))))",
  };
  TreebankReader reader;
  std::vector<ParseTree> kept;
  for (int round = 0; round < 2; ++round) {
    for (const char* parse : parses) {
      ParseTree t;
      ASSERT_TRUE(reader.Read(parse, &t).ok());
      ParseTree fresh = MustRead(parse);
      ASSERT_EQ(t.node_count(), fresh.node_count());
      EXPECT_EQ(t.ToString(), fresh.ToString());
      for (int n = 0; n < t.node_count(); ++n) {
        EXPECT_EQ(t.label(n), fresh.label(n)) << parse;
        EXPECT_EQ(t.category(n), fresh.category(n)) << parse;
        EXPECT_EQ(t.head_token(n), fresh.head_token(n)) << parse;
      }
      kept.push_back(t);
    }
  }
  for (size_t i = 0; i < kept.size(); ++i) EXPECT_EQ(kept[i].ToString(), MustRead(parses[i % 5]).ToString());
}

struct BrokenCase {
  const char* parse;
  const char* reason;  // expected in the message
};

class BrokenParse : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenParse, IsABadInputParseError) {
  Result<ParseTree> t = ReadTreebankParse(GetParam().parse);
  ASSERT_FALSE(t.ok()) << GetParam().parse;
  EXPECT_EQ(t.status().code(), Status::Code::kCorrupt);
  std::string m = t.status().message();
  EXPECT_EQ(m.rfind("bad_input_parse: ", 0), 0u) << m;
  EXPECT_NE(m.find(GetParam().reason), std::string::npos) << m;
}

INSTANTIATE_TEST_SUITE_P(
    AllKinds, BrokenParse,
    ::testing::Values(BrokenCase{"", "empty parse"}, BrokenCase{"  \n\t ", "empty parse"},
                      BrokenCase{"(ROOT (S (NP (NNP Arnor)) (VP (VBD left))", "2 left open"},
                      BrokenCase{"(ROOT (S (NP (NNP Arnor", "left open"},
                      BrokenCase{"(ROOT (S (NP (NNP", "left open"},
                      BrokenCase{"(", "left open"},
                      BrokenCase{"(ROOT (S (NP Arnor (NNP Gondor))))", "more than one word"},
                      BrokenCase{"(ROOT (S (NP (NNP Arnor)) attacked))", "has no tag"},
                      BrokenCase{"(ROOT (S ( Arnor)))", "no children"},
                      BrokenCase{"(ROOT (NNP Arnor Gondor))", "more than one word"},
                      BrokenCase{"(ROOT (S (NP) (VP (VBD left))))", "no children"},
                      BrokenCase{"(ROOT)", "no children"}, BrokenCase{"()", "no children"},
                      BrokenCase{"(ROOT (S ( (NNP Arnor))))", "without a label"},
                      BrokenCase{"junk (ROOT (NP (NNP Arnor)))", "text before the tree"},
                      BrokenCase{")(ROOT (NP (NNP Arnor)))", "text before the tree"},
                      BrokenCase{"(ROOT (NP (NNP Arnor))) junk", "text after the end"},
                      BrokenCase{"(ROOT (NP (NNP Arnor))) (ROOT (NP (NNP Gondor)))", "second tree"},
                      BrokenCase{"<Parse>garbage</Parse>", "text before the tree"}));

TEST(TreebankReader, DeepNestingDoesNotOverflowTheStack) {
  constexpr int kDepth = 100000;
  std::string deep;
  for (int i = 0; i < kDepth; ++i) deep += "(NP ";
  deep += "(NNP Arnor)";
  for (int i = 0; i < kDepth; ++i) deep += ")";
  ParseTree t = MustRead(deep);
  EXPECT_EQ(t.token_count(), 1);
  EXPECT_EQ(t.node_count(), kDepth + 2);  // NPs, the preterminal, ROOT
  EXPECT_EQ(t.head_token(t.root()), 0);
  EXPECT_EQ(t.ToString().size(), deep.size() + 7);  // "(ROOT " and ")"

  std::string unclosed(kDepth, '(');
  Result<ParseTree> bad = ReadTreebankParse(unclosed);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("without a label"), std::string::npos) << bad.status().message();
  Result<ParseTree> bad2 = ReadTreebankParse(std::string(kDepth, ')'));
  EXPECT_FALSE(bad2.ok());
}

}  // namespace
}  // namespace dyad
