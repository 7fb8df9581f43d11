// `dyad actors --unknown [OPTIONS] [PATH...]`: the most frequent names in the
// inputs that look like actors but that no dictionary knows
// (pipeline/unknown_actors.h), with counts and example contexts.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "dyad/parse/lexicon.h"
#include "dyad/pipeline/unknown_actors.h"
#include "dyad/read/input_files.h"

namespace dyad::cli {
namespace {

void PrintDiagnostics(const Diagnostics& diagnostics) {
  for (const Diagnostic& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.ToString().c_str());
}

}  // namespace

int RunActors(const ActorsFlags& flags, const DictionaryFlags& dictionary_flags) {
  if (!flags.unknown) {
    std::fprintf(stderr, "dyad actors: say what to list: --unknown (names no dictionary knows)\n");
    return kExitFailure;
  }
  std::optional<InputFormat> forced;
  if (flags.input_format != "auto") forced = ParseInputFormatName(flags.input_format);

  std::unique_ptr<LoadedDictionaries> dictionaries = LoadDictionaries(dictionary_flags);
  if (!dictionaries) return kExitFailure;
  Result<std::shared_ptr<const Lexicon>> lexicon = Lexicon::Shared();
  if (!lexicon.ok()) {
    std::fprintf(stderr, "dyad actors: warning: no lexicon (%s); single words are judged without it\n",
                 lexicon.status().ToString().c_str());
  }
  UnknownActorFinder finder(*dictionaries->set, lexicon.ok() ? lexicon->get() : nullptr,
                            {.max_contexts = static_cast<size_t>(flags.examples)});

  size_t skipped = 0;
  size_t read_inputs = 0;
  Diagnostics path_diagnostics;
  std::vector<InputFile> inputs = ExpandInputPaths(flags.paths, &path_diagnostics);
  skipped += path_diagnostics.error_count();
  PrintDiagnostics(path_diagnostics);
  for (const InputFile& input : inputs) {
    Diagnostics diagnostics;
    std::optional<std::string> bytes = LoadInput(input, &diagnostics);
    if (!bytes) {
      ++skipped;  // empty, binary or unreadable
      PrintDiagnostics(diagnostics);
      continue;
    }
    const InputFormat format = forced ? *forced : DetectInputFormat(*bytes);
    if (format == InputFormat::kPetrarchXml) {
      std::fprintf(stderr, "%s: error: PETRARCH XML is not read by dyad actors (text or jsonl only); skipped\n",
                   input.name.c_str());
      ++skipped;
      continue;
    }
    std::vector<Document> documents = ReadDocuments(input, std::move(*bytes), format, &diagnostics);
    skipped += diagnostics.error_count();  // each a document the reader skipped
    for (const Document& doc : documents) {
      Status s = finder.Add(doc);
      if (!s.ok()) {
        diagnostics.Error(doc.file, doc.line, doc.id + ": " + s.message() + "; skipped");
        ++skipped;
      }
    }
    PrintDiagnostics(diagnostics);
    ++read_inputs;
  }

  std::string out;
  std::vector<UnknownName> names = finder.Top(static_cast<size_t>(flags.top));
  if (flags.format == "jsonl") {
    for (const UnknownName& name : names) AppendUnknownNameJsonLine(name, &out);
  } else {
    AppendUnknownNameTable(names, &out);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (!flags.quiet) {
    std::fprintf(stderr, "dyad actors: %zu documents, %zu names no dictionary knows (%zu listed), %zu skipped\n",
                 finder.documents(), finder.distinct_names(), names.size(), skipped);
  }
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "dyad actors: error writing <stdout>\n");
    return kExitFailure;
  }
  if (read_inputs == 0) return kExitFailure;
  return skipped == 0 ? kExitOk : kExitInputErrors;
}

}  // namespace dyad::cli
