#include "dyad/pipeline/article_coder.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/read/article_text.h"
#include "nlohmann/json.hpp"
#include "testing/shared_data.h"

namespace dyad {
namespace {

using ::dyad::testing::WriteTempFile;

namespace fs = std::filesystem;

std::shared_ptr<const DictionarySet> SmallSet() {
  DictionaryPaths paths;
  paths.verbs = WriteTempFile("small.verbs.txt",
                          "--- RESTORE [064] ---\n"
                          "RESTORE\n"
                          "--- ATTACK [190] ---\n"
                          "ATTACK\n");
  paths.actors = {WriteTempFile("small.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\n")};
  paths.agents = WriteTempFile("small.agents.txt", "OFFICIAL [~GOV]\n");
  paths.discards = WriteTempFile("small.discards.txt", "+TYPHOON\n");
  Diagnostics diags;
  Result<std::shared_ptr<const DictionarySet>> set = DictionarySet::Load(paths, &diags);
  EXPECT_TRUE(set.ok()) << set.status().ToString();
  return *set;
}

// One document whose every line is a coded paragraph, published 2025-07-14
// (a Monday).
Document Paragraphs(const std::string& id, const std::vector<std::string>& lines) {
  Document doc;
  doc.id = id;
  doc.file = id + ".txt";
  doc.published.date = {2025, 7, 14};
  for (const std::string& line : lines) {
    Segment s;
    s.role = SegmentRole::kParagraph;
    s.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += line;
    s.end = static_cast<uint32_t>(doc.text.size());
    doc.segments.push_back(s);
    doc.text += "\n";
  }
  return doc;
}

class ArticleCoderTest : public ::testing::Test {
 protected:
  ArticleCoderTest() : set_(SmallSet()), coder_(*set_, nullptr) {}

  std::vector<EventRecord> Code(const Document& doc) {
    ArticleCoding coding;
    Status s = coder_.Code(doc, &coding);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return coding.events;
  }

  std::shared_ptr<const DictionarySet> set_;
  ArticleCoder coder_;
};

TEST_F(ArticleCoderTest, SpansAreByteOffsetsIntoTheDocumentText) {
  Document doc = Paragraphs("D", {"Nothing happened here.", "Arnor restored ties with Gondor."});
  std::vector<EventRecord> events = Code(doc);
  ASSERT_EQ(events.size(), 1u);
  const EventRecord& e = events[0];
  EXPECT_EQ(e.source, "ARN");
  EXPECT_EQ(e.target, "GON");
  EXPECT_EQ(e.code, "064");
  EXPECT_EQ(e.sentence, 1);
  EXPECT_EQ(e.event_id, "D-1-0");
  ASSERT_TRUE(e.source_span.known());
  ASSERT_TRUE(e.verb_span.known());
  ASSERT_TRUE(e.target_span.known());
  EXPECT_EQ(doc.text.substr(e.source_span.begin, e.source_span.end - e.source_span.begin), "Arnor");
  EXPECT_EQ(doc.text.substr(e.verb_span.begin, e.verb_span.end - e.verb_span.begin), "restored");
  EXPECT_EQ(doc.text.substr(e.target_span.begin, e.target_span.end - e.target_span.begin), "Gondor");
  EXPECT_EQ(e.published, "2025-07-14");
}

TEST_F(ArticleCoderTest, DateComesFromTheExpressionInTheClause) {
  std::vector<EventRecord> events = Code(Paragraphs("D", {"Arnor restored ties with Gondor on Saturday."}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, "2025-07-12");
  EXPECT_EQ(events[0].date_precision, "day");
  EXPECT_EQ(events[0].published, "2025-07-14");
}

TEST_F(ArticleCoderTest, MonthExpressionGivesMonthPrecision) {
  std::vector<EventRecord> events = Code(Paragraphs("D", {"Arnor restored ties with Gondor in April."}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, "2025-04-01");
  EXPECT_EQ(events[0].date_precision, "month");
}

TEST_F(ArticleCoderTest, WithoutExpressionTheDateIsThePublicationDate) {
  std::vector<EventRecord> events = Code(Paragraphs("D", {"Arnor restored ties with Gondor."}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, "2025-07-14");
  EXPECT_EQ(events[0].date_precision, "day");
}

TEST_F(ArticleCoderTest, SinceIsNotWhenItHappened) {
  std::vector<EventRecord> events = Code(Paragraphs("D", {"Arnor restored ties with Gondor since April."}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date, "2025-07-14");
}

TEST_F(ArticleCoderTest, StoryDiscardDropsTheWholeDocument) {
  std::vector<EventRecord> events =
      Code(Paragraphs("D", {"Arnor restored ties with Gondor.", "A typhoon hit the coast."}));
  EXPECT_TRUE(events.empty());
}

TEST_F(ArticleCoderTest, NoPublicationDateIsAnError) {
  Document doc = Paragraphs("D", {"Arnor restored ties with Gondor."});
  doc.published = {};
  ArticleCoding coding;
  Status s = coder_.Code(doc, &coding);
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(coding.events.empty());
}

TEST_F(ArticleCoderTest, OnlyCodedSegmentsAreCoded) {
  Document doc = Paragraphs("D", {"Arnor restored ties with Gondor.", "Rohan attacked Gondor."});
  doc.segments[1].role = SegmentRole::kRelated;
  std::vector<EventRecord> events = Code(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source, "ARN");
}

TEST_F(ArticleCoderTest, HeadlineEventFoldsIntoTheSameBodyEvent) {
  // The body dates the event to Saturday; the headline, undated, gets the
  // publication date, yet reports the same event.
  Document doc = Paragraphs("D", {"Arnor restores ties with Gondor", "Arnor restored ties with Gondor on Saturday.",
                                  "Rohan attacked Gondor."});
  doc.segments[0].role = SegmentRole::kHeadline;
  std::vector<EventRecord> events = Code(doc);
  MergeDuplicateEvents(&events);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].code, "064");
  EXPECT_EQ(events[0].mentions, 2);
  EXPECT_EQ(events[0].sentence, 1);  // the body's mention stands for both
  EXPECT_EQ(events[0].date, "2025-07-12");
  EXPECT_EQ(events[1].code, "190");
  EXPECT_EQ(events[1].mentions, 1);
}

TEST_F(ArticleCoderTest, HeadlineEventTheBodyDoesNotReportIsKept) {
  Document doc = Paragraphs("D", {"Rohan attacks Arnor", "Arnor restored ties with Gondor."});
  doc.segments[0].role = SegmentRole::kHeadline;
  std::vector<EventRecord> events = Code(doc);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].code, "190");
  EXPECT_EQ(events[0].sentence, 0);
}

EventRecord Event(const std::string& doc, const std::string& date, const std::string& code) {
  EventRecord e;
  e.doc_id = doc;
  e.date = date;
  e.source = "ARN";
  e.target = "GON";
  e.code = code;
  return e;
}

TEST(MergeDuplicateEventsTest, DifferentDatesOrCodesStayApart) {
  std::vector<EventRecord> events = {Event("A", "2025-07-12", "064"), Event("A", "2025-07-13", "064"),
                                     Event("A", "2025-07-12", "190"), Event("A", "2025-07-12", "064")};
  events[3].sentence = 7;
  MergeDuplicateEvents(&events);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].mentions, 2);
  EXPECT_EQ(events[0].sentence, 0);
  EXPECT_EQ(events[1].date, "2025-07-13");
  EXPECT_EQ(events[2].code, "190");
  EXPECT_TRUE(events[0].doc_ids.empty());
}

TEST(MergeDuplicateEventsTest, AcrossDocumentsKeepsEveryDocumentIdOnce) {
  std::vector<EventRecord> events = {Event("A", "2025-07-12", "064"), Event("B", "2025-07-12", "064"),
                                     Event("B", "2025-07-12", "064"), Event("C", "2025-07-12", "190")};
  events[1].mentions = 2;  // already merged within B
  MergeDuplicateEvents(&events, /*keep_doc_ids=*/true);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].mentions, 4);
  EXPECT_EQ(events[0].doc_ids, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(events[1].doc_ids, (std::vector<std::string>{"C"}));
}

TEST(ArticleBatchTest, OutputIsInInputOrderAndBadDocumentsAreReported) {
  std::shared_ptr<const DictionarySet> set = SmallSet();
  std::vector<Document> docs;
  for (int i = 0; i < 30; ++i) {
    docs.push_back(Paragraphs("D" + std::to_string(i), {i % 2 ? "Rohan attacked Gondor." : "Arnor restored ties with Gondor."}));
  }
  docs[5].published = {};
  for (int threads : {1, 3}) {
    ArticleBatch batch(*set, nullptr, {.threads = threads});
    Diagnostics diags;
    std::vector<std::string> ids;
    batch.Code(docs, &diags, [&](std::vector<EventRecord>& events) {
      for (const EventRecord& e : events) ids.push_back(e.doc_id);
    });
    ASSERT_EQ(ids.size(), 29u) << threads;
    EXPECT_EQ(ids[4], "D4");
    EXPECT_EQ(ids[5], "D6");
    EXPECT_EQ(batch.stats().skipped, 1u);
    EXPECT_EQ(batch.stats().coded, 29u);
    ASSERT_EQ(diags.error_count(), 1u);
    EXPECT_NE(diags.all()[0].ToString().find("D5: no publication date"), std::string::npos);
  }
}

// The worked example with the built-in dictionaries. It asserts what holds
// today and prints, for the record, which expected events are found and
// which outputs match no expected line. TODO: every required event found and
// nothing unmatched (the must-show standard) does not hold yet.
TEST(LavrovKimExampleTest, CodesTheArticleAndReportsAgainstExpected) {
  SHARED_OR_SKIP(article_path, "examples/lavrov-kim.txt");
  SHARED_OR_SKIP(expected_path, "examples/lavrov-kim.expected.jsonl");
  Result<std::string> text = ReadFile(article_path);
  Result<std::string> expected_text = ReadFile(expected_path);
  ASSERT_TRUE(text.ok() && expected_text.ok());
  Result<DictionaryPaths> paths = FindDictionaries(DYAD_BUILTIN_DICT_DIR, {});
  ASSERT_TRUE(paths.ok()) << paths.status().ToString();
  Diagnostics dict_diags;
  Result<std::shared_ptr<const DictionarySet>> set = DictionarySet::Load(*paths, &dict_diags);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Shared();

  Diagnostics diags;
  Document doc = ReadTextArticle(*text, "lavrov-kim", &diags);
  EXPECT_EQ(doc.published.date.ToString(), "2025-07-12");
  ArticleCoder coder(**set, lexicon.ok() ? lexicon->get() : nullptr);
  ArticleCoding coding;
  ASSERT_TRUE(coder.Code(doc, &coding).ok());
  MergeDuplicateEvents(&coding.events);

  std::vector<nlohmann::json> expected;
  for (std::string_view rest = *expected_text; !rest.empty();) {
    size_t nl = rest.find('\n');
    std::string line(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    if (line.find_first_not_of(" \t\r") != std::string::npos) expected.push_back(nlohmann::json::parse(line));
  }
  auto matches = [](const nlohmann::json& x, const EventRecord& e) {
    auto has = [](const nlohmann::json& list, const std::string& v) {
      for (const auto& item : list) {
        if (item.get<std::string>() == v) return true;
      }
      return false;
    };
    if (!has(x["source"], e.source) || !has(x["target"], e.target) || !has(x["codes"], e.code)) return false;
    // An expected date is YYYY-MM-DD, YYYY-MM or YYYY; the event's must name
    // the same day, month or year with that precision.
    if (!x.contains("date") || x["date"].is_null()) return true;
    const std::string date = x["date"].get<std::string>();
    const char* precision = date.size() == 4 ? "year" : date.size() == 7 ? "month" : "day";
    return e.date.compare(0, date.size(), date) == 0 && e.date_precision == precision;
  };
  std::set<size_t> found;
  size_t unmatched = 0;
  for (const EventRecord& e : coding.events) {
    // Every event is dated on or before publication and its spans point at
    // the words it names.
    EXPECT_LE(e.date, "2025-07-12");
    EXPECT_EQ(e.published, "2025-07-12");
    if (e.verb_span.known()) {
      EXPECT_EQ(doc.text.substr(e.verb_span.begin, e.verb_span.end - e.verb_span.begin), e.verb_text);
    }
    bool any = false;
    for (size_t i = 0; i < expected.size(); ++i) {
      if (matches(expected[i], e)) {
        found.insert(i);
        any = true;
      }
    }
    if (!any) ++unmatched;
    std::printf("[lavrov-kim] %s %s %s %s %s mentions=%lld (%s) %s\n", any ? "MATCH  " : "NOMATCH", e.source.c_str(),
                e.target.c_str(), e.code.c_str(), e.date.c_str(), static_cast<long long>(e.mentions),
                e.verb_text.c_str(), e.sentence_text.substr(0, 80).c_str());
  }
  size_t required = 0, required_found = 0;
  for (size_t i = 0; i < expected.size(); ++i) {
    const bool req = expected[i].value("required", false);
    required += req;
    required_found += req && found.count(i);
    if (req && !found.count(i)) {
      std::printf("[lavrov-kim] MISSING required: %s\n", expected[i]["evidence"].get<std::string>().c_str());
    }
  }
  std::printf("[lavrov-kim] %zu events out; required found %zu/%zu; outputs matching no expected line: %zu\n",
              coding.events.size(), required_found, required, unmatched);
  // What holds today (measured 2026-11-28: 2 of 6 required, 7 unmatched), as
  // a floor against regressions; the goal is required_found == required and
  // unmatched == 0.
  EXPECT_GE(required_found, 2u);
}

}  // namespace
}  // namespace dyad
