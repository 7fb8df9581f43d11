// Shared helpers for the timed benchmarks: where the reference data lives,
// medians, and the process's peak resident set size.
#ifndef DYAD_BENCH_BENCH_UTIL_H_
#define DYAD_BENCH_BENCH_UTIL_H_

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dyad/read/petrarch_xml.h"

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
// Wall seconds since `start`.
double SecondsSince(std::chrono::steady_clock::time_point start);

// What a timed run measured.
struct RunFigures {
  size_t sentences = 0;
  size_t events = 0;
  size_t output_bytes = 0;
  double seconds = 0;      // wall
  double cpu_seconds = 0;  // all threads; on a busy machine the fairer measure of work
  uint64_t output_digest = 0;  // OutputSink::digest(), taken after the clock stopped
};

// Wall and process CPU time since construction.
class Stopwatch {
 public:
  Stopwatch() : cpu_start_(ProcessCpuSeconds()), start_(std::chrono::steady_clock::now()) {}
  double seconds() const { return SecondsSince(start_); }
  double cpu_seconds() const { return ProcessCpuSeconds() - cpu_start_; }

 private:
  double cpu_start_;
  std::chrono::steady_clock::time_point start_;
};

// Output written as a real run writes it, into a buffer emptied (and
// counted) whenever it holds over a MiB.
class OutputSink {
 public:
  // The buffer to append the next output to.
  std::string& buffer() {
    if (buffer_.size() > (size_t{1} << 20)) Flush();
    return buffer_;
  }
  size_t bytes() const { return flushed_ + buffer_.size(); }
  // FNV-1a of every byte written, so that a speed change can show its
  // output is unchanged.
  uint64_t digest() {
    Flush();
    return digest_;
  }

 private:
  void Flush() {
    for (const char c : buffer_) digest_ = (digest_ ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    flushed_ += buffer_.size();
    buffer_.clear();
  }

  std::string buffer_;
  size_t flushed_ = 0;
  uint64_t digest_ = 0xcbf29ce484222325ULL;
};

// The records of the shared GigaWord sample and PETRARCH unit tests in
// `dir`, in that order, read without building trees; nullopt, after a
// message on stderr naming `bench`, when a file is missing or unreadable.
std::optional<PetrarchFile> ReadReferenceRecords(const std::string& dir, const char* bench);

}  // namespace dyad::bench

#endif  // DYAD_BENCH_BENCH_UTIL_H_
