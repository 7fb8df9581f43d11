// How far events coded from raw text by dyad's own parser agree with events
// coded from the CoreNLP parses the PETRARCH2 GigaWord sample gives, with the
// PETRARCH2 production dictionaries: both ways through BatchCoder, as
// `dyad code` runs them with and without --parsed.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/base/file.h"
#include "dyad/parse/lexicon.h"
#include "dyad/pipeline/batch_coder.h"
#include "testing/shared_data.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// (source, target, root), as the JSON line writes them.
using Triple = std::array<std::string, 3>;
using RecordTriples = std::map<std::string, std::vector<Triple>>;  // by record, sorted

// The value of the first string field `key` at or after *from in a JSON line
// our writer produced, escapes left as written; *from moves past it. Empty
// when absent.
std::string Field(std::string_view line, std::string_view key, size_t* from) {
  std::string pattern = "\"" + std::string(key) + "\":\"";
  size_t at = line.find(pattern, *from);
  if (at == std::string_view::npos) return "";
  size_t begin = at + pattern.size(), end = begin;
  while (end < line.size() && line[end] != '"') end += line[end] == '\\' ? 2 : 1;
  *from = end;
  return std::string(line.substr(begin, end - begin));
}

// Codes `file` and collects its events' triples by record: "DOC_ID-SENTENCE",
// the event id without its event index, which (unlike the record id) is
// unique in a file.
RecordTriples Code(const DictionarySet& set, const PetrarchFile& file, const BatchOptions& options,
                   size_t expect_skipped) {
  BatchCoder coder(set, options);
  Diagnostics diagnostics;
  std::string out;
  coder.CodeFile(file, "GigaWord.sample.PETR.xml", &diagnostics, [&](std::string_view s) { out.append(s); });
  EXPECT_EQ(coder.stats().skipped, expect_skipped);
  RecordTriples triples;
  for (size_t begin = 0, nl; (nl = out.find('\n', begin)) != std::string::npos; begin = nl + 1) {
    std::string_view line = std::string_view(out).substr(begin, nl - begin);
    size_t at = 0;
    std::string event_id = Field(line, "event_id", &at);
    std::string source = Field(line, "source", &at);
    std::string target = Field(line, "target", &at);
    std::string root = Field(line, "root", &at);
    triples[event_id.substr(0, event_id.rfind('-'))].push_back({source, target, root});
  }
  for (auto& [id, list] : triples) std::sort(list.begin(), list.end());
  return triples;
}

std::string Show(const std::vector<Triple>& list) {
  std::string s;
  for (const Triple& t : list) s += " (" + t[0] + " " + t[1] + " " + t[2] + ")";
  return s.empty() ? " none" : s;
}

TEST(OwnParserAgreementTest, GigaWordEventsFromRawTextAgreeWithThoseFromTheGivenParses) {
  SHARED_OR_SKIP(xml, "peers/petrarch2/GigaWord.sample.PETR.xml");
  auto lexicon = Lexicon::Shared();
  ASSERT_TRUE(lexicon.ok()) << "install wordnet-base: " << lexicon.status().ToString();
  Diagnostics diagnostics;
  auto set = DictionarySet::Load(Petrarch2ProductionSet(fs::path(xml).parent_path().string() + "/"), &diagnostics);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  Result<std::string> text = ReadFile(xml);
  ASSERT_TRUE(text.ok());
  Result<PetrarchFile> file = ReadPetrarchXml(*text, xml, &diagnostics, {.build_trees = false});
  ASSERT_TRUE(file.ok()) << file.status().ToString();

  // A record without text cannot be coded from it; it is left out of both
  // figures (and reported).
  size_t textless = 0;
  for (const PetrarchItem& item : file->items) {
    const auto* record = std::get_if<PetrarchRecord>(&item);
    if (record != nullptr && record->text.empty()) ++textless;
  }
  RecordTriples parsed = Code(**set, *file, {.threads = 2}, 0);
  RecordTriples raw = Code(**set, *file, {.threads = 2, .parse_text = true, .lexicon = lexicon->get()}, textless);

  // Per record, the triples both modes found, counted as multisets.
  size_t shared = 0, parsed_count = 0, raw_count = 0, parsed_textless = 0;
  std::string disagreements;
  std::map<std::string, int64_t> sentences;  // per document, as BatchCoder counts them
  for (const PetrarchItem& item : file->items) {
    const auto* record = std::get_if<PetrarchRecord>(&item);
    if (record == nullptr) continue;
    const std::string key = record->document_id + "-" + std::to_string(sentences[record->document_id]++);
    const std::vector<Triple>& p = parsed[key];
    const std::vector<Triple>& r = raw[key];
    if (record->text.empty()) {
      parsed_textless += p.size();
      continue;
    }
    std::vector<Triple> both;
    std::set_intersection(p.begin(), p.end(), r.begin(), r.end(), std::back_inserter(both));
    shared += both.size();
    parsed_count += p.size();
    raw_count += r.size();
    if (p != r) disagreements += "  " + record->id + ": " + record->text + "\n    raw:   " + Show(r) + "\n    parsed:" + Show(p) + "\n";
  }
  ASSERT_GT(parsed_count, 40u);
  const double parsed_found = 100.0 * shared / parsed_count;
  const double raw_found = raw_count == 0 ? 0 : 100.0 * shared / raw_count;
  std::printf("triples (source, target, root) of the %zu records with text: parsed %zu, raw %zu, in both %zu\n"
              "  parsed-mode triples also found from raw text: %.1f%%\n"
              "  raw-text triples also found from the parses:  %.1f%%\n"
              "  (left out: %zu records without text, with %zu parsed-mode triples)\n"
              "records that differ:\n%s",
              file->record_count() - textless, parsed_count, raw_count, shared, parsed_found, raw_found, textless,
              parsed_textless, disagreements.c_str());
  EXPECT_GE(parsed_found, 85.0);
  EXPECT_GE(raw_found, 85.0);
}

}  // namespace
}  // namespace dyad
