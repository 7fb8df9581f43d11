#include "dyad/dict/vocabulary.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

TEST(VocabularyTest, InternsEachWordOnceWithDenseIds) {
  Vocabulary v;
  EXPECT_EQ(v.Intern("KIM"), 0u);
  EXPECT_EQ(v.Intern("JONG"), 1u);
  EXPECT_EQ(v.Intern("KIM"), 0u);
  EXPECT_EQ(v.Intern("UN"), 2u);
  EXPECT_EQ(v.size(), 3u);
  EXPECT_EQ(v.Find("JONG"), 1u);
  EXPECT_EQ(v.Spelling(2), "UN");
}

TEST(VocabularyTest, FindNeverAdds) {
  Vocabulary v;
  v.Intern("A");
  EXPECT_EQ(v.Find("B"), kNoToken);
  EXPECT_EQ(v.size(), 1u);
}

TEST(VocabularyTest, StoresWordsExactlyAsGiven) {
  Vocabulary v;
  TokenId upper = v.Intern("ABC");
  EXPECT_NE(v.Intern("abc"), upper);  // normalising is the caller's job
  std::string odd("\xFF\x00Z", 3);   // invalid UTF-8 and a NUL survive
  TokenId id = v.Intern(odd);
  EXPECT_EQ(v.Spelling(id), odd);
  EXPECT_EQ(v.Find(odd), id);
  TokenId empty = v.Intern("");
  EXPECT_EQ(v.Find(""), empty);
}

TEST(VocabularyTest, WordsWithAccentsAreStoredInTheFoldedFormTextIsMatchedIn) {
  Vocabulary v;
  TokenId plain = v.Intern("TURKIYE");
  EXPECT_EQ(v.Intern("TÜRKIYE"), plain);
  EXPECT_EQ(v.Intern("Türkiye"), plain);
  EXPECT_EQ(v.Spelling(v.Intern("ÉLYSÉE")), "ELYSEE");
  // Other scripts have no ASCII spelling and are kept as they are.
  TokenId cyrillic = v.Intern("МОСКВА");
  EXPECT_EQ(v.Spelling(cyrillic), "МОСКВА");
  EXPECT_EQ(v.size(), 3u);
}

TEST(VocabularyTest, KeepsItsOwnCopyOfEachWord) {
  Vocabulary v;
  TokenId id;
  {
    std::string temporary = "TRANSIENT";
    id = v.Intern(temporary);
    temporary.assign("OVERWRITE");
  }
  EXPECT_EQ(v.Spelling(id), "TRANSIENT");
  EXPECT_EQ(v.Find("TRANSIENT"), id);
  EXPECT_EQ(v.Find("OVERWRITE"), kNoToken);
}

TEST(VocabularyTest, SpellingsStayValidWhileTheVocabularyGrows) {
  Vocabulary v;
  std::string_view first = v.Spelling(v.Intern("FIRST"));
  const char* address = first.data();
  for (int i = 0; i < 200000; ++i) v.Intern("W" + std::to_string(i));
  EXPECT_EQ(v.Spelling(0).data(), address);
  EXPECT_EQ(first, "FIRST");
  EXPECT_EQ(v.Spelling(v.Find("W199999")), "W199999");
  EXPECT_EQ(v.size(), 200001u);
}

}  // namespace
}  // namespace dyad
