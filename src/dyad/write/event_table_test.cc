#include "dyad/write/event_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

EventRecord Sample() {
  EventRecord e;
  e.event_id = "D-0-0";
  e.doc_id = "D";
  e.date = "2025-07-12";
  e.published = "2025-07-12";
  e.source = "RUSGOVFRN";
  e.target = "PRK";
  SetEventCode("040", &e);
  e.source_text = "Lavrov";
  e.verb_text = "met";
  e.source_span = {0, 6};
  e.sentence_text = "Lavrov, \"smiling\", met Kim\nagain.";
  e.issues = {"A", "B"};
  return e;
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> parts(1);
  for (char c : s) {
    if (c == sep) {
      parts.emplace_back();
    } else {
      parts.back().push_back(c);
    }
  }
  return parts;
}

TEST(EventTableTest, CsvQuotesCommasQuotesAndNewlines) {
  std::string out;
  AppendCsvRow(Sample(), false, &out);
  EXPECT_NE(out.find(",\"Lavrov, \"\"smiling\"\", met Kim\nagain.\","), std::string::npos) << out;
  EXPECT_NE(out.find(",Lavrov,,met,0,6,,,,,"), std::string::npos) << out;
  EXPECT_NE(out.find(",A;B,1\n"), std::string::npos) << out;
}

TEST(EventTableTest, CsvHeaderAndRowHaveTheSameColumnCount) {
  std::string header, row;
  AppendCsvHeader(true, &header);
  EventRecord e = Sample();
  e.sentence_text = "plain";
  e.doc_ids = {"D", "E"};
  AppendCsvRow(e, true, &row);
  EXPECT_EQ(Split(header, ',').size(), Split(row, ',').size());
  EXPECT_NE(row.find(",D;E\n"), std::string::npos) << row;
}

TEST(EventTableTest, PhoenixHasTwentySixColumnsInOrder) {
  std::string out;
  AppendPhoenixRow(Sample(), &out);
  ASSERT_EQ(out.back(), '\n');
  out.pop_back();
  std::vector<std::string> cols = Split(out, '\t');
  ASSERT_EQ(cols.size(), static_cast<size_t>(kPhoenixColumns));
  EXPECT_EQ(cols[0], "D-0-0");
  EXPECT_EQ(cols[1], "20250712");
  EXPECT_EQ(cols[2], "2025");
  EXPECT_EQ(cols[3], "07");
  EXPECT_EQ(cols[4], "12");
  EXPECT_EQ(cols[5], "RUSGOVFRN");
  EXPECT_EQ(cols[6], "RUS");
  EXPECT_EQ(cols[7], "GOV");
  EXPECT_EQ(cols[8], "FRN");
  EXPECT_EQ(cols[9], "PRK");
  EXPECT_EQ(cols[10], "PRK");
  EXPECT_EQ(cols[11], "");
  EXPECT_EQ(cols[13], "040");
  EXPECT_EQ(cols[14], "04");
  EXPECT_EQ(cols[15], "1");
  EXPECT_EQ(cols[17], "A;B");
  EXPECT_EQ(cols[23], "D_0");
}

// Columns 6-9 (or 10-13) of a Phoenix row for an event whose source is `code`.
std::vector<std::string> PhoenixActor(const std::string& code) {
  EventRecord e = Sample();
  e.source = code;
  std::string out;
  AppendPhoenixRow(e, &out);
  out.pop_back();
  std::vector<std::string> cols = Split(out, '\t');
  return {cols[5], cols[6], cols[7], cols[8]};
}

TEST(EventTableTest, PhoenixSplitsActorsIntoEntityRoleAndAttributes) {
  using V = std::vector<std::string>;
  EXPECT_EQ(PhoenixActor("USAGOVLEG"), (V{"USAGOVLEG", "USA", "GOV", "LEG"}));
  EXPECT_EQ(PhoenixActor("USAELIGOV"), (V{"USAELIGOV", "USA", "", "ELI;GOV"}));  // the role follows the entity
  EXPECT_EQ(PhoenixActor("IGOUNOKID"), (V{"IGOUNOKID", "IGO", "", "UNO;KID"}));
  EXPECT_EQ(PhoenixActor("SYRREB"), (V{"SYRREB", "SYR", "REB", ""}));
  EXPECT_EQ(PhoenixActor("REBMIL"), (V{"REBMIL", "", "REB", "MIL"}));  // no entity: the role comes first
  EXPECT_EQ(PhoenixActor("UAF"), (V{"UAF", "", "", "UAF"}));
  EXPECT_EQ(PhoenixActor(""), (V{"", "", "", ""}));
}

TEST(EventTableTest, PhoenixClassHasANeutralClassAndCountsReducedRelationsAsVerbal) {
  auto phoenix_class = [](const std::string& code) {
    EventRecord e = Sample();
    SetEventCode(code, &e);
    std::string out;
    AppendPhoenixRow(e, &out);
    return Split(out, '\t')[15];
  };
  EXPECT_EQ(phoenix_class("010"), "0");
  EXPECT_EQ(phoenix_class("020"), "0");
  EXPECT_EQ(phoenix_class("036"), "1");
  EXPECT_EQ(phoenix_class("057"), "1");
  EXPECT_EQ(phoenix_class("064"), "2");
  EXPECT_EQ(phoenix_class("0874"), "2");
  EXPECT_EQ(phoenix_class("112"), "3");
  EXPECT_EQ(phoenix_class("138"), "3");
  EXPECT_EQ(phoenix_class("160"), "3");
  EXPECT_EQ(phoenix_class("141"), "4");
  EXPECT_EQ(phoenix_class("172"), "4");
  EXPECT_EQ(phoenix_class("190"), "4");
  EXPECT_EQ(phoenix_class("---"), "");
}

TEST(EventTableTest, PhoenixValuesCannotBreakTheRow) {
  EventRecord e = Sample();
  e.event_id = "a\tb\nc";
  std::string out;
  AppendPhoenixRow(e, &out);
  EXPECT_EQ(Split(out, '\n').size(), 2u);
  EXPECT_EQ(out.substr(0, 6), "a b c\t");
}

}  // namespace
}  // namespace dyad
