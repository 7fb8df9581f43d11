// Whole articles to events with everything on: the bundled examples/ articles
// (text and JSON Lines), read and segmented once, then coded REPEAT times
// each (default 200) by ArticleBatch with the built-in dictionaries, the
// lexicon and the gazetteer: sentence splitting, dyad's parser, the coder
// with the article's coreference, date and place attachment and duplicate
// merging. Prints articles/s, sentences/s and events on one thread
// and on all threads, and the peak RSS.
//
//   ./build/article_bench [REPEAT]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "bench_util.h"
#include "dyad/dict/dictionary_set.h"
#include "dyad/parse/lexicon.h"
#include "dyad/pipeline/article_coder.h"
#include "dyad/place/gazetteer.h"
#include "dyad/read/input_files.h"

int main(int argc, char** argv) {
  const int repeat = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
  dyad::Diagnostics diagnostics;
  std::vector<dyad::Document> articles;
  for (const dyad::InputFile& f :
       dyad::ExpandInputPaths({std::string(DYAD_SOURCE_DIR) + "/examples"}, &diagnostics)) {
    std::optional<std::string> bytes = dyad::LoadInput(f, &diagnostics);
    if (!bytes) continue;
    for (dyad::Document& d : dyad::ReadDocuments(f, *bytes, dyad::DetectInputFormat(*bytes), &diagnostics)) {
      articles.push_back(std::move(d));
    }
  }
  auto paths = dyad::FindDictionaries(std::string(DYAD_SOURCE_DIR) + "/data/dictionaries", {});
  if (articles.empty() || !paths.ok()) {
    std::fprintf(stderr, "article_bench: no articles in examples/ or no built-in dictionaries\n");
    return 2;
  }
  auto set = dyad::DictionarySet::Load(*paths, &diagnostics);
  auto lexicon = dyad::Lexicon::Shared();
  if (!set.ok()) return 2;
  auto gazetteer = dyad::Gazetteer::Load(dyad::BuiltGazetteerPath());
  std::vector<dyad::Document> docs;
  for (int r = 0; r < repeat; ++r) docs.insert(docs.end(), articles.begin(), articles.end());
  std::printf("article_bench: %zu bundled articles x %d = %zu articles, lexicon %s, gazetteer %s\n",
              articles.size(), repeat, docs.size(), lexicon.ok() ? "loaded" : "absent",
              gazetteer.ok() ? "loaded" : "absent");
  const int all = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  for (int threads : {1, all}) {
    dyad::ArticleBatch batch(**set, lexicon.ok() ? lexicon->get() : nullptr, {.threads = threads},
                             gazetteer.ok() ? &*gazetteer : nullptr);
    dyad::Diagnostics run_diagnostics;
    size_t events = 0;
    auto start = std::chrono::steady_clock::now();
    batch.Code(docs, &run_diagnostics, [&](std::vector<dyad::EventRecord>& e) { events += e.size(); });
    const double seconds = dyad::bench::SecondsSince(start);
    std::printf("  %d thread(s): %.0f articles/s, %.0f sentences/s (%zu sentences, %zu events, %zu skipped, %.2f s)\n",
                threads, docs.size() / seconds, batch.stats().sentences / seconds, batch.stats().sentences, events,
                batch.stats().skipped, seconds);
  }
  std::printf("  peak RSS %.1f MiB\n", dyad::bench::PeakRssMiB());
  return 0;
}
