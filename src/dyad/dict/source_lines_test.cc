#include "dyad/dict/source_lines.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

struct Split {
  std::string text;
  Diagnostics diagnostics;
  std::vector<SourceLine> lines;

  explicit Split(std::string t, const SourceLineOptions& options = {}) : text(std::move(t)) {
    lines = SplitSourceLines(&text, "f.txt", &diagnostics, options);
  }
  // "NUMBER:TEXT" per line, the easiest form to compare.
  std::vector<std::string> Numbered() const {
    std::vector<std::string> out;
    for (const SourceLine& l : lines) out.push_back(std::to_string(l.number) + ":" + std::string(l.text));
    return out;
  }
  bool Has(int line, Severity severity, std::string_view words) const {
    for (const Diagnostic& d : diagnostics.all()) {
      if (d.line == line && d.severity == severity && d.message.find(words) != std::string::npos) return true;
    }
    return false;
  }
};

using Lines = std::vector<std::string>;

TEST(SourceLinesTest, TrimsDropsEmptyAndCommentLinesAndKeepsNumbers) {
  Split s("# header\n\nALPHA  \n   \n\tBETA # note\n  GAMMA\nlast");
  EXPECT_EQ(s.Numbered(), (Lines{"3:ALPHA", "5:BETA", "6:GAMMA", "7:last"}));
  EXPECT_FALSE(s.lines[0].indented);
  EXPECT_TRUE(s.lines[1].indented);  // tab
  EXPECT_TRUE(s.lines[2].indented);  // spaces
  EXPECT_TRUE(s.diagnostics.empty());
}

TEST(SourceLinesTest, FinalNewlineAddsNoLineAndEmptyTextHasNone) {
  EXPECT_EQ(Split("A\n").Numbered(), Lines{"1:A"});
  EXPECT_TRUE(Split("").lines.empty());
  EXPECT_TRUE(Split("\n\n\n").lines.empty());
}

TEST(SourceLinesTest, CommentCharactersAreConfigurable) {
  SourceLineOptions options;
  options.comment_chars = "#;";
  Split s("A ; tabari comment\nB # petrarch comment\n;whole\nC", options);
  EXPECT_EQ(s.Numbered(), (Lines{"1:A", "2:B", "4:C"}));
}

TEST(SourceLinesTest, CrlfLineEndsLeaveNoCarriageReturn) {
  Split s("ONE\r\nTWO # c\r\n\r\nTHREE\r\n");
  EXPECT_EQ(s.Numbered(), (Lines{"1:ONE", "2:TWO", "4:THREE"}));
}

TEST(SourceLinesTest, BlockCommentsMaySpanLinesAndKeepNumbering) {
  Split s(
      "A <!-- inline --> B\n"
      "<!-- starts here\n"
      "HIDDEN\n"
      "ends here --> AFTER\n"
      "C<!--x--><!--y-->D\n"
      "E");
  // Comments become spaces in place, so the text between keeps its offsets.
  std::string first = "1:A " + std::string(15, ' ') + " B";
  std::string fifth = "5:C" + std::string(16, ' ') + "D";
  EXPECT_EQ(s.Numbered(), (Lines{first, "4:AFTER", fifth, "6:E"}));
  EXPECT_TRUE(s.diagnostics.empty());
}

TEST(SourceLinesTest, BlockCommentEndsAtTheFirstClose) {
  Split s("<!-- a <!-- b --> KEPT --> ALSO\n");
  EXPECT_EQ(s.Numbered(), Lines{"1:KEPT --> ALSO"});
}

TEST(SourceLinesTest, UnterminatedBlockCommentIsReportedWhereItOpens) {
  Split s("BEFORE\nX <!-- never closed\nHIDDEN\nHIDDEN TOO\n");
  EXPECT_EQ(s.Numbered(), (Lines{"1:BEFORE", "2:X"}));
  EXPECT_TRUE(s.Has(2, Severity::kError, "never closed"));
  EXPECT_EQ(s.diagnostics.all().size(), 1u);
}

TEST(SourceLinesTest, LinesWithNulAreSkippedAndReported) {
  Split s(std::string("GOOD\nBAD\0LINE\nALSO GOOD\n", 24));
  EXPECT_EQ(s.Numbered(), (Lines{"1:GOOD", "3:ALSO GOOD"}));
  EXPECT_TRUE(s.Has(2, Severity::kError, "NUL"));
}

TEST(SourceLinesTest, InvalidUtf8IsAWarningAndTheLineIsKept) {
  Split s("CAF\xC3\xA9\nBAD \xC3\x28\nOVERLONG \xC0\xAF\nSURROGATE \xED\xA0\x80\n");
  EXPECT_EQ(s.lines.size(), 4u);
  EXPECT_FALSE(s.Has(1, Severity::kWarning, "UTF-8"));
  EXPECT_TRUE(s.Has(2, Severity::kWarning, "UTF-8"));
  EXPECT_TRUE(s.Has(3, Severity::kWarning, "UTF-8"));
  EXPECT_TRUE(s.Has(4, Severity::kWarning, "UTF-8"));
  EXPECT_EQ(s.diagnostics.error_count(), 0u);
  EXPECT_EQ(s.lines[1].text, "BAD \xC3\x28");
}

TEST(SourceLinesTest, OverLongLinesAreSkippedAtTheLimitNotBelowIt) {
  SourceLineOptions options;
  options.max_line_bytes = 8;
  Split s("12345678\n123456789\nOK\n", options);
  EXPECT_EQ(s.Numbered(), (Lines{"1:12345678", "3:OK"}));
  EXPECT_TRUE(s.Has(2, Severity::kError, "9 bytes exceeds the 8-byte limit"));
}

TEST(SourceLinesTest, HundredMegabyteLineIsSkipped) {
  std::string text = "FIRST\n";
  text.append(100 << 20, 'x');
  text += "\nLAST";
  Split s(std::move(text));
  EXPECT_EQ(s.Numbered(), (Lines{"1:FIRST", "3:LAST"}));
  EXPECT_TRUE(s.Has(2, Severity::kError, "exceeds"));
}

TEST(SourceLinesTest, LinesViewTheCallersText) {
  Split s("  WORD\n");
  const char* begin = s.text.data();
  ASSERT_EQ(s.lines.size(), 1u);
  EXPECT_EQ(s.lines[0].text.data(), begin + 2);
}

}  // namespace
}  // namespace dyad
