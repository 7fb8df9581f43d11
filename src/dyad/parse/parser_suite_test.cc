// The parser measured on the shared PETRARCH files: records coded from raw
// text, and part-of-speech agreement with the files' CoreNLP parses.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/code/validation.h"
#include "dyad/parse/lexicon.h"
#include "dyad/parse/parser.h"
#include "dyad/read/petrarch_xml.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

const Lexicon* SharedLexicon() {
  auto lexicon = Lexicon::Shared();
  return lexicon.ok() ? lexicon->get() : nullptr;
}

TEST(ParserSuiteTest, CodesTheUnitTestRecordsFromRawText) {
  SHARED_OR_SKIP(path, "peers/petrarch2/PETR.UnitTest.visible.xml");
  ASSERT_NE(SharedLexicon(), nullptr) << "install wordnet-base";
  Parser parser(SharedLexicon());
  TreeSource own = [&parser](const PetrarchRecord& record, const DictionarySet& set, ParseTree* tree) {
    parser.SetDictionaries(TaggerDictionaries::Of(set));
    return parser.ParseSentence(record.text, tree);
  };
  Diagnostics diagnostics;
  Result<ValidationReport> report = RunValidationFile(path, &diagnostics, own);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  std::string failed;
  for (const RecordVerdict& r : report->records) if (!r.pass) failed += " " + r.id;
  std::printf("raw text: %zu passed, %zu failed:%s\n", report->passed, report->failed, failed.c_str());
  EXPECT_GE(report->passed, 150u);
}

struct Agreement {
  size_t pairs = 0;
  size_t agree = 0;
  std::map<std::pair<std::string, std::string>, size_t> confusions;  // (gold, ours)
};

// Pairs our tokens with the file's by byte range in the record's text.
void Compare(const std::string& relative, Parser* parser, Agreement* out) {
  Result<std::string> text = ReadFile(*testing::SharedFile(relative));
  ASSERT_TRUE(text.ok());
  Diagnostics diagnostics;
  Result<PetrarchFile> file = ReadPetrarchXml(*text, relative, &diagnostics);
  ASSERT_TRUE(file.ok());
  ParseTree ours;
  for (const PetrarchItem& item : file->items) {
    const auto* record = std::get_if<PetrarchRecord>(&item);
    if (record == nullptr || !record->parse_status.ok()) continue;
    ASSERT_TRUE(parser->ParseSentence(record->text, &ours).ok());
    const ParseTree& gold = record->tree;
    std::map<std::pair<int, int>, int> by_range;
    for (int t = 0; t < ours.token_count(); ++t) by_range[{ours.token(t).begin, ours.token(t).end}] = t;
    for (int t = 0; t < gold.token_count(); ++t) {
      auto it = by_range.find({gold.token(t).begin, gold.token(t).end});
      if (gold.token(t).begin < 0 || it == by_range.end()) continue;
      ++out->pairs;
      std::string g(gold.tag(t)), o(ours.tag(it->second));
      if (g == o) ++out->agree;
      else ++out->confusions[{g, o}];
    }
  }
}

TEST(ParserSuiteTest, TagsAgreeWithTheCoreNlpParses) {
  SHARED_OR_SKIP(unit, "peers/petrarch2/PETR.UnitTest.visible.xml");
  SHARED_OR_SKIP(giga, "peers/petrarch2/GigaWord.sample.PETR.xml");
  ASSERT_NE(SharedLexicon(), nullptr) << "install wordnet-base";
  Parser parser(SharedLexicon());
  Agreement a;
  Compare("peers/petrarch2/PETR.UnitTest.visible.xml", &parser, &a);
  Compare("peers/petrarch2/GigaWord.sample.PETR.xml", &parser, &a);
  ASSERT_GT(a.pairs, 1000u);
  double rate = 100.0 * a.agree / a.pairs;
  std::vector<std::pair<size_t, std::string>> top;
  for (const auto& [k, n] : a.confusions) top.push_back({n, k.first + "->" + k.second});
  std::sort(top.rbegin(), top.rend());
  std::printf("POS agreement %.2f%% of %zu aligned tokens; top confusions (gold->ours):", rate, a.pairs);
  for (size_t i = 0; i < std::min<size_t>(12, top.size()); ++i) std::printf(" %s %zu", top[i].second.c_str(), top[i].first);
  std::printf("\n");
  EXPECT_GE(rate, 93.0);
}

}  // namespace
}  // namespace dyad
