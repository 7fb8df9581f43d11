// Codes PETRARCH XML records with given parses, as `dyad code --parsed` does:
// the PETRARCH2 production dictionaries (loaded once), the GigaWord sample and
// the unit-test records repeated to at least SENTENCES sentences; timed are
// reading the parse trees, coding, building the event records and writing
// their JSON to a buffer, on 1 and on THREADS (default 2) threads. Prints
// sentences/s for each, by wall time and per CPU second (the fairer figure on
// a shared machine), the speedup, the events produced and the peak RSS.
// Targets: >= 50,000 sentences/s on one thread, speedup >= 1.8 on two. Exit
// status 1 when a target is missed (the speedup only when the machine has 2
// free cores). THREADS=1 keeps both runs on one thread, for profilers that
// count instructions:
//
//   ./build/code_parsed_bench [SENTENCES [THREADS]]
//   valgrind --tool=callgrind ./build/code_parsed_bench 5000 1
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "bench_util.h"
#include "dyad/pipeline/batch_coder.h"
#include "dyad/read/petrarch_xml.h"

namespace {

// Copies of the input's items repeated in one file, so that a CodeFile call
// is large enough for the threads to balance their work.
constexpr int kCopiesPerBlock = 10;

dyad::bench::RunFigures Run(const dyad::DictionarySet& set, const dyad::PetrarchFile& block, size_t min_sentences,
                            int threads) {
  dyad::BatchCoder coder(set, {.threads = threads});
  dyad::bench::OutputSink out;
  const dyad::bench::Stopwatch watch;
  while (coder.stats().records < min_sentences) {
    dyad::Diagnostics diagnostics;  // the unit tests' broken records report here
    coder.CodeFile(block, "bench.xml", &diagnostics, [&](std::string_view lines) { out.buffer().append(lines); });
  }
  dyad::bench::RunFigures figures{coder.stats().records, coder.stats().events, out.bytes(), watch.seconds(), watch.cpu_seconds()};
  figures.output_digest = out.digest();
  return figures;
}

}  // namespace

int main(int argc, char** argv) {
  const size_t min_sentences = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  const int threads = argc > 2 ? std::max(1, std::atoi(argv[2])) : 2;
  const std::string dir = dyad::bench::SharedDir() + "/peers/petrarch2/";
  const dyad::DictionaryPaths paths = dyad::Petrarch2ProductionSet(dir);
  dyad::Diagnostics diagnostics;
  auto set = dyad::DictionarySet::Load(paths, &diagnostics);
  if (!set.ok()) {
    std::fprintf(stderr, "code_parsed_bench: %s\n", set.status().ToString().c_str());
    return 2;
  }

  std::optional<dyad::PetrarchFile> records = dyad::bench::ReadReferenceRecords(dir, "code_parsed_bench");
  if (!records) return 2;
  dyad::PetrarchFile block = std::move(*records);
  const size_t distinct = block.record_count();
  const std::vector<dyad::PetrarchItem> once = block.items;
  for (int i = 1; i < kCopiesPerBlock; ++i) block.items.insert(block.items.end(), once.begin(), once.end());

  dyad::bench::RunFigures one = Run(**set, block, min_sentences, 1);
  dyad::bench::RunFigures two = Run(**set, block, min_sentences, threads);
  const double rate1 = one.sentences / one.seconds, rate2 = two.sentences / two.seconds;
  const double speedup = rate2 / rate1;
  std::printf("code_parsed_bench: production set; %zu distinct records (GigaWord sample + unit tests) repeated\n",
              distinct);
  std::printf("1 thread:  %zu sentences in %.3f s = %.0f sentences/s (target >= 50000); %.0f per CPU second\n",
              one.sentences, one.seconds, rate1, one.sentences / one.cpu_seconds);
  std::printf("%d threads: %zu sentences in %.3f s = %.0f sentences/s; %.0f per CPU second\n", threads,
              two.sentences, two.seconds, rate2, two.sentences / two.cpu_seconds);
  std::printf("speedup:   %.2f (target >= 1.8; %u cores)\n", speedup, std::thread::hardware_concurrency());
  std::printf("events:    %zu per run (%.3f per sentence), %.1f MiB of JSON, digest %016llx\n", one.events,
              static_cast<double>(one.events) / one.sentences, one.output_bytes / 1048576.0,
              static_cast<unsigned long long>(one.output_digest));
  std::printf("peak RSS:  %.1f MiB\n", dyad::bench::PeakRssMiB());
  const bool same = one.events == two.events && one.output_digest == two.output_digest;
  if (!same) std::printf("1 and %d threads produced different output\n", threads);
  const bool ok =
      same && rate1 >= 50000 && (threads < 2 || std::thread::hardware_concurrency() < 2 || speedup >= 1.8);
  std::printf("%s\n", ok ? "targets met" : "TARGET MISSED");
  return ok ? 0 : 1;
}
