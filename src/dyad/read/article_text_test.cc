#include "dyad/read/article_text.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dyad/base/file.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Pair;

// A wire story in the shape users receive them: headline, outlet line, a
// caption printed twice, a dateline, a related-story line between
// paragraphs, background paragraphs.
constexpr std::string_view kWireStory =
    "Arnor says envoy met Gondor king in port city\n"
    "\n"
    "AFP Published 3 Mar, 2024 10:15am\n"
    "This handout photograph released by the Arnor foreign office shows envoy Ada Lind greeting "
    "King Elessar in Pelargir on March 3, 2024. Photo: AFP\n"
    "This handout photograph released by the Arnor foreign office shows envoy Ada Lind greeting "
    "King Elessar in Pelargir on March 3, 2024. Photo: AFP\n"
    "\n"
    "ANNUMINAS: Arnor's special envoy Ada Lind on Sunday met King Elessar of Gondor, the foreign office said.\n"
    "\n"
    "The two sides discussed grain shipments along the river, officials said.\n"
    "\n"
    "Gondor opens border crossings to Arnor traders\n"
    "\n"
    "Arnor and Gondor signed a trade pact last year.\n";

std::vector<std::pair<std::string, std::string>> Roles(const Document& doc) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Segment& s : doc.segments) {
    std::string role(SegmentRoleName(s.role));
    if (s.duplicate_of >= 0) role += "*";
    out.emplace_back(role, std::string(doc.SegmentText(s)));
  }
  return out;
}

std::vector<std::string> RoleNames(const Document& doc) {
  std::vector<std::string> out;
  for (const Segment& s : doc.segments) out.emplace_back(SegmentRoleName(s.role));
  return out;
}

std::vector<std::string> Messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const Diagnostic& x : d.all()) out.push_back(x.ToString());
  return out;
}

void ExpectWellFormed(const Document& doc) {
  EXPECT_TRUE(ValidateSegments(doc).ok()) << ValidateSegments(doc).ToString();
}

TEST(ReadTextArticle, WireStorySegments) {
  Diagnostics diags;
  Document doc = ReadTextArticle(std::string(kWireStory), "envoy", &diags);
  EXPECT_THAT(Messages(diags), IsEmpty());
  ExpectWellFormed(doc);
  std::string caption =
      "This handout photograph released by the Arnor foreign office shows envoy Ada Lind greeting "
      "King Elessar in Pelargir on March 3, 2024. Photo: AFP";
  EXPECT_THAT(Roles(doc),
              ElementsAre(Pair("headline", "Arnor says envoy met Gondor king in port city"),
                          Pair("byline", "AFP Published 3 Mar, 2024 10:15am"), Pair("caption", caption),
                          Pair("caption*", caption), Pair("dateline", "ANNUMINAS:"),
                          Pair("paragraph",
                               "Arnor's special envoy Ada Lind on Sunday met King Elessar of Gondor, the foreign "
                               "office said."),
                          Pair("paragraph", "The two sides discussed grain shipments along the river, officials said."),
                          Pair("related", "Gondor opens border crossings to Arnor traders"),
                          Pair("paragraph", "Arnor and Gondor signed a trade pact last year.")));
  EXPECT_EQ(doc.segments[3].duplicate_of, 2);
  EXPECT_EQ(doc.id, "envoy");
  EXPECT_EQ(doc.title, "Arnor says envoy met Gondor king in port city");
  EXPECT_FALSE(doc.title_outside_text);
  EXPECT_EQ(doc.outlet, "AFP");
  EXPECT_EQ(doc.published.date.ToString(), "2024-03-03");
  EXPECT_EQ(doc.published.TimeString(), "10:15:00");
  EXPECT_EQ(doc.segments[4].line, 7);
}

TEST(ReadTextArticle, CodedSegmentsAreHeadlineBodyAndCaptionsOnce) {
  Diagnostics diags;
  Document doc = ReadTextArticle(std::string(kWireStory), "envoy", &diags);
  std::vector<std::string> coded;
  for (const Segment& s : doc.CodedSegments()) coded.emplace_back(SegmentRoleName(s.role));
  EXPECT_THAT(coded, ElementsAre("headline", "caption", "paragraph", "paragraph", "paragraph"));
}

TEST(ReadTextArticle, DatelineForms) {
  struct Case {
    std::string_view first_paragraph;
    std::string_view dateline;
  };
  for (const Case& c : {
           Case{"ISLAMABAD\xE2\x80\x94Pakistan's cabinet approved the budget on Friday.", "ISLAMABAD\xE2\x80\x94"},
           Case{"KYIV (Reuters) - Ukraine said on Saturday it had shot down 40 drones.", "KYIV (Reuters) -"},
           Case{"WASHINGTON, July 12 (AP) \xE2\x80\x94 The Senate passed the bill late on Friday.",
                "WASHINGTON, July 12 (AP) \xE2\x80\x94"},
       }) {
    Diagnostics diags;
    Document doc = ReadTextArticle("Headline about the news\n\n" + std::string(c.first_paragraph) + "\n", "d", &diags);
    ASSERT_EQ(doc.segments.size(), 3u) << c.first_paragraph;
    EXPECT_EQ(doc.segments[1].role, SegmentRole::kDateline);
    EXPECT_EQ(doc.SegmentText(doc.segments[1]), c.dateline);
    EXPECT_EQ(doc.segments[2].role, SegmentRole::kParagraph);
    EXPECT_EQ(doc.segments[2].end, doc.text.size() - 1);
  }
}

TEST(ReadTextArticle, NoHeadlineWhenTheTextOpensWithTheBody) {
  Diagnostics diags;
  Document doc = ReadTextArticle(
      "MOSCOW: The Kremlin said on Friday that talks with the visiting delegation had gone well.\n"
      "A second round is planned for next month in the capital.\n",
      "d", &diags);
  EXPECT_THAT(RoleNames(doc), ElementsAre("dateline", "paragraph", "paragraph"));
  EXPECT_EQ(doc.title, "");
}

TEST(ReadTextArticle, NumberedHeadlinesAreNotDates) {
  Diagnostics diags;
  Document doc = ReadTextArticle(
      "5 things to know about the summit\n"
      "\n"
      "Leaders gather in the capital on Monday.\n"
      "\n"
      "40 drones shot down overnight\n"
      "\n"
      "The talks continue on Tuesday.\n",
      "n", &diags);
  EXPECT_THAT(RoleNames(doc), ElementsAre("headline", "paragraph", "related", "paragraph"));
  EXPECT_EQ(doc.title, "5 things to know about the summit");
  EXPECT_TRUE(diags.empty());
}

TEST(ReadTextArticle, BoilerplateIsSetApart) {
  Diagnostics diags;
  Document doc = ReadTextArticle(
      "Ministers meet in Minas Tirith\n"
      "Advertisement\n"
      "The ministers met on Tuesday.\n"
      "Photo: AFP\n"
      "Share this article\n"
      "Click here to subscribe to our newsletter\n"
      "Follow us on X for the latest news.\n"
      "\xC2\xA9 2024 Example News Ltd. All rights reserved.\n"
      "Copyright 2024 Reuters\n"
      "- AFP\n",
      "d", &diags);
  EXPECT_THAT(RoleNames(doc), ElementsAre("headline", "boilerplate", "paragraph", "boilerplate", "boilerplate",
                                          "boilerplate", "boilerplate", "boilerplate", "boilerplate", "boilerplate"));
}

TEST(ReadTextArticle, RelatedLinesByPrefixAndByShape) {
  Diagnostics diags;
  Document doc = ReadTextArticle(
      "Rohan rejects border plan\n"
      "\n"
      "Rohan on Monday rejected the plan.\n"
      "Read more: Gondor proposes new border plan.\n"
      "The king said talks would continue.\n"
      "Rohan and Gondor have argued over the fords for years\n"
      "Officials declined to comment.\n",
      "d", &diags);
  EXPECT_THAT(RoleNames(doc),
              ElementsAre("headline", "paragraph", "related", "paragraph", "related", "paragraph"));
}

TEST(ReadTextArticle, HardWrappedParagraphsStayWhole) {
  Diagnostics diags;
  Document doc = ReadTextArticle(
      "Talks resume in the capital\n"
      "\n"
      "Negotiators from both sides met again on\n"
      "Thursday after a break of two weeks, the\n"
      "ministry said.\n"
      "\n"
      "A statement is expected once the talks\n"
      "end, officials said.\n",
      "d", &diags);
  ASSERT_THAT(RoleNames(doc), ElementsAre("headline", "paragraph", "paragraph"));
  EXPECT_EQ(doc.SegmentText(doc.segments[1]),
            "Negotiators from both sides met again on\nThursday after a break of two weeks, the\nministry said.");
}

TEST(ReadTextArticle, CrLfAndByteOrderMark) {
  Diagnostics diags;
  Document doc = ReadTextArticle("\xEF\xBB\xBFHeadline here\r\n\r\nThe body says something.\r\n", "d", &diags);
  EXPECT_THAT(Roles(doc), ElementsAre(Pair("headline", "Headline here"), Pair("paragraph", "The body says something.")));
  EXPECT_EQ(doc.segments[0].begin, 3u);  // offsets index the original bytes
}

TEST(ReadTextArticle, BylineAndDottedOutletLine) {
  Diagnostics diags;
  Document doc = ReadTextArticle(
      "Ships collide off the coast\n"
      "By Jane Doe, Reuters\n"
      "Reuters \xC2\xB7 July 12, 2025\n"
      "Two cargo ships collided on Saturday.\n",
      "d", &diags);
  EXPECT_THAT(RoleNames(doc), ElementsAre("headline", "byline", "byline", "paragraph"));
  EXPECT_EQ(doc.author, "Jane Doe");
  EXPECT_EQ(doc.outlet, "Reuters");
  EXPECT_EQ(doc.published.date.ToString(), "2025-07-12");
  EXPECT_EQ(doc.locale, "en-GB");
}

TEST(ReadTextArticle, BroadcasterPageFurniture) {
  Diagnostics diags;
  Document doc = ReadTextArticle(
      "Gondor and Rohan agree ceasefire after border clashes\n"
      "\n"
      "2 hours ago\n"
      "\n"
      "Share\n"
      "\n"
      "Save\n"
      "\n"
      "Jane Doe\n"
      "BBC News\n"
      "\n"
      "Image source, Getty Images\n"
      "Image caption, Soldiers from Rohan patrol the fords near the border in May\n"
      "\n"
      "Gondor and Rohan have agreed a ceasefire after three days of clashes, officials said.\n"
      "\n"
      "The agreement was announced late on Tuesday.\n"
      "\n"
      "Related topics\n"
      "Gondor\n"
      "Rohan\n",
      "bbc", &diags);
  EXPECT_THAT(RoleNames(doc), ElementsAre("headline", "byline", "boilerplate", "boilerplate", "headline", "byline",
                                          "boilerplate", "caption", "paragraph", "paragraph", "boilerplate",
                                          "related", "related"));
  EXPECT_EQ(doc.outlet, "BBC News");
  EXPECT_FALSE(doc.published.date.known());
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].ToString(),
            "bbc: warning: relative time '2 hours ago' gives no date (line 3); publication date unknown");
}

TEST(ReadTextArticle, AgencyInTheDatelineNamesTheOutlet) {
  Diagnostics diags;
  Document doc = ReadTextArticle(
      "Gondor says it shot down 40 drones overnight\n"
      "By Jane Doe and John Roe\n"
      "July 12, 2025 8:05 AM GMT+1\n"
      "Updated 2 hours ago\n"
      "\n"
      "KYIV, July 12 (Reuters) - Gondor's air force said on Saturday it had shot down 40 drones.\n"
      "\n"
      "(Reporting by Jane Doe; Editing by John Roe)\n"
      "\n"
      "Our Standards: The Thomson Reuters Trust Principles.\n",
      "r", &diags);
  EXPECT_THAT(RoleNames(doc), ElementsAre("headline", "byline", "byline", "byline", "dateline", "paragraph",
                                          "boilerplate", "boilerplate"));
  EXPECT_EQ(doc.outlet, "Reuters");
  EXPECT_EQ(doc.author, "Jane Doe and John Roe");
  EXPECT_EQ(doc.published.date.ToString(), "2025-07-12");
  EXPECT_EQ(doc.published.zone, "GMT+1");
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_THAT(diags.all()[0].message, HasSubstr("(line 4); not used"));
}

TEST(ReadTextArticle, CaptionCreditsInTheirCommonForms) {
  Diagnostics diags;
  Document doc = ReadTextArticle(
      "Leaders meet in Edoras\n"
      "Dawn\n"
      "Published July 12, 2025 Updated July 13, 2025 10:15am\n"
      "The prime minister speaks at a ceremony in Edoras on Saturday. \xE2\x80\x94 APP\n"
      "The two leaders shook hands in Edoras on Friday [File: Jane Doe/Reuters]\n"
      "FILE - Senators walk to the chamber in Minas Tirith, June 3, 2025. (AP Photo/Jane Doe, File)\n"
      "Follow Dawn on WhatsApp\n"
      "EDORAS: The leaders met on Friday for the first time in two years.\n"
      "Keep reading\n"
      "list of 4 items\n",
      "d", &diags);
  EXPECT_THAT(RoleNames(doc), ElementsAre("headline", "byline", "byline", "caption", "caption", "caption",
                                          "boilerplate", "dateline", "paragraph", "boilerplate", "boilerplate"));
  EXPECT_EQ(doc.published.date.ToString(), "2025-07-12");
  EXPECT_TRUE(diags.empty());
}

TEST(ReadTextArticle, PublishedBeatsUpdatedWhateverTheOrder) {
  Diagnostics diags;
  Document doc = ReadTextArticle(
      "Ships collide off the coast\n"
      "Updated July 13, 2025 8:00 AM EDT\n"
      "Published July 12, 2025 5:56 PM EDT\n"
      "Two cargo ships collided on Saturday.\n",
      "d", &diags);
  EXPECT_EQ(doc.published.date.ToString(), "2025-07-12");
  EXPECT_EQ(doc.published.zone, "EDT");
}

TEST(ReadTextArticle, AmbiguousDateIsReportedAndTheDocumentStillRead) {
  Diagnostics diags;
  Document doc = ReadTextArticle("Ships collide\nPublished 12/07/2025\nTwo ships collided.\n", "ships", &diags);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].file, "ships");
  EXPECT_THAT(diags.all()[0].message, HasSubstr("ambiguous"));
  EXPECT_THAT(diags.all()[0].message, HasSubstr("line 2"));
  EXPECT_FALSE(doc.published.date.known());
  EXPECT_THAT(RoleNames(doc), ElementsAre("headline", "byline", "paragraph"));
}

TEST(ReadTextArticle, LocaleHintOrOutletSettlesNumericDates) {
  Diagnostics diags;
  ArticleOptions us;
  us.locale = "en-US";
  Document doc = ReadTextArticle("Ships collide\nPublished 12/07/2025\nTwo ships collided.\n", "d", &diags, us);
  EXPECT_EQ(doc.published.date.ToString(), "2025-12-07");
  EXPECT_EQ(doc.locale, "en-US");
  // The outlet named on an earlier line decides.
  Document dawn = ReadTextArticle("Ships collide\nDawn\n12/07/2025\nTwo ships collided.\n", "d", &diags);
  EXPECT_EQ(dawn.published.date.ToString(), "2025-07-12");
  EXPECT_EQ(dawn.locale, "en-PK");
  EXPECT_TRUE(diags.empty());
}

TEST(ReadTextArticle, InvalidUtf8IsReportedAndKept) {
  Diagnostics diags;
  Document doc = ReadTextArticle("Headline\n\nCaf\xE9 owners protested on Monday.\n", "cafe", &diags);
  ASSERT_EQ(diags.all().size(), 1u);
  EXPECT_EQ(diags.all()[0].ToString(), "cafe: warning: invalid UTF-8 at byte 13; read as is");
  ASSERT_EQ(doc.segments.size(), 2u);
  EXPECT_EQ(doc.SegmentText(doc.segments[1]), "Caf\xE9 owners protested on Monday.");
}

TEST(ReadTextArticle, EmptyAndBlankTexts) {
  Diagnostics diags;
  EXPECT_THAT(ReadTextArticle("", "e", &diags).segments, IsEmpty());
  EXPECT_THAT(ReadTextArticle("\n \n\t\n", "e", &diags).segments, IsEmpty());
  Document no_newline = ReadTextArticle("Only a headline", "e", &diags);
  EXPECT_EQ(no_newline.title, "Only a headline");
  EXPECT_TRUE(diags.empty());
}

TEST(SegmentArticle, GivenTitleIsCodedApartUnlessTheTextRepeatsIt) {
  Diagnostics diags;
  Document apart;
  apart.id = "a";
  apart.title = "Envoy visits port";
  apart.text = "The envoy arrived on Sunday.\n";
  SegmentArticle(&apart, &diags);
  EXPECT_TRUE(apart.title_outside_text);
  EXPECT_THAT(RoleNames(apart), ElementsAre("paragraph"));

  Document repeated;
  repeated.id = "r";
  repeated.title = "Envoy visits port";
  repeated.text = "Envoy visits port\n\nThe envoy arrived on Sunday.\n";
  SegmentArticle(&repeated, &diags);
  EXPECT_FALSE(repeated.title_outside_text);
  EXPECT_THAT(RoleNames(repeated), ElementsAre("headline", "paragraph"));
  EXPECT_EQ(repeated.title, "Envoy visits port");

  Document question;
  question.id = "q";
  question.title = "Will the envoy visit the port?";
  question.text = "Will the envoy visit the port?\nThe envoy may arrive on Sunday.\n";
  SegmentArticle(&question, &diags);
  EXPECT_FALSE(question.title_outside_text);
  EXPECT_THAT(RoleNames(question), ElementsAre("headline", "paragraph"));
}

TEST(SegmentArticle, PresetDateWinsAndTextDateProblemsAreNotReported) {
  Diagnostics diags;
  Document doc;
  doc.id = "p";
  doc.published.date = {2025, 7, 1};
  doc.text = "Headline\nPublished 12/07/2025\nBody text here.\n";
  SegmentArticle(&doc, &diags);
  EXPECT_EQ(doc.published.date.ToString(), "2025-07-01");
  EXPECT_TRUE(diags.empty());
}

TEST(DocumentIdFromPath, StripsDirectoriesAndLastExtension) {
  EXPECT_EQ(DocumentIdFromPath("in/lavrov-kim.txt"), "lavrov-kim");
  EXPECT_EQ(DocumentIdFromPath("a.b.txt"), "a.b");
  EXPECT_EQ(DocumentIdFromPath("/x/noext"), "noext");
  EXPECT_EQ(DocumentIdFromPath(".profile"), ".profile");
  EXPECT_EQ(DocumentIdFromPath("-"), "stdin");
}

TEST(ReadTextArticle, SharedWireExample) {
  SHARED_OR_SKIP(path, "examples/lavrov-kim.txt");
  Result<std::string> text = ReadFile(path);
  ASSERT_TRUE(text.ok());
  Diagnostics diags;
  Document doc = ReadTextArticle(std::move(*text), DocumentIdFromPath(path), &diags);
  EXPECT_THAT(Messages(diags), IsEmpty());
  ExpectWellFormed(doc);
  EXPECT_EQ(doc.id, "lavrov-kim");
  EXPECT_EQ(doc.title, "Russia says foreign minister Lavrov met Kim Jong Un");
  EXPECT_EQ(doc.outlet, "AFP");
  EXPECT_EQ(doc.published.date.ToString(), "2025-07-12");
  EXPECT_EQ(doc.published.TimeString(), "17:56:00");

  std::vector<const Segment*> captions, datelines, related;
  for (const Segment& s : doc.segments) {
    if (s.role == SegmentRole::kCaption) captions.push_back(&s);
    if (s.role == SegmentRole::kDateline) datelines.push_back(&s);
    if (s.role == SegmentRole::kRelated) related.push_back(&s);
  }
  ASSERT_EQ(captions.size(), 2u);
  EXPECT_EQ(captions[0]->duplicate_of, -1);
  EXPECT_GE(captions[1]->duplicate_of, 0);
  ASSERT_EQ(datelines.size(), 1u);
  EXPECT_EQ(doc.SegmentText(*datelines[0]), "MOSCOW:");
  ASSERT_EQ(related.size(), 1u);
  EXPECT_EQ(doc.SegmentText(*related[0]), "Russia, North Korea foreign ministers meet, Pyongyang backs Ukraine war");

  size_t coded_captions = 0, coded_paragraphs = 0;
  for (const Segment& s : doc.CodedSegments()) {
    coded_captions += s.role == SegmentRole::kCaption;
    coded_paragraphs += s.role == SegmentRole::kParagraph;
  }
  EXPECT_EQ(coded_captions, 1u);
  EXPECT_EQ(coded_paragraphs, 12u);
}

}  // namespace
}  // namespace dyad
