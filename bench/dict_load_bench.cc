// Loads the PETRARCH2 production dictionary set (CAMEO.2.0 verbs, the three
// Phoenix actor files, agents, discards, issues) several times and prints the
// median wall time of a load and the peak RSS. Targets: median <= 0.25 s,
// peak RSS <= 150 MB. Exit status 1 when a target is missed.
//
//   ./build/dict_load_bench [RUNS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench_util.h"
#include "dyad/dict/dictionary_set.h"

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 9;
  const std::string dir = dyad::bench::SharedDir() + "/peers/petrarch2/";
  const dyad::DictionaryPaths paths = dyad::Petrarch2ProductionSet(dir);

  std::vector<double> seconds, cpu_seconds;
  for (int i = 0; i < runs; ++i) {
    dyad::Diagnostics diagnostics;
    const double cpu_start = dyad::bench::ProcessCpuSeconds();
    auto start = std::chrono::steady_clock::now();
    auto set = dyad::DictionarySet::Load(paths, &diagnostics);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    cpu_seconds.push_back(dyad::bench::ProcessCpuSeconds() - cpu_start);
    if (!set.ok()) {
      std::fprintf(stderr, "dict_load_bench: %s\n", set.status().ToString().c_str());
      return 2;
    }
  }
  const double median = dyad::bench::Median(seconds);
  const double rss = dyad::bench::PeakRssMiB();
  std::printf("dict_load_bench: production set, %d runs\n", runs);
  std::printf("median load time: %.3f s wall (target <= 0.250 s), %.3f s CPU\n", median,
              dyad::bench::Median(cpu_seconds));
  std::printf("peak RSS:         %.1f MiB (target <= 150 MB)\n", rss);
  const bool ok = median <= 0.25 && rss * 1.048576 <= 150;
  std::printf("%s\n", ok ? "targets met" : "TARGET MISSED");
  return ok ? 0 : 1;
}
