// Running a PETRARCH validation (unit-test) file through the coder and
// comparing each record's events with the ones it expects.
//
//   Diagnostics diags;
//   Result<ValidationReport> report = RunValidationFile("PETR.UnitTest.xml", &diags);
//   for (const RecordVerdict& r : report->records) if (!r.pass) Show(r.id);
//
// Each record is coded with the dictionaries its file's <Environment> names
// (paths relative to the file) and the <Config> options in force where it
// stands. A record passes when the set of (source, target, code) triples it
// produced equals the set it expects; a record expecting no events (noevents,
// error="...", or no <EventCoding> at all) passes when it produces none.
#ifndef DYAD_CODE_VALIDATION_H_
#define DYAD_CODE_VALIDATION_H_

#include <array>
#include <functional>
#include <string>
#include <vector>

#include "dyad/base/diagnostics.h"
#include "dyad/base/status.h"
#include "dyad/dict/dictionary_set.h"
#include "dyad/read/petrarch_xml.h"
#include "dyad/tree/parse_tree.h"

namespace dyad {

using EventTriple = std::array<std::string, 3>;  // source, target, code

struct RecordVerdict {
  std::string id;
  std::string category;
  std::vector<EventTriple> expected;  // as listed, duplicates removed
  std::vector<EventTriple> produced;  // in coding order, duplicates removed
  std::string outcome;  // "coded", "sentencediscard", ..., or "bad_input_parse"
  bool pass = false;
};

struct ValidationReport {
  std::vector<RecordVerdict> records;
  size_t passed = 0;
  size_t failed = 0;
};

// Where records' trees come from when not from their <Parse>: fills *tree
// for `record` (normally by parsing record.text), reading `dictionaries` as
// it likes. An error makes the record a bad_input_parse.
using TreeSource =
    std::function<Status(const PetrarchRecord& record, const DictionarySet& dictionaries, ParseTree* tree)>;

// Codes every record of the validation file at `path`, with the trees of
// `tree_source` when given, else the records' <Parse> trees. Errors: the file
// or a dictionary it names cannot be read, or the file is not PETRARCH XML.
// Problems inside the files (bad dictionary lines, malformed records) go to
// *diagnostics and the rest is still run.
Result<ValidationReport> RunValidationFile(const std::string& path, Diagnostics* diagnostics,
                                           const TreeSource& tree_source = nullptr);

}  // namespace dyad

#endif  // DYAD_CODE_VALIDATION_H_
