#include "dyad/dict/issue_dict.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

class IssueDictTest : public ::testing::Test {
 protected:
  void Load(std::string text) {
    dict_.Read(std::move(text), "i.txt", files_.Add("dir/i.txt"), &vocab_, &diags_);
    dict_.Freeze();
  }
  IssueScan Scan(std::string_view sentence) const {
    std::vector<TokenId> ids;
    for (std::string_view w : SplitWhitespace(sentence)) ids.push_back(vocab_.Find(ToUpperAscii(w)));
    return dict_.Match(ids);
  }
  // "CODE xCOUNT" for each issue of the sentence, in order.
  std::vector<std::string> Issues(std::string_view sentence) const {
    std::vector<std::string> out;
    for (const IssueCount& c : Scan(sentence).issues) {
      out.push_back(dict_.code(c.code) + " x" + std::to_string(c.count));
    }
    return out;
  }
  bool HasDiagnostic(int line, Severity severity, std::string_view words) const {
    for (const Diagnostic& d : diags_.all()) {
      if (d.line == line && d.severity == severity && d.message.find(words) != std::string::npos) return true;
    }
    return false;
  }
  std::string AllDiagnostics() const {
    std::string all;
    for (const Diagnostic& d : diags_.all()) all += d.ToString() + "\n";
    return all;
  }

  Vocabulary vocab_;
  SourceFiles files_;
  Diagnostics diags_;
  IssueDict dict_;
};

using Codes = std::vector<std::string>;

TEST_F(IssueDictTest, ReadsBlocksPhrasesAndExclusions) {
  Load(
      "# Issues\n"
      "\n"
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
      "\n"
      "higher education [POSTSECONDARY_EDUCATION]\n"
      "literacy [LITERACY]   # comment\n"
      "~financial literacy\n"
      "~~armenian genocide\n"
      "</ISSUE>\n"
      "<ISSUE CATEGORY=\"REFUGEES\" TYPE=\"COUNTEVENT\">\n"
      "refugee camp [REFUGEES]\n"
      "</ISSUE>\n");
  EXPECT_TRUE(diags_.empty()) << AllDiagnostics();
  IssueDict::Stats s = dict_.stats();
  EXPECT_EQ(s.categories, 2u);
  EXPECT_EQ(s.phrases, 3u);
  EXPECT_EQ(s.codes, 3u);
  EXPECT_EQ(s.exclusions, 2u);
  EXPECT_EQ(s.forms, 5u);
  EXPECT_EQ(dict_.category(1).name, "REFUGEES");
  EXPECT_EQ(dict_.category(1).type, "COUNTEVENT");
  EXPECT_EQ(dict_.category(1).provenance.line, 10u);

  IssueScan scan = Scan("Higher education and literacy in the refugee camp");
  ASSERT_EQ(scan.issues.size(), 3u);
  EXPECT_EQ(dict_.code(scan.issues[0].code), "POSTSECONDARY_EDUCATION");
  EXPECT_EQ(files_.Format(dict_.entry(scan.issues[0].first_entry).provenance), "i.txt:5");
  EXPECT_EQ(dict_.code(scan.issues[2].code), "REFUGEES");
  EXPECT_EQ(dict_.entry(scan.issues[2].first_entry).category, 1u);
  EXPECT_TRUE(scan.excluded_categories.empty());
  EXPECT_EQ(Issues("education"), Codes{});
}

TEST_F(IssueDictTest, ExpandsNounVerbAndPlusForms) {
  Load(
      "<ISSUE CATEGORY=\"X\" TYPE=\"ALL\">\n"
      "pre+n:school [EARLY]\n"
      "n:academy [SCHOOLS]\n"
      "v:massacre [ATROCITY]\n"
      "v:clash with police [UNREST]\n"
      "n:pick+pocket [ROBBERY]\n"
      "n:bachelor n:degree [DEGREE]\n"
      "</ISSUE>\n");
  EXPECT_TRUE(diags_.empty()) << AllDiagnostics();
  EXPECT_EQ(dict_.stats().forms, 4u + 2 + 4 + 4 + 4 + 4);
  for (const char* s : {"pre school", "pre schools", "pre-school", "pre-schools"}) {
    EXPECT_EQ(Issues(s), Codes{"EARLY x1"}) << s;
  }
  EXPECT_EQ(Issues("academy academies"), Codes{"SCHOOLS x2"});
  EXPECT_EQ(Issues("academys"), Codes{});
  // A verb ending in E takes D and loses the E before ING.
  for (const char* s : {"massacre", "massacres", "massacred", "massacring"}) {
    EXPECT_EQ(Issues(s), Codes{"ATROCITY x1"}) << s;
  }
  EXPECT_EQ(Issues("massacreing"), Codes{});
  // Otherwise English spelling (english_forms.h): "clashes", not PETRARCH's "clashs".
  for (const char* s : {"clash with police", "clashes with police", "clashed with police",
                        "clashing with police"}) {
    EXPECT_EQ(Issues(s), Codes{"UNREST x1"}) << s;
  }
  // n: inflects the whole word up to the blank, `+` included.
  for (const char* s : {"pick pocket", "pick pockets", "pick-pocket", "pick-pockets"}) {
    EXPECT_EQ(Issues(s), Codes{"ROBBERY x1"}) << s;
  }
  EXPECT_EQ(Issues("picks pocket"), Codes{});
  EXPECT_EQ(Issues("bachelors degrees"), Codes{"DEGREE x1"});
}

TEST_F(IssueDictTest, LongestPhraseWinsAndScanResumesAfterIt) {
  Load(
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
      "n:school [SCHOOLS]\n"
      "n:school reform [EDUCATION_REFORM]\n"
      "reform [REFORM]\n"
      "</ISSUE>\n");
  EXPECT_EQ(Issues("school reform"), Codes{"EDUCATION_REFORM x1"});
  EXPECT_EQ(Issues("schools reform in schools and school"),
            (Codes{"EDUCATION_REFORM x1", "SCHOOLS x2"}));
  EXPECT_EQ(Issues("reform of the school"), (Codes{"REFORM x1", "SCHOOLS x1"}));
}

TEST_F(IssueDictTest, ExclusionsCancelTheirOwnCategoryOnly) {
  Load(
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"
      "head start [EARLY]\n"
      "literacy [LITERACY]\n"
      "~a head start\n"
      "~~financial literacy\n"
      "</ISSUE>\n"
      "<ISSUE CATEGORY=\"TOURISM\" TYPE=\"ALL\">\n"
      "tourism [TOURISM]\n"
      "</ISSUE>\n");
  EXPECT_EQ(Issues("head start and literacy"), (Codes{"EARLY x1", "LITERACY x1"}));

  IssueScan scan = Scan("tourism got a head start and literacy grew");
  EXPECT_EQ(scan.excluded_categories, std::vector<uint32_t>{0});
  EXPECT_TRUE(scan.story_excluded_categories.empty());
  ASSERT_EQ(scan.issues.size(), 1u);
  EXPECT_EQ(dict_.code(scan.issues[0].code), "TOURISM");

  // The exclusion overlaps the phrase and still counts: it is looked for on
  // its own, not in competition with phrases.
  scan = Scan("literacy financial literacy tourism");
  EXPECT_EQ(scan.excluded_categories, std::vector<uint32_t>{0});
  EXPECT_EQ(scan.story_excluded_categories, std::vector<uint32_t>{0});
  EXPECT_EQ(scan.issues.size(), 1u);
}

TEST_F(IssueDictTest, PhraseWithTwoCodesCountsForBoth) {
  Load(
      "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\n"
      "eu [EUROPEAN_UNION]\n"
      "eu [EUROPEAN_UNION]\n"
      "</ISSUE>\n"
      "<ISSUE CATEGORY=\"B\" TYPE=\"ALL\">\n"
      "eu [OTHER]\n"
      "~eu rope\n"
      "</ISSUE>\n");
  // A duplicated line does not count twice.
  EXPECT_EQ(Issues("the eu"), (Codes{"EUROPEAN_UNION x1", "OTHER x1"}));
  EXPECT_EQ(Issues("eu rope"), Codes{"EUROPEAN_UNION x1"});

  Diagnostics lint;
  dict_.Lint(files_, &lint);
  ASSERT_EQ(lint.all().size(), 2u);
  EXPECT_EQ(lint.all()[0].line, 3);
  EXPECT_NE(lint.all()[0].message.find("duplicate issue phrase 'EU'; also at i.txt:2"), std::string::npos);
  EXPECT_EQ(lint.all()[1].line, 6);
  EXPECT_NE(lint.all()[1].message.find("has code OTHER here but EUROPEAN_UNION at i.txt:2"),
            std::string::npos);
}

TEST_F(IssueDictTest, LintReportsPhraseAlsoExcludedAndDuplicateExclusionsOncePerLine) {
  Load(
      "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\n"
      "n:crop v:fail [FOOD]\n"
      "~crops failed\n"
      "~crops failed\n"
      "n:crop v:fail [FOOD]\n"
      "</ISSUE>\n");
  Diagnostics lint;
  dict_.Lint(files_, &lint);
  std::map<int, std::vector<std::string>> by_line;
  for (const Diagnostic& d : lint.all()) by_line[d.line].push_back(d.message);
  ASSERT_EQ(by_line.size(), 3u);
  EXPECT_NE(by_line[2].at(0).find("'CROPS FAILED' is also an exclusion at i.txt:3"), std::string::npos);
  EXPECT_NE(by_line[4].at(0).find("duplicate exclusion"), std::string::npos);
  // Line 5 repeats all eight forms of line 2: one warning for the pair of
  // lines, one for it also being excluded.
  EXPECT_EQ(by_line[5].size(), 2u);
}

TEST_F(IssueDictTest, ReportsEachMalformationAndKeepsGoing) {
  Load(
      "phrase outside [X]\n"                 // 1
      "</ISSUE>\n"                           // 2
      "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\n"  // 3
      "no code here\n"                       // 4
      "broken [CODE\n"                       // 5
      "broken ] here [X]\n"                  // 6
      "empty [ ]\n"                          // 7
      "two words [A B]\n"                    // 8
      "kept [K] trailing junk\n"             // 9
      "~excluded [X]\n"                      // 10
      "n: [X]\n"                             // 11
      "v:a+v:b [X]\n"                        // 12
      "m:site [SITE]\n"                      // 13
      "<ISSUE CATEGORY=\"B\">\n"             // 14
      "<FOO>\n"                              // 15
      "</FOO>\n"                             // 16
      "good [G]\n"                           // 17
      "~\n"                                  // 18
      "[NOPHRASE]\n");                       // 19
  EXPECT_TRUE(HasDiagnostic(1, Severity::kError, "outside"));
  EXPECT_TRUE(HasDiagnostic(2, Severity::kError, "without an open"));
  EXPECT_TRUE(HasDiagnostic(4, Severity::kError, "no [CODE]"));
  EXPECT_TRUE(HasDiagnostic(5, Severity::kError, "unbalanced"));
  EXPECT_TRUE(HasDiagnostic(6, Severity::kError, "unbalanced"));
  EXPECT_TRUE(HasDiagnostic(7, Severity::kError, "empty [CODE]"));
  EXPECT_TRUE(HasDiagnostic(8, Severity::kError, "blank"));
  EXPECT_TRUE(HasDiagnostic(9, Severity::kWarning, "'trailing junk'"));
  EXPECT_TRUE(HasDiagnostic(10, Severity::kError, "exclusion"));
  EXPECT_TRUE(HasDiagnostic(11, Severity::kError, "needs a word"));
  EXPECT_TRUE(HasDiagnostic(12, Severity::kError, "two n:/v:"));
  EXPECT_TRUE(HasDiagnostic(13, Severity::kWarning, "'M:'"));
  EXPECT_TRUE(HasDiagnostic(14, Severity::kError, "opened at line 3 is not closed"));
  EXPECT_TRUE(HasDiagnostic(14, Severity::kError, "never closed"));
  EXPECT_TRUE(HasDiagnostic(15, Severity::kError, "unknown tag"));
  EXPECT_TRUE(HasDiagnostic(16, Severity::kError, "unknown closing tag"));
  EXPECT_TRUE(HasDiagnostic(18, Severity::kError, "empty phrase"));
  EXPECT_TRUE(HasDiagnostic(19, Severity::kError, "empty phrase"));
  EXPECT_EQ(diags_.error_count(), 16u) << AllDiagnostics();
  EXPECT_EQ(diags_.warning_count(), 2u) << AllDiagnostics();

  EXPECT_EQ(dict_.stats().categories, 2u);
  EXPECT_EQ(dict_.stats().phrases, 3u);  // kept, m:site, good
  EXPECT_EQ(Issues("kept good"), (Codes{"K x1", "G x1"}));
  EXPECT_EQ(Issues("M:SITE"), Codes{"SITE x1"});  // kept as written
  EXPECT_EQ(dict_.entry(Scan("good").issues.at(0).first_entry).category, 1u);
}

TEST_F(IssueDictTest, ReportsMalformedTags) {
  Load(
      "<ISSUE>\n"                                    // 1
      "a [A]\n"                                      // 2
      "</ISSUE>\n"                                   // 3
      "<ISSUE CATEGORY=X>\n"                         // 4
      "</ISSUE>\n"                                   // 5
      "<ISSUE CATEGORY=\"C\" TYPE=\"ALL\"\n"           // 6
      "</ISSUE>\n"                                   // 7
      "<ISSUE CATEGORY=\"D\" COLOR=\"RED\">extra\n"    // 8
      "</ISSUE>\n"                                   // 9
      "<ISSUES CATEGORY=\"E\">\n");                  // 10
  EXPECT_TRUE(HasDiagnostic(1, Severity::kError, "no CATEGORY"));
  EXPECT_TRUE(HasDiagnostic(4, Severity::kError, "malformed attribute"));
  EXPECT_TRUE(HasDiagnostic(6, Severity::kError, "closing '>'"));
  EXPECT_TRUE(HasDiagnostic(8, Severity::kError, "text after"));
  EXPECT_TRUE(HasDiagnostic(8, Severity::kWarning, "'COLOR'"));
  EXPECT_TRUE(HasDiagnostic(10, Severity::kError, "unknown tag"));
  EXPECT_EQ(dict_.stats().categories, 4u);
  EXPECT_EQ(dict_.category(2).name, "C");
  EXPECT_EQ(dict_.category(2).type, "ALL");
  EXPECT_EQ(Issues("a"), Codes{"A x1"});  // a nameless block still reads
}

TEST_F(IssueDictTest, RejectsLinesWithTooManyForms) {
  Load(
      "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\n"
      "a+b+c+d+e+f+g+h+i+j [X]\n"         // 2^9 forms in one word
      "a+b+c+d+e v:f+g+h+i [Y]\n"         // 2^4 * 4 * 2^3 over two words
      "a+b+c+d+e v:f+g+h [Z]\n"           // 2^4 * 4 * 2^2 = 256, the limit
      "</ISSUE>\n");
  EXPECT_TRUE(HasDiagnostic(2, Severity::kError, "too many"));
  EXPECT_TRUE(HasDiagnostic(3, Severity::kError, "too many"));
  EXPECT_EQ(diags_.error_count(), 2u);
  EXPECT_EQ(dict_.stats().forms, 256u);
  EXPECT_EQ(Issues("a-b c d-e f-g hing"), Codes{"Z x1"});
}

TEST_F(IssueDictTest, WarnsAboutCharactersThatCannotBeInsideWords) {
  Load(
      "<ISSUE CATEGORY=\"DISEASE\" TYPE=\"ALL\">\n"
      "astrovirus\xE2\x80\xA0infection [DISEASE]\n"
      "m\xC3\xA9ni\xC3\xA8re's disease [DISEASE]\n"
      "nbsp\xC2\xA0word [DISEASE]\n"
      "</ISSUE>\n");
  EXPECT_TRUE(HasDiagnostic(2, Severity::kWarning, "U+2020"));
  EXPECT_TRUE(HasDiagnostic(4, Severity::kWarning, "U+00A0"));
  EXPECT_EQ(diags_.all().size(), 2u) << AllDiagnostics();
  EXPECT_EQ(dict_.stats().phrases, 3u);
}

TEST_F(IssueDictTest, SurvivesCrlfNulInvalidUtf8AndTruncation) {
  static const char kText[] =
      "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\r\n"
      "tourism [TOURISM]\r\n"
      "bad\0byte [X]\n"
      "caf\xC3\xA9 \xFF [CAFE]\n"
      "n:hotel [HOTEL";  // cut mid-line, block never closed
  Load(std::string(kText, sizeof kText - 1));
  EXPECT_TRUE(HasDiagnostic(3, Severity::kError, "NUL"));
  EXPECT_TRUE(HasDiagnostic(4, Severity::kWarning, "UTF-8"));
  EXPECT_TRUE(HasDiagnostic(5, Severity::kError, "unbalanced"));
  EXPECT_TRUE(HasDiagnostic(1, Severity::kError, "never closed"));
  EXPECT_EQ(Issues("tourism"), Codes{"TOURISM x1"});
  EXPECT_EQ(dict_.category(0).type, "ALL");  // no CR kept
  std::vector<TokenId> cafe = {vocab_.Find("CAFE"), vocab_.Find("\xFF")};  // accents folded
  ASSERT_EQ(dict_.Match(cafe).issues.size(), 1u);
}

TEST_F(IssueDictTest, BinaryGarbageAndHugeLineAreReportedNotCrashedOn) {
  std::string text = "<ISSUE CATEGORY=\"A\" TYPE=\"ALL\">\n";
  for (int i = 0; i < 4096; ++i) text.push_back(static_cast<char>((i * 7919) % 256));
  text += "\n";
  text.append(100 << 20, '+');
  text += "\nsafe [SAFE]\n</ISSUE>\n";
  Load(std::move(text));
  EXPECT_GT(diags_.error_count(), 1u);
  bool huge = false;
  for (const Diagnostic& d : diags_.all()) huge |= d.message.find("exceeds") != std::string::npos;
  EXPECT_TRUE(huge);
  EXPECT_EQ(Issues("safe"), Codes{"SAFE x1"});
}

// Counts by hand what the reader should find in an issue file: blocks, phrase
// lines (with '['), exclusion lines, distinct codes (first [...] of a line) and
// forms (2 per '+', x2 per n:, x4 per v:).
IssueDict::Stats CountByHand(const std::string& text) {
  IssueDict::Stats s;
  std::set<std::string> codes;
  bool in_block = false;
  for (std::string_view line : Split(text, '\n')) {
    line = Trim(line.substr(0, line.find('#')));
    if (StartsWith(line, "<ISSUE ")) {
      ++s.categories;
      in_block = true;
      continue;
    }
    if (line == "</ISSUE>") {
      in_block = false;
      continue;
    }
    if (!in_block || line.empty()) continue;
    std::string_view phrase = line;
    if (line[0] == '~') {
      ++s.exclusions;
      phrase.remove_prefix(line.size() > 1 && line[1] == '~' ? 2 : 1);
    } else if (size_t open = line.find('['); open != std::string_view::npos) {
      ++s.phrases;
      codes.insert(std::string(line.substr(open + 1, line.find(']') - open - 1)));
      phrase = line.substr(0, open);
    } else {
      continue;
    }
    size_t forms = 1;
    for (size_t i = 0; i < phrase.size(); ++i) {
      if (phrase[i] == '+') forms *= 2;
      bool word_start = i == 0 || phrase[i - 1] == ' ' || phrase[i - 1] == '+';
      if (word_start && phrase.substr(i, 2) == "n:") forms *= 2;
      if (word_start && phrase.substr(i, 2) == "v:") forms *= 4;
    }
    s.forms += forms;
  }
  s.codes = codes.size();
  return s;
}

TEST_F(IssueDictTest, ReadsPhoenixIssueCoding) {
  SHARED_OR_SKIP(path, "peers/petrarch2/Phoenix.IssueCoding.txt");
  Result<std::string> text = ReadFile(path);
  ASSERT_TRUE(text.ok());
  IssueDict::Stats expected = CountByHand(*text);
  dict_.Read(*text, "Phoenix.IssueCoding.txt", files_.Add(path), &vocab_, &diags_);
  dict_.Freeze();
  IssueDict::Stats s = dict_.stats();
  EXPECT_EQ(s.categories, expected.categories);
  EXPECT_EQ(s.phrases, expected.phrases);
  EXPECT_EQ(s.codes, expected.codes);
  EXPECT_EQ(s.exclusions, expected.exclusions);
  EXPECT_EQ(s.forms, expected.forms);
  EXPECT_GT(s.categories, 40u);
  EXPECT_GT(s.phrases, 2000u);

  // The file's own defects, each reported where it is.
  EXPECT_TRUE(HasDiagnostic(481, Severity::kError, "without an open"));  // second </ISSUE>
  EXPECT_TRUE(HasDiagnostic(141, Severity::kError, "no [CODE]"));        // "european central bank"
  EXPECT_TRUE(HasDiagnostic(1198, Severity::kWarning, "'intimidation of the media [MEDIA_CENSORSHIP]'"));
  EXPECT_TRUE(HasDiagnostic(1162, Severity::kWarning, "'M:'"));          // "v:block m:site"
  EXPECT_TRUE(HasDiagnostic(1840, Severity::kWarning, "U+2020"));        // "astrovirus†infection"

  EXPECT_EQ(Issues("new kindergartens and pre-schools opened"), Codes{"EARLY_CHILDHOOD_EDUCATION x2"});
  EXPECT_EQ(Issues("he got a head start"), Codes{});
  EXPECT_EQ(Issues("the european union and financial literacy"), Codes{"EUROPEAN_UNION x1"});
  EXPECT_EQ(Issues("the foreign minister met his counterpart"), Codes{});
  IssueScan scan = Scan("students in a head start program");
  ASSERT_EQ(scan.excluded_categories.size(), 1u);
  EXPECT_EQ(dict_.category(scan.excluded_categories[0]).name, "EDUCATION");

  Diagnostics lint;
  dict_.Lint(files_, &lint);
  EXPECT_EQ(lint.error_count(), 0u);
}

}  // namespace
}  // namespace dyad
