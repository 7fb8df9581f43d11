// Loads the gazetteer this build made several times and prints the median load
// time (target <= 50 ms wall; CPU time beside it), then resolves a mix of place names (known, aliased,
// folded, ambiguous with a preferred country, unknown) for about a second and
// prints lookups per second. Exit status 1 when the load target is missed.
//
//   ./build/gazetteer_bench [RUNS]
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench_util.h"
#include "dyad/place/gazetteer.h"

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 11;
  const std::string path = dyad::BuiltGazetteerPath();
  using Clock = std::chrono::steady_clock;

  // CPU time is printed beside wall time because the machine is shared: wall
  // time then also counts waiting for a core.
  std::vector<double> seconds, cpu_seconds;
  std::optional<dyad::Result<dyad::Gazetteer>> gazetteer;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    const std::clock_t cpu_start = std::clock();
    gazetteer.emplace(dyad::Gazetteer::Load(path));
    cpu_seconds.push_back(static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    if (!gazetteer->ok()) {
      std::fprintf(stderr, "gazetteer_bench: %s\n", gazetteer->status().ToString().c_str());
      return 2;
    }
  }
  const dyad::Gazetteer& g = **gazetteer;

  const std::vector<std::string_view> names = {
      "Wonsan", "Wŏnsan", "Kursk", "Pyongyang", "Kyiv", "Kiev", "Gaza", "Khan Younis",
      "Mogadishu", "Port-au-Prince", "Quito", "Paris", "Tripoli", "Ukraine", "UKR",
      "al-Arish", "Fallujah", "Springfield", "San Jose", "Xyzzyville", "the", "Aleppo",
      "Donetsk", "Saint Petersburg", "Ho Chi Minh City", "Bombay", "North Korea", "Alexandria"};
  const std::vector<std::string_view> preferred = {"USA", "RUS"};
  size_t lookups = 0, found = 0;
  const auto start = Clock::now();
  double elapsed = 0;
  while (elapsed < 1.0) {
    for (std::string_view name : names) {
      found += g.Resolve(name, preferred).has_value();
      ++lookups;
    }
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  }

  const double median = dyad::bench::Median(seconds);
  std::printf("gazetteer_bench: %s, %zu bytes, %zu places, %zu keys, %d loads\n", path.c_str(),
              g.byte_size(), g.place_count(), g.key_count(), runs);
  std::printf("median load time: %.1f ms wall (target <= 50 ms), %.1f ms CPU\n", median * 1e3,
              dyad::bench::Median(cpu_seconds) * 1e3);
  std::printf("lookups:          %.0f /s, one thread (%zu of %zu names found)\n", lookups / elapsed,
              found * names.size() / lookups, names.size());
  std::printf("peak RSS:         %.1f MiB\n", dyad::bench::PeakRssMiB());
  const bool ok = median <= 0.050;
  std::printf("%s\n", ok ? "targets met" : "TARGET MISSED");
  return ok ? 0 : 1;
}
