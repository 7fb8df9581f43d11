// Shared helpers for the timed benchmarks: where the reference data lives,
// medians, and the process's peak resident set size.
#ifndef DYAD_BENCH_BENCH_UTIL_H_
#define DYAD_BENCH_BENCH_UTIL_H_

#include <string>
#include <vector>

namespace dyad::bench {

// $DYAD_SHARED_DIR, else <repo>/../shared.
std::string SharedDir();
// Median of `samples` (which it sorts); 0 for none.
double Median(std::vector<double> samples);
// Peak resident set size of this process so far, in MiB.
double PeakRssMiB();
// CPU seconds used so far by the whole process (all threads) and by the
// calling thread. On a shared machine they measure our work where wall time
// also measures the neighbours.
double ProcessCpuSeconds();
double ThreadCpuSeconds();

}  // namespace dyad::bench

#endif  // DYAD_BENCH_BENCH_UTIL_H_
