#include "dyad/dict/discard_dict.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

class DiscardDictTest : public ::testing::Test {
 protected:
  void Load(std::string text) {
    dict_.Read(std::move(text), "d.txt", files_.Add("dir/d.txt"), &vocab_, &diags_);
    dict_.Freeze();
  }
  // Sentence words as the tokenizer would give them: upper-cased, unknown
  // words as kNoToken.
  std::vector<TokenId> Tokens(std::string_view sentence) const {
    std::vector<TokenId> ids;
    for (std::string_view w : SplitWhitespace(sentence)) ids.push_back(vocab_.Find(ToUpperAscii(w)));
    return ids;
  }
  DiscardMatch Match(std::string_view sentence) const { return dict_.Match(Tokens(sentence)); }
  // Line of the entry a match came from; 0 for no match.
  uint32_t MatchLine(std::string_view sentence) const {
    DiscardMatch m = Match(sentence);
    return m.level == DiscardLevel::kNone ? 0 : dict_.entry(m.entry).provenance.line;
  }
  bool HasDiagnostic(int line, Severity severity, std::string_view words) const {
    for (const Diagnostic& d : diags_.all()) {
      if (d.line == line && d.severity == severity && d.message.find(words) != std::string::npos) return true;
    }
    return false;
  }

  Vocabulary vocab_;
  SourceFiles files_;
  Diagnostics diags_;
  DiscardDict dict_;
};

TEST_F(DiscardDictTest, ReadsStoryAndSentencePhrasesWithComments) {
  Load(
      "# header comment\n"
      "WORLD WAR II\n"
      "+World Cup   # the whole story goes\n"
      "+ TOUR DE FRANCE\n"
      "1914\n"
      "\n"
      "   \n"
      "#NAZI   # commented out entry\n"
      "BIRD FLU\t\n");
  EXPECT_TRUE(diags_.empty());
  EXPECT_EQ(dict_.stats().story_phrases, 2u);
  EXPECT_EQ(dict_.stats().sentence_phrases, 3u);
  EXPECT_EQ(vocab_.Find("NAZI"), kNoToken);

  DiscardMatch m = Match("Veterans recalled World War II on Sunday");
  EXPECT_EQ(m.level, DiscardLevel::kSentence);
  EXPECT_EQ(m.start, 2u);
  EXPECT_EQ(m.length, 3u);
  EXPECT_EQ(files_.Format(dict_.entry(m.entry).provenance), "d.txt:2");

  EXPECT_EQ(Match("France won the world cup").level, DiscardLevel::kStory);
  EXPECT_EQ(MatchLine("the tour de france starts"), 4u);
  EXPECT_EQ(MatchLine("in 1914 the war began"), 5u);
  EXPECT_EQ(MatchLine("bird flu spreads"), 9u);
  EXPECT_EQ(Match("world war I").level, DiscardLevel::kNone);
  EXPECT_EQ(Match("").level, DiscardLevel::kNone);
}

TEST_F(DiscardDictTest, UnderscoreJoinsWordsAndFinalUnderscoreIsDropped) {
  Load("GROUP A_\nSEMI_FINAL MATCH\n");
  EXPECT_TRUE(diags_.empty());
  EXPECT_EQ(MatchLine("they lead group A now"), 1u);
  EXPECT_EQ(MatchLine("semi final match today"), 2u);
  EXPECT_EQ(vocab_.Find("A_"), kNoToken);
}

TEST_F(DiscardDictTest, StoryDiscardOutranksSentenceDiscardAnywhere) {
  Load(
      "ASIAN GAMES OPENING CEREMONY\n"
      "+GAMES\n"
      "ASIAN\n");
  // The sentence phrase starts earlier and is longer, but a story phrase
  // inside it still decides.
  DiscardMatch m = Match("the asian games opening ceremony");
  EXPECT_EQ(m.level, DiscardLevel::kStory);
  EXPECT_EQ(m.start, 2u);
  EXPECT_EQ(m.length, 1u);
}

TEST_F(DiscardDictTest, AmongSentenceDiscardsTheLeftmostThenLongestWins) {
  Load(
      "CUP\n"
      "DAVIS\n"
      "DAVIS CUP FINAL\n");
  DiscardMatch m = Match("davis cup final news cup");
  EXPECT_EQ(m.start, 0u);
  EXPECT_EQ(m.length, 3u);
  EXPECT_EQ(MatchLine("davis cup final news cup"), 3u);
  EXPECT_EQ(MatchLine("cup davis"), 1u);
}

TEST_F(DiscardDictTest, BracketedCodeIsIgnoredWithWarningAndUnbalancedBracketSkipsLine) {
  Load(
      "OLYMPICS [XXX]\n"
      "BROKEN [CODE\n"
      "ALSO ] BROKEN\n"
      "TWO [A] X [B]\n"
      "HEAD [A] TAIL\n"
      "KEPT\n");
  EXPECT_TRUE(HasDiagnostic(1, Severity::kWarning, "[XXX]"));
  EXPECT_TRUE(HasDiagnostic(2, Severity::kError, "never closed"));
  EXPECT_TRUE(HasDiagnostic(3, Severity::kError, "without a matching"));
  EXPECT_TRUE(HasDiagnostic(4, Severity::kError, "between"));
  EXPECT_TRUE(HasDiagnostic(5, Severity::kError, "'TAIL'"));
  EXPECT_EQ(diags_.error_count(), 4u);
  EXPECT_EQ(dict_.stats().sentence_phrases, 2u);
  EXPECT_EQ(MatchLine("the olympics"), 1u);
  EXPECT_EQ(MatchLine("kept"), 6u);
  EXPECT_EQ(vocab_.Find("[XXX]"), kNoToken);
}

TEST_F(DiscardDictTest, EmptyPhrasesAreReported) {
  Load("+\n+   # nothing\n_\nREAL\n");
  EXPECT_TRUE(HasDiagnostic(1, Severity::kError, "empty"));
  EXPECT_TRUE(HasDiagnostic(2, Severity::kError, "empty"));
  EXPECT_TRUE(HasDiagnostic(3, Severity::kError, "empty"));
  EXPECT_EQ(dict_.size(), 1u);
}

TEST_F(DiscardDictTest, SurvivesCrlfTruncationNulAndInvalidUtf8) {
  static const char kText[] = "SOCCER\r\n+RUGBY\r\nBAD\0BYTES\nCAF\xC3\xA9 \xFF\xFE\nHOCKEY";
  std::string text(kText, sizeof kText - 1);  // embedded NUL, no final newline
  Load(text);
  EXPECT_TRUE(HasDiagnostic(3, Severity::kError, "NUL"));
  EXPECT_TRUE(HasDiagnostic(4, Severity::kWarning, "UTF-8"));
  EXPECT_EQ(diags_.error_count(), 1u);
  EXPECT_EQ(MatchLine("soccer"), 1u);  // no CR left on the word
  EXPECT_EQ(Match("rugby").level, DiscardLevel::kStory);
  EXPECT_EQ(MatchLine("hockey"), 5u);
  // Accented letters are folded as text is; invalid bytes are kept as written.
  std::vector<TokenId> cafe = {vocab_.Find("CAFE"), vocab_.Find("\xFF\xFE")};
  EXPECT_EQ(dict_.Match(cafe).level, DiscardLevel::kSentence);
}

TEST_F(DiscardDictTest, BinaryGarbageIsReportedNotCrashedOn) {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage.push_back(static_cast<char>((i * 7919) % 256));
  Load(garbage + "\nSAFE\n");
  EXPECT_GT(diags_.error_count(), 0u);
  EXPECT_EQ(Match("safe").level, DiscardLevel::kSentence);
}

TEST_F(DiscardDictTest, HugeLineIsReportedAndSkipped) {
  std::string text = "FIRST\n";
  text.append(100 << 20, 'X');
  text += "\nLAST\n";
  Load(std::move(text));
  EXPECT_TRUE(HasDiagnostic(2, Severity::kError, "exceeds"));
  EXPECT_EQ(dict_.size(), 2u);
  EXPECT_EQ(MatchLine("last"), 3u);
}

TEST_F(DiscardDictTest, LintReportsDuplicatesAndStorySentenceConflicts) {
  Load(
      "+Manchester United\n"
      "BASEBALL\n"
      "MANCHESTER UNITED\n"
      "baseball\n"
      "UNIQUE\n");
  Diagnostics lint;
  dict_.Lint(files_, &lint);
  ASSERT_EQ(lint.all().size(), 2u);
  EXPECT_EQ(lint.all()[0].file, "dir/d.txt");
  EXPECT_EQ(lint.all()[0].line, 3);
  EXPECT_NE(lint.all()[0].message.find("story discard at d.txt:1"), std::string::npos);
  EXPECT_EQ(lint.all()[1].line, 4);
  EXPECT_NE(lint.all()[1].message.find("duplicate"), std::string::npos);
  EXPECT_EQ(lint.error_count(), 0u);
  // The story discard wins whichever line came first.
  EXPECT_EQ(Match("manchester united won").level, DiscardLevel::kStory);
}

TEST_F(DiscardDictTest, SeveralFilesKeepTheirOwnProvenance) {
  dict_.Read("ALPHA\n", "a.txt", files_.Add("a.txt"), &vocab_, &diags_);
  dict_.Read("\n+BETA\n", "b.txt", files_.Add("b.txt"), &vocab_, &diags_);
  dict_.Freeze();
  EXPECT_EQ(files_.Format(dict_.entry(Match("beta").entry).provenance), "b.txt:2");
  EXPECT_EQ(files_.Format(dict_.entry(Match("alpha").entry).provenance), "a.txt:1");
}

// Counts the discard file's phrases the simplest way: cut comments, trim,
// look at the first character.
DiscardDict::Stats CountByHand(const std::string& text) {
  DiscardDict::Stats s;
  for (std::string_view line : Split(text, '\n')) {
    line = Trim(line.substr(0, line.find('#')));
    if (line.empty()) continue;
    ++(line[0] == '+' ? s.story_phrases : s.sentence_phrases);
  }
  return s;
}

TEST_F(DiscardDictTest, ReadsPhoenixDiscards) {
  SHARED_OR_SKIP(path, "peers/petrarch2/Phoenix.discards.txt");
  Result<std::string> text = ReadFile(path);
  ASSERT_TRUE(text.ok());
  DiscardDict::Stats expected = CountByHand(*text);
  dict_.Read(*text, path, files_.Add(path), &vocab_, &diags_);
  dict_.Freeze();
  EXPECT_TRUE(diags_.empty()) << diags_.all().front().ToString();
  EXPECT_EQ(dict_.stats().story_phrases, expected.story_phrases);
  EXPECT_EQ(dict_.stats().sentence_phrases, expected.sentence_phrases);
  EXPECT_GT(expected.story_phrases, 50u);

  EXPECT_EQ(Match("the 1967 war").level, DiscardLevel::kSentence);
  EXPECT_EQ(Match("he won the world cup final").level, DiscardLevel::kStory);
  EXPECT_EQ(Match("in group B , Spain").level, DiscardLevel::kSentence);  // "GROUP B_"
  EXPECT_EQ(Match("Euro qualifier").level, DiscardLevel::kStory);        // "+EURO  QUALIFIER"
  EXPECT_EQ(Match("dengue fever spread").level, DiscardLevel::kSentence);  // tab-terminated line
  EXPECT_EQ(Match("the foreign minister met his counterpart").level, DiscardLevel::kNone);

  // "+Manchester United" and "MANCHESTER UNITED" are both in the file.
  Diagnostics lint;
  dict_.Lint(files_, &lint);
  bool manchester = false;
  for (const Diagnostic& d : lint.all()) {
    manchester |= d.message.find("sentence discard here but a story discard") != std::string::npos;
  }
  EXPECT_TRUE(manchester);
  EXPECT_EQ(Match("Manchester United").level, DiscardLevel::kStory);
}

TEST_F(DiscardDictTest, ReadsValidationDiscards) {
  SHARED_OR_SKIP(path, "peers/petrarch2/PETR.Validate.discards.txt");
  Result<std::string> text = ReadFile(path);
  ASSERT_TRUE(text.ok());
  DiscardDict::Stats expected = CountByHand(*text);
  dict_.Read(*text, path, files_.Add(path), &vocab_, &diags_);
  dict_.Freeze();
  EXPECT_TRUE(diags_.empty());
  EXPECT_EQ(dict_.stats().story_phrases, expected.story_phrases);
  EXPECT_EQ(dict_.stats().sentence_phrases, expected.sentence_phrases);
  EXPECT_EQ(Match("a typhoon hit").level, DiscardLevel::kStory);
  EXPECT_EQ(Match("years later").level, DiscardLevel::kSentence);
  EXPECT_EQ(Match("shown on ESPN2").level, DiscardLevel::kStory);
}

}  // namespace
}  // namespace dyad
