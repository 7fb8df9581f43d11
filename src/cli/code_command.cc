// `dyad code [OPTIONS] [PATH...]`: codes news into CAMEO events and writes one
// JSON line per event (the event contract, docs/ and the shared spec).
// For now the input must be PETRARCH XML coded with its own parses
// (--parsed); text and JSON Lines input and dyad's own parser come later.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "dyad/base/file.h"
#include "dyad/pipeline/batch_coder.h"
#include "dyad/read/petrarch_xml.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;

constexpr char kStdin[] = "-";

// The input files the PATHs name, in order: a directory gives its files
// sorted by name; "-" is stdin. A path that is neither is reported and
// counted in *missing.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths, size_t* missing) {
  if (paths.empty()) return {kStdin};
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == kStdin || !fs::is_directory(path, ec)) {
      files.push_back(path);  // unreadable files are reported when read
      continue;
    }
    std::vector<std::string> in_dir;
    for (const fs::directory_entry& entry : fs::directory_iterator(path, ec)) {
      if (entry.is_regular_file(ec)) in_dir.push_back(entry.path().string());
    }
    if (ec) {
      std::fprintf(stderr, "dyad code: %s: %s\n", path.c_str(), ec.message().c_str());
      ++*missing;
      continue;
    }
    std::sort(in_dir.begin(), in_dir.end());
    files.insert(files.end(), in_dir.begin(), in_dir.end());
  }
  return files;
}

Result<std::string> ReadInput(const std::string& path) {
  if (path != kStdin) return ReadFile(path);
  std::string text;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
  if (std::ferror(stdin)) return Status::IoError("<stdin>: read error");
  return text;
}

// The format of an input from its content: PETRARCH XML has <Sentences> or
// <Sentence> elements; a first non-blank '{' means JSON Lines; else text.
std::string DetectFormat(std::string_view text) {
  if (text.find("<Sentences") != std::string_view::npos || text.find("<Sentence ") != std::string_view::npos ||
      text.find("<Sentence>") != std::string_view::npos) {
    return "petrarch-xml";
  }
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '{') return "jsonl";
  return "text";
}

std::string NotYet(const std::string& what) {
  return what + " is not implemented yet (a later issue); dyad code can now only code PETRARCH XML with "
                "its own parses (--input-format petrarch-xml --parsed)";
}

// The progress line: at most once a second once the run has taken a second
// (on a terminal it rewrites itself), and a last one with the totals.
class Progress {
 public:
  explicit Progress(bool quiet) : quiet_(quiet), tty_(isatty(fileno(stderr)) != 0) {}

  void Update(const BatchStats& stats) {
    auto now = std::chrono::steady_clock::now();
    if (quiet_ || now - start_ < std::chrono::seconds(1) || now - printed_at_ < std::chrono::seconds(1)) return;
    printed_at_ = now;
    pending_line_ = tty_;
    Print(stats, tty_ ? "" : "\n");
  }

  void Finish(const BatchStats& stats) {
    if (quiet_) return;
    pending_line_ = false;
    Print(stats, "\n");
  }

  // Before other stderr output, so that it does not land on a half-written line.
  void Break() {
    if (pending_line_) std::fputc('\n', stderr);
    pending_line_ = false;
  }

 private:
  void Print(const BatchStats& stats, const char* end) const {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::fprintf(stderr, "%sdyad code: %zu records (%.0f records/s), %zu events, %zu skipped, %.1f s%s",
                 tty_ ? "\r" : "", stats.records, seconds > 0 ? stats.records / seconds : 0.0, stats.events,
                 stats.skipped, seconds, end);
  }

  bool quiet_;
  bool tty_;
  bool pending_line_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point printed_at_;
};

}  // namespace

int RunCode(const CodeFlags& flags, const DictionaryFlags& dictionary_flags) {
  if (flags.format != "jsonl") {
    std::fprintf(stderr, "dyad code: %s\n", NotYet("--format " + flags.format).c_str());
    return kExitFailure;
  }
  if (flags.input_format == "text" || flags.input_format == "jsonl") {
    std::fprintf(stderr, "dyad code: %s\n", NotYet("coding " + flags.input_format + " input").c_str());
    return kExitFailure;
  }
  if (!flags.parsed) {
    std::fprintf(stderr, "dyad code: %s\n",
                 NotYet("coding without --parsed (dyad's own parser)").c_str());
    return kExitFailure;
  }

  std::unique_ptr<LoadedDictionaries> dictionaries = LoadDictionaries(dictionary_flags);
  if (!dictionaries) return kExitFailure;
  // Production sets carry hundreds of known problems; listing them on every
  // run would bury the input's own; `dyad dict lint` lists them.
  if (size_t errors = dictionaries->diagnostics.error_count(); errors > 0 && !flags.quiet) {
    std::fprintf(stderr, "dyad code: the dictionaries have %zu errors (lines skipped); `dyad dict lint` lists them\n",
                 errors);
  }

  if (dictionaries->set->verbs().block_count() == 0) {
    std::fprintf(stderr, "dyad code: warning: the dictionary set has no verb dictionary, so no event can be "
                         "coded; name one with --verbs FILE or --dict DIR\n");
  }

  FILE* out = stdout;
  if (!flags.output.empty()) {
    out = std::fopen(flags.output.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "dyad code: cannot write %s\n", flags.output.c_str());
      return kExitFailure;
    }
  }

  size_t failed_inputs = 0;  // unreadable or not codable
  size_t coded_inputs = 0;
  size_t reader_errors = 0;  // malformed records the reader skipped
  std::vector<std::string> inputs = ExpandPaths(flags.paths, &failed_inputs);
  BatchCoder coder(*dictionaries->set, {.threads = flags.threads});
  Progress progress(flags.quiet);
  for (const std::string& input : inputs) {
    const std::string name = input == kStdin ? "<stdin>" : input;
    Result<std::string> text = ReadInput(input);
    if (!text.ok()) {
      progress.Break();
      std::fprintf(stderr, "dyad code: %s\n", text.status().ToString().c_str());
      ++failed_inputs;
      continue;
    }
    const std::string format = flags.input_format == "auto" ? DetectFormat(*text) : flags.input_format;
    if (format != "petrarch-xml") {
      progress.Break();
      std::fprintf(stderr, "dyad code: %s: looks like %s; %s\n", name.c_str(), format.c_str(),
                   NotYet("coding " + format + " input").c_str());
      ++failed_inputs;
      continue;
    }
    Diagnostics diagnostics;
    const size_t skipped_before = coder.stats().skipped;
    Result<PetrarchFile> file = ReadPetrarchXml(*text, name, &diagnostics, {.build_trees = false});
    if (file.ok()) {
      coder.CodeFile(*file, name, &diagnostics, [&](std::string_view lines) {
        std::fwrite(lines.data(), 1, lines.size(), out);
        progress.Update(coder.stats());
      });
    }
    // The reader's errors are records it skipped; the coder's are records it
    // could not code, which its stats count.
    reader_errors += diagnostics.error_count() - (coder.stats().skipped - skipped_before);
    if (!diagnostics.empty()) progress.Break();
    for (const Diagnostic& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.ToString().c_str());
    if (!file.ok()) {
      std::fprintf(stderr, "dyad code: %s\n", file.status().ToString().c_str());
      ++failed_inputs;
      continue;
    }
    ++coded_inputs;
  }
  progress.Finish(coder.stats());

  bool write_failed = std::fflush(out) != 0 || std::ferror(out);
  if (out != stdout) write_failed = std::fclose(out) != 0 || write_failed;
  if (write_failed) {
    std::fprintf(stderr, "dyad code: error writing %s\n", flags.output.empty() ? "<stdout>" : flags.output.c_str());
    return kExitFailure;
  }
  if (coded_inputs == 0) return kExitFailure;
  const bool all_coded = failed_inputs == 0 && reader_errors == 0 && coder.stats().skipped == 0;
  return all_coded ? kExitOk : kExitInputErrors;
}

}  // namespace dyad::cli
