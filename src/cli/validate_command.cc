// `dyad validate RECORDS.xml [--parsed]`: codes a PETRARCH validation file and
// prints one JSON line per record, then "N passed, M failed".
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "dyad/code/validation.h"
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
  if (!flags.parsed) {
    std::fprintf(stderr,
                 "dyad validate: dyad has no parser of its own yet, so it can only code the "
                 "<Parse> trees of the file; run again with --parsed\n");
    return kExitFailure;
  }
  Diagnostics diagnostics;
  Result<ValidationReport> report = RunValidationFile(flags.records, &diagnostics);
  for (const Diagnostic& d : diagnostics.all()) {
    if (d.severity == Severity::kError) std::fprintf(stderr, "%s\n", d.ToString().c_str());
  }
  if (!report.ok()) {
    std::fprintf(stderr, "dyad validate: %s\n", report.status().ToString().c_str());
    return kExitFailure;
  }
  for (const RecordVerdict& r : report->records) std::printf("%s\n", RecordLine(r).c_str());
  std::printf("%zu passed, %zu failed\n", report->passed, report->failed);
  return report->failed == 0 ? kExitOk : kExitInputErrors;
}

}  // namespace dyad::cli
