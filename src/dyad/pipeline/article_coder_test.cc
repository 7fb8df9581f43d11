#include "dyad/pipeline/article_coder.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/place/gazetteer.h"
#include "dyad/place/gazetteer_builder.h"
#include "dyad/read/article_text.h"
#include "dyad/text/ascii_fold.h"
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
  paths.actors = {WriteTempFile("small.actors.txt",
                                "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\n"
                                "SMEAGOL\n\t[HOB <20191231]\n\t[HOBGOV >20200101]\n")};
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

TEST_F(ArticleCoderTest, DatedActorsTakeTheirRoleOnTheEventsDate) {
  std::vector<EventRecord> events =
      Code(Paragraphs("D", {"Smeagol attacked Gondor.", "Smeagol attacked Gondor in 2019.",
                            "Smeagol attacked Gondor in January 2020."}));
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].source, "HOBGOV");  // on the publication date
  EXPECT_EQ(events[1].source, "HOB");
  EXPECT_EQ(events[1].date, "2019-01-01");
  EXPECT_EQ(events[2].source, "HOBGOV");
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

// A gazetteer of the small set's countries, built in memory.
std::unique_ptr<Gazetteer> SmallGazetteer() {
  auto city = [](std::string name, std::string country, uint32_t population, double lat, double lon) {
    CityRecord c;
    c.name = std::move(name);
    c.country = std::move(country);
    c.feature_code = "PPL";
    c.population = population;
    c.latitude = static_cast<int32_t>(lat * 100000);
    c.longitude = static_cast<int32_t>(lon * 100000);
    return c;
  };
  GazetteerSources sources;
  sources.cities_file = "cities";
  sources.additions_file = "aliases";
  sources.countries = {{"AR", "ARN", "Arnor", {}}, {"GO", "GON", "Gondor", {}}, {"RO", "ROH", "Rohan", {}}};
  sources.cities = {city("Fornost", "AR", 80000, 55.1, -3.2), city("Osgiliath", "GO", 200000, 44.6, 8.9),
                    city("Bree", "RO", 3000, 52.0, 2.0)};
  Diagnostics diagnostics;
  Result<Gazetteer> g = Gazetteer::FromBytes(BuildGazetteer(sources, &diagnostics), "small");
  EXPECT_TRUE(g.ok()) << g.status().ToString();
  return g.ok() ? std::make_unique<Gazetteer>(std::move(*g)) : nullptr;
}

class ArticleLocationTest : public ::testing::Test {
 protected:
  ArticleLocationTest() : set_(SmallSet()), gazetteer_(SmallGazetteer()), coder_(*set_, nullptr, gazetteer_.get()) {}

  // "Name,CCC" of each event's location ("-" when null), merged as `dyad code` merges.
  std::string Places(const Document& doc) {
    ArticleCoding coding;
    Status s = coder_.Code(doc, &coding);
    EXPECT_TRUE(s.ok()) << s.ToString();
    MergeDuplicateEvents(&coding.events);
    std::string out;
    for (const EventRecord& e : coding.events) {
      if (!out.empty()) out += "; ";
      out += e.location ? e.location->name + "," + e.location->country : "-";
    }
    return out;
  }

  std::shared_ptr<const DictionarySet> set_;
  std::unique_ptr<Gazetteer> gazetteer_;
  ArticleCoder coder_;
};

TEST_F(ArticleLocationTest, PlaceNamedInTheEventsClause) {
  EXPECT_EQ(Places(Paragraphs("D", {"Arnor restored ties with Gondor in Fornost."})), "Fornost,ARN");
  EXPECT_EQ(Places(Paragraphs("D", {"Arnor restored ties with Gondor."})), "-");
}

TEST_F(ArticleLocationTest, NamesakesAndQualifyingCountriesAreNotPlaces) {
  // Bree is a village of Rohan, which neither side is.
  EXPECT_EQ(Places(Paragraphs("D", {"Arnor restored ties with Gondor in Bree."})), "-");
  EXPECT_EQ(Places(Paragraphs("D", {"Arnor attacked Gondor over the war in Rohan."})), "-");
}

TEST_F(ArticleLocationTest, TheCapitalOrHereIsTheDatelinePlace) {
  Document doc = Paragraphs("D", {"OSGILIATH:", "Arnor restored ties with Gondor in the capital."});
  doc.segments[0].role = SegmentRole::kDateline;
  EXPECT_EQ(Places(doc), "Osgiliath,GON");
  Document here = Paragraphs("D", {"OSGILIATH:", "Arnor restored ties with Gondor here."});
  here.segments[0].role = SegmentRole::kDateline;
  EXPECT_EQ(Places(here), "Osgiliath,GON");
  // Without "the capital", the dateline places nothing.
  Document elsewhere = Paragraphs("D", {"OSGILIATH:", "Arnor restored ties with Gondor."});
  elsewhere.segments[0].role = SegmentRole::kDateline;
  EXPECT_EQ(Places(elsewhere), "-");
}

TEST_F(ArticleLocationTest, MergedEventTakesThePlaceALaterMentionNames) {
  EXPECT_EQ(Places(Paragraphs("D", {"Arnor restored ties with Gondor on Saturday.",
                                    "On Saturday, Arnor restored ties with Gondor in Fornost."})),
            "Fornost,ARN");
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

// The worked example (../shared/examples) with the built-in dictionaries and
// gazetteer, held to the standard the expected file sets: every `required`
// line is found with an acceptable code, source, target, date and precision,
// and location where the line gives one; every event dyad outputs matches
// some line, required or optional, by source, target and code.
TEST(LavrovKimExampleTest, FindsEveryRequiredEventAndNothingElse) {
  SHARED_OR_SKIP(article_path, "examples/lavrov-kim.txt");
  SHARED_OR_SKIP(expected_path, "examples/lavrov-kim.expected.jsonl");
  if (!fs::exists(BuiltGazetteerPath())) GTEST_SKIP() << BuiltGazetteerPath() << " not built";
  Result<Gazetteer> gazetteer = Gazetteer::Load(BuiltGazetteerPath());
  ASSERT_TRUE(gazetteer.ok()) << gazetteer.status().ToString();
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
  ArticleCoder coder(**set, lexicon.ok() ? lexicon->get() : nullptr, &*gazetteer);
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
  ASSERT_FALSE(expected.empty());
  auto has = [](const nlohmann::json& list, const std::string& v) {
    for (const auto& item : list) {
      if (item.get<std::string>() == v) return true;
    }
    return false;
  };
  auto same_dyad = [&](const nlohmann::json& x, const EventRecord& e) {
    return has(x["source"], e.source) && has(x["target"], e.target) && has(x["codes"], e.code);
  };
  // The line's date (YYYY-MM-DD, YYYY-MM or YYYY, as the spec writes a day,
  // month or year) and location ("Wonsan, PRK"), where it gives them.
  auto same_when_and_where = [](const nlohmann::json& x, const EventRecord& e) {
    if (x.contains("date") && !x["date"].is_null()) {
      const std::string date = x["date"].get<std::string>();
      const char* precision = date.size() == 4 ? "year" : date.size() == 7 ? "month" : "day";
      if (e.date.compare(0, date.size(), date) != 0 || e.date_precision != precision) return false;
    }
    if (x.contains("location") && !x["location"].is_null()) {
      const std::string where = x["location"].get<std::string>();
      const size_t comma = where.rfind(", ");
      if (!e.location || comma == std::string::npos) return false;
      if (AsciiFoldUpper(e.location->name) != AsciiFoldUpper(where.substr(0, comma))) return false;
      if (e.location->country != where.substr(comma + 2)) return false;
    }
    return true;
  };

  std::string unmatched;
  for (const EventRecord& e : coding.events) {
    // Dated on or before publication, spans on the words named.
    EXPECT_LE(e.date, "2025-07-12");
    EXPECT_EQ(e.published, "2025-07-12");
    if (e.verb_span.known()) {
      EXPECT_EQ(doc.text.substr(e.verb_span.begin, e.verb_span.end - e.verb_span.begin), e.verb_text);
    }
    bool any = false;
    for (const nlohmann::json& x : expected) any |= same_dyad(x, e);
    if (!any) unmatched += "\n  " + e.source + " " + e.target + " " + e.code + " (" + e.verb_text + "): " + e.sentence_text;
  }
  std::string missing;
  for (const nlohmann::json& x : expected) {
    if (!x.value("required", false)) continue;
    bool found = false;
    for (const EventRecord& e : coding.events) found |= same_dyad(x, e) && same_when_and_where(x, e);
    if (!found) missing += "\n  " + x["evidence"].get<std::string>();
  }
  EXPECT_EQ(missing, "") << "required events not found:" << missing;
  EXPECT_EQ(unmatched, "") << "events matching no expected line:" << unmatched;
}

}  // namespace
}  // namespace dyad
