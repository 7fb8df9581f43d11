#include "dyad/write/event_record.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

EventRecord Sample() {
  EventRecord e;
  e.event_id = "AFP0808020625-4-0";
  e.doc_id = "AFP0808020625";
  e.sentence = 4;
  e.sentence_id = "AFP0808020625_4";
  e.date = "2008-08-04";
  e.published = "2008-08-04";
  e.source = "USAGOV";
  e.target = "CHN";
  SetEventCode("042", &e);
  e.source_text = "the US leader";
  e.target_text = "Beijing";
  e.verb_text = "attend";
  e.source_span = {100, 113};
  e.target_span = {140, 147};
  e.verb_span = {129, 135};
  e.sentence_text = "He said \"go\".";
  e.pattern = "CAMEO.2.0.txt:1234";
  e.issues = {"OLYMPICS", "SPORT"};
  return e;
}

std::string Line(const EventRecord& e) {
  std::string out;
  AppendJsonLine(e, &out);
  return out;
}

TEST(EventRecordTest, TableCodeGetsRootQuadClassAndGoldstein) {
  EventRecord e;
  SetEventCode("0874", &e);
  EXPECT_EQ(e.code, "0874");
  EXPECT_EQ(e.root, "08");
  EXPECT_EQ(e.quad_class, 2);
  ASSERT_TRUE(e.goldstein.has_value());
  EXPECT_DOUBLE_EQ(*e.goldstein, 10.0);
}

TEST(EventRecordTest, CodeOutsideTheTableKeepsRootAndQuadClassButNoGoldstein) {
  EventRecord e;
  SetEventCode("042", &e);  // a previous code's Goldstein must not linger
  SetEventCode("174K", &e);
  EXPECT_EQ(e.root, "17");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_FALSE(e.goldstein.has_value());
  SetEventCode("1010", &e);
  EXPECT_EQ(e.root, "10");
  EXPECT_EQ(e.quad_class, 3);
  EXPECT_FALSE(e.goldstein.has_value());
  SetEventCode("99", &e);
  EXPECT_EQ(e.quad_class, 0);
}

TEST(EventRecordTest, EveryFieldInContractOrder) {
  EXPECT_EQ(Line(Sample()),
            "{\"event_id\":\"AFP0808020625-4-0\",\"doc_id\":\"AFP0808020625\",\"sentence\":4,"
            "\"sentence_id\":\"AFP0808020625_4\",\"date\":\"2008-08-04\",\"date_precision\":\"day\","
            "\"published\":\"2008-08-04\",\"source\":\"USAGOV\",\"target\":\"CHN\",\"code\":\"042\","
            "\"root\":\"04\",\"quad_class\":1,\"goldstein\":1.9,\"source_text\":\"the US leader\","
            "\"target_text\":\"Beijing\",\"verb_text\":\"attend\","
            "\"spans\":{\"source\":[100,113],\"target\":[140,147],\"verb\":[129,135]},"
            "\"sentence_text\":\"He said \\\"go\\\".\",\"pattern\":\"CAMEO.2.0.txt:1234\","
            "\"location\":null,\"issues\":[\"OLYMPICS\",\"SPORT\"],\"mentions\":1}\n");
}

TEST(EventRecordTest, AbsentPartsAreNullOrOmitted) {
  EventRecord e = Sample();
  e.sentence_id.clear();
  e.published.clear();
  e.target.clear();
  e.target_span = {};
  SetEventCode("1010", &e);
  e.issues.clear();
  std::string line = Line(e);
  EXPECT_EQ(line.find("sentence_id"), std::string::npos) << line;
  EXPECT_EQ(line.find("published"), std::string::npos) << line;
  EXPECT_NE(line.find("\"target\":\"\","), std::string::npos) << line;
  EXPECT_NE(line.find("\"target\":null,\"verb\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"quad_class\":3,\"goldstein\":null,"), std::string::npos) << line;
  EXPECT_NE(line.find("\"issues\":[],"), std::string::npos) << line;
}

TEST(EventRecordTest, LocationAndOtherPrecisions) {
  EventRecord e = Sample();
  e.date = "2025-07-01";
  e.date_precision = "month";
  e.mentions = 3;
  e.location = EventLocation{"Kyiv", "UKR", 50.45, 30.5236};
  std::string line = Line(e);
  EXPECT_NE(line.find("\"date\":\"2025-07-01\",\"date_precision\":\"month\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"location\":{\"name\":\"Kyiv\",\"country\":\"UKR\",\"lat\":50.45,\"lon\":30.5236}"),
            std::string::npos)
      << line;
  EXPECT_NE(line.find("\"mentions\":3}\n"), std::string::npos) << line;
}

TEST(EventRecordTest, TextFieldsAreEscapedAndOneLine) {
  EventRecord e = Sample();
  e.sentence_text = "line one\nline \"two\"\t\x80";
  e.doc_id = "a\\b";
  std::string line = Line(e);
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  EXPECT_NE(line.find("\"doc_id\":\"a\\\\b\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"sentence_text\":\"line one\\nline \\\"two\\\"\\t\xEF\xBF\xBD\""), std::string::npos)
      << line;
}

}  // namespace
}  // namespace dyad
