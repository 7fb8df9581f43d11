// How far events coded from raw text by dyad's own parser agree with events
// coded from the CoreNLP parses the PETRARCH2 GigaWord sample gives, with the
// PETRARCH2 production dictionaries: both ways through BatchCoder, as
// `dyad code` runs them without and with --parsed.
//
// The measure: per record, the (source, target, root) triples of each mode as
// multisets; what they share, summed over the records, as a share of all
// parsed-mode triples and of all raw-text triples. Records without text are
// left out. The figures are printed for every record with text and for the
// records whose <Parse> is a parse of their very words; the test requires
// 85% both ways on the latter, since a parse of other words ("President
// Bush" for "Bush", "said" for "claimed") cannot be matched by parsing the
// text. A third run gives those records the words of their parse as raw text
// (the same words for both parsers), and requires 85% both ways over every
// record with text. The records that differ are printed with both sets of
// triples.
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
#include "dyad/base/text.h"
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

// Letters, digits and commas: what a parse must show of its text. (Some
// parses lack the text's final period; commas matter, as the coder drops
// clauses between them.)
bool IsWordByte(char c) { return IsAsciiAlpha(c) || IsDigit(c) || c == ',' || static_cast<unsigned char>(c) >= 0x80; }

// Whether the record's <Parse> is a parse of its <Text> word for word: every
// token with a letter, digit or comma found in the text, and every letter,
// digit and comma of the text in a token. Some records of the sample parse
// another wording ("President Bush" for "Bush", "said" for "claimed", commas
// the text does not have), which no parser of the text could match.
bool ParseOfItsText(const PetrarchRecord& record) {
  if (record.tree.node_count() == 0) return false;
  size_t covered = 0;
  for (int t = 0; t < record.tree.token_count(); ++t) {
    const auto& token = record.tree.token(t);
    if (token.begin < 0) {
      std::string_view word = record.tree.word(t);
      if (std::any_of(word.begin(), word.end(), IsWordByte)) return false;
      continue;
    }
    covered += std::count_if(record.text.begin() + token.begin, record.text.begin() + token.end, IsWordByte);
  }
  return covered == static_cast<size_t>(std::count_if(record.text.begin(), record.text.end(), IsWordByte));
}

// The words of the record's parse, joined by spaces: raw text with the very
// words CoreNLP parsed.
std::string WordsOfParse(const PetrarchRecord& record) {
  std::string words;
  for (int t = 0; t < record.tree.token_count(); ++t) {
    if (!words.empty()) words += ' ';
    words += record.tree.word(t);
  }
  return words;
}

// Triples found by both modes, and by each, over some records.
struct Tally {
  size_t shared = 0, parsed = 0, raw = 0;
  size_t records = 0;
  void Add(const std::vector<Triple>& p, const std::vector<Triple>& r) {
    std::vector<Triple> both;
    std::set_intersection(p.begin(), p.end(), r.begin(), r.end(), std::back_inserter(both));
    shared += both.size();
    parsed += p.size();
    raw += r.size();
    ++records;
  }
  double ParsedFound() const { return parsed == 0 ? 0 : 100.0 * shared / parsed; }
  double RawFound() const { return raw == 0 ? 0 : 100.0 * shared / raw; }
  void Print(const char* what) const {
    std::printf("%zu records %s: triples (source, target, root) parsed %zu, raw %zu, in both %zu\n"
                "  parsed-mode triples also found from raw text: %.1f%%\n"
                "  raw-text triples also found from the parses:  %.1f%%\n",
                records, what, parsed, raw, shared, ParsedFound(), RawFound());
  }
};

TEST(OwnParserAgreementTest, GigaWordEventsFromRawTextAgreeWithThoseFromTheGivenParses) {
  SHARED_OR_SKIP(xml, "peers/petrarch2/GigaWord.sample.PETR.xml");
  auto lexicon = Lexicon::Shared();
  ASSERT_TRUE(lexicon.ok()) << "install wordnet-base: " << lexicon.status().ToString();
  Diagnostics diagnostics;
  auto set = DictionarySet::Load(Petrarch2ProductionSet(fs::path(xml).parent_path().string() + "/"), &diagnostics);
  ASSERT_TRUE(set.ok()) << set.status().ToString();
  Result<std::string> text = ReadFile(xml);
  ASSERT_TRUE(text.ok());
  Result<PetrarchFile> file = ReadPetrarchXml(*text, xml, &diagnostics);
  ASSERT_TRUE(file.ok()) << file.status().ToString();

  // A record without text cannot be coded from it: it is left out (and
  // reported).
  size_t textless = 0;
  for (const PetrarchItem& item : file->items) {
    const auto* record = std::get_if<PetrarchRecord>(&item);
    if (record != nullptr && record->text.empty()) ++textless;
  }
  RecordTriples parsed = Code(**set, *file, {.threads = 2}, 0);
  const BatchOptions raw_text{.threads = 2, .parse_text = true, .lexicon = lexicon->get()};
  RecordTriples raw = Code(**set, *file, raw_text, textless);
  PetrarchFile parse_words = *file;
  for (PetrarchItem& item : parse_words.items) {
    auto* record = std::get_if<PetrarchRecord>(&item);
    if (record != nullptr && !record->text.empty() && !ParseOfItsText(*record)) record->text = WordsOfParse(*record);
  }
  RecordTriples raw_of_parse_words = Code(**set, parse_words, raw_text, textless);

  // Per record, the triples of both modes, counted as multisets.
  Tally all, same_words, all_parse_words;
  size_t parsed_textless = 0;
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
    all.Add(p, r);
    const bool same = ParseOfItsText(*record);
    if (same) same_words.Add(p, r);
    all_parse_words.Add(p, same ? r : raw_of_parse_words[key]);
    if (p != r) {
      disagreements += "  " + record->id + (same ? "" : " (parse of other words)") + ": " + record->text +
                       "\n    raw:   " + Show(r) + "\n    parsed:" + Show(p) + "\n";
    }
  }
  all.Print("with text");
  same_words.Print("whose parse has the words of their text");
  all_parse_words.Print("with text, those of other words coded from their parse's words");
  std::printf("left out: %zu records without text (%zu parsed-mode triples)\nrecords that differ:\n%s", textless,
              parsed_textless, disagreements.c_str());
  ASSERT_GT(same_words.parsed, 30u);
  EXPECT_GE(same_words.ParsedFound(), 85.0);
  EXPECT_GE(same_words.RawFound(), 85.0);
  EXPECT_GE(all_parse_words.ParsedFound(), 85.0);
  EXPECT_GE(all_parse_words.RawFound(), 85.0);
}

}  // namespace
}  // namespace dyad
