#include "dyad/code/validation.h"

#include <algorithm>
#include <memory>

#include "dyad/base/file.h"
#include "dyad/base/text.h"
#include "dyad/code/coder.h"
#include "dyad/dict/dictionary_set.h"
#include "dyad/read/petrarch_xml.h"

namespace dyad {
namespace {

std::string Resolve(const std::string& xml_path, const std::string& name) {
  if (name.empty() || name[0] == '/') return name;
  size_t slash = xml_path.rfind('/');
  return slash == std::string::npos ? name : xml_path.substr(0, slash + 1) + name;
}

// The dictionaries named by the file's <Environment>, paths relative to it.
Result<std::shared_ptr<const DictionarySet>> LoadDictionaries(const std::string& xml_path,
                                                              const PetrarchEnvironment& env,
                                                              Diagnostics* diagnostics) {
  if (env.verb_file.empty() || env.actor_file.empty() || env.agent_file.empty()) {
    return Status::InvalidArgument(xml_path + ": <Environment> must name a <Verbfile>, <Actorfile> and <Agentfile>");
  }
  DictionaryPaths paths;
  paths.verbs = Resolve(xml_path, env.verb_file);
  paths.actors = {Resolve(xml_path, env.actor_file)};
  paths.agents = Resolve(xml_path, env.agent_file);
  paths.discards = Resolve(xml_path, env.discard_file);
  paths.issues = Resolve(xml_path, env.issue_file);
  return DictionarySet::Load(paths, diagnostics);
}

void AddUnique(std::vector<EventTriple>* list, EventTriple t) {
  if (std::find(list->begin(), list->end(), t) == list->end()) list->push_back(std::move(t));
}

bool SameSet(std::vector<EventTriple> a, std::vector<EventTriple> b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

}  // namespace

Result<ValidationReport> RunValidationFile(const std::string& path, Diagnostics* diagnostics,
                                           const TreeSource& tree_source) {
  Result<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  Result<PetrarchFile> file = ReadPetrarchXml(*text, path, diagnostics);
  if (!file.ok()) return file.status();
  auto dicts = LoadDictionaries(path, file->environment, diagnostics);
  if (!dicts.ok()) return dicts.status();
  Coder coder(CoderDictionaries::Of(**dicts));

  ValidationReport report;
  CoderOptions options;
  ParseTree own_tree;
  for (const PetrarchItem& item : file->items) {
    if (const auto* config = std::get_if<PetrarchConfig>(&item)) {
      if (config->option.empty()) continue;  // a bare <Config> changes nothing
      Status s = options.Set(config->option, config->value);
      if (!s.ok()) diagnostics->Warning(path, config->line, s.message());
      continue;
    }
    const PetrarchRecord& record = std::get<PetrarchRecord>(item);
    RecordVerdict verdict;
    verdict.id = record.id;
    verdict.category = record.category;
    for (const ExpectedEvent& e : record.expected_events) AddUnique(&verdict.expected, {e.source, e.target, e.event});
    const ParseTree* tree = &record.tree;
    Status tree_status = record.parse_status;
    if (tree_source) {
      tree_status = tree_source(record, **dicts, &own_tree);
      tree = &own_tree;
    }
    if (!tree_status.ok()) {
      verdict.outcome = "bad_input_parse";
    } else {
      int date = 0;
      if (!ParseInt(record.date, &date)) diagnostics->Warning(path, record.line, "record " + record.id + ": bad date '" + record.date + "'");
      SentenceCoding coding = coder.Code(*tree, date, options);
      verdict.outcome = OutcomeName(coding.outcome);
      for (const CodedEvent& e : coding.events) AddUnique(&verdict.produced, {e.source, e.target, e.code});
    }
    verdict.pass = SameSet(verdict.expected, verdict.produced);
    (verdict.pass ? report.passed : report.failed)++;
    report.records.push_back(std::move(verdict));
  }
  return report;
}

}  // namespace dyad
