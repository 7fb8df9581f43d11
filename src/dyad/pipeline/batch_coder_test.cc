#include "dyad/pipeline/batch_coder.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/parse/lexicon.h"
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
                          "--- EXPEL [174K] ---\n"
                          "EXPEL\n");
  paths.actors = {WriteTempFile("small.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n")};
  paths.agents = WriteTempFile("small.agents.txt", "OFFICIAL [~GOV]\n");
  paths.discards = WriteTempFile("small.discards.txt", "+TYPHOON\n");
  paths.issues = WriteTempFile("small.issues.txt",
                           "<ISSUE CATEGORY=\"DIPLOMACY\" TYPE=\"ALL\">\n"
                           "n:tie [DIPLOMATIC_TIES]\n"
                           "~~secret\n"
                           "</ISSUE>\n");
  Diagnostics diags;
  auto set = DictionarySet::Load(paths, &diags);
  EXPECT_TRUE(set.ok()) << set.status().ToString();
  EXPECT_EQ(diags.error_count(), 0u);
  return set.ok() ? *set : nullptr;
}

std::string Record(const std::string& id, const std::string& date, const std::string& text,
                   const std::string& parse) {
  return "<Sentence date=\"" + date + "\" id=\"" + id + "\">\n<Text>" + text + "</Text>\n<Parse>" + parse +
         "</Parse>\n</Sentence>\n";
}

// "A restored ties with B."
std::string Restored(const std::string& id, const std::string& a, const std::string& b,
                     const std::string& adjective = "") {
  std::string text = a + " restored " + (adjective.empty() ? "" : adjective + " ") + "ties with " + b + ".";
  std::string ties = adjective.empty() ? "(NP (NNS ties))" : "(NP (JJ " + adjective + ") (NNS ties))";
  return Record(id, "19950101", text,
                "(ROOT (S (NP (NNP " + a + ")) (VP (VBD restored) " + ties + " (PP (IN with) (NP (NNP " + b +
                    ")))) (. .)))");
}

struct BatchRun {
  std::string out;
  Diagnostics diagnostics;
  BatchStats stats;
};

BatchRun Code(const DictionarySet& set, const std::string& xml, const BatchOptions& options = {},
         bool build_trees = false) {
  BatchRun run;
  Result<PetrarchFile> file = ReadPetrarchXml(xml, "in.xml", &run.diagnostics, {.build_trees = build_trees});
  EXPECT_TRUE(file.ok()) << file.status().ToString();
  if (!file.ok()) return run;
  BatchCoder coder(set, options);
  coder.CodeFile(*file, "in.xml", &run.diagnostics, [&](std::string_view s) { run.out.append(s); });
  run.stats = coder.stats();
  return run;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  size_t begin = 0;
  for (size_t nl; (nl = s.find('\n', begin)) != std::string::npos; begin = nl + 1) lines.push_back(s.substr(begin, nl - begin));
  return lines;
}

bool Has(const std::string& line, const std::string& part) { return line.find(part) != std::string::npos; }

TEST(BatchCoderTest, EventFieldsFromARecord) {
  auto set = SmallSet();
  ASSERT_TRUE(set);
  BatchRun r = Code(*set, "<Sentences>\n" + Restored("S1-1", "Arnor", "Gondor") + "</Sentences>\n");
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  const std::string& l = lines[0];
  EXPECT_TRUE(Has(l, "{\"event_id\":\"S1-0-0\",\"doc_id\":\"S1\",\"sentence\":0,\"sentence_id\":\"S1-1\","
                     "\"date\":\"1995-01-01\",\"date_precision\":\"day\",\"published\":\"1995-01-01\","
                     "\"source\":\"ARN\",\"target\":\"GON\",\"code\":\"064\",\"root\":\"06\",\"quad_class\":2,"
                     "\"goldstein\":"))
      << l;
  EXPECT_TRUE(Has(l, "\"source_text\":\"Arnor\",\"target_text\":\"Gondor\",\"verb_text\":\"restored\","
                     "\"spans\":{\"source\":[0,5],\"target\":[25,31],\"verb\":[6,14]},"
                     "\"sentence_text\":\"Arnor restored ties with Gondor.\",\"pattern\":\"small.verbs.txt:2\","
                     "\"location\":null,\"issues\":[\"DIPLOMATIC_TIES\"],\"mentions\":1}"))
      << l;
  EXPECT_EQ(r.stats.records, 1u);
  EXPECT_EQ(r.stats.coded, 1u);
  EXPECT_EQ(r.stats.events, 1u);
  EXPECT_EQ(r.stats.skipped, 0u);
}

TEST(BatchCoderTest, SentencesOfADocumentAreNumberedAndSpansIndexTheDocumentText) {
  auto set = SmallSet();
  ASSERT_TRUE(set);
  // Document S1 = "Arnor restored ties with Gondor. Gondor restored ties with Arnor."
  BatchRun r = Code(*set, "<Sentences>\n" + Restored("S1-1", "Arnor", "Gondor") + Restored("S1-2", "Gondor", "Arnor") +
                         Restored("S2-1", "Gondor", "Arnor") + "</Sentences>\n");
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_TRUE(Has(lines[1], "\"event_id\":\"S1-1-0\",\"doc_id\":\"S1\",\"sentence\":1,")) << lines[1];
  EXPECT_TRUE(Has(lines[1], "\"spans\":{\"source\":[33,39],\"target\":[59,64],\"verb\":[40,48]}")) << lines[1];
  EXPECT_TRUE(Has(lines[2], "\"event_id\":\"S2-0-0\",\"doc_id\":\"S2\",\"sentence\":0,")) << lines[2];
  EXPECT_TRUE(Has(lines[2], "\"spans\":{\"source\":[0,6],")) << lines[2];
}

TEST(BatchCoderTest, RepeatedRecordIdsStillGetUniqueEventIds) {
  auto set = SmallSet();
  ASSERT_TRUE(set);
  BatchRun r = Code(*set, "<Sentences>\n" + Restored("G_9", "Arnor", "Gondor") + Restored("G_9", "Arnor", "Gondor") +
                         "</Sentences>\n");
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_TRUE(Has(lines[0], "\"event_id\":\"G-0-0\"")) << lines[0];
  EXPECT_TRUE(Has(lines[1], "\"event_id\":\"G-1-0\"")) << lines[1];
}

TEST(BatchCoderTest, ParseTextCodesRecordsFromTheirTextWithSpans) {
  auto set = SmallSet();
  ASSERT_TRUE(set);
  auto lexicon = Lexicon::Shared();
  // The <Parse> has no verb, so only the text can give the event; the second
  // record has no <Parse> at all and the third no word.
  const std::string xml = "<Sentences>\n" +
                          Record("P-1", "19950101", "Arnor restored ties with Gondor.", "(ROOT (NP (NNP Arnor)))") +
                          "<Sentence date=\"19950101\" id=\"P-2\">\n<Text>Gondor restored ties with Arnor.</Text>\n"
                          "</Sentence>\n" + Record("P-3", "19950101", "", "(ROOT (NP (NNP Arnor)))") + "</Sentences>\n";
  BatchRun r = Code(*set, xml, {.threads = 1, .parse_text = true, .lexicon = lexicon.ok() ? lexicon->get() : nullptr});
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_TRUE(Has(lines[0], "\"source\":\"ARN\",\"target\":\"GON\",\"code\":\"064\"")) << lines[0];
  EXPECT_TRUE(Has(lines[0], "\"spans\":{\"source\":[0,5],\"target\":[25,31],\"verb\":[6,14]}")) << lines[0];
  EXPECT_TRUE(Has(lines[1], "\"sentence_id\":\"P-2\",") && Has(lines[1], "\"source\":\"GON\",\"target\":\"ARN\""))
      << lines[1];
  EXPECT_EQ(r.stats.skipped, 1u);
  bool reported = false;
  for (const Diagnostic& d : r.diagnostics.all()) {
    reported |= d.ToString().find("P/P-3: no word in <Text>") != std::string::npos;
  }
  EXPECT_TRUE(reported);
  // From the given parses, neither record codes.
  EXPECT_EQ(Code(*set, xml).stats.events, 0u);
}

TEST(BatchCoderTest, CodeOutsideTheCameoTableHasNoGoldstein) {
  auto set = SmallSet();
  ASSERT_TRUE(set);
  BatchRun r = Code(*set, "<Sentences>\n" +
                         Record("X-1", "19950101", "Arnor expels Gondor.",
                                "(ROOT (S (NP (NNP Arnor)) (VP (VBZ expels) (NP (NNP Gondor))) (. .)))") +
                         "</Sentences>\n");
  EXPECT_TRUE(Has(r.out, "\"code\":\"174K\",\"root\":\"17\",\"quad_class\":4,\"goldstein\":null,")) << r.out;
  EXPECT_TRUE(Has(r.out, "\"issues\":[]")) << r.out;
}

TEST(BatchCoderTest, StoryDiscardDropsTheWholeStory) {
  auto set = SmallSet();
  ASSERT_TRUE(set);
  std::string typhoon = Record("S1-2", "19950101", "The typhoon passed.",
                               "(ROOT (S (NP (DT The) (NN typhoon)) (VP (VBD passed)) (. .)))");
  BatchRun r = Code(*set, "<Sentences>\n" + Restored("S1-1", "Arnor", "Gondor") + typhoon +
                         Restored("S2-1", "Gondor", "Arnor") + "</Sentences>\n");
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  EXPECT_TRUE(Has(lines[0], "\"doc_id\":\"S2\"")) << lines[0];
  EXPECT_EQ(r.stats.coded, 3u);
  EXPECT_EQ(r.stats.skipped, 0u);
}

TEST(BatchCoderTest, StoryIssueExclusionCancelsTheCategoryInEverySentence) {
  auto set = SmallSet();
  ASSERT_TRUE(set);
  BatchRun r = Code(*set, "<Sentences>\n" + Restored("S1-1", "Arnor", "Gondor") +
                         Restored("S1-2", "Gondor", "Arnor", "secret") + Restored("S2-1", "Gondor", "Arnor") +
                         "</Sentences>\n");
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_TRUE(Has(lines[0], "\"issues\":[]")) << lines[0];
  EXPECT_TRUE(Has(lines[1], "\"issues\":[]")) << lines[1];
  EXPECT_TRUE(Has(lines[2], "\"issues\":[\"DIPLOMATIC_TIES\"]")) << lines[2];
}

TEST(BatchCoderTest, BadRecordsAreReportedWithDocumentAndRecordIdAndSkipped) {
  auto set = SmallSet();
  ASSERT_TRUE(set);
  std::string broken = Record("S1-2", "19950101", "Arnor restored", "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored)");
  std::string bad_date = Record("S1-3", "1995", "Arnor restored ties with Gondor.",
                                "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP "
                                "(NNP Gondor)))) (. .)))");
  std::string no_parse = "<Sentence date=\"19950101\" id=\"S1-4\"><Text>Arnor.</Text></Sentence>\n";
  BatchRun r = Code(*set, "<Sentences>\n" + Restored("S1-1", "Arnor", "Gondor") + broken + bad_date + no_parse +
                         Restored("S1-5", "Gondor", "Arnor") + "</Sentences>\n");
  EXPECT_EQ(Lines(r.out).size(), 2u) << r.out;
  EXPECT_EQ(r.stats.records, 5u);
  EXPECT_EQ(r.stats.coded, 2u);
  EXPECT_EQ(r.stats.skipped, 3u);
  std::vector<std::string> errors;
  for (const Diagnostic& d : r.diagnostics.all()) {
    if (d.severity == Severity::kError) errors.push_back(d.ToString());
  }
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_TRUE(Has(errors[0], "in.xml:6:") && Has(errors[0], "S1/S1-2: bad_input_parse")) << errors[0];
  EXPECT_TRUE(Has(errors[1], "S1/S1-3: date '1995' is not YYYYMMDD")) << errors[1];
  EXPECT_TRUE(Has(errors[2], "S1/S1-4: ") && Has(errors[2], "<Parse>")) << errors[2];
  // The skipped sentences keep their indices: S1-5 is sentence 4.
  EXPECT_TRUE(Has(r.out, "\"event_id\":\"S1-4-0\"")) << r.out;
}

TEST(BatchCoderTest, ConfigAppliesFromWhereItStands) {
  auto set = SmallSet();
  ASSERT_TRUE(set);
  std::string elves = Record("E-1", "19950101", "Arnor restored ties with elves.",
                             "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNS "
                             "elves)))) (. .)))");
  std::string elves2 = elves;
  elves2.replace(elves2.find("E-1"), 3, "F-1");
  BatchRun r = Code(*set, "<Sentences>\n" + elves + "<Config option=\"require_dyad\" value=\"False\"></Config>\n" +
                         elves2 + "</Sentences>\n");
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_GE(lines.size(), 1u) << r.out;
  EXPECT_EQ(r.out.find("\"doc_id\":\"E\""), std::string::npos) << r.out;
  EXPECT_TRUE(Has(lines[0], "\"doc_id\":\"F\"")) << r.out;
  EXPECT_TRUE(Has(lines[0], "\"source\":\"ARN\"")) << r.out;
}

TEST(BatchCoderTest, TreesFromTheReaderGiveTheSameOutput) {
  auto set = SmallSet();
  ASSERT_TRUE(set);
  std::string xml = "<Sentences>\n" + Restored("S1-1", "Arnor", "Gondor") + Restored("S1-2", "Gondor", "Arnor") +
                    "</Sentences>\n";
  BatchRun built_here = Code(*set, xml, {}, false);
  BatchRun built_by_reader = Code(*set, xml, {}, true);
  EXPECT_FALSE(built_here.out.empty());
  EXPECT_EQ(built_here.out, built_by_reader.out);
}

// The output must not depend on the number of threads.
void ExpectSameOutputForOneAndFourThreads(const DictionarySet& set, const std::string& xml_path) {
  Result<std::string> xml = ReadFile(xml_path);
  ASSERT_TRUE(xml.ok());
  std::string twice = *xml + *xml;  // more chunks than threads, repeated documents
  BatchRun one = Code(set, twice, {.threads = 1, .chunk_records = 3});
  BatchRun four = Code(set, twice, {.threads = 4, .chunk_records = 3});
  EXPECT_GT(one.stats.events, 10u);
  EXPECT_EQ(one.out, four.out);
  EXPECT_EQ(one.stats.events, four.stats.events);
  EXPECT_EQ(one.stats.skipped, four.stats.skipped);
  ASSERT_EQ(one.diagnostics.all().size(), four.diagnostics.all().size());
  for (size_t i = 0; i < one.diagnostics.all().size(); ++i) {
    EXPECT_EQ(one.diagnostics.all()[i].ToString(), four.diagnostics.all()[i].ToString());
  }
}

TEST(BatchCoderTest, UnitTestFileOneAndFourThreadsIdentical) {
  SHARED_OR_SKIP(xml, "peers/petrarch2/PETR.UnitTest.visible.xml");
  std::string dir = fs::path(xml).parent_path().string() + "/";
  DictionaryPaths paths;
  paths.verbs = dir + "PETR.Validate.verbs.txt";
  paths.actors = {dir + "PETR.Validate.actors.txt"};
  paths.agents = dir + "PETR.Validate.agents.txt";
  paths.discards = dir + "PETR.Validate.discards.txt";
  Diagnostics diags;
  auto set = DictionarySet::Load(paths, &diags);
  ASSERT_TRUE(set.ok());
  ExpectSameOutputForOneAndFourThreads(**set, xml);
}

TEST(BatchCoderTest, GigaWordOneAndFourThreadsIdentical) {
  SHARED_OR_SKIP(xml, "peers/petrarch2/GigaWord.sample.PETR.xml");
  std::string dir = fs::path(xml).parent_path().string() + "/";
  const DictionaryPaths paths = Petrarch2ProductionSet(dir);
  Diagnostics diags;
  auto set = DictionarySet::Load(paths, &diags);
  ASSERT_TRUE(set.ok());
  ExpectSameOutputForOneAndFourThreads(**set, xml);
}

}  // namespace
}  // namespace dyad
