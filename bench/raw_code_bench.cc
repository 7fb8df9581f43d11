// Raw text to events, as `dyad code` codes text and JSON Lines articles: the
// <Text> of the shared PETRARCH GigaWord sample and unit-test records, one
// article per story (its records as paragraphs, dated as they are), read by
// the JSON Lines reader and repeated to at least SENTENCES sentences
// (default 100,000), then coded by ArticleBatch with the PETRARCH2
// production dictionaries, the lexicon and the gazetteer: tokenizing,
// sentence splitting, tagging, phrase structure, actor and verb matching,
// event coding with dates, places and spans, duplicate merging, and the
// JSON lines written to a buffer. Prints sentences/s and MB/s of text on one
// thread and on all threads, by wall time and per CPU second (the fairer
// figure on a shared machine), the events, the peak RSS, and a profile of
// one thread's time by stage. Target: >= 50,000 sentences per CPU second on
// one thread; exit status 1 when missed. THREADS (default: one per core) is
// the second run's; THREADS=1 keeps everything on one thread, for profilers
// that count instructions.
//
//   ./build/raw_code_bench [SENTENCES [THREADS]]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "bench_util.h"
#include "dyad/base/stage_times.h"
#include "dyad/dict/dictionary_set.h"
#include "dyad/parse/lexicon.h"
#include "dyad/pipeline/article_coder.h"
#include "dyad/place/gazetteer.h"
#include "dyad/read/input_files.h"
#include "dyad/write/event_record.h"
#include "dyad/write/json_text.h"

namespace {

// The records' stories as JSON Lines articles, read back by the reader
// `dyad code` uses.
std::vector<dyad::Document> Articles(const dyad::PetrarchFile& records) {
  std::string jsonl;
  const dyad::PetrarchRecord* first = nullptr;  // of the story being written
  auto close_story = [&] {
    if (first == nullptr) return;
    jsonl += "\"}\n";
    first = nullptr;
  };
  for (const dyad::PetrarchItem& item : records.items) {
    const auto* r = std::get_if<dyad::PetrarchRecord>(&item);
    if (r == nullptr || r->date.size() != 8 || r->text.empty()) continue;
    if (first != nullptr && first->document_id == r->document_id) {
      jsonl += "\\n\\n";
    } else {
      close_story();
      first = r;
      jsonl += "{\"id\": ";
      dyad::AppendJsonString(r->document_id, &jsonl);
      jsonl += ", \"date\": \"" + r->date.substr(0, 4) + "-" + r->date.substr(4, 2) + "-" + r->date.substr(6, 2) +
               "\", \"text\": \"";
    }
    std::string text;
    dyad::AppendJsonString(r->text, &text);  // quoted; the quotes come off
    jsonl.append(text, 1, text.size() - 2);
  }
  close_story();
  dyad::Diagnostics diagnostics;
  return dyad::ReadDocuments({"records.jsonl", "records.jsonl"}, std::move(jsonl), dyad::InputFormat::kJsonl,
                             &diagnostics);
}

dyad::bench::RunFigures Run(const dyad::DictionarySet& set, const dyad::Lexicon* lexicon,
                            const dyad::Gazetteer* gazetteer, const std::vector<dyad::Document>& docs, int threads) {
  dyad::ArticleBatch batch(set, lexicon, {.threads = threads}, gazetteer);
  std::vector<dyad::Document> input = docs;  // Code() consumes its input
  dyad::bench::OutputSink out;
  dyad::Diagnostics diagnostics;
  const dyad::bench::Stopwatch watch;
  batch.Code(std::move(input), &diagnostics, [&](std::vector<dyad::EventRecord>& events) {
    for (const dyad::EventRecord& e : events) dyad::AppendJsonLine(e, &out.buffer());
  });
  dyad::bench::RunFigures figures{batch.stats().sentences, batch.stats().events, out.bytes(), watch.seconds(), watch.cpu_seconds()};
  figures.output_digest = out.digest();
  return figures;
}

// One thread's time by stage, coding `docs` with a profiled ArticleCoder;
// *seconds is the wall time of it all.
dyad::StageTimes Profile(const dyad::DictionarySet& set, const dyad::Lexicon* lexicon,
                         const dyad::Gazetteer* gazetteer, const std::vector<dyad::Document>& docs, double* seconds) {
  dyad::StageTimes times;
  dyad::ArticleCoder coder(set, lexicon, gazetteer);
  coder.set_stage_times(&times);
  dyad::ArticleCoding coding;
  const auto start = std::chrono::steady_clock::now();
  for (const dyad::Document& doc : docs) (void)coder.Code(doc, &coding);
  *seconds = dyad::bench::SecondsSince(start);
  return times;
}

}  // namespace

int main(int argc, char** argv) {
  const size_t min_sentences = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const int all = argc > 2 ? std::max(1, std::atoi(argv[2]))
                           : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const std::string dir = dyad::bench::SharedDir() + "/peers/petrarch2/";
  std::optional<dyad::PetrarchFile> records = dyad::bench::ReadReferenceRecords(dir, "raw_code_bench");
  if (!records) return 2;
  const std::vector<dyad::Document> articles = Articles(*records);
  dyad::Diagnostics diagnostics;
  auto set = dyad::DictionarySet::Load(dyad::Petrarch2ProductionSet(dir), &diagnostics);
  auto lexicon = dyad::Lexicon::Shared();
  if (!set.ok() || !lexicon.ok() || articles.empty()) {
    std::fprintf(stderr, "raw_code_bench: production dictionaries, WordNet or the records missing\n");
    return 2;
  }
  dyad::Result<dyad::Gazetteer> gazetteer = dyad::Gazetteer::Load(dyad::BuiltGazetteerPath());
  const dyad::Gazetteer* places = gazetteer.ok() ? &*gazetteer : nullptr;

  // One pass over the articles (a warm-up) tells how many copies make
  // min_sentences.
  const dyad::bench::RunFigures once = Run(**set, lexicon->get(), places, articles, 1);
  const size_t copies = std::max<size_t>(1, (min_sentences + once.sentences - 1) / std::max<size_t>(1, once.sentences));
  std::vector<dyad::Document> docs;
  size_t bytes = 0;
  for (size_t c = 0; c < copies; ++c) {
    for (const dyad::Document& d : articles) {
      docs.push_back(d);
      bytes += d.text.size();
    }
  }
  const double mb = bytes / 1e6;
  std::printf("raw_code_bench: production set, lexicon, gazetteer %s; %zu articles (%zu stories x %zu), %.1f MB\n",
              places != nullptr ? "loaded" : "absent", docs.size(), articles.size(), copies, mb);

  dyad::bench::RunFigures one = Run(**set, lexicon->get(), places, docs, 1);
  dyad::bench::RunFigures many = Run(**set, lexicon->get(), places, docs, all);
  for (const auto& [threads, f] : {std::pair{1, one}, std::pair{all, many}}) {
    std::printf("%d thread(s): %zu sentences in %.3f s = %.0f sentences/s, %.2f MB/s; per CPU second %.0f sentences, "
                "%.2f MB\n",
                threads, f.sentences, f.seconds, f.sentences / f.seconds, mb / f.seconds, f.sentences / f.cpu_seconds,
                mb / f.cpu_seconds);
  }
  std::printf("events:    %zu per run (%.3f per sentence), %.1f MiB of JSON, digest %016llx\n", one.events,
              static_cast<double>(one.events) / one.sentences, one.output_bytes / 1048576.0,
              static_cast<unsigned long long>(one.output_digest));

  double profile_seconds = 0;
  const dyad::StageTimes t = Profile(**set, lexicon->get(), places, docs, &profile_seconds);
  const double per = 1e6 / one.sentences;  // microseconds per sentence
  std::printf("stages (one thread, wall, us/sentence): tokenize %.2f, split %.2f, tag %.2f, chunk %.2f, match %.2f, "
              "code %.2f; other %.2f (segments, clock reads)\n",
              t.tokenize * per, t.split * per, t.tag * per, t.chunk * per, t.match * per, t.code * per,
              std::max(0.0, profile_seconds - t.total()) * per);
  std::printf("peak RSS:  %.1f MiB\n", dyad::bench::PeakRssMiB());
  const bool same = one.events == many.events && one.output_digest == many.output_digest;
  if (!same) std::printf("1 and %d threads produced different output\n", all);
  const bool ok = same && one.sentences / one.cpu_seconds >= 50000;
  std::printf("target: >= 50,000 sentences per CPU second on one thread: %s\n", ok ? "met" : "MISSED");
  return ok ? 0 : 1;
}
