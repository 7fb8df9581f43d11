#include "bench_util.h"

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "dyad/base/file.h"

namespace dyad::bench {

std::string SharedDir() {
  if (const char* env = std::getenv("DYAD_SHARED_DIR"); env && *env) return env;
  return std::string(DYAD_SOURCE_DIR) + "/../shared";
}

double Median(std::vector<double> samples) {
  if (samples.empty()) return 0;
  std::sort(samples.begin(), samples.end());
  size_t n = samples.size();
  return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

double PeakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  // ru_maxrss is in KiB on Linux
}

double ProcessCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::optional<PetrarchFile> ReadReferenceRecords(const std::string& dir, const char* bench) {
  PetrarchFile all;
  for (const char* name : {"GigaWord.sample.PETR.xml", "PETR.UnitTest.visible.xml"}) {
    Result<std::string> text = ReadFile(dir + name);
    if (!text.ok()) {
      std::fprintf(stderr, "%s: %s\n", bench, text.status().ToString().c_str());
      return std::nullopt;
    }
    Diagnostics diagnostics;  // the unit tests' broken records report here
    Result<PetrarchFile> file = ReadPetrarchXml(*text, name, &diagnostics, {.build_trees = false});
    if (!file.ok()) {
      std::fprintf(stderr, "%s: %s\n", bench, file.status().ToString().c_str());
      return std::nullopt;
    }
    all.items.insert(all.items.end(), file->items.begin(), file->items.end());
  }
  return all;
}

}  // namespace dyad::bench
