#include "dyad/tree/parse_tree.h"

#include <string>

#include <gtest/gtest.h>

namespace dyad {
namespace {

// Every node's label, span, parent and head, and every token's word and norm,
// in one string, so that two trees can be compared whole.
std::string Describe(const ParseTree& t) {
  std::string out = t.ToString();
  for (int n = 0; n < t.node_count(); ++n) {
    const ParseNode& p = t.node(n);
    out += "\n" + std::string(t.label(n)) + "/" + std::string(t.category(n)) + " [" + std::to_string(p.token_begin) +
           "," + std::to_string(p.token_end) + ") parent " + std::to_string(p.parent) + " head " +
           std::to_string(t.head_child(n)) + "/" + std::to_string(t.head_token(n));
  }
  for (int k = 0; k < t.token_count(); ++k) out += "\n" + std::string(t.word(k)) + " " + std::string(t.norm(k));
  return out;
}

// (S (NP-SBJ (NNP Élysée) (POS 's)) (VP (VBD met) (PP (IN with) (NP (-LRB- -LRB-) (NNP Arnor)))) (. .))
// by Open and Close with labels as text.
void BuildByText(TreeBuilder* b, ParseTree* tree) {
  b->Reset(tree);
  b->Open("S");
  b->Open("NP-SBJ");
  b->AddToken("NNP", "Élysée");
  b->AddToken("POS", "'s");
  b->Close();
  b->Open("VP");
  b->AddToken("VBD", "met");
  b->Open("PP");
  b->AddToken("IN", "with");
  b->Open("NP");
  b->AddToken("-LRB-", "-LRB-");
  b->AddToken("NNP", "Arnor");
  b->Close();
  b->Close();
  b->Close();
  b->AddToken(".", ".");
  b->Close();
  b->Finish();
}

TEST(TreeBuilder, PreparedLabelsAndAddPhraseBuildTheSameTreeAsOpenAndClose) {
  TreeBuilder by_text;
  ParseTree expected;
  BuildByText(&by_text, &expected);

  TreeBuilder b;
  const TreeBuilder::Label s = b.Prepare("S"), np_sbj = b.Prepare("NP-SBJ"), np = b.Prepare("NP"),
                           vp = b.Prepare("VP"), pp = b.Prepare("PP"), nnp = b.Prepare("NNP"), pos = b.Prepare("POS"),
                           vbd = b.Prepare("VBD"), in = b.Prepare("IN"), lrb = b.Prepare("-LRB-"),
                           period = b.Prepare(".");
  ParseTree tree;
  for (int round = 0; round < 2; ++round) {  // the builder and the tree are reused
    b.Reset(&tree);
    b.AddToken(nnp, "Élysée");
    b.AddToken(pos, "'s");
    b.AddPhrase(np_sbj, 2);
    b.AddToken(vbd, "met");
    b.AddToken(in, "with");
    b.AddToken(lrb, "-LRB-");
    b.AddToken(nnp, "Arnor");
    b.AddPhrase(np, 2);
    b.AddPhrase(pp, 2);
    b.AddPhrase(vp, 2);
    b.AddToken(period, ".");
    b.AddPhrase(s, 3);
    b.Finish();
    EXPECT_EQ(Describe(tree), Describe(expected));
  }
  EXPECT_EQ(tree.label(tree.root()), "ROOT");
  EXPECT_EQ(tree.norm(0), "ELYSEE");
  EXPECT_EQ(tree.norm(4), "(");
  ASSERT_EQ(tree.children(tree.root()).size(), 1u);
  EXPECT_EQ(tree.label(tree.children(tree.root())[0]), "S");
  EXPECT_EQ(tree.category(tree.children(tree.children(tree.root())[0])[0]), "NP");
}

TEST(TreeBuilder, AddPhraseNestsInsideAnOpenNode) {
  TreeBuilder by_text;
  ParseTree expected;
  by_text.Reset(&expected);
  by_text.Open("S");
  by_text.Open("NP");
  by_text.AddToken("NNP", "Gondor");
  by_text.Close();
  by_text.Open("VP");
  by_text.AddToken("VBD", "won");
  by_text.Close();
  by_text.Close();
  by_text.Finish();

  TreeBuilder b;
  const TreeBuilder::Label np = b.Prepare("NP"), vp = b.Prepare("VP");
  ParseTree tree;
  b.Reset(&tree);
  b.Open("S");
  b.AddToken("NNP", "Gondor");
  b.AddPhrase(np, 1);
  b.AddToken("VBD", "won");
  b.AddPhrase(vp, 1);
  EXPECT_EQ(b.open_child_count(), 2);
  b.Close();
  b.Finish();
  EXPECT_EQ(Describe(tree), Describe(expected));
}

TEST(ParseTree, SubtreeFirstBoundsEachNodesDescendants) {
  TreeBuilder b;
  ParseTree tree;
  BuildByText(&b, &tree);
  for (int n = 0; n < tree.node_count(); ++n) {
    // Exactly the nodes [subtree_first(n), n] have n as themselves or as an ancestor.
    for (int x = 0; x < tree.node_count(); ++x) {
      bool descendant = false;
      for (int a = x; a >= 0; a = tree.node(a).parent) descendant |= a == n;
      EXPECT_EQ(descendant, tree.subtree_first(n) <= x && x <= n) << "node " << n << ", node " << x;
    }
  }
  EXPECT_EQ(tree.subtree_first(tree.root()), 0);
}

}  // namespace
}  // namespace dyad
