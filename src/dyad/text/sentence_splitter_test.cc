#include "dyad/text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

using V = std::vector<std::string>;

struct Split {
  std::string dateline;  // empty when none
  V sentences;
};

Split SplitText(const std::string& text, const SentenceSplitOptions& options = {}) {
  TokenizedText tokens;
  EXPECT_TRUE(Tokenize(text, &tokens).ok());
  const SentenceSplit split = SplitSentences(tokens, options);
  Split out;
  if (split.dateline) out.dateline = std::string(split.dateline->text);
  for (const TextSegment& s : split.sentences) out.sentences.emplace_back(s.text);
  return out;
}

V Sentences(const std::string& text, const SentenceSplitOptions& options = {}) {
  return SplitText(text, options).sentences;
}

size_t SplitWhitespaceCount(const std::string& s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

TEST(SentenceSplitterTest, AbbreviationsInitialsAndNumbersDoNotEndSentences) {
  EXPECT_EQ(Sentences("Kim J. Un met U.S. Senate leaders on Jan. 5 in Pyongyang. No. 2 on the list was "
                      "Gen. Park, aged 61.5 years."),
            (V{"Kim J. Un met U.S. Senate leaders on Jan. 5 in Pyongyang.",
               "No. 2 on the list was Gen. Park, aged 61.5 years."}));
  EXPECT_EQ(Sentences("Mr. Smith said Acme Inc. would pay $3.5 million. Shares fell."),
            (V{"Mr. Smith said Acme Inc. would pay $3.5 million.", "Shares fell."}));
}

TEST(SentenceSplitterTest, AbbreviationEndsSentenceBeforeACommonOpener) {
  EXPECT_EQ(Sentences("The firm is based in the U.S. The talks failed. Sanctions hit Acme Inc. But it grew."),
            (V{"The firm is based in the U.S.", "The talks failed.", "Sanctions hit Acme Inc.", "But it grew."}));
  // A title never ends a sentence, whatever follows.
  EXPECT_EQ(Sentences("They met Gen. The Lord of the Rings fan."), (V{"They met Gen. The Lord of the Rings fan."}));
}

TEST(SentenceSplitterTest, ClosingQuotesStayWithTheSentenceTheyClose) {
  EXPECT_EQ(Sentences("\"We will not retreat!\" the minister said. \"Never.\" Talks resumed (briefly.) Then "
                      "they ended."),
            (V{"\"We will not retreat!\" the minister said.", "\"Never.\"", "Talks resumed (briefly.)",
               "Then they ended."}));
  EXPECT_EQ(Sentences("He asked, “Why now?” Nobody answered?! Really..."),
            (V{"He asked, “Why now?”", "Nobody answered?!", "Really..."}));
  EXPECT_EQ(Sentences("He said he was moving to the U.S.\" Then he left."),
            (V{"He said he was moving to the U.S.\"", "Then he left."}));
}

TEST(SentenceSplitterTest, PunctuationFollowedByContinuationDoesNotSplit) {
  EXPECT_EQ(Sentences("\"Stop!\", he shouted... and ran."), (V{"\"Stop!\", he shouted... and ran."}));
}

TEST(SentenceSplitterTest, RecognisesDatelinesAtTheStartOfTheBody) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"MOSCOW: Russia said talks would resume.", "MOSCOW:"},
      {"ISLAMABAD—Pakistan's army said two soldiers died.", "ISLAMABAD—"},
      {"KYIV (Reuters) - Ukraine said on Monday it had struck a depot.", "KYIV (Reuters) -"},
      {"WASHINGTON, July 12 (AP) — The Senate voted 51-49 on Friday.", "WASHINGTON, July 12 (AP) —"},
      {"NEW YORK, Jan. 5 (Reuters) - Stocks fell.", "NEW YORK, Jan. 5 (Reuters) -"},
      {"UNITED NATIONS (AP) The council met.", "UNITED NATIONS (AP)"},
  };
  for (const auto& [text, dateline] : cases) {
    const Split s = SplitText(text);
    EXPECT_EQ(s.dateline, dateline) << text;
    ASSERT_EQ(s.sentences.size(), 1u) << text;
    EXPECT_EQ(text.substr(text.size() - s.sentences[0].size()), s.sentences[0]) << "sentence must end the text";
    EXPECT_EQ(text.find(s.sentences[0]), text.size() - s.sentences[0].size());
  }
}

TEST(SentenceSplitterTest, DatelineAfterHeadlineAndOutletLines) {
  const Split s = SplitText("Moscow and Beijing sign energy pact\nAFP Published 12 Jul, 2025 05:56pm\n\n"
                      "MOSCOW: Russian officials said the deal was signed. Details were not given.");
  EXPECT_EQ(s.dateline, "MOSCOW:");
  EXPECT_EQ(s.sentences, (V{"Moscow and Beijing sign energy pact", "AFP Published 12 Jul, 2025 05:56pm",
                            "Russian officials said the deal was signed.", "Details were not given."}));
}

TEST(SentenceSplitterTest, DatelineOnItsOwnLineIsFollowedByAHeadline) {
  const Split s = SplitText("BEIJING:\nTrade talks stall\nThe two sides met on Friday.");
  EXPECT_EQ(s.dateline, "BEIJING:");
  EXPECT_EQ(s.sentences, (V{"Trade talks stall", "The two sides met on Friday."}));
}

TEST(SentenceSplitterTest, OrdinarySentencesAreNotDatelines) {
  EXPECT_EQ(SplitText("NATO said on Monday it would meet.").dateline, "");
  EXPECT_EQ(SplitText("The U.S. said: talks failed.").dateline, "");
  EXPECT_EQ(SplitText("MOSCOW, the capital, was calm on Sunday and Monday and Tuesday - officials said.").dateline, "");
  EXPECT_EQ(SplitText("KYIV (the capital city of Ukraine) said.").dateline, "");
  SentenceSplitOptions late;
  late.dateline_search_lines = 1;
  EXPECT_EQ(SplitText("Headline\nKYIV (Reuters) - Body.", late).dateline, "");
  EXPECT_EQ(SplitText("Headline\nKYIV (Reuters) - Body.").dateline, "KYIV (Reuters) -");
}

TEST(SentenceSplitterTest, ParagraphBreaksAlwaysEndSentences) {
  EXPECT_EQ(Sentences("Talks continued with Mr.\n\nthe minister said\r\n  \r\nmore"),
            (V{"Talks continued with Mr.", "the minister said", "more"}));
  EXPECT_EQ(Sentences("one\u2029two"), (V{"one", "two"}));
}

TEST(SentenceSplitterTest, TextWithoutSentenceEndsIsCutAtTheTokenLimit) {
  SentenceSplitOptions options;
  options.max_sentence_tokens = 4;
  EXPECT_EQ(Sentences("one two three four five six seven eight nine. Ten eleven.", options),
            (V{"one two three four", "five six seven eight", "nine.", "Ten eleven."}));
  // The default leaves any real sentence whole, however long.
  std::string long_sentence = "Arnor said";
  for (int i = 0; i < 60; ++i) long_sentence += ", and Gondor agreed to the terms";
  long_sentence += ".";
  EXPECT_EQ(Sentences(long_sentence), (V{long_sentence}));
  std::string endless;
  for (int i = 0; i < 2000; ++i) endless += "word ";
  for (const std::string& s : Sentences(endless)) {
    EXPECT_LE(SplitWhitespaceCount(s), SentenceSplitOptions{}.max_sentence_tokens);
  }
  EXPECT_EQ(Sentences(endless).size(), 4u);  // 2000 words: 512 + 512 + 512 + 464
}

TEST(SentenceSplitterTest, UnpunctuatedLinesAreSentencesButLinesEndingMidSentenceAreNot) {
  EXPECT_EQ(Sentences("Rebels seize border town\nThe rebels said they held the crossing.\nTroops withdrew "
                      "from the area after\nfighting overnight."),
            (V{"Rebels seize border town", "The rebels said they held the crossing.",
               "Troops withdrew from the area after\nfighting overnight."}));
  EXPECT_EQ(Sentences("Rebels seize town, \nThe rebels said."), (V{"Rebels seize town, \nThe rebels said."}));
  EXPECT_EQ(Sentences("Guards patrol the border on May 3, 2024. Photo: Agency\nThe guards were later withdrawn."),
            (V{"Guards patrol the border on May 3, 2024.", "Photo: Agency", "The guards were later withdrawn."}));
  SentenceSplitOptions wrapped;
  wrapped.headline_lines = false;
  EXPECT_EQ(Sentences("Rebels seize border town\nThe rebels said.", wrapped),
            (V{"Rebels seize border town\nThe rebels said."}));
}

TEST(SentenceSplitterTest, SentencesPartitionTheTokensWithByteRanges) {
  const std::string text = "KYIV (Reuters) - A drone hit a depot. “It burned,” an official said.\n\nNo. 3 fell";
  TokenizedText tokens;
  ASSERT_TRUE(Tokenize(text, &tokens).ok());
  const SentenceSplit split = SplitSentences(tokens);
  ASSERT_TRUE(split.dateline.has_value());
  EXPECT_EQ(split.dateline->first_token, 0u);
  EXPECT_EQ(split.dateline->end_token, 5u);  // KYIV ( Reuters ) -
  EXPECT_EQ(split.dateline->begin, 0u);
  EXPECT_EQ(split.dateline->end, 16u);
  uint32_t next = split.dateline->end_token;
  for (const TextSegment& s : split.sentences) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_LT(s.first_token, s.end_token);
    EXPECT_EQ(s.begin, tokens[s.first_token].begin);
    EXPECT_EQ(s.end, tokens[s.end_token - 1].end);
    EXPECT_EQ(s.text, text.substr(s.begin, s.end - s.begin));
    next = s.end_token;
  }
  EXPECT_EQ(next, tokens.size());
  EXPECT_EQ(split.sentences.size(), 3u);
}

TEST(SentenceSplitterTest, EmptyTextHasNoSentences) {
  const Split s = SplitText(" \n\n ");
  EXPECT_TRUE(s.sentences.empty());
  EXPECT_EQ(s.dateline, "");
}

TEST(SentenceSplitterTest, InvalidUtf8StaysInsideSentences) {
  EXPECT_EQ(Sentences("Caf\xE9 owners protested. Police \xFF\xFE left."),
            (V{"Caf\xE9 owners protested.", "Police \xFF\xFE left."}));
}

// ---------------------------------------------------------------------------

uint64_t SplitWork(const std::string& text) {
  TokenizedText tokens;
  EXPECT_TRUE(Tokenize(text, &tokens).ok());
  return SplitSentences(tokens).work;
}

std::string Repeat(std::string_view unit, size_t times) {
  std::string s;
  for (size_t i = 0; i < times; ++i) s += unit;
  return s;
}

TEST(SentenceSplitterWorkTest, WorkIsLinearInInputForPathologicalShapes) {
  const std::vector<std::pair<std::string, std::string>> shapes = {
      {"one endless sentence", "word "},
      {"only periods", ". "},
      {"only numbers", "12.5 "},
      {"line per word", "Word\n"},
      {"blank lines", "\n\n\n\n"},
      {"abbreviations", "U.S. Mr. J. "},
      {"capital words", "MOSCOW KYIV, "},
      {"capital lines", "MOSCOW, July\n"},
      {"quote storms", "!\"'” "},
      {"mixed scripts", "Москва 北京. "},
      {"invalid utf-8", "\xFF. \xC3 "},
  };
  for (const auto& [name, unit] : shapes) {
    const std::string small = Repeat(unit, 5000);
    const uint64_t w1 = SplitWork(small), w2 = SplitWork(small + small);
    EXPECT_GE(w2, 19 * w1 / 10) << name;
    EXPECT_LE(w2, 21 * w1 / 10) << name;
    EXPECT_LE(w2, 4 * (small.size() * 2)) << name << ": more than four steps per byte";
  }
}

}  // namespace
}  // namespace dyad
