// `dyad code [OPTIONS] [PATH...]`: codes news into CAMEO events and writes one
// event per line or row (the event contract, docs/code.md and the shared
// spec). Articles as text or JSON Lines are parsed by dyad's own parser
// (pipeline/article_coder.h); PETRARCH XML records are coded one sentence each
// (pipeline/batch_coder.h), from their <Parse> trees with --parsed, else from
// their <Text> by the same parser.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "dyad/parse/lexicon.h"
#include "dyad/pipeline/article_coder.h"
#include "dyad/pipeline/batch_coder.h"
#include "dyad/place/gazetteer.h"
#include "dyad/read/input_files.h"
#include "dyad/read/petrarch_xml.h"
#include "dyad/write/event_table.h"

namespace dyad::cli {
namespace {

// Totals for the progress line, over both kinds of input.
struct RunStats {
  size_t documents = 0;
  size_t sentences = 0;
  size_t events = 0;
  size_t skipped = 0;
};

// The progress line: at most once a second once the run has taken a second
// (on a terminal it rewrites itself), and a last one with the totals.
class Progress {
 public:
  explicit Progress(bool quiet) : quiet_(quiet), tty_(isatty(fileno(stderr)) != 0) {}

  void Update(const RunStats& stats) {
    auto now = std::chrono::steady_clock::now();
    if (quiet_ || now - start_ < std::chrono::seconds(1) || now - printed_at_ < std::chrono::seconds(1)) return;
    printed_at_ = now;
    pending_line_ = tty_;
    Print(stats, tty_ ? "" : "\n");
  }

  // The totals, unless a line just printed already gave them (one that
  // stays on its own line, as off a terminal).
  void Finish(const RunStats& stats) {
    if (quiet_) return;
    if (!tty_ && printed_ && SameCounts(stats, last_)) return;
    pending_line_ = false;
    Print(stats, "\n");
  }

  // Before other stderr output, so that it does not land on a half-written line.
  void Break() {
    if (pending_line_) std::fputc('\n', stderr);
    pending_line_ = false;
  }

 private:
  static bool SameCounts(const RunStats& a, const RunStats& b) {
    return a.documents == b.documents && a.sentences == b.sentences && a.events == b.events &&
           a.skipped == b.skipped;
  }

  void Print(const RunStats& stats, const char* end) {
    printed_ = true;
    last_ = stats;
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    double per = seconds > 0 ? 1 / seconds : 0;
    std::fprintf(stderr,
                 "%sdyad code: %zu documents (%.0f documents/s), %zu sentences (%.0f sentences/s), %zu events, "
                 "%zu skipped, %.1f s%s",
                 tty_ ? "\r\033[K" : "", stats.documents, stats.documents * per, stats.sentences, stats.sentences * per,
                 stats.events, stats.skipped, seconds, end);
  }

  bool quiet_;
  bool tty_;
  bool pending_line_ = false;
  bool printed_ = false;
  RunStats last_;  // the counts of the last line printed
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point printed_at_;
};

// Writes events in the chosen format.
class EventSink {
 public:
  EventSink(FILE* out, std::string format, bool doc_ids) : out_(out), format_(std::move(format)), doc_ids_(doc_ids) {
    if (format_ == "csv") AppendCsvHeader(doc_ids_, &buffer_);
    Flush();
  }

  void Write(const std::vector<EventRecord>& events) {
    for (const EventRecord& e : events) {
      if (format_ == "csv") {
        AppendCsvRow(e, doc_ids_, &buffer_);
      } else if (format_ == "tsv-phoenix") {
        AppendPhoenixRow(e, &buffer_);
      } else {
        AppendJsonLine(e, &buffer_);
      }
    }
    Flush();
  }

 private:
  void Flush() {
    std::fwrite(buffer_.data(), 1, buffer_.size(), out_);
    buffer_.clear();
  }

  FILE* out_;
  std::string format_;
  bool doc_ids_;
  std::string buffer_;
};

void PrintDiagnostics(const Diagnostics& diagnostics, Progress* progress) {
  if (!diagnostics.empty()) progress->Break();
  for (const Diagnostic& d : diagnostics.all()) std::fprintf(stderr, "%s\n", d.ToString().c_str());
}

}  // namespace

int RunCode(const CodeFlags& flags, const DictionaryFlags& dictionary_flags) {
  std::optional<InputFormat> forced;
  if (flags.input_format != "auto") forced = ParseInputFormatName(flags.input_format);

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
  // The lexicon (~0.1 s) and the gazetteer serve dyad's parser and article
  // places only; a run of PETRARCH XML with --parsed needs neither, so they
  // are loaded when the first input that does is met.
  std::optional<Result<std::shared_ptr<const Lexicon>>> lexicon;
  auto lexicon_for_parser = [&]() -> const Lexicon* {
    if (!lexicon) {
      lexicon = Lexicon::Shared();
      if (!lexicon->ok() && !flags.quiet) {
        std::fprintf(stderr, "dyad code: warning: no lexicon (%s); the parser guesses word classes from suffixes\n",
                     lexicon->status().ToString().c_str());
      }
    }
    return lexicon->ok() ? (*lexicon)->get() : nullptr;
  };
  std::optional<Result<Gazetteer>> gazetteer;
  auto gazetteer_for_places = [&]() -> const Gazetteer* {
    if (!gazetteer) {
      // Locations need the gazetteer this build made; without it they stay null.
      gazetteer = Gazetteer::Load(BuiltGazetteerPath());
      if (!gazetteer->ok() && !flags.quiet) {
        std::fprintf(stderr, "dyad code: warning: no gazetteer (%s); event locations are null\n",
                     gazetteer->status().ToString().c_str());
      }
    }
    return gazetteer->ok() ? &**gazetteer : nullptr;
  };

  FILE* out = stdout;
  if (!flags.output.empty()) {
    out = std::fopen(flags.output.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "dyad code: cannot write %s\n", flags.output.c_str());
      return kExitFailure;
    }
  }

  const bool across = flags.dedup == "day";
  EventSink sink(out, flags.format, across);
  std::vector<EventRecord> held;  // --dedup day: every event, merged at the end
  std::optional<ArticleBatch> articles;  // made for the first article input
  const ArticleBatchStats no_articles;
  BatchCoder records(*dictionaries->set, {.threads = flags.threads,
                                          .parse_text = !flags.parsed,
                                          .lexicon = flags.parsed ? nullptr : lexicon_for_parser()});
  Progress progress(flags.quiet);
  RunStats totals;
  std::optional<size_t> merged_events;  // --dedup day, once merged
  auto stats = [&] {
    RunStats s = totals;
    const ArticleBatchStats& a = articles ? articles->stats() : no_articles;
    // A PETRARCH XML record is a sentence; its documents are not counted.
    s.documents += a.documents;
    s.sentences += a.sentences + records.stats().records;
    s.events += merged_events.value_or(a.events) + records.stats().events;
    s.skipped += a.skipped + records.stats().skipped;
    return s;
  };

  Diagnostics path_diagnostics;
  std::vector<InputFile> inputs = ExpandInputPaths(flags.paths, &path_diagnostics);
  totals.skipped += path_diagnostics.error_count();
  PrintDiagnostics(path_diagnostics, &progress);
  size_t coded_inputs = 0;
  for (const InputFile& input : inputs) {
    Diagnostics diagnostics;
    std::optional<std::string> bytes = LoadInput(input, &diagnostics);
    if (!bytes) {
      // Empty, binary or unreadable: the file's document(s) are not coded.
      ++totals.skipped;
      PrintDiagnostics(diagnostics, &progress);
      continue;
    }
    const InputFormat format = forced ? *forced : DetectInputFormat(*bytes);
    if (format == InputFormat::kPetrarchXml) {
      if (flags.format != "jsonl" || across) {
        progress.Break();
        std::fprintf(stderr,
                     "dyad code: %s: PETRARCH XML is coded only with --format jsonl and --dedup article for now; "
                     "skipped\n",
                     input.name.c_str());
        ++totals.skipped;
        continue;
      }
      const size_t skipped_before = records.stats().skipped;
      Result<PetrarchFile> file = ReadPetrarchXml(*bytes, input.name, &diagnostics, {.build_trees = false});
      if (file.ok()) {
        records.CodeFile(*file, input.name, &diagnostics, [&](std::string_view lines) {
          std::fwrite(lines.data(), 1, lines.size(), out);
          progress.Update(stats());
        });
      }
      // The reader's errors are records it skipped; the coder's are counted
      // by its stats.
      totals.skipped += diagnostics.error_count() - (records.stats().skipped - skipped_before);
      PrintDiagnostics(diagnostics, &progress);
      if (!file.ok()) {
        std::fprintf(stderr, "dyad code: %s\n", file.status().ToString().c_str());
        continue;
      }
      ++coded_inputs;
      continue;
    }
    if (!articles) {
      articles.emplace(*dictionaries->set, lexicon_for_parser(), ArticleBatchOptions{.threads = flags.threads},
                       gazetteer_for_places());
    }
    std::vector<Document> documents = ReadDocuments(input, std::move(*bytes), format, &diagnostics);
    // Each reader error is a document (a jsonl line, an oversized article)
    // that was skipped.
    articles->CountSkipped(diagnostics.error_count());
    PrintDiagnostics(diagnostics, &progress);
    Diagnostics coding_diagnostics;
    articles->Code(std::move(documents), &coding_diagnostics, [&](std::vector<EventRecord>& events) {
      if (across) {
        for (EventRecord& e : events) held.push_back(std::move(e));
      } else {
        sink.Write(events);
      }
      progress.Update(stats());
    });
    PrintDiagnostics(coding_diagnostics, &progress);
    ++coded_inputs;
  }
  if (across) {
    MergeDuplicateEvents(&held, /*keep_doc_ids=*/true);
    merged_events = held.size();
    sink.Write(held);
  }
  progress.Finish(stats());

  bool write_failed = std::fflush(out) != 0 || std::ferror(out);
  if (out != stdout) write_failed = std::fclose(out) != 0 || write_failed;
  if (write_failed) {
    std::fprintf(stderr, "dyad code: error writing %s\n", flags.output.empty() ? "<stdout>" : flags.output.c_str());
    return kExitFailure;
  }
  if (coded_inputs == 0) return kExitFailure;
  return stats().skipped == 0 ? kExitOk : kExitInputErrors;
}

}  // namespace dyad::cli
