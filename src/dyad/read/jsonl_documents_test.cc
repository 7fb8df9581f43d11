#include "dyad/read/jsonl_documents.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dyad {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::vector<std::string> Ids(const std::vector<Document>& docs) {
  std::vector<std::string> out;
  for (const Document& d : docs) out.push_back(d.id);
  return out;
}

std::vector<std::string> Errors(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const Diagnostic& x : d.all()) {
    if (x.severity == Severity::kError) out.push_back(x.ToString());
  }
  return out;
}

TEST(ReadJsonlDocuments, AllFields) {
  Diagnostics diags;
  std::vector<Document> docs = ReadJsonlDocuments(
      R"({"id": "env-1", "date": "2024-03-03", "title": "Envoy meets king", "url": "https://example.org/a", )"
      R"("outlet": "AFP", "text": "ANNUMINAS: The envoy met the king on Sunday.\n\nTalks went on.", "extra": [1]})"
      "\n",
      "in.jsonl", &diags);
  EXPECT_TRUE(diags.empty());
  ASSERT_EQ(docs.size(), 1u);
  const Document& d = docs[0];
  EXPECT_EQ(d.id, "env-1");
  EXPECT_EQ(d.published.date.ToString(), "2024-03-03");
  EXPECT_FALSE(d.published.has_time);
  EXPECT_EQ(d.title, "Envoy meets king");
  EXPECT_TRUE(d.title_outside_text);
  EXPECT_EQ(d.url, "https://example.org/a");
  EXPECT_EQ(d.outlet, "AFP");
  EXPECT_EQ(d.text, "ANNUMINAS: The envoy met the king on Sunday.\n\nTalks went on.");
  ASSERT_EQ(d.segments.size(), 3u);
  EXPECT_EQ(d.SegmentText(d.segments[0]), "ANNUMINAS:");
  EXPECT_EQ(d.segments[0].role, SegmentRole::kDateline);
}

TEST(ReadJsonlDocuments, DateTimesAndMissingDate) {
  Diagnostics diags;
  std::vector<Document> docs = ReadJsonlDocuments(
      "{\"id\":\"a\",\"date\":\"2025-07-12T17:56:00Z\",\"text\":\"One.\"}\n"
      "{\"id\":\"b\",\"text\":\"Two.\"}\n"
      "{\"id\":\"c\",\"date\":null,\"text\":\"Three.\",\"title\":null}\n",
      "in.jsonl", &diags);
  ASSERT_THAT(Ids(docs), ElementsAre("a", "b", "c"));
  EXPECT_EQ(docs[0].published.TimeString(), "17:56:00");
  EXPECT_EQ(docs[0].published.zone, "Z");
  EXPECT_EQ(docs[2].file, "in.jsonl");
  EXPECT_EQ(docs[2].line, 3);
  EXPECT_FALSE(docs[1].published.date.known());
  EXPECT_EQ(diags.error_count(), 0u);
  ASSERT_EQ(diags.warning_count(), 2u);
  EXPECT_EQ(diags.all()[0].ToString(),
            "in.jsonl:2: warning: document b has no \"date\"; publication date unknown");
}

TEST(ReadJsonlDocuments, BadLinesAreReportedAndSkipped) {
  Diagnostics diags;
  std::vector<Document> docs = ReadJsonlDocuments(
      "{\"id\":\"ok1\",\"date\":\"2025-07-12\",\"text\":\"Fine.\"}\n"
      "this is not json\n"
      "[1, 2]\n"
      "{\"date\":\"2025-07-12\",\"text\":\"No id.\"}\n"
      "{\"id\":\"t\",\"date\":\"2025-07-12\"}\n"
      "{\"id\":7,\"text\":\"Numeric id.\"}\n"
      "{\"id\":\"w\",\"text\":[\"not\",\"a\",\"string\"]}\n"
      "{\"id\":\"d\",\"date\":\"12 July 2025\",\"text\":\"Prose date.\"}\n"
      "{\"id\":\"u\",\"text\":\"Bad url.\",\"url\":5}\n"
      "{\"id\":\"  \",\"text\":\"Blank id.\"}\n"
      "{\"id\":\"cut\",\"text\":\"Truncated\n"
      "\n"
      "{\"id\":\"ok2\",\"date\":\"2025-07-13\",\"text\":\"Also fine.\"}",
      "in.jsonl", &diags);
  EXPECT_THAT(Ids(docs), ElementsAre("ok1", "ok2"));
  std::vector<std::string> errors = Errors(diags);
  ASSERT_EQ(errors.size(), 10u);
  EXPECT_THAT(errors[0], HasSubstr("in.jsonl:2: error: not JSON"));
  EXPECT_THAT(errors[1], HasSubstr("in.jsonl:3: error: a JSON array, not an object"));
  EXPECT_THAT(errors[2], HasSubstr("in.jsonl:4: error: no \"id\""));
  EXPECT_THAT(errors[3], HasSubstr("in.jsonl:5: error: no \"text\""));
  EXPECT_THAT(errors[4], HasSubstr("in.jsonl:6: error: \"id\" is number, not a string"));
  EXPECT_THAT(errors[5], HasSubstr("in.jsonl:7: error: \"text\" is array, not a string"));
  EXPECT_THAT(errors[6], HasSubstr("in.jsonl:8: error: date '12 July 2025' is not YYYY-MM-DD or ISO 8601"));
  EXPECT_THAT(errors[7], HasSubstr("in.jsonl:9: error: \"url\" is number"));
  EXPECT_THAT(errors[8], HasSubstr("in.jsonl:10: error: empty \"id\""));
  EXPECT_THAT(errors[9], HasSubstr("in.jsonl:11: error: not JSON"));
  for (const std::string& e : errors) EXPECT_THAT(e, HasSubstr("line skipped"));
}

TEST(ReadJsonlDocuments, InvalidUtf8LineIsSkipped) {
  Diagnostics diags;
  std::vector<Document> docs =
      ReadJsonlDocuments("{\"id\":\"x\",\"text\":\"Caf\xE9.\"}\n{\"id\":\"y\",\"text\":\"Ok.\"}\n", "f", &diags);
  EXPECT_THAT(Ids(docs), ElementsAre("y"));
  ASSERT_EQ(diags.error_count(), 1u);
  EXPECT_EQ(diags.all()[0].line, 1);
}

TEST(ReadJsonlDocuments, EscapedTextKeepsOffsetsIntoTheDecodedText) {
  Diagnostics diags;
  std::vector<Document> docs = ReadJsonlDocuments(
      R"({"id":"q","text":"Headline \u201cquoted\u201d\n\nThe body.","date":"2025-07-12"})", "f", &diags);
  ASSERT_EQ(docs.size(), 1u);
  const Document& d = docs[0];
  ASSERT_EQ(d.segments.size(), 2u);
  EXPECT_EQ(d.SegmentText(d.segments[0]), "Headline \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(d.title, "Headline \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_FALSE(d.title_outside_text);
  EXPECT_EQ(d.SegmentText(d.segments[1]), "The body.");
}

TEST(ReadJsonlDocuments, JsonFieldsWinOverTheTextsOwn) {
  Diagnostics diags;
  std::vector<Document> docs = ReadJsonlDocuments(
      R"({"id":"w","date":"2025-07-01","outlet":"Dawn","text":"Headline\nAP | 12/07/2025\nBody text."})", "f",
      &diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].outlet, "Dawn");
  EXPECT_EQ(docs[0].published.date.ToString(), "2025-07-01");
  EXPECT_EQ(docs[0].locale, "en-PK");
}

TEST(ReadJsonlDocuments, RepeatedIdIsAWarningAndBothAreKept) {
  Diagnostics diags;
  std::vector<Document> docs = ReadJsonlDocuments(
      "{\"id\":\"a\",\"date\":\"2025-07-12\",\"text\":\"One.\"}\n{\"id\":\"a\",\"date\":\"2025-07-12\",\"text\":\"Two.\"}\n",
      "f", &diags);
  EXPECT_THAT(Ids(docs), ElementsAre("a", "a"));
  ASSERT_EQ(diags.warning_count(), 1u);
  EXPECT_EQ(diags.all()[0].line, 2);
}

TEST(ReadJsonlDocuments, BlankAndCrLfLines) {
  Diagnostics diags;
  std::vector<Document> docs = ReadJsonlDocuments(
      "\r\n{\"id\":\"a\",\"date\":\"2025-07-12\",\"text\":\"One.\"}\r\n   \n", "f", &diags);
  EXPECT_THAT(Ids(docs), ElementsAre("a"));
  EXPECT_TRUE(diags.empty());
  EXPECT_THAT(ReadJsonlDocuments("", "f", &diags), IsEmpty());
}

}  // namespace
}  // namespace dyad
