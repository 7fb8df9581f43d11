// `dyad validate RECORDS.xml [--parsed]`: codes a PETRARCH validation file and
// prints one JSON line per record, then "N passed, M failed". Without
// --parsed each record's <Text> is parsed by dyad's own parser.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "dyad/code/validation.h"
#include "dyad/parse/parser.h"
#include "dyad/write/json_text.h"

namespace dyad::cli {
namespace {

void AppendTriples(const std::vector<EventTriple>& triples, std::string* out) {
  out->push_back('[');
  for (size_t i = 0; i < triples.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->push_back('[');
    for (size_t j = 0; j < 3; ++j) {
      if (j > 0) out->push_back(',');
      AppendJsonString(triples[i][j], out);
    }
    out->push_back(']');
  }
  out->push_back(']');
}

std::string RecordLine(const RecordVerdict& r) {
  std::string line = "{\"id\":";
  AppendJsonString(r.id, &line);
  line += ",\"category\":";
  AppendJsonString(r.category, &line);
  line += ",\"expected\":";
  AppendTriples(r.expected, &line);
  line += ",\"produced\":";
  AppendTriples(r.produced, &line);
  line += r.pass ? ",\"pass\":true}" : ",\"pass\":false}";
  return line;
}

}  // namespace

int RunValidate(const ValidateFlags& flags) {
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Shared();
  if (!flags.parsed && !lexicon.ok()) {
    std::fprintf(stderr, "dyad validate: no WordNet lexicon (%s); tagging by suffixes only\n",
                 lexicon.status().ToString().c_str());
  }
  Parser parser(lexicon.ok() ? lexicon->get() : nullptr);
  TreeSource own_parser = [&parser](const PetrarchRecord& record, const DictionarySet& set, ParseTree* tree) {
    parser.SetDictionaries(TaggerDictionaries::Of(set));
    return parser.ParseSentence(record.text, tree);
  };
  Diagnostics diagnostics;
  Result<ValidationReport> report = RunValidationFile(flags.records, &diagnostics,
                                                       flags.parsed ? TreeSource() : own_parser);
  for (const Diagnostic& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  if (!report.ok()) {
    std::fprintf(stderr, "dyad validate: %s\n", report.status().ToString().c_str());
    return kExitFailure;
  }
  for (const RecordVerdict& r : report->records) std::printf("%s\n", RecordLine(r).c_str());
  std::printf("%zu passed, %zu failed\n", report->passed, report->failed);
  // A record skipped as malformed (an error above) fails the run like a
  // record that coded wrongly: either way not everything was checked.
  const bool skipped = diagnostics.error_count() > 0;
  return report->failed == 0 && !skipped ? kExitOk : kExitInputErrors;
}

}  // namespace dyad::cli
